"""A sentence made ready for attribution: wire datelines and table-cell verbs masked, the writer's narrative blanked, and each speaker's clause cut apart."""

from __future__ import annotations

import re

from tracker.extract.lexicon import NARRATIVE, REACTION_VERBS, SPEECH_VERBS
from tracker.extract.patterns import alternation
from tracker.extract.sentences import Sentence
from tracker.extract.speakers import find_mentions
from tracker.extract.verbs import find_verbs, verbs_between

# The writer's narrative inside a speaker's sentence, outside quotes: "..., hours after the former
# prosecutor won the closest race in the country's democratic history," and "in remarks certain to
# irritate Beijing" (found on the masked sentence, blanked in its text: the offsets stay)
_RESULT_VERBS = alternation(NARRATIVE["result_verbs"])
_PROVOKE_VERBS = alternation(NARRATIVE["provoke_verbs"])
_SOOTHE_VERBS = alternation(NARRATIVE["soothe_verbs"])
_NARRATIVE_RE = re.compile(
    r"(?:\b(?:hours|minutes|days|moments|shortly|just|soon)\s+)?\b(?:after|since)\s+[^,;.#\"\u201c\u201d]{0,100}?"
    r"\b(?:" + _RESULT_VERBS + r")\b[^,;.#\"\u201c\u201d]*"
    r"|(?:\bin (?:a move|remarks|comments|words|a step)\s+)?\b(?:certain|likely|sure|bound|expected)\s+to\s+"
    r"(?:" + _PROVOKE_VERBS + r")\b[^,;.#\"\u201c\u201d]*"
    # "sought to reassure Moscow by telling journalists": the aim the writer gives the words, and whom it is aimed at
    r"|\b(?:tried|tries|trying|sought|seeks|seeking|moved|moves|moving|aimed|aims|aiming)\s+to\s+(?:" + _SOOTHE_VERBS + r")\s+"
    r"(?:the\s+)?[A-Z][\w'\u2019-]*(?:\s+[A-Z][\w'\u2019-]*){0,2}"
    # "amid worries about his demands that allies pay more": the writer's backdrop, to the clause's end
    r"|\b(?:" + alternation(NARRATIVE["context_openers"]) + r")\s+[^,;.#\"\u201c\u201d]*"
    # "..., and that the Economic Community of West African States had imposed sanctions at its summit":
    # a second body's own act, relayed beside the speaker's
    r"|,\s+and\s+that\s+(?:the\s+)?[A-Z][\w\-]*(?:\s+(?:of\s+|for\s+|and\s+)?[A-Z(][\w\-)]*)*\s+had\s+(?!been\b)[a-z]+ed\b[^;.#\"\u201c\u201d]*"
    # what the speaker has not spoken about ("the ministry had not commented on the blockade by noon")
    r"|\b(?:had|has|have)\s+not\s+(?:yet\s+)?(?:commented|reacted|responded)\s+(?:on|to)\b[^,;.#\"\u201c\u201d]*"
    # the writer's aside on the speaker's own plight ("Quito, despite its own budget crisis, offered help")
    r"|,\s+despite\s+(?:its|his|her|their)\s+own\s+[^,;.#\"\u201c\u201d]{1,60}(?=,)"
    # others' worries the speaker set aside ("..., brushing aside doubts among some in Ottawa about the new port")
    r"|,\s+(?:brushing|brushed|waving|waved|shrugging|shrugged)\s+(?:aside|off)\s+[^;.#\"\u201c\u201d]*"
    # the background the writer sets the reaction in ("..., as the new cabinet prepares to steer between the two blocs")
    # another's claim the speaker rejects: its content is the other side's words ("dismissed the minister's claim that
    # the border guards had fired first")
    r"|\b(?:reject|rejects|rejected|rejecting|dismiss|dismisses|dismissed|dismissing|deny|denies|denied|denying|refute|refutes|refuted)\s+"
    r"(?:[\w.'\u2019-]+\s+){0,5}?(?:statement|claims?|allegations?|assertions?|accusations?|suggestions?|charges?)\s+that\b[^;.#\"\u201c\u201d]*"
    r"|,\s+as\s+(?:the|a|an|its|his|her|their)\s+[^,;.#\"\u201c\u201d]{0,80}?\b(?:prepares?|braces?|faces?|struggles?|weighs?|seeks?)\b[^;.#\"\u201c\u201d]*"
    # the reporter's question the speaker answered ("Asked about the new pipeline, the spokesman said ...", "X, asked
    # whether Lima would send troops, said ..."): a sentence's opening or a comma's aside up to its closing comma; the
    # speaker's own question ("X asked whether the grant would be extended.") has no comma after it and stays his
    r"|(?:^|(?<=[.;!?]\s)|(?<=,\s))(?:(?:[Ww]hen\s+)?(?:[Aa]sked|[Qq]uestioned|[Pp]ressed)|(?:[Ii]n\s+(?:response|reply|answer)|[Rr]esponding|[Rr]eplying)\s+to\s+(?:a\s+|the\s+)?questions?)"
    r"\s+(?:about|whether|if|on|over|regarding|why|how|what)\b[^,;.#\"\u201c\u201d]{1,120}(?=,)"
)
_NARRATIVE_HINT_RE = re.compile(
    r"after|since|and that|amid|sked |question|ressed |to (?:" + _PROVOKE_VERBS + "|" + _SOOTHE_VERBS + r")|not (?:yet )?(?:comm|rea|resp)|despite|aside|off|, as |(?:statement|claims?|allegations?|assertions?|accusations?|suggestions?|charges?) that"
)


# "Oslo has weighed in: the islands are among the few states that still host its fleet.": after the colon, with no
# quotation and no speech or reaction verb, the writer's background to the speaker's interest, not his words
_WEIGHED_IN_RE = re.compile(r"\b(?:weighed|weighs|weighing|chimed|chimes|chiming) in:\s+(?![\"\u201c#])[^#\"\u201c\u201d]*")


def without_narrative(text: str, masked: str) -> str:
    """``text`` with the writer's narrative clauses blanked (same length)."""
    if " in:" in masked:
        for m in _WEIGHED_IN_RE.finditer(masked):
            colon = masked.index(":", m.start()) + 1
            if not find_verbs(masked[colon : m.end()]):
                text = text[:colon] + " " * (m.end() - colon) + text[m.end() :]
    if _NARRATIVE_HINT_RE.search(masked) is None:
        return text
    for m in _NARRATIVE_RE.finditer(masked):
        text = text[: m.start()] + " " * (m.end() - m.start()) + text[m.end() :]
    return text


# "NAIROBI, Aug 10 (Reuters) - ", "MUSCAT, 3rd March, 2021 (ONA) --", "LAHORE, Jan 5 (APP): ": where and when the
# wire filed, not who spoke (a colon closes one only after the day and the agency's bracket: "Japan: X said" is a label)
_DATELINE_DAY = r",\s+(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:st|nd|rd|th)?|\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]{2,8}\.?)(?:,?\s+\d{4})?"
DATELINE_RE = re.compile(
    r"(?m)^[A-Z][A-Za-z.'/ -]{1,40}?(?:(?:" + _DATELINE_DAY + r")?(?:\s+\([^)\n]{1,40}\))?\s+[-\u2013\u2014]+\s+"
    # (the colon form only with its day: "Ana Ruiz (Chile): ..." and "The Minister (Mr X): ..." are speakers' labels)
    + r"|" + _DATELINE_DAY + r"\s+\([^)\n]{1,40}\):\s+)"
)
_WEEKDAY_OPENING_RE = re.compile(r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b")
# the rest of a "who said what" table's row after its first cell: the quoted words, a dash, the next cell
_TABLE_ROW_RE = re.compile("[\"\u201c][^\"\u201c\u201d\n]{1,600}[\"\u201d]\\s+[-\u2013\u2014]+\\s+\\S")
# "\\s[-\u2013\u2014]" written to open with the dashes, which re skips to in C
_SPACE_DASH_RE = re.compile("[-\u2013\u2014](?<=\\s.)")
APPOSITIVE_TITLE_RE = re.compile(
    r"^,\s+(?:a|an|the|his|her|its|their|[A-Z][\w.\-]*(?:['\u2019]s|s['\u2019]))\s+[^,\"\u201c\u201d]{1,80},"
)
# ", who won in 2003,", ", a Delaware Democrat who visited Accra last year,"; a masked quotation
# ('"####"') may sit inside the clause; the same clause in brackets ("Ana Lind (who toured Suva in May) said")
RELATIVE_CLAUSE_RE = re.compile(
    r",\s+(?:(?:a|an|the)\s+[^,\"\u201c\u201d]{1,60}?\s)?(?:who|whose|which)\b(?:[^,\"\u201c\u201d]|(?<=\d),(?=\d)|[\"\u201c]#*[\"\u201d])*,"
    r"|\s\((?:(?:a|an|the)\s+[^()\"\u201c\u201d]{1,60}?\s)?(?:who|whose|which)\b[^()\"\u201c\u201d]{1,160}\)"
)
# ", and Ecuador's president Ana Ruiz said ...", "; the Kremlin said ...": a clause opening with a new subject
# (", and department spokeswoman Ana Lind said": a lower-case title before the name)
_CLAUSE_JOIN_RE = re.compile(
    r"(?:,\s+(?:and|while|whereas|but)|;)\s+(?=[A-Z]|(?:his|her|their)\s+[a-z]|the\s+[A-Z]|the\s+[^,;#]{3,60},\s+[A-Z]"
    r"|[a-z][a-z-]*(?:\s+[a-z][a-z-]*){0,2}\s+[A-Z])"
)
# ", and her foreign minister, Tomas Lind, said", ", and the Union's trade chief, Ana Lind, said": a new
# subject named by its office, then its name (", and Ana Lind, the Union's trade chief, said": the name, then the
# office); ", and the Director-General of the WHO, Ana Ruiz, warned" and ", and the Kremlin said": a capitalised
# office or body after "the"
_OWN_OFFICIAL_SUBJECT_RE = re.compile(
    r"(?:(?:his|her|their)\s+[a-z][a-z -]{2,40}|the\s+[A-Za-z][\w'\u2019 .-]{2,60}),\s+[A-Z][^,#]{2,50},\s*"
    r"|[A-Z][^,#]{2,50},\s+(?:the|an?)\s+[A-Za-z][\w'\u2019 .-]{2,60},\s*"
    r"|the\s+[A-Z][^,#]{1,60}(?:,\s+[A-Z][^,#]{2,50},)?\s*"
)
MAX_CLAUSE_SUBJECT = 70


def _titled_name(subject: str) -> bool:
    """Whether ``subject`` is one titled name and nothing else ("department spokeswoman Ana Lind ")."""
    subject = subject.strip()
    found = find_mentions(subject)
    return len(found) == 1 and found[0].kind == "person" and bool(found[0].role and found[0].name) and found[0].end == len(subject)


def speaker_clauses(s: Sentence, masked: str) -> list[Sentence]:
    """``s`` cut before each joined clause that has a subject and a verb of its own, when the clause
    before it has a verb too: "X spoke of '...', and Y said he celebrated '...'" is two speakers' words."""
    if s.header or not _CLAUSE_JOIN_RE.search(masked):
        return [s]
    pieces: list[Sentence] = []
    start = 0
    for join in _CLAUSE_JOIN_RE.finditer(masked):
        tail = join.end()
        # the first verb of the rest, and any verb of the piece so far, read in place: copying the
        # rest of the sentence at each join made a long line of clauses quadratic
        first = next(verbs_between(masked, tail, len(masked), stop=tail + MAX_CLAUSE_SUBJECT), None)
        if first is None:
            continue
        subject = masked[tail : first.start]
        if subject[:1].islower() and not (subject[:1] == "," or _OWN_OFFICIAL_SUBJECT_RE.fullmatch(subject) or _titled_name(subject)):
            continue  # "and his aides were ...": only an official named right after the office opens a new clause
        if "#" in subject or ("," in subject and not _OWN_OFFICIAL_SUBJECT_RE.fullmatch(subject)) or not subject.strip() or next(verbs_between(masked, start, join.start()), None) is None:
            continue
        pieces.append(Sentence(s.start + start, s.start + join.start(), s.text[start : join.start()], s.paragraph, False))
        start = tail
    if not pieces:
        return [s]
    pieces.append(Sentence(s.start + start, s.end, s.text[start:], s.paragraph, False))
    return pieces


# a table row read as a line ("Chile - Ana Ruiz, foreign minister - Welcomed the count - Monday"): a cell
# opening with a capitalised verb before a lower-case word ("Said Djinnit" stays a name)
_CELL_VERB_RE = re.compile(r"(?<= - )[A-Z][a-z]+(?= [a-z])")
_SINGLE_VERBS = frozenset(v for v in SPEECH_VERBS | REACTION_VERBS if " " not in v)


def lower_cell_verbs(text: str) -> str:
    """``text`` with a verb opening a " - " cell lower-cased ("- Warned that ..."), so it reads as the verb
    of the name before it, not as a name; same length. One C scan finds no " - " in most texts."""
    if " - " not in text:
        return text
    found = [m for m in _CELL_VERB_RE.finditer(text) if m.group().lower() in _SINGLE_VERBS]
    if not found:
        return text
    parts: list[str] = []
    done = 0
    for m in found:
        parts.append(text[done : m.start()])
        parts.append(m.group().lower())
        done = m.end()
    parts.append(text[done:])
    return "".join(parts)


def mask_datelines(text: str) -> str:
    """The text with wire datelines blanked out (same length, offsets unchanged).

    A dateline opens a line with a capital, so the pattern is tried only at such line starts
    (what ``DATELINE_RE.sub`` would find, without scanning every character). A dateline ends
    in a dash after a space or in an agency's bracket and a colon, so a text without either has none (C scans rule
    most texts out)."""
    if _SPACE_DASH_RE.search(text) is None and "):" not in text:
        return text
    parts: list[str] = []
    done = 0
    pos = 0
    while pos >= 0:
        if pos >= done and "A" <= text[pos : pos + 1] <= "Z":
            m = DATELINE_RE.match(text, pos)
            if m is not None and _TABLE_ROW_RE.match(text, m.end()):
                m = None  # 'Lagoon Forum - "We stand with Tonga" - Sunday': a table's row of cells, its first cell the speaker
            elif m is not None and _WEEKDAY_OPENING_RE.match(text, pos):
                m = None  # "Sunday, March 10th 2024 - The Government ...": a release's own date line, no wire's place
            if m is not None:
                parts.append(text[done:pos])
                parts.append("#" * (m.end() - pos))
                done = m.end()
        nl = text.find("\n", pos)
        pos = nl + 1 if nl >= 0 else -1
    if not parts:
        return text
    parts.append(text[done:])
    return "".join(parts)


# ", while the Maldives' president said ...": a second speaker's clause (a capital opens its subject)
_CLAUSE_SPLIT_RE = re.compile(r"[,;]\s+(?:while|whereas)\s+(?=(?:the\s+)?[A-Z])|;\s+(?=(?:the\s+)?[A-Z])")
# "...; on Monday, the Peruvian foreign ministry said": a clause opening in lower case after a semicolon
_LOWER_CLAUSE_RE = re.compile(r";\s+(?=[a-z])")


def _lower_clause(masked: str) -> re.Match[str] | None:
    """The first "; " before a lower-case clause that names a subject of its own (no pronoun) right before its
    first speech or reaction verb; the words between the semicolon and the verb are read from a short window."""
    cut = _LOWER_CLAUSE_RE.search(masked)
    if cut is None:
        return None
    window = masked[cut.end() : cut.end() + MAX_CLAUSE_SUBJECT + 40]
    verb = next(iter(find_verbs(window)), None)
    if verb is None or "#" in window[: verb.start]:
        return None
    subject = window[: verb.start]
    if " and " in subject:
        return None  # "...; the kingdom and Peru pledged funds": a joint act told in the same breath stays as it was
    named = [m for m in find_mentions(subject) if m.kind not in ("pronoun", "media") and not m.possessive]
    if not named or subject[named[-1].end :].strip(" ,"):
        return None
    return cut


# "India welcomed the result (Prime Minister X called it '...')": a second speaker's clause in brackets
_BRACKET_CLAUSE_RE = re.compile(r"\s\((?=(?:the\s+)?[A-Z])")


def _bracket_clause(masked: str) -> re.Match[str] | None:
    """The first " (" opening a bracketed clause whose own named subject stands right before its first speech or
    reaction verb (as for ", and "), the bracket closing it later in the sentence."""
    for cut in _BRACKET_CLAUSE_RE.finditer(masked):
        window = masked[cut.end() : cut.end() + MAX_AND_SUBJECT + 40]
        verb = next(iter(find_verbs(window)), None)
        if verb is None or verb.start > MAX_AND_SUBJECT or "#" in window[: verb.start] or ")" in window[: verb.start]:
            continue
        subject = window[: verb.start]
        named = [m for m in find_mentions(subject) if m.kind not in ("pronoun", "media") and not m.possessive]
        if named and named[0].start <= len("the ") and not subject[named[-1].end :].strip(" ,") and ")" in masked[cut.end() :]:
            return cut
    return None


# "X urged both sides to talk, and Russia's ambassador, Y, said ...": a second speaker's clause after ", and"
_AND_CLAUSE_RE = re.compile(r",\s+and\s+(?=the\s|[A-Z])")
# a subject of its own: its first verb at most this many characters into the clause (names, offices, places)
MAX_AND_SUBJECT = 100


def _and_clause(masked: str) -> re.Match[str] | None:
    """The first ", and " opening a clause whose own named subject (a name, office, body or place, no pronoun)
    stands right before its first speech or reaction verb, read from a short window."""
    for cut in _AND_CLAUSE_RE.finditer(masked):
        window = masked[cut.end() : cut.end() + MAX_AND_SUBJECT + 40]
        verb = next(iter(find_verbs(window)), None)
        if verb is None or verb.start > MAX_AND_SUBJECT or "#" in window[: verb.start]:
            continue
        subject = window[: verb.start]
        named = [m for m in find_mentions(subject) if m.kind not in ("pronoun", "media") and not m.possessive]
        if named and named[0].start <= len("the ") and not subject[named[-1].end :].strip(" ,"):
            return cut
    return None


def split_clauses(sentences: list[Sentence], masked_text: str) -> list[Sentence]:
    """Sentences with a "..., while X said ..." clause cut in two when each side has its own verb,
    so each speaker keeps only their own words (the parts share the paragraph)."""
    out: list[Sentence] = []
    for s in sentences:
        if s.header or ("while" not in s.text and "whereas" not in s.text and ";" not in s.text and ", and " not in s.text and " (" not in s.text):
            out.append(s)
            continue
        masked = masked_text[s.start : s.end]
        cut = _CLAUSE_SPLIT_RE.search(masked)
        if cut is None and ";" in masked:
            cut = _lower_clause(masked)
        if cut is None and ", and " in masked:
            cut = _and_clause(masked)
        if cut is None and " (" in masked:
            cut = _bracket_clause(masked)
        if cut is None or not find_verbs(masked[: cut.start()]) or not find_verbs(masked[cut.end() :]):
            out.append(s)
            continue
        a, b = s.start + cut.start(), s.start + cut.end()
        out.append(s._replace(end=a, text=s.text[: cut.start()]))
        out.append(s._replace(start=b, text=s.text[cut.end() :]))
    return out
