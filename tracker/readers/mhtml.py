"""Web pages saved as one file (.mhtml, .mht): "Save page as... Web page, single file" in Chrome, Edge and Opera.

The file is a MIME message (RFC 2557) whose root part is the page's HTML, followed by
its images and styles. The root part is decoded by the stdlib's e-mail parser and read
by the HTML reader; the saved page's address fills the article's link when the page
itself names none.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import email
import email.policy
import re
from email.message import EmailMessage

from tracker.models import Article
from tracker.readers.decoding import decode_document, sniff_binary
from tracker.readers.errors import FormatError

_HEADER_LINE = re.compile(rb"^[A-Za-z][A-Za-z0-9-]{0,60}:", re.M)
_WEB_ADDRESS = re.compile(r"^https?://\S+$", re.I)


def _root_page(message: EmailMessage) -> EmailMessage | None:
    """The part RFC 2557 makes the page: the one the ``start`` parameter names, else the first HTML part."""
    if not message.is_multipart():
        return message if message.get_content_type() == "text/html" else None
    start = message.get_param("start")
    parts = [part for part in message.walk() if not part.is_multipart()]
    if isinstance(start, str):
        named = next((p for p in parts if str(p.get("Content-ID", "")).strip() == start.strip()), None)
        if named is not None and named.get_content_type() == "text/html":
            return named
    return next((p for p in parts if p.get_content_type() in ("text/html", "application/xhtml+xml")), None)


def read_mhtml(data: bytes, *, reference_date: dt.date, first_position: int = 0) -> list[Article]:
    """One article from a saved single-file web page."""
    if not data.strip():
        raise FormatError("empty file")
    label = sniff_binary(data)
    if label:
        raise FormatError(f"binary data ({label}), not a saved web page")
    data = data.lstrip()
    if not _HEADER_LINE.match(data[:200]):
        raise FormatError("not a saved web page (MHTML): no MIME header lines (such as 'Content-Type:') at the start")
    message = email.message_from_bytes(data, policy=email.policy.default)
    page = _root_page(message)
    if page is None:
        raise FormatError("the saved page (MHTML) holds no HTML part")
    payload = page.get_payload(decode=True)  # quoted-printable or base64 undone; the charset is ours to apply
    if not isinstance(payload, bytes) or not payload.strip():
        raise FormatError("the saved page's HTML part is empty")
    from tracker.readers import html  # trafilatura is slow to import: only when a page comes

    # Chrome writes no charset on the part: the page's own <meta charset> says it.
    html_text = decode_document(payload, declared=page.get_content_charset() or html.declared_charset(payload))
    articles = html.read_html(html_text, reference_date=reference_date, first_position=first_position)
    address = str(message.get("Snapshot-Content-Location") or page.get("Content-Location") or "").strip()
    if _WEB_ADDRESS.match(address):
        articles = [a if a.url else dataclasses.replace(a, url=address) for a in articles]
    return articles


def read_webarchive(data: bytes, *, reference_date: dt.date, first_position: int = 0) -> list[Article]:
    """One article from a page Safari saved as a Web Archive (``.webarchive``: a property list, binary
    or XML, whose main resource is the page's HTML), read as that HTML; its address as the link."""
    import plistlib

    if not data.strip():
        raise FormatError("empty file")
    try:
        archive = plistlib.loads(data)
    except (plistlib.InvalidFileException, ValueError, TypeError, KeyError, IndexError, OverflowError, RecursionError) as exc:
        raise FormatError(f"not a Safari web archive: not a readable property list ({type(exc).__name__})") from None
    main = archive.get("WebMainResource") if isinstance(archive, dict) else None
    if not isinstance(main, dict) or not isinstance(main.get("WebResourceData"), bytes):
        raise FormatError("not a Safari web archive: no main resource (WebMainResource) with the page")
    mime = str(main.get("WebResourceMIMEType") or "text/html")
    if mime not in ("text/html", "application/xhtml+xml"):
        raise FormatError(f"the web archive's main resource is {mime}, not a page")
    payload = main["WebResourceData"]
    if not payload.strip():
        raise FormatError("the web archive's page is empty")
    from tracker.readers import html

    encoding = main.get("WebResourceTextEncodingName")
    html_text = decode_document(payload, declared=str(encoding) if encoding else html.declared_charset(payload))
    articles = html.read_html(html_text, reference_date=reference_date, first_position=first_position)
    address = str(main.get("WebResourceURL") or "").strip()
    if _WEB_ADDRESS.match(address):
        articles = [a if a.url else dataclasses.replace(a, url=address) for a in articles]
    return articles
