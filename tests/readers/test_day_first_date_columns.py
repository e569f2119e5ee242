"""Readers: a CSV export's column of slashed dates that no cell decides ("04/05/2024" and "06/05/2024" only) is
read day first when the column is named in a language that writes the day first ("Fecha / Date", "Datum",
"Date de parution"), and stays undecided under an English "Date" alone (American exports write the month first)."""

from __future__ import annotations

import datetime as dt

import pytest

from tracker.readers import read_document

REFERENCE = dt.date(2024, 5, 8)


def _csv(date_name: str, delimiter: str = ";") -> bytes:
    rows = [
        ["Medio / Outlet", date_name, "Titular / Headline", "Texto / Text"],
        ["Diario del Sur", "04/05/2024", "Quito welcomes the border accord", "Ecuador's foreign minister said on Friday the accord was fair."],
        ["La Voz", "06/05/2024", "Lima hails the deal", "Peru's president said on Monday she would visit Quito."],
    ]
    return "\n".join(delimiter.join(row) for row in rows).encode()


@pytest.mark.parametrize("date_name", ["Fecha / Date", "Fecha", "Datum", "Date de parution", "Data de publicação"])
def test_an_undecided_slashed_column_named_in_a_day_first_language_is_read_day_first(date_name):
    articles = read_document(_csv(date_name), "clips.csv", reference_date=REFERENCE)
    assert [a.published_date for a in articles] == [dt.date(2024, 5, 4), dt.date(2024, 5, 6)], articles


def test_a_cell_past_twelve_still_decides_the_order_whatever_the_name():
    data = _csv("Fecha / Date").replace(b"06/05/2024", b"05/13/2024").replace(b"04/05/2024", b"05/04/2024")
    articles = read_document(data, "clips.csv", reference_date=REFERENCE)
    assert [a.published_date for a in articles] == [dt.date(2024, 5, 4), dt.date(2024, 5, 13)], articles


def test_an_english_date_column_alone_is_not_read_day_first():
    # "04/05" and "04/06": day first they would be a month apart, month first a day apart; under an English "Date"
    # nothing forces the day first, so the column reads month first (5 and 6 April)
    data = _csv("Date").replace(b"06/05/2024", b"04/06/2024")
    articles = read_document(data, "clips.csv", reference_date=REFERENCE)
    assert [a.published_date for a in articles] == [dt.date(2024, 4, 5), dt.date(2024, 4, 6)], articles


@pytest.mark.parametrize(
    ("date_name", "cells", "expected"),
    [
        # a European export writes its numeric dates with dashes, a clock after them: read as the slashed ones are
        ("Datum (lokaal)", ("04-05-2024 09:15", "06-05-2024 17:40"), [dt.date(2024, 5, 4), dt.date(2024, 5, 6)]),
        ("Fecha", ("04-05-2024", "06-05-2024"), [dt.date(2024, 5, 4), dt.date(2024, 5, 6)]),
        # a cell past twelve decides, whatever the name
        ("Date", ("05-04-2024", "05-13-2024"), [dt.date(2024, 5, 4), dt.date(2024, 5, 13)]),
    ],
)
def test_a_column_of_dashed_numeric_dates_dates_the_rows(date_name, cells, expected):
    data = _csv(date_name).replace(b"04/05/2024", cells[0].encode()).replace(b"06/05/2024", cells[1].encode())
    articles = read_document(data, "clips.csv", reference_date=REFERENCE)
    assert [a.published_date for a in articles] == expected, articles


def test_a_dashed_number_that_is_no_date_is_left_alone():
    # a reference code shaped like a date in another column does not become a date column
    data = _csv("Fecha").replace(b"Medio / Outlet", b"Ref").replace(b"Diario del Sur", b"12-34-5678").replace(b"La Voz", b"99-88-7766")
    articles = read_document(data, "clips.csv", reference_date=REFERENCE)
    assert [a.published_date for a in articles] == [dt.date(2024, 5, 4), dt.date(2024, 5, 6)], articles
