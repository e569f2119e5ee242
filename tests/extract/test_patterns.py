"""A trie alternation matches exactly what a longest-first alternation of the same words matches."""

import random
import re

import pytest

from tracker.extract.lexicon import CAPITALS, COUNTRY_NAMES, DEMONYMS, TITLES
from tracker.extract.patterns import alternation


def _longest_first(words) -> str:
    return "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))


@pytest.mark.parametrize(
    "words",
    [
        ["Sen.", "Senate", "Senator", "Sen"],
        ["a-b", "a]", "x^y", "q\\r", "a.b", "é", "ab", "abc", "abd", "a"],
        [*COUNTRY_NAMES, *DEMONYMS, *CAPITALS, *TITLES],
    ],
)
def test_trie_alternation_finds_the_same_matches(words):
    rng = random.Random(7)
    text = " ".join(rng.choice([*words, "foo", "and", "the", "Senators", "ab-c"]) for _ in range(3000))
    plain = re.compile(rf"(?<![\w-])(?:{_longest_first(words)})(?![\w-])")
    trie = re.compile(rf"(?<![\w-])(?:{alternation(words)})(?![\w-])")
    assert [m.span() for m in trie.finditer(text)] == [m.span() for m in plain.finditer(text)]


def test_empty_alternation_matches_nothing():
    assert re.search(alternation([]), "anything") is None
