"""A date written in numbers whose day and month could be either way round ("03/04/2024", "03-04-2024 17:45") is
settled the same way by every reader (``dates.numeric_order``): a text's date line, a CSV or spreadsheet column
(also a single row), a JSON, JSON Lines or XML export's date fields. A date that shows the order, a field named in a
language that writes the day first, the dates' spread, then the collection day decide, in that order. Missed, the
date leaves every "yesterday" of the article counted from the collection day."""

from __future__ import annotations

import datetime as dt
import io
import json

import pytest

from tracker.extract import extract_statements
from tracker.readers import read_document
from tracker.readers.dates import numeric_order, numeric_parts

TEXT = "Kenya's foreign minister Amara Wekesa said yesterday that the harbour accord was fair to both sides."
TITLE = "Nairobi welcomes the harbour accord"


def _csv(date_name: str, dates: list[str], delimiter: str = ",") -> bytes:
    rows = [delimiter.join(["Ref", date_name, "Outlet", "Headline", "Body"])]
    for n, day in enumerate(dates):
        rows.append(delimiter.join([f"R{n}", day, "Rift Valley Ledger", f'"{TITLE} ({n})"', f'"{TEXT}"']))
    return ("\n".join(rows) + "\n").encode()


def _json(dates: list[str], key: str = "published") -> bytes:
    return json.dumps({"results": [{"headline": f"{TITLE} ({n})", key: day, "body": TEXT} for n, day in enumerate(dates)]}).encode()


def _jsonl(dates: list[str]) -> bytes:
    return "\n".join(json.dumps({"title": f"{TITLE} ({n})", "pub_date": day, "content": TEXT}) for n, day in enumerate(dates)).encode()


def _xml(dates: list[str]) -> bytes:
    records = "".join(f"<record><headline>{TITLE} ({n})</headline><date>{day}</date><text>{TEXT}</text></record>" for n, day in enumerate(dates))
    return f"<?xml version='1.0'?><export>{records}</export>".encode()


def _xlsx(dates: list[str]) -> bytes:
    import openpyxl

    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["Headline", "Date", "Text"])
    for n, day in enumerate(dates):
        sheet.append([f"{TITLE} ({n})", day, TEXT])  # typed as text, as an export tool writes them
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def _text(dates: list[str]) -> bytes:
    return f"{TITLE}\n\n{dates[0]}\n\n{TEXT}\n".encode()


FORMATS = {
    "csv": lambda dates: (_csv("Date", dates), "clips.csv"),
    "json": lambda dates: (_json(dates), "clips.json"),
    "jsonl": lambda dates: (_jsonl(dates), "clips.jsonl"),
    "xml": lambda dates: (_xml(dates), "clips.xml"),
    "xlsx": lambda dates: (_xlsx(dates), "clips.xlsx"),
}


def _dates(data: bytes, name: str, reference: dt.date) -> list[str | None]:
    return [(a.published or "")[:10] or None for a in read_document(data, name, reference_date=reference)]


@pytest.mark.parametrize("kind", [*FORMATS, "txt"])
@pytest.mark.parametrize(
    ("day", "reference", "expected"),
    [
        # one date alone: the reading within the 45 days before the collection day
        ("03/04/2024", dt.date(2024, 4, 10), "2024-04-03"),
        ("03/04/2024", dt.date(2024, 3, 9), "2024-03-04"),
        ("11-10-2024 08:30", dt.date(2024, 10, 12), "2024-10-11"),
        ("11-10-2024 08:30", dt.date(2024, 11, 12), "2024-11-10"),
        # near misses: both readings long before the collection day, or after it, stay unread
        ("03/04/2024", dt.date(2024, 9, 1), None),
        ("03/04/2024", dt.date(2024, 2, 1), None),
    ],
)
def test_a_lone_open_date_is_settled_by_the_collection_day_in_every_format(kind, day, reference, expected):
    if kind == "txt":
        assert _dates(_text([day]), "page.txt", reference) == [expected]
    else:  # (two records of the day: an XML export is told by its repeated records)
        data, name = FORMATS[kind]([day, day])
        assert _dates(data, name, reference) == [expected, expected]


@pytest.mark.parametrize("kind", list(FORMATS))
def test_a_record_that_shows_the_order_settles_the_others_of_its_file(kind):
    # "14/03/2024" can only be day first; "02/03/2024" beside it is 2 March, though neither reading is near the
    # collection day
    data, name = FORMATS[kind](["14/03/2024", "02/03/2024"])
    assert _dates(data, name, dt.date(2024, 8, 30)) == ["2024-03-14", "2024-03-02"]
    data, name = FORMATS[kind](["03/14/2024", "03/02/2024"])
    assert _dates(data, name, dt.date(2024, 8, 30)) == ["2024-03-14", "2024-03-02"]


@pytest.mark.parametrize(
    ("date_name", "delimiter"),
    [("Datum (lokaal)", ";"), ("Fecha de publicación", ","), ("Date de parution", ";")],
)
def test_a_dashed_column_named_in_a_day_first_language_is_read_day_first(date_name, delimiter):
    # under "Datum" the day comes first even where the collection day would allow both readings to be near
    data = _csv(date_name, ["05-06-2024 17:45", "06-06-2024 09:10"], delimiter)
    assert _dates(data, "export.csv", dt.date(2024, 6, 7)) == ["2024-06-05", "2024-06-06"]
    data = _csv(date_name, ["05-06-2024 17:45"], delimiter)  # a single row too
    assert _dates(data, "export.csv", dt.date(2024, 6, 7)) == ["2024-06-05"]


def test_a_json_field_named_in_a_day_first_language_is_read_day_first():
    data = _json(["04/05/2024"], key="fecha_publicacion")
    assert _dates(data, "api.json", dt.date(2024, 5, 5)) == ["2024-05-04"]


def test_the_settled_date_counts_the_statements_days():
    data, name = FORMATS["json"](["03/04/2024"])
    [article] = read_document(data, name, reference_date=dt.date(2024, 4, 10))
    [row] = extract_statements(article, reference_date=dt.date(2024, 4, 10), host_country=None)
    assert row.date == "2024-04-02", row


@pytest.mark.parametrize(
    ("dates", "reference", "expected"),
    [
        ([(2024, 3, 4)], dt.date(2024, 4, 10), "day"),
        ([(2024, 3, 4)], dt.date(2024, 3, 9), "month"),
        ([(2024, 3, 4)], None, None),
        ([(2024, 7, 7)], None, "day"),  # reads the same either way
        ([(2024, 13, 4), (2024, 3, 4)], None, "day"),
        ([(2024, 4, 13), (2024, 3, 4)], None, "month"),
        ([(2024, 2, 30)], None, "month"),  # 30 February does not exist
        # spread: within a week one way, months apart the other
        ([(2024, 3, 4), (2024, 4, 4)], None, "day"),
        ([(2024, 4, 3), (2024, 4, 4)], None, "month"),
        # near misses: a group spread over months either way, and one whose readings are equally near
        ([(2024, 3, 4), (2024, 5, 6)], dt.date(2024, 7, 1), None),
        ([(2024, 4, 5), (2024, 5, 4)], dt.date(2024, 5, 5), None),
    ],
)
def test_numeric_order(dates, reference, expected):
    assert numeric_order(dates, reference_date=reference) == expected


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("03/04/2024", (2024, 3, 4)),
        ("03-04-2024 17:45", (2024, 3, 4)),
        ("3/4/2024", (2024, 3, 4)),
        # near misses: a dotted date (day first everywhere), a year first, a mixed separator, a score, no year
        ("03.04.2024", None),
        ("2024-03-04", None),
        ("03/04-2024", None),
        ("Score 11-03-2024 x", None),
        ("03/04", None),
    ],
)
def test_numeric_parts(value, expected):
    assert numeric_parts(value) == expected
