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
