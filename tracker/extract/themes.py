"""Theme matching against the lexicon in ``data/themes.toml``."""

from __future__ import annotations

import re

from tracker.extract.lexicon import COUNTRY_NAMES, ORGANIZATIONS, THEME_LEXICON
from tracker.extract.patterns import alternation, first_letters, top_level_parts

# "{country}" in a term stands for any country's name or alias ("a summit of {country}, {country} and {country}")
_COUNTRY_TERM = "(?:" + alternation(COUNTRY_NAMES, lower=True) + ")"


_COUNTRY_TERM_LOWER = _COUNTRY_TERM.lower()
_COUNTRY_ANCHORS = tuple(dict.fromkeys(n.lower() for n in COUNTRY_NAMES))


def _terms(spec: dict) -> list[str]:
    return [t.replace("{country}", _COUNTRY_TERM) if "{country}" in t else t for t in spec["terms"]]


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
    key: _split(_terms(spec)) for key, spec in THEME_LEXICON.items()
}


def _opening(term: str) -> str | None:
    """The literal opening of a lower-cased term without groups: its letters, spaces and escaped
    punctuation ("alliances?" -> "alliance", "u\\.s\\." -> "u.s."), if at least two characters."""
    chars: list[str] = []
    i = 0
    while i < len(term):
        if term[i] == "\\" and i + 1 < len(term) and not term[i + 1].isalnum():
            chars.append(term[i + 1])
            i += 2
        elif "a" <= term[i] <= "z" or term[i] == " ":
            chars.append(term[i])
            i += 1
        else:
            break
    if chars and term[i : i + 1] in ("?", "*", "{"):
        chars.pop()  # "alliances?": the last letter is optional
    return "".join(chars) if len(chars) >= 2 else None


def _anchors_of(term: str) -> list[str] | None:
    """Literal pieces one of which every match of ``term`` opens with: its plain-letter opening,
    or for a term that opens with a group ("(?:economic|mutual) growth") each alternative's;
    None if some match may open otherwise."""
    term = term.lower()
    if term.startswith(_COUNTRY_TERM_LOWER):
        return list(_COUNTRY_ANCHORS)  # "{country}-{country}-{country}": opens with a country's name
    parts, first_close = top_level_parts(term)
    if len(parts) > 1:
        found = [_anchors_of(p) for p in parts]
        return None if any(f is None for f in found) else [a for f in found for a in f]
    if term.startswith("(?:"):
        if first_close < 0 or term[first_close + 1 : first_close + 2] in ("?", "*", "{"):
            return None  # an optional opening group
        return _anchors_of(term[3:first_close])
    if term.startswith("\\d"):
        return list("0123456789")  # "\d+ years of ties": opens with a digit
    opening = _opening(term)
    return None if opening is None else [opening]


def _anchors(terms: list[str]) -> tuple[str, ...] | None:
    found = [_anchors_of(t) for t in terms]
    return None if any(a is None for a in found) else tuple(dict.fromkeys(a for f in found for a in f))


# A cheap look before the regular expressions: most themes cannot match most texts.
THEME_ANCHORS: dict[str, tuple[str, ...] | None] = {key: _anchors(_terms(spec)) for key, spec in THEME_LEXICON.items()}


def _anchor_scan() -> tuple[re.Pattern[str], re.Pattern[str], dict[str, tuple[str, ...]]]:
    """Every theme's anchors in one pattern, found at every word start (a look-ahead, so anchors
    that overlap are all seen), and for each anchor the themes it opens a match of: those with
    an anchor that is a prefix of it (where the longest anchor is found, its prefixes are too).

    Every term opens a word (see _compile), so only anchors at a word's start count: at the
    text's start (the first pattern, matched there only), or after a character that is neither
    a word character nor a hyphen (the second, which consumes that character: it opens with a
    character class that ``re`` skips to in C, so the letters inside words are passed over
    without a look-ahead tried at each; measured ~15 -> ~8 us per text)."""
    anchors = {a for found in THEME_ANCHORS.values() if found for a in found}
    themes_of = {
        a: tuple(key for key, found in THEME_ANCHORS.items() if found and any(a.startswith(b) for b in found))
        for a in anchors
    }
    words = alternation(anchors)
    return re.compile(f"(?=({words}))"), re.compile(f"[^\\w-](?=({words}))"), themes_of


# one C scan of the text for all themes instead of one per theme (measured: ~56 -> ~31 us per text)
_ANCHOR_AT_START_RE, _ANCHOR_AFTER_RE, _ANCHOR_THEMES = _anchor_scan()


def _anchor_starts(low: str) -> list[tuple[str, int]]:
    """The anchors found in ``low`` and where each starts, in text order."""
    found = [(m.group(1), m.start(1)) for m in _ANCHOR_AFTER_RE.finditer(low)]
    first = _ANCHOR_AT_START_RE.match(low)
    if first is not None:
        found.insert(0, (first.group(1), 0))
    return found


def _not_in(spec: dict) -> re.Pattern[str] | None:
    """The theme's ``not_in`` phrases: a term matched inside one of them does not carry the theme."""
    phrases = [t.replace("{country}", _COUNTRY_TERM) if "{country}" in t else t for t in spec.get("not_in", ())]
    if not phrases:
        return None
    lowered = [t.lower() for t in phrases]
    # (opening with letters, as the terms do: the scan is one character test at most places)
    return re.compile(first_letters(lowered) + r"(?<![\w-])(?:" + "|".join(f"(?:{t})" for t in lowered) + r")(?![\w-])")


THEME_NOT_IN: dict[str, re.Pattern[str] | None] = {key: _not_in(spec) for key, spec in THEME_LEXICON.items()}


# how far a not_in phrase may reach before and after the term it holds (the longest phrase is ~110 characters)
_NOT_IN_REACH = 160


def _outside(matches: list[re.Match[str]], not_in: re.Pattern[str], low: str) -> list[re.Match[str]]:
    """The term matches that open outside every phrase ``not_in`` finds around them (a bounded
    window each: the work stays linear in the text however many terms it holds)."""
    kept = []
    for m in matches:
        for e in not_in.finditer(low, max(0, m.start() - _NOT_IN_REACH), m.end() + _NOT_IN_REACH):
            if e.start() <= m.start() < e.end():
                break
            if e.start() > m.start():
                kept.append(m)
                break
        else:
            kept.append(m)
    return kept


THEME_SKIP: dict[str, frozenset[str]] = {key: frozenset(spec.get("skip_for", ())) for key, spec in THEME_LEXICON.items()}
_SENTENCE_OPENERS = frozenset(".!?\"'\u201c\u2018(:;\u2026")
# Words that name parties, forums, councils and courts when capitalised ("Democratic Progressive Party", "the UN Security
# Council", "a regional Peace and Security Council", "Asia-Pacific Economic Cooperation", "the Constitutional Court",
# "the Civil Protection Brigade", "the regional Court of Human Rights");
# other capitalised terms ("US-ROK Alliance", "Washington Summit") still carry their theme.
NAME_SENSITIVE = frozenset(
    {"democratic", "democrats", "democrat", "economic", "economy", "security", "peace", "constitutional", "military", "human rights"}
)
# ... except names of economic areas and agreements ("the Johor-Singapore Special Economic Zone", "the European Economic
# Area", "the Comprehensive Economic Partnership Agreement"; not "Asia-Pacific Economic Cooperation", a forum)
_ECONOMIC_AREA_RE = re.compile(r"\s+(?:zones?|corridors?|area|(?:(?:partnership|cooperation|integration|trade|framework)\s+)?agreements?)\b")


def _inside_a_name(text: str, start: int, opened: frozenset[int] = frozenset()) -> bool:
    """A common word written with a capital in mid-sentence is part of a name ("Democratic Party"); one that
    opens a quotation (``opened``: where quotation marks were taken out) is not."""
    if not text[start].isupper() or start in opened:
        return False
    k = start - 1
    while k >= 0 and text[k].isspace():
        k -= 1
    return k >= 0 and text[k] not in _SENTENCE_OPENERS


_QUOTE_MARK_RE = re.compile('["\u201c\u201d]')


def _without_quote_marks(text: str) -> tuple[str, frozenset[int]]:
    """``text`` without its double quotation marks, and where each stood in the new text: a phrase the writer
    quotes in part still reads as one ('stood "shoulder to shoulder" with Chile against terrorism')."""
    pieces: list[str] = []
    opened: list[int] = []
    done = 0
    for m in _QUOTE_MARK_RE.finditer(text):
        pieces.append(text[done : m.start()])
        done = m.end()
        opened.append(m.start() - len(opened))
    pieces.append(text[done:])
    return "".join(pieces), frozenset(opened)


def _matches_at(pattern: re.Pattern[str], low: str, starts: list[int]) -> list[re.Match[str]]:
    """The matches ``pattern.finditer(low)`` gives when every match opens at one of ``starts``."""
    found = []
    end = 0
    for start in starts:
        if start >= end:
            m = pattern.match(low, start)
            if m is not None:
                found.append(m)
                end = m.end()
    return found


_COUNTRY_OF = {name.lower(): iso3 for name, iso3 in COUNTRY_NAMES.items()}
# a body may be one of the two ("meetings between the alliance's council and Kyiv": "between NATO and Georgia"); its
# country, if any, is the one it belongs to
_BODY_OF = {name.lower(): org.country for name, org in ORGANIZATIONS.items() if name.lower() not in _COUNTRY_OF}
_PARTY_TERM_LOWER = "(?:" + alternation(list(COUNTRY_NAMES) + list(ORGANIZATIONS), lower=True) + ")"
# "the planned Chile-Peru summit", "talks between Iran and Saudi Arabia", "meetings between NATO and Georgia": a
# meeting two named countries or bodies hold
_PAIR_BEFORE_RE = re.compile(rf"(?<![\w.-])(?P<a>{_COUNTRY_TERM_LOWER})[-\u2013](?P<b>{_COUNTRY_TERM_LOWER})\s+$")
_PAIR_AFTER_RE = re.compile(rf"\s+between (?:the )?(?P<a>{_PARTY_TERM_LOWER}) and (?:the )?(?P<b>{_PARTY_TERM_LOWER})(?![\w-])")
_PAIR_REACH = 60  # how far before a meeting word its two countries may start ("the Saudi Arabia-North Korea ")


def _others_meeting(low: str, m: re.Match[str], speaker_country: str | None) -> bool:
    """A meeting of two named countries, neither of them the speaker's: their summit, not his
    ("ahead of the planned Chile-Peru summit" said in Quito; Lima's own "Chile-Peru summit" stays)."""
    before = _PAIR_BEFORE_RE.search(low, max(0, m.start() - _PAIR_REACH), m.start())
    pair = before or _PAIR_AFTER_RE.match(low, m.end())
    if pair is None:
        return False
    a, b = pair.group("a"), pair.group("b")
    return speaker_country not in (_COUNTRY_OF.get(a, _BODY_OF.get(a)), _COUNTRY_OF.get(b, _BODY_OF.get(b)))


def match_themes(text: str, *, speaker_country: str | None = None) -> dict[str, list[str]]:
    """Theme key -> the distinct terms found in ``text`` (the speaker's own words).

    A theme listed with ``skip_for`` the speaker's country is not set (a Chinese speaker
    naming China does not make the ``china`` theme). A term inside one of the theme's ``not_in``
    phrases does not count ("urged the army to return to barracks" is no security policy), nor
    do common words that are part of a name ("Democratic Progressive Party", "Asia-Pacific
    Economic Cooperation").
    """
    found: dict[str, list[str]] = {}
    opened: frozenset[int] = frozenset()
    if '"' in text or "\u201c" in text or "\u201d" in text:
        text, opened = _without_quote_marks(text)
    low = text.lower()
    starts: dict[str, list[int]] = {}  # theme -> where its anchors are, in text order
    for anchor, start in _anchor_starts(low):
        for key in _ANCHOR_THEMES[anchor]:
            if key in starts:
                starts[key].append(start)
            else:
                starts[key] = [start]
    for key, (proper, common) in THEME_PATTERNS.items():
        if speaker_country and speaker_country in THEME_SKIP[key]:
            continue
        # every term of an anchored theme opens with an anchor: its matches are tried there only
        # (what finditer finds, without trying the pattern at every character between them)
        at = starts.get(key)
        if at is None and THEME_ANCHORS[key] is not None:
            continue
        terms: list[str] = []
        not_in = THEME_NOT_IN[key]
        for pattern, check_case in ((proper, False), (common, True)):
            if pattern is None:
                continue
            matches = list(pattern.finditer(low)) if at is None else _matches_at(pattern, low, at)
            if not_in is not None and matches:
                matches = _outside(matches, not_in, low)
            for m in matches:
                if check_case and m.group() in NAME_SENSITIVE and _inside_a_name(text, m.start(), opened) and not (
                    m.group() == "economic" and _ECONOMIC_AREA_RE.match(low, m.end())
                ):
                    continue
                if key == "summit" and _others_meeting(low, m, speaker_country):
                    continue
                if m.group() not in terms:
                    terms.append(m.group())
        if terms:
            found[key] = terms
    return found
