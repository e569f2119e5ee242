"""Rich Text Format (.rtf): statements saved from Word, WordPad or TextEdit, read as the plain-text dump they hold.

striprtf turns the RTF into text (code pages and ``\\uN`` characters decoded; font and
colour tables, headers, footers, footnotes, comments and pictures left out); each
paragraph is a line and the plain-text reader then finds titles, date lines, bylines
and several articles (cut at divider lines) as in a ``.txt`` dump.
"""

from __future__ import annotations

import datetime as dt
import re

from tracker.models import Article
from tracker.readers.decoding import check_not_binary, normalize_text
from tracker.readers.errors import FormatError
from tracker.readers.plaintext import read_text

# striprtf writes a hyperlink's address after its text, as ("https://..."): not article text.
_LINK_TARGET = re.compile(r"\(\"(?:https?|mailto|ftp|file):[^\"\n]{0,2000}\"\)", re.I)
# striprtf ends a table cell with "|": a bar at the start or end of a line is no text.
_CELL_MARK = re.compile(r"^[ \t]*\|[ \t]*|[ \t]*\|[ \t]*$", re.M)


def rtf_text(data: bytes) -> str:
    """The text of an RTF document, one paragraph a line."""
    from striprtf.striprtf import rtf_to_text  # small and pure Python; imported when an RTF comes

    head = data.lstrip()[:6]
    if not head.startswith(b"{\\rtf"):
        raise FormatError("not an RTF document (no {\\rtf header at the start)")
    try:
        source = data.decode("utf-8")
    except UnicodeDecodeError:
        source = data.decode("latin-1")  # RTF is 7-bit; stray 8-bit bytes are kept as they are
    try:
        text = rtf_to_text(source, errors="replace")
    except (ValueError, LookupError, IndexError, UnicodeError, RecursionError) as exc:
        raise FormatError(f"the RTF document cannot be read ({type(exc).__name__}: {' '.join(str(exc).split())[:120]})") from None
    text = _CELL_MARK.sub("", _LINK_TARGET.sub("", text))
    check_not_binary(text)
    return normalize_text(text)


def read_rtf(data: bytes, *, reference_date: dt.date, first_position: int = 0) -> list[Article]:
    """Articles of an RTF document, read as the plain-text dump its paragraphs make."""
    text = rtf_text(data)
    if not text.strip():
        raise FormatError("the RTF document holds no text")
    return read_text(text, reference_date=reference_date, first_position=first_position)
