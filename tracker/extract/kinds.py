"""The kind of a reaction: congratulation, welcome, concern, criticism or other (terms in data/kinds.toml)."""

from __future__ import annotations

import re

from tracker.extract.lexicon import KIND_LEXICON
from tracker.extract.patterns import first_letters


def _compile(terms: list[str]) -> re.Pattern[str]:
    # lower-case patterns on lower-cased text: faster than IGNORECASE
    lowered = [t.lower() for t in terms]
    return re.compile(first_letters(lowered) + r"\b(?:" + "|".join(lowered) + r")\b")


KIND_PATTERNS: dict[str, re.Pattern[str]] = {kind: _compile(spec["terms"]) for kind, spec in KIND_LEXICON.items()}


def _count(kind: str, low: str) -> int:
    pattern = KIND_PATTERNS.get(kind)
    return len(pattern.findall(low)) if pattern is not None else 0


def _found(kind: str, low: str) -> bool:
    pattern = KIND_PATTERNS.get(kind)
    return pattern is not None and pattern.search(low) is not None


def classify_kind(text: str) -> str:
    """Pick the kind from the speaker's attributed sentences.

    Several criticism words outweigh a congratulation ("congratulated ..., but condemned
    and protested ..."); otherwise congratulation, criticism, concern, welcome, other.
    """
    low = text.lower()
    # each count is taken only when the decision reaches it (most rows stop at the first)
    criticism = None
    if _count("congratulation", low):
        criticism = _count("criticism", low)
        if criticism < 2:
            return "congratulation"
    if criticism is None:
        criticism = _count("criticism", low)
    if criticism and criticism >= _count("concern", low):
        return "criticism"
    if _found("concern", low):
        return "concern"
    if _found("welcome", low):
        return "welcome"
    return "other"
