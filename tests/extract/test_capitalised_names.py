"""Names with the family name set in capitals, as foreign ministries and protocol lists write them."""

import pytest

from tests.extract.conftest import extract_text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "On 4 May, Mr. HALVORSEN Erik, Prime Minister of Norway, sent a message of sympathy to President Ana Lopes.\n\n"
            "Prime Minister Halvorsen conveyed his deepest sympathy to the families of the victims.",
            ("NOR", "Halvorsen Erik"),
        ),
        (
            "On 4 May, H.E. Ms. Ingrid VAAGE BERG, Foreign Minister of Norway, addressed a letter to her counterpart.\n\n"
            "Minister Berg condemned the bombing in the strongest terms.",
            ("NOR", "Ingrid Vaage Berg"),
        ),
        (
            "On 4 May, H.E. Mr. Emmanuel MACRON, President of the French Republic, sent a message of sympathy to the Prime Minister.\n\n"
            "President Macron conveyed his deepest sympathy to the families of the victims.",
            ("FRA", "Emmanuel Macron"),
        ),
    ],
)
def test_a_capitalised_family_name_is_the_same_person_as_its_ordinary_spelling(text, expected):
    rows = extract_text(text, published="2024-05-06")
    # one row, dated by the message's day: the follow-up sentence is the same person's words
    assert [(r.country, r.speaker, r.date) for r in rows] == [(*expected, "2024-05-04")], rows
    assert "conveyed" in rows[0].quote or "condemned" in rows[0].quote, rows


@pytest.mark.parametrize("name", ["Carl XVI Gustaf", "Ana Ruiz"])
def test_numerals_and_ordinary_names_keep_their_spelling(name):
    from tracker.extract.coreference import _uncapped

    assert _uncapped(name) == name
