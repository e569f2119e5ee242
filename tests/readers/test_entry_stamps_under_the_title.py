"""A live blog's entry stamp close under the title (after its first entry's sentence) stays in the text, so the
entry under it is dated by it ("this morning" under "8 April 2024, 09:15" is 8 April), while the header's own
date and update lines are still no text."""

from __future__ import annotations

import datetime as dt

import pytest

from tracker.extract import extract_statements
from tracker.readers import read_document

REFERENCE = dt.date(2024, 4, 10)

PAGE = """Live: neighbours react to the Slovak vote

Sunday 7 April 2024

Key events
Poland's prime minister Donald Tusk congratulated the winner.

{stamp}
Austria's chancellor Karl Nehammer said this morning that he looked forward to cooperation.
"""


@pytest.mark.parametrize("stamp", ["08.04.2024 09:15", "8 April 2024, 09:15", "April 8, 2024 9:15 a.m.", "[08.04.2024 09:15]"])
def test_entry_stamp_under_the_first_entry_dates_the_next(stamp):
    [article] = read_document(PAGE.format(stamp=stamp).encode(), "live.txt", reference_date=REFERENCE)
    assert article.published == "2024-04-07", article
    rows = {r.country: r.date for r in extract_statements(article, reference_date=REFERENCE, host_country=None)}
    assert rows == {"POL": "2024-04-07", "AUT": "2024-04-08"}, rows


@pytest.mark.parametrize(
    "line",
    [
        "Updated 8 April 2024, 09:15",  # the header's update line, under the lead sentence
        "8 April 2024",  # a date without a clock: no entry stamp
    ],
)
def test_update_line_and_bare_date_under_the_lead_stay_out_of_the_text(line):
    [article] = read_document(PAGE.format(stamp=line).encode(), "live.txt", reference_date=REFERENCE)
    assert line not in article.text, article.text
    assert article.published == "2024-04-07", article
