"""Whether the verb after a speaker is a reaction of its own: not silence or an answer put off, not an earlier act (relayed, or told in the writer's past-perfect narrative), and which envoy speaks for a sender."""

from __future__ import annotations

import re
from bisect import bisect_left

from tracker.extract.clauses import APPOSITIVE_TITLE_RE, RELATIVE_CLAUSE_RE
from tracker.extract.coreference import Entity
from tracker.extract.lexicon import ENVOY_WORDS, REACTION_VERBS
from tracker.extract.mention_lookups import drop_last_word, last_word, text_before
from tracker.extract.mention_words import Mention
from tracker.extract.verbs import verb_start

# "X recalled that the Council had on 28 July demanded ...": a body's own earlier act, relayed with its own date
_RELAYED_ACT_RE = re.compile(
    r",?\s+had\s+(?:on\s+(?:\d{1,2}\s+[A-Z][a-z]+|[A-Z][a-z]+\s+\d{1,2}|[A-Z][a-z]+day)\s*,?\s+)?(?P<verb>[a-z]+)\b"
)


def relayed_act(masked: str, m: Mention) -> bool:
    found = _RELAYED_ACT_RE.match(masked, m.end)
    if found is None or found.group("verb") not in REACTION_VERBS:
        return False
    before, _ = text_before(masked, m.start, drop=bool(m.determiner))
    return last_word(before)[0].lower() == "that"


# "Chile sent Ana Ruiz, a deputy minister, who said ...": the envoy a sender names speaks in the relative clause
_ENVOY_BEFORE_RE = re.compile(
    r"(?<![\w-])(?:" + "|".join(re.escape(w) for w in sorted(ENVOY_WORDS, key=len, reverse=True))
    + r")\s+(?:(?:his|her|its|their|the|a|an)\s+)?$"
)
_ENVOY_WHO_RE = re.compile(r"(?:,\s+[^,;#\"\u201c\u201d]{1,100})?,\s+who\s+(?:(?:also|later|then|publicly|had|has)\s+)*")
_ENVOY_SENDING = frozenset(w for w in ENVOY_WORDS if " " not in w)


def sent_envoy(masked: str, resolved: list, verbs: list) -> tuple[Mention, Entity, object | None] | None:
    """The person a sender named sent and who speaks in the relative clause after him ("Peru sent X, its
    envoy, who said"), with the sending verb (not the sender's reaction); None if there is none."""
    for m, e, _ in resolved:
        if m.kind != "person" or e is None or e.kind != "person":
            continue
        if _ENVOY_BEFORE_RE.search(masked, max(0, m.start - 40), m.start) is None:
            continue
        who = _ENVOY_WHO_RE.match(masked, m.end)
        spoke = next((v for v in verbs if v.start == who.end()), None) if who is not None else None
        if spoke is None or not spoke.speech:
            continue
        sending = next((v for v in verbs if v.word in _ENVOY_SENDING and v.end <= m.start and m.start - v.end <= 12), None)
        return m, e, sending
    return None


# "did not comment", "has yet to react", "declined to comment", "remained silent"
_SILENT_AFTER_RE = re.compile(
    r"\s+(?:(?:also|still|so far|yet|however)\s+)?(?:"
    r"(?:had|has|have|did|does|do|was|were|is|are|could|would)(?:\s+not|n['\u2019]t)\s+(?:yet\s+|publicly\s+|immediately\s+|officially\s+)*"
    r"(?:comment|react|respond|reply|manifest|issue|speak|spoken|be reached|been reached|said|say|congratulat)\w*"
    r"|(?:has|have|had)\s+yet\s+to\s+(?:comment|react|respond|reply|speak|congratulat)"
    r"|(?:declined|refused)\s+to\s+(?:comment|react|respond|speak)|(?:remained|kept|stayed)\s+silent)\b"
)
# a speaker's aside between the subject and its verb, as said on air ("Pyongyang, I should add, has not reacted",
# "Hanoi, as far as we know, has not commented")
_ASIDE_RE = re.compile(
    r",\s+(?:(?:I|we)\s+(?:should|must|would|have\s+to|need\s+to)\s+(?:say|add|note|stress|point\s+out)"
    r"|it\s+(?:should|must|has\s+to)\s+be\s+(?:said|noted|added)|as\s+far\s+as\s+(?:I|we)\s+(?:know|can\s+tell))\s*,"
)
_BUT_RE = re.compile(r"\bbut\b")
# "told reporters it would comment in due course", "said that he would react later": the words put the
# reaction off (read on the sentence with its quotes, which often hold these words)
_DEFERRED_RE = re.compile(
    # the one who will react: a pronoun, "the ministry", "his government" or a name ("said Oslo would comment later")
    r"\s+(?:[\w.'\u2019-]+\s+){0,6}?(?:that\s+)?(?:it|he|she|they|we|(?:the|his|her|its|their)\s+\w+"
    r"|[A-Z][\w.'\u2019-]+(?:\s+[A-Z][\w.'\u2019-]+){0,2})\s+(?:would|will|was\s+going\s+to|is\s+going\s+to)"
    r"\s+[\"\u201c']?(?:only\s+)?(?:comment|react|respond|reply|speak|issue\s+a\s+statement|make\s+a\s+statement)\w*\b"
    r"[^.;:\"\u201d]{0,40}?\b(?:later|in\s+due\s+course|at\s+a\s+later\s+(?:stage|date|time)|at\s+the\s+(?:appropriate|right)\s+time"
    r"|in\s+the\s+coming\s+days|once\s+[^.;]{1,60}|when\s+[^.;]{1,60})\b[\"\u201d']?\s*[.;]?\s*$"
)


def stayed_silent(masked: str, m: Mention, verbs: list, text: str = "") -> bool:
    """Whether the subject's own verb, after any writer's clause about it, says it gave no reaction
    (unless a "but" clause gives one: "did not comment on the claims but congratulated the winner"),
    or only says the reaction will come later ("the ministry said it would comment in due course")."""
    pos = m.end
    clause = RELATIVE_CLAUSE_RE.match(masked, pos) or APPOSITIVE_TITLE_RE.match(masked, pos) or _ASIDE_RE.match(masked, pos)
    if clause is not None:
        pos = clause.end()
    silent = _SILENT_AFTER_RE.match(masked, pos)
    if silent is None:
        if text and ("ould " in text or "ill " in text or "oing to" in text):
            # the subject's own first verb says so: "condemned the attack and said it would say more later" reacts
            verb = next((v for v in verbs if v.start >= pos), None)
            return (
                verb is not None and verb.speech and verb.start - pos <= 60 and _DEFERRED_RE.match(text, verb.end) is not None
            )
        return False
    but = _BUT_RE.search(masked, silent.end())
    return but is None or not any(v.start >= but.end() for v in verbs)


_ACT_ADVERBS = frozenset(("also", "then", "later", "separately", "again", "quickly", "personally", "himself", "herself", "already", "earlier"))


def own_act(masked: str, m: Mention, end: int, verbs: list) -> bool:
    """Whether a verb of its own follows mention ``m`` (adverbs may sit between) before ``end``."""
    at = bisect_left(verbs, m.end, key=verb_start)
    for verb in verbs[at : at + 1]:
        return verb.start < end and all(w in _ACT_ADVERBS for w in masked[m.end : verb.start].replace(",", " ").split())
    return False


# "had been strained", "had soured": the writer's past-perfect narrative
_PLUPERFECT_RE = re.compile(r"\bhad\s+(?:been\s+)?(?:\w+ly\s+)?\w+(?:ed|en|t)\b")


def recalled_act(masked: str, m: Mention) -> bool:
    """"Relations had been strained last week when Secretary X denounced ...": the speaker acts in a
    when/after clause of the writer's past-perfect narrative, an earlier act, not a reaction."""
    before = masked[: m.start]
    if m.determiner:
        before = drop_last_word(before)
    word, end = last_word(before)
    return word.lower() in ("when", "after", "since") and _PLUPERFECT_RE.search(before, 0, end) is not None
