"""Articles to statement rows: the per-article extractor that resolves mentions, gives each sentence to its speakers and turns the merged drafts into dated, themed rows."""

from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_left, bisect_right
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from operator import itemgetter

from tracker.extract.acts import (
    _envoy,
    _own_act,
    _recalled_act,
    _relayed_act,
    _stayed_silent,
)
from tracker.extract.chambers import MEMBER_TITLE, record_chamber
from tracker.extract.clauses import (
    _APPOSITIVE_TITLE_RE,
    _DATELINE_RE,
    _RELATIVE_CLAUSE_RE,
    _lower_cell_verbs,
    _mask_datelines,
    _speaker_clauses,
    _split_clauses,
    _without_narrative,
)
from tracker.extract.coreference import Entity, EntityRegistry, role_matches
from tracker.extract.countries import (
    PLACE_IN_NAME_RE,
    countries_in,
    country_in,
    country_name,
    country_outside_names,
    subnational_in,
)
from tracker.extract.dates import DayWord, day_words
from tracker.extract.drafts import (
    _GOVERNMENT_RANKS,
    _LEADER_SPOKESPERSON_RE,
    _Draft,
    merged_drafts,
)
from tracker.extract.host import _leader_country, infer_host_country  # noqa: F401 (infer_host_country re-exported)
from tracker.extract.kinds import classify_kind
from tracker.extract.lexicon import (
    AMBIGUOUS_PLACES,
    ASSUMED_BY_INSTITUTION,
    ASSUMED_BY_ROLE,
    BACK_REFERENCE_ADJECTIVES,
    BACK_REFERENCES,
    CAPITALS,
    BODIES_SPOKEN_FOR_BY_CHAIR,
    CHAIR_WORDS,
    CHAIRED_BODIES,
    COUNTRY_NAMES,
    DECISION_VERBS,
    LEADERS,
    LEADERS_BY_NAME,
    NAME_HEADS,
    NARRATIVE,
    OPERATIVE_VERBS,
    ORGANIZATIONS,
    QUALIFIED_BACK_REFERENCES,
    REACTION_VERBS,
    SHARED_OWNERS,
    SPEECH_VERBS,
    TITLES,
    TITLES_LOWER,
    WORLD_BODY_ADJECTIVES,
)
from tracker.extract.patterns import alternation
from tracker.extract.quotes import Quote, find_quotes, mask_quotes
from tracker.extract.row_dates import (
    _ENTRY_STAMP_RE,
    MAX_ENTRY_STAMP,
    _coming_day,
    _day_heading,
    _from_stamp,
    _numeric_stamp,
)
from tracker.extract.sentences import Sentence, split_sentences
from tracker.extract.speakers import _INST_LOOKUP as INSTITUTIONS_BY_LOWER
from tracker.extract.speakers import (
    _PREPOSITIONS,
    INSTITUTION_RE,
    ORGANIZATION_RE,
    VENUE,
    Mention,
    _verb_start,
    drop_last_word,
    find_mentions,
    find_verbs,
    implied_country,
    last_word,
    record_label,
    speech_verb_after,
    text_before,
    without_ancestry,
)
from tracker.extract.subjects import (
    _CLAUSE_OPENING_PHRASE_RE,
    _COMMA_GAP_RE,
    _bare_start,
    _eligible,
    _list_start,
    _mission_words,
    _same_phrase,
    _slash_joined,
    _titled_and,
    _verb_owners,
)
from tracker.extract.themes import match_themes
from tracker.models import Article, Statement

# A frame opens after a comma, colon, closing quote or dash (and spaces): "..., President X said"
_FRAME_ENDINGS = (",", ":", ";", "#", "'", '"', "\u201d", "\u2019", ")", "\u2014", "--")
_INVERTED_RE = re.compile(
    r"[,#'\"\u201d\u2019\u00bb:]\s*(?:said|says|added|wrote|continued|told|stated|noted|posted|tweeted|declared|affirmed|stressed|insisted|"
    r"explained|indicated|underlined|asserted|commented|replied|responded|warned|estimated|judged|gushed|fumed|scoffed|quipped|thundered|"
    r"confirmed|announced|reiterated|assured|repeated)"
    # "..., confirmed on Friday at his daily briefing President X": a time or place between the verb and its subject
    r"(?:\s+(?:this|on|late|early|in|at|from|during|last|yesterday|today)\b(?:(?!\bthat\b)[^,#;:\"\u201c\u201d]){0,60}?)?"
    r"\s+(?:the\s+|a\s+|an\s+)?$"
)
_ACCORDING_RE = re.compile(
    r"\b(?:[Aa]ccording to|[Cc]iting|[Qq]uoting)\s+(?:(?:the|a|an)\s+)?"
    r"(?:(?:statement|readout|read-out|post|release|press release|transcript|message)\s+(?:from|by|issued by|of)\s+(?:the\s+)?)?$"
)
# "From exile in Canada, X urged": a place of residence or exile is not the speaker's country
_RESIDENCE_BEFORE_RE = re.compile(
    r"\b(?:" + alternation(NARRATIVE["residence_words"]) + r")\s+(?:the\s+)?$"
    # "Speaking from Madrid, the envoy X said", "talking to reporters in Lima": where the words were said
    r"|" + VENUE + r"\s+(?:the\s+)?$",
    re.IGNORECASE,
)
# "At the Pentagon, press secretary X said": a body whose seat opens the sentence
_AT_BODY_RE = re.compile(r"\W*(?:At|Inside|From)\s+(the\s+[A-Z][^,;#]{1,40}),\s+")
# "In Bermuda, another British territory, Premier X said": the demonym describes the place before it (whose
# status it gives), not the speaker
_STATUS_BEFORE_RE = re.compile(r",\s+(?:a|an|another|the)\s+(?:former\s+|fellow\s+|self-governing\s+)?$")
_STATUS_AFTER_RE = re.compile(
    r"\s+(?:overseas\s+|island\s+|autonomous\s+)?(?:territory|colony|dependency|protectorate|possession|overseas\s+department)\b"
)
# "Condemns the attack ...", "2. Welcomes ...": a communiqué's operative paragraph, its body named above it
_OPERATIVE_RE = re.compile(r"\W*(?:\d{1,2}\.?\s+|\(?[a-z]\)\s+)?(?:(?:Also|Further|Strongly|Again)\s+)?(?:" + alternation(OPERATIVE_VERBS) + r")\b")
# "after soldiers of the guard seized the palace and declared ...", "when protesters stormed the building and
# demanded ...": a time clause whose subject is plain lower-case words, up to the next comma or semicolon
_EVENT_CLAUSE_RE = re.compile(
    r"\b(?:after|before|since|when|once|until)\s+(?:(?:the|some|several|many|hundreds|thousands|dozens)\s+(?:of\s+)?)?"
    r"(?!(?:he|she|it|they|we|i|you|his|her|its|their|the|a|an)\b)[a-z][a-z-]+(?:\s+[a-z][a-z-]+)?(?:\s+(?:of|from|in|loyal\s+to)\s+(?:the\s+)?[a-z][a-z-]+(?:\s+[a-z][a-z-]+)?)?"
    r"\s+(?:had\s+)?[a-z]+ed\b[^,;]*"
)
_EVENT_CLAUSE_HINT_RE = re.compile(r"\b(?:after|before|since|when|once|until)\s+[a-z]")


# between two places of a list: "Quito, Lima and Bogota", "Peru or Chile"
_PLACE_LIST_GAP_RE = re.compile(r"\s*(?:,\s*(?:and\s+|or\s+)?|(?:and|or)\s+)")


def _staff_body(organization: str | None) -> str | None:
    """The organisation whose officials serve ``organization``: "the Secretary-General" after the
    Security Council is the United Nations' (``parent`` in data/organizations.csv)."""
    found = ORGANIZATIONS.get(organization or "")
    return found.parent if found is not None and found.parent else organization


# what places a lawmaker right after the name: " of the Philippines", ", a Nigerian opposition senator,", " (D-Texas)"
_PLACE_AFTER_NAME_RE = re.compile(
    r"\s+of\s+(?P<of>(?:the\s+)?[A-Z][\w.'\u2019-]*(?:\s+[A-Z][\w.'\u2019-]*){0,3})"
    r"|,\s+(?P<apposition>[^,;#\"\u201c\u201d]{1,80})(?:,|$)"
    r"|\s*\((?P<label>[^()]{1,30})\)"
)
# what a spokesperson reports the principal did NOT do ("Putin had no plans to congratulate", "would not call")
_EXPECTED_ACT_RE = re.compile(r"\s+(?:is|are|was|were)\s+(?:(?:also|still)\s+)?(?:expected|due|scheduled|set|slated)\s+to\b")
_DENIED_ACT_RE = re.compile(
    r"\s+(?:(?:had|has|have|would|will|did|does|do|was|is|could)\s+)?(?:no\s+(?:plans?|intention|immediate plans)\b|not\b|never\b|"
    r"(?:had|has|have|would|will|did|does|do|was|is|could)n['\u2019]t\b|declined\b|refused\b)"
)
# what the subject only means to do ("would call", "is expected to", "plans to")
_PLANNED_ACT_RE = re.compile(r"\s+(?:(?:would|will|might|may|could)\s+(?!have\b)|(?:is|was)\s+(?:going|due|expected|set)\s+to\b|intends\s+to\b|plans\s+to\b)")
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
# "X, who chairs the OSCE this year,", "the OSCE Chairperson-in-Office, X,", "X, chairman-in-office of the OSCE": the
# chair of a body whose chair speaks as the body (``chair`` in data/organizations.csv), read a few words either side
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
# when a call or message came, written between the verb and its noun: "received on Monday evening a call from X"
_CALL_TIME = r"(?:(?:(?:late\s+)?on\s+[A-Z][a-z]+day|this\s+week|yesterday|earlier|later)(?:\s+(?:morning|afternoon|evening|night))?,?\s+)?"
# a reaction told as a noun with its giver after "from" ("Congratulations also came from X"), or the giver
# after "was" ("Among the first to react was X")
_CAME_FROM_RE = re.compile(
    r"\b(?:[Cc]ongratulations|[Mm]essages?|[Tt]elegrams?|[Cc]ables|[Ll]etters|[Gg]reetings|[Rr]eactions?|[Pp]raise|[Cc]alls|[Ss]tatements|[Cc]riticism|[Cc]ondemnation)\b"
    # "Congratulations were also received from X": the passive names the giver after "from" too
    r"[^.;#]{0,50}?\b(?:came|poured in|arrived|followed|(?:was|were|have been|has been|had been)\s+(?:also\s+)?(?:received|sent))\s+"
    r"(?:(?:also|too|quickly|swiftly)\s+)?from\s+"
    # "came from the presidents of Chile and Peru, X and Y": the givers named after their offices
    r"(?:(?:the\s+)?(?:presidents|leaders|prime ministers|heads of (?:state|government)|foreign ministers|kings|emirs|monarchs)"
    r"\s+of\s+[^.;#,]{1,60}?,\s+)?$"
    # "Ruto also received messages from X": the one congratulated received them, the giver named after "from"
    r"|\b(?:received|receiving|receives|got|took|accepted)\s+" + _CALL_TIME + r"(?:[\w-]+\s+){0,3}?(?:congratulations|messages?|telegrams?|cables?|letters?|greetings|"
    r"calls?|notes?|congratulatory\s+(?:messages?|telegrams?|letters?|cables?|calls?|notes?))\s+"
    r"(?:(?:also|on\s+[A-Z][a-z]+day|this\s+week|late\s+on\s+[A-Z][a-z]+day)\s+)?from\s+$"
)
# "Ruto received a telephone call from X, who congratulated him": the one who received the call, cable or
# message (matched at his name's end) is not its giver, whatever verb the giver's clause holds
_RECEIVED_AFTER_RE = re.compile(
    r",?\s+(?:(?:also|had|has|later|then|earlier|on\s+[A-Z][a-z]+day),?\s+)*(?:received|receives|got|took|accepted)\s+" + _CALL_TIME +
    r"(?:(?:a|an|the|two|several|separate)\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:calls?|phone\s+calls?|telephone\s+calls?|cables?|messages?|telegrams?|letters?|notes?|congratulations|greetings)"
    r"\s+(?:(?:on\s+[A-Z][a-z]+day|this\s+week|late\s+on\s+[A-Z][a-z]+day)\s+)?from\b"
)
_FIRST_TO_RE = re.compile(
    r"(?:\b(?:[Aa]mong|[Oo]ne of)\s+the\s+(?:first|earliest)\b(?:\s+\w+){0,2}\s+to\s+(?:react|respond|congratulate|call|phone|telephone|send|offer|"
    r"welcome|hail|comment|speak out|weigh in|criticise|criticize|condemn)\b[^.;#,]{0,40}?"
    # "Also reacting was X", "Also weighing in were X and Y"
    r"|\b(?:[Aa]lso|[Aa]mong (?:those|others))\s+(?:reacting|responding|weighing in|congratulating|welcoming|commenting|calling|speaking out)\b[^.;#,]{0,20}?)"
    r"\b(?:was|were)\s+$"
)
# the same with the giver first: "Chile's president, X, was among the first to call" (matched at the mention's end)
_FIRST_TO_AFTER_RE = re.compile(
    r",?\s+(?:was|were)\s+(?:also\s+)?(?:among|one of)\s+the\s+(?:very\s+)?(?:first|earliest)\b(?:\s+\w+){0,2}\s+to\s+(?:react|respond|congratulate|call|phone|"
    r"telephone|ring|send|offer|welcome|hail|comment|speak out|weigh in|criticise|criticize|condemn)\b"
)
# "Wang Wenbin: ...", "Q: ...": a transcript's speaker label opening a paragraph (a quotation after the colon is
# a roundup line, read by _COLON_QUOTE_RE)
_SPEAKER_LABEL_RE = re.compile("\\W{0,3}(?P<name>[A-Z][\\w.'\u2019-]*(?: [A-Z][\\w.'\u2019-]*){0,3}):\\s+(?![\"'\u201c\u2018#])")
_QUESTION_LABELS = frozenset({"q", "question", "questions"})
# an answer's sentence spoken in the first person ("We have seen the reports ...", "I would only say ...")
_FIRST_PERSON_RE = re.compile(r"\s*(?:We|I)\s")


def _label_end(masked: str) -> int:
    """Where a transcript's speaker label ("Minister Ruiz: ") ends, 0 when the sentence has none."""
    found = _SPEAKER_LABEL_RE.match(masked)
    return found.end() if found is not None else 0

# 'Kenya's Ruto: "..."'; a world-reacts list adds how the words came before the colon: 'President X, in a
# statement on Saturday: "..."', 'X, on X, in French and Arabic: "..."', 'X, through his spokesman, on Sunday: the vote "..."'
_COLON_QUOTE_RE = re.compile(
    "(?:\\s*\\([^()]{1,40}\\))?"
    "(?:,\\s+(?:in|on|via|through|by|speaking|writing)\\s[^,:;#\"\u201c\u201d]{1,50}){0,3}"
    "\\s*:\\s*(?:[a-z][^#.;:!?]{0,60}?)?[\"'\u201c\u2018]?#"
)
# a "who said what" table's row, its cells joined by spaced dashes: 'Ana Reef, Fiji's foreign minister - "We stand
# with Tonga" - Sunday', 'Pacific Islands Forum (PIF) Secretariat - "..." - Monday': the speaker's cell, then the words
_CELL_QUOTE_RE = re.compile(
    "(?:\\s*\\([^()]{1,40}\\))?(?:\\s+(?:[A-Z][\\w'\u2019-]*|of|for|and|the|on)){0,8}(?:,\\s+[^,#\"\u201c\u201d]{1,60}){0,3}"
    "\\s+[-\u2013\u2014]\\s+[\"'\u201c\u2018]?#"
)
# what "the two leaders" did in a call readout besides speaking ("The two leaders discussed energy security",
# 'The two men "reiterated their support ..."')
_JOINT_ACT_RE = re.compile(
    r"\s+(?:also\s+|further\s+)?(?:agreed|discussed|exchanged|reviewed|talked|committed|resolved)\b"
    "|\\s*[\"'\u201c\u2018]?#"
)
# a headline's present-tense verb right after its subject ("Security Council renews ...")
_HEADLINE_VERB_RE = re.compile(r"\s+([a-z]{3,})\b")
# the colon after a titled official's name in a labelled table row, then the gist of the words
_ROW_COLON_RE = re.compile(r"\s*:\s+[\w\"'\u201c\u2018]")
# the colon after a speaker's name opening a transcript turn, then the answer
_TURN_RE = re.compile("\\s*:\\s+[A-Z\"'\u201c\u2018]")
_LABEL_GAP_RE = re.compile("\\s*(?::|\\s[-\u2013\u2014]+)\\s*")
# US party words in a lawmaker's own title phrase
_PARTY_WORD_RE = re.compile(r"\b(?:Democratic|Republican|Democrat|GOP)\b")
_RELATIVE_TAIL_SPLIT_RE = re.compile(r"\s(?:who|which|whose)\b")
_LEAD_PLACE_RE = re.compile(r"^\W*(?:In|From|Back in|Over in)\s+([A-Z][^,;#]{1,40}),\s*$")
_LABEL_PLACE_RE = re.compile("^\\W*([A-Z][^,;:#]{1,40}?)\\s*(?::|\\s[-\u2013\u2014]+)\\s*$")
_THAT_BEFORE_RE = re.compile(r"\bthat\s+(?:(?:the|a|an)\s+)?$")
_COPULA_AFTER_RE = re.compile(r"\s+(?:was|is|were|are|marked|came|remains|remained)\b")
_CLAUSE_END_RE = re.compile(r"^\s*(?:[,.;:!?)]|$|\s(?:in|on|at|to|via|after|before|during|while|from|when)\b)")
_CONTINUATION_FILLER_RE = re.compile(r"^[#\s'\"\u201c\u201d\u2018\u2019.,;:!?\u2026()\-\u2014]*$")
_AND_RE = re.compile(r"^\s*(?:,\s*)?and\s+$")
# "messages came from X and from Y": the list goes on after "and from"
_AND_FROM_RE = re.compile(r"\s*(?:,\s*)?and\s+(?:also\s+)?from\s+")
# "The presidents of Colombia, X, and of Ecuador, Y, congratulated": two givers, each after the place of his office
_RESPECTIVE_OPEN_RE = re.compile(r",\s+and\s+(?:of|from)\s+(?:the\s+)?")
_RESPECTIVE_GAP_RE = re.compile(r",\s+and\s+(?:of|from)\s+(?:the\s+)?[A-Z][^,#;]{1,40},\s+")
_HEADLINE_WORD_RE = re.compile(r"[A-Za-z][\w'\u2019.\-]*")
_SMALL_WORDS = frozenset("of for the and in on at to a an by with from".split())
_SAID_PLACE_RE = re.compile(
    r"[^.;]{0,60}?\b(?:said|says|added|stressed|noted|told [\w ]{1,30}?)\s+(?:that\s+)?(?P<place>[A-Z][\w.\-]+(?: [A-Z][\w\-]+)?)\s+(?:was|is|would|will|had|has|hoped|wanted|wants|remained|remains|did|does|could|can|respected|welcomed|opposed|looked|stood|stands|supports|supported|backs|backed|shares|shared|values|valued)\b"
)


# Titles held in international organisations rather than in governments.
_ORGANIZATION_ROLES = frozenset(
    {"Secretary-General", "Under-Secretary-General", "Assistant Secretary-General", "Director-General", "Managing Director", "Executive Secretary", "Executive Director",
     "chairperson", "Chief Observer", "Head of Mission"}
)
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
# "issued a two-line statement", "released a brief communique": what an "it" in the next sentence means
_ISSUED_STATEMENT_RE = re.compile(
    r"\b(?:issued|released|published)\s+(?:a|an)\s+(?:[a-z-]+\s+){0,2}(?:statement|communiqu\w+|message|note|press\s+release)\b"
)
# ", which borders ...", ", whose troops ...": the writer's clause about the place just named
_ASIDE_OPEN_RE = re.compile(r",\s+(?:which|whose)\s")
# "within hours of the declaration", "shortly after the results were announced": a reaction dated by an event
_HOURS_AFTER_RE = re.compile(
    r"\b(?:(?:within|in the)\s+(?:hours|minutes|moments)\s+of|(?:hours|minutes|moments|shortly|soon|just|not long)\s+"
    r"(?:after|following))\s+(?:the\s+|its\s+)?(?:[\w-]+\s+){0,2}?(?P<event>announcement|declaration|results?|verdict|confirmation|certification)\b",
    re.IGNORECASE,
)
MAX_EVENT_LOOKBACK = 60  # sentences searched back for the event (it is told in the lead or just before)
_EVENT_STEMS = {
    "announcement": "announc", "declaration": "declar", "result": "result", "results": "result",
    "verdict": "verdict", "confirmation": "confirm", "certification": "certif",
}
_OPENING_MARKS = "\"\u201c\u00ab\u201e"
_CLOSING_MARKS = "\"\u201d\u00bb"
# "Both said ...", "Both leaders stressed ...": the two speakers of the sentence before
_BOTH_RE = re.compile(r"\W*Both(?:\s+(?:leaders|men|women|presidents|prime ministers|ministers|governments|heads of state))?\s+(?:also\s+)?(?:said|[a-z]+ed|[a-z]+s)\b")
# "conveyed the message of the Secretary-General, Y,", "delivered a message from President Y": Y's own words follow
_MESSAGE_OF_BEFORE_RE = re.compile(
    r"\b(?:conveyed|conveys|delivered|delivers|relayed|relays|transmitted|transmits|brought|brings|handed over|passed on|read out|read)\s+"
    r"(?:a|the|an)\s+(?:[\w-]+\s+){0,2}?message\s+(?:of|from)\s+(?:the\s+)?(?:[^,;#\"\u201c\u201d]{1,90}?,\s+)?$"
)
# "X and Y spoke by phone on Monday. The two leaders urged ...": the pair's act, and the joint
# phrase opening the next sentence
_PAIR_ACT_RE = re.compile(r"\b(?:held|had|met|spoke|talked|discussed|exchanged|agreed)\b")
_JOINT_OPEN_RE = re.compile(r"\W*(?:The|Both) (?:two )?(?:leaders|sides|men|women|presidents|prime ministers|ministers)\s+(?:also\s+)?(?:[a-z]+ed|said|[a-z]+s)\b")
# "He was speaking to reporters on Thursday": a sentence that only says when and where the last speaker spoke
# "His letter, carried by the state news agency on Sunday, ...", "The cable was sent on Monday": a sentence on the
# message the last speaker sent, telling when it went out
_SPOKE_WHEN_RE = re.compile(
    r"\W*(?:(?:He|She|They|The\s+[\w-]+(?:\s+[\w-]+)?)\s+(?:(?:was|were)\s+(?:speaking|talking)|spoke|made\s+(?:the|his|her|their)\s+(?:remarks|comments))\b"
    r"|(?:The|His|Her|Their|This)\s+(?:message|cable|letter|telegram|statement|communiqu[e\u00e9]|note|condolences|congratulations)"
    r"(?:\s*,\s*|\s+(?:was|were|had\s+been)\s+)(?:first\s+)?(?:relayed|sent|published|released|delivered|carried|broadcast|read\s+out|made\s+public|issued|posted)\b)"
)
# ", approved by the senate on Tuesday,", ", sworn in on Monday,": what was done to the speaker, told by the writer
_PARTICIPLE_CLAUSE_RE = re.compile(
    r",\s+(?:(?:only|just|newly|recently|himself|herself|itself)\s+)?(?:[a-z]+ed|sworn|chosen|re-elected)\s+"
    r"(?:in|by|as|on|to|last|earlier|for|only)\b[^,\"\u201c\u201d]*,"
)


_THROUGH_BEFORE_RE = re.compile(r"\b(?:through|via)\s+(?:its|their)\s+$")
# "Canada congratulated X in a statement from Foreign Minister Y": the official named as the statement's author
_STATEMENT_FROM_BEFORE_RE = re.compile(
    r"\b(?:in|through|via|with)\s+(?:a|an|the|its|their)\s+(?:\w+\s+)?(?:statement|message|letter|post|note|communiqu[e\u00e9])\s+"
    r"(?:from|by|issued by|signed by)\s+(?:the\s+)?$"
)
# "declared three days of official mourning", "ordered a week of national mourning": a government's act, no words
_MOURNING_ONLY_RE = re.compile(
    r"\b(?:declared|declares|announced|announces|ordered|orders|observed|observes|proclaimed|proclaims)\s+"
    r"(?:[\w-]+\s+){0,3}?(?:days?|period|week|weeks)\s+of\s+(?:(?:national|official|state|public)\s+)?mourning\b"
)
# "said three of its nationals were among the injured", "confirmed that two citizens had been killed": consular news of
# its own people, no reaction (unless another verb gives one: "... and condemned the attack")
_CASUALTIES_ONLY_RE = re.compile(
    r"\b(?:said|says|confirmed|confirms|reported|reports|announced|announces|stated)\s+(?:that\s+)?(?:[\w-]+\s+){0,4}?"
    r"(?:nationals|citizens)\s+(?:were|was|are|is|had\s+been|have\s+been|has\s+been)\s+(?:confirmed\s+|reported\s+)?"
    r"(?:among\s+(?:the\s+)?)?(?:dead|killed|injured|wounded|missing|victims|casualties|hurt|hospitali[sz]ed|unharmed|safe)\b"
)
# "Beijing reacted through its foreign ministry spokesperson, X,", "by the voice of the spokesperson ..., X" (a
# French turn): the official the government speaks through
_THROUGH_PERSON_BEFORE_RE = re.compile(
    r"\b(?:through|via|by the voice of|in the words of)\s+(?:(?:its|their|the|a|an)\s+)?(?:[^,;#\"\u201c\u201d]{1,80}?,\s+)?$"
)
# "..., as did the Emir of Qatar": the same act by another
_AS_DID_BEFORE_RE = re.compile(r",\s+as\s+(?:did|do|does|had|has|have)\s+(?:also\s+)?$")
# "Before boarding she said", "On landing, he told journalists", "Speaking to reporters on arrival, she said": a
# sentence going on about the person just named (a participle phrase with no day of its own opening it)
_PRONOUN_OPENING_RE = re.compile(
    r"\W*(?:(?:[Bb]efore|[Aa]fter|[Oo]n|[Uu]pon|[Ll]ater|[Tt]here|[Aa]t)\b[^,;#\"\u201c]{0,30}?,?\s+"
    r"|[A-Z][a-z]{2,}ing\s[^,;#\"\u201c]{0,50},\s+)?(?:[Hh]e|[Ss]he|[Hh]is|[Hh]er)\b"
)
# a flashback's marks: "last week", "last Saturday", ", before X stepped down,"
_EARLIER_MARK_RE = re.compile(
    r"\b[Ll]ast\s+(?:week|month|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b|(?:^|,\s*)\W*[Bb]efore\s+[^,#]{1,60},"
)
_PLUPERFECT_SPEECH_RE = re.compile(r"\bhad\s+(?:already\s+|also\s+)?(?:[a-z]+ed|told|said|sent|written|spoken|made)\b")
# ", the Forum's Secretary General" after a name, "the Forum's Secretary General" in the mention
_BODY_POSSESSIVE_AFTER_RE = re.compile(r",\s+the\s+([A-Z][a-z]+)['\u2019]s\s")
_BODY_POSSESSIVE_IN_RE = re.compile(r"^(?:the\s+)?([A-Z][a-z]+)['\u2019]s\s")
# international bodies by the last word of a name of two words or more ("Forum" -> "Pacific Islands Forum")
_ORGANIZATIONS_BY_LAST_WORD: dict[str, list[str]] = {}
for _name, _org in ORGANIZATIONS.items():
    if _org.kind == "international" and " " in _name and _name.split()[-1][:1].isupper():
        _ORGANIZATIONS_BY_LAST_WORD.setdefault(_name.split()[-1], []).append(_name)
_AND_OF_PLACE_RE = re.compile(r",\s+and\s+of\s+(?:the\s+)?[A-Z][^,;#\"\u201c]{1,40},\s*")
# a newsletter's section of other stories ("ELSEWHERE IN THE REGION", "IN OTHER NEWS")
# "The bloc urged ...", "the 15-nation alliance said", "the continental body welcomed": a noun standing for the
# international body named last (not "the opposition alliance", a party list: only the adjectives of
# data/organization_words.toml, or a count of members, may stand before it; nor "the bloc's", "the alliance of")
_BACK_REFERENCE_RE = re.compile(
    r"\b(?P<det>[Tt]he)\s+(?P<phrase>(?P<adjectives>(?:(?:" + alternation(BACK_REFERENCE_ADJECTIVES) + r"|\d+-(?:nation|member|country))\s+){0,3})"
    r"(?P<noun>" + alternation(BACK_REFERENCES | QUALIFIED_BACK_REFERENCES) + r"))\b(?![\w'\u2019-])(?!\s+(?:of|for)\b)(?!\s+[A-Z])"
)
_BACK_REFERENCE_HINT_RE = re.compile(r"bloc|alliance|grouping|organi[sz]ation|body|group|forum")
# "The Union said", "the Commission welcomed": a capitalised last word of a body's name, on its own (not "the
# Council of Europe", "the Union's", "the Commission President X")
_NAME_HEAD_RE = re.compile(
    r"\b(?P<det>[Tt]he)\s+(?P<noun>" + alternation(NAME_HEADS) + r")\b(?![\w'\u2019-])(?!\s+(?:of|for|on)\b)(?!\s+[A-Z])"
)
_NAME_HEAD_HINT_RE = re.compile("|".join(NAME_HEADS))
# a page that is one official's own statement, named in its title or opening heading ("Statement by Foreign
# Minister Ana Ruiz on the vote in Chile", "Message from the President of Peru"): its first-person words are hers
_PAGE_AUTHOR_RE = re.compile(
    r"\W*(?:(?:Joint|Press|Official|Video)\s+)?(?:Statement|Message|Remarks|Letter|Declaration)\s+(?:by|from|of)\s+(?:the\s+)?"
    r"(?P<who>[A-Z][^:;|\n]{2,90}?)"
    r"(?:\s+(?:on|regarding|following|after|about|concerning|congratulating|to|in\s+response\s+to)\s+[^\n]*|\s*[:;|\u2013\u2014-][^\n]*|[.\s]*)$"
)


def _place_cues() -> dict[str, tuple[re.Pattern[str], re.Pattern[str], dict[str, str]]]:
    """A shared place name -> (the name written alone, the words deciding it, word -> country): a country's
    data/ambiguous_places.toml words, its names and capital, its leaders' names."""
    out = {}
    for surface, table in AMBIGUOUS_PLACES.items():
        cue_country: dict[str, str] = {}
        for iso3, words in table.items():
            names = [n for n, c in {**COUNTRY_NAMES, **CAPITALS}.items() if c == iso3]
            leaders = [n for n, group in LEADERS_BY_NAME.items() if len(n) >= 4 and any(ld.country == iso3 for ld in group)]
            for word in (*words, *names, *leaders):
                cue_country.setdefault(word, iso3)
        cue_country.pop(surface, None)
        alone = re.compile(r"(?<![\w-])" + re.escape(surface) + r"(?![\w-])")
        out[surface] = (alone, re.compile(r"(?:" + alternation(cue_country, not_after=r"[\w-]") + r")(?![\w-])"), cue_country)
    return out


_PLACE_CUES = _place_cues()
# the parts of a page title after its heading: "Statement by the Spokesperson on X | Ministry of Foreign Affairs"
_PAGE_PART_SPLIT_RE = re.compile(r"\s+[|\u2013\u2014-]\s+|\s*\|\s*")
# a closing signature: the name (capitalised words only), then the office on its own line ("Ana Ruiz" /
# "Foreign Minister of Chile"); no link, list mark or markup
_SIGNATURE_NAME_RE = re.compile(r"[A-Z][\w.'\u2019-]+(?: [A-Z][\w.'\u2019-]+){1,4}")
_SIGNATURE_OFFICE_RE = re.compile(r"[A-Z][\w.'\u2019-]*(?:,? [\w.'\u2019-]+){0,8}")
# a clause in the first person ("I extend ...", "We welcome ...", "... and our two nations ...")
_FIRST_PERSON_RE = re.compile(r"\b(?:I|We|we|My|my|Our|our|us)\b")
_OTHER_NEWS_RE = re.compile(r"\W*(?:ELSEWHERE|IN OTHER NEWS|OTHER NEWS|OTHER STORIES)\b")
_BEFORE_THE_VOTE_RE = re.compile(
    # "Last week, before the vote, X said": a time phrase may come first
    r"\s*(?:(?:(?:Last|Earlier that|Earlier this|Earlier last)\s+(?:week|weekend|month|\w+day)|Earlier|Days earlier|Weeks earlier|On\s+\w+day),\s+"
    r"(?=(?:before|ahead of|in the run-up to|during the campaign|days before|weeks before)\b))?"
    r"(?:[Bb]efore|[Aa]head of|[Ii]n the run-up to|[Dd]uring the campaign|[Dd]ays before|[Ww]eeks before)\s+(?:the\s+|this\s+)?(?:(?:presidential|parliamentary|general|legislative|second-round)\s+)?"
    r"(?:vote|votes|election|elections|poll|polls|ballot|run-off|runoff|referendum|campaign)\s*,"
)
# "the Central Election Commission", "Electoral commission chairperson": a body that runs or judges a vote
# (an observation mission is not one: it comes from abroad)
_ELECTION_BODY_RE = re.compile(
    r"\b[Ee]lect(?:ion|oral)\s+(?:[\w-]+\s+){0,2}?(?:[Cc]ommission|[Cc]ouncil|[Tt]ribunal|[Cc]ourt|[Bb]oard|[Aa]uthority|[Cc]ommittee)\b"
)
# "its NATO partners welcomed", "EU member states said": the bloc's members, each for itself, not the bloc
_MEMBERS_AFTER_RE = re.compile(
    r"\s+(?:partners|allies|members|member (?:states|countries|governments)|countries|states|nations|governments|capitals)\b"
)
_WORDS_RE = re.compile(r"[a-z]+")
# ("X's message, published by the embassy on Wednesday, said": the day the words were made public)
_SAYING_WORDS = SPEECH_VERBS | REACTION_VERBS | {"spoke", "speaking", "speaks", "interview", "briefing", "statement", "message", "call", "published", "posted"}
_MEMBER_WORDS = (" member states", " member countries", " member governments", " members", " countries", " nations", " governments", " partners", " allies")
_LEGISLATURE_RE = re.compile(r"\s+(?:Congress|congressional|Congressional|lawmakers|senators|legislators|parliament\w*|Parliament\w*|MPs)\b")


# "\d\d\d\d|[Ll]ast|ago|past" written to open with a character class, which re skips to in C
_PAST_HINT_RE = re.compile(r"[\dLlap](?:(?<=\d)\d\d\d|(?<=[Ll])ast|(?<=a)go|(?<=p)ast)")
_PAST_TIME_RE = re.compile(
    r"\b(?:(?:[Ii]n|[Dd]uring)\s+(?:(?:early|late|mid-?)\s*)?(?:[A-Z][a-z]+\s+)?(?P<year>(?:19|20)\d\d)\b"
    # "since the summer of 2015, when Obama telephoned Berlin": a season names a past time too
    r"|(?:[Ii]n|[Dd]uring|[Ss]ince)\s+the\s+(?:(?:early|late)\s+)?(?:spring|summer|autumn|fall|winter)\s+of\s+(?P<season_year>(?:19|20)\d\d)\b"
    r"|[Ll]ast\s+(?:year|decade)\b|(?:\d+|a|one|two|three|four|five|six|seven|eight|nine|ten|several|many)\s+"
    r"(?:years|decades|year|decade)\s+ago\b|[Ii]n\s+the\s+past\b)"
)


# Names joined only by commas that one verb can take as its givers ("X, Y, Z and W sent ..."); real lists are short
MAX_LISTED_NAMES = 12


# a debate summary's opening: "The Lok Sabha heard a statement ...", "the Bundestag debated ..."
_CHAMBER_CUE_RE = re.compile(r"\b(?:[Ss]itting|[Dd]ebated?|[Uu]rgent question|[Pp]lenary|[Cc]hamber|Hansard|MPs|[Ll]awmakers|[Dd]eputies|[Ss]enators)\b")


_SITTING_RE = re.compile(r"\b(?:[Ss]itting|[Dd]ebate)\b[^\n]{0,60}")
# ", whose foreign minister ": the relative clause opening on an official of the place before it
_WHOSE_GAP_RE = re.compile(r",\s+whose\s+(?:[a-z][\w-]*\s+){0,4}")
# an institution named by its kind alone ("a ministry spokesman"): the one of that kind met last
_BARE_INSTITUTIONS = frozenset({"Ministry", "Department", "Embassy", "Foreign Ministry"})


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
    found = _DATELINE_RE.match(text, 0, 200)
    if found is None:
        return None
    city = re.split(r"[,(]|\s[-\u2013\u2014]", found.group(), maxsplit=1)[0].strip()
    if "/" in city:
        return None
    found = country_in(_title_case(city))
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
# " - wording that ...", "; a text that ...": the writer's aside after a sentence's act
_ASIDE_RE = re.compile(r"\s[-\u2013\u2014]\s|;\s")
# "Japan's Fumio Kishida: the launch was ...": a note's label naming the speaker opens the sentence
_LABEL_OPENING_RE = re.compile(r"[^:#\"\u201c\u201d.]{2,60}:\s")
# ", he said, ", ", she added, ": an attribution set between commas inside the words it attributes
_INSERTED_SAID_RE = re.compile(
    r"\s+(?:also\s+|later\s+)?(?:said|says|added|adds|stressed|insisted|argued|noted|warned|wrote|declared)"
    r"(?:\s+(?:on|late on|early on|in|at)\s+[A-Za-z]+(?:\s+[a-z]+)?)?\s*(?:,|\.?$)"
)


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


def _title_case(header: str) -> str:
    def fix(m: re.Match) -> str:
        w = m.group()
        if "." in w:
            return w
        low = w.lower()
        return low if low in _SMALL_WORDS else low[:1].upper() + low[1:]

    return _HEADLINE_WORD_RE.sub(fix, header)


_UN_NATO_RE = re.compile(r"(?:" + alternation(("United Nations", "UN", "U.N.", "NATO"), not_after=r"\w") + r")\b")
_place_end = itemgetter(1)
_resolved_start = lambda r: r[0].start  # noqa: E731 (a mention's start in an attribute() row)


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


# "Asked about the result, ...", "When asked on Monday whether ..., ...": the question the subject answered
_ASKED_OPENING_RE = re.compile(r"\W*(?:(?:When|If|Once)\s+)?(?:[Aa]sked|[Qq]uestioned|[Pp]ressed|[Cc]ontacted|[Rr]eached)\b")


class _ArticleExtractor:
    def __init__(self, article: Article, reference_date: dt.date, host_country: str | None) -> None:
        self.article = article
        self.text = article.text
        self.anchor = article.published_date or reference_date
        self.reference_date = reference_date
        self.host = host_country
        self.registry = EntityRegistry(date=self.anchor)
        self.drafts: dict[str, _Draft] = {}
        self.infos: list[_SentenceInfo] = []
        self._introduced: dict[str, int] = {}  # speakers met by their title a sentence before their name: that sentence
        self.header_country: str | None = None
        self.header_org: str | None = None
        self.header_paragraph = -2  # a section heading places only the paragraph under it
        self._sentence_persons: list[tuple[Entity, bool]] = []
        self._last_place: Entity | None = None
        self._subject_place: Entity | None = None  # the country standing as a subject in the sentence
        self._last_source_kind: str | None = None
        self._lead_infos: list[_SentenceInfo] | None = None
        self._turn: tuple[int, Entity] | None = None  # (paragraph, person) of an interview answer being read
        self._place_choice: dict[str, str | None] = {}  # "Congo" -> "COD", decided once (see _shared_place_country)
        self._sg_bodies: set[str] | None = None  # the bodies headed by a Secretary-General that the article names
        self._bodies_called: dict[str, str | None] = {}  # "Forum" -> "Pacific Islands Forum", found once
        # the parliament a debate summary reports, or whose own record the article is (its outlet or title), if any
        self.chamber = _chamber_country(self.text) or record_chamber(article.outlet, article.title)
        self.filed_from = _filed_from(self.text)  # the country of the capital the opening dateline names
        self.record_speakers: set[str] = set()  # the keys of those heading a turn of a parliament's record
        self.sitting: dt.date | None = None  # the day of its sitting ("Sitting: Wednesday 9 March 2022")
        if self.chamber is not None:
            line = _SITTING_RE.search(self.text, 0, 600)
            days = day_words(line.group(), anchor=self.anchor) if line is not None else []
            self.sitting = days[0].date if days else None

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
        plain = _SPEAKER_LABEL_RE.match(masked)
        if plain is None:
            return None
        m = next((m for m in find_mentions(masked[: plain.end()], known_names=self.registry.known_names)
                  if m.kind == "person" and (m.start, m.end) == plain.span("name")), None)
        e = self.registry.person(m, context_country=self.chamber, context_org=None) if m is not None else None
        if e is not None and e.rank is None:
            e.role, e.rank = MEMBER_TITLE.role, MEMBER_TITLE.rank  # a member the record names without his seat
        return e

    def _filed_minister(self, m: Mention) -> str | None:
        """The country of the capital the dateline names, for a minister or head the text places nowhere else
        ("MUSCAT (ONA) -- Minister of State for Foreign Affairs X said"); not for a lawmaker or another official,
        nor for a title that implies its own country ("Senator")."""
        if self.filed_from is None or m.rank not in ("minister", "head") or (m.role or "") in ASSUMED_BY_ROLE:
            return None
        return self.filed_from

    @staticmethod
    def _whose_official(masked: str, subjects: list, resolved: list, verbs: list) -> list:
        """"The EU, whose foreign policy chief X said on Saturday that ..., has suspended aid": the official the
        relative clause names, speaking there, is the speaker (for the body or country before it, when the table
        places him nowhere); the body's own act after the clause tells no words of its own."""
        head_m, head_e = subjects[0]
        official = next(((m, e) for m, e, _ in resolved if m.start >= head_m.end and e is not None), None)
        if (
            official is None or official[0].kind not in ("person", "title") or official[1].kind != "person"
            or _WHOSE_GAP_RE.fullmatch(masked, head_m.end, official[0].start) is None
            or speech_verb_after(masked, official[0].end, verbs) is None
        ):
            return subjects
        e = official[1]
        if e.country is None and e.organization is None:
            e.country = head_e.country
        return [official]

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
        by, mission, head, _ = _mission_words(masked) if len(masked) > 400 else _mission_words.__wrapped__(masked)
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
        if "hair" in masked:
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
            titled = self._title_before(index) if index and not masked[: _bare_start(m)].strip() else None
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

                named = self._last_place if same_kind(self._last_place) else reg.last(same_kind)
                if named is not None:
                    m = m._replace(country=named.country, institution=named.institution)
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
                if ctx is None and m.rank == "spokesperson" and _LEADER_SPOKESPERSON_RE.search(m.role):
                    # "a government spokesman" speaks for the leader just named
                    head = self.registry.last(lambda e: e.kind == "person" and e.rank == "head")
                    ctx = head.country if head else None
                if ctx is None and m.organization is None and m.role in _ORGANIZATION_ROLES:
                    # "Ana Ruiz, the Forum's Secretary General": the body the article named with that word
                    org = self._organization_called(masked, m)
                if ctx is None and org is None and m.organization is None and m.role in _ORGANIZATION_ROLES:
                    # "Kristalina Georgieva, the fund's managing director": the organisation met last
                    named = reg.last(lambda e: e.kind == "organization")
                    org = _staff_body(named.organization) if named else None
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
                    m = m._replace(organization=_staff_body(named.organization))
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
                lead = (_LEAD_PLACE_RE.match(masked, 0, end) or _LABEL_PLACE_RE.match(masked, 0, end)) if opening else None
                if lead is not None:
                    # "In Canberra, the prime minister said": the place opening the sentence is the title's
                    m = m._replace(country=country_in(lead.group(1)))
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
                    lambda e: e.kind == "institution" and e.inst_kind == m.inst_kind and (country is None or e.country == country)
                )
                if same is not None:
                    return same
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
                same = reg.last(lambda e: e.kind == "institution" and e.inst_kind == m.inst_kind)
                if same is not None:
                    return same
            if country is None:
                country = SHARED_OWNERS.get(m.institution or "")
            if country is None and self.registry.last_speaker is not None and m.inst_kind in ("office", "ministry", "embassy"):
                country = self.registry.last_speaker.country
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
                or _CLAUSE_OPENING_PHRASE_RE.search(masked, max(0, m.start - 80), m.start)
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
            return reg.pronoun(m.text.split()[0] if " " in m.text else m.text)  # "His Majesty" is "he"
        if m.kind == "statement":
            return reg.statement(m)
        if m.kind == "joint":
            last = reg.last_speaker
            return last if last is not None and last.kind == "person" and last.rank == "head" else None
        return None

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

    def _background(self, masked: str, verbs: list) -> bool:
        """Whether the act or words are dated to an earlier time ("in 2015", "last year", "two years ago").

        Only the stretch up to just after the first speech verb counts: "said in 2015" and
        "In 2015, Xi said" are background, "said the corridor, launched in 2015, ..." is not.
        """
        if _BEFORE_THE_VOTE_RE.match(masked):
            return True  # "Before the vote, the embassy had urged calm": campaign-time words, no reaction to the result
        if "had " in masked and _EARLIER_MARK_RE.search(masked):
            # "Last week, before Oli stepped down, X had called for ...", "X had told the summit last Saturday":
            # the writer's flashback to words said before the event
            first = verbs[0] if verbs else None  # the act of the sentence's subject
            if first is not None and _PLUPERFECT_SPEECH_RE.search(masked, max(0, first.start - 20), first.end):
                return True
        if not _PAST_HINT_RE.search(masked):
            return False
        clauses = [(c.start(), c.end()) for c in _RELATIVE_CLAUSE_RE.finditer(masked)] if "wh" in masked else []
        # the verbs of the main clause: "Erdogan, whose ties soured in 2022 when he said ..., telephoned"
        main = [v for v in verbs if not any(a <= v.start < b for a, b in clauses)]
        speech = next((v for v in (main or verbs) if v.speech), None)
        region = masked[: speech.end + 25] if speech is not None else masked
        if speech is None and (main or verbs):
            # an act ("congratulated", "welcomed") dates the sentence up to the writer's aside after a spaced dash
            # or semicolon: "X welcomed the deal on Sunday - a text that echoed the one of 2001" is no flashback
            aside = _ASIDE_RE.search(masked, (main or verbs)[0].end)
            region = masked[: aside.start()] if aside is not None else masked
        # "Erdogan, who won in 2003, said": background about the speaker, not the date of the words
        # (a clause holding the only verb still dates it: "Erdogan, who telephoned him in 2022,")
        region = _RELATIVE_CLAUSE_RE.sub(
            lambda m: m.group() if not main and any(m.start() <= v.start < m.end() for v in verbs) else "#" * len(m.group()),
            region,
        )
        for m in _PAST_TIME_RE.finditer(region):
            year = m.group("year") or m.group("season_year")
            if year is None or int(year) < self.anchor.year:
                return True
        return False

    # -- attribution ----------------------------------------------------------------------
    def attribute(self, index: int) -> tuple[list[Entity], str | None, Mention | None, list[Entity]]:
        info = self.infos[index]
        masked = info.masked
        mentions = find_mentions(masked, known_names=self.registry.known_names)
        if "/" in masked:
            mentions = _slash_joined(masked, mentions)
        if _BACK_REFERENCE_HINT_RE.search(masked) is not None:
            mentions = self._with_back_references(masked, mentions)
        if _NAME_HEAD_HINT_RE.search(masked) is not None:
            mentions = self._with_name_heads(masked, mentions)
        for surface in _PLACE_CUES:
            if surface in masked:
                mentions = self._with_shared_place(masked, mentions, surface)
        verbs = find_verbs(masked)
        info.has_verb = bool(verbs)
        if verbs and _EVENT_CLAUSE_HINT_RE.search(masked):
            # "The council met on Monday, a week after soldiers seized the palace and declared a curfew": the
            # verbs of a clause telling the event with its own (unnamed) subject are no speaker's
            clauses = [(c.start(), c.end()) for c in _EVENT_CLAUSE_RE.finditer(masked)]
            verbs = [v for v in verbs if not any(a <= v.start < b for a, b in clauses)]
        resolved: list[tuple[Mention, Entity | None, bool]] = []
        previous_ok = False
        previous: Mention | None = None
        self._sentence_persons = []
        self._subject_place = None
        owner: Entity | None = None  # the person of a possessive just before ("Tokayev's")
        aside_end = -1  # where a ", which ..." clause about the place met last closes
        for m in mentions:
            ok = _eligible(masked, m, previous, previous_ok)
            entity = self.resolve(m, masked, index)
            if (
                owner is None and m.kind == "person" and entity is not None and entity.kind == "person"
                and entity.rank == "spokesperson" and entity.principal is None and ("'s " in m.text or "\u2019s " in m.text)
            ):
                owner = self._owner_in(m)  # "Erdogan's spokesman Ibrahim Kalin": one run of words
                previous = m._replace(end=m.start)
            if (
                owner is not None and entity is not None and entity is not owner and m.kind == "person" and entity.kind == "person"
                and entity.rank == "spokesperson" and previous is not None
                and masked[previous.end : m.start].strip() in ("", "press")
            ):
                # "Tokayev's press secretary X said ...": the spokesperson of the leader owning him, standing
                # where the possessive stands
                entity.principal = owner
                entity.country = entity.country or owner.country
                ok = _eligible(masked, previous._replace(possessive=False), None, False)
            owner = (
                entity if m.kind == "person" and m.possessive and entity is not None and entity.kind == "person"
                and entity.official and entity.rank == "head" else None
            )
            if entity is not None and entity.kind == "person" and m.kind == "person":
                self._sentence_persons.append((entity, ok))
            elif (
                entity is not None and entity.kind != "person" and m.kind in ("country", "institution", "organization")
                and m.start > aside_end
            ):
                # what "its" refers to, subject or not; not a place inside a clause about the one before
                # ("Chile, which shares a border with Peru, ..., its foreign ministry said": Chile's)
                self._last_place = entity
                if ok and m.kind == "country" and self._subject_place is None:
                    self._subject_place = entity  # "Peru congratulated Chile, its foreign ministry said": Peru's
                aside = _ASIDE_OPEN_RE.match(masked, m.end)
                if aside is not None:
                    aside_end = masked.find(", ", aside.end(), aside.end() + 240)
            resolved.append((m, entity, ok))
            previous_ok, previous = ok, m
        subjects = [(m, e) for m, e, ok in resolved if ok and e is not None]
        receivers: list[tuple[Mention, Entity]] = []
        if "from" in masked and ("rece" in masked or "got" in masked or "took" in masked or "accepted" in masked):
            # "X received a call from Y, who congratulated him": the receiver gives nothing; Y, after "from", is read
            # below (the receiver is still named: "The President thanked him" next is his)
            receivers = [(m, e) for m, e in subjects if _RECEIVED_AFTER_RE.match(masked, m.end) is not None]
            if receivers:
                received = {m.start for m, _ in receivers}
                subjects = [(m, e) for m, e in subjects if m.start not in received]
        if "whose " in masked and subjects and subjects[0][0].kind in ("country", "organization"):
            subjects = self._whose_official(masked, subjects, resolved, verbs)
        if len(subjects) > 1 and subjects[0][0].kind == "country":
            second = subjects[1][0]
            second_start = second.start - (len(second.determiner) + 1 if second.determiner and second.kind != "statement" else 0)
            if _LABEL_GAP_RE.fullmatch(masked, subjects[0][0].end, second_start):
                subjects = subjects[1:]  # "Japan: Prime Minister X congratulated ... and said": the country labels the entry
        # (not a country in the words reported: "X wrote on Monday that Chile stood ready" does not date Chile's
        # minister's words in the next clause)
        info.country_subjects.update(
            e.country for m, e in subjects
            if e.kind == "country" and e.country and _THAT_BEFORE_RE.search(masked, max(0, m.start - 12), m.start) is None
        )
        info.person_subjects = tuple(e.key for m, e in subjects if e.kind == "person" and m.kind == "person")
        info.organization_subjects = tuple(e.organization for m, e in subjects if e.kind == "organization" and e.organization)

        frame: tuple[Mention, Entity] | None = None
        frame_kind = None
        for m, e, ok in resolved:
            if e is None or m.kind == "media":
                continue
            before = masked[max(0, m.start - 80) : m.start]
            if m.determiner and m.kind != "statement":
                before = drop_last_word(before)
            if not m.possessive and before.rstrip().endswith(_FRAME_ENDINGS) and speech_verb_after(masked, m.end, verbs):
                frame, frame_kind = (m, e), "post"
            elif (
                _INVERTED_RE.search(before) and _CLAUSE_END_RE.match(masked[m.end :])
                # "said ... after meeting in Cairo": a place after a preposition is no subject
                and not (m.kind == "country" and last_word(before)[0].lower() in _PREPOSITIONS)
            ):
                frame, frame_kind = (m, e), "post"
            elif frame is None and ("ccording to" in before or "iting" in before or "uoting" in before) and _ACCORDING_RE.search(before):
                frame, frame_kind = (m, e), "according"
        speakers: list[Entity] = []
        source: tuple[Mention, Entity] | None = None
        if frame is not None:
            source = frame
            speakers = [frame[1]]
        else:
            envoy = _envoy(masked, resolved, verbs) if verbs and "who" in masked else None
            if envoy is not None:
                m_envoy, e_envoy, sending = envoy
                if sending is not None:
                    verbs = [v for v in verbs if v is not sending]  # "sent" him: no act of the sender's own
                if e_envoy.country is None and subjects and subjects[0][1].kind == "country":
                    e_envoy.country = subjects[0][1].country  # "Peru sent X": Peru's envoy
                subjects = [(m_envoy, e_envoy)]
            owners = _verb_owners(masked, [m for m, _, _ in resolved], verbs)
            relayed = next(((m, e) for m, e in subjects[1:] if m.kind in ("organization", "person", "title", "institution") and _relayed_act(masked, m)), None)
            if relayed is not None:
                subjects = [relayed]  # the relayed body's own act, not the words of the one relaying it
            ordered = all(a[0].start <= b[0].start for a, b in zip(resolved, resolved[1:]))
            for k, (m, e) in enumerate(subjects):
                # "Zardari and Sharif sent": the verb after the last of a list is the list's;
                # "White House press secretary Karoline Leavitt said": one phrase
                group = [m]
                listed = False  # "X, Y and Z sent": names joined by commas, the list closed by "and"
                # mentions are in text order: start at the first one after m (a walk from the first
                # mention of a long list of names for each of them was quadratic)
                for j in range(bisect_left(resolved, m.end, key=_resolved_start) if ordered else 0, len(resolved)):
                    m2 = resolved[j][0]
                    if m2.start < group[-1].end:
                        continue
                    gap = masked[group[-1].end : _list_start(masked, m2)]
                    if m2.kind == "country" and m.kind == "person" and _RESPECTIVE_OPEN_RE.fullmatch(gap):
                        continue  # "The presidents of Colombia, X, and of Ecuador, Y": the second office's place
                    if _AND_RE.match(gap) or _same_phrase(gap) or (m2.kind == m.kind == "person" and _RESPECTIVE_GAP_RE.fullmatch(gap)):
                        listed = listed or bool(_AND_RE.match(gap)) or m2.kind == "person"
                    elif len(group) == 1 and _titled_and(masked, m, m2):
                        listed = True
                    elif _COMMA_GAP_RE.fullmatch(gap) and m2.kind == m.kind == group[-1].kind and (
                        m.kind in ("person", "country", "institution") or (m.kind == "title" and m2.role == m.role)  # "the presidents of A, B and C"
                    ):
                        if len(group) >= MAX_LISTED_NAMES:
                            break  # a line of hundreds of names is no list of givers; walking it from each name was quadratic
                        listed = False
                    else:
                        break
                    group.append(m2)
                if not listed:
                    # a comma run not closed by "and" is no list: keep the names before the first comma
                    cut = next((i for i, (a, b) in enumerate(zip(group, group[1:]), 1) if _COMMA_GAP_RE.fullmatch(masked[a.end : b.start])), None)
                    if cut is not None:
                        group = group[:cut]
                # "The message was New Delhi's first word ...": a statement phrase with neither a verb nor
                # quoted words, followed by a copula, only describes the statement
                described = m.statement and not verbs and not info.quotes and _COPULA_AFTER_RE.match(masked, m.end) is not None
                if (m.statement and not described) or any(v.start >= m.end and owners.get(v.start, m) in group for v in verbs):
                    phrase_person = None
                    for a, b in zip(group, group[1:]):
                        if not _same_phrase(masked[a.end : b.start]):
                            break
                        found = next((e2 for m2, e2, _ in resolved if m2 is b), None)
                        if b.kind == "person" and found is not None and found.kind == "person":
                            phrase_person = (b, found)
                    if phrase_person is not None:
                        m, e = phrase_person  # "White House press secretary Karoline Leavitt": the person speaks
                    source = (m, e)
                    speakers = [e]
                    # "Zardari and Sharif sent separate messages"
                    for m2, e2 in subjects[k + 1 :]:
                        if (
                            _AND_RE.match(masked[m.end : _list_start(masked, m2)])
                            or (m2 in group and (
                                _COMMA_GAP_RE.fullmatch(masked[m.end : m2.start]) or _RESPECTIVE_GAP_RE.fullmatch(masked[m.end : m2.start])
                                # "X, the High Representative Y and Z": the article of a titled name is in the gap
                                or (m.kind == m2.kind and m.kind in ("person", "title") and _COMMA_GAP_RE.fullmatch(masked, m.end, _list_start(masked, m2)))
                            ))
                            # "The presidents of Ghana, X, and of Senegal, Y, sent": a translated list of office-holders
                            or (m2.kind == "person" and _AND_OF_PLACE_RE.fullmatch(masked, m.end, m2.start))
                            or (len(speakers) == 1 and _titled_and(masked, m, m2))
                        ):
                            speakers.append(e2)
                            m = m2
                        else:
                            break
                    break
        if not speakers and info.quotes and (":" in masked or " - " in masked or "\u2013" in masked or "\u2014" in masked):
            # 'Kenya's Ruto: "A win for the whole region."': a roundup line gives the speaker, a colon, the words;
            # a table's row ('Ana Reef, Fiji's foreign minister - "We stand with Tonga" - Sunday') a dash
            for m, e in subjects:
                if e.kind in ("person", "country", "institution", "organization") and (
                    _COLON_QUOTE_RE.match(masked, m.end) or (not masked[: _bare_start(m)].strip() and _CELL_QUOTE_RE.match(masked, m.end))
                ):
                    speakers, source = [e], (m, e)
                    break
        if not speakers and subjects and not info.quotes and ":" in masked:
            # a "who said what" table's row, "Chile - Foreign Minister Ana Ruiz: will respect the ruling - Friday":
            # the country's label (read from the text: a label opening a line is masked as a dateline), its titled
            # official, a colon, what the official said in the writer's words
            m, e = subjects[0]
            label = _LABEL_PLACE_RE.match(info.sentence.text, 0, _bare_start(m)) if m.kind == "person" else None
            if (
                label is not None and e.kind == "person" and e.official and e.country
                and country_in(label.group(1)) == e.country and _ROW_COLON_RE.match(masked, m.end)
            ):
                speakers, source = [e], (m, e)
                info.has_verb = True
        if not speakers and subjects and ":" in masked[:120] and (index == 0 or self.infos[index - 1].sentence.paragraph != info.sentence.paragraph):
            # an interview transcript's turn, "Ana Ruiz: Joy, honestly.": the named person answers
            m, e = subjects[0]
            if (
                m.kind == "person" and e.kind == "person" and not masked[: _bare_start(m)].strip() and _TURN_RE.match(masked, m.end)
                and self._turn_on_host(index)
            ):
                speakers, source = [e], (m, e)
                info.has_verb = True
                self._turn = (info.sentence.paragraph, e)
        elif not speakers and self._turn is not None and self._turn[0] == info.sentence.paragraph and not subjects:
            # the rest of the answer: "Ana Ruiz: Joy, honestly. I called her on Friday."
            speakers, source = [self._turn[1]], None
            info.has_verb = True
        if not speakers:
            # "The two leaders discussed ...": a readout's joint act is the words of the leader who spoke
            for m, e in subjects:
                if m.kind == "joint" and _JOINT_ACT_RE.match(masked, m.end):
                    speakers, source = [e], (m, e)
                    info.has_verb = True
                    break
        if not speakers and (
            ("from" in masked and (
                "came" in masked or "poured" in masked or "arrived" in masked or "followed" in masked or "received" in masked
                or "took" in masked or "got" in masked or "accepted" in masked
            ))
            or "first" in masked or "earliest" in masked or "lso " in masked or "mong " in masked
        ):
            # "Congratulations also came from Qatar's emir, X"; "Among the first to react was X, who hailed ..."
            for m, e, _ in resolved:
                if e is not None and not m.possessive and e.kind in ("person", "country", "institution", "organization") and (
                    _CAME_FROM_RE.search(masked, max(0, m.start - 160), m.start - len(m.determiner or "") - (1 if m.determiner else 0))
                    or _FIRST_TO_RE.search(masked, max(0, m.start - 90), m.start - len(m.determiner or "") - (1 if m.determiner else 0))
                    or _FIRST_TO_AFTER_RE.match(masked, m.end)
                ):
                    speakers, source = [e], (m, e)
                    info.has_verb = True  # the noun ("congratulations", "the first to react") is the act
                    last = m
                    for m2, e2, _ in resolved:
                        gap = masked[last.end : m2.start - len(m2.determiner or "") - (1 if m2.determiner else 0)]
                        if m2.start > last.end and e2 is not None and (
                            _AND_RE.match(gap) or _COMMA_GAP_RE.fullmatch(gap) or _AND_FROM_RE.fullmatch(gap)
                        ):
                            # "Among those congratulating him were X and Y"; "came from X, Y and Z"
                            speakers.append(e2)
                            last = m2
                    break
        if source is not None and len(speakers) == 1 and speakers[0].kind == "country":
            # "Germany said through its embassy in Windhoek": the embassy (or ministry) it named speaks
            channel = next(
                (e2 for m2, e2, _ in resolved
                 if m2.kind == "institution" and m2.determiner in ("its", "their") and e2 is not None
                 and e2.kind == "institution" and e2.country == speakers[0].country
                 and _THROUGH_BEFORE_RE.search(masked, max(0, m2.start - 20), m2.start)),
                None,
            )
            if channel is not None:
                speakers = [channel]
            elif "from" in masked or "by" in masked or "through" in masked or "via" in masked or "words of" in masked:
                author = next(
                    (e2 for m2, e2, _ in resolved
                     if m2.start > source[0].end and e2 is not None and e2.kind == "person" and e2.official
                     and e2.country in (None, speakers[0].country)
                     and (_STATEMENT_FROM_BEFORE_RE.search(masked, max(0, m2.start - 70), m2.start)
                          or _THROUGH_PERSON_BEFORE_RE.search(masked, max(0, m2.start - 120), m2.start))),
                    None,
                )
                if author is not None:
                    speakers = [author]
        if info.quotes and "message" in masked and (not speakers or (source is not None and source[1].kind == "person")):
            # "X conveyed the message of the Secretary-General, Y, who \"supports ...\"": the quoted words
            # after Y are Y's, not the messenger's
            relayed = next(
                ((m2, e2) for m2, e2, _ in resolved
                 if e2 is not None and e2.kind == "person" and e2.official and _MESSAGE_OF_BEFORE_RE.search(masked, max(0, m2.start - 140), m2.start)
                 and any(q.start - info.sentence.start > m2.end for q in info.quotes)),
                None,
            )
            if relayed is not None:
                speakers, source = [relayed[1]], relayed
                info.has_verb = True
        via = None
        if source is not None and len(speakers) == 1:
            sm, se = source
            if frame_kind in ("post", "according"):
                content = [(m, e) for m, e in subjects if m.start < sm.start and e is not se]
                if not content and frame_kind == "post" and "#" not in masked[: sm.start]:
                    # "In Central America, Guatemala's foreign ministry said ... that President X had called"
                    content = [
                        (m, e) for m, e in subjects
                        if m.start > sm.end and e is not se and _THAT_BEFORE_RE.search(masked, sm.end, m.start)
                    ]
                if not content and frame_kind == "according":
                    # "According to her spokesman X, she wished him well": the pronoun after the frame names the principal
                    content = [(m, e) for m, e in subjects if m.start > sm.end and e is not se and m.kind == "pronoun"][:1]
            else:
                content = [(m, e) for m, e in subjects if m.start > sm.end and e is not se]
            # "He stressed, according to the ministry, ...": a pronoun names the person too;
            # "The envoy said ..., according to the office": a role naming a person met earlier too
            content = [
                (m, e) for m, e in content
                if (m.kind in ("person", "pronoun") or (m.kind == "title" and not m.possessive)) and e.kind == "person" and e.official
            ]
            if content and (
                _DENIED_ACT_RE.match(masked, content[0][0].end)
                or (se.kind == "person" and _PLANNED_ACT_RE.match(masked, content[0][0].end))
            ):
                # "Peskov said Putin had no plans to congratulate X", "Putin would judge him by his deeds, he
                # said": what the leader has not done or may do is the spokesman's own word, no act of the leader
                # (an institution's notice of a plan, "the ministry said Rubio will travel", stays the official's)
                content = []
            if content:
                cm, ce = content[0]
                # "X called and said ..., the statement said": the statement reports X's words
                speaks_for = se.kind in ("institution",) or (se.kind == "person" and se.rank == "spokesperson") or sm.kind == "statement"
                # "President X telephoned Y on Monday, Dushanbe said": a government named by its capital or its
                # country relays what its own leader did (the leader's own verb right after his name)
                # "The French president's spokesman said Macron was shocked": the principal's unnamed voice
                voice = sm.kind == "title" and sm.rank == "spokesperson" and se.kind in ("country", "organization")
                speaks_for = speaks_for or voice
                # (only its own principal: "the UN chief's spokesman said Ruto had called" is the UN's report)
                voice = voice and (ce.country == se.country if se.kind == "country" else ce.organization == se.organization)
                speaks_for = speaks_for or (
                    se.kind == "country" and sm.kind == "country" and frame_kind == "post" and ce.rank in ("head", "minister")
                    and cm.end <= sm.start and ce.country == se.country and _own_act(masked, cm, sm.start, verbs)
                )
                # the spokesperson's or office's own country only counts when the text says it
                compatible = sm.country is None or ce.country is None or sm.country == ce.country
                if compatible and se.kind == "person" and se.rank == "spokesperson" and se.principal is None:
                    # a known government's spokeswoman "said that the envoy had no mandate": she relays only her
                    # own government's known leaders, not the one her words are about (placed in her country by
                    # her sentence alone)
                    table = _leader_country(se.name, self.article.published_date)
                    compatible = table is None or _leader_country(ce.name, self.article.published_date) == table
                if not compatible and se.kind == "institution" and ce.rank == "head" and cm.end <= sm.start:
                    # "The Chilean president telephoned Lula on Monday, the Planalto said": another government's
                    # office reports what a foreign leader did himself (his own verb right after his name)
                    compatible = _own_act(masked, cm, sm.start, verbs)
                already = ce.key in self.drafts
                # a ministry's readout of its minister's call is the minister's statement
                minister = se.kind in ("institution", "country") and ce.rank == "minister" and se.country == ce.country
                # "Guterres welcomed ..., his spokesman Stephane Dujarric said": the spokesperson is the person's own
                own = sm.determiner in ("his", "her") and se.kind == "person"
                # "the ambassador, Lisa Gray, called on the president ..., the embassy said"
                envoy = se.kind == "institution" and se.inst_kind == "embassy" and ce.rank == "diplomat"
                if (
                    speaks_for and sm.kind == "title" and se.kind == "person" and se.country and se.country != ce.country
                    and se.key in self.drafts
                ):
                    # "The Secretary-General ..., the spokesman added" after another government's spokesman spoke:
                    # "the spokesman" is the principal's own, not the one met before
                    speakers = [ce]
                elif speaks_for and compatible and (ce.rank == "head" or already or minister or own or envoy or voice or sm.kind == "statement"):
                    via = se.name if sm.kind != "statement" else None
                    if se.kind == "person" and sm.kind != "statement":
                        se.principal = ce
                        se.country = ce.country
                    speakers = [ce]
            if se.kind == "person" and se.principal is not None and speakers == [se]:
                via = se.name
                speakers = [se.principal]
        if speakers and source is not None and (
            # "Asked about the vote, the ministry said it would comment in due course": an opening phrase (no
            # quoted words) before the subject is no frame around the speaker's words
            frame_kind is None or (frame_kind == "post" and "#" not in masked[: source[0].start] and _ASKED_OPENING_RE.match(masked))
        ) and _stayed_silent(masked, source[0], verbs, info.sentence.text):
            # "President X, who had called him a communist, did not comment on the result when he spoke ...":
            # the subject's own verb says he gave no reaction; a later verb is only the occasion
            speakers, via, source = [], None, None
        if speakers and source is not None and ", as " in masked:
            # "X sent a cable of congratulation, as did the Emir of Qatar, Y": Y did the same
            for m2, e2, _ in resolved:
                if (
                    m2.start > source[0].end and e2 is not None and e2 not in speakers and not m2.possessive
                    and e2.kind in ("person", "country", "institution", "organization")
                    # (not "..., as did the leaders of Nepal and Bhutan": unnamed holders of an office, told in passing)
                    and not (m2.kind == "country" and " of " in m2.text)
                    and _AS_DID_BEFORE_RE.search(masked, max(0, _bare_start(m2) - 30), _bare_start(m2))
                ):
                    speakers.append(e2)
                    last = m2
                    for m3, e3, _ in resolved:
                        if m3.start > last.end and e3 is not None and e3 not in speakers and _AND_RE.match(masked[last.end : _bare_start(m3)]):
                            speakers.append(e3)  # "..., as did X and Y"
                            last = m3
                    break
        if speakers and source is not None and frame_kind is None and _recalled_act(masked, source[0]):
            speakers, via, source = [], None, None  # "Ties had soured when Rubio denounced ...": an earlier act
        if speakers and any(e in speakers and _EXPECTED_ACT_RE.match(masked, m.end) for m, e in subjects):
            speakers, via, source = [], None, None  # "X is expected to meet Y, officials said": a plan, no reaction
        if speakers and self._background(masked, verbs):
            speakers, via, source = [], None, None  # "Erdogan called Sharif in 2022": an earlier act, no reaction
        if speakers and not info.quotes and "mourning" in masked:
            mourning = _MOURNING_ONLY_RE.search(masked)
            if mourning is not None and all(mourning.start() <= v.start < mourning.end() for v in verbs):
                speakers, via, source = [], None, None  # "Egypt and Jordan declared three days of mourning": an act, no words
        if speakers and not info.quotes and ("nationals" in masked or "citizens" in masked):
            casualties = _CASUALTIES_ONLY_RE.search(masked)
            if casualties is not None and all(casualties.start() <= v.start < casualties.end() for v in verbs):
                speakers, via, source = [], None, None  # "The embassy said two of its citizens were hurt": news, no reaction
        touched = [
            e for m, e in (sorted([*receivers, *subjects], key=lambda pair: pair[0].start) if receivers else subjects)
            if e.kind in ("person", "institution", "country", "organization")
        ]
        # "Dissanayake's rise marks ... He campaigned ...": a possessive at the head of the
        # sentence is its topic, so "he" in the next sentence refers to it
        topics = [
            e for m, e, ok in resolved
            if e is not None and m.possessive and m.kind == "person" and _eligible(masked, m._replace(possessive=False), None, False)
        ]
        touched = topics + touched
        return speakers, via, source[0] if source else None, touched

    def run(self) -> list[Statement]:
        text = self.text
        quotes = find_quotes(text)
        masked_text = _mask_go_betweens(_lower_cell_verbs(_mask_datelines(mask_quotes(text, quotes))))
        # joined clauses with their own subject and verb (", and Y said", "; Y said"), then ", while X said"
        # clauses whose subject carries an appositive
        sentences = [piece for s in split_sentences(text, quotes) for piece in _speaker_clauses(s, masked_text[s.start : s.end])]
        sentences = _split_clauses(sentences, masked_text)
        all_days = day_words(masked_text, anchor=self.anchor)
        q_index = d_index = 0
        stamp: dt.date | None = None
        for s in sentences:
            s_quotes = []
            while q_index < len(quotes) and quotes[q_index].start < s.end:
                if quotes[q_index].start >= s.start:
                    s_quotes.append(quotes[q_index])
                q_index += 1
            days: list[DayWord] = []
            while d_index < len(all_days) and all_days[d_index].start < s.end:
                if all_days[d_index].start >= s.start and not s.header and not _coming_day(masked_text, all_days[d_index], s.start):
                    days.append(all_days[d_index])
                d_index += 1
            if stamp is not None and days:
                # "said this morning" in an entry under a day heading: that day, not the article's
                days = [_from_stamp(d, stamp) for d in days]
            info = _SentenceInfo(s, masked_text[s.start : s.end], s_quotes, days, set(), stamp=stamp)
            if s.header and len(s.text) <= MAX_ENTRY_STAMP:
                # "SUNDAY, OCT. 19": a day heading set in capitals
                heading = _day_heading(s.text.title(), self.anchor)
                stamp = heading or stamp
            elif days and len(s.text) <= MAX_ENTRY_STAMP and _ENTRY_STAMP_RE.match(s.text):
                stamp = days[0].date
            elif len(s.text) <= MAX_ENTRY_STAMP and (s.text[-1:].isdigit() or s.text[-1:] == "]"):
                stamp = _numeric_stamp(s.text, self.anchor) or stamp
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
        label_paragraph, label, label_spoke, question, in_record = -1, None, False, False, False
        # paragraphs whose last sentence asks something: a labelled one is a journalist's question
        last_sentences = {info.sentence.paragraph: info.sentence.text for info in self.infos}
        asking = {paragraph for paragraph, last in last_sentences.items() if last.rstrip().rstrip("\"'\u201d\u2019)").endswith("?")}
        other_news = False  # under a newsletter's "ELSEWHERE" heading: other stories, no reactions
        for index, info in enumerate(self.infos):
            s = info.sentence
            if s.header:
                self._read_header(s.text)
                self.header_paragraph = s.paragraph
                other_news = _OTHER_NEWS_RE.match(s.text) is not None
                continue
            if other_news:
                continue
            speakers, via, source, touched = self.attribute(index)
            if s.paragraph != label_paragraph:
                label_paragraph, label, label_spoke, in_record = s.paragraph, None, False, False
                found = _SPEAKER_LABEL_RE.match(info.masked)
                question = found is not None and found.group("name").lower() in _QUESTION_LABELS
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
                    # "Harbour TV: Fiji's prime minister said on Monday ... What is your comment?": a turn labelled
                    # by no speaker of the briefing (an outlet, a reporter) that ends in a question is the
                    # journalist's, whatever governments it quotes
                    question = label is None and self.chamber is None and s.paragraph in asking
            if question:
                # "Q: Last month Washington said the vote was flawed. How does ...?": the journalist's question,
                # whatever it quotes, is nobody's reaction
                speakers, via, source, touched = [], None, None, []
            elif label is not None:
                # "Wang Wenbin: China extends congratulations ... We stand ready ...": the labelled speaker's
                # answer, his government's voice included; the sentences after one he spoke are his too
                if (speakers and all(e is label or (e.kind == "country" and e.country == label.country) for e in speakers)) or (
                    not speakers and label_spoke
                ) or (
                    # "Ana Ruiz: We noted that the ministry of X commented ...": what the labelled speaker says others
                    # did is her answer, not their reaction
                    speakers and _FIRST_PERSON_RE.match(info.masked, _label_end(info.masked)) is not None
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
                    info.has_verb = info.has_verb or in_record
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
                elif speakers and all(e.kind == "country" and e.country == author.country for e in speakers):
                    speakers, via, source = [author], None, None  # "Canada stands ready ...": the author's government
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
            if not speakers and chapeau is not None and s.paragraph <= chapeau[1] + 1 and _OPERATIVE_RE.match(info.masked):
                # "The Council, meeting on 3 May: / Condemns the attack ...": the body's operative paragraphs;
                # the heading clause (its meeting's day) opens the row
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
        return place[2] if verb is not None and verb.group(1) in DECISION_VERBS else None

    def _with_back_references(self, masked: str, mentions: list[Mention]) -> list[Mention]:
        """``mentions`` with "the bloc", "the regional grouping" ... read as the international body (or the EU)
        named last before the sentence, when one was."""
        added = []
        for found in _BACK_REFERENCE_RE.finditer(masked):
            start, end = found.start("phrase"), found.end("phrase")
            # the mention starting last before the phrase's end (mentions are in text order and do not overlap)
            at = bisect_left(mentions, end, key=_verb_start) - 1
            if at >= 0 and mentions[at].end > start:
                continue
            adjectives = set(found.group("adjectives").split())
            if found.group("noun") in QUALIFIED_BACK_REFERENCES and not adjectives:
                continue  # "the body", "the group" alone
            world = bool(adjectives & WORLD_BODY_ADJECTIVES)
            body = self.registry.last(
                lambda e, world=world: (e.kind == "country" and e.country == "EUU" and not world) or (
                    e.kind == "organization" and e.organization in ORGANIZATIONS and ORGANIZATIONS[e.organization].kind == "international"
                    and (_staff_body(e.organization) == "United Nations") == world
                )
            )
            if body is None:
                continue
            det = found.group("det").lower()
            if body.kind == "country":
                added.append(Mention(start, end, found.group("phrase"), "country", country="EUU", determiner=det))
            else:
                added.append(Mention(start, end, found.group("phrase"), "organization", organization=body.organization, determiner=det))
        return sorted([*mentions, *added], key=lambda m: m.start) if added else mentions

    def _shared_place_country(self, surface: str) -> str | None:
        """The country a name two countries share ("Congo") is in this article: the one more of its words point
        to (its capital, its leaders, "Democratic"), found once per article; None on a tie."""
        if surface not in self._place_choice:
            _, cues, cue_country = _PLACE_CUES[surface]
            ranked = Counter(cue_country[m.group()] for m in cues.finditer(self.text)).most_common(2)
            self._place_choice[surface] = ranked[0][0] if ranked and (len(ranked) == 1 or ranked[0][1] > ranked[1][1]) else None
        return self._place_choice[surface]

    def _with_shared_place(self, masked: str, mentions: list[Mention], surface: str) -> list[Mention]:
        """``mentions`` with a shared place name read as the article's country: "Congo welcomed" a country
        mention, "Congo's foreign ministry" placed; neither when the article does not decide it. (The mention
        finder is cached by sentence, so the article's choice is made here, after it.)"""
        alone = _PLACE_CUES[surface][0]
        added: list[Mention] = []
        out = list(mentions)
        for found in alone.finditer(masked):
            start, end = found.span()
            if masked.startswith(("-", " River", " Basin", " basin", " river"), end):
                continue
            iso3 = self._shared_place_country(surface)
            if iso3 is None:
                return mentions
            at = bisect_left(out, end, key=_verb_start) - 1
            if at >= 0 and out[at].end > start:
                m = out[at]
                if m.country is None and m.organization is None and m.kind in ("person", "title", "institution"):
                    out[at] = m._replace(country=iso3)  # "Congo's foreign ministry", "Congo's foreign minister X"
                continue
            possessive = masked.startswith(("'s", "\u2019s"), end)
            if possessive:
                end += 2
            det = "the" if masked.endswith(("the ", "The "), 0, start) else None
            added.append(Mention(start, end, masked[start:end], "country", country=iso3, possessive=possessive, determiner=det))
        return sorted([*out, *added], key=lambda m: m.start) if added or out != mentions else mentions

    def _with_name_heads(self, masked: str, mentions: list[Mention]) -> list[Mention]:
        """``mentions`` with "the Union", "the Commission" ... read as the body met last whose name ends in that
        word, when it is the EU's or an international one: "the Commission" after "the European Commission" is
        it, after "the National Electoral Commission" it is no speaker of ours."""
        added = []
        for found in _NAME_HEAD_RE.finditer(masked):
            start, end = found.start("noun"), found.end("noun")
            at = bisect_left(mentions, end, key=_verb_start) - 1
            if at >= 0 and mentions[at].end > found.start():
                continue
            noun = found.group("noun")
            body = self.registry.last(lambda e, noun=noun: e.kind != "person" and (
                (e.organization or e.institution or e.name).split(" of ")[0].split()[-1] == noun))
            if body is None or not (body.country == "EUU" or (
                body.kind == "organization" and body.organization in ORGANIZATIONS
                and ORGANIZATIONS[body.organization].kind == "international"
            )):
                continue
            det = found.group("det").lower()
            if body.kind == "country":
                added.append(Mention(start, end, noun, "country", country="EUU", determiner=det))
            elif body.kind == "organization":
                added.append(Mention(start, end, noun, "organization", organization=body.organization, determiner=det))
            else:
                added.append(Mention(start, end, noun, "institution", country=body.country, institution=body.institution,
                                     inst_kind=body.inst_kind, determiner=det))
        return sorted([*mentions, *added], key=lambda m: m.start) if added else mentions

    def _page_author(self) -> Entity | None:
        """The official whose own statement the page is: named by its title or first heading ("Statement by
        President X on ..."), or signed at its foot (a name line, then the office); None for a news report."""
        heads = [self.article.title]
        first = self.infos[0].sentence if self.infos else None
        if first is not None and len(first.text) <= 160:
            heads.append(first.text.strip())
        for head in heads:
            # "STATEMENT BY THE SPOKESPERSON ON ...": a title in capitals reads as the same title in normal case
            found = _PAGE_AUTHOR_RE.fullmatch(_title_case(head.strip()) if head.isupper() else head.strip())
            if found is not None:
                author = self._official_in(found.group("who")) or self._unnamed_author(found.group("who"), head is heads[0])
                if author is not None:
                    return author
        lines = [line.strip() for line in self.text[-300:].splitlines() if line.strip()]
        if len(lines) >= 2 and _SIGNATURE_NAME_RE.fullmatch(lines[-2]) and len(lines[-1]) <= 70 and _SIGNATURE_OFFICE_RE.fullmatch(lines[-1]):
            # "Ana Ruiz" / "Foreign Minister of Chile": the office before the name reads as one titled name
            return self._official_in(f"{lines[-1]} {lines[-2]}", titled=True)
        return None

    def _unnamed_author(self, who: str, in_title: bool) -> Entity | None:
        """The office a statement page names without a name ("Statement by the Spokesperson on ...", "Statement by
        the Prime Minister"), placed by what the page says of itself: the rest of its title ("... | Ministry of
        Foreign Affairs of Chile"), its last lines or its outlet. The head of government is the leader on the day;
        a spokesperson speaks for the ministry the page names, else for the government."""
        cased = who if not who.isupper() else _title_case(who)
        office = next((m for m in find_mentions(cased) if m.kind in ("title", "institution")), None)
        if office is None or office.organization is not None:
            return None
        parts = _PAGE_PART_SPLIT_RE.split(self.article.title)
        lines = [line.strip() for line in self.text[-300:].splitlines() if 0 < len(line.strip()) <= 100][-3:]
        place, body = office.country, office if office.kind == "institution" else None
        for part in [*(parts[1:] if in_title else parts), *reversed(lines), self.article.outlet or ""]:
            if place is not None:
                break
            part = part if not part.isupper() else _title_case(part)
            for m in find_mentions(part):
                if m.country is not None and m.organization is None and m.kind != "person":
                    place, body = m.country, body or (m if m.kind == "institution" else None)
                    break
            place = place or country_outside_names(part)
        if place is None:
            return None
        if office.kind == "title":
            leader = self.registry.role(office._replace(country=place))
            if leader is not None:
                return leader
        if body is not None:
            return self.registry.institution(body._replace(country=place), country=place)
        return self.registry.country(place)

    def _official_in(self, text: str, *, titled: bool = False) -> Entity | None:
        """The named official (with a country or body) a title line names, if any."""
        cased = text if not text.isupper() else _title_case(text)
        for m in find_mentions(cased, known_names=self.registry.known_names):
            if m.kind != "person" or (titled and not m.role):
                continue
            e = self.registry.person(m, context_country=m.country or country_in(cased), context_org=None)
            if e is not None and e.kind == "person" and e.official and (e.country or e.organization):
                return e
        return None

    def _subject_pair(self, index: int, touched: list[Entity]) -> list[Entity]:
        """The two people sentence ``index`` names before its verb ("X and Y met in Geneva on Monday"),
        whom "The two leaders" after it means; none when one of them comes after it ("X conveyed the message
        of Y" is no pair)."""
        persons = [e for e in touched if e.kind == "person"]
        if len(persons) != 2:
            return []
        masked = self.infos[index].masked
        acts = [v.start for v in find_verbs(masked)]
        act = _PAIR_ACT_RE.search(masked)
        if act is not None:
            acts.append(act.start())
        if not acts:
            return []
        before = masked[: min(acts)]
        return persons if all(any(w in before for w in e.name_words) for e in persons) else []

    def _add_item(self, entity: Entity, index: int, source: Mention | None, via: str | None) -> None:
        """Record sentence ``index`` as words of ``entity`` (one draft row per speaker)."""
        info = self.infos[index]
        draft = self.drafts.get(entity.key)
        if draft is None:
            draft = self.drafts[entity.key] = _Draft(entity, len(self.drafts))
        items = draft.items
        items.append((index, info.sentence, info.quotes, source))
        # the items stay in sentence order (a stable sort after each change); sentences mostly come in
        # order, so sorting only when this one does not is the same list without a sort per sentence
        # (quadratic for a speaker of thousands of clauses)
        if len(items) > 1 and items[-2][0] > index:
            items.sort(key=lambda item: item[0])
        if via and via not in draft.via:
            draft.via.append(via)

    def _label_person(self, label: str) -> Entity | None:
        """The official a transcript label set in capitals names ("MR MILLER", "MAO NING"), if any."""
        for m in find_mentions(_title_case(label), known_names=self.registry.known_names):
            if m.kind == "person":
                e = self.registry.person(m, context_country=None, context_org=None)
                return e if e is not None and e.official else None
        return None

    def _read_header(self, header: str) -> None:
        cased = _title_case(header)
        self.header_country = country_in(cased)
        self.header_org = None
        for m in find_mentions(cased, known_names=self.registry.known_names):
            if m.kind == "person":
                e = self.registry.person(m, context_country=self.header_country, context_org=None)
                if e is not None:
                    self.header_country = e.country or self.header_country
                    self.header_org = e.organization
            elif m.kind == "organization" and m.organization:
                self.header_org = m.organization

    # -- rows ---------------------------------------------------------------------------
    def _merged_drafts(self) -> list[_Draft]:
        alive = merged_drafts(self.drafts.values())
        # "Sales rose 3%, according to the ministry": a citation with no words or act is no reaction
        return [d for d in alive if any(self.infos[i].has_verb or q for i, _, q, _ in d.items)]

    def _date(self, draft: _Draft) -> tuple[str, str]:
        first_stamp = self.infos[draft.items[0][0]].stamp
        governed: dt.date | None = None
        for index, s, _, source in draft.items:
            info = self.infos[index]
            if source is not None and info.days and " had on " in info.masked and _relayed_act(info.masked, source):
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
            if days and ("wh" in masked or ("ed " in masked or "sworn" in masked) and _PARTICIPLE_CLAUSE_RE.search(masked)):
                # "Orban, who landed in Tbilisi on Monday, wrote on Saturday": the writer's clause about
                # the speaker does not date the words when the sentence dates them elsewhere; nor when it
                # tells something else the speaker did ("X, who chaired a retreat on Monday, said"), unless
                # it tells the words themselves ("X, who spoke to reporters on Monday, said"); the same for
                # a participle clause ("X, approved by the senate on Tuesday, said on Wednesday")
                found = list(_RELATIVE_CLAUSE_RE.finditer(masked)) + list(_PARTICIPLE_CLAUSE_RE.finditer(masked))
                clauses = [(c.start() + s.start, c.end() + s.start) for c in found]
                outside = [d for d in days if not any(a <= d.start < b for a, b in clauses)]
                if outside or len(days) > 1:
                    days = outside or days
                elif all(_SAYING_WORDS.isdisjoint(_WORDS_RE.findall(c.group().lower())) for c in found):
                    days = []
            if not days and governed is None and ("after" in masked or "within" in masked or "following" in masked):
                event_day = self._day_of_event(index)
                if event_day is not None:
                    return event_day.isoformat(), "paragraph"
            if days:
                # "The United States and Japan on Wednesday congratulated ...": the government's
                # sentence governs the named official's undated words; the official's own day word
                # in a later sentence ("Its foreign minister said on Tuesday ...") wins
                if source is not None and source.kind == "country" and draft.entity.kind != "country":
                    governed = governed or days[0].date
                    continue
                return days[0].date.isoformat(), "statement"
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
        governs = e.rank in _GOVERNMENT_RANKS if e.kind == "person" else e.kind != "institution" or e.inst_kind != "legislature"
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
        stem = _EVENT_STEMS[m.group("event").lower()]
        for j in range(index - 1, max(-1, index - 1 - MAX_EVENT_LOOKBACK), -1):
            info = self.infos[j]
            if not info.days:
                continue
            at = info.masked.lower().find(stem)
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
                own = _without_narrative(s.text, self.infos[index].masked)
                if source is not None:
                    rest = own[source.end :]
                    # "Jake Sullivan, the US national security adviser, said": the title is not his words
                    # (its closing comma is kept: a relative clause after it, ", who chairs the Group of Five,",
                    # is the writer's too; see _RELATIVE_CLAUSE_RE below)
                    rest = _APPOSITIVE_TITLE_RE.sub(",", rest, count=1)
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
                theme_parts.append(_RELATIVE_CLAUSE_RE.sub(",", own))
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


def _without_others_clause(own: str, entity: Entity, people: list[Entity]) -> str:
    """The words of a sentence given to several people, without a clause another of them opens
    ("X and Y congratulated her, Y promising to finish the railway": the railway is Y's only)."""
    cut = len(own)
    for other in people:
        if other is entity or other.name_words & entity.name_words:
            continue
        for word in other.name_words:
            if len(word) > 2:
                m = re.search(r",\s+" + re.escape(word) + r"(?:['\u2019]s)?\s+(?:also\s+)?[a-z]+ing\b", own)
                if m is not None and m.start() < cut:
                    cut = m.start()
    return own[:cut]


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


