"""Resolving a sentence's mentions to the people, governments and bodies they stand for: the place, office or record turn around each mention decides whose words they are."""

from __future__ import annotations

import re
from bisect import bisect_right
from functools import lru_cache
from operator import itemgetter

from tracker.extract.chambers import MEMBER_TITLE
from tracker.extract.coreference import Entity, role_matches
from tracker.extract.countries import (
    PLACE_IN_NAME_RE,
    countries_in,
    country_in,
    country_outside_names,
    subnational_in,
)
from tracker.extract.drafts import LEADER_SPOKESPERSON_RE
from tracker.extract.host import leader_country
from tracker.extract.lexicon import (
    ASSUMED_BY_INSTITUTION,
    ASSUMED_BY_ROLE,
    BODIES_SPOKEN_FOR_BY_CHAIR,
    CHAIR_WORDS,
    CHAIRED_BODIES,
    LEADERS,
    LEADERS_BY_NAME,
    NAME_HEADS,
    NARRATIVE,
    ORGANIZATIONS,
    SHARED_OWNERS,
    SUBNATIONAL,
    TITLES_LOWER,
)
from tracker.extract.mention_lookups import (
    VENUE,
    implied_country,
    text_before,
    without_ancestry,
)
from tracker.extract.mention_words import INSTITUTION_HEADS, Mention
from tracker.extract.patterns import alternation
from tracker.extract.speakers import find_mentions, record_label
from tracker.extract.statement_cues import LABEL_PLACE_RE, staff_body
from tracker.extract.subjects import (
    CLAUSE_OPENING_PHRASE_RE,
    bare_start,
    mission_words,
)

# "From exile in Canada, X urged": a place of residence or exile is not the speaker's country
_RESIDENCE_BEFORE_RE = re.compile(
    r"\b(?:" + alternation(NARRATIVE["residence_words"]) + r")\s+(?:the\s+)?$"
    # "Speaking from Madrid, the envoy X said", "talking to reporters in Lima": where the words were said
    r"|" + VENUE + r"\s+(?:the\s+)?$",
    re.IGNORECASE,
)
# the one title no government gives but a territory's head bears ("Hong Kong's chief executive"); a region's
# economist or analyst stays a private voice
_REGION_HEAD_TITLES = frozenset({"chief executive"})
_REGION_OWNERS = {name: iso3 for name, iso3, followed_by in SUBNATIONAL if iso3 and not followed_by}


_REGION_RE = re.compile(r"(?:[Tt]he\s+)?(?P<region>.+?)(?:['\u2019]s)?\s+")


def _region_country(text: str, name: str, plain_title: str | None = None) -> str | None:
    """The country of a region (subnational.csv) named in a titled person's words before the name: the official of
    a state, province or territory speaks for the country it belongs to ("Florida Governor X"); a region's word
    inside the name itself ("Virginia Rossi") places no one. A title no government uses alone (``plain_title``,
    "chief executive") counts only right after the region's own name ("the Macau chief executive X", "Hong Kong's
    Chief Executive, X"), so a firm's head ("Hong Kong Exchanges chief executive X") stays a firm's."""
    cut = text.rfind(name)
    if cut <= 0:
        return None
    head = text[:cut].rstrip(" ,")
    if plain_title is None:
        return subnational_in(head)
    if not head.lower().endswith(plain_title.lower()):
        return None
    region = _REGION_RE.fullmatch(head, 0, len(head) - len(plain_title))
    return _REGION_OWNERS.get(region.group("region")) if region is not None else None


# "At the Pentagon, press secretary X said": a body whose seat opens the sentence
_AT_BODY_RE = re.compile(r"\W*(?:At|Inside|From)\s+(the\s+[A-Z][^,;#]{1,40}),\s+")
# "In Bermuda, another British territory, Premier X said": the demonym describes the place before it (whose
# status it gives), not the speaker
_STATUS_BEFORE_RE = re.compile(r",\s+(?:a|an|another|the)\s+(?:former\s+|fellow\s+|self-governing\s+)?$")
_STATUS_AFTER_RE = re.compile(
    r"\s+(?:overseas\s+|island\s+|autonomous\s+)?(?:territory|colony|dependency|protectorate|possession|overseas\s+department)\b"
)

# between two places of a list: "Quito, Lima and Bogota", "Peru or Chile"
_PLACE_LIST_GAP_RE = re.compile(r"\s*(?:,\s*(?:and\s+|or\s+)?|(?:and|or)\s+)")

# what places a lawmaker right after the name: " of the Philippines", ", a Nigerian opposition senator,", " (D-Texas)"
_PLACE_AFTER_NAME_RE = re.compile(
    r"\s+of\s+(?P<of>(?:the\s+)?[A-Z][\w.'\u2019-]*(?:\s+[A-Z][\w.'\u2019-]*){0,3})"
    r"|,\s+(?P<apposition>[^,;#\"\u201c\u201d]{1,80})(?:,|$)"
    r"|\s*\((?P<label>[^()]{1,30})\)"
)

# "the mission, led by (former ...) NAME" (searched just before the name) and "NAME, ... who led the
# X observation mission," (matched at the name's end)
_LED_BY_BEFORE_RE = re.compile(r"\b(?:led|headed|chaired)\s+by\s+(?:the\s+)?(?:former\s+|ex-)?$")
_LEADS_AFTER_RE = re.compile(
    r",\s+[^,;#]{0,80}?\b(?:who\s+)?(?:led|leads|heads|headed|chairs|chaired)\s+(?P<body>(?:the\s+)?[^,;#]{0,80}?\b(?:mission|delegation|observers|observer group))\b"
)
# "X, the head of the UN peacekeeping force in Cyprus, said": the body ends at its own noun, before the place
_HEAD_OF_AFTER_RE = re.compile(
    r",\s+(?:the\s+)?(?:head|chief)\s+of\s+(?P<body>(?:the\s+)?[^,;#]{0,60}?\b(?:mission|force|operation|office|delegation|observers|observer group|team))\b"
)
# "the head of the EU observer mission, Ana Ruiz, said": the same office told before the name, the mission's
# initials perhaps after its noun ("the head of the UN mission UNMIK, X,", "the UN force (UNFICYP), X,")
_HEAD_OF_BEFORE_RE = re.compile(
    r"\b(?:head|chief)\s+of\s+(?P<body>(?:the\s+)?[^,;#]{0,60}?\b(?:mission|force|operation|office|delegation|observers|observer group|team))"
    r"(?:\s+\(?[A-Z][A-Za-z&.\-]{1,11}\)?)?,\s+$"
)
# "the commission's chairman, former Irish prime minister X" (the person's mention), "former Chilean president X,
# who chairs the electoral commission" / ", chairman of the referendum commission" (after it): the body he chairs
_CHAIRED_BODY = r"(?P<body>(?:the\s+)?[^,;#]{0,60}?\b(?:" + alternation(CHAIRED_BODIES) + r"))\b"
_CHAIR = r"(?:" + alternation(CHAIR_WORDS) + r")"
_CHAIR_IN_MENTION_RE = re.compile(
    _CHAIRED_BODY + r"['\u2019]s\s+" + _CHAIR + r",?\s+(?:the\s+)?(?:former|ex-)", re.IGNORECASE
)
_CHAIRS_AFTER_RE = re.compile(
    r",\s+(?:who\s+(?:now\s+)?(?:chairs|heads|leads)\s+|(?:the\s+)?(?:" + alternation(CHAIR_WORDS) + r")\s+of\s+)" + _CHAIRED_BODY
)
# "a European government", "an European foreign ministry" (not "an EEAS spokesperson": the Union's own service)
_UNNAMED_EUROPEAN_BODY_RE = re.compile(r"(?:(?:an?|one|An?|One)\s+)?European\s+(?:[a-z]+\s+)?(?:government|ministry|embassy)")
# (a body named by its capitalised name: "X, who chairs the House Foreign Affairs Committee,")
_CHAIRS_NAMED_BODY_AFTER_RE = re.compile(_CHAIRS_AFTER_RE.pattern, re.IGNORECASE)
# "X, who chairs the OSCE this year,", "the OSCE Chairperson-in-Office, X,", "X, chairman-in-office of the OSCE": the
# chair of a body whose chair speaks as the body (``chair`` in data/organizations.csv)
_BODY_NAMES = alternation(BODIES_SPOKEN_FOR_BY_CHAIR)
_CHAIR_TITLE = r"(?i:chair(?:person|man|woman)?(?:-in-office)?|chairmanship|rotating\s+chair(?:manship)?)"
_BODY_CHAIR_RE = re.compile(
    r"\b(?:chairs|chairing|holds\s+the\s+(?:rotating\s+)?chair(?:manship)?\s+of)\s+(?:the\s+)?(?P<a>" + _BODY_NAMES + r")\b"
    r"|\b(?P<b>" + _BODY_NAMES + r")(?:['\u2019]s)?\s+" + _CHAIR_TITLE + r"\b"
    r"|\b" + _CHAIR_TITLE + r"\s+of\s+(?:the\s+)?(?P<c>" + _BODY_NAMES + r")\b"
)
# (his office in his mention, after it set off by a comma, or before it: "The OSCE chair, Maltese minister X,")
_BODY_CHAIR_AFTER_RE = re.compile(r",\s+(?:who\s+(?:now\s+|also\s+|currently\s+)?|(?:the\s+)?(?:current\s+)?)(?:" + _BODY_CHAIR_RE.pattern + ")")
_BODY_CHAIR_BEFORE_RE = re.compile(r"(?:" + _BODY_CHAIR_RE.pattern.replace("?P<", "?P<x") + r"),\s+$")
_FORMER_IN_RE = re.compile(r"\b(?:[Ff]ormer|[Ee]x-)")
# bodies whose head is a Secretary-General ("The Secretary-General said" is the UN's only when none of the others is named)
_SECRETARY_GENERAL_BODIES = frozenset(ld.organization for ld in LEADERS if ld.organization and "Secretary-General" in ld.role)
_INTERNATIONAL_RE = re.compile(
    r"(?:" + alternation((n for n, o in ORGANIZATIONS.items() if o.kind == "international"), not_after=r"[\w-]") + r")(?![\w-])"
)

# "Wang Wenbin: ...", "Q: ...": a transcript's speaker label opening a paragraph (a quotation after the colon is
# a roundup line, read by _COLON_QUOTE_RE)
# (a broadcast transcript's clip in another language: "ZELENSKY (through translator):", "Ana Ruiz (via interpreter):")
SPEAKER_LABEL_RE = re.compile(
    "\\W{0,3}(?P<name>[A-Z][\\w.'\u2019-]*(?: [A-Z][\\w.'\u2019-]*){0,3})"
    "(?: \\((?:(?:through|via|by) (?:an? )?(?:translator|interpreter|translation|interpretation)|translated|interpreted)\\))?"
    ":\\s+(?![\"'\u201c\u2018#])"
)

# US party words in a lawmaker's own title phrase
_PARTY_WORD_RE = re.compile(r"\b(?:Democratic|Republican|Democrat|GOP)\b")
_RELATIVE_TAIL_SPLIT_RE = re.compile(r"\s(?:who|which|whose)\b")
_LEAD_PLACE_RE = re.compile(r"^\W*(?:In|From|Back in|Over in)\s+([A-Z][^,;#]{1,40}),\s*$")

_SAID_PLACE_RE = re.compile(
    r"[^.;]{0,60}?\b(?:said|says|added|stressed|noted|told [\w ]{1,30}?)\s+(?:that\s+)?(?P<place>[A-Z][\w.\-]+(?: [A-Z][\w\-]+)?)\s+(?:was|is|would|will|had|has|hoped|wanted|wants|remained|remains|did|does|could|can|respected|welcomed|opposed|looked|stood|stands|supports|supported|backs|backed|shares|shared|values|valued)\b"
)


# Titles held in international organisations rather than in governments.
_ORGANIZATION_ROLES = frozenset(
    {"Secretary-General", "Under-Secretary-General", "Assistant Secretary-General", "Director-General", "Managing Director", "Executive Secretary", "Executive Director",
     "chairperson", "Chief Observer", "Head of Mission"}
)

# ", the Forum's Secretary General" after a name, "the Forum's Secretary General" in the mention
_BODY_POSSESSIVE_AFTER_RE = re.compile(r",\s+the\s+([A-Z][a-z]+)['\u2019]s\s")
_BODY_POSSESSIVE_IN_RE = re.compile(r"^(?:the\s+)?([A-Z][a-z]+)['\u2019]s\s")
# international bodies by the last word of a name of two words or more ("Forum" -> "Pacific Islands Forum")
_ORGANIZATIONS_BY_LAST_WORD: dict[str, list[str]] = {}
for _name, _org in ORGANIZATIONS.items():
    if _org.kind == "international" and " " in _name and _name.split()[-1][:1].isupper():
        _ORGANIZATIONS_BY_LAST_WORD.setdefault(_name.split()[-1], []).append(_name)

# "the Central Election Commission", "Electoral commission chairperson": a body that runs or judges a vote
# (an observation mission is not one: it comes from abroad)
_ELECTION_BODY_RE = re.compile(
    r"\b[Ee]lect(?:ion|oral)\s+(?:[\w-]+\s+){0,2}?(?:[Cc]ommission|[Cc]ouncil|[Tt]ribunal|[Cc]ourt|[Bb]oard|[Aa]uthority|[Cc]ommittee)\b"
)
# "its NATO partners welcomed", "EU member states said": the bloc's members, each for itself, not the bloc
_MEMBERS_AFTER_RE = re.compile(
    r"\s+(?:partners|allies|members|member (?:states|countries|governments)|countries|states|nations|governments|capitals)\b"
)

_MEMBER_WORDS = (" member states", " member countries", " member governments", " members", " countries", " nations", " governments", " partners", " allies")
_LEGISLATURE_RE = re.compile(r"\s+(?:Congress|congressional|Congressional|lawmakers|senators|legislators|parliament\w*|Parliament\w*|MPs)\b")

# an institution named by its kind alone ("a ministry spokesman"): the one of that kind met last
_BARE_INSTITUTIONS = frozenset({"Ministry", "Department", "Embassy", "Foreign Ministry"})
# last words of a named body the tables do not know that make it no ministry, though it is read as one
# ("Constitutional Council", "Electoral Commission"): "the foreign ministry" named after it is not that body
_NON_MINISTRY_HEADS = INSTITUTION_HEADS - {"Ministry", "Department", "Office"}


def _kind_peer(m: Mention, e: Entity) -> bool:
    """Whether body ``e`` may be the one a mention of the same kind refers back to: not a council, commission or
    agency read as a ministry when the mention names another kind of body."""
    if e.inst_kind != "ministry":
        return True  # (a "High Commission" is an embassy: "the mission added" after it is that embassy)
    head = (e.institution or "").split(" of ")[0].split()[-1:]
    return not head or head[0] not in _NON_MINISTRY_HEADS or (m.institution or "").split(" of ")[0].split()[-1:] == head

MAX_OWNER_LOOKBACK = 160
# ", the head of its media office, " right before a name: the name holds an office of the body just named
_OFFICE_OF_ITS_RE = re.compile(r"\bthe\s+(?P<title>[a-z][a-z-]{2,30}(?:\s+[a-z][a-z-]{2,30})?)\s+of\s+its\s+[a-z][a-z ]{2,40},\s+$")
# "spokeswoman for Albanese", "press secretary to Lula": an unnamed spokesperson and the principal he speaks for
_SPOKESPERSON_FOR_RE = re.compile(r"[\w\s-]*?\b(?:spokes(?:person|man|woman)|press secretary)\s+(?:for|to)\s+(?:the\s+)?[A-Z]")
# "Macron's spokesman", "Albanese's chief spokeswoman": an unnamed spokesperson of a leader named by his possessive
_POSSESSIVE_SPOKESPERSON = r"['\u2019]s\s+(?:chief\s+|deputy\s+)?spokes(?:person|man|woman)$"
_LEADERS_SPOKESPERSON_RE = re.compile(r"(?P<owner>[A-Z][\w.\u2019-]*(?: [A-Z][\w.\u2019-]*){0,3})" + _POSSESSIVE_SPOKESPERSON)
# "the French president's spokesman": a spokesperson named by a principal's possessive
_PRINCIPALS_SPOKESPERSON_RE = re.compile(_POSSESSIVE_SPOKESPERSON)

# "Japan's Fumio Kishida: the launch was ...": a note's label naming the speaker opens the sentence
_WHERE_BEFORE_RE = re.compile(r",\s+(?:where|at which)\s+$")
_LABEL_OPENING_RE = re.compile(r"[^:#\"\u201c\u201d.]{2,60}:\s")
# ", he said, ", ", she added, ": an attribution set between commas inside the words it attributes
_INSERTED_SAID_RE = re.compile(
    r"\s+(?:also\s+|later\s+)?(?:said|says|added|adds|stressed|insisted|argued|noted|warned|wrote|declared)"
    r"(?:\s+(?:on|late on|early on|in|at)\s+[A-Za-z]+(?:\s+[a-z]+)?)?\s*(?:,|\.?$)"
)

# "received a cable from X, in which he affirmed ...", "a call with Y, during which she expressed ...": the message
# or call the clause tells of
_IN_WHICH_RE = re.compile(r",\s+(?:in|during)\s+which\s+$")
# "... in which he expressed Kenya's support", "... the solidarity of Chile": whose stance the clause states
_STANCE_OF_RE = re.compile(r"\b(?:" + alternation(NARRATIVE["message_stances"]) + r")\s+of\s+(?:the\s+)?$")
_RECEIVED_RE = re.compile(r"\b(?:received|receives|receiving)\b")
_STANCE_AFTER_RE = re.compile(r"(?:['\u2019]s)?\s+(?:[a-z]+\s+){0,2}?(?:" + alternation(NARRATIVE["message_stances"]) + r")\b")
# between a head's office and the head it tells of: "said the", "announced late on Friday that the"
_OFFICE_SAID_RE = re.compile(
    r"\s+(?:said|says|announced|confirmed|reported)(?:\s+(?:on|late on|early on)\s+[A-Z][a-z]+)?(?:\s+that)?\s+the\s+"
)
# the aside after a sentence's opening subject: "Spain, the former colonial power and Bolivia's largest investor,"
_SUBJECT_ASIDE_RE = re.compile(r",\s+(?:the|a|an|its|his|her)\s+[^,;:\"\u201c]{1,120},")
_OPENING_MARKS = " \"'\u201c\u2018#"
_UN_NATO_RE = re.compile(r"(?:" + alternation(("United Nations", "UN", "U.N.", "NATO"), not_after=r"\w") + r")\b")
_place_end = itemgetter(1)


@lru_cache(maxsize=8)
def _first_un_nato(masked: str) -> tuple[int, int, str] | None:
    found = _UN_NATO_RE.search(masked)
    return None if found is None else (found.start(), found.end(), found.group())


def _un_nato_before(masked: str, end: int) -> str | None:
    """What ``_UN_NATO_RE.search(masked, 0, end)`` finds, without reading the whole text before ``end``
    for each mention of a long line. A match ending before ``end`` is the same with or without the
    text after ``end`` (its closing ``\\b`` sees the character after it); only a match ending right at
    ``end`` may differ, and it starts in the 14 characters before (the names never overlap)."""
    if end <= 200:  # a typical sentence: searching it costs less than the memo
        found = _UN_NATO_RE.search(masked, 0, end)
        return None if found is None else found.group()
    first = _first_un_nato(masked)
    if first is not None and first[1] < end:
        return first[2]
    found = _UN_NATO_RE.search(masked, max(0, end - 20), end)
    return None if found is None else found.group()

# the speech verb after a body closing its sentence as the source: "..., the foreign ministry said."
_CLOSING_SOURCE_RE = re.compile(r"\s+(?:said|says|added|announced|stated|noted|reported)\b")


class Resolution:
    """The statement extractor's mention resolution (mixed into _ArticleExtractor; reads its per-article state)."""

    # -- context ---------------------------------------------------------------------
    def _context_country(self, masked: str, m: Mention, index: int) -> tuple[str | None, str | None]:
        # the last place ending before the mention (places are in text order, so their ends are too)
        places = self._places(index)
        at = bisect_right(places, m.start, key=_place_end)
        while at and (
            _RESIDENCE_BEFORE_RE.search(masked, max(0, places[at - 1][0] - 30), places[at - 1][0])
            or (at > 1 and _STATUS_AFTER_RE.match(masked, places[at - 1][1]) and _STATUS_BEFORE_RE.search(masked, places[at - 2][1], places[at - 1][0]))
        ):
            # "From exile in Canada, opposition leader X": where he lives, not whom he speaks for; "In Bermuda, a
            # British territory, Premier X": the territory's status, not his country
            at -= 1
        if at:
            return places[at - 1][2], None
        org = _un_nato_before(masked, m.start)
        if org:
            return None, {"UN": "United Nations", "U.N.": "United Nations"}.get(org, org)
        if (self.header_country or self.header_org) and self.infos[index].sentence.paragraph == self.header_paragraph + 1:
            return self.header_country, self.header_org
        return None, None

    def _record_turn(self, masked: str, index: int) -> Entity | None:
        """The member or office holder heading a turn of a parliament's record ("Ana Ruiz (Northbay) (Lab): ...",
        "The Minister for Trade (Ana Ruiz): ...", later "Ana Ruiz: ..."), of the parliament's country unless his
        office names another; None when the debate is on something else (neither its heading nor the turn, nor
        the turn before, names the host)."""
        if self.host is not None and self.host not in {iso3 for _, _, iso3 in countries_in(self.article.title)} and not self._turn_on_host(index):
            return None
        found = record_label(masked)
        if found is not None:
            m = Mention(found.start, found.end, found.name, "person", name=found.name, role=found.role, rank=found.rank,
                        country=found.country or self.chamber)
            return self.registry.person(m, context_country=m.country, context_org=None)
        plain = SPEAKER_LABEL_RE.match(masked)
        if plain is None:
            return None
        m = next((m for m in find_mentions(masked[: plain.end()], known_names=self.registry.known_names)
                  if m.kind == "person" and (m.start, m.end) == plain.span("name")), None)
        e = self.registry.person(m, context_country=self.chamber, context_org=None) if m is not None else None
        if e is not None and e.rank is None:
            e.role, e.rank = MEMBER_TITLE.role, MEMBER_TITLE.rank  # a member the record names without his seat
        return e

    def _headline_leader(self, country: str) -> Entity | None:
        """The leader of ``country`` the article's headline names by a name the leaders table knows, or None."""
        title = self.article.title or ""
        if not title or len(title) > 300:
            return None
        for hm in find_mentions(title, known_names=self.registry.known_names):
            if hm.kind == "person" and hm.name and leader_country(hm.name, self.article.published_date) == country:
                return self.registry.person(hm._replace(country=country), context_country=country, context_org=None)
        return None

    def _filed_minister(self, m: Mention) -> str | None:
        """The country of the capital the dateline names, for a minister or head the text places nowhere else
        ("MUSCAT (ONA) -- Minister of State for Foreign Affairs X said"); not for a lawmaker or another official,
        nor for a title that implies its own country ("Senator")."""
        if self.filed_from is None or m.rank not in ("minister", "head") or (m.role or "") in ASSUMED_BY_ROLE:
            return None
        return self.filed_from

    def _un_only(self) -> bool:
        """Whether the article names the United Nations and no other body headed by a Secretary-General (read once)."""
        if self._sg_bodies is None:
            self._sg_bodies = {
                body for m in _INTERNATIONAL_RE.finditer(self.text) if (body := ORGANIZATIONS[m.group()].name) in _SECRETARY_GENERAL_BODIES
            }
        return self._sg_bodies == {"United Nations"}

    def _turn_on_host(self, index: int) -> bool:
        """Whether an interview answer opening at sentence ``index``, or the question before it, names the
        host country (an answer on another subject adds nothing)."""
        if self.host is None:
            return True
        paragraph = self.infos[index].sentence.paragraph
        j = index
        while j >= 0 and self.infos[j].sentence.paragraph >= paragraph - 1:
            if any(iso3 == self.host for _, _, iso3 in self._places(j)):
                return True
            j -= 1
        return False

    def _places(self, index: int) -> list[tuple[int, int, str]]:
        """Country phrases of sentence ``index`` outside quotes (found once)."""
        info = self.infos[index]
        if info.places is None:
            places = countries_in(info.masked)
            if places:
                # "Organization of American States", "The Korea Herald": a place inside a name is no place
                names = [(m.start(), m.end()) for m in PLACE_IN_NAME_RE.finditer(info.masked)]
                if names:
                    places = [p for p in places if not any(a <= p[0] < b for a, b in names)]
            info.places = places
        return info.places

    def _host_ministry(self, m: Mention, index: int) -> bool:
        """A ministry named by its portfolio alone ("the Ministry of Foreign Affairs", "the foreign ministry"; not a
        bare "the ministry" that refers back, nor a department's name) in a paragraph naming no country at all (its
        sentence, up to three before and one after in the paragraph; "the vote held in Chile" places the writer outside
        the host): the host's own."""
        if self.host is None or m.inst_kind != "ministry" or m.determiner != "the" or not (m.institution or "").endswith(" Ministry"):
            return False  # (a department's own name, "the Department of International Relations", is some country's)
        paragraph = self.infos[index].sentence.paragraph
        for j in range(max(0, index - 3), min(len(self.infos), index + 2)):
            if self.infos[j].sentence.paragraph == paragraph and self._places(j):
                return False
        return True

    def _topic_country(self, index: int) -> str | None:
        """"Beijing was furious. A foreign ministry spokesperson said ...": the government just speaking."""
        if index == 0:
            return None
        prev = self.infos[index - 1]
        if prev.sentence.paragraph != self.infos[index].sentence.paragraph or len(prev.country_subjects) != 1:
            return None
        return next(iter(prev.country_subjects))

    @staticmethod
    def _said_capital(masked: str, m: Mention) -> str | None:
        """"..., said Madrid hoped for closer ties": the government a spokesperson speaks for."""
        found = _SAID_PLACE_RE.match(masked, m.end)
        return country_in(found.group("place")) if found else None

    def _legislature_country(self, index: int) -> str | None:
        """A lawmaker with no nationality right after "US Congress members" belongs to that country."""
        info = self.infos[index]
        for j in range(index - 1, max(-1, index - 5), -1):
            prev = self.infos[j]
            if prev.sentence.paragraph != info.sentence.paragraph:
                break
            for start, end, iso3 in self._places(j):
                if _LEGISLATURE_RE.match(prev.masked, end):
                    return iso3
        return None

    def _previous_country(self, index: int) -> str | None:
        info = self.infos[index]
        for j in range(index - 1, max(-1, index - 3), -1):
            prev = self.infos[j]
            if prev.sentence.paragraph != info.sentence.paragraph:
                break
            found = self._places(j)
            if found:
                if len(found) >= 2 and found[-2][2] != found[-1][2] and _PLACE_LIST_GAP_RE.fullmatch(prev.masked, found[-2][1], found[-1][0]):
                    return None  # "flights from Quito, Lima and Bogota": a list of places names no one country
                aside = _SUBJECT_ASIDE_RE.match(prev.masked, found[0][1]) if not prev.masked[: found[0][0]].strip() else None
                if aside is not None and found[-1][0] < aside.end():
                    # "Spain, the former colonial power and Bolivia's largest investor, was slower": the places of
                    # the aside describe the subject, the country the sentence is about
                    return found[0][2]
                return found[-1][2]
        return None

    def _assumed_country(self, m: Mention, masked: str, index: int) -> str | None:
        """Another country for a mention whose country was only assumed from its title or body
        ("Sen." and "Congress" = USA): one the text places it in ("Sen. X, a Philippine opposition
        lawmaker,", "Senator X of Chile"), else the host when its own officials use the same style."""
        by_title = ASSUMED_BY_ROLE.get(m.role or "")
        assumed = by_title or ASSUMED_BY_INSTITUTION.get(m.institution or "")
        if assumed is None or assumed[0] != m.country or m.country == "EUU":
            return None  # (an MEP is the EU's: "Latvian MEP X" gives his nationality, not his chamber)
        lawmaker = by_title is not None and m.rank == "legislator" and m.kind == "person"
        written = country_in(without_ancestry(m.text))
        if written is not None:
            # "Sen. X of Nigeria" (not "Taiwan Affairs Office", a place inside a fixed owner's name)
            return written if lawmaker and written != m.country else None
        if lawmaker:
            if subnational_in(m.text) or _PARTY_WORD_RE.search(m.text):
                return None  # "Florida Republican Rep. X", "Democratic Sen. X": the assumed country is right
            after = _PLACE_AFTER_NAME_RE.match(masked, m.end)
            if after is not None:
                tail = after.group("of") or after.group("label") or _RELATIVE_TAIL_SPLIT_RE.split(after.group("apposition"), 1)[0]
                placed = implied_country(tail) or subnational_in(tail)
                if placed is not None:
                    return placed if placed != m.country else None
        if self.host not in assumed[1]:
            return None
        # "In Washington, Sen. X said": the assumed country named nearby keeps it
        for j in (index, index - 1):
            if j >= 0 and self.infos[j].sentence.paragraph == self.infos[index].sentence.paragraph:
                if any(iso3 == m.country for _, _, iso3 in self._places(j)):
                    return None
        return self.host

    def _mission_head(self, m: Mention, masked: str) -> Mention:
        """The head of a body's mission speaks for the body, not for the country of a former post:
        "the OAS observation mission, led by former Chilean foreign minister X," and "X, the Spanish
        lawmaker who led the European Union's observation mission,"."""
        by, mission, head, _, chair = mission_words(masked) if len(masked) > 400 else mission_words.__wrapped__(masked)
        if by and _LED_BY_BEFORE_RE.search(masked, max(0, m.start - 20), m.start):
            body = self._last_place
            if body is not None and body.kind == "organization":
                return m._replace(country=None, organization=body.organization, role="Head of Mission", rank="official")
            if body is not None and body.kind == "institution" and (body.institution or "") == "Mission" and body.country:
                return m._replace(country=body.country, role=m.role or "Head of Mission", rank=m.rank or "official")
            return m
        led = _LEADS_AFTER_RE.match(masked, m.end) if masked[m.end : m.end + 1] == "," and mission else None
        if led is None and masked[m.end : m.end + 1] == "," and head:
            led = _HEAD_OF_AFTER_RE.match(masked, m.end)
        if led is None and head and masked[max(0, m.start - 2) : m.start] == ", ":
            led = _HEAD_OF_BEFORE_RE.search(masked, max(0, m.start - 90), m.start)
        if led is not None:
            body = led.group("body")
            org = _INTERNATIONAL_RE.search(body)
            if org is not None and country_outside_names(body) is None:
                return m._replace(country=None, organization=ORGANIZATIONS[org.group()].name, role="Head of Mission", rank="official")
            place = country_in(body)
            if place is not None:
                return m._replace(country=place, role=m.role or "Head of Mission", rank=m.rank or "official")
        if m.country is not None and _FORMER_IN_RE.search(m.text):
            # "the commission's chairman, former Irish prime minister X": his former office's country is not the
            # one he speaks for; the body he chairs is
            chaired = _CHAIR_IN_MENTION_RE.match(m.text) or (
                _CHAIRS_AFTER_RE.match(masked, m.end) if masked[m.end : m.end + 1] == "," else None
            )
            if chaired is not None:
                body = chaired.group("body")
                org = _INTERNATIONAL_RE.search(body)
                if org is not None and country_outside_names(body) is None:
                    return m._replace(country=None, organization=ORGANIZATIONS[org.group()].name, role="Chair", rank="official")
                place = country_in(body) or self.host
                if place is not None:
                    return m._replace(country=place, role="Chair", rank="official")
        if m.country is None and masked[m.end : m.end + 1] == ",":
            # "Ana Ruiz, who chairs the Senate Foreign Relations Committee, said": a person the text places only by
            # the national body he chairs speaks for that body's country
            chaired = _CHAIRS_NAMED_BODY_AFTER_RE.match(masked, m.end)
            place = implied_country(chaired.group("body")) if chaired is not None else None
            if place is not None:
                return m._replace(country=place, role=m.role or "Chair", rank=m.rank or "legislator")
        if chair:
            chaired = (
                _BODY_CHAIR_RE.search(m.text) or _BODY_CHAIR_AFTER_RE.match(masked, m.end)
                or _BODY_CHAIR_BEFORE_RE.search(masked, max(0, m.start - 60), m.start)
            )
            if chaired is not None:
                # "X, who chairs the OSCE this year, wrote": he speaks as the body, not for his own government
                body = ORGANIZATIONS[next(g for g in chaired.groups() if g and g in ORGANIZATIONS)].name
                return m._replace(country=None, organization=body, role="Chair", rank="official")
        return m

    def resolve(self, m: Mention, masked: str, index: int) -> Entity | None:
        reg = self.registry
        if m.country is not None and m.kind in ("person", "institution") and (m.role or m.institution):
            other = self._assumed_country(m, masked, index)
            if other is not None:
                m = m._replace(country=other)
        if m.kind == "person":
            if m.country is None and m.organization is None and m.role and m.name and (
                region := _region_country(m.text, m.name, m.role if m.rank == "nonofficial" else None)
            ) and (m.rank != "nonofficial" or m.role.lower() in _REGION_HEAD_TITLES):
                # "Ontario Premier X", "Hong Kong's chief executive X": the region's official, of its country
                m = m._replace(country=region, rank="official" if m.rank == "nonofficial" else m.rank)
            unled = m
            m = self._mission_head(m, masked)
            chair = m is not unled and m.role == "Chair"  # a former leader chairing a body, a minister chairing one
            if m.rank == "spokesperson" and m.name and m.name in LEADERS_BY_NAME and _SPOKESPERSON_FOR_RE.match(m.text):
                # "a spokeswoman for Albanese said": the unnamed voice of the leader named after "for" gives the
                # leader's row (his table office and country), as "a spokesman for Prime Minister X" does
                m = m._replace(role=None, rank=None)
            if m.role is None and m.country is None and (office := _OFFICE_OF_ITS_RE.search(masked, max(0, m.start - 90), m.start)):
                # "The federation regretted ..., the head of its media office, Ana Ruiz, said": the office
                # holder of the body just named speaks for it, with the office's title
                title = TITLES_LOWER.get(office.group("title").lower())
                # the body is the last one named in the few words before ("The Kremlin regretted ..., the director of its")
                bodies = [b for b in find_mentions(masked[max(0, office.start() - MAX_OWNER_LOOKBACK) : office.start()])
                          if b.kind in ("country", "institution") and b.country and not b.possessive]
                country = bodies[-1].country if bodies else None
                if title is not None and country:
                    m = m._replace(role=title.role, rank=title.rank, country=country)
            titled = self._title_before(index) if index and not masked[: bare_start(m)].strip() else None
            if titled is not None and m.role is None and m.country is None and m.organization is None:
                # "Fiji's foreign minister was among the first to respond. Ana Reef wrote on Monday ...": a name
                # opening the sentence after one that gave only a title is that office-holder
                m = m._replace(role=titled.role, rank=titled.rank, country=titled.country, organization=titled.organization)
                entity = reg.person(m, context_country=None, context_org=None)
                if entity is not None:
                    self._introduced.setdefault(entity.key, index - 1)
                return entity
            if titled is not None and m.role is not None and m.country is None and m.organization is None:
                m = m._replace(country=titled.country, organization=titled.organization)  # "... Prime Minister Ana Reef said"
            if m.role is not None and m.country is None and m.organization is None and (at := _AT_BODY_RE.match(masked, 0, m.start)) and "," not in masked[at.end() : m.start]:
                # "At the Pentagon, press secretary X told a briefing": the body opening the sentence is the title's
                bodies = [b for b in find_mentions(at.group(1)) if b.kind == "institution" and b.country]
                if bodies:
                    m = m._replace(country=bodies[0].country)
            if (
                m.country is None and m.organization is None and m.institution in _BARE_INSTITUTIONS
                and not any(c[1] <= m.start for c in self._places(index))
            ):
                # "The State Department welcomed the vote, and department spokeswoman X said": the body of that kind
                # met last is hers (a bare "department" names no body of its own)
                def same_kind(e: Entity | None) -> bool:
                    return e is not None and e.kind == "institution" and e.inst_kind == m.inst_kind and e.country is not None

                # ... unless a place was named after it: "Mexico's Foreign Ministry welcomed the result. New Delhi
                # struck a cooler note. '...,' foreign ministry spokesperson X said": India's ministry, not Mexico's
                last = self._last_place
                named = last if same_kind(last) else reg.last(same_kind) if last is None or last.kind == "institution" else None
                if named is not None:
                    m = m._replace(country=named.country, institution=named.institution)
            if m.role and m.country is None and m.organization is None and m.text.split(" ", 1)[0] in NAME_HEADS:
                # "Commission spokeswoman X said": the body of that last word the article named, when the EU's or an
                # international one ("the European Commission", "the AU Commission"); an EU article's bare
                # "Commission" is the EU's even unnamed (a "National Electoral Commission" met last keeps it unplaced)
                head = m.text.split(" ", 1)[0]
                body = reg.last(lambda e: e.kind != "person" and (e.organization or e.institution or e.name or "").split(" of ")[0].split()[-1:] == [head])
                if (body is None and head == "Commission" and reg.last(lambda e: e.country == "EUU") is not None) or (
                    body is not None and body.country == "EUU"
                ):
                    m = m._replace(country="EUU")
                elif body is not None and body.kind == "organization" and ORGANIZATIONS.get(body.organization or "") is not None and ORGANIZATIONS[body.organization].kind == "international":
                    m = m._replace(organization=body.organization)
            ctx, org = self._context_country(masked, m, index)
            if m.country is None and m.role and m.determiner in ("his", "her", "their") and m.organization is None:
                # "Ardern sent her congratulations, and her foreign minister, X, said": the owner's government
                owners = [e for e, _ in self._sentence_persons if e.country] or [
                    e for e in [reg.pronoun(m.determiner)] if e is not None and e.kind == "person" and e.country
                ]
                if owners:
                    ctx, org = owners[-1].country, None
            if m.country is None and self.host and _ELECTION_BODY_RE.search(m.text):
                ctx, org = self.host, None  # "Electoral commission chairperson X": the host's own election body
            if ctx is None and org is None and m.country is None and m.role:
                ctx = self._legislature_country(index) if m.rank == "legislator" else None
                if ctx is None and m.rank == "spokesperson" and LEADER_SPOKESPERSON_RE.search(m.role):
                    # "a government spokesman" speaks for the leader just named
                    head = self.registry.last(lambda e: e.kind == "person" and e.rank == "head")
                    ctx = head.country if head else None
                if ctx is None and m.organization is None and m.role in _ORGANIZATION_ROLES:
                    # "Ana Ruiz, the Forum's Secretary General": the body the article named with that word
                    org = self._organization_called(masked, m)
                if ctx is None and org is None and m.organization is None and m.role in _ORGANIZATION_ROLES:
                    # "Kristalina Georgieva, the fund's managing director": the organisation met last
                    named = reg.last(lambda e: e.kind == "organization")
                    org = staff_body(named.organization) if named else None
                if org is None:
                    ctx = (ctx or self.chamber or self._said_capital(masked, m) or self._topic_country(index)
                           or SHARED_OWNERS.get(m.institution or "") or self._filed_minister(m) or self.host)
            if m.role is None and m.country is not None and not m.possessive:
                # "New Zealand's Jacinda Ardern", "Niger's Mohamed Bazoum": named for a country, a public figure
                m = m._replace(rank="official")
            person = reg.person(m, context_country=ctx, context_org=org)
            if chair and person is not None and (person.country, person.organization) != (m.country, m.organization):
                # the leaders table knows him by his former or national office: the body he chairs now is whose he
                # speaks for
                person.country, person.organization, person.role, person.rank = m.country, m.organization, m.role, m.rank
            if titled is not None and person is not None and (person.country, person.organization) == (titled.country, titled.organization):
                # "The Fijian leader sent word on Saturday. Prime Minister Ana Reef said ...": introduced there too
                self._introduced.setdefault(person.key, index - 1)
            return person
        if m.kind == "title":
            if m.possessive and not m.statement:
                return None
            if m.determiner in ("his", "her") and m.rank == "spokesperson" and m.country is None and self._sentence_persons:
                # "Guterres welcomed ..., his spokesman said": the person just named, not a spokesperson met before
                subjects = [e for e, ok in self._sentence_persons if ok] or [e for e, _ in self._sentence_persons]
                return subjects[-1]
            if m.determiner is None and m.rank == "spokesperson" and (owned := _LEADERS_SPOKESPERSON_RE.match(m.text)) is not None:
                owner = owned.group("owner")
                if owner in LEADERS_BY_NAME:
                    # "Macron's spokesman said": the unnamed voice of the leader named before gives the leader's row,
                    # as "a spokesman for Macron" does
                    leader = Mention(m.start, m.start + len(owner), owner, "person", name=owner)
                    return reg.person(leader, context_country=None, context_org=None)
            if m.rank == "spokesperson" and m.determiner is None and ("'s " in m.text or "\u2019s " in m.text):
                # "Prime Minister Ana Reef's official spokesman said": the unnamed voice of a leader named in the
                # same run of words relays the leader
                owner = self._owner_in(m)
                if owner is not None:
                    return owner
            if m.determiner in ("a", "an"):
                if m.rank == "spokesperson" and m.country is not None and not m.possessive:
                    return reg.country(m.country)  # "an EU spokesperson said": the unnamed spokesperson's government
                if m.rank == "spokesperson" and m.organization is not None and not m.possessive:
                    return reg.organization(m.organization, m.organization)  # "a NATO spokeswoman said": the body's
                return None
            if m.determiner is None and m.rank == "spokesperson" and m.organization is not None and m.country is None and not m.possessive:
                # "NATO spokesman Dylan White said", a name the tables cannot read as one: the body's spokesperson
                # speaks for the body
                return reg.organization(m.organization, m.organization)
            if m.determiner == "the" and m.rank == "spokesperson" and _PRINCIPALS_SPOKESPERSON_RE.search(m.text):
                # "The French president's spokesman said", "the UN Secretary-General's spokeswoman said": the unnamed
                # voice of a principal speaks for the principal's government or body (its principal, when named
                # after the verb, is the speaker: see attribute)
                if m.country is not None:
                    return reg.country(m.country)
                if m.organization is not None:
                    return reg.organization(m.organization, m.organization)
            if m.country is None and m.organization is None and m.determiner == "the" and m.role in _ORGANIZATION_ROLES:
                # "The Security Council met ... the Secretary-General had condemned": the body the article is about
                named = reg.last(lambda e: e.kind == "organization")
                if named is not None:
                    m = m._replace(organization=staff_body(named.organization))
                elif m.role == "Secretary-General" and m.text[:1].isupper() and not masked.startswith(" of ", m.end) and self._un_only():
                    # "The Secretary-General condemns ...", as a UN briefing or note names him: the article names the
                    # UN and no other body with a Secretary-General, so he is the UN's
                    m = m._replace(organization="United Nations")
            if m.country is None:
                opening, low = text_before(masked, m.start, drop=bool(m.determiner))
                # both patterns span the whole opening: read in place (no copy of a long line's prefix);
                # the space drop_last_word leaves at the end is one more for their closing \s*
                end = low + len(opening.rstrip(" ")) if m.determiner else m.start
                # "In Canberra, the prime minister said"; "Japan: The prime minister said" (a roundup's label)
                lead = (_LEAD_PLACE_RE.match(masked, 0, end) or LABEL_PLACE_RE.match(masked, 0, end)) if opening else None
                if lead is not None:
                    # "In Canberra, the prime minister said": the place opening the sentence is the title's
                    m = m._replace(country=country_in(lead.group(1)))
            if (
                m.country is None and m.organization is None and m.rank == "head" and m.determiner == "the"
                and self.filed_from is not None and self.filed_from != self.host
                and reg.last(lambda e: role_matches(m.role or "", e)) is None
            ):
                # "DOHA, May 3 (Wire) -- The Emir sent a cable to ...": a head of state the text places nowhere else,
                # in a story filed from a foreign capital, is that country's (as a minister's name is: _filed_minister)
                m = m._replace(country=self.filed_from)
            if (
                m.country is not None and m.role == "leader" and m.determiner == "the"
                and reg.last(lambda e: e.kind == "person" and e.country == m.country and e.rank == "head") is None
            ):
                # "Boric hails the vote" over "The Chilean leader praised ...": the generic "leader", with no head of
                # that country met yet, is the one the headline names
                named = self._headline_leader(m.country)
                if named is not None:
                    return named
            if (
                m.country is None and m.organization is None and m.determiner == "the" and m.rank == "head"
                and self._sentence_office is not None and _OFFICE_SAID_RE.fullmatch(masked, self._sentence_office[1], m.start)
            ):
                # "Clarence House said the King had written to", "the Akorda said the president had called":
                # the head whose office tells it, the office's country's
                m = m._replace(country=self._sentence_office[0].country)
            if (
                m.country is None and m.organization is None and m.determiner is None and m.rank == "head" and not m.name
                and self._turn_speaker is not None and self._turn_speaker.country and not masked[: m.start].strip(_OPENING_MARKS)
            ):
                # "Foreign Secretary, Ms. Ana Ruiz: ... Prime Minister told President X that ...": the office alone
                # opening a sentence of an official's turn, as officials name their own head
                m = m._replace(country=self._turn_speaker.country)
            if m.country is None and m.organization is None and m.determiner == "the" and self.chamber is not None:
                # "the Prime Minister said on Monday" in a parliament's record or debate summary: its country's
                m = m._replace(country=self.chamber)
            if (
                m.country is None and m.organization is None and m.determiner == "the" and m.rank == "head" and self.host
                and m.text[:1].isupper()
            ):
                # "President Ruto took a call from President Lula ... The President thanked him": the capitalised
                # office alone, as a readout names its own head, is the host's holder once the page named him
                own = reg.last(lambda e: e.country == self.host and role_matches(m.role or "", e))
                if own is not None:
                    return own
            return reg.role(m)
        if m.kind == "institution":
            if m.country == "EUU" and m.determiner in ("a", "an", "one") and _UNNAMED_EUROPEAN_BODY_RE.fullmatch(m.text):
                # "a European government said", "a European foreign ministry": one of Europe's national bodies,
                # unnamed, not the Union's
                return None
            if m.country is None and self.host and _ELECTION_BODY_RE.search(m.text):
                # "The Central Election Commission said": the body counting the host's vote, not a foreign one
                return reg.institution(m, country=self.host, owner=None)
            owner = None
            if m.determiner in ("his", "her"):
                # "Kishida sent a letter, his office said": the person named earlier in the sentence
                subjects = [e for e, ok in self._sentence_persons if ok]
                named = subjects or [e for e, _ in self._sentence_persons]
                owner = named[-1] if named else reg.pronoun(m.determiner)
                if owner is not None and m.inst_kind == "office":
                    return owner
            elif m.name:
                owner = reg.person(Mention(m.start, m.end, m.name, "person", name=m.name, country=m.country),
                                   context_country=m.country, context_org=None)
                if owner is not None and m.inst_kind == "office":
                    return owner  # "Modi's office said": the leader speaks through the office
            country = m.country or self._said_capital(masked, m)
            if country is None and m.determiner in ("its", "their"):
                holder = self._subject_place or self._last_place or reg.pronoun(m.determiner)
                country = holder.country if holder else None
            bare = m.determiner in ("a", "an") and m.institution in _BARE_INSTITUTIONS
            if (country is None or bare) and (m.determiner == "the" or bare) and (
                not m.city and not any(c[1] <= m.start for c in self._places(index))
            ):
                # "the embassy said", "the mission added": the institution met last, same name first; so is
                # "a ministry spokeswoman noted" after "Chile's foreign ministry said" (also when she says "Santiago
                # would ...": of that country)
                same = reg.last(lambda e: e.kind == "institution" and e.institution == m.institution and (country is None or e.country == country)) or reg.last(
                    lambda e: e.kind == "institution" and e.inst_kind == m.inst_kind and (country is None or e.country == country) and _kind_peer(m, e)
                )
                turned = self._place_subjects.get(index - 1)
                if (
                    same is not None and turned is not None and turned.country not in (same.country, self.host)
                    and reg.last(lambda e: e is same or e is turned) is turned
                ):
                    # "Chile's foreign ministry welcomed the vote. Oslo was more guarded. '...,' a foreign ministry
                    # spokesman said": the country the sentence before stood on is the ministry's, not Chile
                    country = turned.country
                elif same is not None:
                    return same
            if (
                country is None and m.determiner == "the" and not m.city and self._acting_place is not None
                and m.inst_kind in ("ministry", "office") and _CLOSING_SOURCE_RE.match(masked, m.end)
                and masked[max(0, m.start - 7) : m.start].rstrip().endswith((", the", ",the"))
            ):
                # "Algeria sent aid to Morocco, the foreign ministry said": the ministry closing the sentence is the
                # acting country's, not that of the last place named before it
                country = self._acting_place.country
            if country is None and m.inst_kind == "legislature":
                country = self._legislature_country(index)
            if country is None:
                country, _ = self._context_country(masked, m, index)
            if country is None and m.inst_kind == "office":
                head = reg.last(lambda e: e.kind == "person" and e.rank == "head")
                country = head.country if head else None
            if country is None:
                country = self._said_capital(masked, m) or self._previous_country(index)
            if country is None and m.institution and m.determiner in ("the",):
                same = reg.last(lambda e: e.kind == "institution" and e.inst_kind == m.inst_kind and _kind_peer(m, e))
                if same is not None:
                    return same
            if country is None:
                country = SHARED_OWNERS.get(m.institution or "")
            last = self.registry.last_speaker
            if country is None and last is not None and last.official and last.country != self.host and self._host_ministry(m, index):
                # "Delegations from thirty countries attended, the Ministry of Foreign Affairs said" after a foreign
                # leader's paragraph, in a paragraph naming no country: the host's own ministry, not that leader's
                country = self.host
            if country is None and last is not None and last.official and m.inst_kind in ("office", "ministry", "embassy"):
                # an unplaced body takes the country of the government that spoke last; a think-tank analyst or a
                # former minister speaks for none ("X, an economist at a bank, said ... Y of the Harbour Policy
                # Council noted": no government's)
                country = last.country
            return reg.institution(m, country=country, owner=owner)
        if m.kind == "country":
            return reg.country(m.country) if m.country else None
        if m.kind == "organization":
            if _MEMBERS_AFTER_RE.match(masked, m.end) or m.text.endswith(_MEMBER_WORDS):
                return None  # "NATO partners", "ASEAN member states": the members, not the bloc speaking
            return reg.organization(m.organization, m.name) if m.organization else None
        if m.kind == "pronoun":
            if m.text.lower() == "it" and self._last_source_kind in ("statement", "issued"):
                # "'...,' the statement said. It went on to ...", "X issued a statement. '...,' it reads.":
                # the statement's speaker
                return reg.last_speaker
            if m.text.lower() in ("he", "she") and (
                masked[max(0, m.start - 2) : m.start] in (": ", "; ")
                or CLAUSE_OPENING_PHRASE_RE.search(masked, max(0, m.start - 80), m.start)
                # "Ana Ruiz at Monday's briefing, where she said ...": a caption's person and the occasion she spoke at
                or _WHERE_BEFORE_RE.search(masked, max(0, m.start - 14), m.start)
                or masked[max(0, m.start - 2) : m.start] == ", " and (said := _INSERTED_SAID_RE.match(masked, m.end)) is not None
                # (closing the sentence only under a speaker's label: "X would judge him by his deeds, he said" is
                # the previous speaker's report of X)
                and (said.group().endswith(",") or _LABEL_OPENING_RE.match(masked) is not None)
            ):
                # "The envoy, Ana Ruiz, held back: in a letter she urged calm": after a colon, a person standing
                # as a subject earlier in the same sentence, before anyone met in the sentences before; so in an
                # attribution set between commas ("Ana Ruiz told reporters that the border, she said, stays shut")
                subjects = [e for e, ok in self._sentence_persons if ok]
                if subjects:
                    return subjects[-1]
            if m.text.lower() in ("he", "she") and self._sentence_people and _IN_WHICH_RE.search(masked, max(0, m.start - 20), m.start):
                return self._message_sender(masked, m)
            return reg.pronoun(m.text.split()[0] if " " in m.text else m.text)  # "His Majesty" is "he"
        if m.kind == "statement":
            return reg.statement(m)
        if m.kind == "joint":
            last = reg.last_speaker
            return last if last is not None and last.kind == "person" and last.rank == "head" else None
        return None

    def _message_sender(self, masked: str, m: Mention) -> Entity:
        """Who "he" is in "X received a cable from Y, in which he affirmed ...": the person of the sentence whose
        country the clause gives the stance of ("... expressed Kenya's full support", "... the solidarity of Chile"),
        else the one named last (the message's sender, named after its receiver)."""
        named = self._sentence_people
        clause = masked[m.end : m.end + 160].split(";")[0].split(".")[0]
        for start, end, iso3 in countries_in(clause):
            if _STANCE_OF_RE.search(clause, 0, start) or _STANCE_AFTER_RE.match(clause, end):
                return next((e for e in reversed(named) if e.country == iso3), named[-1])
        # the sender is named last only when the subject received the message ("X received a cable from Y, in
        # which he ..."); "X held a call with Y, during which he ..." is the subject's
        return named[-1] if _RECEIVED_RE.search(masked, 0, m.start) else named[0]

    def _title_before(self, index: int) -> Mention | None:
        """The office named without a name as the subject of the sentence before ``index`` in its paragraph
        ("The Arctic Council's chair was quick to react."), or None."""
        before = self.infos[index - 1]
        if before.sentence.paragraph != self.infos[index].sentence.paragraph or before.sentence.header:
            return None
        mentions = [x for x in find_mentions(before.masked) if x.kind not in ("pronoun",)]
        first = next((x for x in mentions if x.kind != "country"), None)  # "In Suva, the Fijian leader ...": the place leads
        if first is None or first.possessive or first.rank in (None, "nonofficial", "courtesy", "honorific"):
            return None
        if first.kind == "institution" and first.role and first.institution:
            # "The Foreign Ministry's envoy for the Gulf was blunt.": an office-holder of a body
            first = first._replace(kind="title", country=first.country or SHARED_OWNERS.get(first.institution))
        if first.kind != "title" or (first.country is None and first.organization is None):
            return None
        if any(x.kind == "person" for x in mentions):
            return None  # the office-holder is named there already
        return first

    def _organization_called(self, masked: str, m: Mention) -> str | None:
        """The international body named in the article whose last word is the possessive by the title:
        "X, the Forum's Secretary General," and "the Community's Secretary-General X" after "the
        Pacific Islands Forum" / "the Caribbean Community" were named."""
        found = _BODY_POSSESSIVE_AFTER_RE.match(masked, m.end) or _BODY_POSSESSIVE_IN_RE.search(m.text)
        if found is None:
            return None
        word = found.group(1)
        if word not in self._bodies_called:  # the text searched once per word, not once per mention
            self._bodies_called[word] = next(
                (ORGANIZATIONS[name].name for name in _ORGANIZATIONS_BY_LAST_WORD.get(word, ()) if name in self.text), None
            )
        return self._bodies_called[word]

    def _owner_in(self, m: Mention) -> Entity | None:
        """The leader named with a possessive inside a spokesperson's mention ("Erdogan's spokesman X")."""
        cut = max(m.text.rfind("'s "), m.text.rfind("\u2019s "))
        found = [x for x in find_mentions(m.text[: cut + 2], known_names=self.registry.known_names) if x.kind == "person"]
        if not found:
            return None
        e = self.registry.person(found[-1], context_country=m.country, context_org=None)
        return e if e is not None and e.official and e.rank == "head" else None

