"""E-books (.epub): a zip of XHTML chapters, read as the outline of headings and paragraphs they hold.

News tools that bundle a day's stories into an e-book (a "news download" of several outlets, a
digest sent to an e-reader) write a story a chapter, or several stories under their headings in
one; an office suite's export puts a whole document in one. So each chapter, in reading order
(the package's spine), opens an article, and inside a chapter its headings and paragraphs are
read as a Word document's are (``plaintext.text_of_outline``): a heading of the first heading's
level, or one with a date line under it, opens another. A cover, a contents page or a section
title page (little text beside headings) is passed over. An article without an outlet of its own
takes the book's publisher, one without a date of its own the book's date (``dc:date``, an EPUB 2
modification event last; else the EPUB 3 ``dcterms:modified`` stamp, which every EPUB 3 book has). The zip is read in memory with the archive reader's caps
(``archive.iter_members``), its package XML parsed as a Word document's (no DTD, entities or network).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import itertools
import posixpath
import re
from urllib.parse import unquote

import lxml.etree
import lxml.html

from tracker.models import Article
from tracker.readers.archive import iter_members
from tracker.readers.dates import normalize_field_date
from tracker.readers.decoding import decode_document, normalize_text
from tracker.readers.errors import FormatError
from tracker.readers.feeds import declared_encoding
from tracker.readers.plaintext import ARTICLE_DIVIDER, read_text, text_of_outline
from tracker.readers.word import package_xml

CONTAINER_PART = "META-INF/container.xml"
LABEL = "e-book"
OPF = "{http://www.idpf.org/2007/opf}"
DC = "{http://purl.org/dc/elements/1.1/}"
CONTAINER = "{urn:oasis:names:tc:opendocument:xmlns:container}"
# The parts an e-book's reading needs: its container, package document and chapters.
_PARTS = (".xml", ".opf", ".xhtml", ".html", ".htm")
_CHAPTER_TYPES = ("application/xhtml+xml", "text/html")
_XML_PROLOG = re.compile(r"^\s*<\?xml[^>]{0,200}\?>", re.I)
_HTML_PARSER = lxml.html.HTMLParser(huge_tree=True, no_network=True)


def _extension_of(name: str) -> str:
    return posixpath.splitext(name.lower())[1]


def _package_path(parts: dict[str, bytes]) -> str:
    """Where the package document (.opf) is: the container says, else the only .opf there is."""
    if CONTAINER_PART in parts:
        root = package_xml(parts[CONTAINER_PART], label=LABEL)
        for rootfile in root.iter(f"{CONTAINER}rootfile"):
            path = rootfile.get("full-path") or ""
            if path in parts:
                return path
    found = [name for name in parts if name.lower().endswith(".opf")]
    if len(found) != 1:
        raise FormatError("not an e-book: no package document (.opf) in the .epub")
    return found[0]


def _book_date(root) -> str | None:
    """The book's date from its package metadata: a ``dc:date`` (one marked as a modification
    last), else the ``dcterms:modified`` stamp; only a full date counts (a bare year dates nothing)."""
    dates = [(node.get(f"{OPF}event") == "modification", node.text or "") for node in root.iter(f"{DC}date")]
    stamps = [node.text or node.get("content") or "" for node in root.iter(f"{OPF}meta") if "dcterms:modified" in (node.get("property"), node.get("name"))]
    for value in [text for late, text in sorted(dates, key=lambda d: d[0])] + stamps:
        found = normalize_field_date(value.strip())
        if found and len(found) >= 10:
            return found
    return None


def _chapters(parts: dict[str, bytes], package: str) -> tuple[list[str], str | None, str | None]:
    """(chapter paths in reading order, the book's publisher, the book's date) from the package document."""
    root = package_xml(parts[package], label=LABEL)
    base = posixpath.dirname(package)
    items: dict[str, tuple[str, str, str]] = {}
    for item in root.iter(f"{OPF}item"):
        href = unquote((item.get("href") or "").split("#", 1)[0])
        path = posixpath.normpath(posixpath.join(base, href)) if href else ""
        items[item.get("id") or ""] = (path, item.get("media-type") or "", item.get("properties") or "")
    order = []
    for itemref in root.iter(f"{OPF}itemref"):
        path, media_type, properties = items.get(itemref.get("idref") or "", ("", "", ""))
        if itemref.get("linear") == "no" or "nav" in properties.split() or media_type not in _CHAPTER_TYPES:
            continue  # an aside, the contents page, an image
        if path in parts and path not in order:
            order.append(path)
    if not order:  # no spine: the chapters in the order the zip holds them
        order = [name for name in parts if _extension_of(name) in (".xhtml", ".html", ".htm")]
    publisher = next((" ".join(node.text.split()) for node in root.iter(f"{DC}publisher") if node.text and node.text.strip()), None)
    return order, publisher, _book_date(root)


_HEADINGS = {"h1": 1, "h2": 2, "h3": 3, "h4": 4, "h5": 5, "h6": 6}
_BLOCKS = (*_HEADINGS, "p", "li", "blockquote", "pre", "dt", "dd", "td", "th", "figcaption", "div")
_SKIPPED = ("script", "style", "nav", "head", "svg", "math")
# A chapter with less running text than this (beside its headings) is a cover, a contents or a section title page.
MIN_CHAPTER_TEXT = 80


def chapter_blocks(text: str) -> list[tuple[str, int | None]]:
    """(text, heading level or None) of each innermost block of a chapter's XHTML, in order."""
    try:
        root = lxml.html.document_fromstring(_XML_PROLOG.sub("", text, count=1), parser=_HTML_PARSER)
    except (lxml.etree.ParserError, ValueError) as exc:
        raise FormatError(f"a chapter is unparseable XHTML ({exc})") from None
    for element in list(root.iter(*_SKIPPED)):
        if element.getparent() is not None:
            element.drop_tree()
    body = root.find("body")
    blocks: list[tuple[str, int | None]] = []
    for element in (body if body is not None else root).iter(*_BLOCKS):
        if next(itertools.islice(element.iter(*_BLOCKS), 1, 2), None) is not None:
            continue  # its inner blocks are read one by one (found at the first, not by walking the whole subtree)
        line = " ".join(element.text_content().split())
        if line:
            blocks.append((line, _HEADINGS.get(element.tag)))
    return blocks


def read_epub(data: bytes, *, reference_date: dt.date, first_position: int = 0) -> list[Article]:
    """The articles of an e-book: its chapters in reading order, each read as a Word document's
    paragraphs are (a heading of the first heading's level, or with a date line under it, opens
    another article inside a chapter; each chapter opens one)."""
    try:
        parts = dict(iter_members(data, accepted=_PARTS, extension_of=_extension_of))
    except FormatError as exc:
        raise FormatError(f"not an e-book: {exc}" if str(exc).startswith("not a valid zip") else str(exc)) from None
    order, publisher, book_date = _chapters(parts, _package_path(parts))
    chapters = []
    for path in order:
        content = parts[path]
        blocks = chapter_blocks(decode_document(content, declared=declared_encoding(content)))
        if sum(len(line) for line, level in blocks if level is None) >= MIN_CHAPTER_TEXT:
            chapters.append(text_of_outline(blocks))
    text = normalize_text(f"\n\n{ARTICLE_DIVIDER}\n\n".join(chapters))
    if not text.strip():
        raise FormatError("the e-book holds no chapter with article text")
    articles = read_text(text, reference_date=reference_date, first_position=first_position)
    articles = [a if a.outlet or not publisher else dataclasses.replace(a, outlet=publisher) for a in articles]
    return [a if a.published or not book_date else dataclasses.replace(a, published=book_date, published_basis="meta") for a in articles]
