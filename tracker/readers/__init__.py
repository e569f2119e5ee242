"""Readers: the bytes of any accepted file to a list of articles.

``read_document`` is the one entry point; each format lives in its own module
(``plaintext``, ``html``, ``mhtml``, ``jsonfeed``, ``feeds``, ``tabular``, ``spreadsheet``,
``markdown``, ``mail``, ``word``, ``opendocument``, ``rtf``, ``pdf``, ``epub``, ``presentation``, ``captions``, ``archive``), which field of an export is which in ``fields``,
credit lines ("By ... | Outlet", "Staff and agencies") in ``credits``, and text decoding in ``decoding``. A file whose
bytes are another format than its name says (``signatures``: a PDF named .docx, an .xls named .txt) is read as
what it is. A file without an extension, or with one no reader claims, is sniffed when it decodes as text. Every failure is a
``ReadError`` naming the file and the reason.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import re
from pathlib import PurePosixPath

from tracker.models import Article
from tracker.readers import feeds
from tracker.readers.archive import NESTED_ARCHIVE_EXTENSIONS, iter_members
from tracker.readers.captions import looks_like_captions, read_captions
from tracker.readers.credits import text_without_photo_credits
from tracker.readers.dates import parse_dateline
from tracker.readers.decoding import decode_document, sniff_binary
from tracker.readers.signatures import ENCRYPTED_OFFICE, content_extension
from tracker.readers.errors import FormatError, ReadError
from tracker.readers.jsonfeed import read_json, read_jsonl
from tracker.readers.mail import is_mime_message, read_email
from tracker.readers.markdown import read_markdown
from tracker.readers.mhtml import read_mhtml, read_webarchive
from tracker.readers.plaintext import read_text, title_date, without_page_head
from tracker.readers.tabular import read_table
from tracker.readers.titles import looks_like_headline
from tracker.readers.opendocument import read_odt
from tracker.readers.word import read_docx

__all__ = ["MAX_DOCUMENT_BYTES", "SUPPORTED_EXTENSIONS", "ReadError", "read_document"]

TEXT_EXTENSIONS = (".txt", ".text")
HTML_EXTENSIONS = (".html", ".htm", ".xhtml")
JSON_EXTENSIONS = (".json",)
JSONL_EXTENSIONS = (".jsonl", ".ndjson")
FEED_EXTENSIONS = (".xml", ".rss", ".atom")
TABLE_EXTENSIONS = (".csv", ".tsv")
MARKDOWN_EXTENSIONS = (".md", ".markdown")
EMAIL_EXTENSIONS = (".eml",)
SAVED_PAGE_EXTENSIONS = (".mhtml", ".mht")
WEBARCHIVE_EXTENSIONS = (".webarchive",)
WORD_EXTENSIONS = (".docx",)
OPENDOCUMENT_EXTENSIONS = (".odt",)
RTF_EXTENSIONS = (".rtf",)
PDF_EXTENSIONS = (".pdf",)
ARCHIVE_EXTENSIONS = (".zip",)
EBOOK_EXTENSIONS = (".epub",)
PRESENTATION_EXTENSIONS = (".pptx",)
SPREADSHEET_EXTENSIONS = (".xlsx", ".xlsm", ".xls", ".ods")
CAPTION_EXTENSIONS = (".vtt", ".srt")
# Documents, images, media and programs: refused by name. Any other extension is read as
# the text it holds (sniffed: HTML, a feed, JSON, JSON Lines, else plain text).
BINARY_EXTENSIONS = (
    ".doc", ".docm", ".pages", ".numbers",
    ".ppt", ".odp", ".key", ".mobi", ".png", ".jpg", ".jpeg", ".gif", ".webp", ".bmp",
    ".tif", ".tiff", ".heic", ".ico", ".psd", ".mp3", ".mp4", ".m4a", ".wav", ".ogg", ".mov", ".avi", ".mkv",
    ".webm", ".exe", ".dll", ".so", ".dylib", ".bin", ".class", ".pyc", ".db", ".sqlite", ".duckdb",
    ".parquet", ".feather", ".pkl", ".msg", ".woff", ".woff2", ".ttf", ".otf",
) + NESTED_ARCHIVE_EXTENSIONS
# What to do with a refused type the analyst most likely has the program for.
REFUSAL_ADVICE = {
    ".doc": "an old Word document: save it as .docx (or .odt, .rtf, .pdf)",
    ".docm": "a Word document with macros: save it as .docx",
    ".numbers": "a Numbers spreadsheet: export it as .xlsx or .csv",
    ".pages": "a Pages document: export it as .docx or .pdf",
    ".msg": "an Outlook message: save it as .eml, or as text (.txt)",
    ".ppt": "an old PowerPoint presentation: save it as .pptx or .pdf",
    ".mobi": "a Kindle e-book: convert it to .epub",
}
# Largest file read at all (an archive's members have their own caps in ``archive``).
MAX_DOCUMENT_BYTES = 64 * 1024 * 1024
# Shortcuts to a page, not the page: refused with advice rather than stored as a line of text.
LINK_EXTENSIONS = (".url", ".webloc", ".website")
_HTML_START = re.compile(r"\s*(?:<!--.{0,200}?-->\s*)?<(?:!doctype\s+html|html)[\s>]", re.I | re.S)
# MIME headers announcing a multipart/related message: a saved single-file page (.mhtml).
_SAVED_PAGE_START = re.compile(rb"\s*(?:[A-Za-z][A-Za-z0-9-]{0,60}:[^\n]*\n(?:[ \t][^\n]*\n)*){1,20}?Content-Type:\s*multipart/related", re.I)
_XML_PROLOG = re.compile(r"^\s*<\?xml[^>]{0,200}\?>")
SUPPORTED_EXTENSIONS = (
    TEXT_EXTENSIONS + HTML_EXTENSIONS + JSON_EXTENSIONS + JSONL_EXTENSIONS + FEED_EXTENSIONS + TABLE_EXTENSIONS
    + MARKDOWN_EXTENSIONS + EMAIL_EXTENSIONS + SAVED_PAGE_EXTENSIONS + WEBARCHIVE_EXTENSIONS + WORD_EXTENSIONS + OPENDOCUMENT_EXTENSIONS
    + RTF_EXTENSIONS + PDF_EXTENSIONS + SPREADSHEET_EXTENSIONS + EBOOK_EXTENSIONS + PRESENTATION_EXTENSIONS + CAPTION_EXTENSIONS
    + ARCHIVE_EXTENSIONS
)  # fmt: skip


def extension_of(name: str) -> str:
    """The lower-case extension of a file name (``""`` when it has none)."""
    return PurePosixPath(name.replace("\\", "/")).suffix.lower()


def read_document(data: bytes, name: str, *, reference_date: dt.date) -> list[Article]:
    """Read one uploaded or named file into articles, numbered from 0 in file order.

    Args:
        data: the file's bytes, in any encoding a dump arrives in (UTF-8 with or
            without BOM, UTF-16/32 with or without BOM, Windows-1252).
        name: the file name; its extension picks the format (``SUPPORTED_EXTENSIONS``);
            without one, or with one no reader claims, the text is sniffed.
        reference_date: the day the dump was collected; relative times such as
            "2 hours ago" count back from it.

    Returns:
        The articles, never empty. Each file is all or nothing: one bad JSON Lines
        line, CSV row or feed item, one unreadable archive member or one unsafe
        archive entry refuses the whole file, so a half-read dump is never stored.

    Raises:
        ReadError: the file is empty, binary, of an unsupported type, cannot be
            parsed or holds no article; ``reason`` says which.
    """
    if len(data) > MAX_DOCUMENT_BYTES:
        raise ReadError(name, f"file is {len(data) / 1_048_576:.1f} MB, over the reader limit of {MAX_DOCUMENT_BYTES // 1_048_576} MB")
    try:
        articles = _read(data, name, reference_date=reference_date, first_position=0, inside_archive=False)
    except FormatError as exc:
        raise ReadError(name, str(exc)) from None
    except RecursionError:
        raise ReadError(name, "document nested too deeply to read") from None
    if not articles:
        raise ReadError(name, "no article found")
    articles = _without_label_pages(articles)
    return [_without_photo_credits(_dated_by_title(_without_implausible_date(a, reference_date), reference_date)) for a in articles]


def _without_label_pages(articles: list[Article]) -> list[Article]:
    """The articles without those that are only a label or a note, with no text under it: an e-book's or a digest's
    section page ("World & Politics", "SPORT"), a menu or a date read as a title, a compiler's note above the first
    story ("Clippings compiled by the desk, 4 May 2024."). A headline with no text (a related story's entry) stays.
    Positions are renumbered in order."""
    kept = [a for a in articles if a.text.strip() or looks_like_headline(a.title)]
    if not kept or len(kept) == len(articles):
        return articles
    return [a if a.position == number else dataclasses.replace(a, position=number) for number, a in enumerate(kept)]


def _without_photo_credits(article: Article) -> Article:
    """An article whose text holds no photo credit ("Photo: Ivo Kask/Wire", "... on Tuesday. (Photo by Ivo Kask/Wire)"),
    whatever format it came in: left in, a credit lands in a speaker's words or a sentence."""
    text = text_without_photo_credits(article.text)
    return article if text == article.text else dataclasses.replace(article, text=text)


# Publication dates outside this window are typos or placeholders ("0001-01-01", "9999-12-31");
# kept, they would also push date arithmetic past Python's calendar (OverflowError) downstream.
EARLIEST_PUBLISHED = dt.date(1900, 1, 1)
LATEST_PUBLISHED_AFTER_REFERENCE = dt.timedelta(days=366)


def _dated_by_title(article: Article, reference_date: dt.date) -> Article:
    """A record that has no date of its own (a JSON, CSV or feed record without a date field) dated by
    its title's closing date when it is a transcript's or statement's ("Remarks at the Lima Forum, 3 May
    2024"), as the text and HTML readers date theirs; a dateline opening its text comes first."""
    if article.published is not None or not article.title:
        return article
    if parse_dateline(article.text[:400].split("\n", 1)[0], reference_date=reference_date):
        return article
    found = title_date(article.title, reference_date=reference_date)
    return dataclasses.replace(article, published=found, published_basis="dateline") if found else article


def _without_implausible_date(article: Article, reference_date: dt.date) -> Article:
    published = article.published_date
    if published is None:
        return article
    latest = reference_date + min(LATEST_PUBLISHED_AFTER_REFERENCE, dt.date.max - reference_date)
    if EARLIEST_PUBLISHED <= published <= latest:
        return article
    return dataclasses.replace(article, published=None, published_basis="reference")


def _read(data: bytes, name: str, *, reference_date: dt.date, first_position: int, inside_archive: bool) -> list[Article]:
    extension = extension_of(name)
    content = content_extension(data)
    if content is not None and _FORMAT_FAMILY.get(content, content) != _FORMAT_FAMILY.get(extension, extension):
        return _read_as_content(data, extension, content, reference_date=reference_date, first_position=first_position, inside_archive=inside_archive)
    if extension in ARCHIVE_EXTENSIONS:
        if inside_archive:
            raise FormatError("nested archive (archives inside archives are refused)")
        return _read_archive(data, reference_date=reference_date)
    if extension in BINARY_EXTENSIONS:
        advice = f" ({REFUSAL_ADVICE[extension]})" if extension in REFUSAL_ADVICE else ""
        raise FormatError(f"unsupported file type {extension}{advice}; accepted: {', '.join(SUPPORTED_EXTENSIONS)}")
    if extension in LINK_EXTENSIONS:
        raise FormatError(f"unsupported file type {extension}: a link to a page, not the page (save the page itself, as .html or .mhtml)")
    if extension in EMAIL_EXTENSIONS:
        return read_email(data, first_position=first_position, reference_date=reference_date)
    if extension in SAVED_PAGE_EXTENSIONS:
        return read_mhtml(data, reference_date=reference_date, first_position=first_position)
    if extension in WEBARCHIVE_EXTENSIONS:
        return read_webarchive(data, reference_date=reference_date, first_position=first_position)
    if extension in WORD_EXTENSIONS:
        return read_docx(data, reference_date=reference_date, first_position=first_position)
    if extension in OPENDOCUMENT_EXTENSIONS:
        return read_odt(data, reference_date=reference_date, first_position=first_position)
    if extension in RTF_EXTENSIONS:
        from tracker.readers.rtf import read_rtf

        return read_rtf(data, reference_date=reference_date, first_position=first_position)
    if extension in PDF_EXTENSIONS:
        return _read_pdf(data, reference_date=reference_date, first_position=first_position)
    if extension in EBOOK_EXTENSIONS:
        from tracker.readers.epub import read_epub

        return read_epub(data, reference_date=reference_date, first_position=first_position)
    if extension in PRESENTATION_EXTENSIONS:
        from tracker.readers.presentation import read_pptx

        return read_pptx(data, reference_date=reference_date, first_position=first_position)
    if extension in SPREADSHEET_EXTENSIONS:
        from tracker.readers.spreadsheet import read_ods, read_xls, read_xlsx  # openpyxl: imported only when a workbook comes

        if extension == ".ods":
            return read_ods(data, first_position=first_position, reference_date=reference_date)
        if extension == ".xls" and not data.startswith(b"\xd0\xcf\x11\xe0"):
            # An "Excel export" that is a web page, an XML or CSV text or an .xlsx under the old name: read as what it holds.
            return _read_sniffed(data, extension, reference_date=reference_date, first_position=first_position)
        if extension == ".xls":
            return read_xls(data, first_position=first_position, reference_date=reference_date)
        return read_xlsx(data, first_position=first_position, reference_date=reference_date)
    if extension in HTML_EXTENSIONS:
        from tracker.readers import html  # trafilatura is slow to import: only when a page comes

        text = decode_document(data, declared=html.declared_charset(data))
        return html.read_html(text, reference_date=reference_date, first_position=first_position)
    if extension in FEED_EXTENSIONS:
        text = decode_document(data, declared=feeds.declared_encoding(data))
        if _HTML_START.match(_XML_PROLOG.sub("", text[:1000], count=1)):  # an XHTML page saved as .xml
            return _read_html(text, reference_date=reference_date, first_position=first_position)
        return feeds.read_feed(text, first_position=first_position, reference_date=reference_date)
    if extension not in SUPPORTED_EXTENSIONS:
        return _read_sniffed(data, extension, reference_date=reference_date, first_position=first_position)
    text = decode_document(data)
    if extension in JSON_EXTENSIONS:
        return read_json(text, first_position=first_position, reference_date=reference_date)
    if extension in JSONL_EXTENSIONS:
        return read_jsonl(text, first_position=first_position, reference_date=reference_date)
    if extension in TABLE_EXTENSIONS:
        return read_table(text, tab_separated=extension == ".tsv", first_position=first_position, reference_date=reference_date)
    if extension in MARKDOWN_EXTENSIONS:
        return read_markdown(text, reference_date=reference_date, first_position=first_position)
    if extension in CAPTION_EXTENSIONS:
        return read_captions(text, reference_date=reference_date, first_position=first_position)
    if _HTML_START.match(text[:1000]):
        # A page saved under a .txt name: read it as the HTML it is.
        return _read_html(text, reference_date=reference_date, first_position=first_position)
    return _read_plain(data, text, reference_date=reference_date, first_position=first_position)


# What a file's bytes are, as their signature says, for a file named for another format or for none.
CONTENT_LABELS = {
    ".pdf": "a PDF document", ".rtf": "an RTF document", ".docx": "a Word document (.docx)",
    ".xlsx": "an Excel workbook (.xlsx)", ".xls": "an old Excel workbook (.xls)", ".pptx": "a PowerPoint presentation (.pptx)",
    ".odt": "an OpenDocument text (.odt)", ".ods": "an OpenDocument spreadsheet (.ods)", ".epub": "an e-book (.epub)",
    ".zip": "a zip archive", ".doc": "an old Word document (.doc)", ".ppt": "an old PowerPoint presentation (.ppt)",
    ".msg": "an Outlook message (.msg)", ENCRYPTED_OFFICE: "a password-protected Office document",
}  # fmt: skip
# Extensions of one package format ("report.xlsm" holding an .xlsx package is as named; a .docm stays refused).
_FORMAT_FAMILY = {".xlsm": ".xlsx", ".docm": ".docx"}


def _read_as_content(
    data: bytes, extension: str, content: str, *, reference_date: dt.date, first_position: int, inside_archive: bool
) -> list[Article]:
    """A file whose bytes are another format than its name says (or than a name without an extension
    lets the text sniffing find): read as what it is, or refused saying what it is."""
    named = f"under the name {extension}" if extension else "without an extension"
    label = CONTENT_LABELS[content]
    if content == ENCRYPTED_OFFICE:
        raise FormatError(f"{label} {named}: the document is encrypted (password-protected); save it without a password")
    if content in REFUSAL_ADVICE:
        advice = REFUSAL_ADVICE[content].split(": ", 1)[1]
        raise FormatError(f"{label} {named}, a type that is not read: {advice}")
    try:
        return _read(data, f"document{content}", reference_date=reference_date, first_position=first_position, inside_archive=inside_archive)
    except FormatError as exc:
        raise FormatError(f"{label} {named}: {exc}") from None


def _read_plain(data: bytes, text: str, *, reference_date: dt.date, first_position: int) -> list[Article]:
    """Text that is no markup: a raw e-mail (its MIME parts decoded), else a plain-text dump."""
    if _SAVED_PAGE_START.match(data[:4000]):
        return read_mhtml(data, reference_date=reference_date, first_position=first_position)
    if is_mime_message(data):
        return read_email(data, first_position=first_position, reference_date=reference_date)
    if looks_like_captions(text):  # WebVTT or SubRip captions saved as .txt or without an extension
        return read_captions(text, reference_date=reference_date, first_position=first_position)
    return without_page_head(read_text(text, reference_date=reference_date, first_position=first_position))


def _read_pdf(data: bytes, *, reference_date: dt.date, first_position: int) -> list[Article]:
    from tracker.readers import pdf  # pypdf: imported only when a PDF comes

    return without_page_head(pdf.read_pdf(data, reference_date=reference_date, first_position=first_position))


def _read_html(text: str, *, reference_date: dt.date, first_position: int) -> list[Article]:
    from tracker.readers import html

    return html.read_html(text, reference_date=reference_date, first_position=first_position)


def _read_sniffed(data: bytes, extension: str, *, reference_date: dt.date, first_position: int) -> list[Article]:
    """A file whose name does not say its format: a saved page, HTML, a feed, JSON, JSON Lines, else plain text."""
    refusal = f"unsupported file type {extension or '(no extension)'}"
    accepted = f"accepted: {', '.join(SUPPORTED_EXTENSIONS)}"
    # (A PDF, an office document or a zip archive without its extension is read by ``_read`` as what it is.)
    if data[:8] == b"bplist00" and b"WebMainResource" in data:  # a Safari web archive without its extension
        return read_webarchive(data, reference_date=reference_date, first_position=first_position)
    label = sniff_binary(data)
    if label:
        raise FormatError(f"{refusal}: binary data ({label}); {accepted}")
    if _SAVED_PAGE_START.match(data[:4000]):
        return read_mhtml(data, reference_date=reference_date, first_position=first_position)
    try:
        text = decode_document(data, declared=feeds.declared_encoding(data))
    except FormatError as exc:
        # Bytes that are no text get the list of accepted types; an empty file is said as it is.
        if not str(exc).startswith(("binary data", "not text")):
            raise
        raise FormatError(f"{refusal}: {exc}; {accepted}") from None
    head = _XML_PROLOG.sub("", text[:2000], count=1)
    if _HTML_START.match(head):
        return _read_html(text, reference_date=reference_date, first_position=first_position)
    if feeds.looks_like_feed(text) or _XML_PROLOG.match(text):
        return feeds.read_feed(text, first_position=first_position, reference_date=reference_date)
    if _is_json(text):
        return read_json(text, first_position=first_position, reference_date=reference_date)
    return _read_plain(data, text, reference_date=reference_date, first_position=first_position)


def _is_json(text: str) -> bool:
    """True for a JSON document or JSON Lines of objects (``read_json`` reads both)."""
    start = text.lstrip()[:1]
    if start not in ("{", "["):
        return False
    try:
        json.loads(text)
    except json.JSONDecodeError as exc:
        return start == "{" and exc.msg == "Extra data"
    except RecursionError:
        return True
    return True


def _read_archive(data: bytes, *, reference_date: dt.date) -> list[Article]:
    articles: list[Article] = []
    for member_name, member_data in iter_members(data, accepted=SUPPORTED_EXTENSIONS, extension_of=extension_of):
        try:
            found = _read(member_data, member_name, reference_date=reference_date, first_position=len(articles), inside_archive=True)
        except FormatError as exc:
            raise FormatError(f"member {member_name!r}: {exc}") from None
        articles.extend(found)
    if not articles:
        accepted = ", ".join(e for e in SUPPORTED_EXTENSIONS if e not in ARCHIVE_EXTENSIONS)
        raise FormatError(f"the archive holds no readable article file ({accepted})")
    return articles
