"""Readers: PDF pages set in two columns, whatever order the PDF draws their lines in."""

from __future__ import annotations

import datetime as dt
import textwrap

import pytest

from tracker.readers import read_document

REFERENCE = dt.date(2025, 3, 12)

LEFT = (
    "Samoa's prime minister said on Friday that Apia welcomed the peaceful vote in Tonga and looked forward to "
    "working with the new government on fisheries and climate finance. The Cook Islands premier wrote to "
    "Nuku'alofa on Thursday and invited the new leader to visit Rarotonga."
)
RIGHT = (
    "Japan's foreign ministry said the election had been orderly and transparent. The Indian high commission "
    "in Suva said New Delhi was ready to deepen cooperation in health, solar power and training with the new "
    "administration."
)
TITLE = "Tonga's new premier draws messages from the region"


def build_pdf(pages: list[list[tuple[float, float, float, str]]]) -> bytes:
    """A minimal PDF whose pages draw each (x, y, size, text) run with Helvetica, in the order given."""
    objects: list[bytes] = []

    def add(body: bytes) -> int:
        objects.append(body)
        return len(objects)

    font = add(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>")
    pages_id = len(objects) + 1 + 2 * len(pages)
    page_ids = []
    for runs in pages:
        ops = []
        for x, y, size, text in runs:
            escaped = text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)").encode("cp1252")
            ops.append(b"BT /F1 %d Tf 1 0 0 1 %d %d Tm (" % (size, x, y) + escaped + b") Tj ET")
        stream = b"\n".join(ops)
        content = add(b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream")
        page_ids.append(add(b"<< /Type /Page /Parent %d 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 %d 0 R >> >> /Contents %d 0 R >>" % (pages_id, font, content)))
    assert add(b"<< /Type /Pages /Kids [" + b" ".join(b"%d 0 R" % p for p in page_ids) + b"] /Count %d >>" % len(page_ids)) == pages_id
    catalog = add(b"<< /Type /Catalog /Pages %d 0 R >>" % pages_id)
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    for offset in offsets:
        out += b"%010d 00000 n \n" % offset
    out += b"trailer\n<< /Size %d /Root %d 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, catalog, xref)
    return bytes(out)


def _two_columns(*, across: bool) -> bytes:
    left, right = textwrap.wrap(LEFT, 44), textwrap.wrap(RIGHT, 44)
    runs = [(50, 790, 18, TITLE), (50, 765, 10, "Nuku'alofa, 7 March 2025")]
    rows = range(max(len(left), len(right)))
    if across:  # each baseline drawn across the page: left line, then right line
        for row in rows:
            runs += [(50, 730 - 13 * row, 10, left[row])] if row < len(left) else []
            runs += [(310, 730 - 13 * row, 10, right[row])] if row < len(right) else []
    else:  # the left column top to bottom, then the right one
        runs += [(50, 730 - 13 * row, 10, text) for row, text in enumerate(left)]
        runs += [(310, 730 - 13 * row, 10, text) for row, text in enumerate(right)]
    runs.append((50, 300, 10, "The full text of both statements is on the ministry's website, with photographs of the ceremony."))
    return build_pdf([runs])


@pytest.mark.parametrize("across", [True, False], ids=["drawn-across", "drawn-by-column"])
def test_two_column_page_is_read_column_by_column(across):
    (article,) = read_document(_two_columns(across=across), "pacific_digest.pdf", reference_date=REFERENCE)
    assert (article.title, article.published) == (TITLE, "2025-03-07")
    assert article.text.split("\n\n") == [
        LEFT,
        RIGHT,
        "The full text of both statements is on the ministry's website, with photographs of the ceremony.",
    ]


def test_a_paragraph_running_on_into_the_next_column_stays_whole():
    words = (LEFT + " " + RIGHT).replace(". Japan's", " and Japan's")
    lines = textwrap.wrap(words, 44)
    half = len(lines) // 2
    runs = [(50, 790, 18, TITLE)]
    runs += [(50, 730 - 13 * row, 10, text) for row, text in enumerate(lines[:half])]
    runs += [(310, 730 - 13 * row, 10, text) for row, text in enumerate(lines[half:])]
    (article,) = read_document(build_pdf([runs]), "digest.pdf", reference_date=REFERENCE)
    assert article.text == words


def test_one_column_page_with_pieces_drawn_apart_keeps_its_lines():
    # Bold words or links start pieces of a line at different places: no column there.
    lines = textwrap.wrap(LEFT + " " + RIGHT, 80)
    runs = [(50, 790, 18, TITLE)]
    for row, text in enumerate(lines):
        head, _, tail = text.partition(" ")
        runs += [(50, 730 - 13 * row, 10, head), (50 + 6 * len(head) + 20 + 7 * (row % 4), 730 - 13 * row, 10, tail)]
    (article,) = read_document(build_pdf([runs]), "statement.pdf", reference_date=REFERENCE)
    assert article.text.replace("  ", " ") == LEFT + " " + RIGHT


TABLE_ROWS = [
    ("Country", "Reaction"),
    ("Fiji", "Welcomed the vote and praised the turnout"),
    ("Vanuatu", "Congratulated the new premier on Monday"),
    ("Nauru", "Called for a calm handover"),
    ("Palau", "Sent a message of support to the people"),
    ("Kiribati", "Said it was ready to work with Nuku'alofa"),
]
LONG_CELL_ROWS = [
    ("Ministry of Foreign Affairs of Fiji", "Welcomed the vote"),
    ("Office of the Prime Minister of Samoa", "Praised the turnout"),
    ("Department of Foreign Affairs, Vanuatu", "Sent its congratulations"),
    ("Foreign Ministry of the Republic of Palau", "Called for a calm handover"),
]


@pytest.mark.parametrize(("rows", "second_column"), [(TABLE_ROWS, 200), (LONG_CELL_ROWS, 300)], ids=["short-first-cells", "long-first-cells"])
def test_a_two_cell_table_is_read_row_by_row_not_as_two_columns(rows, second_column):
    runs = [(50, 790, 18, TITLE), (50, 765, 10, "Nuku'alofa, 7 March 2025"), (50, 740, 10, "Governments of the region reacted within hours, as the table below shows.")]
    for number, (first, second) in enumerate(rows):
        runs += [(50, 700 - 16 * number, 10, first), (second_column, 700 - 16 * number, 10, second)]
    runs.append((50, 560, 10, "Samoa's prime minister said the vote was a model for the Pacific, according to a statement."))
    (article,) = read_document(build_pdf([runs]), "reactions_table.pdf", reference_date=REFERENCE)
    paragraphs = article.text.split("\n\n")
    # Each row stays one line, its cells in order: who reacted stays beside how.
    for first, second in rows:
        assert f"{first} {second}" in paragraphs
    assert paragraphs[-1].startswith("Samoa's prime minister said")


@pytest.mark.parametrize("date_line", ["Tuesday, 11 March 2025", "11 March 2025"])
def test_bulletin_letterhead_above_the_title_is_dropped_but_its_date_line_dates_the_article(date_line):
    body = textwrap.wrap(
        "SUVA - The Ministry received messages of congratulation on Monday from many partners. The Prime Minister "
        "of Samoa telephoned on Monday and welcomed the new government of Fiji.", 80
    )
    runs = [
        (50, 800, 10, "REPUBLIC OF FIJI"),
        (50, 786, 10, "Ministry of Foreign Affairs - Press Office"),
        (50, 772, 10, "Daily Bulletin No. 31"),
        (50, 758, 10, date_line),
        (50, 730, 15, "Pacific partners congratulate the new government"),
    ]
    runs += [(50, 700 - 13 * row, 10, text) for row, text in enumerate(body)]
    (article,) = read_document(build_pdf([runs]), "bulletin.pdf", reference_date=REFERENCE)
    assert (article.title, article.published) == ("Pacific partners congratulate the new government", "2025-03-11")
    assert article.text.startswith("SUVA - The Ministry received")
    assert "Bulletin" not in article.text
