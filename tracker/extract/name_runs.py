"""A sentence's runs of capitalised words: its tokens (names that hold small words kept whole, initials, abbreviations) and the runs of name, title and descriptor words they form, trimmed of openers and joined over portfolios."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

from tracker.extract.countries import COUNTRY_TOKENS
from tracker.extract.lexicon import (
    CAPITALS,
    COUNTRY_NAMES,
    DEMONYMS,
    INSTITUTIONS,
    ORGANIZATIONS,
    PORTFOLIO_CLOSERS,
    TITLES_LOWER,
)
from tracker.extract.mention_words import (
    DESCRIPTOR_WORDS,
    LOWER_RUN_WORDS,
    MONTH_NAME_ENDINGS,
    NAME_SUFFIXES,
    PARTICLES,
    PEER_TITLES,
    QUESTION_CAPS,
    STOP_CAPS,
    known_person,
)
from tracker.extract.patterns import alternation

_PHRASE_JOINERS = frozenset({"and", "of", "for", "in", "the", "on"})
# "state" is kept only to close "secretary of state" / "head of state" (see name_runs); alone it breaks a run
_LOWER_KEEP = frozenset(LOWER_RUN_WORDS | PARTICLES | {"of", "for", "the", "state"})
# possessive quantifiers: nothing after them can fail, so the greedy path is the only match and
# the engine need not keep backtracking points (same words, measured ~10% faster scan)
# "No. 10" tried first at an "N"; written to open with the class of a word's first letter, which re
# skips to in C (an alternation at the top is tried at every position)
_TOKEN_RE = re.compile(r"[A-Za-z\u00C0-\u024F](?:(?<=N)o\.? 10\b|[\w\u00C0-\u024F'\u2019\-]*+(?:\.[A-Za-z][\w\u00C0-\u024F'\u2019\-]*+)*+\.?+)")
INITIALS_RE = re.compile(r"(?:[A-Z]\.)+")
_ABBREVIATED = frozenset("sen. rep. gov. gen. lt. col. dr. mr. mrs. ms. st. jr. sr. prof. u.s. u.k. u.n. e.u. no.".split())


class Tok(NamedTuple):
    start: int
    end: int
    text: str


# Names that hold small words ("Organization for Security and Co-operation in Europe",
# "Trinidad and Tobago", "Foreign and Commonwealth Office"): one token each, so the small word does not break the run.
_PHRASES = sorted(
    {
        p
        for p in (
            *[o for o, org in ORGANIZATIONS.items() if org.kind == "international"], *COUNTRY_NAMES, *DEMONYMS,
            *[i for i in INSTITUTIONS if " and " in i],
        )
        if p[:1].isupper() and any(w in _PHRASE_JOINERS for w in p.split())
    },
    key=len,
    reverse=True,
)
_PHRASE_RE = re.compile(r"(?:" + alternation(_PHRASES, not_after=r"[\w-]") + r")(?:['\u2019]s\b|(?<=s)['\u2019](?!\w))?(?![\w-])")
_PHRASE_LOWER = frozenset(p.lower() for p in _PHRASES)


# builds a Tok without the NamedTuple constructor's extra Python frame (one per kept word)
_new_tok = tuple.__new__
_JOINER_RE = re.compile(" (?:" + "|".join(sorted(_PHRASE_JOINERS)) + ") ")


@lru_cache(maxsize=65536)
def _token_form(tok: str) -> str | None:
    """How a matched word enters a run: None for a plain lower-case word, else the word with a
    trailing full stop dropped unless it abbreviates. Cached: a dump repeats its words."""
    if not tok[0].isupper():
        low = tok.rstrip(".")
        if low not in _LOWER_KEEP and not low.startswith(("al-", "el-")) and "'" not in low and "\u2019" not in low:
            return None
    if tok[-1] == "." and tok.lower() not in _ABBREVIATED and tok not in NAME_SUFFIXES and not INITIALS_RE.fullmatch(tok):
        return tok[:-1]
    return tok


def _phrase_spans(text: str) -> list[tuple[int, int]]:
    """Where the multi-word names ("Trinidad and Tobago") are; none without a small joining word."""
    return [(m.start(), m.end()) for m in _PHRASE_RE.finditer(text)] if _JOINER_RE.search(text) else []


def _phrase_tokens(text: str, phrases: list[tuple[int, int]]) -> list[Tok]:
    """Words that can be part of a run, in a text holding multi-word names (each name is one
    token); other lower-case words are left out (the gap they leave breaks a run just as well)."""
    out = []
    phrase_end = -1
    for m in _TOKEN_RE.finditer(text):
        start = m.start()
        if phrases:
            if start < phrase_end:
                continue
            if phrases[0][0] <= start:
                while phrases and phrases[0][1] <= start:
                    phrases.pop(0)
                if phrases and phrases[0][0] == start:
                    a, phrase_end = phrases.pop(0)
                    out.append(_new_tok(Tok, (a, phrase_end, text[a:phrase_end])))
                    continue
        elif start < phrase_end:
            continue
        form = _token_form(m.group())
        if form is not None:
            out.append(_new_tok(Tok, (start, start + len(form), form)))
    return out


@lru_cache(maxsize=65536)
def without_possessive(tok: str) -> str:
    """The token without a possessive ending."""
    if "'" not in tok and "\u2019" not in tok:
        return tok
    for suffix in ("'s", "\u2019s", "'", "\u2019"):
        if tok.endswith(suffix) and len(tok) > len(suffix):
            return tok[: -len(suffix)]
    return tok


def is_possessive(tok: str) -> bool:
    if "'" not in tok and "\u2019" not in tok:
        return False
    return tok.endswith(("'s", "\u2019s")) or (tok.endswith(("s'", "s\u2019")))


@lru_cache(maxsize=65536)
def is_descriptor(tok: str) -> bool:
    base = without_possessive(tok)
    low = base.lower()
    return low in DESCRIPTOR_WORDS or low.rstrip(".") in DESCRIPTOR_WORDS or base in COUNTRY_TOKENS or low in _PHRASE_LOWER


@lru_cache(maxsize=65536)
def _membership(tok: str) -> tuple[bool, bool]:
    """Whether a word is a run member: (opening a run, right after a member)."""
    if tok[0].isupper():
        return True, True
    low = without_possessive(tok).lower()
    if low in PARTICLES or low.startswith(("al-", "el-", "d'", "d\u2019")) or low in ("of", "for", "the"):
        return False, True  # "bin", "of", "the": only inside a run
    member = low in LOWER_RUN_WORDS
    return member, member


_RUN_TAIL_DROP = PARTICLES | {"of", "for", "the"}
# places whose name opens with "The" and means nothing without it ("The Hague"; not "The Gambia", which
# "Gambia" names alone): the word after "The"
_THE_PLACE_WORDS = frozenset(
    p.split()[1] for p in (*CAPITALS, *COUNTRY_NAMES)
    if p.startswith("The ") and len(p.split()) == 2 and p[4:] not in CAPITALS and p[4:] not in COUNTRY_NAMES
)


@lru_cache(maxsize=65536)
def _word_in_runs(word: str) -> tuple[str, bool, bool] | None:
    """A matched word as a run sees it: None if it is left out (see ``_token_form``), else its
    form and its ``_membership``. Cached: one look-up per word instead of two."""
    form = _token_form(word)
    return None if form is None else (form, *_membership(form))


def name_runs(text: str) -> list[list[Tok]]:
    """Runs of words that may name a speaker: capitalised words, particles and descriptor words
    joined by single spaces. Most sentences hold no multi-word name: their runs are built in the
    one pass over the words, without listing the words first."""
    phrases = _phrase_spans(text)
    if phrases:
        return _runs(_phrase_tokens(text, phrases), text)
    runs: list[list[Tok]] = []
    current: list[Tok] = []
    current_end = -2
    for m in _TOKEN_RE.finditer(text):
        found = _word_in_runs(m.group())
        if found is None:
            continue
        form, opens, continues = found
        if form == "state" and current and current[-1].text == "of":
            continues = True  # "the US secretary of state", "the Nigerien head of state": the office's own words
        start = m.start()
        # one space between the two words (compared without slicing the gap out)
        if current and not (start == current_end + 1 and text[start - 1] == " "):
            runs.append(current)
            current = []
        if continues if current else opens:
            current_end = start + len(form)
            current.append(_new_tok(Tok, (start, current_end, form)))
        elif current:
            runs.append(current)
            current = []
    if current:
        runs.append(current)
    return _cleaned_runs(runs, text)


def _runs(tokens: list[Tok], text: str) -> list[list[Tok]]:
    runs: list[list[Tok]] = []
    current: list[Tok] = []
    for tok in tokens:
        # one space between the two words (compared without slicing the gap out)
        joined = bool(current) and tok.start == current[-1].end + 1 and text[tok.start - 1] == " "
        if current and not joined:
            runs.append(current)
            current = []
        if _membership(tok.text)[bool(current)] or (tok.text == "state" and current and current[-1].text == "of"):
            current.append(tok)
        else:
            if current:
                runs.append(current)
            current = []
    if current:
        runs.append(current)
    return _cleaned_runs(runs, text)


def _portfolio_open(run: list[Tok], opener: str = "for") -> bool:
    """Whether a run ends inside a title's portfolio: "Under-Secretary-General for Political" (at most two
    capitalised words after "for", none of them a known name)."""
    texts = [t.text for t in run[-4:]]
    if opener not in texts[:-1]:
        return False
    f = len(texts) - 1 - texts[::-1].index(opener)
    return (
        f >= 1 and f >= len(texts) - 3 and TITLES_LOWER.get(texts[f - 1].lower()) is not None
        and all(t[:1].isupper() for t in texts[f + 1 :]) and not known_person(" ".join(texts[f + 1 :]))
    )


def _joined_portfolios(runs: list[list[Tok]], text: str) -> list[list[Tok]]:
    """"Under-Secretary-General for Political and Peacebuilding Affairs Rosa Lind": the portfolio's "and"
    does not end the title's run, so the name after the portfolio keeps the title."""
    out = runs[:1]
    skip = 0
    for i, run in enumerate(runs[1:], 1):
        if skip:
            skip -= 1
            continue
        prev = out[-1]
        end = prev[-1].end
        if run[0].start == end + 2 and text.startswith(", ", end) and len(runs) > i + 1 and (
            _portfolio_open(prev) or _portfolio_open(prev, "of")
        ):
            listed = _listed_portfolio(runs, i, text)
            if listed is not None:
                # "Minister for Enterprise, Trade and Employment X": each comma of the portfolio read as its "and"
                parts, skip = listed
                for part in parts:
                    prev = [*prev, _new_tok(Tok, (part[0].start - 2, part[0].start - 1, "and")), *part]
                out[-1] = prev
                continue
        if run[0].start == end + 5 and text.startswith(" and ", end) and run[0].text[:1].isupper() and _portfolio_open(prev):
            out[-1] = [*prev, _new_tok(Tok, (end + 1, end + 4, "and")), *run]
        elif run[0].start == end + 9 and text.startswith(" and the ", end) and run[0].text[:1].isupper() and _portfolio_open(prev):
            # "Minister for Asia and the Middle East X"
            out[-1] = [*prev, _new_tok(Tok, (end + 1, end + 4, "and")), _new_tok(Tok, (end + 5, end + 8, "the")), *run]
        else:
            out.append(run)
    return out


def _listed_portfolio(runs: list[list[Tok]], i: int, text: str) -> tuple[list[list[Tok]], int] | None:
    """The runs from ``runs[i]`` on that go on a portfolio listed with commas, up to the part after its closing
    "and" ("..., Trade, Tourism and Investment Ana Ruiz"), and how many runs after ``runs[i]`` they take; None
    unless each part before the "and" is one to three capitalised words ending in a portfolio word."""
    parts = [runs[i]]
    j = i
    while True:
        part = parts[-1]
        if not (len(part) <= 3 and all(t.text[:1].isupper() for t in part) and without_possessive(part[-1].text).lower() in PORTFOLIO_CLOSERS):
            return None
        if j + 1 >= len(runs) or len(parts) > 6:
            return None
        nxt, end = runs[j + 1], part[-1].end
        if (nxt[0].start == end + 5 and text.startswith(" and ", end)) or (nxt[0].start == end + 6 and text.startswith(", and ", end)):
            return ([*parts, nxt], j + 1 - i) if nxt[0].text[:1].isupper() else None
        if not (nxt[0].start == end + 2 and text.startswith(", ", end)):
            return None
        parts.append(nxt)
        j += 1


def _cleaned_runs(runs: list[list[Tok]], text: str = "") -> list[list[Tok]]:
    """Runs without leading sentence words ("The", "But"), a lone one, or trailing small words."""
    if len(runs) > 1 and " and " in text:
        runs = _joined_portfolios(runs, text)
    cleaned = []
    # asked once per text, not per run: on a long line each "in" scans the whole text
    peer_titles = "of" in text and ("Lord" in text or "Baroness" in text)
    for run in runs:
        if len(run) > 2 and run[1].text == "do" and (run[0].text in STOP_CAPS or run[0].text in QUESTION_CAPS):
            run = run[2:]  # "Why do Kenya and ...", "Nor do Paris ...": the verb, not the particle of "Joao do Rosario"
        while run and run[0].text in STOP_CAPS and len(run) > 1:
            if run[0].text == "The" and run[1].text in _THE_PLACE_WORDS:
                break  # "The Hague struck a warier tone": "The" is part of the capital's name
            if (
                run[0].text in MONTH_NAME_ENDINGS and run[0].end + 1 == run[1].start and run[1].text not in STOP_CAPS
                and not is_descriptor(run[1].text) and (len(run) == 2 or known_person(f"{run[0].text} {run[1].text}") or is_descriptor(run[2].text))
            ):
                break  # "Jan Kowalski, the Polish foreign minister,": a month's short name opening a name is a first name
            run = run[1:]
        if len(run) > 2 and run[1].text in ("the", "a", "an") and run[0].text.endswith("ing") and run[0].text[:1].isupper():
            run = run[2:]  # "Briefing the Council, X": an opening participle and its object's article are no name
        if len(run) == 1 and run[0].text in STOP_CAPS:
            continue
        if len(run) > 2 and any(t.text == "the" for t in run[1:4]):
            place, run = _place_opening(run, text)  # "In Ankara the presidency's spokesman X": the place, then the speaker
            if place:
                cleaned.append(place)
        if len(run) >= 3 and peer_titles:
            run = _with_peer_title(run, text)
        while run and run[-1].text.lower() in _RUN_TAIL_DROP:
            run = run[:-1]
        if run:
            cleaned.append(run)
    return cleaned


# "In Lima the minister ...", "From Seoul the ...": a place opening the sentence without its comma
_PLACE_OPENER_RE = re.compile(r"(?:^|\W)(?:[Ii]n|[Ff]rom|[Aa]t)\s$")


def _place_opening(run: list[Tok], text: str) -> tuple[list[Tok], list[Tok]]:
    """``run`` cut after the country or capital opening it when "the" follows and "in", "from" or "at" comes
    before ("In Ankara the presidency's spokesman X said", a broadcast's sentence without its comma): the place and
    the rest, else nothing and ``run``."""
    k = next(i for i, t in enumerate(run) if t.text == "the" and i)
    place = " ".join(t.text for t in run[:k])
    if k + 1 < len(run) and (place in CAPITALS or place in COUNTRY_NAMES) and _PLACE_OPENER_RE.search(text, max(0, run[0].start - 6), run[0].start):
        return run[:k], run[k + 1 :]
    return [], run


def _with_peer_title(run: list[Tok], text: str) -> list[Tok]:
    """``run`` opened by the peer's courtesy title before it when a territorial designation follows the name
    ("Lord Ahmed of Glenrothes"): the title, a sentence word left out of runs, tells the "of" from a title's."""
    if run[0].start < 5 or not any(t.text == "of" for t in run[1:3]):
        return run
    before = text[max(0, run[0].start - 10) : run[0].start]
    word = before.split()[-1] if before.strip() else ""
    if word in PEER_TITLES and before.endswith(word + " "):
        start = run[0].start - len(word) - 1
        return [_new_tok(Tok, (start, start + len(word), word)), *run]
    return run

