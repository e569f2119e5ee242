"""A table whose header is in a language the field vocabulary lacks (here Estonian): besides its text, date and
title columns, the column of outlets' names is read by what it holds (short proper names that say they are an
outlet's, or repeat from row to row), so each article keeps its outlet; an author's column is no outlet."""

from __future__ import annotations

import csv
import datetime as dt
import io

import pytest

from tests.readers.test_tables import workbook
from tracker.readers import read_document

pytest.importorskip("openpyxl")

REFERENCE = dt.date(2024, 5, 20)
BODY = (
    "Latvia's foreign minister said on Tuesday that Riga welcomed the agreement on the ferry timetable and "
    "would send its transport minister to the signing in Tallinn next week, where the two governments are "
    "expected to settle the winter fares."
)
TITLES = [
    "Ferry ministers agree a shared winter timetable",
    "Riga welcomes the ferry accord with caution",
    "Vilnius asks to join the Baltic ferry talks",
]


def _rows(outlets: list[str], authors: list[str]) -> list[list[str]]:
    header = ["Pealkiri", "Autor", "Sisu", "Kuup\u00e4ev", "V\u00e4ljaanne"]
    return [header] + [[t, a, BODY, f"2024-05-0{n + 4}", o] for n, (t, a, o) in enumerate(zip(TITLES, authors, outlets))]


def _csv(rows: list[list[str]]) -> tuple[bytes, str]:
    out = io.StringIO()
    csv.writer(out, delimiter=";").writerows(rows)
    return out.getvalue().encode(), "meediaseire.csv"


def _xlsx(rows: list[list[str]]) -> tuple[bytes, str]:
    return workbook({"Artiklid": rows}), "meediaseire.xlsx"


AUTHORS = ["Mari Tamm", "Jaan Kask", "Mari Tamm"]


@pytest.mark.parametrize("make", [_csv, _xlsx], ids=["csv", "xlsx"])
@pytest.mark.parametrize(
    "outlets",
    [
        ["Baltic Morning Courier", "Radio Kestrel", "Tartu Evening Post"],  # names that say they are outlets
        ["Postimees", "Delfi", "Postimees"],  # names that do not, repeated from row to row
        ["kestrel.example", "courier.example", "kestrel.example"],  # bare domains
    ],
)
def test_outlet_column_of_an_unknown_language_table_names_each_article_s_outlet(make, outlets):
    data, name = make(_rows(outlets, AUTHORS))
    articles = read_document(data, name, reference_date=REFERENCE)
    assert [a.title for a in articles] == TITLES
    assert [a.outlet for a in articles] == outlets
    assert [a.published for a in articles] == ["2024-05-04", "2024-05-05", "2024-05-06"]


def test_authors_repeated_are_no_outlet():
    rows = [[row[0], row[1], row[2], row[3]] for row in _rows(["", "", ""], AUTHORS)]
    data, name = _csv(rows)
    articles = read_document(data, name, reference_date=REFERENCE)
    assert [a.outlet for a in articles] == [None, None, None]
