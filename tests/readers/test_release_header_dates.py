"""A release printed to PDF under a small-type header of parts ("Press Office | Releases", "GA/1234 | 4 May
2023"): the date among those parts dates the release, though the header stands above the headline."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.test_readers_pdf_columns import build_pdf
from tracker.readers import read_document

REFERENCE = dt.date(2023, 6, 1)
HEADLINE = "General Assembly Adopts Text on Small Island Debt Relief"
BODY = [
    "The General Assembly today adopted without a vote a resolution calling on creditors to pause the debt",
    "payments of small island developing States struck by storms, and asked the Secretary-General to report",
    "on its implementation at the next session.",
]


def _release(second_line: str) -> bytes:
    runs = [(56, 780, 9, "Harbour Nations | Press Office and Releases"), (56, 770, 9, second_line)]
    runs += [(56, 740, 16, HEADLINE)]
    runs += [(56, 700 - 14 * n, 12, line) for n, line in enumerate(BODY)]
    return build_pdf([runs])


@pytest.mark.parametrize(("line", "day"), [("GA/12505 | 4 May 2023", "2023-05-04"), ("Ref. 45/2023 \u00b7 Thursday, 11 May 2023", "2023-05-11")])
def test_date_in_a_small_header_of_parts_dates_the_release(line, day):
    (article,) = read_document(_release(line), "release.pdf", reference_date=REFERENCE)
    assert article.title == HEADLINE
    assert article.published == day
    assert article.text.startswith("The General Assembly today adopted")


def test_small_header_without_a_date_leaves_the_release_undated():
    (article,) = read_document(_release("GA/12505 | Plenary"), "release.pdf", reference_date=REFERENCE)
    assert article.title == HEADLINE
    assert article.published is None
