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


@pytest.mark.parametrize(
    "sentence",
    [
        '"The Union stands ready to help," Commissioner for Preparedness and Crisis Management Ines Varga said on Saturday.',
        "Ines Varga, the Commissioner for Humanitarian Aid and Crisis Management, said on Saturday that the first flights had left.",
        "The EU's crisis management commissioner, Ines Varga, said on Saturday that the first flights had left.",
        "Commissioner for Equality Ines Varga, a former Hungarian minister, said on Saturday that the Union mourned with Nepal.",
    ],
)
def test_a_commission_portfolio_title_speaks_for_the_eu(sentence):
    rows = extract_text("An earthquake struck the region on Friday.\n\n" + sentence, published="2025-03-30", host="NPL")
    assert [(r.country, r.speaker, r.date) for r in rows] == [("EUU", "Ines Varga", "2025-03-29")], rows


def test_a_former_foreign_minister_now_commissioner_speaks_for_the_eu():
    # her country's foreign minister until weeks before: the commission portfolio on the day decides
    rows = extract_text(
        "An earthquake struck the region on Friday.\n\n"
        "Commissioner Hadja Lahbib said on Saturday that a first EU team was on its way.",
        published="2025-03-30",
        host="NPL",
    )
    assert [(r.country, r.speaker) for r in rows] == [("EUU", "Hadja Lahbib")], rows
