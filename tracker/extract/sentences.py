"""Paragraphs and sentences with character offsets; a sentence never breaks inside a quote."""

from __future__ import annotations

import re
from typing import NamedTuple

from tracker.extract.quotes import Quote


class Sentence(NamedTuple):
    start: int
    end: int
    text: str
    paragraph: int
    header: bool  # an all-capitals section heading such as "U.S. SECRETARY OF STATE ..."


ABBREVIATIONS = frozenset(
    """
    mr mrs ms dr st jr sr sen rep gov gen lt col maj capt sgt prof no vs etc inc corp ltd co
    jan feb mar apr jun jul aug sep sept oct nov dec u.s u.k u.n e.u a.m p.m d.c mt ft
    """.split()
)
# "[.!?][.!?]*" rather than "[.!?]+": a pattern opening with a plain class lets re skip to the
# next full stop in C instead of trying the whole pattern at every character
# (a bracketed label, "[Presenter] ...", opens a sentence too; it is dropped below)
_BOUNDARY_RE = re.compile(
    r"[.!?][.!?]*[\"'\u201d\u2019\u00bb)\]]*(?=\s+(?:[\"'\u201c\u2018\u00ab\u201e(]?[A-Z0-9]|\[[^\[\]\n]{1,80}\]\s+[\"'\u201c\u2018]?[A-Z]))"
)
_PARAGRAPH_RE = re.compile(r"[^\n]+")
_INITIALS_RE = re.compile(r"[A-Z](?:\.[A-Z])+")
# words that open a sentence after an abbreviation ("... in the U.A.E. Its minister said"), not a surname after initials
_SENTENCE_OPENERS = frozenset(
    "The A An It Its He She His Her They Their We Our I In On At But And Also However Meanwhile This That These Those There".split()
)
_WORD_AFTER_RE = re.compile(r"\s+[\"'\u201c\u2018(]?([A-Za-z]+)")


# "[Presenter] ...", "[Correspondent in Lagos] ...": a transcript's speaker label or an editor's note in
# brackets opening a sentence (a monitoring service's translation of a broadcast) is no part of the sentence
_LABEL_RE = re.compile(r"\[[^\[\]\n]{1,80}\]\s+(?=[\"'\u201c\u2018]?[A-Z])")


def _without_label(start: int, chunk: str) -> tuple[int, str]:
    found = _LABEL_RE.match(chunk)
    return (start + found.end(), chunk[found.end() :]) if found else (start, chunk)


def _next_word(text: str, pos: int) -> str:
    found = _WORD_AFTER_RE.match(text, pos)
    return found.group(1) if found else ""


def _is_header(text: str) -> bool:
    return len(text) < 120 and text.isupper() and sum(c.isalpha() for c in text) >= 4


def _inside_quote(pos: int, quotes: list[Quote]) -> Quote | None:
    for q in quotes:
        if q.start <= pos < q.end:
            return q
    return None


def split_sentences(text: str, quotes: list[Quote]) -> list[Sentence]:
    """Split ``text`` into sentences, paragraph by paragraph, keeping offsets into ``text``."""
    out: list[Sentence] = []
    for p_index, para in enumerate(_PARAGRAPH_RE.finditer(text)):
        p_start, p_text = para.start(), para.group()
        if not p_text.strip():
            continue
        if _is_header(p_text):
            out.append(Sentence(p_start, para.end(), p_text, p_index, True))
            continue
        begin = 0
        for m in _BOUNDARY_RE.finditer(p_text):
            stop = m.end()
            q = _inside_quote(p_start + m.start(), quotes)
            if q is not None and p_start + stop < q.end + 1:
                continue
            if m.group()[0] == ".":
                k = m.start()
                while k > 0 and (p_text[k - 1].isalnum() or p_text[k - 1] in "._"):
                    k -= 1
                token = p_text[k : m.start()].lower()
                # a single capital is an initial ("J. Smith"), except X, the platform; so is a run of
                # them ("V.V. Putin", "A.G. Lukashenko": the Russian style of a leader's name)
                if token in ABBREVIATIONS or (len(token) == 1 and token.isalpha() and token != "x") or (
                    _INITIALS_RE.fullmatch(p_text, k, m.start()) and _next_word(p_text, m.end()) not in _SENTENCE_OPENERS
                ):
                    continue
            chunk = p_text[begin:stop]
            if chunk.strip():
                lead = len(chunk) - len(chunk.lstrip())
                at, chunk = _without_label(p_start + begin + lead, chunk.strip())
                out.append(Sentence(at, p_start + stop, chunk, p_index, False))
            begin = stop
        chunk = p_text[begin:]
        if chunk.strip():
            lead = len(chunk) - len(chunk.lstrip())
            at, chunk = _without_label(p_start + begin + lead, chunk.strip())
            out.append(Sentence(at, at + len(chunk), chunk, p_index, False))
    return out
