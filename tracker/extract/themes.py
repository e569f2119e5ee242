"""Theme matching against the lexicon in ``data/themes.toml``."""

from __future__ import annotations

import re

from tracker.extract.lexicon import THEME_LEXICON
from tracker.extract.patterns import first_letters


def _compile(terms: list[str]) -> re.Pattern[str] | None:
    # Matched against lower-cased text (faster than IGNORECASE); the terms are lower-cased too.
    if not terms:
        return None
    lowered = [t.lower() for t in terms]
    return re.compile(first_letters(lowered) + r"(?<![\w-])(?:" + "|".join(f"(?:{t})" for t in lowered) + r")(?![\w-])")


def _split(terms: list[str]) -> tuple[re.Pattern[str] | None, re.Pattern[str] | None]:
    """Proper-name terms ("China", "NATO") and common words ("economic", "democratic")."""
    proper = [t for t in terms if t[:1].isupper()]
    common = [t for t in terms if not t[:1].isupper()]
    return _compile(proper), _compile(common)


THEME_PATTERNS: dict[str, tuple[re.Pattern[str] | None, re.Pattern[str] | None]] = {
    key: _split(spec["terms"]) for key, spec in THEME_LEXICON.items()
}


def _anchor(term: str) -> str | None:
    """A literal piece every match of ``term`` contains (its plain-letter opening), if any."""
    m = re.match(r"[a-z ]+", term.lower())
    if not m:
        return None
    text = m.group()
    if term[len(text) : len(text) + 1] in ("?", "*", "{"):
        text = text[:-1]  # "alliances?": the last letter is optional
    return text if len(text) >= 2 else None


def _anchors(terms: list[str]) -> tuple[str, ...] | None:
    found = [_anchor(t) for t in terms]
    return None if any(a is None for a in found) else tuple(found)


# A cheap look before the regular expressions: most themes cannot match most texts.
THEME_ANCHORS: dict[str, tuple[str, ...] | None] = {key: _anchors(spec["terms"]) for key, spec in THEME_LEXICON.items()}
# the anchors of a theme as one pattern: one C scan of the text instead of one ``in`` per anchor
THEME_ANCHOR_RES: dict[str, re.Pattern[str] | None] = {
    key: re.compile("|".join(re.escape(a) for a in anchors)) if anchors is not None else None
    for key, anchors in THEME_ANCHORS.items()
}
THEME_SKIP: dict[str, frozenset[str]] = {key: frozenset(spec.get("skip_for", ())) for key, spec in THEME_LEXICON.items()}
_SENTENCE_OPENERS = frozenset(".!?\"'\u201c\u2018(:;\u2026")
# Words that name parties and forums when capitalised ("Democratic Progressive Party",
# "Asia-Pacific Economic Cooperation"); other capitalised terms ("US-ROK Alliance",
# "Washington Summit") still carry their theme.
NAME_SENSITIVE = frozenset({"democratic", "democrats", "democrat", "economic", "economy"})


def _inside_a_name(text: str, start: int) -> bool:
    """A common word written with a capital in mid-sentence is part of a name ("Democratic Party")."""
    if not text[start].isupper():
        return False
    k = start - 1
    while k >= 0 and text[k].isspace():
        k -= 1
    return k >= 0 and text[k] not in _SENTENCE_OPENERS


def match_themes(text: str, *, speaker_country: str | None = None) -> dict[str, list[str]]:
    """Theme key -> the distinct terms found in ``text`` (the speaker's own words).

    A theme listed with ``skip_for`` the speaker's country is not set (a Chinese speaker
    naming China does not make the ``china`` theme). Common words that are part of a name
    ("Democratic Progressive Party", "Asia-Pacific Economic Cooperation") do not count.
    """
    found: dict[str, list[str]] = {}
    low = text.lower()
    for key, (proper, common) in THEME_PATTERNS.items():
        if speaker_country and speaker_country in THEME_SKIP[key]:
            continue
        anchors = THEME_ANCHOR_RES[key]
        first = 0
        if anchors is not None:
            opening = anchors.search(low)
            if opening is None:
                continue
            first = opening.start()  # every term opens with an anchor: no match starts earlier
        terms: list[str] = []
        for pattern, check_case in ((proper, False), (common, True)):
            if pattern is None:
                continue
            for m in pattern.finditer(low, first):
                if check_case and m.group() in NAME_SENSITIVE and _inside_a_name(text, m.start()):
                    continue
                if m.group() not in terms:
                    terms.append(m.group())
        if terms:
            found[key] = terms
    return found
