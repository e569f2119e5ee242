"""Readers: a table (CSV, TSV, .xlsx, .ods) whose header row is in a language the field vocabulary does not
hold is read by what its columns hold (the long prose is the text, the dates the date, the
headline-like cells the title); a table whose columns read as no articles is still refused."""

from __future__ import annotations

import csv
import datetime as dt
import io

import pytest

from tests.readers.test_tables import workbook
from tests.test_readers_spreadsheet import _cell, _row, ods
from tracker.readers import ReadError, read_document

pytest.importorskip("openpyxl")

REFERENCE = dt.date(2024, 9, 1)
# Swahili column names: "Ref.", "Date", "Headline", "Full text", "Source".
HEADER = ["Nambari", "Tarehe", "Kichwa cha habari", "Maandishi kamili", "Chanzo"]
STORIES = [
    ["1", "2024-08-12", "Dodoma welcomes the new lake transport accord",
     "Tanzania's Foreign Minister Amina Juma said on Monday that Dodoma welcomed the accord on lake transport and "
     "would send a delegation to the signing in Kampala. Uganda's government said the accord would lower freight "
     "costs for farmers on both shores.", "Lake Zone Courier"],
    ["2", "2024-08-14", "Kigali offers to host the next round of border talks",
     "Rwanda's Foreign Minister Claude Habimana said on Wednesday that Kigali was ready to host the next round of "
     "talks on the border crossings, and thanked Burundi for reopening the Ruhwa bridge to traders last week.",
     "Great Lakes Ledger"],
]  # fmt: skip


def csv_of(rows: list[list[str]], delimiter: str = ",") -> bytes:
    out = io.StringIO()
    csv.writer(out, delimiter=delimiter).writerows(rows)
    return out.getvalue().encode()


def read(data: bytes, name: str):
    return read_document(data, name, reference_date=REFERENCE)


@pytest.mark.parametrize(
    ("data", "name"),
    [
        (csv_of([HEADER, *STORIES]), "ripoti.csv"),
        (csv_of([HEADER, *STORIES], delimiter="\t"), "ripoti.tsv"),
        (csv_of([["Ripoti ya vyombo vya habari"], [], HEADER, *STORIES]), "ripoti_with_title.csv"),
        (workbook({"Habari": [HEADER, *STORIES]}), "ripoti.xlsx"),
        (ods('<table:table table:name="Habari">' + "".join(_row(*map(_cell, row)) for row in [HEADER, *STORIES]) + "</table:table>"), "ripoti.ods"),
        # a summary sheet of counts beside the articles: passed over, as under a header in English
        (workbook({"Muhtasari": [["Nchi", "Idadi"], ["Tanzania", 1], ["Rwanda", 1]], "Habari": [HEADER, *STORIES]}), "ripoti_summary.xlsx"),
    ],
)
def test_a_header_in_an_unknown_language_is_read_by_its_columns_content(data, name):
    first, second = read(data, name)
    assert (first.title, first.published) == ("Dodoma welcomes the new lake transport accord", "2024-08-12")
    assert first.text.startswith("Tanzania's Foreign Minister Amina Juma said on Monday")
    assert (second.title, second.published) == ("Kigali offers to host the next round of border talks", "2024-08-14")
    assert "Lake Zone Courier" not in first.text and "Nambari" not in first.text


def test_a_list_of_headlines_under_an_unknown_header_gives_titled_articles():
    rows = [["Tarehe", "Kichwa cha habari"], ["2024-08-12", STORIES[0][2]], ["2024-08-14", STORIES[1][2]]]
    articles = read(csv_of(rows), "vichwa.csv")
    assert [(a.title, a.published) for a in articles] == [(STORIES[0][2], "2024-08-12"), (STORIES[1][2], "2024-08-14")]


@pytest.mark.parametrize(
    "rows",
    [
        [["Nchi", "Idadi"], ["Tanzania", "4"], ["Rwanda", "7"]],  # counts by country: no articles
        [["Msimbo", "Maelezo"], ["A1", "ok"], ["B2", "not checked yet"]],  # short notes: neither text nor headlines
        [HEADER[:3], ["1", "2024-08-12", "Dodoma welcomes the new lake transport accord"], ["2", "2024-08-14", "see note"]],  # one row no headline
    ],
)
def test_a_table_whose_columns_read_as_no_articles_is_refused_with_the_reason(rows):
    with pytest.raises(ReadError) as caught:
        read(csv_of(rows), "takwimu.csv")
    assert caught.value.reason.startswith(f"no title or text column in the header (found {rows[0][0]!r}")
