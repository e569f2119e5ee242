"""A surname two listed leaders share ("Wong": Australia's foreign minister, Singapore's prime minister)
names the one holding the title on the article's date; a title both could hold names neither."""

import pytest

from tests.extract.conftest import extract_text


@pytest.mark.parametrize(
    ("text", "published", "iso3", "speaker"),
    [
        ("Indonesia swore in its new president on Sunday. Foreign Minister Wong said she looked forward to working "
         "with him.", "2024-10-21", "AUS", "Penny Wong"),
        ("Indonesia swore in its new president on Sunday. Prime Minister Wong said he looked forward to working "
         "with him.", "2024-10-21", "SGP", "Lawrence Wong"),
    ],
)
def test_a_shared_surname_with_a_title_names_the_holder_on_the_day(text, published, iso3, speaker):
    rows = extract_text(text, host="IDN", published=published)
    assert [(r.country, r.speaker) for r in rows] == [(iso3, speaker)], rows


def test_a_title_both_bearers_could_hold_names_neither():
    rows = extract_text("Indonesia swore in its new president on Sunday. Minister Wong said she looked forward to "
                        "working with him.", host="IDN", published="2024-10-21")
    assert all(r.speaker not in ("Penny Wong", "Lawrence Wong") for r in rows), rows



def test_a_given_name_that_is_another_speakers_surname_is_another_person():
    # one president's surname is the other's given name: two people, each with his own day
    rows = extract_text(
        "A cyclone struck the island on Tuesday.\n\n"
        "Seychelles President Danny Faure said on Wednesday that his country would send help.\n\n"
        "President Faure Gnassingbe said on Tuesday that Lome mourned with the victims.",
        published="2019-03-07",
        host="MDG",
    )
    assert {(r.country, r.date) for r in rows} == {("SYC", "2019-03-06"), ("TGO", "2019-03-05")}, rows
