"""OpenDocument text (.odt): LibreOffice and other office suites' documents, read as the plain-text dump they hold.

An .odt is a zip of XML parts; the text is ``content.xml``. It is read with the same caps
and XML safety as a .docx (``word.package_part``). Headings and paragraphs become lines,
lists give their paragraphs in order, a table row of one-paragraph cells is one line as a Word
table's is (``word.row_line``: "Chile - Ana Ruiz - Welcomed the count - Tuesday"; a layout table's
cells give their paragraphs in order), and the text then goes through the
plain-text reader (titles, date lines, bylines); each heading of the first heading's level
that follows text opens another article, as ``#`` headings do in Markdown. Footnotes, comments,
deleted tracked changes and text in frames (text boxes) are left out.
"""

from __future__ import annotations

import datetime as dt
import io
import zipfile

import lxml.etree

from tracker.models import Article
from tracker.readers.decoding import normalize_text
from tracker.readers.errors import FormatError
from tracker.readers.word import (
    RecordTables,
    RowLines,
    outline_and_records,
    package_part,
    package_xml,
)

TEXT = "{urn:oasis:names:tc:opendocument:xmlns:text:1.0}"
OFFICE = "{urn:oasis:names:tc:opendocument:xmlns:office:1.0}"
DRAW = "{urn:oasis:names:tc:opendocument:xmlns:drawing:1.0}"
TABLE = "{urn:oasis:names:tc:opendocument:xmlns:table:1.0}"
CONTENT_PART = "content.xml"
MANIFEST_PART = "META-INF/manifest.xml"
LABEL = "OpenDocument text"
# Elements whose text is not the running text: notes, comments, deleted changes, frames, fields' hidden copies.
_SKIPPED = {f"{TEXT}note", f"{OFFICE}annotation", f"{TEXT}tracked-changes", f"{DRAW}frame", f"{TEXT}index-title-template", f"{TEXT}table-of-content"}
_BLOCKS = (f"{TEXT}p", f"{TEXT}h")


def _encrypted(data: bytes) -> bool:
    """True when the manifest says the parts are encrypted (the zip itself is not)."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as package:
            info = package.getinfo(MANIFEST_PART)
            if info.file_size > 1_000_000:
                return False
            return b"encryption-data" in package.read(info)
    except (KeyError, zipfile.BadZipFile, zipfile.LargeZipFile, ValueError, EOFError, OSError, NotImplementedError, RuntimeError):
        return False


def _inline_text(element: lxml.etree._Element) -> str:
    """The text of a paragraph or heading, spans and links included, notes and comments left out."""
    parts: list[str] = []

    def walk(node: lxml.etree._Element) -> None:
        for child in node:
            if not isinstance(child.tag, str):  # comments, processing instructions
                if child.tail:
                    parts.append(child.tail)
                continue
            if child.tag in _SKIPPED:
                pass
            elif child.tag == f"{TEXT}s":
                count = child.get(f"{TEXT}c") or "1"
                parts.append(" " * min(int(count) if count.isdigit() else 1, 100))
            elif child.tag == f"{TEXT}tab":
                parts.append("\t")
            elif child.tag == f"{TEXT}line-break":
                parts.append("\n")
            else:
                if child.text:
                    parts.append(child.text)
                walk(child)
            if child.tail:
                parts.append(child.tail)

    if element.text:
        parts.append(element.text)
    walk(element)
    return "".join(parts)


def _office_body(data: bytes, kind: str, *, label: str, extension: str, older: str, missing: str) -> lxml.etree._Element:
    """The ``office:text`` or ``office:spreadsheet`` element of an OpenDocument package, or a FormatError saying why not."""
    content = package_part(data, CONTENT_PART, label=label, extension=extension, older=older)
    if _encrypted(data):
        raise FormatError(f"the {label} is encrypted (password-protected)")
    body = package_xml(content, label=label).find(f"{OFFICE}body")
    found = body.find(f"{OFFICE}{kind}") if body is not None else None
    if found is None:
        raise FormatError(f"not an {label}: {missing}")
    return found


def _cell_paragraphs(cell: lxml.etree._Element) -> list[str]:
    """The non-empty paragraphs and headings of a text table's cell (a nested table's included)."""
    return [t for t in (_inline_text(b).strip() for b in cell.iter(*_BLOCKS) if not any(a.tag in _BLOCKS for a in b.iterancestors())) if t]


def _row_cells(row: lxml.etree._Element) -> list[lxml.etree._Element]:
    return [cell for cell in row if cell.tag in (f"{TABLE}table-cell", f"{TABLE}covered-table-cell")]


def document_lines(data: bytes) -> list[tuple[str, int | None]]:
    """(text, outline level of a heading, else None) of each heading and paragraph of an .odt, in order."""
    return _document(data)[0]


def _table_rows(table: lxml.etree._Element) -> list[tuple[lxml.etree._Element, list[lxml.etree._Element]]]:
    """A text table's own rows (in its header-rows group too, not a nested table's) with their cells."""
    return [(row, _row_cells(row)) for row in table.iter(f"{TABLE}table-row") if next(row.iterancestors(f"{TABLE}table"), None) is table]


def _document(data: bytes) -> tuple[list[tuple[str, int | None]], RecordTables]:
    """The paragraphs of an .odt as ``document_lines`` gives them, but for its tables of one article a row."""
    text = _office_body(
        data, "text", label=LABEL, extension=".odt", older="a spreadsheet, a presentation or an older .sxw renamed?",
        missing="no text body (a spreadsheet or a presentation?)",
    )
    rows = RowLines(((row, _row_cells(row)) for row in text.iter(f"{TABLE}table-row")), paragraphs=_cell_paragraphs, row_tag=f"{TABLE}table-row")
    records = RecordTables((_table_rows(table) for table in text.iter(f"{TABLE}table")), paragraphs=_cell_paragraphs)
    lines = []
    for block in text.iter(*_BLOCKS):
        if any(ancestor.tag in _SKIPPED for ancestor in block.iterancestors()):
            continue
        if records.holds(block, row_tag=f"{TABLE}table-row"):
            continue
        if any(ancestor.tag in _BLOCKS for ancestor in block.iterancestors()):
            continue  # a paragraph inside another one (in a note or frame): the outer one holds it
        in_row, row_text = rows.at(block)
        if in_row:
            if row_text is not None:
                lines.append((row_text, None))
            continue
        level = block.get(f"{TEXT}outline-level") if block.tag == f"{TEXT}h" else None
        lines.append((_inline_text(block), int(level) if level and level.isdigit() else (1 if block.tag == f"{TEXT}h" else None)))
    return lines, records


def read_odt(data: bytes, *, reference_date: dt.date, first_position: int = 0) -> list[Article]:
    """Articles of an OpenDocument text, read as the plain-text dump its paragraphs make, then one
    article a row of each table of clippings (``word.RecordTables``)."""
    lines, records = _document(data)
    return outline_and_records(lines, records, label=LABEL, reference_date=reference_date, first_position=first_position)


SPREADSHEET_LABEL = "OpenDocument spreadsheet"
# Repeated rows and columns are how a spreadsheet stores runs of equal (mostly empty) cells; a
# run of text is expanded up to these caps, an empty run is never expanded.
MAX_REPEAT_ROWS = 1_000
MAX_REPEAT_COLUMNS = 200


def _cell_text(cell: lxml.etree._Element) -> str:
    """A cell's value as a CSV export would write it: a date as its ISO value, else its paragraphs' text."""
    if cell.get(f"{OFFICE}value-type") == "date" and cell.get(f"{OFFICE}date-value"):
        return cell.get(f"{OFFICE}date-value", "")
    return "\n".join(_inline_text(p) for p in cell.iter(f"{TEXT}p"))


def _repeat(element: lxml.etree._Element, attribute: str, cap: int) -> int:
    value = element.get(f"{TABLE}{attribute}") or "1"
    return min(int(value), cap) if value.isdigit() else 1


def sheet_rows(data: bytes) -> list[tuple[str, list[list[str]]]]:
    """(sheet name, rows of cell texts) of each sheet of an .ods, trailing empty cells left out."""
    spreadsheet = _office_body(
        data, "spreadsheet", label=SPREADSHEET_LABEL, extension=".ods", older="a text document or an older .sxc renamed?",
        missing="no spreadsheet body (a text document or a presentation?)",
    )
    sheets = []
    for table in spreadsheet.iter(f"{TABLE}table"):
        rows: list[list[str]] = []
        for row in table.iter(f"{TABLE}table-row"):
            cells: list[str] = []
            for cell in row:
                if cell.tag not in (f"{TABLE}table-cell", f"{TABLE}covered-table-cell"):
                    continue
                text = normalize_text(_cell_text(cell)) if cell.tag == f"{TABLE}table-cell" else ""
                cells.extend([text] * (_repeat(cell, "number-columns-repeated", MAX_REPEAT_COLUMNS) if text else min(_repeat(cell, "number-columns-repeated", 10**9), MAX_REPEAT_COLUMNS)))
            while cells and not cells[-1].strip():
                cells.pop()
            rows.extend([cells] * (_repeat(row, "number-rows-repeated", MAX_REPEAT_ROWS) if cells else 1))
        sheets.append((table.get(f"{TABLE}name") or f"Sheet{len(sheets) + 1}", rows))
    return sheets
