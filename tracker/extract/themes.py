"""Theme matching against the lexicon in ``data/themes.toml``."""

from __future__ import annotations

import re

from tracker.extract.lexicon import THEME_LEXICON


def _compile(terms: list[str]) -> re.Pattern[str]:
    # Matched against lower-cased text (faster than IGNORECASE); the terms are lower-cased too.
    return re.compile(r"(?<![\w-])(?:" + "|".join(f"(?:{t.lower()})" for t in terms) + r")(?![\w-])")


THEME_PATTERNS: dict[str, re.Pattern[str]] = {key: _compile(spec["terms"]) for key, spec in THEME_LEXICON.items()}
THEME_SKIP: dict[str, frozenset[str]] = {key: frozenset(spec.get("skip_for", ())) for key, spec in THEME_LEXICON.items()}


def match_themes(text: str, *, speaker_country: str | None = None) -> dict[str, list[str]]:
    """Theme key -> the distinct terms found in ``text`` (the speaker's own words).

    A theme listed with ``skip_for`` the speaker's country is not set (a Chinese speaker
    naming China does not make the ``china`` theme).
    """
    found: dict[str, list[str]] = {}
    text = text.lower()
    for key, pattern in THEME_PATTERNS.items():
        if speaker_country and speaker_country in THEME_SKIP[key]:
            continue
        terms: list[str] = []
        for m in pattern.finditer(text):
            term = m.group().lower()
            if term not in terms:
                terms.append(term)
        if terms:
            found[key] = terms
    return found
