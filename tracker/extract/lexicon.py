"""The extractor's knowledge, read once from the analyst-editable files under ``data/``.

Each file holds one kind of language data (countries, leaders, titles, institutions,
organisations, reaction verbs, themes). They are loaded at import into UPPER_CASE
constants; nothing here is read again while articles are processed.
"""

from __future__ import annotations

import csv
import datetime as dt
import tomllib
import unicodedata
from pathlib import Path
from typing import NamedTuple

DATA_DIR = Path(__file__).resolve().parents[2] / "data"


class Country(NamedTuple):
    iso3: str
    name: str
    demonym: str


class Leader(NamedTuple):
    name: str
    country: str | None
    organization: str | None
    role: str
    start: dt.date | None
    end: dt.date | None


class Title(NamedTuple):
    role: str
    rank: str  # head, minister, official, diplomat, spokesperson, legislator, honorific, nonofficial
    country: str | None = None  # the country the title implies when no other is named ("Sen." = USA)
    also_host: frozenset[str] = frozenset()  # hosts whose own officials use the title too ("Sen." in Manila)
    organization: str | None = None  # the international body only whose officials hold the title ("Under-Secretary-General")


class Institution(NamedTuple):
    name: str
    kind: str  # office, ministry, embassy, government, legislature
    country: str | None
    generic: bool
    shared: bool = False  # other governments use the name too: ``country`` is only a fallback
    also_host: frozenset[str] = frozenset()  # hosts whose own body has the name ("Congress" in India, Peru)


class Organization(NamedTuple):
    name: str
    kind: str  # international, media
    country: str | None
    parent: str | None = None  # the organisation whose officials serve this body ("UN Security Council": United Nations)
    chair_speaks_for_body: bool = False  # its chair, a member's minister, speaks as the body ("the OSCE Chairperson-in-Office")


def _split(cell: str) -> list[str]:
    return [part.strip() for part in (cell or "").split("|") if part.strip()]


def _date(cell: str) -> dt.date | None:
    return dt.date.fromisoformat(cell) if cell else None


def _rows(name: str) -> list[dict[str, str]]:
    with open(DATA_DIR / name, encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


def _load_countries() -> tuple[dict[str, Country], dict[str, str], dict[str, str], dict[str, str]]:
    countries: dict[str, Country] = {}
    names: dict[str, str] = {}
    demonyms: dict[str, str] = {}
    capitals: dict[str, str] = {}
    for row in _rows("countries.csv"):
        iso3 = row["iso3"]
        dems = _split(row["demonyms"])
        countries[iso3] = Country(iso3, row["name"], dems[0] if dems else row["name"])
        for alias in [row["name"], *_split(row["aliases"])]:
            names.setdefault(alias.removeprefix("the ").removeprefix("The "), iso3)
        for dem in dems:
            demonyms.setdefault(dem, iso3)
        for cap in _split(row["capitals"]):
            capitals.setdefault(cap, iso3)
    return countries, names, demonyms, capitals


COUNTRIES, COUNTRY_NAMES, DEMONYMS, CAPITALS = _load_countries()
"""ISO3 -> Country; and surface form -> ISO3 for names/aliases, demonyms, capitals."""

SUBNATIONAL: list[tuple[str, str, tuple[str, ...]]] = [
    (row["name"], row["country"], tuple(_split(row["followed_by"]))) for row in _rows("subnational.csv")
]
"""Places inside a country named like another country: (name, ISO3, words after it that make it the
place; none = always). "Georgia Governor" is American, "Northern Ireland" British."""


# letters NFKD does not take apart, and the apostrophes a name is written with
_FOLD_LETTERS = str.maketrans(
    {"\u00f8": "o", "\u00d8": "O", "\u0142": "l", "\u0141": "L", "\u0111": "d", "\u0110": "D", "\u0131": "i",
     "\u00df": "ss", "\u00e6": "ae", "\u00c6": "Ae", "\u0153": "oe", "\u0152": "Oe", "\u2019": "'", "\u02bb": "'", "\u2018": "'"}
)


def fold_name(text: str) -> str:
    """``text`` without diacritics or macrons: "Kōno Tarō" -> "Kono Taro", "Søren Ørsted" -> "Soren Orsted"."""
    if text.isascii():
        return text
    decomposed = unicodedata.normalize("NFKD", text.translate(_FOLD_LETTERS))
    return "".join(c for c in decomposed if not unicodedata.combining(c))


class NameTable(dict):
    """Names -> leaders, looked up with or without diacritics: "Kōno Tarō" in a text finds a row listed
    as "Taro Kono" / "Kono Taro", and "Erdogan" one listed only as "Erdoğan"."""

    def __init__(self, entries: dict[str, list[Leader]]) -> None:
        super().__init__(entries)
        self._folded: dict[str, list[Leader]] = {}
        for name, group in entries.items():
            self._folded.setdefault(fold_name(name), group)

    def get(self, name, default=None):
        found = dict.get(self, name)
        if found is None and isinstance(name, str):
            found = self._folded.get(fold_name(name))
        return default if found is None else found

    def __contains__(self, name) -> bool:
        return dict.__contains__(self, name) or (isinstance(name, str) and fold_name(name) in self._folded)

    def __missing__(self, name):
        if isinstance(name, str) and fold_name(name) in self._folded:
            return self._folded[fold_name(name)]
        raise KeyError(name)


SHARED_SURNAMES: dict[str, list[Leader]] = {}
"""A surname several leaders share -> their rows (filled by ``_load_leaders``)."""


def _load_leaders() -> tuple[list[Leader], dict[str, list[Leader]]]:
    leaders: list[Leader] = []
    by_name: dict[str, list[Leader]] = {}
    # "!Price": the surname alone is a common word or name, never taken as this leader
    not_alone: set[str] = set()
    for row in _rows("leaders.csv"):
        leader = Leader(
            row["name"],
            row["country"] or None,
            row["organization"] or None,
            row["role"],
            _date(row["start"]),
            _date(row["end"]),
        )
        leaders.append(leader)
        for alias in [row["name"], *_split(row["aliases"])]:
            if alias.startswith("!"):
                not_alone.add(alias[1:])
            else:
                by_name.setdefault(alias, []).append(leader)
    # A surname alone identifies a leader only when no other leader shares it. One person's several
    # rows (a sultan who is also prime minister, a minister with two terms) are still one person:
    # the date then picks the row.
    surnames: dict[str, list[Leader]] = {}
    for leader in leaders:
        last = leader.name.split()[-1].rstrip(".")
        if len(last) >= 4 and last[0].isupper() and last not in not_alone:
            surnames.setdefault(last, []).append(leader)
    for last, group in surnames.items():
        if len({leader.name for leader in group}) == 1:
            listed = by_name.setdefault(last, group)
            if listed is not group and {leader.name for leader in listed} == {group[0].name}:
                # the surname written as an alias of one of the person's rows ("Cameron" on his first office)
                # names him in each of his offices ("Foreign Secretary Lord Cameron" years later)
                listed.extend(leader for leader in group if leader not in listed)
        else:
            # "Foreign Minister Wong": shared surnames, told apart by the office held on the day (coreference)
            SHARED_SURNAMES[last] = group
    # "Tsai Ing-wen", "Moon Jae-in": a hyphenated given name after the family name (Chinese and
    # Korean order), so the first word is the surname; kept only if no other leader's name holds it
    words = [w for leader in leaders for w in leader.name.split()]
    for leader in leaders:
        parts = leader.name.split()
        given = parts[-1].split("-")
        if len(parts) == 2 and len(given) == 2 and given[1][:1].islower() and parts[0][:1].isupper():
            family = parts[0]
            if words.count(family) == 1 and family not in not_alone:
                by_name.setdefault(family, [leader])
    # "Kishida Fumio", "Orban Viktor": the family name first (Japanese, Hungarian, translated papers)
    for leader in leaders:
        parts = leader.name.split()
        if len(parts) == 2 and all(p[:1].isupper() and p.isalpha() for p in parts):
            by_name.setdefault(f"{parts[1]} {parts[0]}", [leader])
        # "Tayyip Erdogan" for "Recep Tayyip Erdogan": the last two words of a three-word name (a name
        # already taken by another leader keeps its owner)
        if len(parts) == 3 and all(p[:1].isupper() and p.replace("-", "").isalpha() for p in parts):
            by_name.setdefault(f"{parts[1]} {parts[2]}", [leader])
    return leaders, NameTable(by_name)


LEADERS, LEADERS_BY_NAME = _load_leaders()

TITLES: dict[str, Title] = {
    row["title"]: Title(
        row["role"], row["rank"], row.get("country") or None, frozenset(_split(row.get("also_host") or "")), row.get("organization") or None
    )
    for row in _rows("titles.csv")
}
"""Title as written -> role and rank. Matching is case-insensitive (see TITLES_LOWER)."""
TITLES_LOWER: dict[str, Title] = {}
for _t, _v in TITLES.items():
    TITLES_LOWER.setdefault(_t.lower(), _v)


def _plural(title: str) -> str:
    """"president" -> "presidents", "head of state" -> "heads of state", "secretary" -> "secretaries"."""
    head, sep, tail = title.partition(" of ")
    words = head.split()
    last = words[-1]
    if last.endswith("man"):
        last = last[:-3] + "men"
    elif last.endswith("y") and last[-2:-1] not in "aeiou":
        last = last[:-1] + "ies"
    elif last.endswith(("s", "sh", "x")):
        last += "es"
    else:
        last += "s"
    return " ".join([*words[:-1], last]) + sep + tail


# "the presidents of Peru and Ecuador", "Leaders of Fiji and Samoa": a plural office before a list of countries
# is each country's holder of the office (the offices of heads and ministers, which name one holder a country)
# or, for a leader, each country's government
PLURAL_TITLES: dict[str, Title] = {}
for _t, _v in TITLES_LOWER.items():
    if (
        (_v.rank in ("head", "minister") or _t == "leader") and not _v.organization and len(_t) > 3
        and " for " not in _t and not _t.endswith("elect") and _t.replace(" ", "").isalpha()
    ):
        PLURAL_TITLES.setdefault(_plural(_t), _v)

INSTITUTIONS: dict[str, Institution] = {
    row["pattern"]: Institution(
        row["name"], row["kind"], row["country"] or None, row["generic"] == "yes", row["shared"] == "yes",
        frozenset(_split(row.get("also_host") or "")),
    )
    for row in _rows("institutions.csv")
}
# "Foreign Office" -> GBR: the owner assumed when the text places a shared institution nowhere else
SHARED_OWNERS: dict[str, str] = {i.name: i.country for i in INSTITUTIONS.values() if i.shared and i.country}

# role, and institution name -> (the country assumed when the text names none, hosts whose own officials
# or bodies use the same style): "Sen. X" in a Philippine article is a Philippine senator
ASSUMED_BY_ROLE: dict[str, tuple[str, frozenset[str]]] = {}
for _title in TITLES.values():
    if _title.country:
        _old = ASSUMED_BY_ROLE.get(_title.role, (_title.country, frozenset()))
        ASSUMED_BY_ROLE[_title.role] = (_title.country, _old[1] | _title.also_host)
ASSUMED_BY_INSTITUTION: dict[str, tuple[str, frozenset[str]]] = {
    _inst.name: (_inst.country, _inst.also_host) for _inst in INSTITUTIONS.values() if _inst.country and not _inst.shared
}


def _load_organizations() -> dict[str, Organization]:
    orgs: dict[str, Organization] = {}
    for row in _rows("organizations.csv"):
        org = Organization(row["name"], row["kind"], row["country"] or None, row.get("parent") or None, (row.get("chair") or "") == "body")
        for alias in [row["name"], *_split(row["aliases"])]:
            orgs.setdefault(alias.removeprefix("the "), org)
    return orgs


ORGANIZATIONS = _load_organizations()
# names of the bodies whose chair speaks as the body (the others' chairs, heads of member states, speak for their own)
BODIES_SPOKEN_FOR_BY_CHAIR: tuple[str, ...] = tuple(sorted(a for a, o in ORGANIZATIONS.items() if o.chair_speaks_for_body))

with open(DATA_DIR / "reaction_verbs.toml", "rb") as _fh:
    _verbs = tomllib.load(_fh)
SPEECH_VERBS: frozenset[str] = frozenset(_verbs["speech"])
REACTION_VERBS: frozenset[str] = frozenset(_verbs["reaction"])
MEETING_VERBS: frozenset[str] = frozenset(_verbs.get("meeting", ()))
"""Verbs that react only with a meeting as their object ("convened an emergency summit")."""
MEETING_NOUNS: tuple[str, ...] = tuple(_verbs.get("meeting_nouns", ()))
OPERATIVE_VERBS: frozenset[str] = frozenset(_verbs.get("operative", ()))
"""Verbs opening a communiqué's subjectless paragraphs ("Condemns ...", "Welcomes ...")."""
INVERTED_VERBS: frozenset[str] = frozenset(_verbs.get("inverted", ()))
"""Bare verbs read only after "did"/"does" and a subject ("Only then did X send ...")."""
INVERTED_SUBJECT_WORDS: tuple[str, ...] = tuple(_verbs.get("inverted_subject_words", ()))
"""Lower-case words of the subject between "did" and a bare verb ("did the prime minister send")."""
ENCOUNTER_VERBS: frozenset[str] = frozenset(_verbs.get("encounter", ()))
"""Verbs whose object is a person met ("X hosted Y"): no title phrase runs across them."""
DECISION_VERBS: frozenset[str] = frozenset(_verbs.get("decision", ()))
COUNTRY_DECISION_VERBS: frozenset[str] = frozenset(_verbs.get("country_decision", ()))
"""A body's own newsworthy act in a headline ("Council lifts embargo"): the event, not a reaction."""
ENVOY_WORDS: tuple[str, ...] = tuple(_verbs.get("envoy", ()))
"""Words sending a person who speaks in the relative clause after him ("X sent Y, who said")."""

with open(DATA_DIR / "narrative.toml", "rb") as _fh:
    NARRATIVE: dict[str, list[str]] = tomllib.load(_fh)
"""Words that open the writer's narrative inside a speaker's sentence (see data/narrative.toml)."""

with open(DATA_DIR / "currencies.toml", "rb") as _fh:
    CURRENCY_WORDS: frozenset[str] = frozenset(tomllib.load(_fh)["words"])
"""Words that make a country before them a currency or market ("the U.S. dollar"; see data/currencies.toml)."""

with open(DATA_DIR / "organization_words.toml", "rb") as _fh:
    _BODY_WORDS = tomllib.load(_fh)
BODY_DESCRIPTORS: frozenset[str] = frozenset(_BODY_WORDS["descriptors"])
"""Nouns describing a body before its name: "the regional bloc X" (see data/organization_words.toml)."""
BACK_REFERENCES: frozenset[str] = frozenset(_BODY_WORDS["back_references"])
"""Nouns standing for the international body named last: "The bloc urged ..." (organization_words.toml)."""
QUALIFIED_BACK_REFERENCES: frozenset[str] = frozenset(_BODY_WORDS["qualified_back_references"])
BACK_REFERENCE_ADJECTIVES: frozenset[str] = frozenset(_BODY_WORDS["back_reference_adjectives"])
WORLD_BODY_ADJECTIVES: frozenset[str] = frozenset(_BODY_WORDS["world_body_adjectives"])
BODY_NAME_ENDS: frozenset[str] = frozenset(_BODY_WORDS["body_name_ends"])
"""Last words of bodies' names that end no person's name: "Geological Survey" (organization_words.toml)."""
REGIONAL_NAME_OPENERS: tuple[str, ...] = tuple(_BODY_WORDS.get("regional_name_openers", ()))
"""First words of a region's name opening an unknown regional body's ("Caribbean ... Agency"; organization_words.toml)."""
BODY_WORD_SURNAMES: frozenset[str] = frozenset(_BODY_WORDS["surname_words"])
"""Words of bodies' names that are also surnames after a leader's first name: "Catherine West" (organization_words.toml)."""
NAME_HEADS: frozenset[str] = frozenset(_BODY_WORDS["name_heads"])
MEMBER_VOICE_ENDS: tuple[str, ...] = tuple(_BODY_WORDS["member_voice_ends"])
"""Last words of bodies whose members speak as the body: "the members of the Security Council" (organization_words.toml)."""
CHAIRED_BODIES: tuple[str, ...] = tuple(_BODY_WORDS["chaired_bodies"])
CHAIR_WORDS: tuple[str, ...] = tuple(_BODY_WORDS["chair_words"])
"""A former office holder chairing one of these bodies speaks for the body (organization_words.toml)."""
"""Last words of bodies' names standing for the body alone: "the Union", "the Commission" (organization_words.toml)."""

with open(DATA_DIR / "ambiguous_places.toml", "rb") as _fh:
    AMBIGUOUS_PLACES: dict[str, dict[str, list[str]]] = tomllib.load(_fh)
"""A name two countries share ("Congo") -> each country's words deciding it (see data/ambiguous_places.toml)."""

with open(DATA_DIR / "peers.toml", "rb") as _fh:
    _PEERS = tomllib.load(_fh)
PEER_COUNTRY: str = _PEERS["country"]
PEER_WORDS: tuple[str, ...] = tuple(_PEERS["words"])
"""Where a peer with no office speaks ("Lord X told peers": a British peer; see data/peers.toml)."""

with open(DATA_DIR / "portfolios.toml", "rb") as _fh:
    _PORTFOLIOS = tomllib.load(_fh)
PORTFOLIO_CLOSERS: frozenset[str] = frozenset(_PORTFOLIOS["closing_words"])
"""Words that close a portfolio after "<title> for" (see data/portfolios.toml)."""
MINISTRY_PORTFOLIO_WORDS: frozenset[str] = (PORTFOLIO_CLOSERS | frozenset(_PORTFOLIOS["ministry_words"])) - frozenset(
    _PORTFOLIOS["not_ministry_words"]
)
"""Words that tell one ministry's portfolio from another's ("foreign", "defence"; see data/portfolios.toml)."""
SAME_PORTFOLIO: dict[str, str] = _PORTFOLIOS["same_portfolio"]
TITLE_PORTFOLIOS: frozenset[str] = frozenset(_PORTFOLIOS["title_portfolios"])
"""Portfolios written in lower case before a title ("the Commission's fisheries spokeswoman"; see data/portfolios.toml)."""

with open(DATA_DIR / "themes.toml", "rb") as _fh:
    THEME_LEXICON: dict[str, dict] = tomllib.load(_fh)

with open(DATA_DIR / "kinds.toml", "rb") as _fh:
    KIND_LEXICON: dict[str, dict] = tomllib.load(_fh)
