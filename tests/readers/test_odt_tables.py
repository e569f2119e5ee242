"""Readers: an OpenDocument text's table row of one-paragraph cells is one line, as a Word table's
row is (cells joined by " - ", so a "who said what" row keeps its speaker, words and day together)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from tests.readers.word_files import odt_of_text
from tracker.readers import read_document

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "readers"
REFERENCE = dt.date(2025, 9, 8)
ROWS = [
    "Country - Speaker - Reaction - Day",
    "Barbados - Prime Minister Mia Lewis - Praised a \u201ccalm and orderly\u201d vote - Thursday",
    "Suriname - Foreign Minister Ravi Doelan - Offered to deepen border cooperation - Friday",
    "Jamaica - No statement yet",  # dash-only cells left out
]


def test_odt_table_rows_are_lines_as_in_the_same_word_document():
    # Both written by pandoc from office_sources/caribbean_reactions.md (see the fixtures' README).
    (odt,) = read_document((FIXTURES / "caribbean_reactions.odt").read_bytes(), "caribbean_reactions.odt", reference_date=REFERENCE)
    (docx,) = read_document((FIXTURES / "caribbean_reactions.docx").read_bytes(), "caribbean_reactions.docx", reference_date=REFERENCE)
    assert (odt.title, odt.published) == ("Caribbean capitals react to the Guyana vote", "2025-09-04")
    assert odt.text.split("\n\n") == [
        "Governments across the region sent messages to Georgetown after the count was announced.",
        *ROWS,
        "The regional bloc said it would send a delegation next month.",
    ]
    assert (odt.title, odt.published, odt.text) == (docx.title, docx.published, docx.text)


def odt_with_table(rows: str) -> bytes:
    return odt_of_text(
        "<text:h text:outline-level=\"1\">Gambia welcomes the Senegal talks</text:h>"
        "<text:p>Banjul welcomed the talks with Dakar on Monday.</text:p>"
        f"<table:table>{rows}</table:table>"
    )


def cell(*paragraphs: str) -> str:
    return "<table:table-cell>" + "".join(f"<text:p>{p}</text:p>" for p in paragraphs) + "</table:table-cell>"


def test_odt_layout_table_with_long_cells_gives_its_paragraphs_in_order():
    rows = (
        "<table:table-row>"
        + cell("Gambia's foreign minister said the talks were useful.", "She thanked Dakar for its welcome.")
        + cell("Senegal's president said the border would stay open.")
        + "</table:table-row>"
    )
    (article,) = read_document(odt_with_table(rows), "layout.odt", reference_date=REFERENCE)
    assert article.text.split("\n\n") == [
        "Banjul welcomed the talks with Dakar on Monday.",
        "Gambia's foreign minister said the talks were useful.",
        "She thanked Dakar for its welcome.",
        "Senegal's president said the border would stay open.",
    ]


def test_odt_row_with_a_merged_cell_is_still_one_line():
    rows = (
        "<table:table-row>" + cell("Guinea") + cell("Welcomed the talks") + "<table:covered-table-cell/>" + cell("Tuesday")
        + "</table:table-row>"
    )  # fmt: skip
    (article,) = read_document(odt_with_table(rows), "merged.odt", reference_date=REFERENCE)
    assert article.text.split("\n\n")[-1] == "Guinea - Welcomed the talks - Tuesday"
