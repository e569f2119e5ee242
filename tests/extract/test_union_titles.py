"""The Union's own titles: an enlargement commissioner or an MEP speaks for the EU, whatever their nationality."""

import pytest

from tests.extract.conftest import extract_text


@pytest.mark.parametrize(
    "sentence",
    [
        "Zofia Rybak, the enlargement commissioner, said on Monday that Skopje should keep up the pace of reforms.",
        "Neighbourhood Commissioner Zofia Rybak said on Monday that Skopje should keep up the pace of reforms.",
        "Zofia Rybak, the Polish commissioner for enlargement, said on Monday that Skopje should keep up the pace of reforms.",
        "Tomas Berg, the Swedish MEP who follows North Macedonia for the European Parliament, said on Monday that the campaign had been \"bitter\".",
        "Tomas Berg, a Swedish MEP, said on Monday that the campaign had been \"bitter\".",
        "Swedish MEP Tomas Berg said on Monday that the campaign had been \"bitter\".",
    ],
)
def test_union_title_holder_speaks_for_the_eu_not_the_host_or_their_home(sentence):
    rows = extract_text("North Macedonia's ruling party won Sunday's election.\n\n" + sentence, published="2024-05-14", host="MKD")
    assert [(r.country, r.date) for r in rows] == [("EUU", "2024-05-13")], rows


def test_a_national_commissioner_keeps_their_country():
    rows = extract_text(
        "North Macedonia's ruling party won Sunday's election.\n\n"
        "Bulgaria's human rights commissioner Elena Petrova said on Monday that the vote had been \"orderly\".",
        published="2024-05-14",
        host="MKD",
    )
    assert [r.country for r in rows] == ["BGR"], rows
