"""A JSON, JSON Lines or CSV record with no date field whose body opens with a byline carrying a date or
with a date line: that date is the story's (as in a text or HTML page), and the line is no part of its text."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json

import pytest

from tracker.readers import read_document

REFERENCE = dt.date(2023, 6, 30)
TITLE = "Caspian neighbours welcome the Baku-Ashgabat ferry accord"
STORY = "BAKU - Kazakhstan's foreign minister said the accord would cut freight times across the sea by half."

HEADS = [
    ("By Leyla Huseynova, Caspian Ledger, June 12, 2023", "2023-06-12", "Caspian Ledger"),
    ("By Leyla Huseynova | 12 June 2023", "2023-06-12", None),
    ("Published 12 June 2023", "2023-06-12", None),
    ("Published: June 12, 2023, 09:40 GMT", "2023-06-12T09:40", None),
    ("Monday, 12 June 2023 \u00b7 3 min read", "2023-06-12", None),
]


def _json(body: str) -> tuple[bytes, str]:
    return json.dumps([{"headline": TITLE, "story_text": body}]).encode(), "export.json"


def _jsonl(body: str) -> tuple[bytes, str]:
    return (json.dumps({"title": TITLE, "content": body}) + "\n").encode(), "export.jsonl"


def _csv(body: str) -> tuple[bytes, str]:
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(["Title", "Body"])
    writer.writerow([TITLE, body])
    return out.getvalue().encode(), "export.csv"


@pytest.mark.parametrize("make", [_json, _jsonl, _csv], ids=["json", "jsonl", "csv"])
@pytest.mark.parametrize("head, published, outlet", HEADS)
def test_body_head_dates_a_record_without_a_date_field(make, head, published, outlet):
    data, name = make(f"{head}\n\n{STORY}")
    (article,) = read_document(data, name, reference_date=REFERENCE)
    assert article.published == published
    assert article.outlet == outlet
    assert article.title == TITLE
    assert article.text == STORY


def test_date_field_outranks_the_body_s_date_line():
    data = json.dumps([{"title": TITLE, "published_at": "2023-06-13", "body": f"Published 12 June 2023\n\n{STORY}"}]).encode()
    (article,) = read_document(data, "export.json", reference_date=REFERENCE)
    assert article.published == "2023-06-13"


def test_relative_byline_time_is_no_date_of_a_record():
    # "3 hours ago" in a record counts back from no known day: the record stays undated, not dated wrongly
    data, name = _json(f"By Leyla Huseynova | 3 hours ago\n\n{STORY}")
    (article,) = read_document(data, name, reference_date=REFERENCE)
    assert article.published is None
