"""Turning each speaker's merged draft into a statement row: the date of his words, the day of the event, kind, themes and spans."""

from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache

from tracker.extract.acts import relayed_act
from tracker.extract.clauses import (
    APPOSITIVE_TITLE_RE,
    RELATIVE_CLAUSE_RE,
    without_narrative,
)
from tracker.extract.coreference import Entity
from tracker.extract.countries import country_name
from tracker.extract.drafts import (
    GOVERNMENT_RANKS,
    Draft,
    merged_drafts,
)
from tracker.extract.kinds import classify_kind
from tracker.extract.lexicon import (
    DEMONYMS,
    NARRATIVE,
    REACTION_VERBS,
    SPEECH_VERBS,
)
from tracker.extract.quotes import Quote
from tracker.extract.speakers import find_mentions
from tracker.extract.themes import match_themes
from tracker.extract.verbs import find_verbs
from tracker.models import Statement

# ", the US national security adviser,", ", NATO's secretary general,", ", Trump's closest ally in Europe,"
# ", attending a meeting of ...,", ", on a visit to Tokyo,": the occasion, told by the writer
_CIRCUMSTANCE_RE = re.compile(
    r"^,\s+(?:attending|visiting|touring|hosting|speaking (?:at|during|on|from|in|after)|on (?:a|an|his|her) (?:[\w-]+ )?(?:visit|trip|tour) to"
    r"|while (?:in|at|on|visiting|attending|touring)"
    # ", in Lisbon for a summit,", ", in New York for the General Assembly,": where the trip took the speaker
    r"|in (?:[A-Z][\w.'\u2019-]*\s+){1,3}for (?:a|an|the|talks)\b)\b[^,\"\u201c\u201d]{0,100},"
)
# ", China and Peru" / " and the Netherlands" right after the speaker: the rest of a subject list ("Spain, China and
# Peru welcomed ..."); the other members named there are not this speaker's words (no china theme for Spain's row)
_NAME_IN_LIST = r"(?:the\s+)?[A-Z][\w.'\u2019-]*(?:\s+[A-Z][\w.'\u2019-]*){0,3}"
_LIST_JOIN = r"(?:\s*,\s*(?:and\s+)?|\s+and\s+)"
_CO_SUBJECTS_RE = re.compile(rf"^{_LIST_JOIN}{_NAME_IN_LIST}(?:{_LIST_JOIN}{_NAME_IN_LIST})*(?=\s+[a-z])")
# a sentence's opening phrase that says at which gathering the speaker spoke ("At a meeting with senior aides on
# Monday,", "In the ensuing debate,", "During the regular briefing,")
_SETTING_RE = re.compile(
    r"\s*(?:(?:At|During|In)\s+(?:a|an|the|his|her|its|their|this|that)\s+[^,\"\u201c\u201d]{0,80}?"
    r"\b(?:meetings?|discussions?|debates?|sessions?|briefings?)\b"
    # "Opening the regional summit on Monday,", "Addressing the UN General Assembly,": the gathering he spoke at
    r"|(?:Opening|Closing|Addressing|Attending|Chairing|Hosting|Speaking\s+(?:at|to|during|before))\s+(?:a|an|the|his|her|its|their|this|that)\s)"
    r"[^,\"\u201c\u201d]{0,80},"
)
# ', as the island's oldest partner chose continuity.' after a closed quotation, to the sentence's end
# and the writer's gloss on it: '..., a reference to the oil revenues officials diverted', ', in a veiled swipe at Rome'
_BESIDE_QUOTE_RE = re.compile(
    r",?\s+(?:as\s+(?:the|a|an|its|his|her|their)\s"
    r"|(?:in\s+)?(?:an?\s+)?(?:apparent\s+|veiled\s+|thinly[\s-]veiled\s+|clear\s+|oblique\s+|pointed\s+|implicit\s+)?"
    r"(?:reference|allusion|nod|swipe|dig|jab)\s+(?:to|at)\s)[^\"\u201c\u201d]*$"
)

# "within hours of the declaration", "shortly after the results were announced": a reaction dated by an event
_HOURS_AFTER_RE = re.compile(
    r"\b(?:(?:within|in the)\s+(?:hours|minutes|moments)\s+of|(?:hours|minutes|moments|shortly|soon|just|not long)\s+"
    r"(?:after|following))\s+(?:the\s+|its\s+)?(?:[\w-]+\s+){0,2}?(?P<event>announcement|declaration|results?|verdict|confirmation|certification|ceremony|inauguration|swearing-in)\b",
    re.IGNORECASE,
)
MAX_EVENT_LOOKBACK = 60  # sentences searched back for the event (it is told in the lead or just before)
# the words that tell each event where the article gave its day ("within hours of the ceremony" after "took the
# oath of office on Thursday")
_SWORN = ("ceremon", "inaugura", "sworn", "swore", "swearing", "oath")
_EVENT_STEMS = {
    "announcement": ("announc",), "declaration": ("declar",), "result": ("result",), "results": ("result",),
    "verdict": ("verdict",), "confirmation": ("confirm",), "certification": ("certif",),
    "ceremony": _SWORN, "inauguration": _SWORN, "swearing-in": _SWORN,
}

# "He was speaking to reporters on Thursday": a sentence that only says when and where the last speaker spoke
# "His letter, carried by the state news agency on Sunday, ...", "The cable was sent on Monday": a sentence on the
# message the last speaker sent, telling when it went out
_SPOKE_WHEN_RE = re.compile(
    r"\W*(?:(?:He|She|They|The\s+[\w-]+(?:\s+[\w-]+)?)\s+(?:(?:was|were)\s+(?:speaking|talking)|spoke|made\s+(?:the|his|her|their)\s+(?:remarks|comments))\b"
    r"|(?:The|His|Her|Their|This)\s+(?:message|cable|letter|telegram|statement|communiqu[e\u00e9]|note|condolences|congratulations)"
    r"(?:\s*,\s*|\s+(?:was|were|had\s+been)\s+)(?:first\s+)?(?:relayed|sent|published|released|delivered|carried|broadcast|read\s+out|made\s+public|issued|posted)\b)"
)
# ", approved by the senate on Tuesday,", ", sworn in on Monday,": what was done to the speaker, told by the writer
# (or to what he spoke of: "the count, held on Sunday, was calm")
_PARTICIPLE_CLAUSE_RE = re.compile(
    r",\s+(?:(?:only|just|newly|recently|himself|herself|itself)\s+)?(?:[a-z]+ed|sworn|chosen|re-elected|held|won)\s+"
    r"(?:in|by|as|on|to|last|earlier|for|only)\b[^,\"\u201c\u201d]*,"
)

# "Before boarding she said", "On landing, he told journalists", "Speaking to reporters on arrival, she said": a
# sentence going on about the person just named (a participle phrase with no day of its own opening it)
_PRONOUN_OPENING_RE = re.compile(
    r"\W*(?:(?:[Bb]efore|[Aa]fter|[Oo]n|[Uu]pon|[Ll]ater|[Tt]here|[Aa]t)\b[^,;#\"\u201c]{0,30}?,?\s+"
    r"|[A-Z][a-z]{2,}ing\s[^,;#\"\u201c]{0,50},\s+)?(?:[Hh]e|[Ss]he|[Hh]is|[Hh]er)\b"
)

_WORDS_RE = re.compile(r"[a-z]+")
# "Y told the same meeting that ...": the occasion of an earlier sentence, whose day dates these words
_SAME_OCCASION_RE = re.compile(r"\bsame\s+(?:" + "|".join(re.escape(w) for w in NARRATIVE["same_occasion"]) + r")\b")
SAME_OCCASION_LOOKBACK = 3  # sentences searched back for the occasion's day
# ("X's message, published by the embassy on Wednesday, said": the day the words were made public)
# (", interviewed on Monday by Radio Lagoon,", ", asked about the vote on Monday,": when the words were drawn from him)
_SAYING_WORDS = SPEECH_VERBS | REACTION_VERBS | {
    "spoke", "speaking", "speaks", "interview", "interviewed", "asked", "briefing", "statement", "message", "call", "published", "posted",
}


_DEMONYMS_OF: dict[str, list[str]] = {}
for _demonym, _iso3 in DEMONYMS.items():
    if _demonym[:1].isupper() and not _demonym.isupper():
        _DEMONYMS_OF.setdefault(_iso3, []).append(_demonym)
# the words after "the Uzbek" that name one of several people by his country ("..., the Chilean one inviting")
_DESCRIPTOR_HEADS = r"(?:one|leader|president|premier|prime\s+minister|minister|side|head\s+of\s+state|monarch|king)"


@lru_cache(maxsize=4096)
def _name_clause_re(word: str) -> re.Pattern[str]:
    """", Y promising ...": a participle clause opened by the name word ``word`` (compiled once per word, not
    rebuilt as a string and looked up in re's cache on every call)."""
    return re.compile(r",\s+" + re.escape(word) + r"(?:['\u2019]s)?\s+(?:also\s+)?[a-z]+ing\b")


@lru_cache(maxsize=512)
def _demonym_clause_re(country: str) -> re.Pattern[str] | None:
    """"..., and the Chilean one inviting ...": a participle clause opened by ``country``'s demonym (compiled
    once per country), None for a country with no demonym known."""
    demonyms = _DEMONYMS_OF.get(country)
    if not demonyms:
        return None
    return re.compile(
        r"(?:,\s+(?:and\s+)?|\s+and\s+)the\s+(?:" + "|".join(map(re.escape, demonyms)) + r")\s+" + _DESCRIPTOR_HEADS + r"\s+(?:also\s+)?[a-z]+ing\b"
    )


def _clause_starts(own: str, person: Entity) -> list[int]:
    """Where a participle clause ``person`` opens: by a name word ("..., Y promising ...") or by his country's
    demonym ("..., and the Chilean one inviting ...")."""
    found = []
    for word in person.name_words:
        if len(word) > 2:
            m = _name_clause_re(word).search(own)
            if m is not None:
                found.append(m.start())
    pattern = _demonym_clause_re(person.country or "")
    if pattern is not None:
        m = pattern.search(own)
        if m is not None:
            found.append(m.start())
    return found


def _without_others_clause(own: str, entity: Entity, people: list[Entity]) -> str:
    """The words of a sentence given to several people, without a clause another of them opens, up to the next
    clause one of them opens ("X and Y congratulated her, Y promising to finish the railway": the railway is Y's
    only; "..., the Peruvian leader stressing commerce, and the Chilean one inviting him to Santiago": the
    invitation is the Chilean's)."""
    starts: list[tuple[int, bool]] = []  # (where, whether it is another's clause)
    for person in people:
        other = person is not entity and not (person.name_words & entity.name_words) and person.country != entity.country
        starts.extend((at, other) for at in _clause_starts(own, person))
    if not any(other for _, other in starts):
        return own
    starts.sort()
    out = own
    for k, (at, other) in enumerate(starts):
        if other:
            end = starts[k + 1][0] if k + 1 < len(starts) else len(own)
            out = out[:at] + " " * (end - at) + out[end:]
    return out


# ", while Chile and Peru pledged on Tuesday to ...": a clause told beside the speaker's act whose subject is other
# countries; what they did is not the speaker's words (the speaker's own country opening it stays: "..., while Norway
# sent ships")
_WHILE_CLAUSE_RE = re.compile(r",\s+(?:while|whereas)\s+(?=(?:the\s+)?[A-Z])")
_PAST_ACT_RE = re.compile(r"\s+(?:(?:also|later|then|on\s+[A-Z][a-z]+day)\s+)?(?:[a-z]+ed|said|held|made|took|sent|met|kept|gave|chose|began|won)\b")
MAX_WHILE_SUBJECT = 100  # how far after "while" the other countries' subject may run


def _without_others_while_clause(own: str, country: str | None) -> str:
    """``own`` without a ", while <other countries> <past verb> ..." clause outside quotation marks, to the
    sentence's end (the clause is blanked, so the length stays)."""
    if country is None or "while" not in own and "whereas" not in own:
        return own
    straight = curly = done = 0  # quotation marks before the clause, counted once over the text
    for m in _WHILE_CLAUSE_RE.finditer(own):
        straight += own.count('"', done, m.start())
        curly += own.count("\u201c", done, m.start()) - own.count("\u201d", done, m.start())
        done = m.start()
        if straight % 2 or curly > 0:
            continue  # inside a quotation: the speaker's words
        window = own[m.end() : m.end() + MAX_WHILE_SUBJECT]
        subject = []
        at = 0
        for mention in find_mentions(window):
            gap = window[at : mention.start]
            if gap.strip() not in ("", "the", "and", ",", ", and", "and the", ", and the", ", the"):
                break
            subject.append(mention)
            at = mention.end
        if not subject or any(x.kind not in ("country", "person", "institution", "title") or x.country is None or x.possessive for x in subject):
            continue
        if any(x.country == country for x in subject) or _PAST_ACT_RE.match(window, at) is None:
            continue
        end = own.find(";", m.end())
        end = len(own) if end < 0 else end
        return own[: m.start()] + " " * (end - m.start()) + own[end:]
    return own


def _without_own_mentions(own: str, entity: Entity) -> str:
    """``own`` with the speaker's other mentions blanked, title and all (same length): "NATO Secretary General
    Ana Berg phoned her on Sunday, an aide said" gives the Secretary General's row no theme from
    his own title; his words about NATO still count."""
    if entity.kind != "person" or not any(len(w) > 2 and w in own for w in entity.name_words):
        return own
    parts: list[str] = []
    done = 0
    for mention in find_mentions(own):
        if mention.kind == "person" and mention.name and set(mention.name.split()) & entity.name_words and mention.start >= done:
            parts.append(own[done : mention.start])
            parts.append(" " * (mention.end - mention.start))
            done = mention.end
    if not parts:
        return own
    parts.append(own[done:])
    return "".join(parts)


class RowBuilding:
    """The statement extractor's row building (mixed into _ArticleExtractor; reads its per-article state)."""

    # -- rows ---------------------------------------------------------------------------
    def _merged_drafts(self) -> list[Draft]:
        alive = merged_drafts(self.drafts.values(), days=lambda i: frozenset(d.date for d in self.infos[i].days))
        # "Sales rose 3%, according to the ministry": a citation with no words or act is no reaction
        return [d for d in alive if any(self.infos[i].has_verb or q for i, _, q, _ in d.items)]

    def _date(self, draft: Draft) -> tuple[str, str]:
        first_stamp = self.infos[draft.items[0][0]].stamp
        governed: dt.date | None = None
        for index, s, _, source in draft.items:
            info = self.infos[index]
            if source is not None and info.days and " had on " in info.masked and relayed_act(info.masked, source):
                # "X recalled that the Council had on 28 July demanded ...": the relayed act's own day
                at = s.start + source.end
                day = next((d for d in info.days if at <= d.start <= at + 12), None)
                if day is not None:
                    return day.date.isoformat(), "statement"
        items = draft.items
        if len(items) > 1 and not items[0][2]:
            # "X laid a wreath on Monday. He said on Friday that ... \"...\"": the row's quoted words
            # are dated by their own sentence, not by an earlier unquoted one about something else he did
            quoted = next((k for k, item in enumerate(items) if item[2]), None)
            if (
                quoted is not None and self.infos[items[quoted][0]].days and any(self.infos[i].days for i, _, _, _ in items[:quoted])
                # "X sent a message of congratulations on Thursday. On Friday he explained it was \"...\"": the
                # reaction itself, told of the person by name without quotes, still dates the row (a lead's
                # "Spain and Austria raised doubts on Monday" does not)
                and not any(
                    not v.speech
                    for i, _, _, m in items[:quoted] if m is not None and m.kind == "person"
                    for v in find_verbs(self.infos[i].masked)
                )
            ):
                items = [items[quoted], *items[:quoted], *items[quoted + 1 :]]
        for index, s, _, source in items:
            if first_stamp is not None and self.infos[index].stamp != first_stamp:
                break  # a later entry under another day's stamp is another post: its day word is not this one's
            days = self.infos[index].days
            masked = self.infos[index].masked
            if days and ("wh" in masked or ("ed " in masked or "sworn" in masked or "held " in masked or "won " in masked) and _PARTICIPLE_CLAUSE_RE.search(masked)):
                # "Orban, who landed in Tbilisi on Monday, wrote on Saturday": the writer's clause about
                # the speaker does not date the words when the sentence dates them elsewhere; nor when it
                # tells something else the speaker did ("X, who chaired a retreat on Monday, said"), unless
                # it tells the words themselves ("X, who spoke to reporters on Monday, said"); the same for
                # a participle clause ("X, approved by the senate on Tuesday, said on Wednesday")
                found = list(RELATIVE_CLAUSE_RE.finditer(masked)) + list(_PARTICIPLE_CLAUSE_RE.finditer(masked))
                clauses = [(c.start() + s.start, c.end() + s.start) for c in found]
                outside = [d for d in days if not any(a <= d.start < b for a, b in clauses)]
                if outside or len(days) > 1:
                    days = outside or days
                elif all(_SAYING_WORDS.isdisjoint(_WORDS_RE.findall(c.group().lower())) for c in found):
                    days = []
            if not days and governed is None and ("after" in masked or "ithin" in masked or "ollowing" in masked):
                event_day = self._day_of_event(index)
                if event_day is not None:
                    return event_day.isoformat(), "paragraph"
            if days:
                # "The United States and Japan on Wednesday congratulated ...": the government's
                # sentence governs the named official's undated words; the official's own day word
                # in a later sentence ("Its foreign minister said on Tuesday ...") wins
                # (so does a ministry's: "On Sunday the foreign ministry announced ... At Monday's briefing, its
                # spokesman Ana Ruiz warned ...": her own day dates her row)
                if source is not None and (
                    (source.kind == "country" and draft.entity.kind != "country")
                    or (source.kind == "institution" and draft.entity.kind == "person")
                ):
                    governed = governed or days[0].date
                    continue
                return days[0].date.isoformat(), "statement"
        for index, _, _, _ in draft.items:
            if "same " in self.infos[index].masked and _SAME_OCCASION_RE.search(self.infos[index].masked):
                # "At the council's session on Monday, X said ... Y told the same meeting": that session's day (before a
                # sentence of his country's, "Moscow promised a response on Thursday", merged into his row)
                day = next((self.infos[j].days[0] for j in range(index - 1, max(-1, index - 1 - SAME_OCCASION_LOOKBACK), -1) if self.infos[j].days), None)
                if day is not None:
                    return day.date.isoformat(), "paragraph"
        if governed is not None:
            return governed.isoformat(), "paragraph"
        if draft.entity.key in self.record_speakers:
            # a member's turn in a parliament's record was spoken at the sitting, whatever day its next sentence tells
            day = self.sitting or self.article.published_date
            if day is not None:
                return day.isoformat(), "paragraph" if self.sitting else "published"
        for index, s, _, _ in draft.items:
            # "... said Madrid welcomed the vote. He was speaking to reporters on Tuesday."
            if index + 1 < len(self.infos):
                after = self.infos[index + 1]
                if after.days and after.sentence.paragraph == s.paragraph and _SPOKE_WHEN_RE.match(after.masked):
                    return after.days[0].date.isoformat(), "statement"
        first = draft.items[0][0]
        para = self.infos[first].sentence.paragraph
        country = draft.entity.country
        for j in range(first - 1, -1, -1):
            info = self.infos[j]
            if info.sentence.paragraph != para:
                break
            if info.days and country and country in info.country_subjects:
                return info.days[0].date.isoformat(), "paragraph"
            if info.days and j == first - 1 and draft.entity.key in info.person_subjects and _PRONOUN_OPENING_RE.match(self.infos[first].masked):
                # "X flew to Lima on Sunday. Before boarding she said ...": the day of the sentence just before,
                # which the pronoun's sentence goes on from
                return info.days[0].date.isoformat(), "paragraph"
        # the first of its sentences under a day heading (a summary above the headings has none)
        stamp = next((self.infos[i].stamp for i, _, _, _ in draft.items if self.infos[i].stamp is not None), None)
        if stamp is not None:
            return stamp.isoformat(), "paragraph"
        # (the government's reaction: a lawmaker of that country is not what "Tunisia congratulated" tells)
        e = draft.entity
        governs = e.rank in GOVERNMENT_RANKS if e.kind == "person" else e.kind != "institution" or e.inst_kind != "legislature"
        lead = self._lead_day(country) if country and governs else None
        if lead is None and not country and e.organization:
            # "ECOWAS, the African Union and the UN condemned on Sunday ...": the lead's day dates the body and
            # the head speaking for it
            lead = self._lead_day(e.organization, organization=True)
        if lead is not None:
            return lead.isoformat(), "paragraph"
        if self.sitting is not None:
            return self.sitting.isoformat(), "paragraph"  # a debate summary's remarks were made at its sitting
        if self.article.published_date:
            return self.article.published_date.isoformat(), "published"
        return self.reference_date.isoformat(), "reference"

    def _day_of_event(self, index: int) -> dt.date | None:
        """"within hours of the declaration", "shortly after the results were announced": the day the
        article gave that event before (the day word nearest its mention), if it did."""
        m = _HOURS_AFTER_RE.search(self.infos[index].masked)
        if m is None:
            return None
        stems = _EVENT_STEMS[m.group("event").lower()]
        for j in range(index - 1, max(-1, index - 1 - MAX_EVENT_LOOKBACK), -1):
            info = self.infos[j]
            if not info.days:
                continue
            low = info.masked.lower()
            at = next((found for found in (low.find(stem) for stem in stems) if found >= 0), -1)
            if at >= 0:
                at += info.sentence.start
                return min(info.days, key=lambda d: abs(d.start - at)).date
        return None

    def _lead_day(self, country: str, *, organization: bool = False) -> dt.date | None:
        """"Chile, Peru and Ecuador were the first to congratulate X on Friday": the day the lead (the
        article's first paragraph with a verb) gives for ``country`` reacting."""
        if self._lead_infos is None:  # found once per article (there may be many undated rows)
            lead = next((i for i in self.infos if not i.sentence.header and i.has_verb), None)
            self._lead_infos = [
                i for i in self.infos if lead is not None and i.sentence.paragraph == lead.sentence.paragraph and i.days
            ]
        for info in self._lead_infos:
            if country in (info.organization_subjects if organization else info.country_subjects):
                return info.days[0].date
        return None

    def _rows(self) -> list[Statement]:
        rows: list[Statement] = []
        drafts = self._merged_drafts()
        # the people each sentence is given to, for a sentence given to several
        people_of: dict[int, list[Entity]] = {}
        for draft in drafts:
            if draft.entity.kind == "person":
                for index, _, _, _ in draft.items:
                    people_of.setdefault(index, []).append(draft.entity)
        maker = self._event_maker()
        # sentence index -> its text without the writer's narrative: one scan per sentence, however many rows share it
        narrative_free: dict[int, str] = {}
        for draft in drafts:
            e = draft.entity
            if maker is not None and (
                (e.kind == "organization" and e.organization == maker) or (e.kind in ("country", "institution") and e.country == maker)
            ) and not any(q for _, _, q, _ in draft.items):
                # "The Council on Tuesday adopted a resolution renewing the sanctions", "Norway said on Thursday it would
                # hand the zone to Iceland" under that headline: the event
                continue
            quotes: list[Quote] = []
            spans: list[tuple[int, int]] = []
            theme_parts: list[str] = []
            kind_parts: list[str] = []
            seen: set[int] = set()
            for index, s, s_quotes, source in draft.items:
                if index in seen:
                    continue
                seen.add(index)
                kind_parts.append(s.text)
                own = narrative_free.get(index)
                if own is None:
                    own = narrative_free[index] = without_narrative(s.text, self.infos[index].masked)
                if source is not None:
                    rest = own[source.end :]
                    # "Jake Sullivan, the US national security adviser, said": the title is not his words
                    # (its closing comma is kept: a relative clause after it, ", who chairs the Group of Five,",
                    # is the writer's too; see RELATIVE_CLAUSE_RE below)
                    rest = APPOSITIVE_TITLE_RE.sub(",", rest, count=1)
                    # "Baerbock, attending a meeting of EU ministers in Kyiv, said": where she was, not her words
                    rest = _CIRCUMSTANCE_RE.sub("", rest, count=1)
                    rest = _CO_SUBJECTS_RE.sub("", rest, count=1)
                    # "At a meeting with his aides on Monday, she added": where she spoke, not her words
                    setting = _SETTING_RE.match(own, 0, source.start)
                    own = own[setting.end() if setting else 0 : source.start] + " " + rest
                # '... "a victory for our shared values," as the island's oldest partner in the region chose
                # continuity': what the writer sets beside the closed quotation is not the speaker's words
                last_mark = max(own.rfind('"'), own.rfind("\u201d"))
                beside = _BESIDE_QUOTE_RE.match(own, last_mark + 1) if last_mark >= 0 else None
                if beside is not None:
                    own = own[: beside.start()]
                others = people_of.get(index, ())
                if 1 < len(others) <= 4:  # (a long list of names is a roll call, not clauses of their own)
                    own = _without_others_clause(own, e, others)
                # background in a relative clause is not the speaker's words
                own = _without_others_while_clause(own, e.country)
                own = _without_own_mentions(own, e)
                theme_parts.append(RELATIVE_CLAUSE_RE.sub(",", own))
                if s_quotes:
                    quotes.extend(s_quotes)
                    spans.extend((q.start, q.end) for q in s_quotes)
                else:
                    spans.append((s.start + self.infos[index].label_end, s.end))
            quote_text = " \u2026 ".join(q.text for q in quotes) if quotes else " ".join(
                self.text[a:b] for a, b in spans
            )
            start, end = (quotes[0].start, quotes[0].end) if quotes else spans[0]
            themes = match_themes(" ".join(theme_parts), speaker_country=e.country)
            date, basis = self._date(draft)
            rows.append(
                Statement(
                    country=e.country,
                    country_name=country_name(e.country),
                    speaker=e.name,
                    role=e.role,
                    organization=e.organization,
                    via=", ".join(draft.via) or None,
                    date=date,
                    date_basis=basis,
                    themes=tuple(themes),
                    theme_terms=themes,
                    kind=classify_kind(" ".join(kind_parts)),
                    domestic=bool(self.host and e.country == self.host),
                    quote=quote_text,
                    start=start,
                    end=end,
                    spans=tuple(sorted(set(spans))),
                )
            )
        return rows

