"""Speaker mentions in a sentence: titled names, institutions, countries, capitals, pronouns.

A mention is found on the sentence with its quotations masked, so words inside quotes
never become speakers. Capitalised words, particles ("bin", "von der") and descriptor
words (titles, institution words, place words) form runs; the trailing name part of a run
is the person, the words before it are the title and the country. The runs come from
name_runs.py; the Mention record, the word sets and the title look-ups from mention_words.py.
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
    NARRATIVE,
    ORGANIZATIONS,
    PEER_COUNTRY,
    PEER_WORDS,
    PLURAL_TITLES,
    PORTFOLIO_CLOSERS,
    REGIONAL_NAME_OPENERS,
    TITLES,
    TITLES_LOWER,
    Title,
)
from tracker.extract.mention_words import (
    _CAPITAL_SURNAMES,
    _DESCRIPTOR_WORDS,
    _HONORIFIC_TITLES,
    _INST_LOOKUP,
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
    INSTITUTION_RE,
    NAME_SUFFIXES,
    ORGANIZATION_RE,
    PARTICLES,
    TITLE_RE,
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

_TWO_OFFICE_RANKS = frozenset({"head", "minister"})
_TITLES_AND_RE = re.compile(r" and (?:the )?")


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


_WORD_CHARS = frozenset("'\u2019-")
_TRAILING_PUNCTUATION = " \t\n,.;:#\"\u201c\u201d\u2018()[]!?/\u2014\u2013\u2026"


def last_word(text: str) -> tuple[str, int]:
    """The last word of ``text`` and where it ends (scanning back, not a $-anchored regex)."""
    # common punctuation and masked quotes ("#####") in one C call; the loop handles the rest.
    # Stripped from a tail growing only while it is all punctuation: stripping the whole text
    # copied it, quadratic for a long line with a name after each comma.
    width = 64
    while True:
        low = max(0, len(text) - width)
        kept = len(text[low:].rstrip(_TRAILING_PUNCTUATION))
        if kept or low == 0:
            i = low + kept
            break
        width *= 4
    while i > 0 and not (text[i - 1].isalnum() or text[i - 1] in _WORD_CHARS):
        i -= 1
    end = i
    while i > 0 and (text[i - 1].isalnum() or text[i - 1] in _WORD_CHARS or text[i - 1] == "_"):
        i -= 1
    return text[i:end], end


def drop_last_word(text: str) -> str:
    """``text`` without its last word and the spaces after it."""
    return text.rstrip().rsplit(None, 1)[0] + " " if text.strip() and " " in text.strip() else ""


def text_before(text: str, pos: int, drop: bool = False, words: int = 1) -> tuple[str, int]:
    """``(window, low)`` such that ``text[:low] + window`` is ``text[:pos]`` (``drop_last_word`` of
    it with ``drop``) and its last ``words`` words (``last_word``, again before each) lie whole in
    the window, after its first character: what callers read from the prefix of a mention without
    copying and stripping the whole prefix of a long line for each mention."""
    width = 128
    while True:
        low = max(0, pos - width)
        window = text[low:pos]
        if low == 0:
            return (drop_last_word(window) if drop else window), 0
        if drop:
            # the space test of drop_last_word holds for the whole prefix when it holds for the window
            window = drop_last_word(window) if " " in window.strip() else ""
        rest = window
        for _ in range(words):
            word, end = last_word(rest)
            if end - len(word) <= 0:
                break
            rest = rest[: end - len(word)]
        else:
            return window, low
        width *= 4


def _previous_word(text: str, pos: int) -> str:
    """``last_word(text[:pos])``, read from a window before ``pos`` that grows only when the word
    may go on before it: copying the whole prefix made a sentence with many runs quadratic."""
    width = 64
    while True:
        low = max(0, pos - width)
        window = text[low:pos]
        word, end = last_word(window)
        if low == 0 or end - len(word) > 0:
            return word
        width *= 4


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


# "a Texas Democrat", "(D-Calif.)", "R-Fla.", "Republican Senator": the party label of a US lawmaker
_US_PARTY_RE = re.compile(
    r"\b(?:an?\s+[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?\s+(?:Democrat|Republican)|[DR]-[A-Z][a-z]{1,12}\.?"
    r"|(?:Republican|Democratic)\s+(?:U\.S\.\s+)?(?:Senator|Sen\.|Representative|Rep\.|Congressman|Congresswoman))(?![\w-])"
)


# " for Ukraine", " on the Sahel": the place a title deals with, up to an "of"/"in"/"at" phrase that may
# name the holder's own place ("the minister for trade of Ghana", "the rapporteur on Peru in the Bundestag")
_PORTFOLIO_RE = re.compile(r"\s(?:for|on)\s[^,;#]*?(?=\s(?:of|in|at)\s|$)")


def _without_portfolio(text: str) -> str:
    """``text`` less the portfolio right after its title: "the rapporteur on Moldova", "the envoy for
    Yemen" name the country the office deals with, not the holder's."""
    for title in TITLE_RE.finditer(text):
        m = _PORTFOLIO_RE.match(text, title.end())
        if m is not None:
            return text[: m.start()] + text[m.end() :]
    return text


# "speaking from Madrid", "talking to reporters in Lima": the place after it is where the words were said
VENUE = r"\b(?:" + alternation(NARRATIVE["venue_words"]) + r")\s+(?:(?:to|with)\s+(?:[\w-]+\s+){1,3}?)?(?:from|in|at)\b"
_VENUE_RE = re.compile(VENUE, re.IGNORECASE)


# "the son of Cuban immigrants", "whose parents fled Laos", "Nigerian-born": the family's place, not the speaker's
_NAME_RUN = r"(?:the\s+)?[A-Z][\w'\u2019.]*(?:\s+[A-Z][\w'\u2019.]*){0,2}"
_ANCESTRY_RE = re.compile(
    r"\b(?:" + alternation(NARRATIVE["ancestry_before"]) + r")\s+" + _NAME_RUN
    + r"|(?<![\w-])[A-Z][\w'\u2019]*(?:\s+[A-Z][\w'\u2019]*)?\s+(?:" + alternation(NARRATIVE["ancestry_after"]) + r")\b"
    + r"|(?<![\w-])[A-Z][\w'\u2019]*-(?=(?:" + alternation(NARRATIVE["ancestry_hyphen"]) + r")\b)"
    # "X, in exile in Warsaw,", "X, who lives in Paris,": where he lives is no country he speaks for either
    + r"|\b(?:" + alternation(NARRATIVE["residence_words"]) + r")\s+" + _NAME_RUN
)


def without_ancestry(text: str) -> str:
    """``text`` less the places of a speaker's family story ("a senator and son of Cuban immigrants",
    "an MP of Kenyan descent", "whose parents fled Laos", "Nigerian-born") and of his home ("in exile in
    Madrid", "based in London"): where his family came from or where he lives is no country he speaks for.
    Spans become spaces, so offsets stay."""
    return _ANCESTRY_RE.sub(lambda m: " " * len(m.group(0)), text)


def implied_country(text: str) -> str | None:
    """The country an appositive or title names: a place, an institution with a fixed owner
    ("the Senate Foreign Relations Committee"), a title's own country ("Sen."), a US party label.
    A member of the European Parliament is the EU's whatever his nationality ("the Latvian MEP who is
    the European Parliament's rapporteur on Georgia"). A place the speaker spoke from names none."""
    if "ing " in text or "spoke" in text or "reporters" in text:
        venue = _VENUE_RE.search(text)
        if venue is not None:
            text = text[: venue.start()]
    text = without_ancestry(text)
    title = _title_match(text)
    if _union_title_country(text):
        return "EUU"
    inst, _ = _institution_of(text)
    if inst is not None and inst.country == "EUU" and inst.kind == "legislature" and title is not None and title.rank == "legislator":
        return "EUU"
    country = country_outside_names(_without_portfolio(text))
    if country is not None:
        return country
    if inst is not None and inst.country and not inst.shared:
        return inst.country
    if title is not None and title.country:
        return title.country
    return "USA" if _US_PARTY_RE.search(text) else None


def _union_title_country(text: str) -> str | None:
    """"EUU" when the title is one of the Union's own ("a Dutch MEP", "the Latvian enlargement
    commissioner"): the nationality says where the official is from, not whom the words speak for."""
    title = _title_match(text)
    return "EUU" if title is not None and title.country == "EUU" else None


def _institution_of(text: str):
    best = None
    for m in INSTITUTION_RE.finditer(text):
        best = m
    if best is None:
        return None, None
    return _INST_LOOKUP[best.group().lower()], best


def _organization_of(text: str):
    for m in ORGANIZATION_RE.finditer(text):
        return ORGANIZATIONS[m.group()]
    return None


def _international_in(text: str) -> str | None:
    """The international organisation named in an appositive ("chairperson of the African Union Commission")."""
    if country_outside_names(text) is not None:
        return None
    org = _organization_of(text)
    return org.name if org is not None and org.kind == "international" else None


# "the Vostok chief", "the Tesla boss": the head of a body no table knows (a company, a militia) holds no office
_PRIVATE_HEAD_RE = re.compile(r"(?P<owner>[A-Z][\w-]+(?:\s+[A-Z][\w-]+)?)\s+(?:chief|boss|head|founder)")


def _private_head(appositive: str) -> bool:
    """Whether an appositive title ("Wagner chief") heads a body no table knows: no country, institution or
    international organisation is named in it."""
    found = _PRIVATE_HEAD_RE.fullmatch(appositive.strip())
    return (
        found is not None and country_in(found.group("owner")) is None and _institution_of(appositive)[0] is None
        and _organization_of(appositive) is None and not any(w in TITLES for w in found.group("owner").split())
    )


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
    if found.group("member") is not None:
        title = TITLES["MP"]
        return RecordLabel(found.group("member"), found.start("member"), found.end("member"), title.role, title.rank, None, found.end())
    office = found.group("office")
    held = next((m for m in find_mentions(office) if m.kind == "title"), None)
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


# "the foreign ministries of the UAE and Bahrain", "the governments of Oman, Qatar and Kuwait": one body of each
# country listed after the plural (the plural word and the singular it is looked up by)
_PLURAL_BODIES_RE = re.compile(
    r"\b(?P<det>[Tt]he\s+)?(?P<body>(?:(?:foreign|defen[cs]e|interior|finance|trade|health)\s+)?"
    r"(?:ministries|governments|embassies|presidencies|foreign offices))\s+of\s+(?:the\s+)?$"
)
# "Oman, Qatar and Kuwait's foreign ministries": the plural body after the list's last, possessive, country
_PLURAL_BODIES_AFTER_RE = re.compile(
    r"\s+(?P<body>(?:(?:foreign|defen[cs]e|interior|finance|trade|health)\s+)?"
    r"(?:ministries|governments|embassies|presidencies|foreign offices))\b"
)
# "the presidents of Peru and Ecuador", "Leaders of Fiji and Samoa": a plural office (lexicon.PLURAL_TITLES) before
# a list of countries; a leader is each country's government, another office each country's holder of it
_PLURAL_OFFICES_RE = re.compile(
    r"(?i:\b(?P<det>the\s+)?(?P<office>" + alternation(PLURAL_TITLES) + r")\s+of\s+(?:the\s+)?)$"
)
_NAMES_AFTER_RE = re.compile("(?:,|\\s*[\u2013\u2014]|\\s+-+)\\s+[A-Z]")
_PLURAL_BODY_HINT_RE = re.compile(r"(?:ministries|governments|embassies|presidencies|offices)\b")
_PLURAL_ENDINGS = (("ministries", "ministry"), ("governments", "government"), ("embassies", "embassy"), ("presidencies", "presidency"), ("offices", "office"))
_PLURAL_LIST_GAP_RE = re.compile(r"\s*(?:,\s*(?:and\s+)?|and\s+)(?:the\s+)?")


def _plural_bodies(masked: str, mentions: list[Mention]) -> list[Mention]:
    """Countries listed after a plural body ("the foreign ministries of Oman and Kuwait") or office ("the
    presidents of Peru and Ecuador") as that body or office of each, or before a plural body after the last one's
    possessive ("Oman and Kuwait's foreign ministries"): the first mention spans the plural phrase, so it stands
    where a subject stands."""
    out: list[Mention] = []
    body: tuple[str, str] | None = None  # (institution name, kind) of the list being read
    office: Title | None = None  # the office of the list being read
    # a list after a plural office: where it starts in ``out``, and its countries as found (the names after it hold
    # the office)
    pending, listed, originals = False, 0, []
    for m in mentions:
        if m.kind == "country" and m.possessive:
            after = _PLURAL_BODIES_AFTER_RE.match(masked, m.end)
            singular = _singular_body(after["body"]) if after is not None else None
            if singular is not None:
                # the countries before it, joined to it by commas and "and", share the plural body
                first = len(out)
                while first and out[first - 1].kind == "country" and not out[first - 1].possessive and _PLURAL_LIST_GAP_RE.fullmatch(
                    masked, out[first - 1].end, out[first].start if first < len(out) else m.start
                ):
                    first -= 1
                if first < len(out):
                    out[first:] = [
                        x._replace(kind="institution", institution=singular.name, inst_kind=singular.kind) for x in out[first:]
                    ]
                    out.append(m._replace(
                        end=after.end(), text=masked[m.start : after.end()], kind="institution", institution=singular.name,
                        inst_kind=singular.kind, possessive=False,
                    ))
                    body = office = None
                    pending = False
                    continue
        if m.kind == "country" and not m.possessive:
            if out and _PLURAL_LIST_GAP_RE.fullmatch(masked, out[-1].end, m.start):
                if body is not None and out[-1].kind == "institution":
                    out.append(m._replace(kind="institution", institution=body[0], inst_kind=body[1]))
                    continue
                if office is not None and out[-1].kind == "title":
                    originals.append(m)
                    out.append(m._replace(kind="title", role=office.role, rank=office.rank))
                    continue
                if pending and out[-1].kind == "country":
                    originals.append(m)
                    out.append(m)
                    continue
            window = max(0, m.start - 80)
            plural = _PLURAL_BODIES_RE.search(masked, window, m.start)
            singular = _singular_body(plural["body"]) if plural is not None else None
            if plural is not None and singular is not None:
                body, office, pending = (singular.name, singular.kind), None, False
                start = plural.start()
                out.append(m._replace(
                    start=start, text=masked[start : m.end], kind="institution", institution=body[0], inst_kind=body[1],
                    determiner="the" if plural["det"] else None,
                ))
                continue
            plural = _PLURAL_OFFICES_RE.search(masked, window, m.start) if "s of " in masked[window : m.start] else None
            if plural is not None:
                start = plural.start()
                held = PLURAL_TITLES.get(" ".join(plural["office"].lower().split()))
                if held is None or held.rank not in ("head", "minister"):
                    # "Leaders of Fiji and Samoa": each country's government (a plain list of countries)
                    body = office = None
                    pending, listed, originals = True, len(out), [m]
                    out.append(m._replace(start=start, text=masked[start : m.end], determiner="the" if plural["det"] else None))
                    continue
                office, body = held, None
                pending, listed, originals = True, len(out), [m]
                out.append(m._replace(
                    start=start, text=masked[start : m.end], kind="title", role=held.role, rank=held.rank,
                    determiner="the" if plural["det"] else None,
                ))
                continue
        if pending and _NAMES_AFTER_RE.match(masked, out[-1].end):
            out[listed:] = originals  # "the presidents of Kenya and Uganda, X and Y": the names after the list hold it
        body = office = None
        pending = False
        out.append(m)
    if pending and _NAMES_AFTER_RE.match(masked, out[-1].end):
        out[listed:] = originals
    return out


def _singular_body(words: str):
    """The institution a plural body names ("foreign ministries" -> the foreign ministry), or None."""
    words = words.lower()
    for many, one in _PLURAL_ENDINGS:
        if words.endswith(many):
            return _INST_LOOKUP.get(words[: -len(many)] + one)
    return None


def _merge_posted_envoys(masked: str, mentions: list[Mention]) -> list[Mention]:
    """"US Ambassador in Colombo Ana Ruiz", "British High Commissioner to Ghana Tom Reed": an envoy's title, his
    posting and his name, one person of the title's country (the posting's place is no part of his name)."""
    out: list[Mention] = []
    for m in mentions:
        title = out[-1] if out else None
        if (
            title is not None and title.kind == "title" and title.rank == "diplomat" and m.kind == "person" and m.role is None
            and masked[title.end : m.start] in (" in ", " to ")
        ):
            place = next(iter(countries_in(m.text)), None)
            rest = m.text[place[1] :].split() if place is not None and place[0] == 0 else []
            if len(rest) >= 2 and all(w[:1].isupper() for w in rest):
                name = " ".join(rest)
                out[-1] = m._replace(start=title.start, text=masked[title.start : m.end], name=name, role=title.role,
                                     rank=title.rank, country=title.country, determiner=title.determiner)
                continue
        out.append(m)
    return out


def _merge_joint_titles(masked: str, mentions: list[Mention]) -> list[Mention]:
    """"Deputy Prime Minister and Interior Minister Omar Haddad", "Crown Prince and Prime Minister Salman":
    one person holding two offices, not a bare title listed beside a named official. Only a title
    without an article ("the President and Foreign Minister X" may be two people) joins the name."""
    out: list[Mention] = []
    for m in mentions:
        first = out[-1] if out else None
        if (
            first is not None and first.kind == "title" and first.determiner is None and not first.possessive
            and not first.statement and first.rank in _TWO_OFFICE_RANKS
            and m.kind == "person" and m.role is not None and m.name and m.determiner is None
            and masked[first.end : m.start] == " and " and masked[m.start : m.end].startswith(m.role)
            # ("Emir of Qatar and Deputy Commander of the Armed Forces": one word before "of" is the office's noun)
            and not (" " not in m.name and f"{m.name} of " in m.text)
        ):
            out[-1] = m._replace(start=first.start, text=masked[first.start : m.end], country=m.country or first.country)
            continue
        if (
            first is not None and first.kind == m.kind == "title" and first.country and m.country is None and not m.possessive
            and not m.statement and _TITLES_AND_RE.fullmatch(masked, first.end, m.start)
        ):
            # "Saudi Arabia's King and Crown Prince sent": the place named once owns both offices
            m = m._replace(country=first.country)
        out.append(m)
    return out


# "the OSCE-led international election observation mission", "the SADC Electoral Observation Mission":
# an international body's observers, named as written (the body's own officials are other speakers)
_MISSION_RE = re.compile(
    r"(?:(?:The|An?|Its|Their)\s+)?(?P<body>(?:[A-Z][\w&.\u2019'/-]*\s+)*?[A-Z][\w&.\u2019'/-]*?)(?:-led)?\s+(?:(?:[Ii]nternational|[Jj]oint|[Pp]reliminary)\s+)?"
    r"(?:(?:[Ee]lection|[Ee]lectoral)\s+)?[Oo]bserv(?:ation|er)\s+[Mm]ission\b"
)


# "the observation mission led by the OSCE's Office for Democratic ...", "the observer mission deployed by the AU":
# the body named after the mission
_MISSION_LED_BY_RE = re.compile(
    r"(?:(?:[Ii]nternational|[Jj]oint|[Pp]reliminary)\s+)?(?:(?:[Ee]lection|[Ee]lectoral)\s+)?[Oo]bserv(?:ation|er)\s+[Mm]ission\s+"
    r"(?:led|headed|deployed|fielded|organi[sz]ed|sent)\s+by\s+(?:the\s+)?"
    r"(?P<body>[A-Z][\w&.\u2019'/-]*(?:\s+(?:(?:for|and|of|on|the)\s+)*[A-Z][\w&.\u2019'/-]*){0,7})"
)


def _with_missions(masked: str, mentions: list[Mention]) -> list[Mention]:
    out = mentions
    for m in _MISSION_LED_BY_RE.finditer(masked):
        org = _organization_of(m.group("body").replace("/", " ").replace("\u2019s", "").replace("'s", ""))
        if org is None or org.kind != "international" or org.country:
            continue
        start = m.start()
        det = _previous_word(masked, start).lower()
        mission = Mention(
            start, m.end(), masked[start : m.end()], "organization", name=masked[start : m.end()], organization=org.name,
            determiner=det if det in DETERMINERS else None,
        )
        out = [x for x in out if x.end <= m.start() or x.start >= m.end()] + [mission]
    for m in _MISSION_RE.finditer(masked):
        body = m.group("body").replace("/", " ").replace("\u2019s", "").replace("'s", "")
        org = None
        for word_start in range(len(body.split())):
            org = _organization_of(" ".join(body.split()[word_start:]))
            if org is not None:
                break
        if org is None or org.kind != "international" or org.country or country_outside_names(body) is not None:
            continue  # "the EU election observation mission" stays the EU's; a country's mission is its own
        start = m.start("body")
        det = _previous_word(masked, start).lower()
        mission = Mention(
            start, m.end(), masked[start : m.end()], "organization", name=masked[start : m.end()], organization=org.name,
            determiner=det if det in DETERMINERS else None,
        )
        out = [x for x in out if x.end <= m.start() or x.start >= m.end()] + [mission]
    return sorted(out, key=lambda x: x.start)


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
# (the body's initials in brackets may close the title: "the head of the Andean Water Authority (AWA), X, said")
_APPOSITIVE_GAP_RE = re.compile(
    r"^(?:\s+(?:in|to|at|and|on|for)\s+(?:the\s+)?[A-Z][\w\-]+(?:\s+[A-Z][\w\-]+)?)?(?:\s+\([A-Z][\w&.\-]{1,11}\))?\s*,\s*(?:(?:Dr|Mr|Mrs|Ms|Prof|Sir|Dame)\.?\s+)?$"
)


_POSTED_TO_GAP_RE = re.compile(r"\s+(?:to|at)\s+(?:the\s+)?")
_APPOSITIVE_OPEN_RE = re.compile(r"^,\s+(?:(?:the|a|an)\s+)?$")
_TITLE_ON_RE = re.compile(r"^\s+(?:on|of|at|for|in)\s+(?:the\s+)?$")
# (or a table's next cell, the quoted words: 'Ana Reef, Fiji's foreign minister - "We stand with Tonga"')
_APPOSITIVE_CLOSE_RE = re.compile("^\\s*(?:,|\\s+(?:said|says|told|wrote|added)\\b|\\s[-\u2013\u2014]\\s+[\"'\u201c\u2018]?#)")
# "X, Emir of Qatar and Commander of the Qatari Armed Forces, said": a second office of the same person, a
# capitalised head over a body ("of the ..."), closes the appositive too ("and King Y of Jordan," is another person)
_SECOND_OFFICE_RE = re.compile(
    r"\s+and\s+(?:the\s+)?(?P<head>[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,3})\s+(?:of|for)\s+the\s+[^,;#()]{1,70}?(?=,|\s+(?:said|says|told|wrote|added)\b)"
)


def _appositive_close(masked: str, end: int) -> int | None:
    """Where the appositive title ending at ``end`` closes: there, or after a second office of the same person
    (whose words are then no mention of their own); None when it does not close."""
    if _APPOSITIVE_CLOSE_RE.match(masked[end:]):
        return end
    second = _SECOND_OFFICE_RE.match(masked, end)
    if second is None or any(w in _LEADER_FIRST_NAMES for w in second.group("head").split()):
        return None
    return second.end()
_PREPOSITIONS = frozenset("to from with for of by on at in into about after before against between".split())


def _after_preposition(masked: str, m: Mention) -> bool:
    """"In a letter to the president-elect, Pope Francis ...": the title is not an appositive."""
    before, low = text_before(masked, m.start, drop=bool(m.determiner), words=2)
    word, end = last_word(before)
    if word.lower() == "to" and last_word(before[: end - 2])[0].lower() == "according":
        return False  # "according to a government spokesman, Steffen Hebestreit,"
    if _opening_participle(before, word, end, low):
        return True  # "Addressing the Senate, Ana Ruiz said": the body addressed is the participle's object
    return word.lower() in _PREPOSITIONS


def _opening_participle(before: str, word: str, end: int, low: int) -> bool:
    """Whether ``word`` (ending at ``end`` in ``before``, a window starting at ``low``) is a participle
    opening the sentence or a comma-fenced phrase ("Briefing the Senate, ...", "..., thanking the Speaker,")."""
    if len(word) < 6 or not word.endswith("ing") or word.lower() in _DESCRIPTOR_WORDS:
        return False
    head = before[: end - len(word)].rstrip()
    return (not head and low == 0) or head.endswith(",")


def _merge_possessors(masked: str, mentions: list[Mention]) -> list[Mention]:
    """"Japan's top government spokesman": the possessive place becomes the mention's country."""
    out: list[Mention] = []
    for m in mentions:
        prev = out[-1] if out else None
        if (
            prev is not None and prev.kind == "country" and prev.possessive
            and m.kind in ("person", "title", "institution") and not masked[prev.end : m.start].strip()
        ):
            out[-1] = m._replace(start=prev.start, text=masked[prev.start : m.end], country=m.country or prev.country,
                                 determiner=prev.determiner)
            continue
        if (
            prev is not None and prev.kind == "organization" and prev.possessive and m.kind == "institution"
            and m.country is None and not masked[prev.end : m.start].strip()
        ):
            # "the OSCE's election observation mission": the organisation's own body
            out[-1] = prev._replace(end=m.end, text=masked[prev.start : m.end], possessive=False, statement=m.statement)
            continue
        out.append(m)
    return out


_FORMER_RE = re.compile(r"(?:(?:the|a|an)\s+)?(?:former|ex-)", re.IGNORECASE)
# what follows a name: ", a/the TITLE", ", APPOSITIVE,", ", PLACE," (matched at the name's end)
_TAIL_TITLE_RE = re.compile(r",\s+(?:an?|the)\s+([^,;#]{0,70})")
# (a name quoted inside it, "X, foreign minister of Y and a leader of the 'green bloc', said", is part of it)
_TAIL_APPOSITIVE_RE = re.compile(",\\s+((?:[^,;#]|[\"'\u201c\u2018]#++[\"'\u201d\u2019]){0,130}?),")
# "a senior adviser to Peru's presidential office", "an aide in the Chilean foreign ministry": a government's staff
_OFFICE_STAFF_RE = re.compile(
    r"(?:(?:senior|top|chief|close|political|foreign[- ]policy|security)\s+)?(?P<noun>" + alternation(NARRATIVE["office_staff_words"]) + r")\s+(?:to|in|at|of)\s"
)


def _office_staff(appositive: str) -> str | None:
    """The staff noun of an appositive naming someone who serves a government's office or ministry ("an adviser to
    Peru's presidential office" -> "adviser"), a country named with it; None otherwise."""
    found = _OFFICE_STAFF_RE.match(appositive)
    if found is None:
        return None
    institution, _ = _institution_of(appositive[found.end() :])
    return found["noun"] if institution is not None and implied_country(appositive) is not None else None


_TAIL_PLACE_RE = re.compile(r",\s+([^;#]{0,80}?)(?:,|$)")
_RELATIVE_OPEN_RE = re.compile(r"\s*(?:who|which|whose)\b")
_RELATIVE_TAIL_RE = re.compile(r"\s(?:who|which|whose)\b")


_POSTING_RE = re.compile(r"\b(?:for|to|in)\s+(?:the\s+)?(?P<place>[A-Z][^,;]*)$")


def _posted_to(m: Mention) -> bool:
    """"the Special Representative of the UN Secretary-General for Somalia": an international body's
    official whose only country is the one he is posted to (he speaks for the body, not for it)."""
    if m.organization is None or m.country is None:
        return False
    found = _POSTING_RE.search(m.text)
    return found is not None and country_in(found.group("place")) == m.country and country_in(m.text[: found.start()]) is None


def _with_bracketed_initials(masked: str, mentions: list[Mention]) -> list[Mention]:
    """"the secretary-general of the Andean Community (CAN)": a body's initials in brackets right after a
    title or body naming it are part of that mention, not a body of their own standing between the title
    and the name after it."""
    out: list[Mention] = []
    for m in mentions:
        last = out[-1] if out else None
        if (
            last is not None and m.kind == "organization" and last.kind in ("title", "institution", "organization")
            and last.organization in (None, m.organization) and masked[last.end : m.start] == " ("
            and masked[m.end : m.end + 1] == ")"
        ):
            out[-1] = last._replace(end=m.end + 1, text=masked[last.start : m.end + 1], organization=m.organization)
        else:
            out.append(m)
    return out


def _merge_appositives(masked: str, mentions: list[Mention]) -> list[Mention]:
    """Join "Qatar's emir, Sheikh Tamim ..." and "the presidential spokesperson, Kang Yu-jung," into one person."""
    mentions = _merge_possessors(masked, mentions)
    if "(" in masked:
        mentions = _with_bracketed_initials(masked, mentions)
    out: list[Mention] = []
    i = 0
    while i < len(mentions):
        m = mentions[i]
        nxt = mentions[i + 1] if i + 1 < len(mentions) else None
        if (
            nxt is not None and m.kind == "title" and nxt.kind == "institution" and i + 2 < len(mentions)
            and mentions[i + 2].kind == "person" and _TITLE_ON_RE.match(masked[m.end : nxt.start])
            and _APPOSITIVE_GAP_RE.match(masked[nxt.end : mentions[i + 2].start])
        ):
            # "the top Republican on the House Foreign Affairs Committee, Michael McCaul,": one title phrase
            m = m._replace(end=nxt.end, text=masked[m.start : nxt.end], country=m.country or nxt.country)
            mentions = mentions[:i] + [m] + mentions[i + 2 :]
            nxt = mentions[i + 1]
        # "On Capitol Hill, the chairman of the committee, Jim Risch, said": the title is the next name's
        title_of_next = False
        if m.kind == "person" and nxt is not None and nxt.kind in ("title", "institution"):
            # the name after the title, past a place inside it ("the U.S. ambassador to Lebanon, Lisa Gray,")
            k = i + 3 if i + 3 < len(mentions) and mentions[i + 2].kind == "country" else i + 2
            title_of_next = (
                k < len(mentions) and mentions[k].kind == "person"
                and _APPOSITIVE_GAP_RE.match(masked[nxt.end : mentions[k].start]) is not None
                and _APPOSITIVE_CLOSE_RE.match(masked[mentions[k].end :]) is not None
                # (not "X, Emir of Qatar and Deputy Commander of the Armed Forces,": his second office)
                and (_APPOSITIVE_OPEN_RE.match(masked[m.end : nxt.start]) is None or _appositive_close(masked, nxt.end) in (None, nxt.end))
            )
        # "Norway's ambassador in Nairobi, Eli Strand": the place sits inside the appositive; so does the
        # body a country's envoy is posted to ("Chile's envoy to the OAS, Ana Ruiz,": she speaks for Chile)
        if (
            nxt is not None and i + 2 < len(mentions)
            and (nxt.kind == "country" or (nxt.kind == "organization" and m.country is not None and _POSTED_TO_GAP_RE.fullmatch(masked, m.end, nxt.start)))
            and m.kind in ("title", "institution") and mentions[i + 2].kind == "person"
            and _APPOSITIVE_GAP_RE.match(masked[m.end : mentions[i + 2].start])
        ):
            i += 1
            mentions = mentions[:i] + mentions[i + 1 :]
            i -= 1
            nxt = mentions[i + 1]
        if (
            nxt is not None
            and m.kind in ("title", "institution")
            and nxt.kind == "person"
            and _APPOSITIVE_GAP_RE.match(masked[m.end : nxt.start])
            and not _after_preposition(masked, m)
        ):
            if nxt.role is None and _FORMER_RE.match(m.text):
                # "A former Indian ambassador to Nepal, X, told ...": a former official speaks for no one
                m = m._replace(role=f"former {m.role or 'official'}", rank="nonofficial")
            out.append(
                nxt._replace(
                    start=m.start,
                    text=masked[m.start : nxt.end],
                    role=nxt.role
                    or (f"{m.institution} {m.role}" if m.kind == "institution" and m.role else m.role)
                    or (f"{m.institution} spokesperson" if m.kind == "institution" else None),
                    rank=nxt.rank or (
                        "legislator" if m.inst_kind == "legislature" and m.rank in (None, "official") else m.rank
                    ) or ("spokesperson" if m.kind == "institution" else None),
                    country=nxt.country or (None if _posted_to(m) else m.country),
                    organization=nxt.organization or m.organization,
                    determiner=m.determiner,
                )
            )
            i += 2
            continue
        if title_of_next:
            out.append(m)
            i += 1
            continue
        if (
            m.kind == "person" and nxt is not None and nxt.kind in ("title", "institution", "organization")
            and _APPOSITIVE_OPEN_RE.match(masked[m.end : nxt.start]) and (close := _appositive_close(masked, nxt.end)) is not None
        ):
            # "Sen. Ben Cardin, the chairman of the Senate Foreign Relations Committee, said": the
            # appositive describes the person; it is not a second speaker
            if m.role is None and _FORMER_RE.match(nxt.text):
                nxt = nxt._replace(role=f"former {nxt.role or 'official'}", rank="nonofficial")  # "X, a former minister,"
            elif m.role is None and nxt.kind == "title" and nxt.country is None and nxt.organization is None and _private_head(nxt.text):
                nxt = nxt._replace(role=nxt.text, rank="nonofficial")  # "X, the Wagner chief,": no office
            out.append(m._replace(
                role=m.role or nxt.role, rank=m.rank or nxt.rank,
                country=m.country or nxt.country or (None if nxt.organization else implied_country(masked[m.end : nxt.end])),
                organization=m.organization or nxt.organization,
            ))
            i += 2
            while i < len(mentions) and mentions[i].start < close:
                i += 1  # "... and Deputy Commander of the Armed Forces": the second office's words
            continue
        if m.kind == "person" and nxt is None or (m.kind == "person" and nxt is not None and nxt.start > m.end):
            # "Tsai Ming-han, an analyst at ...": an appositive title after the name
            tail = _TAIL_TITLE_RE.match(masked, m.end)
            # "Captain Ivo Marek, a shipping consultant,": an honorific gives way to an appositive naming no office
            untitled = m.role is None or m.rank == "honorific"
            if tail and untitled:
                role, rank = _title_of(tail.group(1))
                if role is None and (staff := _office_staff(tail.group(1))) is not None:
                    role, rank = staff, "official"  # "X, an adviser to Peru's presidential office, said"
                if m.role is not None and rank != "nonofficial":
                    role = None
                if role is not None and _FORMER_RE.match(tail.group(1)):
                    role, rank = f"former {role}", "nonofficial"  # "X, a former foreign minister, said"
                elif role is not None and _private_head(tail.group(1)):
                    role, rank = f"{tail.group(1).split()[0]} {role}", "nonofficial"  # "X, the Wagner chief, hailed"
                if role is not None:
                    m = m._replace(role=role, rank=rank, country=m.country or implied_country(tail.group(1)),
                                   organization=m.organization or _international_in(tail.group(1)))
            elif untitled:
                tail2 = _TAIL_APPOSITIVE_RE.match(masked, m.end)
                if tail2:
                    role, rank = _title_of(tail2.group(1), first=True)
                    if role is not None and not _RELATIVE_OPEN_RE.match(tail2.group(1)) and (m.role is None or rank == "nonofficial"):
                        m = m._replace(role=role, rank=rank, country=m.country or implied_country(tail2.group(1)),
                                       organization=m.organization or _international_in(tail2.group(1)))
            elif m.country is None and m.organization is None and m.rank == "legislator":
                # "Representative Joaquin Castro, a Texas Democrat,": the appositive places the lawmaker
                tail3 = _TAIL_PLACE_RE.match(masked, m.end)
                if tail3 and not _RELATIVE_OPEN_RE.match(tail3.group(1)):
                    # "a Delaware Democrat who visited Accra": the place after "who" is not the lawmaker's
                    m = m._replace(country=implied_country(_RELATIVE_TAIL_RE.split(tail3.group(1), 1)[0]))
        out.append(m)
        i += 1
    return out
