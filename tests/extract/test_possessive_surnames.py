"""A country's possessive before a lone surname ("Norway's Dahl said") makes the person that country's
speaker, as a title would; the same possessive before a body's name (a party acronym, a parliament) is no person."""

import pytest

from tests.extract.conftest import extract_text


@pytest.mark.parametrize(
    ("text", "iso3", "speaker"),
    [
        ("Norway's Dahl said the vote had been a credit to the country.", "NOR", "Dahl"),
        ("Kenya's Otieno welcomed the peaceful conduct of the election.", "KEN", "Otieno"),
        ("South Africa's Dlamini told reporters the result must be respected.", "ZAF", "Dlamini"),
        ("Chile's Valdivia congratulated the winner on Sunday.", "CHL", "Valdivia"),
        ("Finland\u2019s Lindqvist urged all parties to accept the count.", "FIN", "Lindqvist"),
    ],
)
def test_a_possessive_country_gives_a_lone_surname_its_country(text, iso3, speaker):
    rows = extract_text(text, host="GHA")
    assert [(r.country, r.speaker) for r in rows] == [(iso3, speaker)], rows


def test_the_surname_alone_later_is_the_same_speaker():
    rows = extract_text("Norway's Dahl said the vote was fair. Dahl added that Oslo would send observers.", host="GHA")
    assert {(r.country, r.speaker) for r in rows} == {("NOR", "Dahl")}, rows


@pytest.mark.parametrize(
    "text",
    [
        "Dahl said the vote had been a credit to the country.",
        "Kenya's ODM said the count had been rigged.",
    ],
)
def test_a_lone_surname_without_a_country_or_a_party_acronym_is_no_speaker(text):
    assert extract_text(text, host="GHA") == []
