"""The Mention record and what finding mentions builds on: the word sets that tell a name from the words that describe it (titles, particles, institution and place words) and the title look-ups."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import NamedTuple

from tracker.extract.countries import DEMONYM_WORDS
from tracker.extract.lexicon import (
    CAPITALS,
    COUNTRY_NAMES,
    INSTITUTIONS,
    LEADERS_BY_NAME,
    ORGANIZATIONS,
    REACTION_VERBS,
    SPEECH_VERBS,
    TITLE_PORTFOLIOS,
    TITLES,
    TITLES_LOWER,
    Title,
)
from tracker.extract.patterns import alternation


class Mention(NamedTuple):
    """A phrase that may name a speaker; offsets are relative to the sentence."""

    start: int
    end: int
    text: str
    kind: str  # person, title, institution, country, organization, media, pronoun, statement
    name: str | None = None  # a person's name without the title
    role: str | None = None
    rank: str | None = None
    country: str | None = None
    organization: str | None = None
    institution: str | None = None  # canonical institution name
    inst_kind: str | None = None
    possessive: bool = False
    determiner: str | None = None  # "the", "a", "his", "its" ... just before the mention
    statement: bool = False  # followed by "statement", "message", "readout" ...
    city: str | None = None  # "embassy in Tokyo"


LEADING_ADJECTIVES = frozenset("top senior chief new former outgoing incoming veteran".split())
# The last word of a named public body that the institution list does not know.
INSTITUTION_HEADS = frozenset(
    "Council Office Ministry Commission Agency Committee Department Directorate Bureau Secretariat Presidency Chancellery".split()
)
# Courtesy forms ("His Excellency", "H.E.", "Dato' Seri") are dropped from names and give no role.
HONORIFICS = frozenset(
    "Mr. Mrs. Ms. Dr. Mr Mrs Ms Dr Sir Dame Madam Mme. M.".split()
    + [t for t, v in TITLES.items() if v.rank == "courtesy"]
)
# Forms of address of two words ("Tan Sri", "Toh Puan", "Dato' Sri", "Right Hon"), read word by word in a run
_COURTESY_PAIRS = frozenset(tuple(h.split()) for h in HONORIFICS if h.count(" ") == 1)


def courtesy_length(words: Sequence[str], start: int = 0) -> int:
    """How many of ``words`` from ``start`` are forms of address ("Mr", "Tan Sri", "Dato' Sri Dr")."""
    i = start
    while i < len(words):
        if i + 1 < len(words) and (words[i], words[i + 1]) in _COURTESY_PAIRS:
            i += 2
        elif words[i] in HONORIFICS:
            i += 1
        else:
            break
    return i - start


# "Sheikh": an honorific that is read as the title when it opens a name, and skipped after a courtesy ("H.H. Sheikh X")
HONORIFIC_TITLES = frozenset(t for t, v in TITLES.items() if v.rank == "honorific")
# "Lord", "Baroness": a peer's courtesy title, after which "of Place" is the territorial designation, no name
PEER_TITLES = frozenset(t for t, v in TITLES.items() if v.rank == "courtesy" and v.role == "peer")
# Places that are also first names; before a surname they are the first name.
PLACE_FIRST_NAMES = frozenset(
    p for p in (*CAPITALS, *COUNTRY_NAMES) if " " not in p and p[0].isupper() and not p.isupper() and p not in DEMONYM_WORDS
)
# Country names that can be surnames ("Luis Montenegro")
PLACE_SURNAMES = frozenset(p for p in COUNTRY_NAMES if " " not in p and p[:1].isupper() and not p.isupper())
# Capitals are surnames too, after a first name some leader in the table bears ("Paulo Lima", not "Radio Tehran",
# "Greater Beirut" or "Xinhua Beijing")
CAPITAL_SURNAMES = frozenset(p for p in CAPITALS if " " not in p and p[:1].isupper() and not p.isupper()) - PLACE_SURNAMES
# (less words that are verbs too: a table cell opening "Said Quito would ..." names no "Said Quito")
LEADER_FIRST_NAMES = frozenset(n.split()[0] for n in LEADERS_BY_NAME if " " in n) - {
    v.capitalize() for v in (*SPEECH_VERBS, *REACTION_VERBS)
}
# "e" and "y" join Portuguese and Spanish double surnames ("Ulisses Correia e Silva", "Ortega y Gasset");
# "dela", "del" open Filipino and Spanish surnames ("Ronald dela Rosa", "Juan del Castillo"); "do", "dos" join
# Portuguese ones ("Joao do Rosario")
PARTICLES = frozenset("bin bint ibn al el von van der den de da das do du di dos del dela delos la le e y".split())
DETERMINERS = frozenset("the a an his her its their".split())
NAME_SUFFIXES = frozenset({"Jr.", "Jr", "Sr.", "II", "III", "IV"})
# words that put "do" before a subject in a question or an inversion ("Why do Kenya and ...", "Nor do ...")
QUESTION_CAPS = frozenset({"What", "Why", "How", "Where", "Who", "Which", "Whom", "Whose", "Nor", "Neither", "Not", "Only", "Rarely", "Seldom"})
STOP_CAPS = frozenset(
    """
    The A An In On At From For With By As After Before Asked Speaking Commenting Meanwhile But And
    Also However While When Although Though Under Over Since During Despite Some Many Most Others
    Both Neither Either Other Another This That These Those It He She They We I You Our Their His
    Her Its If Then Earlier Later Separately Together Still Yet Even Nevertheless Thank Congratulations
    Share Comments Related Subscribe Elsewhere Abroad Overseas Likewise Similarly Moreover Monday Tuesday Wednesday Thursday Friday Saturday Sunday January
    February March April May June July August September October November December Jan Feb Mar Apr Jun
    Jul Aug Sep Sept Oct Nov Dec Mr Mrs Ms Dr Sir Lady Lord Dame Nobody Everybody Everyone Somebody Someone Anybody
    Anyone Few
    """.split()
)

MONTH_NAME_ENDINGS = frozenset({"Jun", "Jan", "Mar", "Jul"})

# Words that describe rather than name: titles, institution and place words.
DESCRIPTOR_WORDS: set[str] = set(
    """
    the of for new former outgoing incoming acting then top senior deputy vice assistant own interim
    caretaker transitional newly-elected re-elected
    foreign policy affairs office ministry state department house presidential news agency press
    party caucus congressional national federal royal islamic democratic people's
    """.split()
)
_DOTTED_TITLE_WORDS: set[str] = set()
for _t, _v in TITLES.items():
    if _v.rank != "courtesy":
        DESCRIPTOR_WORDS.update(w.lower().rstrip(".") for w in _t.split() if not w.endswith("."))
        _DOTTED_TITLE_WORDS.update(w.lower().rstrip(".") for w in _t.split() if w.endswith("."))
for _p in INSTITUTIONS:
    DESCRIPTOR_WORDS.update(w.lower() for w in _p.split())
    DESCRIPTOR_WORDS.add(_p.lower())
for _o, _org in ORGANIZATIONS.items():
    if _org.kind == "international":
        DESCRIPTOR_WORDS.update(w.lower() for w in _o.split())
# Words that describe only as a title's abbreviation ("Sen.", "Gen."): written without the full stop after a name
# word they close the name ("Prime Minister Hun Sen", "economist Amartya Sen"), before one they are the title
# ("Gen Ana Ruiz" in a paper that drops the stops)
ABBREVIATION_WORDS = frozenset(_DOTTED_TITLE_WORDS - DESCRIPTOR_WORDS)
DESCRIPTOR_WORDS |= ABBREVIATION_WORDS
# "countries" (a word of bodies' full names) never carries a lowercase run on: "Caribbean countries
# welcomed" are the members, not the bloc
LOWER_RUN_WORDS = frozenset(
    w
    for w in DESCRIPTOR_WORDS
    if w not in {"and", "or", "in", "on", "at", "to", "a", "an", "the", "of", "for", "then", "new", "top", "senior", "state", "news", "agency", "press", "own", "people's", "national", "party", "countries"}
) | TITLE_PORTFOLIOS


def _sorted_alt(items) -> str:
    return "|".join(re.escape(i) for i in sorted(set(items), key=len, reverse=True))


TITLE_RE = re.compile(
    rf"(?<![\w-])(?:{alternation((t for t, v in TITLES.items() if v.rank != 'courtesy'), lower=True)})(?![\w-])", re.IGNORECASE
)
INSTITUTION_RE = re.compile(rf"(?<![\w-])(?:{alternation(INSTITUTIONS, lower=True)})(?![\w-])", re.IGNORECASE)
ORGANIZATION_RE = re.compile(r"(?:" + alternation(ORGANIZATIONS, not_after=r"[\w-]") + r")(?![\w-])")
INST_LOOKUP = {k.lower(): v for k, v in INSTITUTIONS.items()}


# A title right after an office that gives way to it: an academic's or a form of address, and a rank ("General")
# after an office that names what its holder does ("Defence Minister Gen X", not "Deputy Director General X").
_RANK_AFTER_OFFICE = ("nonofficial", "honorific", "official")
_NAMED_OFFICES = ("head", "minister", "spokesperson", "diplomat", "legislator")


def title_match(prefix: str, *, first: bool = False) -> Title | None:
    best = previous = None
    for m in TITLE_RE.finditer(prefix):
        previous, best = best, m
        if first:
            break
    if best is None:
        return None
    title = TITLES_LOWER[best.group().lower()]
    if title.rank in _RANK_AFTER_OFFICE and previous is not None and not prefix[previous.end() : best.start()].strip():
        # "Trade Minister Professor Ana Ruiz": an academic title right after an office is hers as a courtesy; the
        # office is her title. So is a military rank after a named office ("press secretary Maj Gen Ana Reef").
        office = TITLES_LOWER[previous.group().lower()]
        if office.rank not in ("nonofficial", "courtesy", "honorific") and (title.rank != "official" or office.rank in _NAMED_OFFICES):
            return office
    return title


def before_portfolio(text: str) -> str:
    """The text before a title's portfolio: "Minister for Latin America", "Special Envoy for Sudan" name the
    region or country the office deals with, never its holder's own country ("Canada's Minister for ...")."""
    idx = text.rfind(" for ")
    if idx < 0:
        return text
    head = text[:idx]
    title = None
    for title in TITLE_RE.finditer(head):
        pass
    return head if title is not None and title.end() == idx else text


def title_of(prefix: str, *, first: bool = False) -> tuple[str | None, str | None]:
    title = title_match(prefix, first=first)
    return (title.role, title.rank) if title is not None else (None, None)


def known_person(name: str) -> bool:
    return name in LEADERS_BY_NAME

