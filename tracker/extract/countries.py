"""Countries: names, aliases (US, ROK, PRC, UK, EU), demonyms and capitals to ISO3."""

from __future__ import annotations

import re

from tracker.extract.lexicon import CAPITALS, COUNTRIES, COUNTRY_NAMES, CURRENCY_WORDS, DEMONYMS, ORGANIZATIONS, SUBNATIONAL
from tracker.extract.patterns import alternation

# Only capitalised forms are searched for (a lower-case alias such as "bloc" is too common a word).
_SURFACE: dict[str, str] = {k: v for k, v in {**CAPITALS, **DEMONYMS, **COUNTRY_NAMES}.items() if k[:1].isupper()}
# country names set in capitals, as a round-up labels its entries ("• SOUTH AFRICA — ..."); names of four
# letters or more, so no acronym is taken for a country
CAPITALS_SURFACE: dict[str, str] = {
    k.upper(): v for k, v in COUNTRY_NAMES.items() if len(k) >= 4 and "A" <= k[0] <= "Z" and not k.isupper()
}
CAPITALS_SURFACE = {k: v for k, v in CAPITALS_SURFACE.items() if k not in _SURFACE}
# surfaces opening with a capital A-Z; the word-start check sits inside the trie (see alternation)
_COUNTRY_RE = re.compile(
    r"(?:" + alternation((s for s in (*_SURFACE, *CAPITALS_SURFACE) if "A" <= s[0] <= "Z"), not_after=r"[\w-]")
    + r")(?:['\u2019]s)?(?![\w-])"
)
DEMONYM_WORDS: frozenset[str] = frozenset(tok for d in DEMONYMS for tok in d.split())
# Words of multi-word place names that are also common personal names ("Antonio Costa",
# "Salvador Illa", "Rodrigo Paz"): they do not mark a place on their own.
_NAME_WORDS = frozenset(
    "Costa Louis Marshall Salvador Solomon Vincent Lucia Santo Domingo Paz Abu Bandar Nam San Sierra Seri "
    "Marino Leone La El Great".split()
)
COUNTRY_TOKENS: frozenset[str] = frozenset(
    tok for s in _SURFACE for tok in s.split() if tok[0].isupper() and (tok not in _NAME_WORDS or tok in _SURFACE)
)


# each surface also with its possessive ending, so a match is one dictionary look-up
_SURFACE_FORMS: dict[str, str] = {
    form: iso3 for surface, iso3 in _SURFACE.items() for form in (surface + "'s", surface + "\u2019s", surface)
}
_SURFACE_FORMS.update(
    {form: iso3 for surface, iso3 in CAPITALS_SURFACE.items() for form in (surface + "'s", surface + "\u2019s", surface)}
)


def _strip(surface: str) -> str:
    for suffix in ("'s", "\u2019s"):
        if surface.endswith(suffix):
            return surface[: -len(suffix)]
    return surface


_SUBNATIONAL_AFTER: dict[str, tuple[str, re.Pattern | None]] = {
    name: (
        iso3,
        re.compile(r"(?:['\u2019]s)?\s+(?:" + "|".join(re.escape(w) for w in followed_by) + r")(?![\w-])", re.IGNORECASE)
        if followed_by else None,
    )
    for name, iso3, followed_by in SUBNATIONAL
}
_SUBNATIONAL_RE = re.compile(r"(?:" + alternation(_SUBNATIONAL_AFTER, not_after=r"[\w-]") + r")(?![\w-])")


def subnational_in(text: str) -> str | None:
    """ISO3 of the first subnational place in ``text`` ("a Florida Republican", "of Texas")."""
    for m in _SUBNATIONAL_RE.finditer(text):
        iso3, words = _SUBNATIONAL_AFTER[m.group()]
        if words is None or words.match(text, m.end()):
            return iso3 or None
    return None


def _subnational() -> dict[str, list[tuple[str, str, str, re.Pattern | None]]]:
    """Country surface -> the subnational places holding it: (text before, text after, ISO3, words after)."""
    out: dict[str, list[tuple[str, str, str, re.Pattern | None]]] = {}
    for name, (iso3, after) in _SUBNATIONAL_AFTER.items():
        inner = _COUNTRY_RE.search(name)
        if inner is None:
            continue
        out.setdefault(_strip(inner.group()), []).append((name[: inner.start()], name[inner.end() :], iso3, after))
    return out


_SUBNATIONAL_BY_SURFACE = _subnational()
# the surface forms (with their possessive endings) that a subnational place may hold
_SUBNATIONAL_FORMS = frozenset(form for form in _SURFACE_FORMS if _strip(form) in _SUBNATIONAL_BY_SURFACE)


def _iso3_of(text: str, m: re.Match) -> str:
    """ISO3 of a country phrase match, unless it sits inside a subnational place ("New Mexico")."""
    found = m.group()
    if found not in _SUBNATIONAL_FORMS:
        return _SURFACE_FORMS[found]
    places = _SUBNATIONAL_BY_SURFACE.get(_strip(found))
    if places:
        start = m.start()
        end = start + len(_strip(found))
        for before, after, iso3, words in places:
            if text.endswith(before, 0, start) and text.startswith(after, end) and (
                words is None or words.match(text, end + len(after))
            ):
                return iso3
    return _SURFACE_FORMS[found]


def country_in(text: str, *, last: bool = False) -> str | None:
    """ISO3 of the first (or last) country name, alias, demonym or capital in ``text``."""
    if last:
        found = None
        for m in _COUNTRY_RE.finditer(text):
            found = m
        return _iso3_of(text, found) if found else None
    for m in _COUNTRY_RE.finditer(text):
        iso3 = _iso3_of(text, m)
        if iso3:  # (a region named like a country, "Latin America", is none)
            return iso3
    return None


# organisation and outlet names holding a place word ("Organization of American States", "Saudi Press Agency")
PLACE_IN_NAME_RE = re.compile(
    r"(?:" + alternation((n for n in ORGANIZATIONS if _COUNTRY_RE.search(n)), not_after=r"[\w-]") + r")(?![\w-])"
)


def country_outside_names(text: str) -> str | None:
    """ISO3 of the first country phrase in ``text`` that is not part of an organisation's name:
    "secretary general of the Organization of American States" names no country."""
    m = _COUNTRY_RE.search(text)
    if m is None:
        return None
    names = [(n.start(), n.end()) for n in PLACE_IN_NAME_RE.finditer(text)]
    while m is not None and any(a <= m.start() < b for a, b in names):
        m = _COUNTRY_RE.search(text, m.end())
    return _iso3_of(text, m) if m else None


# "the U.S. dollar", "Japanese yen", "Turkish bonds": matched right after a place, which is then no place
CURRENCY_AFTER_RE = re.compile(r" (?:" + alternation(CURRENCY_WORDS) + r")(?![\w-])")


def countries_in(text: str) -> list[tuple[int, int, str]]:
    """Every country phrase in ``text`` as (start, end, ISO3); one naming a currency ("the U.S. dollar") is none."""
    # the subnational check only for the few surfaces that need it (this runs on every sentence)
    found = [
        (m.start(), m.end(), _iso3_of(text, m) if (g := m.group()) in _SUBNATIONAL_FORMS else _SURFACE_FORMS[g])
        for m in _COUNTRY_RE.finditer(text)
        if not CURRENCY_AFTER_RE.match(text, m.end())
    ]
    # a region named like a country ("Latin America", "Central America": no country in subnational.csv) is no place
    return [p for p in found if p[2]] if any(not p[2] for p in found) else found


def country_name(iso3: str | None) -> str | None:
    """The English short name of an ISO3 code known to ``data/countries.csv``."""
    if iso3 is None:
        return None
    found = COUNTRIES.get(iso3)
    return found.name if found else None


def demonym(iso3: str | None) -> str:
    """The word naming a country's bodies ("Fijian" government); for a country whose name joins two places
    and whose demonym names only one ("Antigua and Barbuda", "Antiguan"), the name itself, so that the
    row names the whole state ("Antigua and Barbuda government")."""
    found = COUNTRIES.get(iso3 or "")
    if not found:
        return ""
    if " and " in found.name and " and " not in found.demonym:
        return found.name
    return found.demonym
