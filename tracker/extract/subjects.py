"""Where a mention stands as the subject of a verb: after a clause break or a conjunction, in a list of givers, or right before the verb it owns."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterable
from functools import lru_cache

from tracker.extract.lexicon import (
    BACK_REFERENCES,
    BODY_DESCRIPTORS,
    ENCOUNTER_VERBS,
    MEMBER_VOICE_ENDS,
    QUALIFIED_BACK_REFERENCES,
    REACTION_VERBS,
    SPEECH_VERBS,
)
from tracker.extract.mention_lookups import last_word, text_before
from tracker.extract.mention_merges import PLURAL_TITLE_BEFORE_RE, PREPOSITIONS
from tracker.extract.mention_words import Mention
from tracker.extract.verbs import verb_start

# Words after which a name can be the one speaking (a clause opens there); a time phrase opening
# the sentence ends in one too ("The next day the Kenyan president said", "That afternoon X wrote").
# ("did", "does": the subject of an inverted clause, "Only on Thursday did X send", before its bare verb)
_SUBJECT_AFTER = frozenset(
    """
    and but while whereas as that which when where so because although though meanwhile also then
    did does
    said says say saying added adding noted noting stressed wrote stated announced insisted argued
    warned confirmed reported explained hoped hopes believes quoted quoting
    later earlier afterwards separately however instead still today yesterday tonight
    monday tuesday wednesday thursday friday saturday sunday morning afternoon evening night
    day week weekend
    """.split()
)
# "X, Prime Minister of Ruritania, and Y, its Foreign Minister, sent": the first name's own title between the two
_TITLED_AND_GAP_RE = re.compile("^,\\s+(?:the\\s+)?(?P<title>[^,;#\"\u201c\u201d]{1,80}),\\s+and\\s+$")
# the opening phrase of such a sentence, before the pronoun ("Before leaving", "On arrival in Doha")
_OPENING_PHRASE_RE = re.compile(r"\W*(?:Before|After|On|Upon|Later|There|At)\b[^,;#\"\u201c]{0,30}?\s+")
# "Within minutes of the result the Kremlin ...", "Shortly after the count the Commission ...": an opening phrase
# of time, written without its comma, before the sentence's subject
_TIME_OPENING_RE = re.compile(r"\W*(?:Within|Shortly\s+after|Soon\s+after|Moments\s+after|Minutes\s+after|Hours\s+after)\s[^,;#\"\u201c]{0,50}?\s+")
# "In Ankara the presidency's spokesman ...", "And from Lima the minister ...": a place opening the sentence without its
# comma, before the subject's "the"
# (or after a speaker's label in a transcript, "REPORTER: In Lima the minister ...")
_PLACE_OPENING_RE = re.compile(
    r"(?:^|(?P<label>[:;]\s+))\W*(?:(?:And|But)\s+)?(?:[Ii]n|[Ff]rom)\s+[A-Z][\w'\u2019.-]*(?:\s+[A-Z][\w'\u2019.-]*){0,2}\s+$"
)
# after a colon or semicolon: ": in a letter to the court she urged ...", "; during the call he said ..."
CLAUSE_OPENING_PHRASE_RE = re.compile(
    r"[:;]\s*(?:[Ii]n|[Oo]n|[Aa]t|[Tt]hrough|[Vv]ia|[Ww]ith|[Dd]uring|[Ff]rom|[Aa]fter|[Bb]efore|[Ll]ater)\b[^,;:#\"\u201c]{0,60}?\s+$"
)
_OBSERVERS_FROM_RE = re.compile(r"(?:^|[,;:]\s+|\b(?:and|while|but)\s+)\W*(?:(?:[Ee]lection|[Ii]nternational)\s+)?(?:[Oo]bservers|[Mm]onitors)\s+(?:from|of|with)\s+$")
# "The fifteen members of", "Members of", ", and all members of": the members of a council opening the subject
_MEMBERS_OF_RE = re.compile(r"(?:^|[,;:]\s+|\b(?:and|while|but)\s+)\W*(?:(?:[Tt]he|[Aa]ll)\s+)?(?:\d{1,3}\s+|[a-z]+\s+)?[Mm]embers\s+of\s+$")
_VERB_WORDS = frozenset(w for v in SPEECH_VERBS | REACTION_VERBS | ENCOUNTER_VERBS for w in v.split()) | {"was", "is", "has", "had", "will"}
_LINK_WORDS = PREPOSITIONS | {"and", "or", "but", "nor", "that", "who", "which", "whose", "as", "than", "while"}
_SAME_PHRASE_GAP_RE = re.compile(r"^\s+(?:[a-z][a-z-]*\s+){1,3}$")


def bare_start(m: Mention) -> int:
    """Where a mention starts before its article: "X and the Central African President Y" joins X and Y,
    "the King and the Crown Prince" both offices."""
    return m.start - len(m.determiner) - 1 if m.determiner == "the" and m.kind in ("person", "title") else m.start


_UNPLACED_OWNER_RE = re.compile(r"[A-Z][\w\-]*(?:'|\u2019)s $")


def list_start(masked: str, m: Mention) -> int:
    """Where a listed mention starts: "Rwanda's X and Congo's Y" joins X and Y across an owner no table places."""
    start = bare_start(m)
    if m.kind == "person" and m.country is None and start == m.start:
        found = _UNPLACED_OWNER_RE.search(masked, max(0, start - 40), start)
        if found is not None:
            return found.start()
    return start


def titled_and(masked: str, m: Mention, m2: Mention) -> bool:
    """"X, President of the Assembly, and Y, its Speaker, wrote": two people listed, the first with the title it holds."""
    if m.kind != "person" or m2.kind != "person" or not m.role:
        return False
    found = _TITLED_AND_GAP_RE.match(masked[m.end : list_start(masked, m2)])
    return found is not None and m.role.lower() in found.group("title").lower()


def same_phrase(gap: str) -> bool:
    """"White House press secretary Karoline Leavitt": only plain nouns, no verb, between two mentions."""
    return bool(_SAME_PHRASE_GAP_RE.match(gap)) and not any(w in _VERB_WORDS or w in _LINK_WORDS for w in gap.split())


# "officials in Suva", "diplomatic sources in Apia", "aides close to the prime minister": unnamed people at a place
_UNNAMED_AT_PLACE_RE = re.compile(
    r"(?:^|[\s,])(?:[a-z][a-z-]+\s+){0,2}(?:officials|sources|diplomats|aides|residents|witnesses|insiders)"
    r"\s+(?:in|at|from|close\s+to)\s+(?:the\s+)?$"
)
_OWNER_GAP_RE = re.compile(r"^\s+(?:(?:also|then|later|often|once|again|had|has|have|was|is|quickly|publicly|never|not|so|far)\s+)*$")
# "..., a spokesman for one airline said", "..., a manager at a beach hotel told us": an unnamed person of a
# body the tables do not know (plain lower-case words) owns the verb after it (no row), so a government
# named earlier in the sentence does not take it
_ANONYMOUS_OWNER_GAP_RE = re.compile(r"^\s+(?:for|at|of|with|from)\s+(?:[a-z][a-z'-]*\s+){1,4}$")


def verb_owners(masked: str, mentions: list[Mention], verbs: list) -> dict[int, Mention]:
    """Verbs that directly follow a name ("a slight Khan often recalled"): that name is their subject,
    so an earlier subject of the sentence cannot take them."""
    owners: dict[int, Mention] = {}
    if not verbs:
        return owners
    for number, m in enumerate(mentions):
        if m.possessive or m.kind == "media":
            continue
        at = bisect_left(verbs, m.end, key=verb_start)  # verbs are in text order
        verb = verbs[at] if at < len(verbs) else None
        if verb is None or verb.start in owners:
            continue
        gap = masked[m.end : verb.start]
        if gap[:1] == "," and ", " in m.text:
            gap = gap[1:]  # "Hungary's prime minister, Viktor Orban, posted": the comma closes the appositive
        if not _OWNER_GAP_RE.match(gap) and not (
            m.kind == "title" and m.determiner in ("a", "an") and _ANONYMOUS_OWNER_GAP_RE.match(gap)
            and (number + 1 == len(mentions) or mentions[number + 1].start >= verb.start)
        ):
            continue
        before, _ = text_before(masked, m.start, drop=bool(m.determiner))
        if last_word(before)[0].lower() in PREPOSITIONS:
            if _UNNAMED_AT_PLACE_RE.search(masked, max(0, m.start - 60), m.start):
                # "..., officials in Suva said": unnamed people at the place own the verb (no row), so a
                # government named earlier in the sentence does not take it
                owners[verb.start] = m
            continue  # "President Lula of Brazil said": the place does not speak
        owners[verb.start] = m
    return owners


# Nouns standing for a body that may own an official's title: "the bloc's", "the alliance's" (organization_words.toml).
_BODY_NOUNS = BACK_REFERENCES | QUALIFIED_BACK_REFERENCES | BODY_DESCRIPTORS
# a group of givers opening a clause, then the list naming it: "World leaders including ", "Other Gulf rulers, notably "
_GROUP_INCLUDING_RE = re.compile(
    r"(?:^|[,;:]\s+|\b(?:and|while|but)\s+)(?:(?:[A-Z]?[a-z]+|[A-Z][a-z]+)\s+){0,2}?"
    r"(?i:leaders|heads of state|heads of government|rulers|monarchs|presidents|prime ministers|governments|dignitaries)"
    r",?\s+(?:including|notably)\s+$"
)
_BARE_HONORIFICS = frozenset("Mr Mrs Ms Mx Dr Sir Dame Madam Mme Lord Lady".split())
_LIST_GAP_RE = re.compile(r"\s*(?:,\s*)?(?:and|or)\s*")
COMMA_GAP_RE = re.compile(r"\s*,\s*")
_LIST_NEXT_RE = re.compile(r"\s*(?:,|and\b|or\b)")
_CLAUSE_BREAK_RE = re.compile("[,;:#\"\u201c\u201d'\u2018\u2019(\u2013\u2014]")


def eligible(masked: str, m: Mention, previous: Mention | None, previous_ok: bool) -> bool:
    """Whether ``m`` stands where a subject stands: after a clause break, a conjunction or "said"."""
    if m.kind == "media":
        return False
    if m.possessive and not m.statement:
        return False
    # the end of the text before the mention, read from a window (``low`` is where it starts)
    drop = bool(m.determiner and m.kind != "statement")
    before, low = text_before(masked, m.start, drop=drop)
    if m.kind == "person" and m.name and m.country is None and before.endswith(("'s ", "\u2019s ")):
        owner, owner_end = last_word(before)
        if owner[:1].isupper() and not before[owner_end:].strip():
            # "Congo's Felix Tshisekedi said": an owner the tables do not place stands before the name; read before it
            before = before[: owner_end - len(owner)]
    if m.kind in ("person", "title") and m.role and before.endswith(("'s ", "\u2019s ")):
        owner, owner_end = last_word(before)
        if owner[:-2].lower() in _BODY_NOUNS and not before[owner_end:].strip():
            # "The bloc's foreign policy chief, X, said": the body owning the title opens the subject; read before its "the"
            rest = before[: owner_end - len(owner)]
            article, article_end = last_word(rest)
            if article.lower() == "the" and not rest[article_end:].strip():
                before = rest[: article_end - len(article)]
    if previous is not None:
        gap = masked[previous.end : low + len(before)]
        if _LIST_GAP_RE.fullmatch(gap):
            return previous_ok  # a list: "Oslo, Rome and Ottawa" shares its head's role
        if COMMA_GAP_RE.fullmatch(gap) and not previous_ok and previous.kind == m.kind and _LIST_NEXT_RE.match(masked, m.end):
            return False
    if (m.kind == "organization" or m.country == "EUU") and (
        mission_words(masked)[3] if len(masked) > 400 else ("bservers" in masked or "onitors" in masked)
    ) and _observers_before(
        # the text before as masked[:end] + extra (drop_last_word ends it with one added space)
        masked, low + len(before) - (1 if drop and before else 0), " " if drop and before else ""
    ):
        return True  # "Observers from the African Union said", "Monitors from the OSCE said": the body's observers speak for it
    if (
        m.kind == "organization" and (m.organization or m.text).endswith(MEMBER_VOICE_ENDS)
        and "embers" in before and _MEMBERS_OF_RE.search(before)
    ):
        return True  # "Members of the Security Council deplored ...": the council's own text
    if m.kind == "pronoun" and m.start <= 40 and _OPENING_PHRASE_RE.fullmatch(masked, 0, m.start):
        return True  # "Before boarding she said": an opening phrase without its comma
    if low == 0 and len(before) <= 70 and _TIME_OPENING_RE.fullmatch(before) and last_word(before)[0].lower() not in PREPOSITIONS:
        return True  # "Within an hour of the vote the Commission welcomed": the phrase opens the sentence
    if m.determiner == "the" and (opening := _PLACE_OPENING_RE.search(before, max(0, len(before) - 60))) and (
        opening.group("label") or low == 0
    ):
        return True  # "In Ankara the presidency's spokesman X said": the place opens the sentence, its subject follows
    if m.kind == "pronoun" and m.text.lower() in ("he", "she", "they") and CLAUSE_OPENING_PHRASE_RE.search(masked, max(0, m.start - 80), m.start):
        return True  # "X held back: in a note to the court she urged calm": the same, after a colon
    word, word_end = last_word(before)
    if word in ("including", "notably") and _GROUP_INCLUDING_RE.search(before, max(0, len(before) - 70)):
        return True  # "World leaders including X and Y sent condolences": the group opening the clause is named by its list
    if (word in _BARE_HONORIFICS or (word == "press" and (m.role or "").startswith("press "))) and not before[word_end:].strip():
        # "Mr Ruiz wrote": a courtesy title written without a full stop stays outside the name, as "press" stays
        # outside "secretary X" ("At the Pentagon, press secretary X said"); read before it
        word, word_end = last_word(before[: word_end - len(word)])
    elif m.kind == "organization" and word.lower() in BODY_DESCRIPTORS and not before[word_end:].strip():
        # "The Andean trade bloc CAN said": the words describing the body, back to their "the", open the subject
        before, word, word_end = _before_description(before, word, word_end)
    elif m.kind == "person" and word[-1:] in ("s", "S") and not before[word_end:].strip() and (
        plural := PLURAL_TITLE_BEFORE_RE.search(before, max(0, word_end - 40))
    ):
        # "Foreign ministers Ana Ruiz of Chile and Ola Berg of Peru said": the office the listed names share
        # opens the subject; read before it
        word, word_end = last_word(before[: plural.start()])
    if not word or not word[-1].isalnum() or word.isdigit():
        # "09:45 - Chile's President ...": a bare dash (a hyphen is a word character) or a clock
        # stamp ("[10:45] Kenyan President ...") opens the clause
        return True
    gap = before[word_end:]
    if " - " in gap or _CLAUSE_BREAK_RE.search(gap):
        return True
    return word.lower() in _SUBJECT_AFTER


def _before_description(before: str, word: str, word_end: int) -> tuple[str, str, int]:
    """``(before, word, word_end)`` read from before the "the" opening a body's description ("the
    Western military alliance"), at most four words back; unchanged when no "the" opens it."""
    rest = before[: word_end - len(word)]
    for _ in range(4):
        prev, prev_end = last_word(rest)
        if prev.lower() == "the" and not rest[prev_end:].strip():
            rest = rest[: prev_end - len(prev)]
            prev, prev_end = last_word(rest)
            return rest, prev, prev_end
        if not prev.replace("-", "").isalnum() or rest[prev_end:].strip():
            break
        rest = rest[: prev_end - len(prev)]
    return before, word, word_end


@lru_cache(maxsize=8)
def mission_words(masked: str) -> tuple[bool, bool, bool, bool, bool]:
    """Whether a sentence says " by ", names a mission ("mission", "delegation", "observers", "observer group"), a
    head ("head of", "chief of"), observers ("bservers", "onitors") and a chair ("chairs", "Chairperson"): looked
    for once per sentence, not once per name in it (each look scans the sentence, which may be one long line)."""
    return (
        " by " in masked,
        "mission" in masked or "delegation" in masked or "observer" in masked,
        "head of" in masked or "chief of" in masked,
        "bservers" in masked or "onitors" in masked,
        "hair" in masked,
    )


_WORD_RUN_RE = re.compile(r"\w+")


def _observers_before(masked: str, end: int, extra: str) -> bool:
    """``_OBSERVERS_FROM_RE.search(masked[:end] + extra)``, read from a window before ``end``. A match
    holds at most four runs of word characters ("and", "election", "observers", "from") and starts
    at a clause mark, a word's start or the text's start, so it starts after the fifth-last run:
    searching from there in a window holding five runs finds what the whole prefix would."""
    width = 256
    while True:
        low = max(0, end - width)
        window = masked[low:end] + extra
        if low == 0:
            return _OBSERVERS_FROM_RE.search(window) is not None
        runs = [r.end() for r in _WORD_RUN_RE.finditer(window)]
        if len(runs) >= 5:
            return _OBSERVERS_FROM_RE.search(window, runs[-5]) is not None
        width *= 4


def slash_joined(masked: str, mentions: Iterable[Mention]) -> list[Mention]:
    """"the OSCE/ODIHR mission stated": two names of one body joined by a slash are one mention."""
    out: list[Mention] = []
    for m in mentions:
        last = out[-1] if out else None
        if (last is not None and m.kind == last.kind == "organization" and m.organization == last.organization
                and masked[last.end : m.start] == "/"):
            out[-1] = last._replace(end=m.end, text=masked[last.start : m.end])
        else:
            out.append(m)
    return out
