"""Direct quotations: straight and curly double quotes, and single-quote quotations."""

from __future__ import annotations

import re
from typing import NamedTuple


class Quote(NamedTuple):
    """A quotation; ``start``/``end`` delimit the words inside the marks."""

    start: int
    end: int
    text: str


_OPEN_BEFORE = set(" \t\n([{—–-:;,/")
_PARAGRAPH_RE = re.compile(r"[^\n]+")


def _is_word(ch: str) -> bool:
    return ch.isalnum()


_MARK_RE = re.compile("[\"'\u2018\u2019\u201c\u201d\u00ab\u00bb\u201e]")
# Guillemets and the German low opening mark close with their own partner.
_PAIRS = {"\u00ab": ("\u00bb",), "\u201e": ("\u201c", "\u201d")}


def _paragraph_quotes(text: str, offset: int, out: list[Quote]) -> None:
    opener: str | None = None
    open_at = 0
    n = len(text)
    for mark in _MARK_RE.finditer(text):
        i = mark.start()
        ch = mark.group()
        prev = text[i - 1] if i else " "
        nxt = text[i + 1] if i + 1 < n else " "
        if opener is None:
            if ch in _PAIRS:
                opener, open_at = ch, i
            elif ch == "\u201c" or ch == '"':
                opener, open_at = ch, i
            elif ch in "'\u2018" and (prev in _OPEN_BEFORE) and (_is_word(nxt) or nxt in "\u2026."):
                opener, open_at = ch, i
            continue
        closes = False
        if opener in _PAIRS:
            closes = ch in _PAIRS[opener]
        elif opener == "\u201c":
            closes = ch == "\u201d"
        elif opener == '"':
            closes = ch == '"'
        elif ch in "'\u2019":
            # An apostrophe inside a word ("Lee's") does not end a single-quoted passage.
            closes = not prev.isspace() and not _is_word(nxt)
        if closes:
            if i > open_at + 1:
                out.append(Quote(offset + open_at + 1, offset + i, text[open_at + 1 : i]))
            opener = None


def find_quotes(text: str) -> list[Quote]:
    """All quotations in ``text``; a quotation never spans a line break."""
    out: list[Quote] = []
    for para in _PARAGRAPH_RE.finditer(text):
        _paragraph_quotes(para.group(), para.start(), out)
    return out


def mask_quotes(text: str, quotes: list[Quote], *, offset: int = 0) -> str:
    """``text`` with quoted words replaced by ``#`` so patterns never match inside quotes."""
    # built from slices, not character by character
    parts: list[str] = []
    done = 0
    for q in sorted(quotes, key=lambda q: q.start):
        lo, hi = max(q.start - offset, done), min(q.end - offset, len(text))
        if hi <= lo:
            continue
        parts.append(text[done:lo])
        parts.append("#" * (hi - lo))
        done = hi
    parts.append(text[done:])
    return "".join(parts)
