"""The kind of a reaction: congratulation, welcome, concern, criticism or other."""

from __future__ import annotations

import re

_CRITICISM_RE = re.compile(
    r"\b(?:condemn\w*|criticis\w*|criticiz\w*|denounc\w*|oppos(?:e|es|ed|ing|ition)|protest\w*|"
    r"interference|interfere\w*|violat\w*|not free or fair|neither free nor fair|play with fire|"
    r"dissatisf\w*|representations|wrong signal|wrong practices|fraudulent|illegitimate|rebuk\w*|"
    r"slam\w*|reject\w*|deplor\w*|hit back|accus\w*)\b",
    0,
)
_CONCERN_RE = re.compile(r"\b(?:concern\w*|worr\w*|alarm\w*|no expectation|uneas\w*|caution\w*)\b")
_CONGRATULATION_RE = re.compile(
    r"\b(?:congratulat\w*|felicitat\w*|best wishes|good wishes|well wishes|warm wishes|greetings|"
    r"wished (?:him|her) (?:every )?success)\b",
    0,
)
_WELCOME_RE = re.compile(r"\b(?:welcom\w*|hail\w*|prais\w*|applaud\w*|commend\w*)\b")


def classify_kind(text: str) -> str:
    """Pick the kind from the speaker's attributed sentences (criticism outranks concern, and so on)."""
    text = text.lower()  # the patterns are lower case: faster than IGNORECASE
    criticism = len(_CRITICISM_RE.findall(text))
    concern = len(_CONCERN_RE.findall(text))
    if _CONGRATULATION_RE.search(text) and criticism < 2:
        return "congratulation"
    if criticism and criticism >= concern:
        return "criticism"
    if concern:
        return "concern"
    if _WELCOME_RE.search(text):
        return "welcome"
    return "other"
