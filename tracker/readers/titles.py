"""Whether a line a reader takes for an article's title is a headline, and which line is when it is not.

Readers take a title from where a file usually puts one: the first line of a text, a <title>,
a "title" field. Files put other things there too: an outlet's masthead ("THE LAGOON HERALD"),
a database print's publication line ("Harbour Times (Suva, Fiji)", "Lagoon Wire, 4 May 2024"),
a programme banner or section label ("EVENING BULLETIN", "Politics / Diplomacy"), a record field
("Section: Markets"), a date, a byline, a document counter ("Item 3 of 9"), an organisation's site
header ("Harbour Council | Statements and speeches"); and a page copied whole puts its cookie-consent
banner ("Your privacy, your choice", "Accept all | Manage options") and its menu above all of them. A title taken from
such a line names no story, and every row of the article is lost to whoever looks for it by
its headline. ``title_fault`` says what a candidate is when it is no headline; a reader then
takes the headline-like line found by ``headline_below`` (or its next candidate) instead, and
keeps its own choice when there is none.

The words are in ``title_words.toml``.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Iterable
from functools import lru_cache
from pathlib import Path

from tracker.readers.credits import NAME_LINK_WORDS, credit_of, is_headline_by, is_outlet_name, is_section_news
from tracker.readers.dates import (
    ANY_DAY,
    parse_date_line,
    parse_date_parts,
    parse_dateline,
    parse_relative,
)

TITLE_WORDS_FILE = Path(__file__).with_name("title_words.toml")
# The longest title any reader keeps (a longer first line is text, or is cut at a word).
MAX_TITLE = 300
# Lines under a rejected candidate searched for the headline (dates, bylines, fields between).
HEADLINE_SEARCH_LINES = 5
# A masthead has a few words besides "The" ("South Lagoon Morning Herald"); a headline in title case has more.
MAX_MASTHEAD_WORDS = 4
# An all-capitals banner ("MIDDAY NEWS HOUR") is short; an all-capitals headline is longer.
MAX_BANNER_WORDS = 4
MAX_LABEL_LINE = 60
# A site name or section name in a menu: a few words at most.
MAX_MENU_ITEM = 30
MIN_HEADLINE_WORDS = 4
# A site's header line: an organisation's name and the section's ("Harbour Council | Statements and speeches").
MAX_SITE_PART_WORDS = 8
# An organisation's full name in such a header may be longer ("Ministry of Foreign Affairs of the Republic of X").
MAX_SITE_NAME_WORDS = 12
# A consent banner's heading or button row is short ("We value your privacy", "Accept all | Reject");
# its notice is a paragraph of any length up to this.
MAX_CONSENT_HEAD_WORDS = 12
MAX_CONSENT_LINE = 1500
MAX_BUTTON_WORDS = 3
# "We and our vendors store information on your device ... you consent": a notice without the word "cookies".
MIN_CONSENT_SIGNS = 3
# Page furniture above a copied page's masthead (a consent banner, a menu): passed over without counting,
# up to this many lines, when looking for the headline.
FURNITURE_FAULTS = frozenset({"consent", "menu", "ticker"})
MAX_FURNITURE_LINES = 10


def _load(path: Path) -> dict[str, frozenset[str]]:
    return {key: frozenset(word.lower() for word in words) for key, words in tomllib.loads(path.read_text(encoding="utf-8")).items()}


_WORDS = _load(TITLE_WORDS_FILE)
MASTHEAD_LAST = _WORDS["masthead_last"]
MASTHEAD_FIRST = _WORDS["masthead_first"]
LABEL_WORDS = _WORDS["label_words"]
ISSUER_HEADS = _WORDS["issuer_heads"]
FIELD_LABELS = _WORDS["field_labels"]
PLACEHOLDERS = _WORDS["placeholders"]
# Words of a transcript's or statement's title whose closing date dates it (used by plaintext.title_date).
DATED_TITLE_WORDS = _WORDS["dated_title"]
CONSENT_CORE = _WORDS["consent_core"]
CONSENT_BUTTONS = _WORDS["consent_buttons"]
CONSENT_WORDS = _WORDS["consent_words"] | CONSENT_CORE | CONSENT_BUTTONS
_COOKIE = re.compile(r"\bcookies?\b", re.I)
_CONSENT_SIGN = re.compile(r"\b(?:" + "|".join(re.escape(w) for w in sorted(_WORDS["consent_signs"], key=len, reverse=True)) + r")\b", re.I)

# A masthead or section path of short parts between bars ("The Lagoon Post | Opinion desk"), or a
# broadcaster's banner of channel and programme between spaced dashes ("COASTAL RADIO ONE - THE MIDDAY REPORT").
_LABEL_BAR = re.compile(r"\s*[|\u203a\u00bb\u00b7\u2022]\s*|\s+[-\u2013\u2014]\s+")
# Separators between the parts of a section label: "WORLD | EUROPE", "NEWS / ASIA", "SPORT › FOOTBALL".
_LABEL_SEPARATOR = re.compile(r"[|/\u203a\u00bb>\u00b7\u2022\u2013\u2014-]")
# A wire story's slug line: capitals joined by "-" or "/", an optional note in brackets
# ("PERU-ELECTION/RUNOFF (UPDATE 3)", "TONGA-CABINET/ (URGENT)").
_WIRE_SLUG = re.compile(r"^[A-Z0-9]{2,}(?:[-/][A-Z0-9]*)+(?:\s*\([A-Z0-9][A-Z0-9 ,-]{0,20}\))?$")
_SENTENCE_END = re.compile(r"[.!?:;\"'\u201d\u2019)]$")
# "Document 3 of 12", "Item 4/9", "Result 2 of 40", "12 of 30": a record counter.
_COUNTER = re.compile(
    r"^(?:(?:document|doc|item|record|article|result|story|entry|page|clip|no\.?|#)\s*)?\d{1,6}\s*(?:of|/|de|von|sur|di)\s*\d{1,6}$", re.I
)
# A database's document number closing or heading a record: "Document LGWIRE0020240504ek5400012".
_DOCUMENT_NUMBER = re.compile(r"^document\s+[a-z0-9]{12,40}$", re.I)
# "Section: Markets", "Edition: Late City": a record field; the name is one or two words.
_FIELD = re.compile(r"^(?P<key>[A-Za-z][A-Za-z -]{0,24}?)\s*:\s*\S")
# "Harbour Times (Suva, Fiji)": a publication and its place in brackets.
_PLACED = re.compile(r"^(?P<name>[^()]{2,60}?)\s*\((?P<place>[^()]{2,40})\)$")
# "Harbour Times, 4 May 2024", "Lagoon Wire | Monday 4 May 2024", "Harbour Times - May 4, 2024".
_NAME_THEN_REST = re.compile(r"^(?P<name>[^,|\u00b7\u2022\u2013\u2014]{2,60}?)\s*(?P<sep>,|\||\u00b7|\u2022|\s[-\u2013\u2014])\s*(?P<rest>\S.{0,80})$")
# Words of a masthead's tagline at most: "The Lagoon Herald \u2014 News from the atolls since 1931".
MAX_TAGLINE_WORDS = 10
_BYLINE = re.compile(r"^(?:By|BY)\s+[A-Z]")
_INITIALS = re.compile(r"\s+\([A-Z]{2,8}\)$")
# A web address, a bare domain or a file's name standing alone: "https://lagoonherald.example/world/x",
# "www.lagoonherald.example", "clipping_0412.docx".
_ADDRESS = re.compile(r"^(?:https?://\S+|www\.\S+|(?:[\w-]+\.)+[a-z]{2,12}(?:/\S*)?|[\w -]{1,60}\.(?i:txt|docx?|pdf|html?|odt|rtf|eml|json|csv|xlsx?|md))$")
_PROVENANCE = re.compile(
    r"^(?:" + "|".join(re.escape(w) for w in sorted(_WORDS["provenance_verbs"], key=len, reverse=True)) + r")\b(?:\s+(?:from|via)\b|\s+on\s+\d|\s*:)", re.I
)
_WORD = re.compile(r"[\w'\u2019&-]+")
# The gaps between a navigation bar's entries as a page copied as text keeps them: tabs, runs of
# spaces, bars, bullets, slashes, chevrons ("Home  Politics  Science  Travel", "News | Sport | Weather").
_MENU_GAP = re.compile(r"\t+|\s{2,}|\s*[|\u2022\u00b7\u203a\u00bb/>]\s*")
# A navigation bar has a few entries; each is one to three capitalised words ("Rest of World",
# "Arts & Culture"), whose small words joining them may be in lower case.
MIN_MENU_ENTRIES = 3
MAX_MENU_ENTRY_WORDS = 3
# Entries of a bar whose gaps were lost (a PDF or a browser joined them with single spaces): all
# section names, or all but one in a bar of this many words or more.
MIN_JOINED_MENU_WORDS = 4
MENU_WORDS = _WORDS["menu_words"] | LABEL_WORDS
MENU_JOINERS = _WORDS["menu_joiners"]
TICKER_LABELS = _WORDS["ticker_labels"]
# A ticker: its label, a colon (or a gap), then headlines between bars or bullets.
_TICKER = re.compile(r"^(?P<label>[^\W\d][\w' ]{1,24}?)\s*(?::|\s[-\u2013\u2014]|\s{2,}|\t|[|\u2022\u00b7])\s*(?P<items>\S.*)$")
_TICKER_GAP = re.compile(r"\s*[|\u2022\u00b7]\s*")
MIN_TICKER_ITEMS = 2
OPEN_LINE_ENDS = _WORDS["open_line_ends"]
_ISSUE_WORD = "(?:" + "|".join(re.escape(w) for w in sorted(_WORDS["issue_words"], key=len, reverse=True)) + r")\.?"
# An issue's number: "Issue 42", "No. 7", "Vol. 3", "#42", "N\u00ba 12".
_ISSUE = re.compile(rf"^(?:{_ISSUE_WORD}\s*#?\s*|#\s*)\d{{1,5}}$", re.IGNORECASE)
# A name closing with its issue's number: "The Lagoon Letter #42", "Harbour Notes Issue 7".
_NAME_AND_ISSUE = re.compile(rf"^(?P<name>\S.*?)\s+(?:{_ISSUE_WORD}\s*#?\s*|#\s*)\d{{1,5}}$", re.IGNORECASE)
# What separates the parts of an issue line or a newsletter's subject: bars, dots, commas, dashes, colons.
_ISSUE_PARTS = re.compile(r"\s*[|\u00b7\u2022,:]\s*|\s+[-\u2013\u2014]\s+")
# A volume and a number written without a comma between them: "Vol. 9 No. 140".
_ISSUE_RUN = re.compile(rf"^(?:{_ISSUE_WORD}\s*#?\s*)\d{{1,5}}(?:\s+{_ISSUE_WORD}\s*#?\s*\d{{1,5}}){{1,2}}$", re.IGNORECASE)
# A paper's motto in quotation marks beside its issue line: "\u201cThe People's Paper\u201d | Vol. 9 No. 140".
_MOTTO = re.compile(r'^["\u201c][^"\u201c\u201d.!?]{3,40}["\u201d]$')
MAX_MOTTO_WORDS = 6


@lru_cache(maxsize=8192)
def _is_time(text: str) -> bool:
    text = text.strip()
    return bool(
        text
        and len(text) <= 160
        and (parse_relative(text, reference_date=ANY_DAY) or parse_date_line(text) or parse_date_parts(text, reference_date=ANY_DAY))
    )


def _key(name: str) -> str:
    words = [w.casefold() for w in _WORD.findall(name)]
    return " ".join(words[1:] if words[:1] == ["the"] else words)


def _is_named_outlet(name: str, outlets: Iterable[str]) -> bool:
    key = _key(name)
    return bool(key) and any(key == _key(outlet) for outlet in outlets if outlet)


def is_issue_line(line: str) -> bool:
    """A newsletter's or magazine's issue line: its number, with a date or weekday at most ("Issue 42 | 8 June
    2024", "Vol. 3, No. 12", "#42 \u00b7 Saturday"), with the paper's quoted motto at most."""
    if len(line) > MAX_LABEL_LINE:
        return False
    parts = [part for part in _ISSUE_PARTS.split(line.strip()) if part]
    issues = [part for part in parts if _ISSUE.match(part) or _ISSUE_RUN.match(part)]
    mottos = [part for part in parts if _MOTTO.match(part) and len(part.split()) <= MAX_MOTTO_WORDS]
    return bool(issues) and len(mottos) <= 1 and all(part in issues or part in mottos or _is_time(part) or part.lower() in _WEEKDAYS for part in parts)


_WEEKDAYS = frozenset(("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"))


def newsletter_name(subject: str) -> tuple[str, bool] | None:
    """(name, numbered) when ``subject`` may be only a newsletter's name: a few capitalised words with no
    sentence's punctuation and no digit ("The Lagoon Letter", "Morning Currents"), alone or with the issue's number
    or date ("The Reef Line #42: 8 June 2024", "Harbour Notes | Issue 7"); ``numbered`` says an issue number
    or date came with it, which makes the subject the newsletter's. None for a subject that says more."""
    parts = [part for part in _ISSUE_PARTS.split(" ".join(subject.split())) if part]
    names = [part for part in parts if not (_ISSUE.match(part) or _is_time(part) or part.lower() in _WEEKDAYS)]
    if len(names) != 1:
        return None
    name = names[0]
    numbered = len(names) < len(parts)
    if (issue := _NAME_AND_ISSUE.match(name)) is not None:
        name, numbered = issue["name"], True
    words = name.split()
    if not 0 < len(words) - (words[0].lower() == "the") <= MAX_MASTHEAD_WORDS + 1 or any(c.isdigit() for c in name) or _SENTENCE_END.search(name):
        return None
    if not words[0][:1].isupper() or not all(w[:1].isupper() or w.lower() in MENU_JOINERS for w in words):
        return None
    return name, numbered


def is_label(line: str) -> bool:
    """An all-capitals label ("ANALYSIS", "WORLD | EUROPE"), a wire slug ("PERU-ELECTION/RUNOFF (UPDATE 3)"),
    or a masthead or section path of short parts between bars ("The Lagoon Post | Opinion desk", "Politics | Diplomacy")."""
    if len(line) <= MAX_LABEL_LINE and _WIRE_SLUG.match(line):
        return True
    if len(line) <= MAX_MENU_ITEM and line.isupper():
        return len([word for word in line.split() if not _LABEL_SEPARATOR.fullmatch(word)]) <= 3
    parts = _LABEL_BAR.split(line)
    return (
        len(parts) >= 2
        and len(line) <= MAX_LABEL_LINE
        and all(0 < len(part.split()) <= 3 for part in parts)
        and not _SENTENCE_END.search(line)
        and not any(_is_time(part) for part in parts)  # "Desk | 4 March 2025" dates the article
    )


def _is_name(part: str) -> bool:
    """An organisation's name in a site header: capitalised words and their links, no digits ("United
    Nations", "Ministry of Foreign Affairs", "Office of the Harbour Council", "Ministry of Foreign Affairs
    and Trade of the Republic of Lagoonia")."""
    words = part.split()
    return (
        0 < len(words) <= MAX_SITE_NAME_WORDS
        and words[0][:1].isupper()
        and not any(c.isdigit() for c in part)
        and all(word[:1].isupper() or word.lower() in NAME_LINK_WORDS for word in words)
    )


def _is_section_name(part: str) -> bool:
    """A site section's name made of label words ("Statements and speeches", "Meetings Coverage and Press Releases")."""
    words = [w.lower() for w in _WORD.findall(part)]
    return 0 < len(words) <= MAX_SITE_PART_WORDS and all(w in LABEL_WORDS for w in words)


def is_site_header(line: str) -> bool:
    """An organisation's site header: parts between bars, one at least a section's name and the others
    names ("Harbour Council | Newsroom | Statements and speeches", "Office of the Spokesperson | Daily Briefings")."""
    parts = _LABEL_BAR.split(line)
    return (
        len(parts) >= 2
        and len(line) <= 2 * MAX_LABEL_LINE
        and not _SENTENCE_END.search(line)
        and any(_is_section_name(part) for part in parts)
        and all(_is_section_name(part) or _is_name(part) for part in parts)
        and not any(_is_time(part) for part in parts)
    )


# Small words of an office's name: "Embassy of Lagoonia in Suva", "Mission of Lagoonia to the United Nations".
_ISSUER_LINKS = NAME_LINK_WORDS | {"in", "to", "at"}


def is_issuer_name(line: str) -> bool:
    """A government office's or body's name standing alone, as its statement page puts it over the title
    ("Ministry of Foreign Affairs and Trade", "Federal Department of Foreign Affairs", "Embassy of Lagoonia in
    Suva", "Prime Minister's Office"): capitalised words and their links, one of them an office's word
    (``issuer_heads``) that closes the name or has "of", "for" or "to" after it. A headline in title case that names
    an office says what it did ("Embassy Staff Return To Capital") and is no such name."""
    words = line.split()
    if not 1 < len(words) <= MAX_SITE_NAME_WORDS or not words[0][:1].isupper() or any(map(str.isdigit, line)):
        return False
    if not all(word[:1].isupper() or word.lower() in _ISSUER_LINKS for word in words):
        return False
    lower = [w.lower().strip(".,'’") for w in words]
    if lower[-1] in ISSUER_HEADS:
        return "the" not in lower[1:]  # "Crowds Gather Outside the Embassy" is a headline
    return any(word in ISSUER_HEADS and following in ("of", "for", "to") for word, following in zip(lower, lower[1:], strict=False))


@lru_cache(maxsize=8192)
def is_consent(line: str) -> bool:
    """A line of a cookie-consent banner: its heading or buttons, short and made of consent words ("We
    value your privacy", "Accept all | Manage options"), or its notice, a sentence naming cookies with
    a consent word ("This site uses cookies to personalise ads; manage your settings at any time.")."""
    if len(line) > MAX_CONSENT_LINE:
        return False
    pieces = _CONSENT_PIECES.split(line.strip())
    if len(pieces) > 1 and all(_is_consent(piece) for piece in pieces):
        return True  # "We use cookies to improve your visit. Accept all | Manage options": notice and buttons on one line
    return _is_consent(line)


# A consent banner's notice and its buttons copied onto one line part after the notice's full stop.
_CONSENT_PIECES = re.compile(r"(?<=[.!?])\s+(?=[A-Z])")


def _is_consent(line: str) -> bool:
    words = [w.lower() for w in _WORD.findall(line)]
    if not words:
        return False
    if len(words) <= MAX_CONSENT_HEAD_WORDS and all(w in CONSENT_WORDS for w in words):
        # a heading names privacy or cookies; a button row has two buttons, a button alone a few words ("I agree")
        buttons = sum(w in CONSENT_BUTTONS for w in words)
        return any(w in CONSENT_CORE for w in words) or buttons >= 2 or (buttons == 1 and len(words) <= MAX_BUTTON_WORDS)
    if not (len(words) > MAX_CONSENT_HEAD_WORDS or _SENTENCE_END.search(line.rstrip())):
        return False
    # a notice names cookies and consent, or (one that never says "cookies") several marks of consent at once
    signs = {match.group().lower() for match in _CONSENT_SIGN.finditer(line)}
    return len(signs) >= (1 if _COOKIE.search(line) else MIN_CONSENT_SIGNS)


@lru_cache(maxsize=8192)
def is_site_chrome(line: str) -> bool:
    """A line of a consent banner, a site's menu or its news ticker: page furniture, no part of any article."""
    return is_consent(line) or is_menu(line) or is_ticker(line)


def is_ticker(line: str) -> bool:
    """A site's news ticker copied with its page: a ticker label, then two or more headlines between bars
    or bullets ("TRENDING: Dock strike ends | Rain warning for Sunday | New ferry route"). One headline
    after such a label ("BREAKING: Parliament dissolved") is a headline, not a ticker."""
    if len(line) > MAX_TITLE * 2:
        return False
    match = _TICKER.match(line.strip())
    if not match or " ".join(match["label"].lower().split()) not in TICKER_LABELS:
        return False
    items = [item for item in _TICKER_GAP.split(match["items"]) if item.strip()]
    return len(items) >= MIN_TICKER_ITEMS and all(len(item.split()) <= 20 for item in items)


def _is_menu_entry(entry: str) -> bool:
    """One to three capitalised words, no sentence's punctuation, no date: "Markets", "Rest of World"."""
    words = entry.split()
    return (
        0 < len(words) <= MAX_MENU_ENTRY_WORDS
        and len(entry) <= MAX_MENU_ITEM
        and (words[0][:1].isupper() or words[0][:1].isdigit())
        and all(w[:1].isupper() or w[:1].isdigit() or w.lower() in MENU_JOINERS for w in words)
        and not _SENTENCE_END.search(entry)
        and not any(c in entry for c in ",;\"")
        and not _is_time(entry)
    )


@lru_cache(maxsize=8192)
def is_menu(line: str) -> bool:
    """A site's navigation bar copied with its page: short capitalised section names side by side, with
    no verb and no sentence between them ("Home  Politics  Science  Travel  More", "News | Sport | Weather",
    "Europe · Africa · Asia-Pacific"). Its entries are told by their shape (gaps of tabs, several spaces,
    bars or bullets between short capitalised names); a bar whose gaps were lost must be of section names."""
    line = line.strip()
    if not line or len(line) > MAX_LABEL_LINE * 2:
        return False
    entries = [entry.strip() for entry in _MENU_GAP.split(line) if entry.strip()]
    if len(entries) >= MIN_MENU_ENTRIES:
        return all(_is_menu_entry(entry) for entry in entries)
    if len(entries) != 1:
        return False
    words = [w.lower() for w in _WORD.findall(line)]
    if len(words) < MIN_JOINED_MENU_WORDS or len(words) != len(line.split()) or not all(w[:1].isupper() or w[:1] == "&" for w in line.split()):
        return False
    unknown = sum(1 for w in words if w not in MENU_WORDS)
    return unknown == 0 or (unknown == 1 and len(words) > MIN_JOINED_MENU_WORDS)


# A navigation bar with its gaps lost, told by its shape alone, has at least this many entries.
MIN_SHAPED_MENU_WORDS = 5
MAX_SHAPED_MENU_ENTRY = 16
# The small words a sentence or headline joins its words with ("of", "to", "in"), none of them a menu's entry.
_SMALL_WORDS = (OPEN_LINE_ENDS | MENU_JOINERS) - {"&"}
_NOT_IN_MENU = re.compile(r"[.,;:!?\"'()\u2019\u201c\u201d\d]")
# A section's name a site writes with a lower-case prefix before its capital ("ePaper", "iPlayer", "eSports").
_PREFIXED_NAME = re.compile(r"^[a-z]{1,2}[A-Z][a-z]")


def _is_entry_word(word: str) -> bool:
    """A word a navigation bar's entry may be: capitalised, "&", or a name with a lower-case prefix ("ePaper")."""
    return word[:1].isupper() or word == "&" or _PREFIXED_NAME.match(word) is not None


def has_menu_shape(line: str) -> bool:
    """A line shaped like a navigation bar whose gaps were lost, whatever its section names: five or more short
    capitalised words side by side ("Home Nation Provinces Lifestyle Motoring Classifieds", also "ePaper"), no digit, no
    punctuation of a sentence and none of the small words a sentence or headline joins its words with
    (``OPEN_LINE_ENDS`` and ``MENU_JOINERS``: "of", "to", "in"...). A headline in title case may have this shape too: a reader
    takes such a line for a menu only beside other furniture or repeated on the dump's pages."""
    if len(line) > 2 * MAX_LABEL_LINE:
        return False
    words = line.split()
    return (
        MIN_SHAPED_MENU_WORDS <= len(words)
        and not line.isupper()  # "FOREIGN MINISTER ANA LIND": a section's heading in capitals names a speaker
        and not _NOT_IN_MENU.search(line)
        and all(_is_entry_word(w) and len(w) <= MAX_SHAPED_MENU_ENTRY for w in words)
        and not any(w.lower() in _SMALL_WORDS for w in words)
    )


def is_label_words(line: str) -> bool:
    """A line of label words only: "Analysis", "World news", "Politics / Diplomacy", "EVENING BULLETIN"."""
    words = [w.lower() for w in _WORD.findall(line)]
    return 0 < len(words) <= MAX_BANNER_WORDS and len(line) <= MAX_LABEL_LINE and all(w in LABEL_WORDS for w in words)


def _is_masthead(name: str, outlets: Iterable[str]) -> bool:
    """A few capitalised words that name an outlet: one the article names elsewhere, or one whose
    last word is an outlet's ("Harbour Herald", "LAGOON WIRE") or whose first is ("Radio Lagoon")."""
    name = _INITIALS.sub("", name.strip())  # "Lagoon News Service (LNS)": the wire's initials after its name
    if _is_named_outlet(name, outlets):
        return True
    if is_section_news(name):
        return False  # "WORLD NEWS" over a headline is the page's section
    words = name.split()
    if not words or len(words) - (words[0].lower() == "the") > MAX_MASTHEAD_WORDS or not (is_outlet_name(name) or name.isupper()):
        return False
    if any(c.isdigit() for c in name) or _SENTENCE_END.search(name):
        return False
    lower = [w.lower().strip(".,'\u2019") for w in words]
    return lower[-1] in MASTHEAD_LAST or lower[0] in MASTHEAD_FIRST or " ".join(lower[:2]) in MASTHEAD_FIRST


def publication_of(line: str, *, outlets: Iterable[str] = ()) -> tuple[str, str | None] | None:
    """(outlet, date line or None) when ``line`` is a publication line: an outlet's name with its place
    ("Harbour Times (Suva, Fiji)") or its date ("Lagoon Wire, 4 May 2024"), or the name alone; else None."""
    return _publication_of(line, tuple(o for o in outlets if o))


@lru_cache(maxsize=8192)  # the rules that split a dump ask of the same lines again
def _publication_of(line: str, outlets: tuple[str, ...]) -> tuple[str, str | None] | None:
    line = line.strip()
    if len(line) > 2 * MAX_LABEL_LINE:
        return None
    outlets = [o for o in outlets if o]
    placed = _PLACED.match(line)
    if placed:
        place_words = placed["place"].replace(",", " ").split()
        is_place = bool(place_words) and place_words[0][:1].isupper() and all(w[:1].isupper() or len(w) <= 3 for w in place_words) and not any(c.isdigit() for c in placed["place"])
        if is_place and _is_masthead(placed["name"], outlets):
            return placed["name"].strip(), None
    dated = _NAME_THEN_REST.match(line)
    if dated and _is_masthead(dated["name"], outlets):
        if _is_time(dated["rest"]):
            return dated["name"].strip(), dated["rest"].strip()
        if dated["sep"] != "," and len(dated["rest"].split()) <= MAX_TAGLINE_WORDS:
            return dated["name"].strip(), None  # the masthead and its tagline or edition
    if _is_masthead(line, outlets):
        return line, None
    return None


def title_fault(line: str, *, outlets: Iterable[str] = ()) -> str | None:
    """What ``line`` is when it is no headline ("date", "byline", "counter", "placeholder", "address",
    "field", "outlet", "publication", "label", "issuer" (an office's name), "banner", and the page furniture of ``FURNITURE_FAULTS``:
    "consent", "menu"), or None when it may be one.

    ``outlets``: names of the article's outlet known from elsewhere (a source field, a credit line, a
    site name); a line that is one of them is the outlet's, not the story's.

    >>> title_fault("Harbour Times (Suva)")
    'publication'
    >>> title_fault("Harbour Times opens a bureau in Suva") is None
    True
    """
    return _title_fault(line, tuple(o for o in outlets if o))


@lru_cache(maxsize=8192)  # the rules that split a dump ask of the same lines again
def _title_fault(line: str, outlets: tuple[str, ...]) -> str | None:
    menu = is_menu(line)  # before the gaps between its entries are closed
    line = " ".join(line.split())
    if not line:
        return "empty"
    if is_consent(line):
        return "consent"
    if is_ticker(line):
        return "ticker"
    if len(line) > MAX_TITLE:
        return None
    outlets = [o for o in outlets if o]
    if _COUNTER.match(line) or _DOCUMENT_NUMBER.match(line) or is_issue_line(line):
        return "counter"
    if line.casefold().strip(" .") in PLACEHOLDERS:
        return "placeholder"
    if _ADDRESS.match(line) or (len(line) <= 200 and _PROVENANCE.match(line)):
        return "address"
    if _is_named_outlet(line, outlets):
        return "outlet"
    if menu and not _BYLINE.match(line):
        return "menu"  # before a publication line: "News | Sport | Weather" names no outlet "News"
    if publication_of(line, outlets=outlets):
        return "publication"
    if _is_time(line):
        return "date"
    if len(line) <= 200 and (credit_of(line) is not None or _BYLINE.match(line) and len(line.split()) <= 8 and not is_headline_by(line)):
        return "byline"
    field = _FIELD.match(line)
    if field and field["key"].strip().lower() in FIELD_LABELS:
        return "field"
    if is_label(line) or is_label_words(line) or is_site_header(line):
        return "label"
    if is_issuer_name(line):
        return "issuer"
    if line.isupper() and any(map(str.isalpha, line)) and len(line.split()) <= MAX_BANNER_WORDS and not _SENTENCE_END.search(line):
        return "banner"  # "MIDDAY NEWS HOUR"; a headline in capitals says more
    return None


def _is_capital_statement_title(line: str) -> bool:
    """An official page's title in capitals that names what it is in its first two words ("STATEMENT BY THE
    SPOKESPERSON ON THE VOTE IN X", "JOINT STATEMENT ON ..."): read like the same title in normal case."""
    if not line.isupper():
        return False
    lower = " ".join(line.lower().split())
    tail = lower.split(" ", 1)[1] if " " in lower else ""
    return any(text.startswith(word + " ") for word in DATED_TITLE_WORDS for text in (lower, tail))


# A headline set in capitals says this much ("TONGA AND FIJI AGREE TO POOL THEIR PATROLS"); a heading naming a
# speaker in capitals ("FOREIGN MINISTER OF FIJI ANA ROKO") is shorter or joins no words with "to", "and", "the".
MIN_CAPITAL_HEADLINE_WORDS = 6


def _is_capital_headline(words: list[str]) -> bool:
    """A headline in capitals: six words or more, two of them small words joining a sentence ("TO", "AND", "THE"),
    one at least no name's link ("TO", "AS", "WITH", not "OF", "THE": "MINISTRY OF FOREIGN AFFAIRS OF THE
    REPUBLIC OF MALTA" is a letterhead)."""
    small = [w.lower() for w in words if w.lower() in _SMALL_WORDS]
    return len(words) >= MIN_CAPITAL_HEADLINE_WORDS and len(small) >= 2 and any(w not in NAME_LINK_WORDS for w in small)


def looks_like_headline(line: str, *, outlets: Iterable[str] = ()) -> bool:
    """True for a line that reads as a headline: a few words in ordinary case, no sentence's full
    stop (an official page's title in capitals counts as its normal case), no dateline opening a story ("SUVA, May 4 (Wire) --"), and none of ``title_fault``'s kinds."""
    return _looks_like_headline(line, tuple(o for o in outlets if o))


@lru_cache(maxsize=8192)  # the rules that split a dump ask of the same lines again
def _looks_like_headline(line: str, outlets: tuple[str, ...]) -> bool:
    if is_menu(line):
        return False
    line = " ".join(line.split())
    words = line.split()
    return (
        MIN_HEADLINE_WORDS <= len(words) <= 40
        and len(line) <= MAX_TITLE
        and (any(c.islower() for c in line) or _is_capital_statement_title(line) or _is_capital_headline(words))
        and not line.endswith((".", ",", ";", ":"))
        and parse_dateline(line, reference_date=ANY_DAY) is None
        and title_fault(line, outlets=outlets) is None
    )


def headline_below(lines: list[str], start: int, *, outlets: Iterable[str] = (), limit: int = HEADLINE_SEARCH_LINES) -> int | None:
    """The index of the headline among the first ``limit`` lines with text from ``start`` on, passing
    over lines that are no headline (dates, bylines, fields, labels, publication lines); None when
    text of another kind (a paragraph) comes first. Page furniture (a consent banner, a menu) is passed
    over without counting, up to ``MAX_FURNITURE_LINES``."""
    outlets = list(outlets)
    seen = 0
    furniture = 0
    for index in range(start, len(lines)):
        line = lines[index].strip()
        if not line:
            continue
        if looks_like_headline(line, outlets=outlets):
            return index if seen < limit else None
        fault = title_fault(lines[index], outlets=outlets)
        if fault is None:
            return None
        if fault in FURNITURE_FAULTS and furniture < MAX_FURNITURE_LINES:
            furniture += 1
            continue
        seen += 1
        if seen >= limit:
            return None
    return None


def short_title_below(lines: list[str], start: int, *, outlets: Iterable[str] = ()) -> int | None:
    """The index of a short title (fewer words than a headline has: "Election in Lagoonia", "Cyclone Relief")
    among the first lines with text from ``start`` on, passing over lines that are no headline (labels, dates,
    an office's name) as ``headline_below`` does; None when a sentence or a line of some length comes first."""
    outlets = list(outlets)
    seen = 0
    for index in range(start, len(lines)):
        line = " ".join(lines[index].split())
        if not line:
            continue
        fault = title_fault(line, outlets=outlets)
        if fault is None:
            short = len(line.split()) < MIN_HEADLINE_WORDS and len(line) <= MAX_LABEL_LINE
            return index if short and any(c.islower() for c in line) and not _SENTENCE_END.search(line) else None
        seen += 1
        if seen >= HEADLINE_SEARCH_LINES:
            return None
    return None


def best_title(candidates: Iterable[str | None], *, outlets: Iterable[str] = ()) -> str | None:
    """The first of ``candidates`` (a reader's in its order of trust) that has no ``title_fault``;
    the first one when all have."""
    outlets = [o for o in outlets if o]
    kept = [c for c in candidates if c and c.strip()]
    return next((c for c in kept if title_fault(c, outlets=outlets) is None), kept[0] if kept else None)


# Where a subject or title puts the publication's name before its headline: "Harbour Daily | Headline",
# "NORTH SEA TRADER — Headline", "Lagoon Brief · Headline".
_NAME_BEFORE = re.compile(r"^(?P<name>[^|\u00b7\u2022\u2013\u2014]{2,60}?)\s*(?:[|\u00b7\u2022]|\s[-\u2013\u2014])\s*(?P<rest>\S.*)$")


def without_masthead(title: str, *, outlets: Iterable[str | None] = ()) -> str:
    """``title`` without the masthead or newsletter name standing before its headline ("Harbour Daily |
    Port strike ends as unions accept offer" -> "Port strike ends as unions accept offer"); ``title``
    itself when nothing names the outlet there or no headline follows."""
    named = [o for o in outlets if o]
    parts = _NAME_BEFORE.match(" ".join(title.split())[: 2 * MAX_TITLE])
    if parts and title_fault(parts["name"], outlets=named) in ("outlet", "publication", "banner") and looks_like_headline(parts["rest"], outlets=named):
        return parts["rest"]
    return title


def headline_opening(text: str, *, outlets: Iterable[str] = ()) -> tuple[str, str] | None:
    """(headline, the text under it) when ``text`` opens with a headline, after lines that are no
    headline (a masthead, a date, a label); None when it opens with a paragraph."""
    lines = text[: 4 * MAX_TITLE * HEADLINE_SEARCH_LINES].split("\n")
    at = headline_below(lines, 0, outlets=outlets)
    if at is None:
        return None
    rest_at = sum(len(line) + 1 for line in lines[: at + 1])
    return lines[at].strip(), text[rest_at:].lstrip("\n")
