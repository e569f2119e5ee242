"""Attribution verbs in a sentence ("said", "congratulated", "weighed in") outside quotations, and which of them are no act of the subject (passive, negated, observed, inverted)."""

from __future__ import annotations

import re
from bisect import bisect_left
from functools import lru_cache
from operator import attrgetter
from typing import NamedTuple

from tracker.extract.lexicon import (
    INVERTED_SUBJECT_WORDS,
    INVERTED_VERBS,
    MEETING_NOUNS,
    MEETING_VERBS,
    NARRATIVE,
    REACTION_VERBS,
    SPEECH_VERBS,
)
from tracker.extract.patterns import alternation

_ALL_VERBS = SPEECH_VERBS | REACTION_VERBS | MEETING_VERBS | INVERTED_VERBS
# bare forms that are verbs only after "did" and a subject ("congratulate", "say" are verbs anywhere)
_INVERTED_ONLY = INVERTED_VERBS - SPEECH_VERBS - REACTION_VERBS - MEETING_VERBS
# "Only on Thursday did the Israeli premier send", "Not until Friday does Lima express": a subject after "did" or
# "does", before the bare verb (searched in a window before it)
_INVERTED_SUBJECT_RE = re.compile(
    r"\b(?:did|does)\s+(?:(?:the|its|his|her|their)\s+)?"
    r"(?:(?:[A-Z][\w\u00C0-\u024F.'\u2019-]*|" + alternation(INVERTED_SUBJECT_WORDS) + r")\s+){1,8}$"
)
INVERTED_WINDOW = 90
# "convened (on Monday) an extraordinary virtual summit": a meeting verb's object, a few words on, before a comma
_MEETING_OBJECT_RE = re.compile(r"(?:\s+[\w'\u2019-]+){0,5}?\s+(?:" + alternation(MEETING_NOUNS) + r")s?\b")

# "(?<![A-Za-z])[a-z]+(?![A-Za-z])" written to open with a character class, which re skips to in C
_LOWER_WORD_RE = re.compile(r"[a-z](?<![A-Za-z].)[a-z]*+(?![A-Za-z])")
_PASSIVE_AUX = frozenset("is was were are be been being".split())
_CLAUSE_MARKS = (",", ";", "#", '"', "\u201d")
# "was seen / pictured / filmed ... doing": what an onlooker saw, no reaction given
_OBSERVED_WORDS = frozenset(("seen", "pictured", "photographed", "filmed", "spotted", "shown"))
_NEGATIONS = frozenset("not never t declined refused yet failed nor".split())
# "posted nothing", "sent no message": the object denies the act (matched at the verb's end)
_NOTHING_AFTER_RE = re.compile(
    r"\s+(?:nothing|no\s+(?:statement|comment|message|word|reaction|response|congratulations|greetings?|letter|post|public)s?\b)"
)
# (blanked quotes are "#" runs)
_DECLARED_THING_RE = re.compile(r"\s+(?:a|an)\s+(?:[a-z\-]+\s+){0,2}(?:state\s+of\s+emergency|#+|curfew|ceasefire|holiday|national\s+holiday)")
_SPEECH_WORDS = SPEECH_VERBS | {"wrote", "posted", "told", "added"}
# "so-", "self-" right before a verb form: a compound adjective ("so-called"), searched in the few characters before it
_COMPOUND_OPENER_RE = re.compile(r"(?<![A-Za-z])(?:" + alternation(NARRATIVE["compound_openers"]) + r")-$", re.IGNORECASE)


class Verb(NamedTuple):
    start: int
    end: int
    word: str
    speech: bool


# Every verb form in one pattern (pairs such as "weighed in" first), bounded like _LOWER_WORD_RE.
# It is searched in the text after one added space, matching the character before the verb too
# (group 1 is the verb): opening with a character class, re skips in C to the next non-letter,
# where a word can start, instead of trying the look-behind at every letter (~7% faster scan).
_VERB_RE = re.compile(
    r"[^A-Za-z](?=[" + "".join(sorted({re.escape(v[0]) for v in _ALL_VERBS})) + r"])(" + alternation(_ALL_VERBS) + r")(?![A-Za-z])"
)


def find_verbs(masked: str) -> list[Verb]:
    """Attribution verbs outside quotations ("said", "wrote", "congratulated", "weighed in")."""
    return list(_verbs_of(masked))


# a verb right at a position (as _VERB_RE finds it after the space added before the text)
_VERB_SPAN = max(map(len, _ALL_VERBS)) + 2
_VERB_AT_RE = re.compile(r"(" + alternation(_ALL_VERBS) + r")(?![A-Za-z])")


def _last_lower_words(text: str, end: int, low: int = 0) -> list[str]:
    """The last two lower-case words of ``text[low:end]``: looked for in the 60 characters before
    ``end`` first, then in windows growing back towards ``low`` (the look-behind sees the character
    before a window, so a word cut by the window's start is not taken): reading all of a long line
    before each verb made it quadratic."""
    width = 60
    while True:
        start = max(low, end - width)
        found = _LOWER_WORD_RE.findall(text, start, end)
        if len(found) >= 2 or start == low:
            return found[-2:]
        width *= 4


def verbs_between(masked: str, low: int, high: int, stop: int | None = None):
    """The verbs ``find_verbs(masked[low:high])`` finds, one at a time and with offsets in ``masked``,
    read in place (no copy of the piece); none starting after ``stop``. Checking a clause of a long
    line for its first verb then costs the clause's length, not the line's."""
    if low > 0 and ("A" <= masked[low - 1] <= "Z" or "a" <= masked[low - 1] <= "z"):
        # the look-behinds would see the letter before the piece: read a copy, as find_verbs does
        for v in _verbs_of(masked[low:high]):
            if stop is not None and v.start + low > stop:
                return
            yield Verb(v.start + low, v.end + low, v.word, v.speech)
        return
    first = _VERB_AT_RE.match(masked, low, high)
    # with a stop, the scan ends a verb's length past it: a verb starting by then is read whole
    # (and its closing look-ahead sees the real next character); later ones are not wanted
    scan_end = high if stop is None else min(high, stop + _VERB_SPAN)
    matches = _VERB_RE.finditer(masked, first.end() if first else low, scan_end)
    for m in matches if first is None else _chain_first(first, matches):
        word = m.group(1)
        start, end = m.start(1), m.end(1)
        if stop is not None and start > stop:
            return
        before = _last_lower_words(masked, start, low)
        if before and (before[-1] in _PASSIVE_AUX or not _NEGATIONS.isdisjoint(before)):
            # only words of the verb's own clause count: 'the border was "####", telephoned'
            cut = max(masked.rfind(c, max(low, start - 60), start) for c in _CLAUSE_MARKS)
            if cut >= 0:
                before = _LOWER_WORD_RE.findall(masked, cut, start)[-2:]
            if before and (before[-1] in _PASSIVE_AUX or not _NEGATIONS.isdisjoint(before)):
                continue  # "has not commented", "was congratulated by", "declined to"
        if before and before[-1] == "of" and word.endswith("ing"):
            continue  # "by the time of writing", "the act of saying": a gerund after "of" is no one's act
        if len(before) == 2 and before[0] in _PASSIVE_AUX and before[1] in _OBSERVED_WORDS:
            continue  # "was seen congratulating his own team", "was pictured hailing": a scene, not words
        if before and before[-1] == "of" and word == "writing" and before[-2:-1] == ["time"]:
            continue  # "by the time of writing": the reporter's moment, nobody's words
        if start > low and masked[start - 1] == "-" and _COMPOUND_OPENER_RE.search(masked, max(low, start - 12), start):
            continue  # "the so-called trigger", "a self-declared envoy": an adjective, no act
        if end < high and masked[end] == " " and _NOTHING_AFTER_RE.match(masked, end, high):
            continue
        if word == "declared" and _DECLARED_THING_RE.match(masked, end, high):
            continue  # "declared a state of emergency", "declared a \"council\" in power": an act, no words
        if word in MEETING_VERBS and not _MEETING_OBJECT_RE.match(masked, end, high):
            continue  # "the Council convened this afternoon": the body met, it did not react
        if word in _INVERTED_ONLY and not _INVERTED_SUBJECT_RE.search(masked, max(low, start - INVERTED_WINDOW), start):
            continue  # "an offer", "to send troops": the bare form only acts after "did" and its subject
        yield Verb(start, end, word, word in _SPEECH_WORDS)


def _chain_first(first: re.Match | None, matches):
    """``first`` (if any), then ``matches``."""
    if first is not None:
        yield first
    yield from matches


@lru_cache(maxsize=16384)
def _verbs_of(masked: str) -> tuple[Verb, ...]:
    return tuple(verbs_between(masked, 0, len(masked)))


_APPOSITIVE_AFTER_RE = re.compile(r",\s+(?:a|an|the)\s+[^,#\"]{1,80},")
_ADVERB_WORDS = frozenset(
    "also then later separately again further quickly publicly meanwhile too had has have already earlier once was were is".split()
)


verb_start = attrgetter("start")


def speech_verb_after(masked: str, pos: int, verbs: list[Verb]) -> Verb | None:
    """The speech verb that directly follows ``pos`` (adverbs such as "also" may sit between)."""
    appositive = _APPOSITIVE_AFTER_RE.match(masked, pos)
    if appositive:
        pos = appositive.end()  # "Faisal bin Farhan, the Saudi foreign minister, wrote"
    # the first verb at or after pos (verbs are in text order): found by halving, not by walking
    # past every earlier verb of a long sentence
    at = bisect_left(verbs, pos, key=verb_start)
    for verb in verbs[at : at + 1]:
        gap = masked[pos : verb.start].replace(",", " ").split()
        if all(w in _ADVERB_WORDS for w in gap):
            return verb if verb.speech else None
        return None
    return None

