"""Speaker mentions in a sentence: titled names, institutions, countries, capitals, pronouns.

A mention is found on the sentence with its quotations masked, so words inside quotes
never become speakers. Capitalised words, particles ("bin", "von der") and descriptor
words (titles, institution words, place words) form runs; the trailing name part of a run
is the person, the words before it are the title and the country. The runs come from
name_runs.py and what each run is (person, title, institution, place) from run_analysis.py;
this module places them in the sentence (determiners, possessives, outlets, peers) and adds
pronouns, joint and statement phrases. The Mention record, the word sets and the title
look-ups come from mention_words.py; the country or body the words around a mention imply
from mention_lookups.py; appositives, joint titles and plural bodies are merged in by
mention_merges.py.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from functools import lru_cache
from itertools import accumulate
from typing import NamedTuple

from tracker.extract.countries import (
    CURRENCY_AFTER_RE,
    DEMONYM_WORDS,
    country_in,
)
from tracker.extract.lexicon import (
    BODY_NAME_ENDS,
    CAPITALS,
    COUNTRY_NAMES,
    PEER_COUNTRY,
    PEER_WORDS,
    PLURAL_TITLES,
    TITLES,
)
from tracker.extract.mention_lookups import (
    organization_of,
    previous_word,
)
from tracker.extract.mention_merges import (
    PLURAL_BODY_HINT_RE,
    PLURAL_TITLE_BEFORE_RE,
    merge_appositives,
    merge_joint_titles,
    merge_posted_envoys,
    name_from_capitals,
    plural_bodies,
    with_missions,
)
from tracker.extract.mention_words import (
    DETERMINERS,
    LEADING_ADJECTIVES,
    PEER_TITLES,
    Mention,
    courtesy_length,
    known_person,
    title_match,
)
from tracker.extract.name_runs import (
    Tok,
    is_possessive,
    name_runs,
)
from tracker.extract.patterns import alternation
from tracker.extract.run_analysis import (
    BARE_HEADS,
    COURTESY_OPENERS,
    RunInfo,
    analyze_run,
)

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
# "His Majesty affirmed ...": a form of address standing alone refers back to the person, as "he" does
_COURTESY_SUBJECT_RE = re.compile(
    r"\b(?:His|Her)\s+(?:Royal\s+)?(?:Majesty|Highness|Excellency|Eminence|Holiness)\b(?!['\u2019]s|\s+(?:the\s+)?[A-Z])"
)
_PRONOUN_RE = re.compile(r"(?:" + alternation(("He", "he", "She", "she", "It", "it", "They", "they"), not_after=r"\w") + r")\b")
_EMBASSY_CITY_RE = re.compile(r"\s+in\s+([A-Z][\w\u00C0-\u024F'\-]+(?:\s+[A-Z][\w'\-]+){0,2})")


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
    title = title_match(m.group(1), first=True)
    if title is None and m.group(1)[:8] in ("head of ", "chief of"):
        # "Colin Stewart, head of the UN peacekeeping force in Cyprus, said": an international body's head
        org = organization_of(m.group(1))
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


def _place_inside(run: list[Tok]) -> list[Tok] | None:
    """The country a run that names no one holds: after a plural office opening the sentence ("Leaders of
    Ghana, ...", "Heads of state of Malawi, ...": capitalised only there), or before lower-case words after its
    possessive ("Kuwait's foreign ministries": the plural is read by ``plural_bodies``)."""
    texts = [t.text for t in run]
    if len(texts) >= 2 and is_possessive(texts[0]) and all(t.islower() for t in texts[1:]):
        return run[:1]
    if "of" not in texts[1:-1]:
        return None
    k = len(texts) - 1 - texts[::-1].index("of")
    if " ".join(texts[:k]).lower() not in PLURAL_TITLES:
        return None
    return run[k + 2 :] if texts[k + 1] == "the" and k + 2 < len(texts) else run[k + 1 :]


def _plural_office_opening(run: list[Tok]) -> tuple[RunInfo, list[Tok]] | None:
    """A run opening with a plural office ("Foreign Ministers Ana Ruiz of Chile"), read as the name after it
    with that office (its singular title), or None."""
    for k in (1, 2, 3):
        if len(run) <= k + 1:
            return None
        office = PLURAL_TITLES.get(" ".join(t.text for t in run[:k]).lower())
        if office is not None:
            info = analyze_run(tuple(t.text for t in run[k:]))
            if info is None or info.kind != "person" or info.name_index or info.role is not None:
                return None
            return info._replace(role=office.role, rank=office.rank), run[k:]
    return None


@lru_cache(maxsize=16384)
def _mentions_of(masked: str, known: tuple[bool, ...]) -> tuple[Mention, ...]:
    """The sentence's mentions given which of its candidates count (``known``, one flag each).
    Cached: a repeated sentence with the same surnames introduced merges the same appositives."""
    mentions = [m for (m, _), keep in zip(_candidates(masked), known) if keep]
    if "ission" in masked:
        mentions = with_missions(masked, mentions)
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
    if ("s of " in masked and (" of " in masked)) or (("'s " in masked or "\u2019s " in masked) and PLURAL_BODY_HINT_RE.search(masked)):
        mentions = plural_bodies(masked, mentions)
    if " and " in masked:
        mentions = merge_joint_titles(masked, mentions)
    if " in " in masked or " to " in masked:
        mentions = merge_posted_envoys(masked, mentions)
    return tuple(merge_appositives(masked, mentions))


# lower-case nouns that make the capitalised words before them a place ("the Lake Chad basin", "the Blue Nile region")
_PLACE_NOUN_AFTER_RE = re.compile(r"\s+(?:regions?|area|basin|valley|delta|corridor|peninsula|highlands|coast|coastline|littoral)\b")


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
    for run in name_runs(masked):
        info = analyze_run(tuple([t.text for t in run]))
        if (info is None or (info.kind == "person" and info.role is None)) and (held := _plural_office_opening(run)):
            # "Prime Ministers Ana Ruiz of Chile and ...", "Presidents Ola Berg and ...": the office the listed
            # names share, capitalised before the first; the name after it is its holder
            info, run = held
        elif (
            info is not None and info.kind == "person" and info.role is None and info.name_index == 0 and run[0].start > 1
            and masked[run[0].start - 2] in ("s", "S")
            and (plural := PLURAL_TITLE_BEFORE_RE.search(masked, max(0, run[0].start - 40), run[0].start))
        ):
            office = PLURAL_TITLES[" ".join(plural.group().lower().split())]
            info = info._replace(role=office.role, rank=office.rank)  # "foreign ministers Ana Ruiz and ...": the same
        if info is None:
            run = _place_inside(run)
            info = analyze_run(tuple([t.text for t in run])) if run else None
            if info is None or info.kind != "country":
                continue
        end = run[-1].end
        if info.kind == "country" and CURRENCY_AFTER_RE.match(masked, end):
            continue  # "The U.S. dollar rose, traders said": a currency, not the government
        if info.kind == "person" and info.role is None and _PLACE_NOUN_AFTER_RE.match(masked, end) and not known_person(info.name or ""):
            continue  # "the Great Lakes region", "the Red Sea basin": a place named by the noun after it, nobody
        if info.kind == "person" and is_possessive(run[-1].text) and "press" in masked:
            press = _PRESS_OFFICE_RE.match(masked, end)
            if press is not None:
                # "Alexander Lukashenko's press service said": the leader's own office, read as "X's office"
                office = analyze_run((*[t.text for t in run], "office"))
                if office is not None and office.kind == "institution":
                    info, end = office, press.end()
        needs = None
        if info.kind == "person" and info.role == "Secretary" and run[0].text.lower() == "secretary" and masked.endswith("press ", 0, run[0].start):
            # "press" is left out of runs (a common word): "Tokayev's press secretary X" is a spokesperson
            info = info._replace(role="press secretary", rank="spokesperson")
        if info.kind == "person" and info.role is None and info.country is None and len(info.name_words) == 1 and (
            (run[info.name_index - 1].text if info.name_index else previous_word(masked, run[0].start)) in PEER_TITLES
        ) and (peer_context := _PEER_CONTEXT_RE.search(masked) is not None if peer_context is None else peer_context):
            # "Baroness Ruiz told peers", "the minister, Lord Dahl, said": a peer speaking in the upper house
            peer = run[info.name_index - 1].text if info.name_index else previous_word(masked, run[0].start)
            info = info._replace(country=PEER_COUNTRY, plausible=True, role=peer, rank="honorific")
        if info.kind == "person" and info.role is not None and _MEDIA_AFTER_RE.match(masked, end):
            # "according to the official Kora news agency", "the state Lagoon Television": the capitalised
            # word is the outlet's name, not a person's; it relays, it does not speak
            end = _MEDIA_AFTER_RE.match(masked, end).end()
            info = RunInfo("media", organization=masked[run[info.name_index].start : end])
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
                info = analyze_run(tuple(t.text for t in run[:cut])) if cut else None
                if info is None or info.kind != "person" or info.single_stop:
                    continue
                run = run[:cut]
                end = run[-1].end
            if not (info.plausible or _titled_after(masked, run[-1].end)):
                needs = info.name_words  # "Kuo said": only a surname met before
        start = run[0].start
        det = previous_word(masked, start).lower()
        if det in LEADING_ADJECTIVES and masked[start - len(det) - 1 : start - 1].lower() == det:
            # "the top U.S. diplomat": the adjective belongs to the mention
            start -= len(det) + 1
            det = previous_word(masked, start).lower()
        if det not in DETERMINERS and info.kind in ("institution", "organization") and masked[start].islower():
            # "The election observation mission of ...": plain nouns before the body's word are part of it
            lead = _LEAD_NOUNS_RE.search(masked, 0, start)
            if lead and (lead.group("det").lower() in DETERMINERS or is_possessive(lead.group("det"))):
                start, det = lead.start("nouns"), lead.group("det").lower()
        elif det not in DETERMINERS and info.kind in ("person", "title") and info.role and masked[start].islower():
            # "the fisheries commissioner Ana Ruiz", "her health minister Ola Berg", "Peru's mining minister, X": plain
            # nouns between the article (or a possessive) and a lower-case title (or a bare "minister" set off by
            # commas before the name) are part of the title, so the article opens the mention
            lead = _LEAD_NOUNS_RE.search(masked, max(0, start - 60), start)
            if lead and (lead.group("det").lower() in _PERSON_LEAD_DETERMINERS or is_possessive(lead.group("det"))) and not (
                _LIST_WORDS & set(lead.group("nouns").split())
            ):
                start, det = lead.start("nouns"), lead.group("det").lower()
        if det in ("his", "her") and info.kind == "person" and (
            run[0].text in COURTESY_OPENERS or (run[0].text == "Royal" and len(run) > 1 and run[1].text in COURTESY_OPENERS)
        ):
            # "His Royal Highness Crown Prince X", "Her Majesty Queen Y": a form of address, not "his" someone
            start -= len(det) + 1
            det = previous_word(masked, start).lower()
        determiner = det if det in DETERMINERS else None
        if info.kind == "institution" and run[-1].text == "diplomacy" and not (
            determiner == "the" and len(run) == 2 and run[0].text in DEMONYM_WORDS
        ):
            continue  # only "the French diplomacy" (a turn translated from French) is a ministry speaking
        possessive = is_possessive(run[-1].text) and end == run[-1].end
        statement = _STATEMENT_NOUN_RE.match(masked, end) is not None
        if info.kind == "person":
            if info.role is None and info.country is None and courtesy_length([t.text for t in run[: info.name_index]]) < info.name_index:
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
            if info.kind == "institution" and info.institution and info.institution.split()[0] in BARE_HEADS and " of " in info.institution:
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


