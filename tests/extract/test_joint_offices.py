"""Two offices in one reporting clause: a person holding two titles joined by "and" is one speaker
beside the one named before him, and "X's King and Crown Prince" are two speakers of X."""

import pytest

from tests.extract.conftest import extract_text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Jordan's King Abdullah and Deputy Prime Minister and Foreign Minister Ayman Safadi sent messages of "
         "congratulations to the new president on Sunday.",
         {("JOR", "King Abdullah II"), ("JOR", "Ayman Safadi")}),
        ("Bahrain's King Hamad and Crown Prince and Prime Minister Salman bin Hamad also telephoned the new emir.",
         {("BHR", "King Hamad bin Isa Al Khalifa"), ("BHR", "Salman bin Hamad Al Khalifa")}),
        ("Crown Prince and Prime Minister Mohammed bin Salman said the kingdom stood with the new leadership.",
         {("SAU", "Mohammed bin Salman")}),
    ],
)
def test_a_name_after_two_offices_joined_by_and_is_one_speaker(text, expected):
    rows = extract_text(text, host="KWT", published="2023-12-18")
    assert {(r.country, r.speaker) for r in rows} == expected, rows


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Kuwait swore in its new emir on Wednesday. Saudi Arabia's King and Crown Prince telephoned him with their good wishes.",
         {("SAU", "King Salman"), ("SAU", "Mohammed bin Salman")}),
        ("Kuwait swore in its new emir on Wednesday. The Saudi King and the Crown Prince also welcomed him warmly.",
         {("SAU", "King Salman"), ("SAU", "Mohammed bin Salman")}),
        ("Kuwait swore in its new emir on Wednesday. The Dutch King and Prime Minister both congratulated him.",
         {("NLD", "King Willem-Alexander"), ("NLD", "Mark Rutte")}),
    ],
)
def test_two_bare_offices_of_one_country_in_one_clause_are_two_speakers(text, expected):
    rows = extract_text(text, host="KWT", published="2023-12-21")
    assert {(r.country, r.speaker) for r in rows} == expected, rows


def test_an_office_with_an_article_before_a_named_minister_stays_apart():
    # "the President and Foreign Minister X": the host's president and a foreign minister, two people
    rows = extract_text("The vote was calm. The Kenyan President and Foreign Minister Musalia Mudavadi both welcomed it.",
                        host="TZA", published="2023-12-21")
    assert ("KEN", "Musalia Mudavadi") in {(r.country, r.speaker) for r in rows}, rows
