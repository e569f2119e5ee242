"""Readers and extractor: an official page whose title is in capitals ("STATEMENT BY THE SPOKESPERSON ON
THE VOTE IN X") is read like the same title in normal case: it is the page's headline, and the page is
the statement of the office it names."""

from __future__ import annotations

import datetime as dt

import pytest

from tracker.extract import extract_statements
from tracker.readers import read_document
from tracker.readers.titles import looks_like_headline

REFERENCE = dt.date(2024, 5, 20)
BODY = (
    "\n\n4 March 2024\n\nThe Government congratulates the people of Moldova on the peaceful conduct of the election. "
    "We look forward to working with the new parliament.\n\nMinistry of Foreign Affairs of Romania\n"
)


@pytest.mark.parametrize(
    "title",
    ["Statement by the Press Secretary on the Election in Moldova", "STATEMENT BY THE PRESS SECRETARY ON THE ELECTION IN MOLDOVA"],
)
def test_statement_page_in_capitals_gives_the_same_rows_as_in_normal_case(title):
    (article,) = read_document((title + BODY).encode(), "statement.txt", reference_date=REFERENCE)
    assert article.title == title
    rows = extract_statements(article, reference_date=REFERENCE)
    assert [(row.country, row.kind, row.date) for row in rows] == [("ROU", "congratulation", "2024-03-04")]


@pytest.mark.parametrize(
    ("line", "headline"),
    [
        ("STATEMENT BY THE PRESS SECRETARY ON THE ELECTION IN MOLDOVA", True),
        ("JOINT STATEMENT ON THE RUNOFF IN THE GAMBIA", True),
        ("REMARKS BY THE FOREIGN MINISTER AT THE OSLO FORUM", True),
        ("MINISTRY OF FOREIGN AFFAIRS OF THE REPUBLIC OF MALTA", False),  # a letterhead
        ("EVENING NEWS BULLETIN", False),
    ],
)
def test_capital_statement_title_reads_as_a_headline(line, headline):
    assert looks_like_headline(line) is headline
