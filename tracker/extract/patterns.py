"""Alternations of many literal words compiled as a trie, which Python's ``re`` matches far faster.

``alternation(["Sen.", "Senate", "Senator"])`` gives ``Sen(?:ator|ate|\\.)``: at each position the
engine follows the text through the trie instead of trying every word in turn. Like an alternation
sorted longest first, it prefers the longest word that matches (a longer path is tried before a
shorter word ends), and backtracks to a shorter one when what follows does not fit.
"""

from __future__ import annotations

import re
from collections.abc import Iterable


def alternation(words: Iterable[str], *, lower: bool = False, not_after: str | None = None) -> str:
    """A regular expression (no outer group) matching any of ``words`` literally.

    ``not_after`` (a one-character class such as ``[\\w-]``) makes it match only where the text
    before the word is not of that class, like a leading ``(?<![\\w-])``; the check sits after
    each word's first letter, so the pattern still opens with plain letters and ``re`` can skip
    ahead to them in C instead of trying the look-behind at every position.
    """
    trie: dict = {}
    for word in words:
        if lower:
            word = word.lower()
        if not word:
            continue
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = True
    if not trie:
        return "(?!)"
    if not_after is None:
        return _pattern(trie)
    # "X(?<!C.)": after the first letter X, the character before X is not of class C
    branches = [re.escape(ch) + f"(?<!{not_after}.)" + _pattern(child) for ch, child in sorted(trie.items()) if ch != ""]
    return "(?:" + "|".join(branches) + ")"


def top_level_parts(term: str) -> tuple[list[str], int]:
    """The ``|``-separated parts of ``term`` outside any group or class, and where its first
    group closes (-1 if it has none); escapes are skipped."""
    parts, depth, in_class, last, first_close, i = [], 0, False, 0, -1, 0
    while i < len(term):
        ch = term[i]
        if ch == "\\":
            i += 2
            continue
        if in_class:
            in_class = ch != "]"
        elif ch == "[":
            in_class = True
        elif ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
            if depth == 0 and first_close < 0:
                first_close = i
        elif ch == "|" and depth == 0:
            parts.append(term[last:i])
            last = i + 1
        i += 1
    parts.append(term[last:])
    return parts, first_close


def first_letters(terms: Iterable[str]) -> str:
    """A look-ahead on the letters every match of ``terms`` (regular expressions) opens with,
    ``(?=[aeu])``, or "" when some term's opening is not a plain letter.

    Put before a pattern's leading word-boundary check: in prose, where letters are dense, the
    engine rejects most positions on one character test instead of the look-behind.
    """
    letters: set[str] = set()
    pending = list(terms)
    while pending:
        term = pending.pop()
        parts, first_close = top_level_parts(term)
        if len(parts) > 1:
            pending.extend(parts)
            continue
        if term.startswith("(?:"):
            # "(?:economic|mutual) growth": each alternative of the opening group; the group
            # must not be optional
            if first_close < 0 or term[first_close + 1 : first_close + 2] in ("?", "*", "{"):
                return ""
            pending.extend(top_level_parts(term[3:first_close])[0])
            continue
        if not (term[:1].isascii() and term[:1].isalpha()) or term[1:2] in ("?", "*", "{", ""):
            return ""
        letters.add(term[0])
    return "(?=[" + "".join(sorted(letters)) + "])" if letters else ""


def _pattern(node: dict) -> str:
    ends = "" in node
    branches = [re.escape(ch) + _pattern(child) for ch, child in sorted(node.items()) if ch != ""]
    if not branches:
        return ""
    # longer continuations first; single characters collapse into a class
    singles = [b for b in branches if len(b) == 1 or (len(b) == 2 and b[0] == "\\")]
    multi = [b for b in branches if b not in singles]
    parts = sorted(multi, key=len, reverse=True)
    if len(singles) == 1:
        parts.append(singles[0])
    elif singles:
        parts.append("[" + "".join(singles) + "]")
    body = parts[0] if len(parts) == 1 else "(?:" + "|".join(parts) + ")"
    if ends:
        return "(?:" + body + ")?" if (len(parts) > 1 or len(body) > 1) else body + "?"
    return body
