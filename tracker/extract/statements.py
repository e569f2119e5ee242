"""Articles to statement rows: the per-article extractor's state and its pass over the sentences (quotes, days, labels, turns, who spoke each one), with resolution.py, attribution.py, implied_mentions.py, page_authors.py and statement_rows.py mixed in."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from tracker.extract.attribution import Attribution
from tracker.extract.chambers import record_chamber, unnamed_record_chamber
from tracker.extract.clauses import (
    DATELINE_RE,
    lower_cell_verbs,
    mask_datelines,
    speaker_clauses,
    split_clauses,
)
from tracker.extract.coreference import Entity, EntityRegistry
from tracker.extract.countries import countries_in, country_in
from tracker.extract.dates import DayWord, day_words
from tracker.extract.drafts import Draft
from tracker.extract.host import infer_host_country, leader_country  # noqa: F401 (infer_host_country re-exported)
from tracker.extract.implied_mentions import ImpliedMentions
from tracker.extract.lexicon import (
    COUNTRY_DECISION_VERBS,
    DECISION_VERBS,
    NARRATIVE,
    OPERATIVE_VERBS,
    ORGANIZATIONS,
    REACTION_VERBS,
    TITLES,
    TITLES_LOWER,
)
from tracker.extract.mention_words import INST_LOOKUP as INSTITUTIONS_BY_LOWER
from tracker.extract.mention_words import INSTITUTION_RE, ORGANIZATION_RE, Mention
from tracker.extract.page_authors import PageAuthors, post_header, title_case
from tracker.extract.patterns import alternation
from tracker.extract.quotes import Quote, find_quotes, mask_quotes
from tracker.extract.resolution import SPEAKER_LABEL_RE, Resolution
from tracker.extract.row_dates import (
    ENTRY_STAMP_RE,
    MAX_ENTRY_STAMP,
    coming_day,
    day_heading,
    from_stamp,
    numeric_stamp,
)
from tracker.extract.sentences import Sentence, split_sentences
from tracker.extract.speakers import record_label
from tracker.extract.statement_rows import RowBuilding
from tracker.models import Article, Statement

# "Condemns the attack ...", "2. Welcomes ...": a communiqué's operative paragraph, its body named above it
_OPERATIVE_RE = re.compile(r"\W*(?:\d{1,2}\.?\s+|\(?[a-z]\)\s+)?(?:(?:Also|Further|Strongly|Again)\s+)?(?:" + alternation(OPERATIVE_VERBS) + r")\b")


_QUESTION_LABELS = frozenset({"q", "question", "questions"})
# an answer's sentence spoken in the first person ("We have seen the reports ...", "I would only say ...")
_ANSWER_IN_FIRST_PERSON_RE = re.compile(r"\s*(?:We|I)\s")


# a briefing transcript's label giving the office before the name: "Foreign Minister, Dr. Ana Ruiz: ",
# "Official Spokesperson, Mr Tomas Velde: "
_OFFICE_LABEL_RE = re.compile(
    r"\W{0,3}[A-Z][\w'\u2019-]*(?: (?:of |for |and )?[A-Z][\w'\u2019-]*){0,5}, "
    r"(?P<name>(?:[A-Z][\w.'\u2019-]*\s){0,4}[A-Z][\w'\u2019-]+):\s+(?![\"'\u201c\u2018#])"
)


_WORD_RE = re.compile(r"[a-z]+")
# the same with the name in brackets, as transcripts outside a parliament's record write it too: "The Foreign Minister
# (Mr Tomas Velde): ", "Minister for Trade (Ana Ruiz): "
_BRACKET_OFFICE_LABEL_RE = re.compile(
    r"\W{0,3}(?:The\s+)?(?P<office>[A-Z][\w'\u2019-]*(?: (?:of |for |and )?[A-Z][\w'\u2019-]*){0,5}) "
    r"\((?P<name>(?:[A-Z][\w.'\u2019-]*\s){0,4}[A-Z][\w'\u2019-]+)\):\s+(?![\"'\u201c\u2018#])"
)


def _speaker_label(masked: str) -> re.Match | None:
    """A transcript's speaker label opening the sentence ("Minister Ruiz: ", "Foreign Minister, Dr. Ana Ruiz: ",
    "The Foreign Minister (Mr Tomas Velde): ")."""
    return SPEAKER_LABEL_RE.match(masked) or (_OFFICE_LABEL_RE.match(masked) if "," in masked[:80] else None) or (
        _BRACKET_OFFICE_LABEL_RE.match(masked) if "(" in masked[:80] else None
    )


_GREETING_RE = re.compile(
    r"(?:\W*(?:" + "|".join(re.escape(g) for g in NARRATIVE.get("greetings", ())) + r")\b(?:\s*,?\s*(?:to you|everyone|all|sir|madam|friends|minister))?)+\W*",
    re.IGNORECASE,
)


# a labelled turn's sentence running the briefing, not reacting: greetings, then at most one hosting phrase
_HOSTING_RE = re.compile(
    r"(?:" + _GREETING_RE.pattern + r"(?:and\s+)?)?(?:(?:sir|madam|minister),?\s+)?(?:" + "|".join(NARRATIVE["hosting_phrases"])
    + r")[^!?#]*[.!?]?\W*",
    re.IGNORECASE,
)


def _hosting(masked: str, start: int) -> bool:
    """True for a transcript turn's sentence (read from ``start``) that only greets or runs the briefing ("Good
    afternoon, and welcome to this briefing.", "Over to you now.", "Thank you.")."""
    return _GREETING_RE.fullmatch(masked, start) is not None or _HOSTING_RE.fullmatch(masked, start) is not None


def _label_end(masked: str) -> int:
    """Where a transcript's speaker label ("Minister Ruiz: ") ends, 0 when the sentence has none."""
    found = _speaker_label(masked)
    return found.end() if found is not None else 0


# a headline's present-tense verb right after its subject ("Security Council renews ...")
_HEADLINE_VERB_RE = re.compile(r"\s+([a-z]{3,})\b")
_CONTINUATION_FILLER_RE = re.compile(r"^[#\s'\"\u201c\u201d\u2018\u2019.,;:!?\u2026()\-\u2014]*$")


# "issued a two-line statement", "released a brief communique": what an "it" in the next sentence means
_ISSUED_STATEMENT_RE = re.compile(
    r"\b(?:issued|released|published)\s+(?:a|an)\s+(?:[a-z-]+\s+){0,2}(?:statement|communiqu\w+|message|note|press\s+release)\b"
)
_OPENING_MARKS = "\"\u201c\u00ab\u201e"
_CLOSING_MARKS = "\"\u201d\u00bb"
# "Both said ...", "Both leaders stressed ...": the two speakers of the sentence before
_BOTH_RE = re.compile(r"\W*Both(?:\s+(?:leaders|men|women|presidents|prime ministers|ministers|governments|heads of state))?\s+(?:also\s+)?(?:said|[a-z]+ed|[a-z]+s)\b")
_JOINT_OPEN_RE = re.compile(r"\W*(?:The|Both) (?:two )?(?:leaders|sides|men|women|presidents|prime ministers|ministers)\s+(?:also\s+)?(?:[a-z]+ed|said|[a-z]+s)\b")


# a clause in the first person ("I extend ...", "We welcome ...", "... and our two nations ...")
_FIRST_PERSON_RE = re.compile(r"\b(?:I|We|we|My|my|Our|our|us)\b")
# a newsletter's section of other stories ("ELSEWHERE IN THE REGION", "IN OTHER NEWS")
_OTHER_NEWS_RE = re.compile(r"\W*(?:ELSEWHERE|IN OTHER NEWS|OTHER NEWS|OTHER STORIES)\b")


# a debate summary's opening: "The Lok Sabha heard a statement ...", "the Bundestag debated ..."
_CHAMBER_CUE_RE = re.compile(r"\b(?:[Ss]itting|[Dd]ebated?|[Uu]rgent question|[Pp]lenary|[Cc]hamber|Hansard|MPs|[Ll]awmakers|[Dd]eputies|[Ss]enators)\b")


_SITTING_RE = re.compile(r"\b(?:[Ss]itting|[Dd]ebate)\b[^\n]{0,60}")


def _chamber_country(text: str) -> str | None:
    """The country of the parliament an article's opening says it reports (a chamber or debate summary):
    its members and ministers speaking there are that country's unless the text places them elsewhere."""
    opening = text[:600]
    if _CHAMBER_CUE_RE.search(opening) is None:
        return None
    for found in INSTITUTION_RE.finditer(opening):
        if opening[max(0, found.start() - 4) : found.start()] not in ("the ", "The "):
            continue  # "the House of Commons", not "the African National Congress"
        inst = INSTITUTIONS_BY_LOWER.get(found.group().lower())
        if inst is not None and inst.kind == "legislature" and inst.country and not inst.shared:
            return inst.country
    return None


def _filed_from(text: str) -> str | None:
    """The country whose capital the article's opening dateline names ("MUSCAT, 3rd March (ONA) --"): an
    official the text places nowhere else, "Foreign Minister X said", is more likely that government's than
    the host's. None for a dateline of two cities ("NEW YORK / GENEVA"), for the EU's seat, or none at all."""
    found = DATELINE_RE.match(text, 0, 200)
    if found is None:
        return None
    city = re.split(r"[,(]|\s[-\u2013\u2014]", found.group(), maxsplit=1)[0].strip()
    if "/" in city:
        return None
    found = country_in(title_case(city))
    return found if found != "EUU" else None  # (Brussels is the EU's seat, and a country's capital)


# "Through his spokesperson, X said", "Via a spokeswoman, X said": who carried the words, set before their
# speaker; a spokesperson's title as the lexicon has it, or the principal's office or aides
_GO_BETWEEN_RE = re.compile(
    r"\b(?:Through|Via|By way of)\s+(?:his|her|their|its|a|an|the)\s+(?:"
    + alternation(sorted({t.lower() for t, v in TITLES.items() if v.rank == "spokesperson"} | {"office", "press office", "press service", "aides", "aide", "embassy"}))
    + r")\s*,\s*(?=[A-Z])"
)


def _mask_go_betweens(text: str) -> str:
    """``text`` with "Through his spokesperson," blanked (same length): the spokesperson opening the sentence
    is how the words came, not a speaker of them; its principal is the subject that follows."""
    if "hrough " not in text and "Via " not in text and "By way of " not in text:
        return text
    return _GO_BETWEEN_RE.sub(lambda m: " " * len(m.group()), text)


@dataclass
class _SentenceInfo:
    sentence: Sentence
    masked: str
    quotes: list[Quote]
    days: list[DayWord]
    country_subjects: set[str]
    has_verb: bool = False
    places: list[tuple[int, int, str]] | None = None
    stamp: dt.date | None = None  # the date of the live-blog entry stamp above the sentence
    person_subjects: tuple[str, ...] = ()  # keys of the people standing as its subjects
    organization_subjects: tuple[str, ...] = ()  # the international bodies standing as its subjects
    label_end: int = 0  # where the speaker label opening it ("Ana Ruiz (Northbay) (Lab): ") ends: no part of his words
    post: re.Match | None = None  # the post header opening its paragraph ("@AnaRuiz (Foreign Minister) · 4 Mar 2025")


class _ArticleExtractor(Resolution, Attribution, ImpliedMentions, PageAuthors, RowBuilding):
    def __init__(self, article: Article, reference_date: dt.date, host_country: str | None) -> None:
        self.article = article
        self.text = article.text
        self.anchor = article.published_date or reference_date
        self.reference_date = reference_date
        self.host = host_country
        self.registry = EntityRegistry(date=self.anchor)
        self.drafts: dict[str, Draft] = {}
        self.infos: list[_SentenceInfo] = []
        self._event_paragraphs: set[int] | None = None  # the paragraphs about the event (``_about_the_event``)
        self._introduced: dict[str, int] = {}  # speakers met by their title a sentence before their name: that sentence
        self.header_country: str | None = None
        self.header_org: str | None = None
        self.header_paragraph = -2  # a section heading places only the paragraph under it
        self._sentence_persons: list[tuple[Entity, bool]] = []
        self._sentence_people: list[Entity] = []  # every person the sentence names so far, whatever the mention
        self._sentence_office: tuple[Entity, int] | None = None  # a head's office the sentence names, and where it ends
        self._turn_speaker: Entity | None = None  # the labelled speaker of the transcript turn being read, if any
        self._last_place: Entity | None = None
        self._subject_place: Entity | None = None  # the country standing as a subject in the sentence
        self._place_subjects: dict[int, Entity] = {}  # sentence index -> the country standing as its subject
        self._acting_place: Entity | None = None  # the country subject of the sentence with a verb of its own
        self._last_source_kind: str | None = None
        self._lead_infos: list[_SentenceInfo] | None = None
        self._turn: tuple[int, Entity] | None = None  # (paragraph, person) of an interview answer being read
        self._place_choice: dict[str, str | None] = {}  # "Congo" -> "COD", decided once (see _shared_place_country)
        self._sg_bodies: set[str] | None = None  # the bodies headed by a Secretary-General that the article names
        self._bodies_called: dict[str, str | None] = {}  # "Forum" -> "Pacific Islands Forum", found once
        # the parliament a debate summary reports, or whose own record the article is (its outlet or title), if any
        self.chamber = (
            _chamber_country(self.text) or record_chamber(article.outlet, article.title)
            or unnamed_record_chamber(article.outlet, self.text, self.host)
        )
        self.filed_from = _filed_from(self.text)  # the country of the capital the opening dateline names
        self.record_speakers: set[str] = set()  # the keys of those heading a turn of a parliament's record
        self.sitting: dt.date | None = None  # the day of its sitting ("Sitting: Wednesday 9 March 2022")
        if self.chamber is not None:
            line = _SITTING_RE.search(self.text, 0, 600)
            days = day_words(line.group(), anchor=self.anchor) if line is not None else []
            self.sitting = days[0].date if days else None

    def run(self) -> list[Statement]:
        text = self.text
        quotes = find_quotes(text)
        masked_text = _mask_go_betweens(lower_cell_verbs(mask_datelines(mask_quotes(text, quotes))))
        # joined clauses with their own subject and verb (", and Y said", "; Y said"), then ", while X said"
        # clauses whose subject carries an appositive
        sentences = [piece for s in split_sentences(text, quotes) for piece in speaker_clauses(s, masked_text[s.start : s.end])]
        sentences = split_clauses(sentences, masked_text)
        all_days = day_words(masked_text, anchor=self.anchor)
        q_index = d_index = 0
        stamp: dt.date | None = None
        post_stamp: tuple[dt.date, int] | None = None  # the day of a post's header and the last paragraph of its words
        for s in sentences:
            s_quotes = []
            while q_index < len(quotes) and quotes[q_index].start < s.end:
                if quotes[q_index].start >= s.start:
                    s_quotes.append(quotes[q_index])
                q_index += 1
            days: list[DayWord] = []
            while d_index < len(all_days) and all_days[d_index].start < s.end:
                if all_days[d_index].start >= s.start and not s.header and not coming_day(masked_text, all_days[d_index], s.start):
                    days.append(all_days[d_index])
                d_index += 1
            if stamp is not None and days:
                # "said this morning" in an entry under a day heading: that day, not the article's
                days = [from_stamp(d, stamp) for d in days]
            info = _SentenceInfo(s, masked_text[s.start : s.end], s_quotes, days, set(), stamp=stamp)
            if not s.header and (not self.infos or self.infos[-1].sentence.paragraph != s.paragraph):
                info.post = post_header(info.masked)
                if info.post is not None:
                    # the account and stamp name nobody speaking in the post: only its words are read
                    end = info.post.end()
                    info.masked = " " * end + info.masked[end:]
                    info.label_end = end
                    alone = not info.masked.strip()
                    post_stamp = (days[0].date, s.paragraph + (1 if alone else 0)) if days else None
            if post_stamp is not None and s.paragraph <= post_stamp[1] and not s.header:
                info.stamp = post_stamp[0]  # the post's own day, whatever day words its words hold
            elif post_stamp is not None:
                post_stamp = None
            if s.header and len(s.text) <= MAX_ENTRY_STAMP:
                # "SUNDAY, OCT. 19": a day heading set in capitals
                heading = day_heading(s.text.title(), self.anchor)
                stamp = heading or stamp
            elif days and len(s.text) <= MAX_ENTRY_STAMP and ENTRY_STAMP_RE.match(s.text):
                stamp = days[0].date
            elif len(s.text) <= MAX_ENTRY_STAMP and (s.text[-1:].isdigit() or s.text[-1:] == "]"):
                stamp = numeric_stamp(s.text, self.anchor) or stamp
            self.infos.append(info)
        author = self._page_author()
        previous_attributed: int | None = None
        pending: list[int] = []
        lead_in: tuple[Entity, int] | None = None  # the speaker and paragraph of "In a post, he wrote:"
        # a communiqué's body ("The Council, meeting on ...:"), its last paragraph, and the heading clause's index
        chapeau: tuple[Entity, int, int | None] | None = None
        open_quote = -1  # the paragraph of a lead-in's words that opened a quotation not closed yet
        last_group: list[Entity] = []  # the speakers of the last attributed sentence
        previous_touched: list[Entity] = []  # the entities the sentence before named

        def same_paragraph_as_last(index: int) -> bool:
            return previous_attributed == index - 1 and self.infos[index - 1].sentence.paragraph == self.infos[index].sentence.paragraph
        # a transcript's answer label ("Wang Wenbin: ...") and its question label ("Q: ...") for the paragraph
        label_paragraph, label, label_spoke, question, in_record, office_turn = -1, None, False, False, False, False
        asked = False  # the question turn is labelled as one ("Question:", "Q:"), not by the asker's outlet
        # paragraphs whose last sentence asks something: a labelled one is a journalist's question
        last_sentences = {info.sentence.paragraph: info.sentence.text for info in self.infos}
        asking = {paragraph for paragraph, last in last_sentences.items() if last.rstrip().rstrip("\"'\u201d\u2019)").endswith("?")}
        other_news = False  # under a newsletter's "ELSEWHERE" heading: other stories, no reactions
        post: tuple[Entity, int] | None = None  # a digest post's author and the last paragraph of its words
        for index, info in enumerate(self.infos):
            s = info.sentence
            if s.header:
                self._read_header(s.text)
                self.header_paragraph = s.paragraph
                other_news = _OTHER_NEWS_RE.match(s.text) is not None
                continue
            if other_news:
                continue
            if info.post is not None:
                # a digest's post: its words are the account holder's; a header alone on its line opens the
                # paragraph below it
                post_author = self._post_author(info.post)
                post = (post_author, s.paragraph + (1 if not info.masked.strip() else 0)) if post_author is not None else None
                if not info.masked.strip():
                    continue
            elif post is not None and s.paragraph > post[1]:
                post = None
            self._turn_speaker = label if s.paragraph == label_paragraph else None
            speakers, via, source, touched = self.attribute(index)
            if post is not None and label is None and not question and (not speakers or all(
                e is post[0] or (e.kind != "person" and (
                    (e.country is not None and e.country == post[0].country)
                    or (e.organization is not None and e.organization == post[0].organization)
                ))
                for e in speakers
            )):
                speakers, via, source = [post[0]], None, None
                info.has_verb = True
            if s.paragraph != label_paragraph:
                label_paragraph, label, label_spoke, in_record, office_turn = s.paragraph, None, False, False, False
                found = _speaker_label(info.masked)
                question = asked = found is not None and found.group("name").lower() in _QUESTION_LABELS
                if self.chamber is not None and not question:
                    label = self._record_turn(info.masked, index)
                    in_record = label is not None
                    if label is not None:
                        self.record_speakers.add(label.key)
                if label is None and found is not None and not question:
                    words = set(found.group("name").split())
                    label = next((e for e in touched if e.kind == "person" and e.official and words & e.name_words), None)
                    if label is None and found.group("name").isupper():
                        label = self._label_person(found.group("name"))  # "MR MILLER:", "MATTHEW MILLER:"
                    if found.re is _OFFICE_LABEL_RE:
                        # "Foreign Minister, Dr. Ana Ruiz:": a speaker's turn, his words from right after the label
                        label = label or self._official_in(found.group().rstrip().rstrip(":"))
                        label_spoke = office_turn = label is not None
                    elif found.re is _BRACKET_OFFICE_LABEL_RE and self.chamber is None and TITLES_LOWER.get(found.group("office").lower()) is not None:
                        # "The Foreign Minister (Mr Tomas Velde):" outside a parliament's record (whose turns are read
                        # by _record_turn) read as "Foreign Minister, Mr Tomas Velde:"
                        label = label or self._official_in(f"{found.group('office')}, {found.group('name')}")
                        label_spoke = office_turn = label is not None
                    # "Harbour TV: Fiji's prime minister said on Monday ... What is your comment?": a turn labelled
                    # by no speaker of the briefing (an outlet, a reporter) that ends in a question is the
                    # journalist's, whatever governments it quotes
                    question = label is None and self.chamber is None and s.paragraph in asking
                    # an official's turn opening with a courtesy ("MINISTER RUIZ: Good morning. We congratulate ..."):
                    # its words are his from the label on
                    label_spoke = label_spoke or (label is not None and _GREETING_RE.fullmatch(info.masked, _label_end(info.masked)) is not None)
            if question and asked and speakers and not s.text.rstrip().rstrip("\"'\u201d\u2019)").endswith("?") and (
                self._about_the_event(s.paragraph)
            ):
                # "Question: The Kenyan president said on Monday that Nairobi would send observers. Your comment?":
                # a turn labelled as a question reports statements as an article does, when it is about the event
                # (it names the host, or tells a reaction: "welcomed", "condemned"); what it asks is nobody's, and
                # what it reports on another topic of the briefing ("Japan said the plant would reopen") no row
                if s.paragraph != (self.infos[index - 1].sentence.paragraph if index else -1):
                    info.label_end = _label_end(info.masked)  # the label is no part of the words
            elif question:
                # "Reuters: Last month Washington said the vote was flawed. How does ...?": a question put by an
                # outlet's reporter, whatever it quotes, is nobody's reaction
                speakers, via, source, touched = [], None, None, []
            elif label is not None and office_turn and _hosting(
                info.masked, _label_end(info.masked) if s.paragraph != (self.infos[index - 1].sentence.paragraph if index else -1) else 0
            ):
                # "Official Spokesperson, Ms. Ana Lee: Good afternoon, and welcome to this briefing. We have with us the
                # Minister. Over to you now.": the host running the briefing reacts to nothing (his turn's other
                # sentences stay his)
                speakers, via, source, touched = [], None, None, []
            elif label is not None:
                # "Wang Wenbin: China extends congratulations ... We stand ready ...": the labelled speaker's
                # answer, his government's voice included; the sentences after one he spoke are his too
                if (speakers and all(e is label or (e.kind == "country" and e.country == label.country) for e in speakers)) or (
                    # (in an official's turn, "We agreed as well to ..." after what he told of his head is his again)
                    not speakers and (label_spoke or (office_turn and _FIRST_PERSON_RE.search(s.text) is not None))
                ) or (
                    # a broadcast's clip: "ZELENSKY (through translator): I congratulate the new prime minister.":
                    # the labelled official's own reaction in the first person
                    not speakers and _FIRST_PERSON_RE.search(s.text) is not None
                    and not REACTION_VERBS.isdisjoint(_WORD_RE.findall(info.masked))
                ) or (
                    # "Ana Ruiz: We noted that the ministry of X commented ...": what the labelled speaker says others
                    # did is her answer, not their reaction
                    speakers and _ANSWER_IN_FIRST_PERSON_RE.match(info.masked, _label_end(info.masked)) is not None
                ) or (
                    # a parliament's record: the member's whole turn is his, what he asks and what he says his
                    # government does ("Will the Government act?", "The Government condemns ..."); another
                    # person's reported words ("The Prime Minister said on Monday ...") stay that person's
                    in_record and (
                        not speakers or s.text.rstrip().endswith("?")
                        or all(e is label or (e.kind != "person" and e.country == label.country) for e in speakers)
                    )
                ):
                    speakers, via, source = [label], None, None
                    info.has_verb = info.has_verb or in_record or office_turn
                    if s.paragraph != (self.infos[index - 1].sentence.paragraph if index else -1):
                        # the turn's first sentence: its words start after the label
                        record = record_label(info.masked) if in_record else None
                        info.label_end = record.label_end if record is not None else _label_end(info.masked)
                label_spoke = speakers == [label]
            if author is not None and not question and label is None and not (lead_in is not None and s.paragraph == lead_in[1] + 1):
                if not speakers and _FIRST_PERSON_RE.search(s.text) is not None:
                    # "I extend my warmest congratulations ...": the page's own author speaks
                    speakers, via, source = [author], None, None
                    info.has_verb = True
                elif speakers and all(e.kind == "country" for e in speakers) and any(e.country == author.country for e in speakers):
                    # "Canada stands ready ...", "Canada and Chile will keep working ...": the author's government
                    speakers, via, source = [author], None, None
            if lead_in is not None and s.paragraph == lead_in[1] + 2 and open_quote == lead_in[1] + 1 and (
                s.text.lstrip()[:1] in _OPENING_MARKS
            ):
                # a quotation of several paragraphs: each opens with a quotation mark and only the last one closes
                # ('issued the following statement:' / '"We congratulate ...' / '"Our two nations ...."'): the words
                # go on, whoever they name
                lead_in = (lead_in[0], lead_in[1] + 1)
                speakers, via, source = [], None, None
                goes_on = True
            else:
                goes_on = False
            if lead_in is not None and s.paragraph == lead_in[1] + 1 and not speakers and (goes_on or not info.quotes):
                # the words a "he wrote:" line introduces, set apart without quotation marks (a blockquote)
                speakers, via, source = [lead_in[0]], None, None
                if open_quote != s.paragraph and s.text.lstrip()[:1] in _OPENING_MARKS:
                    open_quote = s.paragraph  # a paragraph that opens a quotation ...
                    closing = s.text.lstrip()[1:]
                else:
                    closing = s.text
                if any(mark in closing for mark in _CLOSING_MARKS):
                    open_quote = -1  # ... and closes it
            elif lead_in is not None and s.paragraph > lead_in[1] + 1:
                lead_in = None
            if len(speakers) == 1 and not info.quotes and info.masked.rstrip().endswith(":"):
                lead_in = (speakers[0], s.paragraph)
            if chapeau is not None and s.paragraph <= chapeau[1] + 1 and _OPERATIVE_RE.match(info.masked):
                # "The Council, meeting on 3 May: / Condemns the attack ...": the body's operative paragraphs;
                # the heading clause (its meeting's day) opens the row; a name inside is the object of the
                # body's verb, not a subject ("Requests the Chairperson to ..., and calls on ...")
                speakers, via, source = [chapeau[0]], None, None
                if chapeau[2] is not None:
                    self._add_item(chapeau[0], chapeau[2], None, None)
                chapeau = (chapeau[0], s.paragraph, None)
                info.has_verb = True
            elif not speakers and not info.quotes and info.masked.rstrip().endswith(":"):
                body = next((e for e in touched if e.kind in ("organization", "institution", "country")), None)
                chapeau = (body, s.paragraph, index) if body is not None and touched[0] is body else None
            elif chapeau is not None and s.paragraph > chapeau[1] + 1:
                chapeau = None
            if index and _JOINT_OPEN_RE.match(info.masked) and s.paragraph <= self.infos[index - 1].sentence.paragraph + 1 and (
                pair := last_group if previous_attributed == index - 1 and len(last_group) > 1
                else self._subject_pair(index - 1, previous_touched)
            ) and len(pair) > 1:
                # "X and Y met in Geneva. / The two leaders urged ...": the words are both
                # people's just named (the joint phrase alone resolves to the last speaker)
                if pair is not last_group:
                    for e in pair:
                        self._add_item(e, index - 1, None, None)  # the sentence telling the call dates their words
                speakers, via, source = list(pair), None, None
                info.has_verb = True
            elif len(last_group) > 1 and same_paragraph_as_last(index) and _BOTH_RE.match(info.masked):
                # "X and Y both telephoned him. Both said ...": the words are both speakers'
                speakers, via, source = list(last_group), None, None
            elif (
                len(last_group) > 1 and same_paragraph_as_last(index) and source is not None and source.kind == "pronoun"
                and source.text.lower() == "they" and all(e.kind == "person" for e in last_group)
            ):
                # "X and Y said in a joint letter ... The result, they wrote, showed ...": the two people's words
                speakers, via = list(last_group), None
            quote_only = bool(info.quotes) and bool(_CONTINUATION_FILLER_RE.match(info.masked))
            same_paragraph = previous_attributed == index - 1 and self.infos[index - 1].sentence.paragraph == s.paragraph
            if not speakers and quote_only and same_paragraph and self.registry.last_speaker is not None:
                speakers = [self.registry.last_speaker]  # a quote continuing the last speaker's words
            elif not speakers and quote_only:
                pending.append(index)  # a quote whose speaker is named in the next sentence
                continue
            if speakers and pending and source is not None and info.masked.lstrip()[:1] in "#\"'\u201c\u2018":
                # '"Congratulations!" "We look forward ...," the minister wrote.'
                for p_index in pending:
                    if self.infos[p_index].sentence.paragraph == s.paragraph:
                        self._add_item(speakers[0], p_index, None, via)
            pending = []
            previous_touched = touched
            for e in touched:
                self.registry.touch(e)
            for e in speakers:
                self.registry.touch(e)
                if self._introduced.get(e.key) == index - 1:
                    # "The Fijian leader sent word on Saturday. Ana Reef said ...": the sentence introducing her dates it
                    self._add_item(e, index - 1, None, None)
                self._add_item(e, index, source, via)
            if speakers:
                self.registry.last_speaker = speakers[-1]
                previous_attributed = index
                last_group = list(speakers)
                self._last_source_kind = source.kind if source is not None else None
                if (
                    source is not None and ("issued" in info.masked or "released" in info.masked or "published" in info.masked)
                    and _ISSUED_STATEMENT_RE.search(info.masked) is not None
                ):
                    self._last_source_kind = "issued"  # "X issued a statement.": "it" in the next sentence is X's
        return self._rows()

    def _about_the_event(self, paragraph: int) -> bool:
        """Whether a paragraph names the host country (its name, people or capital) or tells a reaction ("welcomed",
        "condemned"): a question turn about the event, not another topic of the briefing."""
        if self._event_paragraphs is None:  # found once for the article
            self._event_paragraphs = {
                info.sentence.paragraph for info in self.infos
                if (self.host is not None and any(iso3 == self.host for _, _, iso3 in countries_in(info.sentence.text)))
                or not REACTION_VERBS.isdisjoint(_WORD_RE.findall(info.sentence.text))
            }
        return paragraph in self._event_paragraphs

    def _event_maker(self) -> str | None:
        """The international body (its name) or country (its code) whose own act the headline tells ("Security
        Council renews sanctions on ...", "Norway agrees to hand ... to Iceland"): its act, told again in the text,
        is the event itself, not a reaction to it. None when the headline's subject speaks or reacts ("AU condemns
        ...", "UN chief says ...")."""
        title = (self.article.title or "").removeprefix("The ")
        found = ORGANIZATION_RE.match(title)
        if found is not None:
            verb = _HEADLINE_VERB_RE.match(title, found.end())
            return ORGANIZATIONS[found.group()].name if verb is not None and verb.group(1) in DECISION_VERBS else None
        place = next(iter(countries_in(title[:40])), None)
        if place is None or place[0] != 0:
            return None
        verb = _HEADLINE_VERB_RE.match(title, place[1])
        return place[2] if verb is not None and verb.group(1) in COUNTRY_DECISION_VERBS else None

    def _add_item(self, entity: Entity, index: int, source: Mention | None, via: str | None) -> None:
        """Record sentence ``index`` as words of ``entity`` (one draft row per speaker)."""
        info = self.infos[index]
        draft = self.drafts.get(entity.key)
        if draft is None:
            draft = self.drafts[entity.key] = Draft(entity, len(self.drafts))
        items = draft.items
        items.append((index, info.sentence, info.quotes, source))
        # the items stay in sentence order (a stable sort after each change); sentences mostly come in
        # order, so sorting only when this one does not is the same list without a sort per sentence
        # (quadratic for a speaker of thousands of clauses)
        if len(items) > 1 and items[-2][0] > index:
            items.sort(key=lambda item: item[0])
        if via and via not in draft.via:
            draft.via.append(via)


def extract_statements(article: Article, *, reference_date: dt.date, host_country: str | None = None) -> list[Statement]:
    """The diplomatic reactions in one article, one row per speaker.

    Args:
        article: the article (its ``text`` is what offsets point into).
        reference_date: the day the dump was collected; relative dates count from it when
            the article has no published date.
        host_country: ISO3 of the event's host; its speakers are marked ``domestic``.
    Returns:
        Statements in order of each speaker's first attributed sentence.
    """
    if not article.text or article.text.isspace():  # blank (without copying the text to strip it)
        return []
    return _ArticleExtractor(article, reference_date, host_country).run()


