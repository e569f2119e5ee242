"""A date naming a vote after a country's possessive ("Peru's April 11 presidential election") is the vote's day,
as "the April 11 election" is: it does not date the reaction, which keeps the article's day."""

import pytest

from tests.extract.conftest import extract_text


@pytest.mark.parametrize(
    "text",
    [
        "Sweden takes note of the provisional results of Peru's April 11 presidential election, the ministry said.",
        "Norway welcomed the count of Ecuador\u2019s March 3 vote, its foreign ministry said.",
    ],
)
def test_a_possessive_votes_date_does_not_date_the_reaction(text):
    rows = extract_text(text, host="PER", published="2024-04-15")
    assert [r.date for r in rows] == ["2024-04-15"], rows
