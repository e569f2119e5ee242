"""Giving each sentence to its speakers: which resolved mentions say, act or stand as subjects, and which flashbacks and background sentences are no reaction."""

from __future__ import annotations

import re
from bisect import bisect_left
from itertools import pairwise

from tracker.extract.acts import (
    own_act,
    recalled_act,
    relayed_act,
    sent_envoy,
    stayed_silent,
)
from tracker.extract.clauses import RELATIVE_CLAUSE_RE
from tracker.extract.coreference import Entity
from tracker.extract.countries import country_in
from tracker.extract.host import leader_country
from tracker.extract.lexicon import NAME_HEADS, NARRATIVE
from tracker.extract.mention_lookups import drop_last_word, last_word
from tracker.extract.mention_merges import PREPOSITIONS
from tracker.extract.mention_words import Mention
from tracker.extract.speakers import find_mentions
from tracker.extract.statement_cues import LABEL_PLACE_RE, PLACE_CUES
from tracker.extract.subjects import (
    COMMA_GAP_RE,
    bare_start,
    eligible,
    list_start,
    same_phrase,
    slash_joined,
    titled_and,
    verb_owners,
)
from tracker.extract.verbs import find_verbs, speech_verb_after

# A frame opens after a comma, colon, closing quote or dash (and spaces): "..., President X said"
_FRAME_ENDINGS = (",", ":", ";", "#", "'", '"', "\u201d", "\u2019", ")", "\u2014", "--")
# a timeline's or live blog's stamp opening the line, up to its dash or colon: "18:00 -", "June 3, 09:15 GMT --"
_STAMP_ONLY_RE = re.compile(
    r"\W*(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2},?\s+|\d{1,2}\s+[A-Z][a-z]{2,8},?\s+)?"
    r"(?:\d{1,2}[:.]\d{2}(?:\s*(?:[AaPp]\.?[Mm]\.?|GMT|UTC|BST|CET|CEST|EST|EDT|ET|local time))?)?\s*(?:\u2014|\u2013|--|-|:)\s*"
)
_INVERTED_RE = re.compile(
    r"[,#'\"\u201d\u2019\u00bb:]\s*(?:said|says|added|wrote|continued|told|stated|noted|posted|tweeted|declared|affirmed|stressed|insisted|"
    r"explained|indicated|underlined|asserted|commented|replied|responded|warned|estimated|judged|gushed|fumed|scoffed|quipped|thundered|"
    r"confirmed|announced|reiterated|assured|repeated)"
    # "..., confirmed on Friday at his daily briefing President X": a time or place between the verb and its subject
    r"(?:\s+(?:this|on|late|early|in|at|from|during|last|yesterday|today)\b(?:(?!\bthat\b)[^,#;:\"\u201c\u201d]){0,60}?)?"
    r"\s+(?:the\s+|a\s+|an\s+)?$"
)
# an opening that names whose words follow, without a verb: "In X's words, ...", "For X, the vote was '...'"
_IN_WORDS_OPENING_RE = re.compile(r"\W*In\s+")
_OWN_WORDS_AFTER_RE = re.compile(r"(?:['\u2019]s)?\s+(?:own\s+)?words\s*,")
_FOR_OPENING_RE = re.compile(r"\W*For\s+")
_FOR_CLAUSE_AFTER_RE = re.compile("(?:,\\s+[^,#\"\u201c\u201d]{1,80})?,\\s+[^,#;]{1,80}?[\"\u201c]#")
_ACCORDING_RE = re.compile(
    r"\b(?P<cue>[Aa]ccording to|[Cc]iting|[Qq]uoting|[Ii]n the words of)\s+(?:(?:the|a|an)\s+)?"
    r"(?:(?:statement|readout|read-out|post|release|press release|transcript|message)\s+(?:from|by|issued by|of)\s+(?:the\s+)?)?$"
)
# the rest of an opening "according to" frame up to the subject after it: "'s website, ", "'s Telegram channel, "
_ACCORDING_GAP_RE = re.compile(
    r"(?:(?:['\u2019]s)?\s+(?:[\w-]+\s+){0,2}?(?:website|site|channel|account|page|statement|readout|read-out|press service|release))?"
    r",\s+(?:the\s+)?"
)

# "after soldiers of the guard seized the palace and declared ...", "when protesters stormed the building and
# demanded ...": a time clause whose subject is plain lower-case words, up to the next comma or semicolon
_EVENT_CLAUSE_RE = re.compile(
    r"\b(?:after|before|since|when|once|until)\s+(?:(?:the|some|several|many|hundreds|thousands|dozens)\s+(?:of\s+)?)?"
    r"(?!(?:he|she|it|they|we|i|you|his|her|its|their|the|a|an)\b)[a-z][a-z-]+(?:\s+[a-z][a-z-]+)?(?:\s+(?:of|from|in|loyal\s+to)\s+(?:the\s+)?[a-z][a-z-]+(?:\s+[a-z][a-z-]+)?)?"
    r"\s+(?:had\s+)?[a-z]+ed\b[^,;]*"
)
_EVENT_CLAUSE_HINT_RE = re.compile(r"\b(?:after|before|since|when|once|until)\s+[a-z]")

# what a spokesperson reports the principal did NOT do ("Putin had no plans to congratulate", "would not call")
_EXPECTED_ACT_RE = re.compile(r"\s+(?:is|are|was|were)\s+(?:(?:also|still)\s+)?(?:expected|due|scheduled|set|slated)\s+to\b")
_DENIED_ACT_RE = re.compile(
    r"\s+(?:(?:had|has|have|would|will|did|does|do|was|is|could)\s+)?(?:no\s+(?:plans?|intention|immediate plans)\b|not\b|never\b|"
    r"(?:had|has|have|would|will|did|does|do|was|is|could)n['\u2019]t\b|declined\b|refused\b)"
)
# what the subject only means to do ("would call", "is expected to", "plans to")
_PLANNED_ACT_RE = re.compile(r"\s+(?:(?:would|will|might|may|could)\s+(?!have\b)|(?:is|was)\s+(?:going|due|expected|set)\s+to\b|intends\s+to\b|plans\s+to\b)")

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
    r"(?:(?:also|on\s+[A-Z][a-z]+day|this\s+week|late\s+on\s+[A-Z][a-z]+day)\s+)?from\s+"
    # "received a cable from the Custodian of the Two Holy Mosques, King X": the giver named after his style
    r"(?:the\s+[A-Z][^.;#,]{1,60}?,\s+)?$"
)
# "Ruto received a telephone call from X, who congratulated him": the one who received the call, cable or
# message (matched at his name's end) is not its giver, whatever verb the giver's clause holds
_RECEIVED_AFTER_RE = re.compile(
    r",?\s+(?:(?:also|had|has|later|then|earlier|on\s+[A-Z][a-z]+day),?\s+)*(?:received|receives|got|took|accepted)\s+" + _CALL_TIME +
    r"(?:(?:a|an|the|two|several|separate)\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:calls?|phone\s+calls?|telephone\s+calls?|cables?|messages?|telegrams?|letters?|notes?|congratulations|greetings)"
    r"\s+(?:(?:on\s+[A-Z][a-z]+day|this\s+week|late\s+on\s+[A-Z][a-z]+day)\s+)?from\b"
)
# the passive of a felicitation, its giver after "by" ("Ruto was also congratulated by X, who ...", "has been
# telephoned by the leaders of A, B and C"); matched at the end of the one congratulated, who gives nothing
_PASSIVE_ACTS = r"(?:congratulated|felicitated|telephoned|phoned|called|praised|lauded|commended)"
_PASSIVE_AFTER_RE = re.compile(
    r",?\s+(?:(?:was|were|has\s+been|have\s+been|had\s+been)\s+)(?:(?:also|later|then|quickly|swiftly|warmly)\s+)?" + _PASSIVE_ACTS +
    r"\s+" + _CALL_TIME + r"by\s+(?!(?:phone|telephone|telegram|cable|letter|message|video|e-mail|email)\b)"
)
# the same before the giver, matched at his name's start
_PASSIVE_BY_RE = re.compile(
    r"\b(?:was|were|been)\s+(?:(?:also|later|then|quickly|swiftly|warmly)\s+)?" + _PASSIVE_ACTS + r"\s+" + _CALL_TIME + r"by\s+"
    # "by the leaders of A, B and C": the givers named by their places
    r"(?:(?:the\s+)?(?:presidents|leaders|prime ministers|heads of (?:state|government)|foreign ministers|kings|emirs|monarchs)\s+of\s+)?$"
)
_FIRST_TO_RE = re.compile(
    r"(?:\b(?:[Aa]mong|[Oo]ne of)\s+the\s+(?:first|earliest)\b(?:\s+\w+){0,2}\s+to\s+(?:react|respond|congratulate|call|phone|telephone|send|offer|"
    r"welcome|hail|comment|speak out|weigh in|criticise|criticize|condemn)\b[^.;#,]{0,40}?"
    # "Also reacting was X", "Also weighing in were X and Y"
    r"|\b(?:[Aa]lso|[Aa]mong (?:those|others))\s+(?:reacting|responding|weighing in|congratulating|welcoming|commenting|calling|speaking out)\b[^.;#,]{0,20}?"
    # "Also among those to congratulate X were Y and Z", "Among the leaders who called him was Y"
    r"|\b[Aa]mong\s+(?:those|others|the\s+(?:leaders|heads of state|governments|officials))\s+(?:to|who)\s+(?:react|respond|congratulate|call|phone|"
    r"telephone|send|offer|welcome|hail|comment|condemn|reacted|responded|congratulated|called|phoned|telephoned|sent|offered|welcomed|hailed|"
    r"commented|condemned)\b[^.;#,]{0,40}?)"
    r"\b(?:was|were)\s+$"
)
# the same with the giver first: "Chile's president, X, was among the first to call" (matched at the mention's end)
# a spoken roundup's fragment naming the giver of a statement, his words in a clause after him: "A short statement from
# Foreign Minister X, who said ...", "Then a message from X, who wrote ..." (matched from the sentence's start to his name)
_FRAGMENT_FROM_RE = re.compile(
    # (in a transcript, after the turn's speaker label: "REPORTER (Ana Lind): A statement from ...")
    r"\W*(?:[A-Z][\w.'\u2019-]*(?:\s[A-Z][\w.'\u2019-]*){0,3}(?:\s\([^()]{1,40}\))?:\s+)?"
    r"(?:(?:And|Then|Also|There\s+was(?:\s+also)?|Next|Finally),?\s+)?(?:(?i:a|an|the|one\s+more)\s+)?(?:(?i:short|brief|terse|"
    r"written|separate|further|warm|cautious|careful|guarded|more|similar|joint)\s+){0,2}"
    r"(?i:statement|message|reaction|response|note|post|tweet|word)s?\s+(?:too\s+|also\s+)?from\s+"
    r"(?:[A-Z][\w.'\u2019-]*\s+){0,6}$"
)
_WHO_SAID_AFTER_RE = re.compile(r",\s+who\s+(?:also\s+)?(?:said|says|wrote|writes|told|added|stressed|called|urged|welcomed|congratulated)\b")
_FIRST_TO_AFTER_RE = re.compile(
    r",?\s+(?:was|were)\s+(?:also\s+)?(?:among|one of)\s+the\s+(?:very\s+)?(?:first|earliest)\b(?:\s+\w+){0,2}\s+to\s+(?:react|respond|congratulate|call|phone|"
    r"telephone|ring|send|offer|welcome|hail|comment|speak out|weigh in|criticise|criticize|condemn)\b"
)

# 'Kenya's Ruto: "..."'; a world-reacts list adds how the words came before the colon: 'President X, in a
# statement on Saturday: "..."', 'X, on X, in French and Arabic: "..."', 'X, through his spokesman, on Sunday: the vote "..."'
_COLON_QUOTE_RE = re.compile(
    "(?:\\s*\\([^()]{1,40}\\))?"
    "(?:,\\s+(?:in|on|via|through|by|speaking|writing)\\s[^,:;#\"\u201c\u201d]{1,50}){0,3}"
    # 'President X on Telegram: "..."': the platform right after the name, without a comma
    "(?:\\s+(?:on|via)\\s+(?:X|Twitter|Facebook|Instagram|Telegram|Weibo|Threads|Bluesky|LinkedIn|social media))?"
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

# the colon after a titled official's name in a labelled table row, then the gist of the words
_ROW_COLON_RE = re.compile(r"\s*:\s+[\w\"'\u201c\u2018]")
# a "who said what" table's row after its speaker's name: his title cell, the gist in the writer's words, the day
# ("Ana Ruiz, Chile's foreign minister - Shocked by the news - Tuesday")
_DATED_ROW_RE = re.compile("(?:,\\s+[^,#\u2013\u2014-]{1,60}){0,2}\\s+[-\u2013\u2014]\\s+[^#]{1,160}?\\s+[-\u2013\u2014]\\s+[^#\u2013\u2014-]{1,40}$")
# the colon after a speaker's name opening a transcript turn, then the answer
_TURN_RE = re.compile("\\s*:\\s+[A-Z\"'\u201c\u2018]")
# (the entry may open with a phrase before its subject: "Chile \u2013 At a briefing on Monday, the foreign minister ...")
_LABEL_GAP_RE = re.compile(
    "\\s*(?::|\\s[-\u2013\u2014]+)\\s*(?:(?:At|In|On|During|After|Speaking|Asked|Addressing|Later|Earlier)\\s[^#,;:\u2013\u2014]{1,80},\\s+)?"
)

_THAT_BEFORE_RE = re.compile(r"\bthat\s+(?:(?:the|a|an)\s+)?$")
_COPULA_AFTER_RE = re.compile(r"\s+(?:was|is|were|are|marked|came|remains|remained)\b")
_CLAUSE_END_RE = re.compile(r"^\s*(?:[,.;:!?)]|$|\s(?:in|on|at|to|via|after|before|during|while|from|when)\b)")

_AND_RE = re.compile(r"^\s*(?:,\s*)?and\s+$")
# "messages came from X and from Y": the list goes on after "and from"
_AND_FROM_RE = re.compile(r"\s*(?:,\s*)?and\s+(?:also\s+)?from\s+")
# "The presidents of Colombia, X, and of Ecuador, Y, congratulated": two givers, each after the place of his office
_RESPECTIVE_OPEN_RE = re.compile(r",\s+and\s+(?:of|from)\s+(?:the\s+)?")
_RESPECTIVE_GAP_RE = re.compile(r",\s+and\s+(?:of|from)\s+(?:the\s+)?[A-Z][^,#;]{1,40},\s+")

# ", which borders ...", ", whose troops ...": the writer's clause about the place just named
_ASIDE_OPEN_RE = re.compile(r",\s+(?:which|whose)\s")

# "conveyed the message of the Secretary-General, Y,", "delivered a message from President Y": Y's own words follow
_MESSAGE_OF_BEFORE_RE = re.compile(
    r"\b(?:conveyed|conveys|delivered|delivers|relayed|relays|transmitted|transmits|brought|brings|handed over|passed on|read out|read)\s+"
    r"(?:a|the|an)\s+(?:[\w-]+\s+){0,2}?message\s+(?:of|from)\s+(?:the\s+)?(?:[^,;#\"\u201c\u201d]{1,90}?,\s+)?$"
)
# "X and Y spoke by phone on Monday. The two leaders urged ...": the pair's act, and the joint
# phrase opening the next sentence
# "In the letter, ", "In his message to the new president, ": a sentence opening on a message whose author's words follow
_IN_MESSAGE_OPENING_RE = re.compile(
    r"\W*In\s+(?:the|his|her|their|its|a|an|this|that)\s+(?:[\w-]+\s+){0,2}?(?:"
    + "|".join(re.escape(w) for w in sorted(NARRATIVE["message_documents"], key=len, reverse=True))
    + r")\b(?:\s+(?:to|of|from|on|sent|dated|addressed)\b[^,;#\"\u201c\u201d]{1,70})?,\s*"
)
# "A joint communique issued in Lusaka after talks between ", "The joint statement released after a meeting of ": a
# document of two sides' talks as the sentence's subject; the people named after it are its authors
_JOINT_DOCUMENT_RE = re.compile(
    r"\W*(?:A|The)\s+joint\s+(?:[a-z-]+\s+)?(?:communiqu\w+|statement|declaration|press\s+release)\s+"
    r"(?:(?:issued|released|published|adopted|signed)\s+)?(?:[a-z]+\s+[A-Z][\w'.-]*(?:\s+[A-Z][\w'.-]*){0,2},?\s+|[a-z]+\s+[a-z]+\s+)*?"
    r"(?:after|following|at\s+the\s+end\s+of|at\s+the\s+close\s+of)\s+(?:the\s+|their\s+)?(?:[a-z-]+\s+)?"
    r"(?:talks|meeting|meetings|consultations|summit|visit)\s+(?:between|of|with)\s+"
)
# "welcomed the statement issued on Monday by ", matched before its author; the author's own clause after the name
# (", who reaffirmed ...", ", which urged ...") tells what the statement said
_STATEMENT_BY_BEFORE_RE = re.compile(
    r"\b(?:statement|communiqu\w+|declaration|message)\s+(?:(?:issued|released|adopted|published|made|delivered)\s+)?"
    r"(?:(?:(?:late\s+)?on\s+[A-Z][a-z]+day|yesterday|earlier|this\s+week)\s+)?by\s+$"
)
_AUTHOR_CLAUSE_RE = re.compile(
    r"(?:\s+(?:[Ll]eaders|[Hh]eads\s+of\s+(?:[Ss]tate|[Gg]overnment)(?:\s+and\s+(?:[Ss]tate|[Gg]overnment))?|[Ff]oreign\s+[Mm]inisters|[Mm]inisters|[Mm]embers))?"
    r",\s+(?:who|which)\s+(?:(?:also|had|have|has|jointly)\s+)?"
)
_PAIR_ACT_RE = re.compile(r"\b(?:held|had|met|spoke|talked|discussed|exchanged|agreed)\b")

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

# a flashback's marks: "last week", "last Saturday", ", before X stepped down,"
_EARLIER_MARK_RE = re.compile(
    r"\b[Ll]ast\s+(?:week|month|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b|(?:^|,\s*)\W*[Bb]efore\s+[^,#]{1,60},"
)
_PLUPERFECT_SPEECH_RE = re.compile(r"\bhad\s+(?:already\s+|also\s+)?(?:[a-z]+ed|told|said|sent|written|spoken|made)\b")

_AND_OF_PLACE_RE = re.compile(r",\s+and\s+of\s+(?:the\s+)?[A-Z][^,;#\"\u201c]{1,40},\s*")

_BACK_REFERENCE_HINT_RE = re.compile(r"bloc|alliance|grouping|organi[sz]ation|body|group|forum")

_NAME_HEAD_HINT_RE = re.compile("|".join(NAME_HEADS))

_BEFORE_THE_VOTE_RE = re.compile(
    # "Last week, before the vote, X said": a time phrase may come first
    r"\s*(?:(?:(?:Last|Earlier that|Earlier this|Earlier last)\s+(?:week|weekend|month|\w+day)|Earlier|Days earlier|Weeks earlier|On\s+\w+day),\s+"
    r"(?=(?:before|ahead of|in the run-up to|during the campaign|days before|weeks before)\b))?"
    r"(?:[Bb]efore|[Aa]head of|[Ii]n the run-up to|[Dd]uring the campaign|[Dd]ays before|[Ww]eeks before)\s+(?:the\s+|this\s+)?(?:(?:presidential|parliamentary|general|legislative|second-round)\s+)?"
    r"(?:vote|votes|election|elections|poll|polls|ballot|run-off|runoff|referendum|campaign)\s*,"
)

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

# ", whose foreign minister ": the relative clause opening on an official of the place before it
_WHOSE_GAP_RE = re.compile(r",\s+whose\s+(?:[a-z][\w-]*\s+){0,4}")

# " - wording that ...", "; a text that ...": the writer's aside after a sentence's act
_ASIDE_RE = re.compile(r"\s[-\u2013\u2014]\s|;\s")

_resolved_start = lambda r: r[0].start  # noqa: E731 (a mention's start in an attribute() row)

_SAID_BEFORE_RE = re.compile(r"[a-z]\s+(?:said|say|says|told reporters|added|noted)\s+(?:that\s+)?$")

# "Asked about the result, ...", "When asked on Monday whether ..., ...": the question the subject answered
_ASKED_OPENING_RE = re.compile(r"\W*(?:(?:When|If|Once)\s+)?(?:[Aa]sked|[Qq]uestioned|[Pp]ressed|[Cc]ontacted|[Rr]eached)\b")


# "From Lusaka, State House said ...", "In Tokyo, the ministry said ...": a place opening the sentence, no words
# reported before the speaker (his words follow him)
_PLACE_OPENING_RE = re.compile(r"\W{0,3}(?:From|In|At)\s+[A-Z][\w'.-]*(?:\s+[a-zA-Z][\w'.-]*){0,3},\s*")


class Attribution:
    """The statement extractor's attribution of sentences (mixed into _ArticleExtractor; reads its per-article state)."""

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
        clauses = [(c.start(), c.end()) for c in RELATIVE_CLAUSE_RE.finditer(masked)] if "wh" in masked else []
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
        region = RELATIVE_CLAUSE_RE.sub(
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
            mentions = slash_joined(masked, mentions)
        if _BACK_REFERENCE_HINT_RE.search(masked) is not None:
            mentions = self._with_back_references(masked, mentions)
        if _NAME_HEAD_HINT_RE.search(masked) is not None:
            mentions = self._with_name_heads(masked, mentions)
        for surface in PLACE_CUES:
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
        self._sentence_people = []
        self._sentence_office = None
        self._subject_place = None
        self._acting_place = None
        owner: Entity | None = None  # the person of a possessive just before ("Tokayev's")
        aside_end = -1  # where a ", which ..." clause about the place met last closes
        for m in mentions:
            ok = eligible(masked, m, previous, previous_ok)
            if m.kind == "pronoun" and not resolved and _SAID_BEFORE_RE.search(masked, max(0, m.start - 24), m.start):
                # "Grain traders said they expected ...", "Analysts say it will ...": the pronoun is the unnamed
                # subject's own, nobody met before
                resolved.append((m, None, False))
                previous_ok, previous = False, m
                continue
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
                ok = eligible(masked, previous._replace(possessive=False), None, False)
            owner = (
                entity if m.kind == "person" and m.possessive and entity is not None and entity.kind == "person"
                and entity.official and entity.rank == "head" else None
            )
            if entity is not None and entity.kind == "institution" and entity.inst_kind == "office" and entity.country:
                self._sentence_office = (entity, m.end)  # "Clarence House said the King ...": see resolve
            if entity is not None and entity.kind == "person" and m.kind != "pronoun":
                self._sentence_people.append(entity)  # ("President X of Y", a title with a name, too)
            if entity is not None and entity.kind == "person" and (
                m.kind == "person" or (m.kind == "title" and not m.possessive and ok and bare_start(m) < 8 and not masked[: bare_start(m)].strip())
            ):
                # (also an office-holder named by his title opening the sentence: "The UN Secretary-General is saddened,
                # his spokesperson said"; not one in a clause about another, "X, who as prime minister in 1999 ...")
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
                    self._place_subjects[index] = entity
                    clause = RELATIVE_CLAUSE_RE.match(masked, m.end) if "wh" in masked else None
                    if own_act(masked, m._replace(end=clause.end()) if clause else m, len(masked), verbs):
                        self._acting_place = entity  # "Peru, which borders Chile, sent aid, the ministry said": Peru's
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
        if " by " in masked and subjects:
            # "X was congratulated by Y": the one congratulated gives nothing; Y, after "by", is read below
            passive = {m.start for m, _ in subjects if _PASSIVE_AFTER_RE.match(masked, m.end) is not None}
            if passive:
                receivers += [(m, e) for m, e in subjects if m.start in passive]
                subjects = [(m, e) for m, e in subjects if m.start not in passive]
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
            if (
                not m.possessive and before.rstrip().endswith(_FRAME_ENDINGS) and speech_verb_after(masked, m.end, verbs)
                # (not after a timeline's or live blog's stamp alone: "18:00 GMT - The ministry says X called")
                and not (m.start <= 60 and _STAMP_ONLY_RE.fullmatch(before))
                and not _PLACE_OPENING_RE.fullmatch(masked, 0, m.start - (len(m.determiner) + 1 if m.determiner and m.kind != "statement" else 0))
            ):
                frame, frame_kind = (m, e), "post"
            elif (
                _INVERTED_RE.search(before) and _CLAUSE_END_RE.match(masked[m.end :])
                # "said ... after meeting in Cairo": a place after a preposition is no subject
                and not (m.kind == "country" and last_word(before)[0].lower() in PREPOSITIONS)
            ):
                frame, frame_kind = (m, e), "post"
            elif frame is None and ("ccording to" in before or "iting" in before or "uoting" in before or "words of" in before) and (
                according := _ACCORDING_RE.search(before)
            ) and not (m.kind == "country" and according.group("cue").lower() in ("citing", "quoting") and len(according.group()) == len(according.group("cue")) + 1):
                # (not a bare country after "citing": "..., citing Chile and Peru" names examples, no source)
                frame, frame_kind = (m, e), "according"
            elif (
                frame is None and not verbs and info.quotes and m.start <= 80 and m.kind in ("person", "title", "institution", "country")
                and (
                    (_IN_WORDS_OPENING_RE.fullmatch(before) and _OWN_WORDS_AFTER_RE.match(masked, m.end))
                    # (a country alone after "For" is the writer's stakes: "For Japan, the vote was a 'milestone'")
                    or (not m.possessive and m.kind != "country" and _FOR_OPENING_RE.fullmatch(before) and _FOR_CLAUSE_AFTER_RE.match(masked, m.end))
                )
            ):
                # "In Kishida's words, the vote was '...'", "For Japan's prime minister, X, the vote was '...'": the
                # quoted words of the one the opening names, told without a verb
                frame, frame_kind = (m, e), "according"
        speakers: list[Entity] = []
        source: tuple[Mention, Entity] | None = None
        if frame is not None:
            source = frame
            speakers = [frame[1]]
        else:
            envoy = sent_envoy(masked, resolved, verbs) if verbs and "who" in masked else None
            if envoy is not None:
                m_envoy, e_envoy, sending = envoy
                if sending is not None:
                    verbs = [v for v in verbs if v is not sending]  # "sent" him: no act of the sender's own
                if e_envoy.country is None and subjects and subjects[0][1].kind == "country":
                    e_envoy.country = subjects[0][1].country  # "Peru sent X": Peru's envoy
                subjects = [(m_envoy, e_envoy)]
            owners = verb_owners(masked, [m for m, _, _ in resolved], verbs)
            relayed = next(((m, e) for m, e in subjects[1:] if m.kind in ("organization", "person", "title", "institution") and relayed_act(masked, m)), None)
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
                    gap = masked[group[-1].end : list_start(masked, m2)]
                    if m2.kind == "country" and m.kind == "person" and _RESPECTIVE_OPEN_RE.fullmatch(gap):
                        continue  # "The presidents of Colombia, X, and of Ecuador, Y": the second office's place
                    if _AND_RE.match(gap) or same_phrase(gap) or (m2.kind == m.kind == "person" and _RESPECTIVE_GAP_RE.fullmatch(gap)):
                        listed = listed or bool(_AND_RE.match(gap)) or m2.kind == "person"
                    elif len(group) == 1 and titled_and(masked, m, m2):
                        listed = True
                    elif COMMA_GAP_RE.fullmatch(gap) and m2.kind == m.kind == group[-1].kind and (
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
                    cut = next((i for i, (a, b) in enumerate(zip(group, group[1:]), 1) if COMMA_GAP_RE.fullmatch(masked[a.end : b.start])), None)
                    if cut is not None:
                        group = group[:cut]
                # "The message was New Delhi's first word ...": a statement phrase with neither a verb nor
                # quoted words, followed by a copula, only describes the statement
                described = m.statement and not verbs and not info.quotes and _COPULA_AFTER_RE.match(masked, m.end) is not None
                if (m.statement and not described) or any(v.start >= m.end and owners.get(v.start, m) in group for v in verbs):
                    phrase_person = None
                    for a, b in zip(group, group[1:]):
                        if not same_phrase(masked[a.end : b.start]):
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
                            _AND_RE.match(masked[m.end : list_start(masked, m2)])
                            or (m2 in group and (
                                COMMA_GAP_RE.fullmatch(masked[m.end : m2.start]) or _RESPECTIVE_GAP_RE.fullmatch(masked[m.end : m2.start])
                                # "X, the High Representative Y and Z": the article of a titled name is in the gap
                                or (m.kind == m2.kind and m.kind in ("person", "title") and COMMA_GAP_RE.fullmatch(masked, m.end, list_start(masked, m2)))
                            ))
                            # "The presidents of Ghana, X, and of Senegal, Y, sent": a translated list of office-holders
                            or (m2.kind == "person" and _AND_OF_PLACE_RE.fullmatch(masked, m.end, m2.start))
                            or (len(speakers) == 1 and titled_and(masked, m, m2))
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
                    _COLON_QUOTE_RE.match(masked, m.end) or (not masked[: bare_start(m)].strip() and _CELL_QUOTE_RE.match(masked, m.end))
                ):
                    speakers, source = [e], (m, e)
                    break
        if not speakers and subjects and not info.quotes and ":" in masked:
            # a "who said what" table's row, "Chile - Foreign Minister Ana Ruiz: will respect the ruling - Friday":
            # the country's label (read from the text: a label opening a line is masked as a dateline), its titled
            # official, a colon, what the official said in the writer's words
            m, e = subjects[0]
            label = LABEL_PLACE_RE.match(info.sentence.text, 0, bare_start(m)) if m.kind == "person" else None
            if (
                label is not None and e.kind == "person" and e.official and e.country
                and country_in(label.group(1)) == e.country and _ROW_COLON_RE.match(masked, m.end)
            ):
                speakers, source = [e], (m, e)
                info.has_verb = True
        if not speakers and subjects and not info.quotes and info.days and " - " in masked:
            # a table row of a speaker the article has already given words, "Ana Ruiz, Chile's foreign minister -
            # Shocked by the news - Tuesday": the gist in the writer's words, dated by the row's last cell
            m, e = subjects[0]
            if (
                m.kind == "person" and e.kind == "person" and e.key in self.drafts and not masked[: bare_start(m)].strip()
                and _DATED_ROW_RE.match(masked, m.end) and info.days[-1].start >= info.sentence.start + masked.rfind(" - ")
            ):
                speakers, source = [e], (m, e)
                info.has_verb = True
        if not speakers and subjects and ":" in masked[:120] and (index == 0 or self.infos[index - 1].sentence.paragraph != info.sentence.paragraph):
            # an interview transcript's turn, "Ana Ruiz: Joy, honestly.": the named person answers
            m, e = subjects[0]
            if (
                m.kind == "person" and e.kind == "person" and not masked[: bare_start(m)].strip() and _TURN_RE.match(masked, m.end)
                and self._turn_on_host(index)
            ):
                speakers, source = [e], (m, e)
                info.has_verb = True
                self._turn = (info.sentence.paragraph, e)
        elif not speakers and self._turn is not None and self._turn[0] == info.sentence.paragraph and not subjects:
            # the rest of the answer: "Ana Ruiz: Joy, honestly. I called her on Friday."
            speakers, source = [self._turn[1]], None
            info.has_verb = True
        if not speakers and "joint" in masked[:12] and (document := _JOINT_DOCUMENT_RE.match(masked)) is not None:
            # "A joint communique issued after talks between President X and his counterpart, Y, said ...": the two
            # sides whose talks the document closes speak in it, each a row
            said = next((v for v in verbs if v.speech and v.start > document.end()), None)
            pair = [(m, e) for m, e, _ in resolved if said is not None and document.end() <= bare_start(m) and m.end <= said.start]
            if (
                2 <= len(pair) <= 3 and all(m.kind in ("person", "title") and e is not None and e.kind == "person" and e.official for m, e in pair)
                and all(" and " in masked[a.end : bare_start(b)] or COMMA_GAP_RE.fullmatch(masked, a.end, bare_start(b)) for (a, _), (b, _) in pairwise(pair))
            ):
                speakers, source = [e for _, e in pair], pair[0]
                info.has_verb = True
        if not speakers:
            # "The two leaders discussed ...": a readout's joint act is the words of the leader who spoke
            for m, e in subjects:
                if m.kind == "joint" and _JOINT_ACT_RE.match(masked, m.end):
                    speakers, source = [e], (m, e)
                    info.has_verb = True
                    break
        came_words = ("from" in masked and (
            "came" in masked or "poured" in masked or "arrived" in masked or "followed" in masked or "received" in masked
            or "took" in masked or "got" in masked or "accepted" in masked
        )) or "first" in masked or "earliest" in masked or "lso " in masked or "mong " in masked or " by " in masked
        if not speakers and (came_words or (" from " in masked and ", who " in masked)):
            # "Congratulations also came from Qatar's emir, X"; "Among the first to react was X, who hailed ..."
            for m, e, _ in resolved:
                if e is not None and not m.possessive and e.kind in ("person", "country", "institution", "organization") and ((
                    came_words and (_CAME_FROM_RE.search(masked, max(0, m.start - 160), m.start - len(m.determiner or "") - (1 if m.determiner else 0))
                    or _FIRST_TO_RE.search(masked, max(0, m.start - 90), m.start - len(m.determiner or "") - (1 if m.determiner else 0))
                    or _FIRST_TO_AFTER_RE.match(masked, m.end)
                    or ((" by " in masked) and (
                        # the determiner inside the mention ("by the leaders of A") or before it
                        _PASSIVE_BY_RE.search(masked, max(0, m.start - 120), m.start)
                        or _PASSIVE_BY_RE.search(masked, max(0, m.start - 120), m.start - len(m.determiner or "") - (1 if m.determiner else 0))
                    ))))
                    or (m.start < 160 and _FRAGMENT_FROM_RE.fullmatch(masked, 0, m.start) and _WHO_SAID_AFTER_RE.match(masked, m.end))
                ):
                    speakers, source = [e], (m, e)
                    info.has_verb = True  # the noun ("congratulations", "the first to react") is the act
                    last = m
                    for m2, e2, _ in resolved:
                        gap = masked[last.end : m2.start - len(m2.determiner or "") - (1 if m2.determiner else 0)]
                        if m2.start > last.end and e2 is not None and (
                            _AND_RE.match(gap) or COMMA_GAP_RE.fullmatch(gap) or _AND_FROM_RE.fullmatch(gap)
                        ):
                            # "Among those congratulating him were X and Y"; "came from X, Y and Z"
                            speakers.append(e2)
                            last = m2
                    break
        if " by " in masked and ("statement" in masked or "communiq" in masked or "declaration" in masked or "message" in masked):
            # "The ministry welcomed the statement issued on Monday by the Forum's leaders, who reaffirmed their
            # support ...": the statement's author speaks in the clause after his name, besides the one welcoming it
            for m, e, _ in resolved:
                if (
                    e is not None and e not in speakers and e.kind in ("person", "organization", "institution", "country")
                    and _STATEMENT_BY_BEFORE_RE.search(masked, max(0, m.start - 90), m.start - len(m.determiner or "") - (1 if m.determiner else 0))
                    and (clause := _AUTHOR_CLAUSE_RE.match(masked, m.end)) is not None
                    and any(v.start == clause.end() for v in verbs)
                ):
                    speakers = [*speakers, e]
                    if source is None:
                        source = (m, e)
                    info.has_verb = True
                    break
        if source is not None and len(speakers) == 1 and (
            speakers[0].kind == "country" or (speakers[0].kind == "institution" and speakers[0].inst_kind == "government")
        ):
            # "Germany said through its embassy in Windhoek": the embassy (or ministry) it named speaks (so does the
            # president through whom "the Cuban government" spoke)
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
                if not content and frame_kind == "according":
                    # "According to the palace's website, King X sent a cable to ...": the frame opens the sentence,
                    # and the named person right after it, with a verb of his own, is the one who acted
                    content = [
                        (m, e) for m, e in subjects
                        if m.start > sm.end and e is not se and m.kind == "person"
                        and _ACCORDING_GAP_RE.fullmatch(masked, sm.end, m.start) and own_act(masked, m, len(masked), verbs)
                    ][:1]
            else:
                content = [(m, e) for m, e in subjects if m.start > sm.end and e is not se]
            # "He stressed, according to the ministry, ...": a pronoun names the person too;
            # "The envoy said ..., according to the office": a role naming a person met earlier too
            content = [
                (m, e) for m, e in content
                # ("The two leaders agreed ..., the ministry said in a readout": the leader the pair stands for)
                if (m.kind in ("person", "pronoun", "joint") or (m.kind == "title" and not m.possessive)) and e.kind == "person" and e.official
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
                    and cm.end <= sm.start and ce.country == se.country and own_act(masked, cm, sm.start, verbs)
                )
                # the spokesperson's or office's own country only counts when the text says it
                compatible = sm.country is None or ce.country is None or sm.country == ce.country
                if compatible and se.kind == "person" and se.rank == "spokesperson" and se.principal is None:
                    # a known government's spokeswoman "said that the envoy had no mandate": she relays only her
                    # own government's known leaders, not the one her words are about (placed in her country by
                    # her sentence alone)
                    table = leader_country(se.name, self.article.published_date)
                    compatible = table is None or leader_country(ce.name, self.article.published_date) == table
                if not compatible and se.kind == "institution" and ce.rank == "head" and cm.end <= sm.start:
                    # "The Chilean president telephoned Lula on Monday, the Planalto said": another government's
                    # office reports what a foreign leader did himself (his own verb right after his name)
                    compatible = own_act(masked, cm, sm.start, verbs)
                # "President X telephoned Lee on Monday, according to Lee's office": a leader's office, named by its
                # principal, reports what the caller did himself (his own verb right after his name), as "the
                # Planalto said" does; the principal is not the caller's go-between
                office = (
                    sm.kind == "institution" and se.kind == "person" and ce.rank == "head" and ce.key != se.key
                    and cm.end <= sm.start and own_act(masked, cm, sm.start, verbs)
                )
                # "Prime Minister X sent a congratulatory message, Chief Cabinet Secretary Y added": a minister of
                # the same government reports what his head did himself (the head's own verb after his name); the
                # minister stays his own speaker for his other words (no principal is set)
                compatriot = (
                    frame_kind == "post" and sm.kind == "person" and se.kind == "person" and se.official and se.rank == "minister"
                    and ce.rank == "head" and ce.key != se.key and ce.country is not None and ce.country == se.country
                    and cm.end <= sm.start and own_act(masked, cm, sm.start, verbs)
                )
                already = ce.key in self.drafts
                # a ministry's readout of its minister's call is the minister's statement
                minister = se.kind in ("institution", "country") and ce.rank == "minister" and se.country == ce.country
                # "Guterres welcomed ..., his spokesman Stephane Dujarric said": the spokesperson is the person's own
                own = sm.determiner in ("his", "her") and se.kind == "person"
                # "the ambassador, Lisa Gray, called on the president ..., the embassy said"
                envoy = se.kind == "institution" and se.inst_kind == "embassy" and ce.rank == "diplomat"
                # "The Ministry notes that Chile's Foreign Minister, X, told reporters that ...": a body placed nowhere
                # (a release's own ministry) reports another government's minister's words, told with his own verb
                reported = (
                    se.kind == "institution" and se.country is None and ce.rank == "minister" and ce.country is not None
                    and cm.start > sm.end and _THAT_BEFORE_RE.search(masked, sm.end, bare_start(cm)) is not None
                    and own_act(masked, cm, len(masked), verbs)
                )
                # "In the letter, President X called for ..., the foreign minister said": the minister relays the words
                # of the letter's author, named with his own verb right after the opening (he is the speaker however
                # the one relaying him is named)
                letter = (
                    frame_kind == "post" and cm.kind in ("person", "title") and ce.rank in ("head", "minister") and ce.key != se.key
                    and cm.end <= sm.start and own_act(masked, cm, sm.start, verbs)
                    and _IN_MESSAGE_OPENING_RE.fullmatch(masked, 0, bare_start(cm)) is not None
                )
                if (
                    speaks_for and sm.kind == "title" and se.kind == "person" and se.country and se.country != ce.country
                    and se.key in self.drafts
                ):
                    # "The Secretary-General ..., the spokesman added" after another government's spokesman spoke:
                    # "the spokesman" is the principal's own, not the one met before
                    speakers = [ce]
                elif office or compatriot:
                    via, speakers = sm.text, [ce]
                elif letter:
                    via, speakers = (se.name if se.kind == "person" else sm.text), [ce]
                elif speaks_for and compatible and (ce.rank == "head" or already or minister or own or envoy or voice or reported or sm.kind == "statement"):
                    via = se.name if sm.kind != "statement" else None
                    if se.kind == "person" and sm.kind != "statement":
                        se.principal = ce
                        se.country = ce.country
                    speakers = [ce]
                    if frame_kind == "according" and len(content) > 1:
                        # "X, Y and Z sent their good wishes, according to the ministry": the list before the
                        # frame shares the act, each of its names a speaker
                        last = cm
                        for m2, e2 in sorted(content[1:], key=lambda pair: pair[0].start):
                            gap = masked[last.end : list_start(masked, m2)]
                            if m2.end > sm.start or e2 in speakers or not (_AND_RE.match(gap) or COMMA_GAP_RE.fullmatch(gap)):
                                break
                            speakers.append(e2)
                            last = m2
            if se.kind == "person" and se.principal is not None and speakers == [se]:
                via = se.name
                speakers = [se.principal]
        if speakers and source is not None and frame_kind == "post":
            # "The secretary-general did not comment on the vote itself, his spokesman said": the spokesman reports
            # that no reaction came from the principal named before him; neither gives a row
            principal = next(((m, e) for m, e in subjects if m.end <= source[0].start and e in speakers), None)
            if principal is not None and stayed_silent(masked, principal[0], verbs, info.sentence.text):
                speakers, via, source = [], None, None
        if speakers and source is not None and (
            # "Asked about the vote, the ministry said it would comment in due course": an opening phrase (no
            # quoted words) before the subject is no frame around the speaker's words
            frame_kind is None or (frame_kind == "post" and "#" not in masked[: source[0].start] and _ASKED_OPENING_RE.match(masked))
        ) and stayed_silent(masked, source[0], verbs, info.sentence.text):
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
                    and _AS_DID_BEFORE_RE.search(masked, max(0, bare_start(m2) - 30), bare_start(m2))
                ):
                    speakers.append(e2)
                    last = m2
                    listed: list[Entity] = []  # "..., as did X, Y and Z": names after commas count once "and" closes them
                    for m3, e3, _ in resolved:
                        if m3.start <= last.end or e3 is None or e3 in speakers or e3 in listed:
                            continue
                        gap = masked[last.end : bare_start(m3)]
                        if _AND_RE.match(gap):
                            speakers.extend(listed)
                            speakers.append(e3)  # "..., as did X and Y"
                            listed = []
                        elif COMMA_GAP_RE.fullmatch(gap) and m3.kind == m2.kind:
                            listed.append(e3)
                        else:
                            break
                        last = m3
                    break
        if speakers and source is not None and frame_kind is None and recalled_act(masked, source[0]):
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
            if e is not None and m.possessive and m.kind == "person" and eligible(masked, m._replace(possessive=False), None, False)
        ]
        touched = topics + touched
        return speakers, via, source[0] if source else None, touched

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

