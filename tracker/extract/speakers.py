"""Speaker mentions in a sentence: titled names, institutions, countries, capitals, pronouns.

A mention is found on the sentence with its quotations masked, so words inside quotes
never become speakers. Capitalised words, particles ("bin", "von der") and descriptor
words (titles, institution words, place words) form runs; the trailing name part of a run
is the person, the words before it are the title and the country. The runs come from
name_runs.py; the Mention record, the word sets and the title look-ups from mention_words.py;
the country or body the words around a mention imply from mention_lookups.py; appositives,
joint titles and plural bodies are merged in by mention_merges.py.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from functools import lru_cache
from itertools import accumulate
from typing import NamedTuple

from tracker.extract.countries import (
    CAPITALS_SURFACE,
    CURRENCY_AFTER_RE,
    DEMONYM_WORDS,
    countries_in,
    country_in,
    country_outside_names,
)
from tracker.extract.lexicon import (
    BODY_NAME_ENDS,
    CAPITALS,
    COUNTRY_NAMES,
    PEER_COUNTRY,
    PEER_WORDS,
    PLURAL_TITLES,
    PORTFOLIO_CLOSERS,
    REGIONAL_NAME_OPENERS,
    TITLES,
    TITLES_LOWER,
    Title,
)
from tracker.extract.mention_lookups import (
    _US_PARTY_RE,
    _institution_of,
    _organization_of,
    _previous_word,
    _union_title_country,
)
from tracker.extract.mention_merges import (
    _PLURAL_BODY_HINT_RE,
    _merge_appositives,
    _merge_joint_titles,
    _merge_posted_envoys,
    _plural_bodies,
    _with_missions,
    name_from_capitals,
)
from tracker.extract.mention_words import (
    _CAPITAL_SURNAMES,
    _HONORIFIC_TITLES,
    _LEADER_FIRST_NAMES,
    _LEADING_ADJECTIVES,
    _MONTH_NAME_ENDINGS,
    _PEER_TITLES,
    _PLACE_FIRST_NAMES,
    _PLACE_SURNAMES,
    _STOP_CAPS,
    ABBREVIATION_WORDS,
    DETERMINERS,
    HONORIFICS,
    INSTITUTION_HEADS,
    NAME_SUFFIXES,
    ORGANIZATION_RE,
    PARTICLES,
    Mention,
    _before_portfolio,
    _known_person,
    _title_match,
    _title_of,
)
from tracker.extract.name_runs import (
    _INITIALS_RE,
    _base,
    _is_descriptor,
    _is_possessive,
    _name_runs,
    _Tok,
)
from tracker.extract.patterns import alternation

# matched at a mention's end (Pattern.match with pos), so no "^"
_STATEMENT_NOUN_RE = re.compile(
    r"\s+(?:(?:joint|official|written|latest|same|own|congratulatory|formal)\s+)?"
    r"(?:statement|message|readout|read-out|post|letter|cable|release|press release|communiqu\w+|tweet|"
    r"response|reply|reaction|remarks|comments|note|announcement)s?\b"
)
# a statement phrase needs one of its nouns in lower case: a few substring scans in C rule most sentences out
_STATEMENT_NOUN_HINTS = ("statement", "message", "readout", "read-out", "post", "letter", "cable", "release", "communiqu", "tweet")
_STATEMENT_PHRASE_RE = re.compile(
    r"\b(?P<det>[Tt]he|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir)\s+(?:(?:joint|official|written|latest|same|congratulatory|formal)\s+)?"
    r"(?P<noun>statement|message|readout|read-out|post|letter|cable|release|press release|communiqu\w+|tweet)\b"
)
# "The two leaders agreed ...": in a call readout, the joint words of the leader who spoke
# (not "The presidents of Chile and Peru": the offices of the places named after them)
_JOINT_RE = re.compile(
    r"\b(?:[Tt]he (?:two )?(?:leaders|presidents|prime ministers)(?!\s+of\b)|[Bb]oth leaders|[Tt]he two (?:men|women))\b"
)
# forms of address opened by "His"/"Her" ("His Majesty", "Her Excellency")
_COURTESY_OPENERS = frozenset({"Majesty", "Highness", "Excellency", "Eminence", "Holiness"})
# "His Majesty affirmed ...": a form of address standing alone refers back to the person, as "he" does
_COURTESY_SUBJECT_RE = re.compile(
    r"\b(?:His|Her)\s+(?:Royal\s+)?(?:Majesty|Highness|Excellency|Eminence|Holiness)\b(?!['\u2019]s|\s+(?:the\s+)?[A-Z])"
)
_PRONOUN_RE = re.compile(r"(?:" + alternation(("He", "he", "She", "she", "It", "it", "They", "they"), not_after=r"\w") + r")\b")
_EMBASSY_CITY_RE = re.compile(r"\s+in\s+([A-Z][\w\u00C0-\u024F'\-]+(?:\s+[A-Z][\w'\-]+){0,2})")


_NO_TITLE = Title("", "")


def _name_split(run: list[_Tok]) -> tuple[int, int]:
    """Index range of the trailing name block (non-descriptor capitalised words and particles)."""
    end = len(run)
    # a trailing possessive name ("Donald Trump's administration") is handled by the caller
    i = end
    if (
        end >= 2
        and (_base(run[-1].text) in _PLACE_SURNAMES or (_base(run[-1].text) in _CAPITAL_SURNAMES and run[-2].text in _LEADER_FIRST_NAMES))
        and run[-2].text[:1].isupper()
        and not _is_descriptor(run[-2].text) and run[-2].text not in _STOP_CAPS
    ):
        i -= 1  # "Luis Montenegro": a place name right after a first name is a surname
    elif end >= 2 and _is_descriptor(run[-1].text) and not _is_descriptor(run[-2].text) and _known_person(f"{run[-2].text} {_base(run[-1].text)}"):
        i -= 1  # a listed leader whose surname is also a word of a body's name ("Ana Forum" if she were listed)
    while i > 0:
        tok = run[i - 1].text
        low = _base(tok).lower()
        if tok in NAME_SUFFIXES or low in PARTICLES or low.startswith(("al-", "el-")):
            i -= 1
            continue
        if (
            i == end and i >= 2 and low in ABBREVIATION_WORDS and tok[0].isupper() and not tok.endswith(".")
            and run[i - 2].text[:1].isupper() and not _is_descriptor(run[i - 2].text)
        ):
            i -= 1  # "Prime Minister Hun Sen": a surname spelt as a title's abbreviation without its stop
            continue
        if tok[0].isupper() and not _is_descriptor(tok):
            i -= 1
            continue
        if (
            i < end and i >= 2 and tok[0].isupper() and TITLES_LOWER.get(low, _NO_TITLE).rank == "honorific"
            and run[i - 2].text[0].isupper() and not _is_descriptor(run[i - 2].text)
        ):
            i -= 1  # "President Hassan Sheikh Mohamud": an honorific between name words is part of the name
            continue
        break
    # lower-case particles cannot open a name ("Van Klaveren" at a sentence start can)
    while i < end and _base(run[i].text) in PARTICLES:
        i += 1
    # "Sofia Banerjee", "Jordan Bardella": a place name opening the run is a first name
    if 0 < i < end and run[i - 1].text in _PLACE_FIRST_NAMES and (
        i == 1 or run[i - 2].text[0].islower() or run[i - 2].text.lower().rstrip(".") in TITLES_LOWER
    ):
        i -= 1
    return i, end


class _RunInfo(NamedTuple):
    """What a run of words is, independent of where it stands (cached by its words)."""

    kind: str  # person, institution, media, title, organization, country
    name_index: int = 0  # first token of a person's name
    name: str | None = None
    role: str | None = None
    rank: str | None = None
    country: str | None = None
    organization: str | None = None
    institution: str | None = None
    inst_kind: str | None = None
    embassy: bool = False
    plausible: bool = True  # a person by title, known name or a two-word name
    name_words: tuple[str, ...] = ()
    single_stop: bool = False


# The longest run read as "a titled name of its place": "Minister of State for Foreign Affairs of the Republic of X".
MAX_TITLED_RUN_WORDS = 40


@lru_cache(maxsize=100_000)
def _analyze_run(texts: tuple[str, ...]) -> _RunInfo | None:
    # each "of" is one level of recursion: a run of hundreds of capitalised words joined by "of" (a
    # formal title repeated down a page) is no name, and read word by word it cannot exhaust the stack
    if "of" in texts[2:-1] and len(texts) <= MAX_TITLED_RUN_WORDS:
        # "President Lula of Brazil", "Rep. Joaquin Castro of Texas": a titled name, then its place
        k = len(texts) - 1 - texts[::-1].index("of")
        left = _analyze_run(texts[:k])
        right = " ".join(texts[k + 1 :])
        if left is not None and left.kind == "person" and left.role is not None and left.name_index > 0:
            place = country_in(right)
            if place is not None:
                return left._replace(country=left.country or place)
            inst, _ = _institution_of(right)
            if inst is not None and inst.country and not inst.shared:
                return left._replace(country=left.country or inst.country)
            if all(t[:1].isupper() and not _is_descriptor(t) for t in texts[k + 1 :]):
                return left  # a home state or town
        elif (
            left is not None and left.kind == "person" and left.role is None and texts[0] in _PEER_TITLES and k <= 3
            and all(t[:1].isupper() and not _is_descriptor(t) for t in texts[k + 1 :])
        ):
            return left  # "Lord Ahmed of Glenrothes": a peer, then his territorial designation
        elif (
            left is not None and left.kind == "person" and left.role is None and left.name_index == 0
            and len(left.name_words) >= 2 and _base(right.removeprefix("the ")) in COUNTRY_NAMES
        ):
            # "Justin Trudeau of Canada": a full name, then its country ("Ana Ruiz of the Philippines",
            # a UN delegate "of the Russian Federation")
            return left._replace(country=left.country or country_in(_base(right.removeprefix("the "))))
    return _analyze_run_words(texts)


def _analyze_run_words(texts: tuple[str, ...]) -> _RunInfo | None:
    if texts[0].isupper() and len(texts[0]) > 1:
        labelled = CAPITALS_SURFACE.get(" ".join(texts))
        if labelled is not None:
            return _RunInfo("country", country=labelled)  # "• BURKINA FASO — ...": a round-up's label, no person
    run = [_Tok(0, 0, t) for t in texts]
    pos = 0
    for i, t in enumerate(texts):
        run[i] = _Tok(pos, pos + len(t), t)
        pos += len(t) + 1
    run_text = " ".join(texts)
    n0, n1 = _name_split(run)
    if 0 < n0 < n1 - 2 and texts[n0 - 1] in ("of", "the", "for"):
        # "President of Lithuania Gitanas Nauseda", "Prime Minister of the Netherlands Mark Rutte":
        # the country closing a formal title is not the first word of the name
        for k in range(min(3, n1 - n0 - 2), 0, -1):
            if " ".join(texts[n0 : n0 + k]) in COUNTRY_NAMES:
                n0 += k
                break
    for k in range(n1 - 2, n0 - 1, -1):
        if _is_possessive(texts[k]) and texts[k][0].isupper():
            n0 = k + 1  # "Congo's Felix Tshisekedi", "Gondor's Ana Ruiz": a possessive owner is no name word
            break
    if (
        2 <= n0 < n1 and texts[n0 - 1] == "the" and texts[n0 - 2] in ("for", "of", "in", "on", "to")
        and not _known_person(" ".join(_base(t) for t in texts[n0:n1]))
    ):
        n0 = n1  # "the top U.S. diplomat for the Western Hemisphere": a region closing the title, no name
    if (
        2 <= n0 and n1 - n0 <= 2 and texts[n0 - 1] == "for" and TITLES_LOWER.get(texts[n0 - 2].lower()) is not None
        and not _known_person(" ".join(_base(t) for t in texts[n0:n1]))
    ):
        n0 = n1  # "the Minister for Asia, X": the region closing the title, the name comes after the comma
    if n0 < n1 - 1 and "for" in texts[1:n0 + 1] and not _known_person(" ".join(_base(t) for t in texts[n0:n1])):
        f = n0 - texts[n0::-1].index("for")
        if TITLES_LOWER.get(texts[f - 1].lower()) is not None and all(t[:1].isupper() or t == "and" for t in texts[f + 1 : n0]):
            for j in range(n1 - 2, n0 - 1, -1):
                if _base(texts[j]).lower() in PORTFOLIO_CLOSERS:
                    # "Under-Secretary-General for Peace Operations X": the portfolio's last word is no first name
                    n0 = j + 1
                    break
    if (
        n0 + 1 == n1 and n0 >= 4 and texts[n0 - 1] == "and" and _base(texts[n0]).lower() in PORTFOLIO_CLOSERS
        and ("for" in texts[1 : n0 - 2] or "of" in texts[1 : n0 - 2]) and not _known_person(_base(texts[n0]))
    ):
        n0 = n1  # "Minister for Enterprise, Trade and Employment, X": the portfolio's last word, the name after the comma
    if 0 < n0 < n1 and texts[n0 - 1] in ("of", "the") and " ".join(_base(t) for t in texts[n0:n1]) in COUNTRY_NAMES:
        n0 = n1  # "the president of El Salvador", "the prime minister of Sierra Leone": a place closing the title
    while n0 < n1 - 1 and (texts[n0] in HONORIFICS or (n0 > 0 and texts[n0 - 1] in HONORIFICS and texts[n0] in _HONORIFIC_TITLES)):
        n0 += 1  # "Mr. Albanese" is Albanese; "H.H. Sheikh Tamim" is Tamim
    if n0 < n1 - 1 and len(texts[n0]) >= 4 and _INITIALS_RE.fullmatch(texts[n0]) and _known_person(" ".join(_base(t) for t in texts[n0 + 1 : n1])):
        n0 += 1  # "V.V. Putin": a known leader's initials, as Russian-style texts write them
    owner_split = None
    for i, tok in enumerate(run[:-1]):
        if _is_possessive(tok.text) and not _is_descriptor(tok.text) and tok.text[0].isupper():
            owner_split = i
    if n0 < n1:
        name_toks = run[n0:n1]
        name = " ".join(_base(t.text) if k == len(name_toks) - 1 else t.text for k, t in enumerate(name_toks))
        prefix = run_text[: run[n0].start]
        role, rank = _title_of(prefix)
        country = country_in(_before_portfolio(prefix), last=True)
        inst, inst_match = _institution_of(prefix)
        if country is not None and inst is not None and inst.country and not inst.shared:
            # "Taiwan Affairs Office spokesperson": the place is part of a fixed owner's name
            outside = [p for p in countries_in(prefix) if not inst_match.start() <= p[0] < inst_match.end()]
            country = outside[-1][2] if outside else None
        org = _organization_of(prefix)
        if country is not None and org is not None and org.kind == "international" and country_outside_names(prefix) is None:
            country = None  # "Indian Ocean Commission Secretary General X": the place is part of the body's name
        if country is None and inst is not None and inst.country and not inst.shared:
            country = inst.country
        if rank == "official" and inst is not None and inst.kind == "legislature":
            rank = "legislator"  # "House Foreign Affairs Committee Chairman": a lawmaker ("the Texas Republican")
        if country is None and org is None and "Party" not in prefix:
            # "Sen. Ben Cardin" is American; "People Power Party Rep. X" is placed by the article
            title = _title_match(prefix)
            country = title.country if title is not None else None
            if country is None and rank == "legislator" and _US_PARTY_RE.search(prefix):
                country = "USA"  # "Republican Senator X", "Democratic Rep. Y": the party of a US lawmaker
        elif _union_title_country(prefix):
            country = "EUU"  # "Latvian MEP X", "the Swedish trade commissioner X": the Union's, whatever his nationality
        plausible = role is not None or _known_person(name) or (
            len(name_toks) >= 2 and not any(t.text in _STOP_CAPS for t in name_toks[:-1])
            # "Zhang Jun", "Kim Jun": a month's short name can close a name, no other sentence word
            and (name_toks[-1].text not in _STOP_CAPS or name_toks[-1].text in _MONTH_NAME_ENDINGS)
        )
        return _RunInfo(
            "person", n0, name, role, rank, country,
            organization=org.name if org and org.kind == "international" else (
                # "Under-Secretary-General X": a title only one international body gives
                _title_match(prefix).organization if role is not None and country is None and org is None else None
            ),
            institution=inst.name if inst else None,
            inst_kind=inst.kind if inst else None,
            plausible=plausible,
            name_words=tuple(name.split()),
            single_stop=len(name_toks) == 1 and name_toks[0].text in _STOP_CAPS,
        )
    # no trailing name: an institution, an organisation, a title on its own, or a place
    inst, inst_match = _institution_of(run_text)
    if owner_split is not None and inst is not None:
        o0, _ = _name_split(run[: owner_split + 1])
        person_name = " ".join(_base(t.text) for t in run[o0 : owner_split + 1])
        owner_name = person_name or _base(run[owner_split].text)
        return _RunInfo(
            "institution", name=owner_name, country=country_in(run_text),
            institution=f"{owner_name.split()[-1]} {inst.name.lower()}", inst_kind=inst.kind,
        )
    org = _organization_of(run_text)
    if org is not None and inst_match is not None:
        # "Foreign, Commonwealth and Development Office": an organisation's name inside an institution's
        org_match = ORGANIZATION_RE.search(run_text)
        if inst_match.start() <= org_match.start() and org_match.end() <= inst_match.end():
            org = None
    if org is not None and org.kind == "media":
        return _RunInfo("media", organization=org.name)
    role, rank = _title_of(run_text)
    if org is not None and org.kind == "international" and country_outside_names(run_text) is None:
        # "the ECOWAS Commission", "mission of the Organization for Security and ...": the body speaks;
        # "chairperson of the African Union Commission": one of its officials
        if role is not None:
            return _RunInfo("title", role=role, rank=rank, organization=org.name)
        return _RunInfo("organization", organization=org.name)
    country = country_in(_before_portfolio(run_text), last=False)
    if inst is not None:
        # a leading place, or one right before the institution, names the owner:
        # "Chinese embassy", "spokesperson for the German government", not "Korea Study Caucus"
        places = countries_in(run_text)
        if inst.country and not inst.shared:
            # "Taiwan Affairs Office", "Commission on China": a place inside a fixed owner's name is no owner
            places = [p for p in places if not inst_match.start() <= p[0] < inst_match.end()]
        country = None
        if places and places[0][0] == 0:
            country = places[0][2]
        else:
            for p_start, p_end, iso3 in places:
                if run_text[p_end : inst_match.start()].strip() == "":
                    country = iso3
        if country is None and places and places[-1][1] == len(run_text) and inst_match.start() == 0:
            country = places[-1][2]  # "Embassy of Japan"
        name = inst.name
        rest = texts[len(run_text[: inst_match.end()].split()) :]
        if name in _BARE_HEADS and len(rest) >= 2 and rest[0] in ("of", "for") and rest[-1][:1].isupper():
            # "Department of International Relations": a named body, not any department
            name = " ".join([run_text[inst_match.start() : inst_match.end()], *rest])
        return _RunInfo(
            "institution", role=role, rank=rank, country=country or (None if inst.shared else inst.country),
            institution=name, inst_kind=inst.kind, embassy=inst.kind == "embassy",
        )
    if texts[-1] in INSTITUTION_HEADS and len(texts) >= 2:
        # "Mainland Affairs Council", "Ministry of Economy": a named body not in the list
        places = countries_in(run_text)
        regional = _REGIONAL_BODY_RE.search(run_text)
        if regional is not None and any(not regional.start("opener") <= a < regional.end("opener") for a, _, _ in places):
            regional = None  # "the Pacific Office of Fiji's ...": a country's own (a region may hold a demonym: "Indian Ocean")
        if regional is not None and len(run_text[regional.start("body") :].split()) >= 3:
            # "Caribbean Public Health Agency": a region's body, no government's; "executive director of the
            # Pacific Fisheries Commission": its office holder
            body = regional.group("body")
            if regional.start("body") == 0:
                return _RunInfo("organization", organization=body)
            role, rank = _title_of(run_text[: regional.start("body")].removesuffix(" ").removesuffix(" the").removesuffix(" of"))
            if role is not None:
                return _RunInfo("title", role=role, rank=rank, organization=body)
        named = " ".join(t for t in texts if not (t in _STOP_CAPS or country_in(_base(t)))) or run_text
        return _RunInfo(
            "institution", country=places[0][2] if places and places[0][0] == 0 else None,
            institution=named, inst_kind="ministry",
        )
    if role is not None:
        if _union_title_country(run_text):
            country = "EUU"  # "the Latvian MEP", "Swedish commissioner": the Union's, as "Sen." is America's
        title_org = _title_match(run_text).organization if org is None and country is None else None
        return _RunInfo("title", role=role, rank=rank, country=country, organization=org.name if org else title_org)
    if org is not None:
        return _RunInfo("organization", organization=org.name, country=org.country)
    if country is not None and (_base(run_text) in COUNTRY_NAMES or _base(run_text) in CAPITALS):
        return _RunInfo("country", country=country)
    return None


# "Pacific Fisheries Commission": a region's name opening a body's name, alone or after its head's title and "of (the)"
_REGIONAL_BODY_RE = re.compile(r"(?:^|\bof\s+(?:the\s+)?)(?P<body>(?P<opener>" + alternation(REGIONAL_NAME_OPENERS) + r")\s.*)$")
# single-word institution patterns that a named body opens with ("Ministry of Economy")
_BARE_HEADS = frozenset({"Ministry", "Department", "Office"})
_NAME_AND_RE = re.compile(r" and (?:[A-Z][\w\-]+)(?: [A-Z][\w\-]+)*")
# articles that can open a named official's title phrase across plain nouns ("the fisheries commissioner X")
_PERSON_LEAD_DETERMINERS = frozenset(("the", "his", "her", "its", "their"))
_LIST_WORDS = frozenset(("and", "or", "nor", "but", "with", "of"))
_LEAD_NOUNS_RE = re.compile(r"(?<![\w-])(?P<det>[Tt]he|[Ii]ts|[Tt]heir|[Aa]n?|[A-Z][\w.\-]*(?:['\u2019]s|s['\u2019]))\s+(?P<nouns>(?:[a-z][a-z-]+\s+){1,3})$")


_APPOSITION_RE = re.compile(r",\s+(?:the\s+|an?\s+)?([^,;#]{2,60}?),")


def _titled_after(masked: str, end: int) -> bool:
    """"Maamau, Kiribati's president, said": an official title in apposition makes a lone surname a person."""
    m = _APPOSITION_RE.match(masked, end)
    if m is None:
        return False
    title = _title_match(m.group(1), first=True)
    if title is None and m.group(1)[:8] in ("head of ", "chief of"):
        # "Colin Stewart, head of the UN peacekeeping force in Cyprus, said": an international body's head
        org = _organization_of(m.group(1))
        return org is not None and org.kind == "international"
    return title is not None and title.rank not in ("nonofficial", "courtesy")


_RECORD_NAME = (
    r"(?:(?:Mr|Mrs|Ms|Miss|Dr|Sir|Dame)\.?\s+)?(?P<{g}>[A-Z\u00C0-\u00DE][\w.'\u2019-]*+"
    r"(?:\s+(?:[A-Z\u00C0-\u00DE][\w.'\u2019-]*+|de|da|del|van|von|bin|al|ben)){{1,4}}?)"
)
# the head of a turn in a parliament's record: "Ana Ruiz (Northbay) (Lab):" (a member: constituency, party,
# what the turn is), "The Minister for Trade (Mr Ana Ruiz):" (an office holder: the office, his name in brackets)
_RECORD_LABEL_RE = re.compile(
    r"\W{0,3}(?:(?:[Tt]he\s+)?(?P<office>[A-Z][^():#\n]{2,90}?)\s+\(" + _RECORD_NAME.format(g="holder") + r"\)"
    r"|" + _RECORD_NAME.format(g="member") + r"(?:\s+\([^()#\n]{1,60}\)){1,3})\s*:\s+"
)
# a member's label alone, tried when the brackets of the one above hold no holder's name but his office or party
# ("Rt Hon ANA RUIZ (Prime Minister):")
_RECORD_MEMBER_RE = re.compile(r"\W{0,3}(?:(?:The\s+)?(?:Rt\.?\s+|Right\s+)?Hon\.?\s+)?" + _RECORD_NAME.format(g="member") + r"(?:\s+\([^()#\n]{1,60}\)){1,3}\s*:\s+")
# the courtesy a Westminster record sets before a member's name: "Hon", "Rt Hon", "The Hon"
_RECORD_HONORIFIC_RE = re.compile(r"(?:The\s+)?(?:Rt\.?\s+|Right\s+)?Hon\.?\s+")


class RecordLabel(NamedTuple):
    """A record turn's speaker: his name, where it stands, the office or membership the label gives."""

    name: str
    start: int
    end: int
    role: str
    rank: str
    country: str | None
    label_end: int = 0  # where the label, its colon and the space after it end: the turn's words start there


def record_label(masked: str) -> RecordLabel | None:
    """The speaker a parliament's record names at the head of a paragraph ("Ana Ruiz (Northbay) (Lab): ...",
    "The Minister for Trade (Ana Ruiz): ..."), or None. A member's label gives him the title of a member of
    parliament; an office holder's gives his office, and its country when the office names one."""
    found = _RECORD_LABEL_RE.match(masked)
    if found is None:
        return None
    held = None
    if found.group("office") is not None:
        held = next((m for m in find_mentions(found.group("office")) if m.kind == "title"), None)
        if held is None and (member := _RECORD_MEMBER_RE.match(masked)) is not None and _RECORD_HONORIFIC_RE.match(masked, found.start("office")):
            found = member  # "Rt Hon ANA RUIZ (Prime Minister):": a member styled by his courtesy, his office in brackets
    if found.group("member") is not None:
        title = TITLES["MP"]
        start = found.start("member")
        if (courtesy := _RECORD_HONORIFIC_RE.match(masked, start)) is not None:
            start = courtesy.end()  # "Hon ANA RUIZ": the courtesy is no part of his name
        name = masked[start : found.end("member")]
        if len(name.split()) < 2:
            return None  # "Hon. Members (Interruption):": no member named
        return RecordLabel(name_from_capitals(name), start, found.end("member"), title.role, title.rank, None, found.end())
    office = found.group("office")
    if held is None:
        return None  # "Reuters (London):", "Hon. Members (Interruption):": no office
    return RecordLabel(
        found.group("holder"), found.start("holder"), found.end("holder"), office, held.rank or "official", held.country, found.end()
    )


def find_mentions(masked: str, *, known_names: frozenset[str] = frozenset()) -> list[Mention]:
    """Speaker mentions in one sentence whose quotations are masked.

    Args:
        masked: the sentence with quoted words replaced (see ``quotes.mask_quotes``).
        known_names: name words of people already introduced in the article, so a bare
            surname ("Kuo said") is recognised.
    Returns:
        Mentions in text order.
    """
    candidates = _candidates(masked)
    known = tuple([needs is None or not known_names.isdisjoint(needs) for _, needs in candidates])
    mentions = list(_mentions_of(masked, known))
    if known_names:
        for i, m in enumerate(mentions):
            if m.kind == "country" and m.determiner is None:
                word = m.text[:-2] if m.possessive else m.text
                if word in _CAPITAL_WORDS and word in known_names:
                    # "to succeed Carlos Lima ... Lima said": a person of the article named like a capital
                    # is that person, not the capital's government
                    mentions[i] = m._replace(kind="person", name=word, country=None)
    return mentions


# one-word capitals that are no country's name ("Lima", "Muscat", "Victoria"): also surnames
_CAPITAL_WORDS = frozenset(c for c in CAPITALS if " " not in c and c[:1].isupper() and c not in COUNTRY_NAMES)


def _covering(mentions: list[Mention]):
    """A test of whether a position lies in one of ``mentions`` (``any(x.start <= pos < x.end ...)``),
    by halving over their starts: one walk over all mentions per phrase was quadratic in a long line."""
    if len(mentions) <= 24:  # a typical sentence: one walk costs less than building the index
        found = tuple(mentions)  # the mentions now, not those the caller adds later
        return lambda pos: any(x.start <= pos < x.end for x in found)
    spans = sorted((x.start, x.end) for x in mentions)
    starts = [a for a, _ in spans]
    reach = list(accumulate((b for _, b in spans), max))  # the furthest end among the first i+1

    def covered(pos: int) -> bool:
        i = bisect_right(starts, pos)
        return i > 0 and reach[i - 1] > pos

    return covered


def _place_inside(run: list[_Tok]) -> list[_Tok] | None:
    """The country a run that names no one holds: after a plural office opening the sentence ("Leaders of
    Ghana, ...", "Heads of state of Malawi, ...": capitalised only there), or before lower-case words after its
    possessive ("Kuwait's foreign ministries": the plural is read by ``_plural_bodies``)."""
    texts = [t.text for t in run]
    if len(texts) >= 2 and _is_possessive(texts[0]) and all(t.islower() for t in texts[1:]):
        return run[:1]
    if "of" not in texts[1:-1]:
        return None
    k = len(texts) - 1 - texts[::-1].index("of")
    if " ".join(texts[:k]).lower() not in PLURAL_TITLES:
        return None
    return run[k + 2 :] if texts[k + 1] == "the" and k + 2 < len(texts) else run[k + 1 :]


@lru_cache(maxsize=16384)
def _mentions_of(masked: str, known: tuple[bool, ...]) -> tuple[Mention, ...]:
    """The sentence's mentions given which of its candidates count (``known``, one flag each).
    Cached: a repeated sentence with the same surnames introduced merges the same appositives."""
    mentions = [m for (m, _), keep in zip(_candidates(masked), known) if keep]
    if "ission" in masked:
        mentions = _with_missions(masked, mentions)
    for m in _PRONOUN_RE.finditer(masked):
        mentions.append(Mention(m.start(), m.end(), m.group(), "pronoun", determiner=None))
    if "His " in masked or "Her " in masked:
        for m in _COURTESY_SUBJECT_RE.finditer(masked):
            mentions.append(Mention(m.start(), m.end(), m.group(), "pronoun", determiner=None))
    # a phrase inside a mention found before is no new one (the phrases of one pattern never
    # overlap each other, so the mentions before its loop are the ones to look in)
    if "leaders" in masked or "two " in masked or "he presidents" in masked or "he prime ministers" in masked:
        covered = _covering(mentions)
        for m in _JOINT_RE.finditer(masked):
            if not covered(m.start()):
                mentions.append(Mention(m.start(), m.end(), m.group(), "joint"))
    if any(map(masked.__contains__, _STATEMENT_NOUN_HINTS)):
        statement_phrases = _STATEMENT_PHRASE_RE.finditer(masked)
    else:
        statement_phrases = ()
    covered = None
    for m in statement_phrases:
        if covered is None:
            covered = _covering(mentions)
        if covered(m.start()):
            continue
        mentions.append(Mention(m.start(), m.end(), m.group(), "statement", determiner=m.group("det").lower(), statement=True))
    mentions.sort(key=lambda x: x.start)
    if ("s of " in masked and (" of " in masked)) or (("'s " in masked or "\u2019s " in masked) and _PLURAL_BODY_HINT_RE.search(masked)):
        mentions = _plural_bodies(masked, mentions)
    if " and " in masked:
        mentions = _merge_joint_titles(masked, mentions)
    if " in " in masked or " to " in masked:
        mentions = _merge_posted_envoys(masked, mentions)
    return tuple(_merge_appositives(masked, mentions))


# Common nouns after which a title's capitalised words name a party, not its holder ("leader of the opposition
# New Democracy", "head of the ruling Civic Union")
_PARTY_INTRO_WORDS = frozenset({"opposition", "ruling", "governing"})


@lru_cache(maxsize=16384)
def _candidates(masked: str) -> tuple[tuple[Mention, tuple[str, ...] | None], ...]:
    """The sentence's name, title, institution and place mentions, each with the name words
    that must already be known for it to count (None: it counts anyway). Cached by the
    sentence: repeated boilerplate and republished paragraphs are analysed once."""
    mentions: list[tuple[Mention, tuple[str, ...] | None]] = []
    peer_context: bool | None = None  # whether the sentence places a peer in the Lords: searched once, when needed
    for run in _name_runs(masked):
        info = _analyze_run(tuple([t.text for t in run]))
        if info is None:
            run = _place_inside(run)
            info = _analyze_run(tuple([t.text for t in run])) if run else None
            if info is None or info.kind != "country":
                continue
        end = run[-1].end
        if info.kind == "country" and CURRENCY_AFTER_RE.match(masked, end):
            continue  # "The U.S. dollar rose, traders said": a currency, not the government
        if info.kind == "person" and _is_possessive(run[-1].text) and "press" in masked:
            press = _PRESS_OFFICE_RE.match(masked, end)
            if press is not None:
                # "Alexander Lukashenko's press service said": the leader's own office, read as "X's office"
                office = _analyze_run((*[t.text for t in run], "office"))
                if office is not None and office.kind == "institution":
                    info, end = office, press.end()
        needs = None
        if info.kind == "person" and info.role == "Secretary" and run[0].text.lower() == "secretary" and masked.endswith("press ", 0, run[0].start):
            # "press" is left out of runs (a common word): "Tokayev's press secretary X" is a spokesperson
            info = info._replace(role="press secretary", rank="spokesperson")
        if info.kind == "person" and info.role is None and info.country is None and len(info.name_words) == 1 and (
            (run[info.name_index - 1].text if info.name_index else _previous_word(masked, run[0].start)) in _PEER_TITLES
        ) and (peer_context := _PEER_CONTEXT_RE.search(masked) is not None if peer_context is None else peer_context):
            # "Baroness Ruiz told peers", "the minister, Lord Dahl, said": a peer speaking in the upper house
            peer = run[info.name_index - 1].text if info.name_index else _previous_word(masked, run[0].start)
            info = info._replace(country=PEER_COUNTRY, plausible=True, role=peer, rank="honorific")
        if info.kind == "person" and info.role is not None and _MEDIA_AFTER_RE.match(masked, end):
            # "according to the official Kora news agency", "the state Lagoon Television": the capitalised
            # word is the outlet's name, not a person's; it relays, it does not speak
            end = _MEDIA_AFTER_RE.match(masked, end).end()
            info = _RunInfo("media", organization=masked[run[info.name_index].start : end])
        if info.kind == "person":
            if info.single_stop:
                continue
            if info.role is None and info.name_words and info.name_words[-1] in BODY_NAME_ENDS:
                continue  # "the British Geological Survey reported": a body's name, no person's
            if info.name_index and (
                (info.role and run[info.name_index - 1].text.lower() in _PARTY_INTRO_WORDS) or run[info.name_index - 1].text == "New"
            ):
                # "X, leader of the opposition Civic Bloc, said", "X of New Democracy": the capitalised words are a
                # party's name (a capitalised "New" right before them opens the same proper name); the words
                # before "of" may still name the person ("opposition leader Ana Lind of New Democracy")
                cut = max((k for k in range(info.name_index) if run[k].text == "of"), default=0)
                info = _analyze_run(tuple(t.text for t in run[:cut])) if cut else None
                if info is None or info.kind != "person" or info.single_stop:
                    continue
                run = run[:cut]
                end = run[-1].end
            if not (info.plausible or _titled_after(masked, run[-1].end)):
                needs = info.name_words  # "Kuo said": only a surname met before
        start = run[0].start
        det = _previous_word(masked, start).lower()
        if det in _LEADING_ADJECTIVES and masked[start - len(det) - 1 : start - 1].lower() == det:
            # "the top U.S. diplomat": the adjective belongs to the mention
            start -= len(det) + 1
            det = _previous_word(masked, start).lower()
        if det not in DETERMINERS and info.kind in ("institution", "organization") and masked[start].islower():
            # "The election observation mission of ...": plain nouns before the body's word are part of it
            lead = _LEAD_NOUNS_RE.search(masked, 0, start)
            if lead and (lead.group("det").lower() in DETERMINERS or _is_possessive(lead.group("det"))):
                start, det = lead.start("nouns"), lead.group("det").lower()
        elif det not in DETERMINERS and info.kind in ("person", "title") and info.role and masked[start].islower():
            # "the fisheries commissioner Ana Ruiz", "her health minister Ola Berg", "Peru's mining minister, X": plain
            # nouns between the article (or a possessive) and a lower-case title (or a bare "minister" set off by
            # commas before the name) are part of the title, so the article opens the mention
            lead = _LEAD_NOUNS_RE.search(masked, max(0, start - 60), start)
            if lead and (lead.group("det").lower() in _PERSON_LEAD_DETERMINERS or _is_possessive(lead.group("det"))) and not (
                _LIST_WORDS & set(lead.group("nouns").split())
            ):
                start, det = lead.start("nouns"), lead.group("det").lower()
        if det in ("his", "her") and info.kind == "person" and (
            run[0].text in _COURTESY_OPENERS or (run[0].text == "Royal" and len(run) > 1 and run[1].text in _COURTESY_OPENERS)
        ):
            # "His Royal Highness Crown Prince X", "Her Majesty Queen Y": a form of address, not "his" someone
            start -= len(det) + 1
            det = _previous_word(masked, start).lower()
        determiner = det if det in DETERMINERS else None
        if info.kind == "institution" and run[-1].text == "diplomacy" and not (
            determiner == "the" and len(run) == 2 and run[0].text in DEMONYM_WORDS
        ):
            continue  # only "the French diplomacy" (a turn translated from French) is a ministry speaking
        possessive = _is_possessive(run[-1].text) and end == run[-1].end
        statement = _STATEMENT_NOUN_RE.match(masked, end) is not None
        if info.kind == "person":
            if info.role is None and info.country is None and not all(
                t.text in HONORIFICS for t in run[: info.name_index]
            ):
                start = run[info.name_index].start
            mentions.append((
                Mention(
                    start, end, masked[start:end], "person", name=info.name, role=info.role, rank=info.rank,
                    country=info.country, organization=info.organization, institution=info.institution,
                    inst_kind=info.inst_kind, possessive=possessive, determiner=determiner, statement=statement,
                ),
                needs,
            ))
        elif info.kind == "media":
            mentions.append((Mention(start, end, masked[start:end], "media", organization=info.organization), None))
        else:
            city_m = _EMBASSY_CITY_RE.match(masked, end) if info.kind == "institution" else None
            country = info.country
            if info.kind == "institution" and info.institution and info.institution.split()[0] in _BARE_HEADS and " of " in info.institution:
                more = _NAME_AND_RE.match(masked, end)
                if more:
                    # "Department of International Relations and Cooperation": the name goes on after "and"
                    info = info._replace(institution=f"{info.institution} {more.group().strip()}")
                    end = more.end()
            if city_m and not info.embassy:
                # "the foreign ministry in Buenos Aires": the capital names the owner
                country = country or country_in(city_m.group(1))
                city_m = None
            mentions.append((
                Mention(
                    start, city_m.end() if city_m else end, masked[start:end], info.kind,
                    name=info.name, role=info.role, rank=info.rank, country=country,
                    organization=info.organization, institution=info.institution, inst_kind=info.inst_kind,
                    possessive=possessive, determiner=determiner, statement=statement,
                    city=city_m.group(1) if city_m else None,
                ),
                None,
            ))
    return tuple(mentions)


# The noun after an outlet's name: "Kora news agency", "Lagoon Television", "Harbour Radio".
_MEDIA_AFTER_RE = re.compile(r" (?:(?:state |official )?(?:news agency|news service|wire service|agency|television|TV|radio|newspaper|daily|broadcaster))(?![\w-])", re.IGNORECASE)
_PEER_CONTEXT_RE = re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(w) for w in PEER_WORDS) + r")(?![\w-])")
# "X's press service", "X's press office": a leader's office under another name
_PRESS_OFFICE_RE = re.compile(r" press (?:service|office|secretariat)s?(?![\w-])")


