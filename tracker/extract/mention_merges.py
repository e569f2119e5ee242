"""Mentions joined or added after the runs are read: appositives and possessors merged into the name they describe, joint titles, posted envoys, observer missions and plural bodies of listed countries."""

from __future__ import annotations

import re

from tracker.extract.countries import (
    countries_in,
    country_in,
    country_outside_names,
)
from tracker.extract.lexicon import (
    NARRATIVE,
    PLURAL_TITLES,
    Title,
)
from tracker.extract.mention_lookups import (
    implied_country,
    institution_of,
    international_in,
    last_word,
    organization_of,
    previous_word,
    private_head,
    text_before,
)
from tracker.extract.mention_words import (
    DESCRIPTOR_WORDS,
    DETERMINERS,
    INST_LOOKUP,
    LEADER_FIRST_NAMES,
    PARTICLES,
    Mention,
    title_of,
)
from tracker.extract.patterns import alternation

_TWO_OFFICE_RANKS = frozenset({"head", "minister"})
_TITLES_AND_RE = re.compile(r" and (?:the )?")

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
# a plural office right before a name, heading the list of its holders: "foreign ministers Ana Ruiz of Chile and ..."
PLURAL_TITLE_BEFORE_RE = re.compile(r"(?<![\w-])(?i:" + alternation(PLURAL_TITLES) + r")\s+$")
_NAMES_AFTER_RE = re.compile("(?:,|\\s*[\u2013\u2014]|\\s+-+)\\s+[A-Z]")
PLURAL_BODY_HINT_RE = re.compile(r"(?:ministries|governments|embassies|presidencies|offices)\b")
_PLURAL_ENDINGS = (("ministries", "ministry"), ("governments", "government"), ("embassies", "embassy"), ("presidencies", "presidency"), ("offices", "office"))
_PLURAL_LIST_GAP_RE = re.compile(r"\s*(?:,\s*(?:and\s+)?|and\s+)(?:the\s+)?")


def plural_bodies(masked: str, mentions: list[Mention]) -> list[Mention]:
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
                start = plural.start("body")  # after its "the", as every mention with a determiner starts
                out.append(m._replace(
                    start=start, text=masked[start : m.end], kind="institution", institution=body[0], inst_kind=body[1],
                    determiner="the" if plural["det"] else None,
                ))
                continue
            plural = _PLURAL_OFFICES_RE.search(masked, window, m.start) if "s of " in masked[window : m.start] else None
            if plural is not None:
                start = plural.start("office")
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
            return INST_LOOKUP.get(words[: -len(many)] + one)
    return None


def merge_posted_envoys(masked: str, mentions: list[Mention]) -> list[Mention]:
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


def merge_joint_titles(masked: str, mentions: list[Mention]) -> list[Mention]:
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


def with_missions(masked: str, mentions: list[Mention]) -> list[Mention]:
    out = mentions
    for m in _MISSION_LED_BY_RE.finditer(masked):
        org = organization_of(m.group("body").replace("/", " ").replace("\u2019s", "").replace("'s", ""))
        if org is None or org.kind != "international" or org.country:
            continue
        start = m.start()
        det = previous_word(masked, start).lower()
        mission = Mention(
            start, m.end(), masked[start : m.end()], "organization", name=masked[start : m.end()], organization=org.name,
            determiner=det if det in DETERMINERS else None,
        )
        out = [x for x in out if x.end <= m.start() or x.start >= m.end()] + [mission]
    for m in _MISSION_RE.finditer(masked):
        body = m.group("body").replace("/", " ").replace("\u2019s", "").replace("'s", "")
        org = None
        for word_start in range(len(body.split())):
            org = organization_of(" ".join(body.split()[word_start:]))
            if org is not None:
                break
        if org is None or org.kind != "international" or org.country or country_outside_names(body) is not None:
            continue  # "the EU election observation mission" stays the EU's; a country's mission is its own
        start = m.start("body")
        det = previous_word(masked, start).lower()
        mission = Mention(
            start, m.end(), masked[start : m.end()], "organization", name=masked[start : m.end()], organization=org.name,
            determiner=det if det in DETERMINERS else None,
        )
        out = [x for x in out if x.end <= m.start() or x.start >= m.end()] + [mission]
    return sorted(out, key=lambda x: x.start)


# (the body's initials in brackets may close the title: "the head of the Andean Water Authority (AWA), X, said")
# (a day or month after "on"/"in" is when, not where: "the Chinese Embassy on Monday, President X said" is two)
_APPOSITIVE_GAP_RE = re.compile(
    r"^(?:\s+(?:in|to|at|and|on|for)\s+(?:the\s+)?(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February"
    r"|March|April|May|June|July|August|September|October|November|December)\b)[A-Z][\w\-]+(?:\s+[A-Z][\w\-]+)?)?(?:\s+\([A-Z][\w&.\-]{1,11}\))?\s*,\s*(?:(?:Dr|Mr|Mrs|Ms|Prof|Sir|Dame)\.?\s+)?$"
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
    if second is None or any(w in LEADER_FIRST_NAMES for w in second.group("head").split()):
        return None
    return second.end()


PREPOSITIONS = frozenset("to from with for of by on at in into about after before against between".split())


def _after_preposition(masked: str, m: Mention) -> bool:
    """"In a letter to the president-elect, Pope Francis ...": the title is not an appositive."""
    before, low = text_before(masked, m.start, drop=bool(m.determiner), words=2)
    word, end = last_word(before)
    if word.lower() == "to" and last_word(before[: end - 2])[0].lower() == "according":
        return False  # "according to a government spokesman, Steffen Hebestreit,"
    if _opening_participle(before, word, end, low):
        return True  # "Addressing the Senate, Ana Ruiz said": the body addressed is the participle's object
    return word.lower() in PREPOSITIONS


def _opening_participle(before: str, word: str, end: int, low: int) -> bool:
    """Whether ``word`` (ending at ``end`` in ``before``, a window starting at ``low``) is a participle
    opening the sentence or a comma-fenced phrase ("Briefing the Senate, ...", "..., thanking the Speaker,")."""
    if len(word) < 6 or not word.endswith("ing") or word.lower() in DESCRIPTOR_WORDS:
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
    institution, _ = institution_of(appositive[found.end() :])
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


_MC_RE = re.compile(r"^(Ma?c)([A-Z]{2,})$", re.IGNORECASE)


def name_from_capitals(name: str) -> str:
    """A name set in capitals as a name is written: "JUAN PABLO DE LA VEGA" -> "Juan Pablo de la Vega", "Ana
    McCALLUM" -> "Ana McCallum"; words already in mixed case keep it."""
    def cased(n: int, word: str) -> str:
        if n and word.lower() in PARTICLES:
            return word.lower()
        if (mc := _MC_RE.match(word)) is not None and not word.isupper():
            return mc.group(1).title() + mc.group(2).title()
        return word.title() if word.isupper() else word

    return " ".join(cased(n, w) for n, w in enumerate(name.split()))


def _with_bracketed_countries(masked: str, mentions: list[Mention]) -> list[Mention]:
    """"Ana Ruiz (Peru) said", "TOMAS BERG (Sweden), speaking also for Norway, said": a meetings summary names each
    delegate with the country he speaks for in brackets; the bracket is part of his mention and gives his country
    (a name set in capitals, as such summaries print it, is written as a name)."""
    out: list[Mention] = []
    i = 0
    while i < len(mentions):
        m = mentions[i]
        nxt = mentions[i + 1] if i + 1 < len(mentions) else None
        if (
            nxt is not None and m.kind == "person" and nxt.kind == "country" and not nxt.possessive
            and masked[m.end : nxt.start] == " (" and masked[nxt.end : nxt.end + 1] == ")" and m.country in (None, nxt.country)
        ):
            name = name_from_capitals(m.name) if m.name and m.name.isupper() else m.name
            out.append(m._replace(end=nxt.end + 1, text=masked[m.start : nxt.end + 1], name=name, country=nxt.country))
            i += 2
            continue
        out.append(m)
        i += 1
    return out


# Ranks of a title that is a form of address before a name, not an office ("Professor", "Sheikh", "Colonel").
_COURTESY_RANKS = ("nonofficial", "courtesy", "honorific")


def merge_appositives(masked: str, mentions: list[Mention]) -> list[Mention]:
    """Join "Qatar's emir, Sheikh Tamim ..." and "the presidential spokesperson, Kang Yu-jung," into one person."""
    mentions = _merge_possessors(masked, mentions)
    if "(" in masked:
        mentions = _with_bracketed_countries(masked, _with_bracketed_initials(masked, mentions))
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
            if nxt.rank in _COURTESY_RANKS and m.kind == "title" and m.rank not in (None, *_COURTESY_RANKS):
                # "Ghana's trade minister, Professor Ana Boateng,", "Qatar's emir, Sheikh X,": the academic title or
                # honorific before the name is a courtesy; the office the appositive names is the title
                nxt = nxt._replace(role=None, rank=None)
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
            elif m.role is None and nxt.kind == "title" and nxt.country is None and nxt.organization is None and private_head(nxt.text):
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
                role, rank = title_of(tail.group(1))
                if role is None and (staff := _office_staff(tail.group(1))) is not None:
                    role, rank = staff, "official"  # "X, an adviser to Peru's presidential office, said"
                if m.role is not None and rank != "nonofficial":
                    role = None
                if role is not None and _FORMER_RE.match(tail.group(1)):
                    role, rank = f"former {role}", "nonofficial"  # "X, a former foreign minister, said"
                elif role is not None and private_head(tail.group(1)):
                    role, rank = f"{tail.group(1).split()[0]} {role}", "nonofficial"  # "X, the Wagner chief, hailed"
                if role is not None:
                    m = m._replace(role=role, rank=rank, country=m.country or implied_country(tail.group(1)),
                                   organization=m.organization or international_in(tail.group(1)))
            elif untitled:
                tail2 = _TAIL_APPOSITIVE_RE.match(masked, m.end)
                if tail2:
                    role, rank = title_of(tail2.group(1), first=True)
                    if role is not None and not _RELATIVE_OPEN_RE.match(tail2.group(1)) and (m.role is None or rank == "nonofficial"):
                        m = m._replace(role=role, rank=rank, country=m.country or implied_country(tail2.group(1)),
                                       organization=m.organization or international_in(tail2.group(1)))
            elif m.country is None and m.organization is None and m.rank == "legislator":
                # "Representative Joaquin Castro, a Texas Democrat,": the appositive places the lawmaker
                tail3 = _TAIL_PLACE_RE.match(masked, m.end)
                if tail3 and not _RELATIVE_OPEN_RE.match(tail3.group(1)):
                    # "a Delaware Democrat who visited Accra": the place after "who" is not the lawmaker's
                    m = m._replace(country=implied_country(_RELATIVE_TAIL_RE.split(tail3.group(1), 1)[0]))
        out.append(m)
        i += 1
    return out

