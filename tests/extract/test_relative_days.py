"""Relative day words: "not until <day>" dates the words; "a day later" counts only from a day named just before."""

import datetime as dt

import pytest

from tests.extract.conftest import extract_text
from tracker.extract.dates import day_words

# published Friday 2024-03-15


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Not until Thursday did the Chilean foreign minister comment on the result.", "2024-03-14"),
        ("It was not until Wednesday that Chile's foreign minister congratulated the winner.", "2024-03-13"),
        ("Only after a long silence, and not until March 12, did Chile's foreign minister congratulate the winner.", "2024-03-12"),
    ],
)
def test_not_until_a_day_dates_the_words(text, expected):
    (row,) = extract_text(text)
    assert row.date == expected, row


@pytest.mark.parametrize(
    "text",
    ["The talks will run until Thursday, officials said.", "The border stays shut until March 20, officials said."],
)
def test_until_a_day_alone_is_a_limit(text):
    assert day_words(text, anchor=dt.date(2024, 3, 15)) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the day named in the sentence just before
        ("Peru's president called the winner on Monday. A day later, Chile's foreign minister called too.", "2024-03-12"),
        ("Peru's president called the winner on Monday. The next day, Chile's foreign minister called too.", "2024-03-12"),
        # a sentence about something else between: a day after what is untold, so the row falls back to the article's day
        (
            "Peru's president called the winner on Monday. Peru had faced its own crisis in 2022. "
            "A day later, Chile's foreign minister called too.",
            "2024-03-15",
        ),
    ],
)
def test_a_day_later_counts_from_the_sentence_just_before(text, expected):
    rows = {r.country: r for r in extract_text(text)}
    assert rows["CHL"].date == expected, rows
