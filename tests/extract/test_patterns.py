"""A trie alternation matches exactly what a longest-first alternation of the same words matches."""

import random
import re

import pytest

from tracker.extract.lexicon import CAPITALS, COUNTRY_NAMES, DEMONYMS, TITLES
from tracker.extract.patterns import alternation, first_letters, top_level_parts


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


@pytest.mark.parametrize(
    "words",
    [
        ["Sen.", "Senate", "Senator", "Sen", "S"],
        ["a-b", "a]", "x^y", "a.b", "é", "ab", "abc", "a"],
        [*COUNTRY_NAMES, *DEMONYMS, *CAPITALS, *TITLES],
    ],
)
def test_word_start_check_inside_the_trie_finds_the_same_matches(words):
    rng = random.Random(11)
    # glued words ("xSenate", "-Senate", "_Senate") must not match, a line start must
    text = "".join(
        rng.choice(["", " ", "-", "x", "_", "\n", "9", ", "]) + rng.choice([*words, "foo", "Senators"]) for _ in range(3000)
    )
    before = re.compile(rf"(?<![\w-])(?:{alternation(words)})(?![\w-])")
    inside = re.compile(r"(?:" + alternation(words, not_after=r"[\w-]") + r")(?![\w-])")
    assert [m.span() for m in inside.finditer(text)] == [m.span() for m in before.finditer(text)]


@pytest.mark.parametrize(
    "terms, lookahead",
    [
        (["alliances?", "allies", "NATO".lower()], "(?=[an])"),
        (["(?:economic|mutual) growth", "trade"], "(?=[emt])"),
        (["ab|cd"], "(?=[ac])"),
        (["(?:ab|cd)? growth"], ""),  # the group may be skipped: the match can open with " growth"
        (["a?b"], ""),
        (["\\d+ years"], ""),
        (["[ab]c"], ""),
    ],
)
def test_first_letters_of_terms(terms, lookahead):
    assert first_letters(terms) == lookahead


def test_first_letters_lookahead_keeps_every_match():
    terms = ["condemn\\w*", "oppos(?:e|es|ed)", "not free or fair", "(?:economic|mutual) growth", "u\\.s"]
    text = "we condemn and oppose it; not free or fair; mutual growth, economic growth; the u.s. said; xcondemn"
    plain = re.compile(r"\b(?:" + "|".join(terms) + r")\b")
    fast = re.compile(first_letters(terms) + plain.pattern)
    assert [m.span() for m in fast.finditer(text)] == [m.span() for m in plain.finditer(text)]
    assert len(plain.findall(text)) == 6


@pytest.mark.parametrize(
    "term, parts, first_close",
    [
        ("alliances?", ["alliances?"], -1),
        ("china|chinese", ["china", "chinese"], -1),
        ("(?:economic|mutual) growth", ["(?:economic|mutual) growth"], 18),  # "|" inside a group
        ("(?:a|(?:b|c))d|e", ["(?:a|(?:b|c))d", "e"], 12),  # the outer group's close
        (r"u\.s\.|\(x|y\)", [r"u\.s\.", r"\(x", r"y\)"], -1),  # escaped brackets open no group
        ("[|]a|b", ["[|]a", "b"], -1),  # "|" inside a class
    ],
)
def test_top_level_parts_splits_only_outside_groups_and_classes(term, parts, first_close):
    assert top_level_parts(term) == (parts, first_close)
