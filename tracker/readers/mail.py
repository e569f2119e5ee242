"""Saved e-mails and newsletters (.eml): the Subject is the title, the Date header the published time."""

from __future__ import annotations

import email
import email.policy
import re
from email.headerregistry import Address
from email.message import EmailMessage

from tracker.models import Article
from tracker.readers.dates import normalize_field_date
from tracker.readers.decoding import check_not_binary, normalize_text, sniff_binary
from tracker.readers.errors import FormatError
from tracker.readers.plaintext import drop_furniture, paragraphs_of

# The conventional signature separator; what follows it is the sender's footer.
_SIGNATURE = re.compile(r"^-- ?$", re.M)
_HEADER_LINE = re.compile(rb"^[A-Za-z][A-Za-z0-9-]{0,60}:", re.M)
MAX_TITLE = 300


def _body_text(message: EmailMessage) -> str:
    """The text/plain body, else the text/html one as text."""
    part = message.get_body(preferencelist=("plain", "html"))
    if part is None:
        raise FormatError("the e-mail has no text/plain or text/html part")
    try:
        content = part.get_content()
    except (LookupError, UnicodeError, ValueError) as exc:  # an unknown charset or broken transfer encoding
        raise FormatError(f"the e-mail's {part.get_content_type()} part cannot be decoded ({exc})") from None
    if not isinstance(content, str):
        raise FormatError(f"the e-mail's {part.get_content_type()} part is not text")
    if part.get_content_type() == "text/html":
        from tracker.readers.html import html_fragment_text  # trafilatura is slow to import: only when needed

        return html_fragment_text(content)
    return _SIGNATURE.split(content, maxsplit=1)[0]


def _sender(message: EmailMessage) -> str | None:
    """The From header's display name ("Baltic Briefing"), else its address."""
    header = message.get("From")
    addresses: tuple[Address, ...] = getattr(header, "addresses", ()) if header is not None else ()
    if addresses:
        return addresses[0].display_name or addresses[0].addr_spec or None
    return str(header).strip() or None if header is not None else None


def read_email(data: bytes, *, first_position: int = 0) -> list[Article]:
    """One article from the bytes of a saved e-mail (RFC 5322, MIME parts decoded by the stdlib)."""
    if not data.strip():
        raise FormatError("empty file")
    label = sniff_binary(data)
    if label:
        raise FormatError(f"binary data ({label}), not a text news dump")
    data = data.lstrip()
    if data.startswith(b"From "):  # the envelope line an mbox export puts above the headers
        data = data.split(b"\n", 1)[-1]
    if not _HEADER_LINE.match(data[:200]):
        raise FormatError("not an e-mail: no header lines (such as 'Subject:' or 'From:') at the start")
    message = email.message_from_bytes(data, policy=email.policy.default)
    text = normalize_text(_body_text(message))
    check_not_binary(text)
    body = paragraphs_of("\n".join(drop_furniture([line.strip() for line in text.split("\n")])))
    title = " ".join(normalize_text(str(message.get("Subject") or "")).split())
    if not body and not title:
        raise FormatError("the e-mail has neither a subject nor any text")
    if not title:
        title = body.split("\n", 1)[0][:MAX_TITLE]
    elif len(title) > MAX_TITLE:
        title = title[:MAX_TITLE].rsplit(" ", 1)[0] + "\u2026"
    published = normalize_field_date(str(message.get("Date") or "").strip() or None)
    return [
        Article(
            title=title,
            text=body,
            position=first_position,
            outlet=_sender(message),
            published=published,
            published_basis="field" if published else "reference",
        )
    ]
