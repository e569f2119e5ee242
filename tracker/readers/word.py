"""Word documents (.docx): articles pasted or saved into Word, read as the plain-text dump they hold.

A .docx is a zip of XML parts; the story is ``word/document.xml``. It is read in memory
with the archive reader's caps (size, compression ratio, encryption) and parsed as XML
that can do nothing else (no DTD, no entities, no network), as feeds are. Each
paragraph becomes a line, a table row of short cells becomes one line (its cells joined by
" - ", so a "who said what" row keeps its speaker, words and day together; a table used for
layout gives its cells' paragraphs in order); a table of clippings whose header row names a
text column and a headline or date column ("Source | Date | Headline | Full text") gives one
article a row, as a spreadsheet's rows do (``RecordTables``). The rest of the text
then goes through the plain-text reader, so titles, date lines, bylines and several
articles in one document are found as in a ``.txt`` dump. Text boxes and the fallback
copies Word keeps of them are left out (they would repeat the text).
"""

from __future__ import annotations

import datetime as dt
import re
import zipfile

import lxml.etree

from tracker.models import Article
from tracker.readers.archive import check_member, open_zip
from tracker.readers.decoding import normalize_text
from tracker.readers.errors import FormatError
from tracker.readers.fields import field_role, field_words
from tracker.readers.plaintext import (
    read_text,
    text_of_outline,
    without_masthead_article,
)
from tracker.readers.tabular import MAX_HEADER_CELL, article_columns, rows_to_articles

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
MC = "{http://schemas.openxmlformats.org/markup-compatibility/2006}"
DOCUMENT_PART = "word/document.xml"
STYLES_PART = "word/styles.xml"
_PARSER = lxml.etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False, remove_comments=True)
# Containers whose paragraphs are not the running text: text boxes and the alternative copies of drawings.
_SKIPPED = {f"{W}txbxContent", f"{MC}Fallback", f"{W}del", f"{W}moveFrom"}


def _a(label: str) -> str:
    return f"{'an' if label[:1] in 'AEIOU' else 'a'} {label}"


def package_part(data: bytes, part: str, *, label: str, extension: str, older: str) -> bytes:
    """One XML part of an office package (a zip), read in memory with the archive reader's caps.

    ``label`` names the document in messages ("Word document"), ``extension`` its type and
    ``older`` the hint for a package without the part ("an older .doc renamed?").
    """
    with open_zip(data, invalid=f"not {_a(label)}: not a valid {extension} package") as package:
        try:
            info = package.getinfo(part)
        except KeyError:
            raise FormatError(f"not {_a(label)}: the package has no {part} ({older})") from None
        check_member(info, what=f"the {label}'s text part", encrypted=f"the {label} is encrypted (password-protected)")
        try:
            with package.open(info) as stream:
                content = stream.read(info.file_size + 1)
        except (zipfile.BadZipFile, NotImplementedError, EOFError, OSError, ValueError, RuntimeError) as exc:
            raise FormatError(f"the {label} cannot be read ({exc})") from None
        if len(content) > info.file_size:
            raise FormatError(f"the {label} is larger than its header says (corrupt or hostile file)")
        return content


def package_xml(content: bytes, *, label: str) -> lxml.etree._Element:
    """The root element of a package part, parsed as XML that can do nothing else."""
    if b"<!ENTITY" in content[:10_000].upper():
        raise FormatError(f"the {label} declares XML entities: refused unread, as expanding them is unsafe")
    try:
        return lxml.etree.fromstring(content, _PARSER)
    except lxml.etree.XMLSyntaxError as exc:
        raise FormatError(f"the {label}'s text is not valid XML ({exc.msg})") from None


def _document_xml(data: bytes) -> bytes:
    return package_part(data, DOCUMENT_PART, label="Word document", extension=".docx", older="an older .doc renamed?")


def _paragraph_text(paragraph: lxml.etree._Element) -> str:
    parts = []
    for node in paragraph.iter(f"{W}t", f"{W}tab", f"{W}br", f"{W}cr", f"{W}noBreakHyphen"):
        if any(ancestor.tag in _SKIPPED for ancestor in node.iterancestors()):
            continue
        if node.tag == f"{W}t":
            parts.append(node.text or "")
        elif node.tag == f"{W}tab":
            parts.append("\t")
        elif node.tag == f"{W}noBreakHyphen":
            parts.append("-")
        else:
            parts.append("\n")
    return "".join(parts)


def _heading_levels(data: bytes) -> dict[str, int]:
    """Style id -> outline level (0 for the Title style) of the document's heading styles.

    Style ids are translated in some Word versions ("berschrift1"); the style's name
    ("heading 1") and its outline level are not, so they are read from word/styles.xml.
    """
    try:
        root = package_xml(package_part(data, STYLES_PART, label="Word document", extension=".docx", older=""), label="Word document")
    except FormatError:
        return {}
    levels: dict[str, int] = {}
    for style in root.iter(f"{W}style"):
        style_id = style.get(f"{W}styleId")
        if not style_id or style.get(f"{W}type") not in (None, "paragraph"):
            continue
        name_node = style.find(f"{W}name")
        name = (name_node.get(f"{W}val") if name_node is not None else "") or ""
        outline = style.find(f"{W}pPr/{W}outlineLvl")
        heading = re.fullmatch(r"heading\s*([1-9])", name.strip().lower())
        if name.strip().lower() == "title":
            levels[style_id] = 0
        elif heading:
            levels[style_id] = int(heading.group(1))
        elif outline is not None and (outline.get(f"{W}val") or "").isdigit() and int(outline.get(f"{W}val")) < 9:
            levels[style_id] = int(outline.get(f"{W}val")) + 1
    return levels


# a table row read as one line: at most this long, each cell one paragraph
MAX_ROW_LINE = 400
_DASHES_RE = re.compile(r"[\s\-\u2013\u2014]*")


def row_line(cells: list[list[str]]) -> str | None:
    """The one line a table row reads as when each of its cells holds at most one paragraph: the cells
    joined by " - " ("Chile - Ana Ruiz, foreign minister - Welcomed the count - Tuesday"), so a row's
    speaker, words and day stay in one line as a reader sees them; empty and dash-only cells are left
    out. None for a row with a longer cell (a table used for layout), whose paragraphs are read in order.

    ``cells`` holds each cell's non-empty paragraphs (also used for OpenDocument tables, ``opendocument``)."""
    if len(cells) < 2 or any(len(paragraphs) > 1 for paragraphs in cells):
        return None
    line = " - ".join(paragraphs[0] for paragraphs in cells if paragraphs and not _DASHES_RE.fullmatch(paragraphs[0]))
    return line if len(line) <= MAX_ROW_LINE and "\n" not in line else None


class RowLines:
    """The table rows of a document whose cells each hold one short paragraph, each read as one line
    (``row_line``) standing where the row's first paragraph stands; a Word table's and an
    OpenDocument table's alike (``opendocument``).

    ``rows``: (row element, its cell elements) pairs; ``paragraphs``: a cell's non-empty paragraphs;
    ``row_tag``: the tag of a row element, found above a paragraph."""

    def __init__(self, rows, *, paragraphs, row_tag: str) -> None:
        self._row_tag = row_tag
        self._lines: dict = {}
        for row, cells in rows:
            if len(cells) >= 2 and (line := row_line([paragraphs(cell) for cell in cells])) is not None:
                self._lines[row] = line
        self._read: set = set()

    def at(self, paragraph) -> tuple[bool, str | None]:
        """(True, the row's line) at the first paragraph of a compact row, (True, None) at its other
        paragraphs (the line holds them), (False, None) at a paragraph of no compact row."""
        if not self._lines:
            return False, None
        row = next(paragraph.iterancestors(self._row_tag), None)
        if row is None or row not in self._lines:
            return False, None
        if row in self._read:
            return True, None
        self._read.add(row)
        return True, self._lines[row]


class RecordTables:
    """The tables of a document that hold one article a row, read as a spreadsheet's rows are: the
    first row names a text column and a headline or date column (``fields``: "Outlet | Published |
    Headline | Body"), each row under it is a clipping, titled and dated by its own cells; a Word
    table's and an OpenDocument table's alike (``opendocument``).

    ``tables``: each table's rows as (row element, its cell elements) pairs; ``paragraphs``: a cell's
    non-empty paragraphs, joined as the cell's text."""

    def __init__(self, tables, *, paragraphs) -> None:
        self.tables: list[tuple[list[str], list[tuple[int, list[str]]]]] = []
        self._rows: set = set()
        for rows in tables:
            if len(rows) < 2:
                continue
            header = ["\n".join(paragraphs(cell)) for cell in rows[0][1]]
            if not is_record_header(header):
                continue
            body = [(number, ["\n\n".join(paragraphs(cell)) for cell in cells]) for number, (_, cells) in enumerate(rows[1:], start=2)]
            self.tables.append((header, body))
            self._rows.update(row for row, _ in rows)

    def holds(self, paragraph, *, row_tag: str) -> bool:
        """True for a paragraph of a record table (read as the table's articles, not as text)."""
        return bool(self._rows) and any(row in self._rows for row in paragraph.iterancestors(row_tag))

    def articles(self, *, first_position: int, reference_date: dt.date | None = None) -> list[Article]:
        """One article a row that has a headline or a text (a row of notes or totals is none)."""
        articles: list[Article] = []
        for number, (keys, rows) in enumerate(self.tables, start=1):
            columns = [index for index, key in enumerate(keys) if key in article_columns(keys)]
            kept = [(row_number, cells) for row_number, cells in rows if any(index < len(cells) and cells[index].strip() for index in columns)]
            if kept:
                where = f"table {number}, " if len(self.tables) > 1 else "table, "
                articles += rows_to_articles(keys, kept, first_position=first_position + len(articles), where=where, reference_date=reference_date)
        return articles


def is_record_header(cells: list[str]) -> bool:
    """True for a table's first row naming a text column and a headline or date column ("Outlet | Date |
    Headline | Text"): the rows under it are articles. A "Country | Speaker | Reaction | Day" table names no text."""
    if sum(1 for cell in cells if cell.strip()) < 2 or any("\n" in cell or len(cell) > MAX_HEADER_CELL for cell in cells):
        return False
    roles = {role.role for cell in cells if (role := field_role(field_words(cell.strip()), top_level=False))}
    return "text" in roles and bool(roles & {"title", "date"})


def _cell_paragraphs(cell: lxml.etree._Element) -> list[str]:
    return [t for t in (_paragraph_text(p).strip() for p in cell.iter(f"{W}p")) if t]


def document_lines(data: bytes) -> list[tuple[str, int | None]]:
    """(text, heading level or None) of each paragraph of a .docx, in document order."""
    return _document(data)[0]


def _document(data: bytes) -> tuple[list[tuple[str, int | None]], RecordTables]:
    """The paragraphs of a .docx as ``document_lines`` gives them, but for its tables of one article a row."""
    root = package_xml(_document_xml(data), label="Word document")
    body = root.find(f"{W}body")
    if body is None:
        raise FormatError("not a Word document: no document body")
    levels = _heading_levels(data)
    rows = RowLines(((row, row.findall(f"{W}tc")) for row in body.iter(f"{W}tr")), paragraphs=_cell_paragraphs, row_tag=f"{W}tr")
    records = RecordTables(([(row, row.findall(f"{W}tc")) for row in table.findall(f"{W}tr")] for table in body.iter(f"{W}tbl")), paragraphs=_cell_paragraphs)
    lines = []
    for paragraph in body.iter(f"{W}p"):
        if any(ancestor.tag in _SKIPPED for ancestor in paragraph.iterancestors()):
            continue
        if records.holds(paragraph, row_tag=f"{W}tr"):
            continue
        in_row, row_text = rows.at(paragraph)
        if in_row:
            if row_text is not None:
                lines.append((row_text, None))
            continue
        style = paragraph.find(f"{W}pPr/{W}pStyle")
        outline = paragraph.find(f"{W}pPr/{W}outlineLvl")
        level = levels.get(style.get(f"{W}val", "")) if style is not None else None
        if level is None and style is not None:
            named = re.fullmatch(r"(?:heading\s*([1-9])|title)", (style.get(f"{W}val") or "").lower())
            level = (int(named.group(1)) if named.group(1) else 0) if named else None  # no styles part: the usual ids
        if level is None and outline is not None and (outline.get(f"{W}val") or "").isdigit() and int(outline.get(f"{W}val")) < 9:
            level = int(outline.get(f"{W}val")) + 1
        lines.append((_paragraph_text(paragraph), level))
    return lines, records


def read_docx(data: bytes, *, reference_date: dt.date, first_position: int = 0) -> list[Article]:
    """Articles of a Word document, read as the plain-text dump its paragraphs make; each heading
    of the first heading's level after some text opens another article; then one article a row of
    each table of clippings."""
    lines, records = _document(data)
    return outline_and_records(lines, records, label="Word document", reference_date=reference_date, first_position=first_position)


def outline_and_records(lines, records: RecordTables, *, label: str, reference_date: dt.date, first_position: int) -> list[Article]:
    """The articles of a document's paragraphs (a plain-text dump) followed by those of its record tables."""
    text = normalize_text(text_of_outline(lines))
    if not text.strip() and not records.tables:
        raise FormatError(f"the {label} holds no text")
    articles = without_masthead_article(read_text(text, reference_date=reference_date, first_position=first_position)) if text.strip() else []
    return articles + records.articles(first_position=first_position + len(articles), reference_date=reference_date)
