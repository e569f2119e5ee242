""""Prince" and "Princess" before a minister's name, in an appositive after his office ("His Jordanian
counterpart, Prince Zaid Haddad, said ..."), are a courtesy like "Sheikh": the name is still the speaker's, with the
country of the office."""

import pytest

from tests.extract.conftest import extract_text


@pytest.mark.parametrize(
    ("text", "iso3", "speaker"),
    [
        ("His Jordanian counterpart, Prince Zaid Haddad, said the kingdom welcomed the talks.", "JOR", "Zaid Haddad"),
        ("Her Thai counterpart, Princess Malee Chai, said Bangkok would back the deal.", "THA", "Malee Chai"),
        ("Kuwait's foreign minister, Prince Salem Nasser, said the agreement was a step forward.", "KWT", "Salem Nasser"),
    ],
)
def test_a_royal_courtesy_before_a_ministers_name_keeps_the_speaker(text, iso3, speaker):
    rows = extract_text(text, host="GHA", published="2024-03-15")
    assert [(r.country, r.speaker) for r in rows] == [(iso3, speaker)], rows
