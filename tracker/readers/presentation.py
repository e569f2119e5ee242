"""PowerPoint presentations (.pptx): a briefing deck read as the text of its slides.

A .pptx is a zip of XML parts: ``ppt/presentation.xml`` lists the slides in order (through its
relationships), each slide ``ppt/slides/slideN.xml`` holds shapes of text and tables. Each slide
gives its title, then the paragraphs of its other shapes and table cells in the order drawn;
slide numbers, dates and footers, hidden slides and speaker notes are left out. The text is read
as a Word document's is (``plaintext.text_of_outline``): the deck is one article under the first
slide's title, unless a slide's title has a date line under it (a deck of dated summaries), which
opens another. The zip is read in memory with the archive reader's caps, its XML as safely as a
Word document's.
"""

from __future__ import annotations

import datetime as dt
import posixpath

import lxml.etree

from tracker.models import Article
from tracker.readers.archive import iter_members
from tracker.readers.decoding import normalize_text
from tracker.readers.errors import FormatError
from tracker.readers.plaintext import read_text, text_of_outline
from tracker.readers.word import package_xml

PRESENTATION_PART = "ppt/presentation.xml"
LABEL = "PowerPoint presentation"
P = "{http://schemas.openxmlformats.org/presentationml/2006/main}"
A = "{http://schemas.openxmlformats.org/drawingml/2006/main}"
R = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"
RELS = "{http://schemas.openxmlformats.org/package/2006/relationships}"
_TITLE_PLACEHOLDERS = ("title", "ctrTitle")
# Placeholders that repeat on every slide and say nothing: slide number, date, footer.
_FURNITURE_PLACEHOLDERS = ("sldNum", "dt", "ftr", "hdr")


def _extension_of(name: str) -> str:
    return posixpath.splitext(name.lower())[1]


def _relationships(parts: dict[str, bytes], part: str) -> dict[str, str]:
    """Relationship id -> the part it points to, for ``part``."""
    rels = posixpath.join(posixpath.dirname(part), "_rels", posixpath.basename(part) + ".rels")
    if rels not in parts:
        return {}
    root = package_xml(parts[rels], label=LABEL)
    base = posixpath.dirname(part)
    return {
        rel.get("Id") or "": posixpath.normpath(posixpath.join(base, rel.get("Target") or ""))
        for rel in root.iter(f"{RELS}Relationship")
        if rel.get("TargetMode") != "External"
    }


def _slide_paths(parts: dict[str, bytes]) -> list[str]:
    if PRESENTATION_PART not in parts:
        raise FormatError(f"not a PowerPoint presentation: the package has no {PRESENTATION_PART} (an older .ppt renamed?)")
    root = package_xml(parts[PRESENTATION_PART], label=LABEL)
    targets = _relationships(parts, PRESENTATION_PART)
    return [targets[ref] for slide in root.iter(f"{P}sldId") if (ref := slide.get(f"{R}id")) in targets and targets[ref] in parts]


def _paragraphs(body: lxml.etree._Element) -> list[str]:
    """The lines of a text body: its paragraphs' runs, fields and line breaks."""
    lines = []
    for paragraph in body.iter(f"{A}p"):
        pieces = [(node.text or "") if node.tag == f"{A}t" else "\n" for node in paragraph.iter(f"{A}t", f"{A}br")]
        lines.extend(piece.strip() for piece in "".join(pieces).split("\n"))
    return [line for line in lines if line]


def _placeholder(shape: lxml.etree._Element) -> str | None:
    placeholder = shape.find(f"{P}nvSpPr/{P}nvPr/{P}ph")
    return None if placeholder is None else placeholder.get("type", "body")


def slide_blocks(slide: lxml.etree._Element) -> tuple[str | None, list[str]]:
    """(title, other lines) of one slide, shapes and table cells in the order drawn."""
    title = None
    lines: list[str] = []
    tree = slide.find(f"{P}cSld/{P}spTree")
    if tree is None:
        return None, []
    for shape in tree.iter(f"{P}sp", f"{P}graphicFrame"):
        kind = _placeholder(shape) if shape.tag == f"{P}sp" else None
        if kind in _FURNITURE_PLACEHOLDERS:
            continue
        if shape.tag == f"{P}graphicFrame":  # a table: each cell's text, row by row
            for cell in shape.iter(f"{A}tc"):
                lines.extend(_paragraphs(cell))
            continue
        body = shape.find(f"{P}txBody")
        if body is None:
            continue
        found = _paragraphs(body)
        if kind in _TITLE_PLACEHOLDERS and title is None and found:
            title = " ".join(found)
        else:
            lines.extend(found)
    return title, lines


def read_pptx(data: bytes, *, reference_date: dt.date, first_position: int = 0) -> list[Article]:
    """The articles of a presentation: its slides' titles and text, read as a Word document's paragraphs."""
    try:
        parts = dict(iter_members(data, accepted=(".xml", ".rels"), extension_of=_extension_of))
    except FormatError as exc:
        raise FormatError(f"not a PowerPoint presentation: {exc}" if str(exc).startswith("not a valid zip") else str(exc)) from None
    blocks: list[tuple[str, int | None]] = []
    for path in _slide_paths(parts):
        slide = package_xml(parts[path], label=LABEL)
        if slide.get("show") == "0":
            continue  # a hidden slide
        title, lines = slide_blocks(slide)
        if title:
            blocks.append((title, 1 if not blocks else 2))
        blocks.extend((line, None) for line in lines)
    text = normalize_text(text_of_outline(blocks))
    if not text.strip():
        raise FormatError("the PowerPoint presentation holds no text")
    return read_text(text, reference_date=reference_date, first_position=first_position)
