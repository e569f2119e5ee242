"""Readers: a JSON, CSV or feed record with no date field whose title is a transcript's or statement's
closing with a date ("Remarks ... at the Andes Forum, 3 May 2024") is dated by its title, as a text
file with that title is; a date field or a dateline opening its text still comes first."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from tracker.readers import read_document

REFERENCE = dt.date(2024, 5, 20)
TITLE = "Remarks by the Foreign Minister of Chile at the Andes Forum, 3 May 2024"
BODY = "Thank you, chair. Chile welcomes the peaceful vote in Peru and looks forward to close ties."
RSS = (
    '<?xml version="1.0"?><rss version="2.0"><channel><title>Ministry news</title><item><title>{title}</title>'
    "<description>{body}</description></item></channel></rss>"
)


@pytest.mark.parametrize(
    ("name", "data"),
    [
        ("remarks.json", json.dumps([{"title": TITLE, "body": BODY}])),
        ("remarks.jsonl", json.dumps({"headline": TITLE, "content": BODY}) + "\n"),
        ("remarks.csv", f'title,text\n"{TITLE}","{BODY}"\n'),
        ("remarks.xml", RSS.format(title=TITLE, body=BODY)),
    ],
)
def test_record_without_a_date_field_is_dated_by_its_title(name, data):
    (article,) = read_document(data.encode(), name, reference_date=REFERENCE)
    assert (article.title, article.published) == (TITLE, "2024-05-03")


def test_date_field_and_opening_dateline_come_before_the_title():
    records = [
        {"title": TITLE, "body": BODY, "date": "2024-05-04"},
        {"title": TITLE, "body": "LIMA, 6 May 2024 - Chile welcomed the peaceful vote in Peru on Monday."},
        {"title": "Chile welcomes the vote in Peru", "body": BODY},
    ]
    articles = read_document(json.dumps(records).encode(), "records.json", reference_date=REFERENCE)
    assert [a.published for a in articles] == ["2024-05-04", None, None]


def test_title_date_after_the_reference_day_is_not_taken():
    data = json.dumps([{"title": "Remarks by the Foreign Minister at the Andes Forum, 3 May 2025", "body": BODY}])
    (article,) = read_document(data.encode(), "late.json", reference_date=REFERENCE)
    assert article.published is None
