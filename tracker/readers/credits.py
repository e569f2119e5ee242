"""Credit lines: who wrote a story and for which outlet, written as a line of its own.

Under a headline: "By Ivo Marek | The Lakeside Gazette", "Gazette staff", "Staff and agencies",
"\u2014 The Lakeside Gazette", "AFP"; at a wire story's end: "(Reporting by Ivo Marek; Editing by
Lea Santos)". Such a line is no part of the article's text (kept, it would be the first paragraph,
where a wire dateline is looked for); the outlet it names is the article's outlet.

The words are in ``credit_words.toml``. Patterns are anchored and bounded and only see lines of
at most ``MAX_CREDIT_LINE`` characters.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from tracker.readers.dates import ANY_DAY, parse_date_line, parse_date_parts, parse_relative

CREDIT_WORDS_FILE = Path(__file__).with_name("credit_words.toml")
MAX_CREDIT_LINE = 200
# Paragraphs at the head of a text searched for credit lines (a standfirst may come first).
LEAD_PARAGRAPHS = 3
# A paragraph this long is the body: no credit line is looked for below it.
MAX_LEAD_PARAGRAPH = 160
MAX_OUTLET_WORDS = 7


@dataclass(frozen=True)
class Credit:
    """A credit line read: the outlet it names (None when it names none) and the author(s)."""

    outlet: str | None = None
    author: str | None = None


def _load(path: Path) -> dict[str, list[str]]:
    return {key: [word.lower() for word in words] for key, words in tomllib.loads(path.read_text(encoding="utf-8")).items()}


_WORDS = _load(CREDIT_WORDS_FILE)
_ANONYMOUS = frozenset(_WORDS["anonymous"])
_AGENCIES = frozenset(_WORDS["agencies"])
_ROLE_WORDS = frozenset(_WORDS["roles"])
_NOT_OUTLET_WORDS = frozenset(_WORDS["not_outlets"]) | _ROLE_WORDS
_OUTLET_WORDS = frozenset(_WORDS["outlet_words"])
_HEADLINE_WORDS = frozenset(_WORDS["headline_words"])
# A person's name has at most this many words besides particles and initials ("Ana Maria Lind").
MAX_NAME_WORDS = 3


def _alternation(words: list[str]) -> str:
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=len, reverse=True))


# A capitalised name word ("Ivo", "O'Neill", "J.", "Anne-Marie", "\u00c9mile"), name particles between them.
_NAME_WORD = r"[A-Z\u00c0-\u00de\u0100-\u024f][\w'\u2019.-]{0,30}"
_PARTICLE = r"(?:de|da|do|dos|das|del|della|di|du|van|von|der|den|la|le|al|el|bin|ibn|ben|y|e)"
# A person's name is two to five such words ("Ivo Marek", "Ana de Lima", "J. R. Okafor").
_NAME = rf"{_NAME_WORD}(?:\s+(?:{_PARTICLE}\s+)?{_NAME_WORD}){{1,4}}"
_ONE_WORD = rf"{_NAME_WORD}(?:\s+{_NAME_WORD}){{0,4}}"
_PLACES = rf"{_ONE_WORD}(?:\s*(?:,|&|\band\b)\s*{_ONE_WORD}){{0,3}}"
_NAMES = rf"{_NAME}(?:\s*(?:,|&|\band\b)\s*{_NAME}){{0,5}}"
_IN_PLACE = rf"(?:\s+(?:in|from)\s+{_PLACES})?"
# "Ivo Marek in Tallinn and Lea Santos in Riga": each name may have its place.
_NAMES_PLACED = rf"{_NAME}(?:\s+(?:in|from)\s+{_PLACES})?(?:\s*(?:,|&|\band\b)\s*{_NAME}(?:\s+(?:in|from)\s+{_PLACES})?){{0,5}}"
_CLAUSE = rf"(?i:{_alternation(_WORDS['credit_verbs'])})\s+(?i:by)\s+{_NAMES_PLACED}"
# "Reporting by Ivo Marek in Tallinn; Editing by Lea Santos", "(Additional reporting by Ana Lind)".
_WIRE_CREDIT = re.compile(rf"^[(\[]?\s*{_CLAUSE}(?:\s*[;,]\s*(?:and\s+)?{_CLAUSE}){{0,5}}\s*[.)\]]{{0,3}}$")
# "By Ivo Marek", "By Ivo Marek and Lea Santos in Riga", then optional parts: "| The Lakeside Gazette | 4 June 2025".
_BY_NAMES = re.compile(rf"^(?:By|BY|by)\s+(?P<names>{_NAMES}|(?:[Tt]he\s+)?{_ONE_WORD}){_IN_PLACE}(?P<rest>\s*(?:[|\u00b7\u2022]|\s[-\u2013\u2014]\s).*)?$")
# "By Ivo Marek, Fjord Post", "By Ivo Marek, Senior Correspondent, 4 June 2025": a name, then parts after
# commas (each an outlet, a role, a time or a one-word place; ``_comma_parts`` checks them).
_BY_NAME_COMMAS = re.compile(rf"^(?:By|BY|by)\s+(?P<names>{_NAME})(?P<rest>(?:\s*,\s*[^,|]{{1,80}}){{1,4}})$")
_PART_SEPARATOR = re.compile(r"\s*[|\u00b7\u2022]\s*|\s+[-\u2013\u2014]\s+")
# "Lakeside Gazette staff", "The Gazette Staff Writer": an outlet's name before a staff word.
_OUTLET_STAFF = re.compile(rf"^(?P<outlet>{_NAME_WORD}(?:\s+{_NAME_WORD}){{0,5}})\s+(?i:{_alternation(_WORDS['staff'])})$")
# "\u2014 The Lakeside Gazette": a dash and the outlet's name.
_DASH_OUTLET = re.compile(rf"^[-\u2013\u2014]\s*(?P<outlet>{_NAME_WORD}(?:\s+(?:of\s+|the\s+)?{_NAME_WORD}){{0,6}})$")
_AGENCY_SPLIT = re.compile(r"\s*(?:[/,&+]|\band\b)\s*")
_WRAPPING = " \t()[]\u2013\u2014-."


_SECTION_NEWS = frozenset(_WORDS["section_news"])


def is_section_news(name: str) -> bool:
    """True for a newspaper section's name ending in "News" ("World News", "International News"): no outlet."""
    if name.rstrip()[-4:].lower() != "news":
        return False
    words = [w.lower() for w in name.replace("|", " ").split()]
    return len(words) >= 2 and words[-1] == "news" and all(w in _SECTION_NEWS for w in words[:-1])


def _is_outlet_name(part: str) -> bool:
    words = part.split()
    return (
        0 < len(words) <= MAX_OUTLET_WORDS
        and not is_section_news(part)
        and not any(c.isdigit() for c in part)
        and part[:1].isupper()
        and not part.endswith((".", ",", ";", ":", "!", "?"))
        and not any(word.lower().strip(",.") in _ROLE_WORDS for word in words)
    )


NAME_LINK_WORDS = frozenset(("of", "the", "and", "de", "du", "des", "la", "le", "el", "del", "da", "do", "di", "&", "-", "on", "for"))


def is_outlet_name(line: str) -> bool:
    """True for a line that can be an outlet's name: a few capitalised words ("The Lakeside Gazette",
    "Voice of the Coast"), no sentence, digits or role words."""
    words = line.split()
    return (
        len(line) <= MAX_CREDIT_LINE
        and len(words) <= 6
        and _is_outlet_name(line)
        and all(word[:1].isupper() or word.lower() in NAME_LINK_WORDS for word in words)
    )


def has_outlet_word(name: str) -> bool:
    """True for an outlet's name that says it is one ("Baltic Morning Courier", "Radio Kestrel"): an outlet's word in it."""
    return any(word.lower().strip(".,'\u2019") in _OUTLET_WORDS for word in name.split())


def _names_outlet(part: str) -> bool:
    """A byline part after a comma that names an outlet ("Fjord Post", "The Kestrel Herald")."""
    return _is_outlet_name(part) and is_outlet_name(part) and any(word.lower() in _OUTLET_WORDS for word in part.split())


def _names_role(part: str) -> bool:
    """A byline part after a comma that is the author's role ("Staff Reporter", "Diplomatic Correspondent")."""
    words = part.split()
    return 0 < len(words) <= 5 and part[:1].isupper() and any(word.lower().strip(".") in _ROLE_WORDS for word in words)


def _comma_parts(rest: str) -> tuple[bool, str | None]:
    """Whether every part after a byline's name is an outlet, a role, a one-word place or the closing
    date; and the outlet."""
    outlet = None
    parts = rest.split(",")[1:]
    for index, part in enumerate(p.strip() for p in parts):
        if _names_outlet(part):
            outlet = outlet or part
        elif _names_role(part) or re.fullmatch(_NAME_WORD, part):
            continue
        elif _is_time(",".join(parts[index:]).strip()):  # "..., Friday, May 3, 2024": the date closes the line
            break
        else:
            return False, None
    return True, outlet


def _is_time(part: str) -> bool:
    return bool(parse_relative(part, reference_date=ANY_DAY) or parse_date_line(part) or parse_date_parts(part, reference_date=ANY_DAY))


def _agencies(line: str) -> str | None:
    """The line as written when it is only news agencies ("AFP", "Xinhua / Reuters", "(AP)"), else None."""
    inner = line.strip(_WRAPPING)
    if inner.lower().startswith("with "):
        inner = inner[5:].strip()
    parts = [part for part in _AGENCY_SPLIT.split(inner) if part]
    if not parts or len(parts) > 4:
        return None
    for part in parts:
        if part.lower() not in _AGENCIES or (len(part) <= 4 and not part.isupper()):  # "AP", "TT" but not "map"
            return None
    return inner


def _is_initial(word: str) -> bool:
    return word.endswith(".") and len(word) <= 3  # "J.", "Th."


def _reads_as_headline(names: str) -> bool:
    """True when the words after "By" go on like a title-case headline ("Road And Rail, Envoys Reach The
    Border") instead of naming people, an outlet or a role: a capitalised word no name has ("And", "A",
    "Two"), or a part after a comma of more words than a name has."""
    parts = [part.strip() for part in re.split(r",|&|\band\b", names)]
    for index, part in enumerate(parts):
        words = part.split()
        named = bool(words) and bool(_agencies(part) or _names_outlet(part) or _names_role(part))
        for position, word in enumerate(words):
            bare = word.strip("'\u2019:;!?")
            if bare.lower() not in _HEADLINE_WORDS or not (bare.istitle() or bare.isupper()):
                continue
            if position == 0 and (index > 0 or named) and bare.lower() == "the":
                continue  # "By The Associated Press", "By Ana Lind, The Hague"
            return True
        if index > 0 and not named and len([w for w in words if not _is_initial(w) and re.fullmatch(_PARTICLE, w) is None]) > MAX_NAME_WORDS:
            return True
    return False


def is_headline_by(line: str) -> bool:
    """True for a title-case headline that opens with "By" ("By A Wide Margin, Voters Back The Charter"),
    which is no byline; False for a byline ("By Ana Lind, Fjord Post", "By Ana Lind and Ola Berg")."""
    line = line.strip()
    if len(line) > MAX_CREDIT_LINE or not re.match(r"(?:By|BY)\s", line):
        return False
    return _reads_as_headline(_PART_SEPARATOR.split(line[3:], maxsplit=1)[0])


# "Prepared by the Press Section", "Compiled by: Ana Lind", "Translation: Harbour Monitoring Service": a production
# note; a few words, each part after a comma capitalised ("Prepared by Ana Lind, Press Attache"), no sentence's end,
# no date ("Compiled by the Desk | 4 May 2024" is a header line whose date dates the article).
_NOTE_WHO = r"(?:(?:the|our)\s+)?[A-Z\u00c0-\u00de][^.!?;:,|\u00b7\u2022\d]{0,60}(?:,\s*[A-Z\u00c0-\u00de][^.!?;:,|\u00b7\u2022\d]{0,40}){0,2}"
_PRODUCTION_NOTE = re.compile(rf"^(?i:{_alternation(_WORDS['production_notes'])})(?:\s+(?i:by)\s*:?|\s*:)\s+{_NOTE_WHO}$")
MAX_NOTE_WORDS = 10


def is_production_note(line: str) -> bool:
    """True for a note naming who prepared, compiled or translated a text ("Prepared by the Embassy Press Section")."""
    line = line.strip()
    return len(line) <= MAX_CREDIT_LINE and len(line.split()) <= MAX_NOTE_WORDS and _PRODUCTION_NOTE.match(line) is not None


@lru_cache(maxsize=8192)  # a dump's lines are asked again by each rule that looks for a credit (Credit is frozen)
def credit_of(line: str) -> Credit | None:
    """The credit a line is, or None when it is anything else (a headline, a sentence, a date line).

    >>> credit_of("By Ivo Marek | The Lakeside Gazette")
    Credit(outlet='The Lakeside Gazette', author='Ivo Marek')
    """
    line = line.strip()
    if not line or len(line) > MAX_CREDIT_LINE or is_headline_by(line):
        return None
    if by := _BY_NAMES.match(line):
        # "By Ivo Marek, Associated Press", "By The Associated Press": an agency's name among the names is the outlet.
        names = [name.strip().removeprefix("The ").removeprefix("the ") for name in re.split(r",|&|\band\b", by["names"])]
        outlet = next((name for name in reversed(names) if _agencies(name)), None)
        author = by["names"]
        if "," in author:
            # "By Ivo Marek, Fjord Post", "By Ivo Marek, Staff Reporter": a part after a comma naming an
            # outlet is the outlet, one naming a role neither is an author.
            first, *parts = (part.strip() for part in author.split(","))
            outlet = outlet or next((part for part in parts if _names_outlet(part)), None)
            author = ", ".join([first] + [part for part in parts if not (_names_outlet(part) or _names_role(part))])
        if outlet is None and " " not in by["names"].strip():
            return None  # "By Tuesday, ...": one word that is no agency is no name
        for part in _PART_SEPARATOR.split(by["rest"] or "")[1:]:
            if outlet is None and part and not _is_time(part) and _is_outlet_name(part):
                outlet = part
                break
        return Credit(outlet=outlet, author=author)
    if (by := _BY_NAME_COMMAS.match(line)) and (found := _comma_parts(by["rest"]))[0]:
        return Credit(outlet=found[1], author=by["names"])
    if _WIRE_CREDIT.match(line) or is_production_note(line):
        return Credit()
    bare = line.strip(_WRAPPING).lower()
    if bare in _ANONYMOUS or (bare.startswith(("by ", "from ")) and bare.split(" ", 1)[1] in _ANONYMOUS):
        return Credit()
    if staff := _OUTLET_STAFF.match(line.strip(_WRAPPING)):
        outlet = staff["outlet"]
        named = any(word.lower() not in _NOT_OUTLET_WORDS for word in outlet.split())
        return Credit(outlet=outlet if named else None)
    if dash := _DASH_OUTLET.match(line):
        return Credit(outlet=dash["outlet"]) if _is_outlet_name(dash["outlet"]) else None
    agency = _agencies(line)
    if agency:
        return Credit(outlet=agency)
    return None


# An author's name alone on its line, as a page copied without the "By" prints it: "Mara Volkova", "Ana de
# Lima", "J. R. Okafor, Baltic correspondent" (roles, an outlet or a one-word place after commas).
_BARE_NAME = re.compile(rf"^(?P<names>{_NAME_WORD}(?:\s+(?:{_PARTICLE}\s+)?{_NAME_WORD}){{1,4}})(?P<rest>(?:\s*,\s*[^,|]{{1,80}}){{0,3}})$")


# Several authors, each maybe with a place: "Jane Roe and Ola Berg", "Jane Roe in Riga, Ola Berg in Tallinn".
_BARE_NAMES = re.compile(rf"^{_NAMES_PLACED}$")
_IN_PLACES = re.compile(rf"\s+(?:in|from)\s+{_PLACES}")
_NAME_SPLIT = re.compile(r"\s*(?:,|&|\band\b)\s*")


def _is_person_name(names: str) -> bool:
    """Two or three name words besides initials and particles, no outlet's word, role or headline word."""
    words = [w for w in names.split() if not _is_initial(w) and re.fullmatch(_PARTICLE, w) is None]
    if not 1 <= len(words) <= MAX_NAME_WORDS or len(names.split()) < 2 or any(c.isdigit() for c in names):
        return False
    if has_outlet_word(names) or _reads_as_headline(names):
        return False
    return not any(word.lower().strip(".") in _ROLE_WORDS for word in words)


def is_author_line(line: str) -> bool:
    """True for a line that may be an author's name without "By" ("Mara Volkova", "Mara Volkova, Baltic
    correspondent", "Mara Volkova and Ola Berg in Riga"): two or three name words besides initials and particles, no outlet's word, no word
    of a headline. A short outlet name ("Baltic Compass") has the shape too: a reader takes such a line
    for a credit only where a byline stands (next to the date line above or under a headline)."""
    line = line.strip()
    if len(line) > MAX_CREDIT_LINE or re.match(r"(?:By|BY|by)\s", line):
        return False
    found = _BARE_NAME.match(line)
    if found is not None and _is_person_name(found["names"]) and (not found["rest"] or _comma_parts(found["rest"])[0]):
        return True
    if _BARE_NAMES.match(line) is None:
        return False
    names = [name for name in _NAME_SPLIT.split(_IN_PLACES.sub("", line)) if name]
    return bool(names) and all(_is_person_name(name) for name in names)


# A photo's credit: "Photo: Ivo Kask/AFP", "PHOTO: FILE/HARBOUR TIMES", "(Photo by Ivo Kask/Wire via Getty Images)",
# "Image: AFP/Getty", "Image source, Reuters", "REUTERS/Ivo Kask". The credit names people and agencies: capitalised words, slashes, "via".
MAX_PHOTO_CREDIT = 80
_PHOTO_AGENCIES = frozenset(_WORDS["photo_agencies"]) | _AGENCIES
_CREDIT_WORD = r"(?:[A-Z\u00c0-\u00de\u0100-\u024f0-9\u00a9][\w'\u2019.&-]*|via|for|and|of|the|de|da|van|von|courtesy|handout|file|supplied|pool)"
_CREDIT_TEXT = rf"{_CREDIT_WORD}(?:\s*(?:/|,|&|;|\s)\s*{_CREDIT_WORD}){{0,9}}"
_PHOTO_WORD = rf"(?i:{_alternation(_WORDS['photo_words'])})"
_PHOTO_CREDIT = re.compile(
    rf"^[(\[]?\s*{_PHOTO_WORD}(?:\s*[:|]\s*|\s+(?i:source)\s*[:,]\s*|\s+[\u2013\u2014-]\s+|\s+(?i:by|courtesy\s+of|courtesy)\s+)(?P<credit>{_CREDIT_TEXT})\s*[.)\]]?$"
)
_SLASH = re.compile(r"\s*/\s*")
_VIA = re.compile(r"\s+via\s+", re.IGNORECASE)
_CLOSING_SENTENCE = re.compile(r"[.!?\"\u201d\u2019]\s+(?=\S)")
_BRACKETED = re.compile(r"[(\[]([^()\[\]\n]{3,100})[)\]]")
# A line with none of these holds no photo credit (a quick look before the closer ones).
_PHOTO_HINT = re.compile(r"(?i:phot|imag|pic|foto|illustration|getty)|/")
_PHOTO_HINT_WORDS = ("phot", "imag", "pic", "foto", "illustration", "getty")
# Letters the case-blind pattern matches to "s" or "i" that lower() leaves apart ("\u017f", "\u0131", "\u0130").
_FOLDED_LETTERS = re.compile("[\u017f\u0131\u0130]")


def _has_photo_hint(text: str) -> bool:
    """``_PHOTO_HINT`` found in ``text``: substring tests on the lowered text, many times faster than the case-blind
    alternation over a long article (the pattern itself where a letter folds otherwise)."""
    if "/" in text:
        return True
    if _FOLDED_LETTERS.search(text):
        return _PHOTO_HINT.search(text) is not None
    lower = text.lower()
    return any(word in lower for word in _PHOTO_HINT_WORDS)


def is_photo_credit(line: str) -> bool:
    """True for a photo's credit standing alone: a photo word and the credit ("Photo: Ivo Kask/AFP", "(Photo by
    Ivo Kask/Wire)", "Image: AFP/Getty Images"), or names and agencies joined by a slash, one of them a picture or
    news agency ("REUTERS/Ivo Kask", "Ivo Kask/AFP via Getty Images", "FILE/Harbour Times")."""
    line = line.strip()
    if not line or len(line) > MAX_PHOTO_CREDIT:
        return False
    if _PHOTO_CREDIT.match(line) or (line.lower() in _PHOTO_AGENCIES and line.lower() not in _AGENCIES):
        return True  # "Getty Images" alone; a news agency alone ("AFP") credits the story (``credit_of``)
    parts = [part for piece in _SLASH.split(line.strip("()[]. ")) for part in _VIA.split(piece)]
    return (
        ("/" in line or len(parts) > 1)
        and all(re.fullmatch(_CREDIT_TEXT, part) for part in parts)
        and any(part.lower() in _PHOTO_AGENCIES for part in parts)
        and not all(part.lower() in _AGENCIES for part in parts)  # "Xinhua / Reuters" credits the story (``credit_of``)
    )


def without_photo_credit(line: str) -> str:
    """``line`` without the photo credits closing it or standing in brackets in it ("... in Riga on Tuesday.
    Photo: Ivo Kask/AFP", "... in Riga (Photo by Ivo Kask/Wire)."); "" for a line that is only a credit."""
    if not _has_photo_hint(line):
        return line
    if is_photo_credit(line):
        return ""
    if "(" in line or "[" in line:
        pieces: list[str] = []
        start = 0
        for match in _BRACKETED.finditer(line):
            if is_photo_credit(f"({match.group(1)})"):
                pieces.append(line[start : match.start()].rstrip())
                start = match.end()
        line = "".join(pieces) + line[start:] if pieces else line
    tail_from = max(0, len(line) - MAX_PHOTO_CREDIT - 2)
    ends = [m.end() for m in _CLOSING_SENTENCE.finditer(line, tail_from)]
    if ends and is_photo_credit(line[ends[0] :]):
        line = line[: ends[0]].rstrip()
    elif len(ends) > 1:
        at = next((end for end in ends[1:] if is_photo_credit(line[end:])), None)
        line = line[:at].rstrip() if at is not None else line
    return line


def text_without_photo_credits(text: str) -> str:
    """An article's text without photo credits (``without_photo_credit`` on each line; a paragraph that was
    only a credit goes with the blank line after it)."""
    if not _has_photo_hint(text):
        return text
    lines = text.split("\n")
    kept = [without_photo_credit(line) for line in lines]
    if kept == lines:
        return text
    out: list[str] = []
    for line, new in zip(lines, kept):
        if line.strip() and not new:
            while out and not out[-1].strip():
                out.pop()  # the blank line before a dropped credit paragraph
            continue
        out.append(new)
    while out and not out[0].strip():
        out.pop(0)
    return "\n".join(out).strip("\n")


def is_wire_credit(line: str) -> bool:
    """True for a wire's closing credit clauses ("Reporting by Ivo Marek; Editing by Lea Santos")."""
    return len(line) <= MAX_CREDIT_LINE and _WIRE_CREDIT.match(line.strip()) is not None


def _bare_author(paragraphs: list[str], index: int) -> bool:
    """True when ``paragraphs[index]`` is an author's name without "By" (``is_author_line``) next to what a
    byline stands with: a date line above or under it, or the author's role under it ("Baltic correspondent")."""
    if not 0 <= index < len(paragraphs) or not is_author_line(paragraphs[index]):
        return False
    above = paragraphs[index - 1] if index > 0 else ""
    under = paragraphs[index + 1] if index + 1 < len(paragraphs) else ""
    return _is_time(above[:80]) or _is_time(under[:80]) or (_names_role(under) and len(under.split()) <= 3)


def without_credits(paragraphs: list[str]) -> tuple[list[str], str | None, list[str]]:
    """``paragraphs`` without the credit lines at their head (among the first ``LEAD_PARAGRAPHS``,
    above the first long one) and the wire credits closing them; the outlet a credit names; and
    the credit lines taken from the head (a byline's date dates the story: ``plaintext.byline_date``)."""
    outlet = None
    kept: list[str] = []
    credits: list[str] = []
    for index, paragraph in enumerate(paragraphs):
        if index >= LEAD_PARAGRAPHS or len(paragraph) > MAX_LEAD_PARAGRAPH:
            kept.extend(paragraphs[index:])
            break
        credit = credit_of(paragraph)
        if credit is None and _bare_author(paragraphs, index):
            credits.append(paragraph)  # "Mara Volkova / 12 March 2024", "Mara Volkova / Baltic correspondent"
            continue
        if credit is None and credits and _names_role(paragraph) and len(paragraph.split()) <= 3 and _bare_author(paragraphs, index - 1):
            credits.append(paragraph)  # the role under the name
            continue
        if credit is None:
            kept.append(paragraph)
            continue
        outlet = outlet or credit.outlet
        credits.append(paragraph)
    while len(kept) > 1 and is_wire_credit(kept[-1]):
        kept.pop()
    return kept, outlet, credits
