"""Words a traveller spoke on arrival are dated by the day the sentence before gives for the journey."""

import pytest

from tests.extract.conftest import extract_text


@pytest.mark.parametrize(
    "text",
    [
        "German Chancellor Olaf Scholz flew to Vilnius on Sunday. Speaking to reporters on arrival, he said Germany welcomed the decision.",
        "Kenyan President William Ruto landed in Accra on Sunday. Talking to journalists at the airport, he said Kenya welcomed the result.",
        "German Chancellor Olaf Scholz flew to Vilnius on Sunday. On arrival, he said Germany welcomed the decision.",
    ],
)
def test_words_spoken_on_arrival_take_the_journeys_day(text):
    (row,) = extract_text(text, published="2024-03-12")
    assert row.date == "2024-03-10", row


def test_a_participle_phrase_with_its_own_day_keeps_it():
    (row,) = extract_text(
        "German Chancellor Olaf Scholz flew to Vilnius on Sunday. Speaking on Monday, he said Germany welcomed the decision.",
        published="2024-03-12",
    )
    assert row.date == "2024-03-11", row


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a release's dateline of a city, its island and the day and date, then a spaced en dash: the row is the
        # release's, of the day it gives
        (
            "BRIDGETOWN, Barbados, Sunday March 10, 2024 (CMC) \u2013 Prime Minister Mia Mottley has welcomed the result of the vote.",
            ("BRB", "Mia Mottley", "2024-03-10"),
        ),
        (
            "ROSEAU, Dominica (CMC) \u2013 Prime Minister Roosevelt Skerrit has congratulated the winner.",
            ("DMA", "Roosevelt Skerrit", "2024-03-11"),
        ),
        # a release opening with its own day and date is dated by them
        ("Sunday, March 10th 2024 - The Government of Barbados congratulates the people of Guyana.", ("BRB", "Barbadian Government", "2024-03-10")),
    ],
)
def test_a_release_dated_in_its_dateline_gives_its_row_that_day(text, expected):
    rows = extract_text(text, published="2024-03-11")
    assert [(r.country, r.speaker, r.date) for r in rows] == [expected], rows
