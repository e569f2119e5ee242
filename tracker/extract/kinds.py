"""The kind of a reaction: congratulation, welcome, concern, criticism or other (terms in data/kinds.toml)."""

from __future__ import annotations

import re

from tracker.extract.lexicon import KIND_LEXICON


def _compile(terms: list[str]) -> re.Pattern[str]:
    # lower-case patterns on lower-cased text: faster than IGNORECASE
    return re.compile(r"\b(?:" + "|".join(t.lower() for t in terms) + r")\b")


KIND_PATTERNS: dict[str, re.Pattern[str]] = {kind: _compile(spec["terms"]) for kind, spec in KIND_LEXICON.items()}


def classify_kind(text: str) -> str:
    """Pick the kind from the speaker's attributed sentences.

    Several criticism words outweigh a congratulation ("congratulated ..., but condemned
    and protested ..."); otherwise congratulation, criticism, concern, welcome, other.
    """
    low = text.lower()
    counts = {kind: len(pattern.findall(low)) for kind, pattern in KIND_PATTERNS.items()}
    if counts.get("congratulation") and counts.get("criticism", 0) < 2:
        return "congratulation"
    if counts.get("criticism") and counts["criticism"] >= counts.get("concern", 0):
        return "criticism"
    if counts.get("concern"):
        return "concern"
    if counts.get("welcome"):
        return "welcome"
    return "other"
