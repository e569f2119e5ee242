"""Plain-text dumps: a news page as copied from a site or an aggregator.

Layout understood: an optional date line, the title line, optional date lines,
then paragraphs (one per line, or hard-wrapped blocks separated by blank lines);
page furniture ("Try Our AI Features", share buttons, "Comments") is dropped; a
"Related Articles" list holds further articles, each introduced by an outlet line,
a time line ("34 minutes ago" or a date) and an optional "- Outlet" line, then a
title line and its body.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from functools import lru_cache
from pathlib import Path

from tracker.models import Article
from tracker.readers.credits import (
    credit_of,
    is_author_line,
    is_section_news,
    is_outlet_name,
    is_wire_credit,
    without_photo_credit,
)
from tracker.readers.dates import (
    ANY_DAY,
    normalize_field_date,
    parse_date_line,
    parse_date_parts,
    parse_dateline,
    parse_relative,
)
from tracker.readers.records import RecordFields, database_record
from tracker.readers.titles import (
    DATED_TITLE_WORDS,
    FURNITURE_FAULTS,
    MAX_MENU_ITEM,
    MAX_TITLE,
    OPEN_LINE_ENDS,
    has_menu_shape,
    headline_below,
    is_label_words,
    is_site_chrome,
    looks_like_headline,
    publication_of,
    short_title_below,
    title_fault,
)
from tracker.readers.titles import is_label as _is_label

BOILERPLATE_FILE = Path(__file__).with_name("boilerplate.txt")
MAX_FURNITURE_LINE = 120
MAX_OUTLET_LINE = 80
# Lines searched for a date line after the title (a byline or standfirst may come first).
HEADER_LINES = 4
# a clock closing a dated line: "8 April 2024, 09:15", "08.04.2024 09:15", "April 8, 2024 9:15 a.m."
# (an "Updated 8 April 2024, 09:15" line is the header's, wherever it stands)
_LABELLED_STAMP = re.compile(r"\W*(?:last\s+|first\s+)?(?:updated|modified|edited|published|posted|dated?|issued|released)\b", re.IGNORECASE)
_TIMED_STAMP = re.compile(r"\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?(?:\s*[A-Z]{2,5})?\W*$", re.IGNORECASE)
# Lines of a related-links list are headlines; a longer line is article text.
MAX_LINK_LINE = 200
MIN_MENU_ITEMS = 3
# Labels stacked above a headline (masthead line, then section path) dropped at most.
MAX_KICKERS = 3

# "Title: ...", "Source: ..." record headers some exporters write above the body.
_HEADER_FIELD = re.compile(
    r"^(?P<key>title|headline|source|outlet|publisher|publication|site|media|url|link|author|authors|by|byline|section|category|tags|keywords|reporter|writer|credit)\s*:\s*(?P<value>\S.{0,299})$",
    re.I,
)
# A database export (Nexis-style) numbers its records: "Document 1 of 2".
_DOCUMENT_HEADER = re.compile(r"^document\s+\d{1,6}\s+of\s+\d{1,6}$", re.I)
# A document number alone on a line: "SC/15377", "PR-2021-044", "No. 12/2023" (letters, then digits).
_DOCUMENT_SYMBOL = re.compile(r"^(?:No\.\s?)?[A-Z]{0,8}[/-]?\d[\w/.-]{0,20}$")
# A Factiva export ends each article with its document number: "Document ADWIRE0020250905el950001a".
_DOCUMENT_FOOTER = re.compile(r"^Document\s+[A-Za-z0-9]{16,40}$")
# The header a Factiva export writes under each headline: (byline,) word count, date, (time,) source
# name, source code, (edition, page,) language, copyright.
_WORD_COUNT = re.compile(r"^\d{1,3}(?:,\d{3})*\s+words$", re.I)
_CODE_LINE = re.compile(r"^(?:[A-Z0-9]{2,12}|(?:page\s+)?[A-Z]?\d{1,4}|(?:[A-Z][a-z]+\s+)?(?:edition|final|late|early)(?:\s+edition)?|" + "|".join(
    ("english", "french", "spanish", "portuguese", "german", "italian", "russian", "arabic", "chinese", "japanese", "korean", "turkish", "dutch", "indonesian")
) + r")$", re.I)
FACTIVA_HEADER_LINES = 12
# Lines above a headline passed over as no title (masthead, publication line, banner) at most.
MAX_SKIPPED_TITLE_LINES = 3
_TITLE_FIELD = re.compile(r"^(?:title|headline)\s*:\s*\S", re.I)
# A line of three or more -, =, _, *, ~, # (spaces allowed): a divider between articles or sections.
# What a reader puts between two articles it has told apart (``_SEPARATOR`` cuts there).
ARTICLE_DIVIDER = "* * *"
_SEPARATOR = re.compile(r"^(?:[-=_*~#\u2013\u2014\u2022]\s*){3,}$")
SEPARATOR = _SEPARATOR  # a divider line, as the e-mail reader finds a digest's rules
_HEADER_KEYS = {
    "title": "title", "headline": "title",
    "source": "outlet", "outlet": "outlet", "publisher": "outlet", "publication": "outlet", "site": "outlet", "media": "outlet",
    "url": "url", "link": "url",
}
# "By Jane Doe | June 4, 2025", "By the Europe desk — Riga, 4 June 2025": a byline (dropped from the text; a date in it is the published date).
# "By our correspondent, with the Lima desk", "By staff reporters": a byline naming no one.
_BYLINE = re.compile(
    r"^(?:By|BY)\s+(?:(?:the|our)\s+)?(?:own\s+|staff\s+|special\s+|foreign\s+|local\s+)?(?:correspondents?|reporters?|staff|team|editors?|desk)\b"
    r"|^(?:By|BY)\s+(?:(?:the|our|THE|OUR)\s+)?(?!(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b|(?:January|February|March|April|May|June|July|August|September|October|November|December)\b)[A-Z]"
)
_COMMA = re.compile(r",\s*")
_BYLINE_PARTS = re.compile(r"\s*(?:[|\u00b7\u2022]|\s[-\u2013\u2014]\s|,\s+(?=(?:updated|published)\b))\s*", re.I)
# What separates the parts of a header line: "Tallinn | Friday, June 7, 2019", "Desk \u00b7 4 March 2025".
_HEADER_PART_MARK = re.compile(r"[|\u00b7\u2022]")
# the spaced dash between a line's parts: "House of Assembly \u2014 Thursday, 4 May 2023"
_DASH_PARTS = re.compile(r"\s+[\u2013\u2014]\s+")
_OUTLET_DASH = re.compile(r"^[-\u2013\u2014\u2022]\s*(\S.{0,78})$")
_SENTENCE_END = re.compile(r"[.!?:;\"'\u201d\u2019)]$")
_SENTENCE_SPLIT = re.compile(r"(?<=[.!?])\s+(?=[A-Z\"'\u201c\u2018])")


# A social post card's header: "Ana Costa \u2714 @anacosta \u00b7 27 Jun", "Ana Costa (@anacosta) \u00b7 3h".
MAX_POST_CARD = 120
_POST_CARD = re.compile(
    r"^(?P<name>[A-Z][^\W\d_]*\.?(?:[ '\u2019-][A-Za-z\u00c0-\u024f][^\W\d_]*\.?){0,5})\s*(?:[\u2714\u2713\u2611\u2705]\ufe0f?\s*)?"
    r"\(?@(?P<handle>\w{1,30})\)?\s*[\u00b7\u2022|]\s*(?P<stamp>[\w ,.:]{1,30})$"
)
_POST_DAY = re.compile(r"\d{1,2} [A-Z][a-z]{2,8}\.?(?: \d{4})?|[A-Z][a-z]{2,8}\.? \d{1,2}(?:, \d{4})?")
# "\u21bb 2.1K \u2665 9.8K", "\U0001f501 640 \u2764\ufe0f 4,4K": a post's repost and like counts
_POST_COUNTS = re.compile(
    r"^(?:[\u21bb\u21ba\u2665\u2764\U0001f501\U0001f504\U0001f4ac\u2661\U0001f44d]\ufe0f?\s*[\d.,]+[KkMm]?\s*){2,4}$"
)


def _load_boilerplate(path: Path) -> dict[str, re.Pattern[str]]:
    """One compiled alternation per section of the boilerplate file."""
    sections: dict[str, list[str]] = {}
    current = None
    for raw in path.read_text(encoding="utf-8").splitlines():
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("[") and line.endswith("]"):
            current = sections.setdefault(line[1:-1], [])
        elif current is not None:
            current.append(line)
    return {name: re.compile("(?:" + "|".join(f"(?:{p})" for p in patterns) + r")\s*$", re.I) for name, patterns in sections.items()}


BOILERPLATE = _load_boilerplate(BOILERPLATE_FILE)


def _is(section: str, line: str) -> bool:
    return len(line) <= MAX_FURNITURE_LINE and BOILERPLATE[section].match(line) is not None


def is_print_furniture(line: str) -> bool:
    """True for a line a mail client or browser prints above printed messages ("Printed by: ...",
    "Page 1 of 3", "Folder: Inbox", an account's address, the print's own title)."""
    return _is("print", line)


def is_furniture(line: str) -> bool:
    """True for a line of page furniture the text reader drops ("Advertisement", "Read more: ...")."""
    return _is("drop", line)


# A monitoring service's line under a translated item's headline, naming the broadcast or paper and its day:
# "Text of report by Polish Radio One on 17 February", "Excerpt from report by AzTV on 11 September 2024"
_REPORT_OF = re.compile(
    r"(?:(?:Text|Excerpts?|Summary|Translation|Full text) (?:of|from) (?:an? |the )?(?:report|broadcast|article|interview"
    r"|commentary|editorial|statement|programme|bulletin|speech|news conference|press conference)s?|Report) (?:by|from|in|on) "
    r"[^\n]{1,100}? on (?P<when>\d{1,2} [A-Z][a-z]{2,8}(?: \d{4})?|[A-Z][a-z]{2,8} \d{1,2}(?:, \d{4})?)\.?$"
)


def _report_day(line: str, reference_date: dt.date) -> str | None:
    """The day of a monitoring service's "Text of report by ... on 17 February" line (without a year, the latest
    one that puts it on or before ``reference_date``)."""
    found = _REPORT_OF.match(line)
    if found is None:
        return None
    when = found["when"]
    if re.search(r"\d{4}", when):
        return parse_date_line(when)
    for year in (reference_date.year, reference_date.year - 1):
        day = parse_date_line(f"{when}, {year}" if when[0].isalpha() else f"{when} {year}")
        if day and day[:10] <= reference_date.isoformat():
            return day
    return None


@lru_cache(maxsize=8192)  # the rules that split a dump ask of the same lines again
def _time_of(line: str, reference_date: dt.date) -> tuple[str, str] | None:
    """(published, basis) when ``line`` is nothing but a date or a relative time, or a date
    with reading-time parts ("Fri, September 5, 2025 \u00b7 4 min read"), or a monitoring service's
    "Text of report by ... on 17 February"."""
    if len(line) > 160:
        return None
    if len(line) <= 80:
        relative = parse_relative(line, reference_date=reference_date)
        if relative:
            return relative, "relative"
        absolute = parse_date_line(line, reference_date=reference_date)
        if absolute:
            return absolute, "dateline"
    if line[:1] in "TEeSRF" and (report := _report_day(line, reference_date)):
        return report, "dateline"
    return parse_date_parts(line, reference_date=reference_date)


def _outlet_and_time(line: str, reference_date: dt.date) -> tuple[str, tuple[str, str]] | None:
    """("Lagoon Post", time) for an aggregator's "Lagoon Post \u00b7 3 hours ago" line under a related title."""
    if len(line) > 80:
        return None
    outlet, sep, when = line.rpartition("\u00b7" if "\u00b7" in line else "|")
    outlet = outlet.strip()
    if not sep or not outlet or len(outlet) > MAX_OUTLET_LINE or _SENTENCE_END.search(outlet):
        return None
    found = _time_of(when, reference_date)
    return (outlet, found) if found else None


def paragraphs_of(text: str) -> str:
    """``text`` with one blank line between paragraphs (one per line, or hard-wrapped blocks rejoined)."""
    return "\n\n".join(written_stamp(p) for p in _paragraphs([line.strip() for line in text.split("\n")]))


def _paragraphs(lines: list[str]) -> list[str]:
    """Blocks separated by blank lines; a hard-wrapped block is rejoined, otherwise each line is a paragraph."""
    groups: list[list[str]] = []  # each paragraph's lines, joined at the end (a long run is never copied over and over)
    starts: set[int] = set()  # the groups that open a block (a blank line above them)
    block: list[str] = []
    for line in [*lines, ""]:
        if line:
            block.append(line)
            continue
        if block:
            unwrapped = _unwrap(block)
            if groups and _carries_on(groups[-1][-1], unwrapped[0][0], across_gap=True):
                # "The envoy said on" / (blank) / "Tuesday that talks would resume.": a paragraph a line with a blank
                # line after each (a Word copy of a wrapped page), one paragraph wrapped in the middle of its sentence
                groups[-1].extend(unwrapped.pop(0))
            if unwrapped:
                starts.add(len(groups))
            groups.extend(unwrapped)
            block = []
    return [" ".join(group) for group in _joined_at_wrap_width(groups, starts)]


# Wrapped lines the dump must show (joined by the rules above) before its wrap width tells the others.
MIN_WRAP_EVIDENCE = 2
# How much shorter than the dump's usual wrapped line a line broken at its width may be.
WRAP_WIDTH_SLACK = 12


def _joined_at_wrap_width(groups: list[list[str]], starts: set[int]) -> list[list[str]]:
    """``groups`` with a paragraph broken before a capitalised word joined again when the dump is hard-wrapped
    at a width its other paragraphs show ("... thanked Prime Minister" / "Sovaleni for his patience." in an e-mail
    wrapped at 72 columns): a line left open (no sentence end) as long as the dump's wrapped lines, followed in
    the same block by lines that close the sentence."""
    wrapped = sorted(len(line) for group in groups for line in group[:-1])
    if len(wrapped) < MIN_WRAP_EVIDENCE:
        return groups
    low, high = wrapped[len(wrapped) // 2] - WRAP_WIDTH_SLACK, wrapped[-1] + 2
    out: list[list[str]] = []
    for number, group in enumerate(groups):
        carries_on = group[0][0].isupper() or group[0][0] in "\"'\u201c\u2018"
        # the rest closes its sentence: a list of headlines at the same width ("In this issue") is no paragraph
        if out and number not in starts and carries_on and _open_at_width(out[-1][-1], low, high) and _SENTENCE_END.search(group[-1][-20:]):
            out[-1].extend(group)
        else:
            out.append(group)
    return out


def _open_at_width(line: str, low: int, high: int) -> bool:
    return low <= len(line) <= high and (line[-1].isalpha() or line[-1] == ",") and not _BYLINE.match(line) and not line.isupper()


def _unwrap(block: list[str]) -> list[list[str]]:
    """The paragraphs of a block of lines, each as its lines."""
    if len(block) >= 3 and all(40 <= len(line) <= 100 for line in block[:-1]) and not _POST_CARD.match(block[0][:MAX_POST_CARD + 1]):
        open_lines = sum(1 for line in block[:-1] if not _SENTENCE_END.search(line))
        if open_lines >= len(block[:-1]) / 2:
            return [block]
    groups: list[list[str]] = []
    for line in block:
        if groups and _carries_on(groups[-1][-1], line):
            groups[-1].append(line)
        else:
            groups.append([line])
    return groups


# A line shorter than this is a heading, a label or a list entry, never a wrapped line of prose.
MIN_WRAPPED_LINE = 30
# Across a blank line, only a line as long as a page's wrapped lines carries its sentence on.
MIN_WRAPPED_GAP_LINE = 50
_LAST_WORD = re.compile(r"([^\W\d_]+)[,]?$")


def _carries_on(previous: str, line: str, *, across_gap: bool = False) -> bool:
    """True when ``line`` goes on with the sentence ``previous`` broke off: a paragraph hard-wrapped in a
    dump that otherwise gives a paragraph a line ("The envoy of Peru said that the" / "talks would resume.").
    ``previous`` is prose left open (no sentence end) and either ``line`` opens in lower case or
    ``previous`` ends with a comma or a word no sentence or headline ends with (``OPEN_LINE_ENDS``)."""
    if len(previous) < (MIN_WRAPPED_GAP_LINE if across_gap else MIN_WRAPPED_LINE) or not line or _SENTENCE_END.search(previous[-20:]) or _BYLINE.match(previous):
        return False
    if not (previous[-1].isalpha() or previous[-1] == ","):
        return False
    if line[0].islower():
        return True
    if across_gap:
        return False  # after a blank line only a line opening in lower case goes on with the sentence
    last = _LAST_WORD.search(previous[-40:])
    return bool(last) and (previous.endswith(",") or last.group(1) in OPEN_LINE_ENDS) and (line[0].isalnum() or line[0] in "\"'\u201c\u2018")


def drop_furniture(lines: list[str]) -> list[str]:
    """Drop page furniture (photo credits too); share-button labels only when next to other furniture."""
    kept: list[str] = []
    after_furniture = False
    for line in lines:
        if not line:
            kept.append(line)
            continue
        if _is("drop", line) or (after_furniture and _is("social", line)):
            after_furniture = True
            if when := header_parts_date(line):
                kept.append(when)  # "Source: Harbour Times | 3 June 2025 | translated from the Danish": its date dates the article
            continue
        after_furniture = False
        # "Photo: Ivo Kask/Wire" under a headline, "... in Riga on Tuesday. (Photo by Ivo Kask/Wire)": a photo's credit is no text
        if line := without_photo_credit(line):
            kept.append(line)
    return kept


def _is_menu_item(line: str) -> bool:
    return (
        len(line) <= MAX_MENU_ITEM
        and len(line.split()) <= 3
        and not _SENTENCE_END.search(line)
        and not _HEADER_FIELD.match(line)
        and _time_of(line, ANY_DAY) is None
    )


def _skip_navigation(lines: list[str]) -> list[str]:
    """Drop a run of three or more menu-like lines (site name, section names) above a headline.

    A time line among them ("2 days ago") is kept: it dates the article.
    """
    items = 0
    times: list[str] = []
    for index, line in enumerate(lines):
        if not line:
            continue
        if len(line) <= MAX_MENU_ITEM and _time_of(line, ANY_DAY) is not None:
            times.append(line)
            continue
        if _is_menu_item(line):
            items += 1
            continue
        headline = len(line.split()) >= 4 and not line.endswith(".")
        return times + lines[index:] if items >= MIN_MENU_ITEMS and headline else lines
    return lines


def _skip_kicker(lines: list[str]) -> list[str]:
    """Drop short labels ("WORLD DIGEST", "ANALYSIS", "WORLD | EUROPE", "The Lagoon Post | Opinion desk") standing above a headline.

    Labels may be stacked (a channel's banner, then "TRANSCRIPT"); all are dropped when the line
    under the last of them is a headline (``titles.looks_like_headline``, the title judge), or a
    publication line ("The Kestrel Courier (Tartu)"), which is kept: the outlet it names is the article's.
    """
    texts = [index for index, line in enumerate(lines) if line][: MAX_KICKERS + 1]
    labels = 0
    # a credit line ("By Ivo Marek | The Lakeside Gazette") looks like a label but is read for its outlet
    while labels < min(MAX_KICKERS, len(texts) - 1) and _is_label(lines[texts[labels]]) and credit_of(lines[texts[labels]]) is None:
        labels += 1
    for count in range(labels, 0, -1):
        under = lines[texts[count]]
        if looks_like_headline(under) or title_fault(under) == "publication":
            return lines[texts[count]:]
    return lines


def _post_cards(paragraphs: list[str]) -> list[str]:
    """A social-media roundup's post cards told as sentences the extractor reads.

    A card is a header paragraph, "Ana Costa \u2714 @anacosta \u00b7 27 Jun" (name, optional verified
    mark, handle, stamp), then the post: the two become 'Ana Costa (@anacosta) posted on 27 Jun:
    \u201c...\u201d' (a relative stamp, "3h", gives no day). The counts line under a card is furniture.
    """
    out: list[str] = []
    index = 0
    while index < len(paragraphs):
        paragraph = paragraphs[index]
        card = _POST_CARD.match(paragraph) if len(paragraph) <= MAX_POST_CARD else None
        if _POST_COUNTS.match(paragraph):
            index += 1
            continue
        if card is None or index + 1 >= len(paragraphs) or _POST_CARD.match(paragraphs[index + 1][:MAX_POST_CARD + 1]):
            out.append(paragraph)
            index += 1
            continue
        post = paragraphs[index + 1].replace("\u201c", "\u2018").replace("\u201d", "\u2019").replace('"', "'")
        when = f" on {card['stamp']}" if _POST_DAY.fullmatch(card["stamp"]) else ""
        out.append(f"{card['name']} (@{card['handle']}) posted{when}: \u201c{post}\u201d")
        index += 2
    return out


# Kinds of ``title_fault`` a section label or banner taken for the title has: with no headline under it, the
# story's first sentence is the title.
_NO_HEADLINE_FAULTS = frozenset({"label", "banner"})
def _title_from_paragraph(paragraph: str) -> str:
    """A title for an article whose first line is a whole paragraph: its first sentence, shortened."""
    first = _SENTENCE_SPLIT.split(paragraph[:1000], maxsplit=1)[0]
    if len(first) > MAX_TITLE:
        first = first[:MAX_TITLE].rsplit(" ", 1)[0] + "\u2026"
    return first


def _database_header(lines: list[str]) -> list[str]:
    """Lines of a Factiva-style record with its header made plain: the word count, source code,
    edition, page and language lines dropped and the source name written as a "Source:" field.

    The layout is known by a word-count line ("412 words") among the first lines with a date
    line under it; the first line after the date (and an optional time line) is the source name.
    """
    texts = [index for index, line in enumerate(lines) if line][:FACTIVA_HEADER_LINES]
    count_at = next((n for n, index in enumerate(texts[:6]) if _WORD_COUNT.match(lines[index][:40])), None)
    if count_at is None or count_at + 2 >= len(texts) or parse_date_line(lines[texts[count_at + 1]]) is None:
        return lines
    after = count_at + 2
    if _TIME_OF_DAY.match(lines[texts[after]][:20]):
        after += 1
    if after >= len(texts):
        return lines
    dropped = {texts[count_at]}
    out = list(lines)
    out[texts[after]] = f"Source: {lines[texts[after]]}"
    for index in texts[after + 1 :]:
        if not _CODE_LINE.match(lines[index][:40]):
            break
        dropped.add(index)
    if after == count_at + 3:
        dropped.add(texts[count_at + 2])
    return [line for index, line in enumerate(out) if index not in dropped]


_TIME_OF_DAY = re.compile(r"^\d{1,2}[:.]\d{2}(?:\s*(?:[ap]\.?m\.?|GMT|UTC|[A-Z]{2,4}))?$", re.I)


# A post's or entry's stamp standing alone on its line, the date in numbers: "[10.07.2023 10:45]",
# "2023-07-10 10:45". Dotted dates are day first, as everywhere in the readers.
_NUMERIC_STAMP = re.compile(
    r"^(?P<open>\[?)(?:(?P<day>\d{1,2})\.(?P<month>\d{1,2})\.(?P<year>\d{4})|(?P<iso_year>\d{4})-(?P<iso_month>\d{2})-(?P<iso_day>\d{2}))"
    r"(?:,?\s+(?P<clock>\d{1,2}:\d{2})(?::\d{2})?)?(?P<close>\]?)$"
)
_MONTH_NAMES = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December")


def written_stamp(line: str) -> str:
    """A numeric stamp line written with its month's name ("[10 July 2023, 10:45]"), so that nothing
    downstream takes 10.07 for October 7; any other line as it is."""
    match = _NUMERIC_STAMP.match(line[:40]) if len(line) <= 40 else None
    if not match or bool(match["open"]) != bool(match["close"]):
        return line
    year, month, day = (match["year"], match["month"], match["day"]) if match["year"] else (match["iso_year"], match["iso_month"], match["iso_day"])
    try:
        date = dt.date(int(year), int(month), int(day))
    except ValueError:
        return line
    written = f"{date.day} {_MONTH_NAMES[date.month - 1]} {date.year}" + (f", {match['clock']}" if match["clock"] else "")
    return f"[{written}]" if match["open"] else written


def _outlets_named(lines: list[str], outlet: str | None) -> list[str]:
    """The outlet names an article's header gives ("Source: Harbour Times", "By Ivo Marek | Lagoon Wire"):
    a title candidate that is one of them is the outlet's masthead, not the headline."""
    named = [outlet] if outlet else []
    for line in [line for line in lines[: 4 * FACTIVA_HEADER_LINES] if line][:FACTIVA_HEADER_LINES]:
        field = _HEADER_FIELD.match(line) if len(line) <= 320 else None
        if field:
            if _HEADER_KEYS.get(field["key"].lower()) == "outlet":
                named.append(field["value"].strip())
        elif len(line) <= 200 and (credit := credit_of(line)) is not None and credit.outlet:
            named.append(credit.outlet)
    return named


# "Posted by Ana Lind on June 8, 2024", "Published by the Desk at 10:42, 8 June 2024": a blog's or site's credit
# line with its date after "on" or "at".
_POSTED_BY = re.compile(
    r"^(?:posted|published|written|filed|submitted|uploaded|updated)\s+by\s+\S.{0,80}?\s+(?:on|at)\s+(?P<when>\S.{3,60})$", re.IGNORECASE
)


def byline_date(line: str, *, reference_date: dt.date) -> tuple[str, str] | None:
    """(published, basis) of the date a byline or credit line carries, or None: in one of its parts
    ("By Ivo Marek | The Lakeside Gazette | 4 June 2025") or after one of its commas ("By Ana Lind,
    Staff Reporter, Friday, 3 May 2024", "By Rui Sousa, Harbour Ledger, 4 March 2024"). The text,
    HTML and Word readers read a byline's date through it."""
    if (posted := _POSTED_BY.match(line)) and (found := _time_of(posted["when"], reference_date)):
        return found
    if _BYLINE.match(line):
        for part in _BYLINE_PARTS.split(line)[1:]:
            if found := _time_of(part, reference_date):
                return found
    if "," in line:
        tails = (line[match.end():] for match in _COMMA.finditer(line))
        return next((found for tail in tails if (found := _time_of(tail, reference_date))), None)
    return None


# What a digest's masthead read as a title is: the name of a person under it is its compiler's, no outlet.
_MASTHEAD_FAULTS = frozenset({"publication", "banner", "label"})


def _article(lines: list[str], *, position: int, outlet: str | None, published: str | None, basis: str, reference_date: dt.date) -> Article | None:
    """Title, header dates and paragraphs of one article from its lines."""
    record = database_record(_database_header(lines))
    lines = record.lines
    if record.title and next((line for line in lines if line), "").casefold() != record.title.casefold():
        lines = [record.title, *lines]  # "Title: ... / Source: ... / Full text: ...": the record's own title heads it
    lines = _skip_kicker(_skip_navigation(drop_furniture(lines)))
    letterhead: list[str] = []
    if (at := _letterhead_headline(lines)) is not None:
        # "Minister for Foreign Affairs / Senator the Hon Ana Ruiz / Media release / headline / date": the headline is
        # the title; the letterhead stays on top of the text, where it names the release's issuer
        letterhead, lines = [line for line in lines[:at] if line], lines[at:]
    # Dates and record fields before the title and in the few lines after it belong to the header.
    title = None
    url = None
    body: list[str] = []
    after_time = False  # the line with text before this one was a date line of the header
    non_empty_after_title = 0
    named = _outlets_named(lines, outlet)
    skipped = 0
    under_issuer = False  # an office's name stood above the title line
    prose = False  # a sentence of the text came after the title: a dated line under it is an entry's stamp
    for index, line in enumerate(lines):
        if line and (title is None or non_empty_after_title < HEADER_LINES):
            found = _time_of(line, reference_date)
            if found and prose and published is not None and found[1] == "dateline" and _TIMED_STAMP.search(line) and not _LABELLED_STAMP.match(line):
                # "Key events / X congratulated the winner. / 8 April 2024, 09:15 / Y said this morning ...": a live
                # blog's entry stamp close under the title, kept to date the entry under it
                found = None
            if found:
                if published is None:
                    published, basis = found
                if outlet is None and (publication := publication_of(line, outlets=named)):
                    outlet = publication[0]  # "Lagoon Wire, 4 May 2024" above or under the headline
                after_time = True
                continue
            if title is not None and non_empty_after_title == 0 and after_time and is_author_line(line) and credit_of(line) is None:
                after_time = False
                continue  # "Headline / 4 May 2024 / Mara Volkova": the author's name without "By", no text
            after_time = False
            credit = credit_of(line)
            # "Posted by Ana Lind on June 8, 2024": a credit line only when a date closes it
            posted = title is not None and len(line) <= 160 and (match := _POSTED_BY.match(line)) is not None and _time_of(match["when"], reference_date) is not None
            if credit is not None or (title is not None and len(line) <= 160 and _BYLINE.match(line)) or posted:
                # "By Ivo Marek | The Lakeside Gazette | 4 June 2025", "Staff and agencies", "AFP":
                # a credit line, no part of the text; the outlet it names is the article's.
                outlet = outlet or (credit.outlet if credit else None)
                if published is None and (found := byline_date(line, reference_date=reference_date)):
                    published, basis = found
                continue
            placed = _placed_outlet(line) if title is not None and non_empty_after_title == 0 and line.endswith(")") else None
            if (
                title is not None and non_empty_after_title == 0 and ":" not in line
                and (is_outlet_name(line) or is_section_news(line) or placed is not None)
                and _time_of(next((l for l in lines[index + 1 : index + 3] if l), ""), reference_date)
            ):
                # "Headline / World News / 4 May 2024": the page's section, no outlet and no text
                if is_outlet_name(line) and not (is_author_line(line) and title_fault(title, outlets=named) in _MASTHEAD_FAULTS):
                    outlet = outlet or line  # "Headline / Lakeside Gazette / Fri, 5 Sep 2025 · 4 min read": the outlet's line
                elif placed is not None:
                    outlet = outlet or placed  # "Headline / Harbour Times (Fiji) / May 4, 2024 Saturday", as a record prints it
                # else "HARBOUR MEDIA REVIEW / Ana Lind / 4 May 2024": a digest's masthead, then its compiler's name
                continue
            if title is None and _DOCUMENT_SYMBOL.match(line):
                continue  # "SC/15377", "PR-2021-044": a release's document number above its title
            if len(line) <= MAX_FURNITURE_LINE and _HEADER_PART_MARK.search(line):
                outlet_time = _outlet_and_time(line, reference_date) if title is not None else None
                if outlet_time:  # "Lagoon Post \u00b7 3 hours ago" under the headline
                    outlet = outlet or outlet_time[0]
                    if published is None:
                        published, basis = outlet_time[1]
                    continue
                # "Tallinn | Friday, June 7, 2019", "Compiled by the Desk | 21 May 2024": a header
                # line of place, credit or section parts, one of them the date (above the title too:
                # "Plenary | Summary Record | 14 March 2022").
                dated = [found for part in _HEADER_PART_MARK.split(line) if (found := _time_of(part, reference_date))]
                if dated:
                    if published is None:
                        published, basis = dated[0]
                    continue
            # "House of Assembly \u2014 Thursday, 4 May 2023" under a record's title: its chamber and sitting day
            if (
                title is not None and published is None and len(line) <= MAX_FURNITURE_LINE
                and len(parts := _DASH_PARTS.split(line)) == 2 and (found := _time_of(parts[1], reference_date))
            ):
                published, basis = found
            dash = _OUTLET_DASH.match(line)
            if dash and len(line.split()) <= 7:  # "- Korea Herald" under an aggregator time line
                outlet = outlet or dash.group(1).strip()
                continue
            field = _HEADER_FIELD.match(line) if len(line) <= 320 else None
            if field and (title is None or field["key"].lower() not in ("title", "headline")):
                kind = _HEADER_KEYS.get(field["key"].lower())
                value = field["value"].strip()
                if kind == "title":
                    title = value
                elif kind == "outlet":
                    outlet = outlet or value
                elif kind == "url":
                    url = url or value
                continue
        if title is None:
            fault = title_fault(line, outlets=named) if line else None
            if fault is None and line and _dated_below(lines, index) and is_author_line(line):
                fault = "byline"  # "Mara Volkova / 4 May 2024 / Headline": the author's name above the date line
            elif fault is None and line and _is_kicker(line) and (at := headline_below(lines, index + 1, outlets=named)) is not None and _dated_under(lines, at):
                fault = "outlet"  # "Nordlys / Headline / 4 May 2024": an outlet's name over a dated headline
                outlet = outlet or line
            if fault not in FURNITURE_FAULTS and skipped >= MAX_SKIPPED_TITLE_LINES:
                fault = None
            below = headline_below(lines, index + 1, outlets=named) if fault else None
            if fault and below is None and (fault == "issuer" or under_issuer):
                # "Department of Lagoon Affairs / Office of the Spokesperson / Cyclone Relief": a statement's short title
                below = short_title_below(lines, index + 1, outlets=named)
            under_issuer = under_issuer or fault == "issuer"
            if fault and below is not None:
                # "THE LAGOON HERALD / Tuesday, 4 May 2024 / Headline", "Harbour Times (Suva) / Section: World /
                # Headline": a masthead, publication line, banner, label or page address above the headline is
                # no title; the outlet it names is the article's.
                skipped += fault not in FURNITURE_FAULTS  # a consent banner or menu may run to several lines
                if fault == "address" and line.lower().startswith(("http://", "https://")):
                    url = url or line
                publication = publication_of(line, outlets=named)
                if publication:
                    name, when = publication
                    outlet = outlet or (name.title() if name.isupper() else name)
                    found = _time_of(when, reference_date) if when else None
                    if found and published is None:
                        published, basis = found
                continue
            if line:
                title = line
            continue
        if line:
            non_empty_after_title += 1
            prose = prose or (len(line) > 40 and line.rstrip("\"'\u201d\u2019)").endswith((".", "!", "?")))
        body.append(written_stamp(line))
    if title is None:
        return None
    paragraphs = _post_cards(_paragraphs(body))
    if letterhead:
        paragraphs = letterhead + paragraphs
    while len(paragraphs) > 1 and is_wire_credit(paragraphs[-1]):
        paragraphs.pop()  # "(Reporting by Ivo Marek; Editing by Lea Santos)" closing a wire story
    if len(title) > MAX_TITLE:
        paragraphs.insert(0, title)
        title = _title_from_paragraph(title)
    elif paragraphs and (title_fault(title, outlets=named) in _NO_HEADLINE_FAULTS or is_label_words(title)) and _is_prose(paragraphs[0]):
        # "NEWS" / "WARSAW, May 4 (Wire) - The Polish foreign minister said ...": a section label over a story
        # that opens with no headline names no story; the story's first sentence does (an outlet's masthead,
        # "THE WARSAW LEDGER", stays: it names the outlet a reader may look the story up by)
        title = _title_from_paragraph(paragraphs[0])
    if published is None and (found := _record_date(record, reference_date)):
        published, basis = found, "dateline"  # "Publication date: May 4, 2024" among a database record's fields
    outlet, url = outlet or record.outlet, url or record.url
    if published is None and paragraphs:
        found = parse_dateline(paragraphs[0], reference_date=reference_date)
        if found:
            published, basis = found, "dateline"
    if published is None:
        published = title_date(title, reference_date=reference_date)
        basis = "dateline"
    return Article(
        title=title,
        text="\n\n".join(paragraphs),
        position=position,
        outlet=outlet,
        published=published,
        published_basis=basis if published else "reference",
        url=url,
    )


# An outlet's name with its place in brackets: "Harbour Times (Fiji)", "The Lagoon Herald (Suva, Fiji)".
_PLACED_NAME = re.compile(r"(?P<name>[A-Z][^()]{1,60}?)\s+\((?P<place>[A-Z][A-Za-z .,'-]{1,40})\)")


def _placed_outlet(line: str) -> str | None:
    """The outlet of a line naming it with its place in brackets ("Harbour Times (Fiji)"), else None."""
    placed = _PLACED_NAME.fullmatch(line) if len(line) <= MAX_OUTLET_LINE else None
    return placed["name"] if placed and is_outlet_name(placed["name"]) else None


def _record_date(record: RecordFields, reference_date: dt.date) -> str | None:
    """The publication date a database record's fields give, else the day it was loaded (a day or so later)."""
    for value in (record.date, record.later_date):
        if value and (found := parse_date_line(value, reference_date=reference_date) or normalize_field_date(value, reference_date=reference_date)):
            return found
    return None


def _dated_below(lines: list[str], index: int) -> bool:
    """True when the next line with text under ``lines[index]`` (within two lines) is a date line."""
    following = next((l for l in lines[index + 1 : index + 3] if l), "")
    return bool(following) and (_time_of(following, ANY_DAY) is not None or header_parts_date(following) is not None)


# A page's footer giving the day it was last edited, as an encyclopedia or a site's page prints it: "This page
# was last edited on 4 May 2024, at 10:12 (UTC).", "Page last updated: 3 June 2025", "Last modified 12 March 2023".
_LAST_EDITED = re.compile(
    r"(?:(?:this|the)\s+)?(?:(?:page|article|entry|story|post|content)\s+)?(?:was\s+)?last\s+(?:edited|updated|modified|revised|changed)"
    r"(?:\s+on)?\s*:?\s*(?P<when>[^.]{6,60}?)(?:,?\s+at\s+\d{1,2}[:.]\d{2}[^.]{0,20})?[.\s]*",
    re.IGNORECASE,
)
# Lines with text at a page's end searched for that footer (licence, links and references lines around it).
LAST_EDITED_LINES = 12


def _last_edited(lines: list[str]) -> tuple[str, str] | None:
    """(line, date) of the footer line saying when the page was last edited, among its last lines with text."""
    seen = 0
    for line in reversed(lines):
        if not line:
            continue
        seen += 1
        if seen > LAST_EDITED_LINES:
            break
        if when := last_edited(line):
            return line, when
    return None


def last_edited(line: str) -> str | None:
    """The date of a page's footer line saying when it was last edited ("Page last updated: 3 June 2025"), else None."""
    found = _LAST_EDITED.fullmatch(line) if len(line) <= MAX_FURNITURE_LINE else None
    return parse_date_line(found["when"]) if found else None


_DATED_TITLE = re.compile(
    r"\b(?:" + "|".join(re.escape(w) for w in sorted(DATED_TITLE_WORDS, key=len, reverse=True)) + r")\b",
    re.IGNORECASE,
)
# What stands before a title's closing date: "... Press Conference on 4 June 2025", "Remarks ..., 3 May 2025",
# "Briefing – Monday, 2 June 2025", "Statement (4 June 2025)".
_BEFORE_TITLE_DATE = re.compile(r"\son\s|,\s*|\s[-\u2013\u2014|:]\s|\s?\(")
# A title's closing date is at most this long ("Wednesday, 17 September 2025, 10:30").
MAX_TITLE_DATE = 60


def title_date(title: str, *, reference_date: dt.date) -> str | None:
    """The date closing a transcript's or statement's title ("Press Conference on August 16, 2021"),
    with its year and not after the reference date; None for any other title."""
    if not _DATED_TITLE.search(title):
        return None
    start = max(0, len(title) - MAX_TITLE_DATE - 6)
    for mark in _BEFORE_TITLE_DATE.finditer(title, start):
        tail = title[mark.end():].strip().rstrip(").").strip()
        if not re.search(r"\b\d{4}\b", tail):
            continue
        found = parse_date_line(tail)
        if found and dt.date.fromisoformat(found[:10]) <= reference_date:
            return found
    return None


def _entry_starts(lines: list[str], start: int, *, in_related: bool, reference_date: dt.date) -> list[tuple[int, int]]:
    """(first line, time line) of each related entry from ``start`` on.

    Inside a "Related" section any time line opens an entry; elsewhere only the
    unmistakable aggregator triple (outlet line, time line, "- Outlet" line) does.
    """
    starts = []
    for index in range(start, len(lines)):
        line = lines[index]
        if not line or len(line) > 80:
            continue
        if _time_of(line, reference_date) is None:
            if in_related and _outlet_and_time(line, reference_date):
                if index > start and lines[index - 1]:
                    # "Title / Outlet \u00b7 3 hours ago / body": the title line above opens the entry.
                    starts.append((index - 1, index))
                elif next((l for l in lines[index + 1 : index + 3] if l), ""):
                    # "Outlet \u00b7 3 hours ago / Title / body": the entry opens with its outlet and time.
                    starts.append((index, index))
            continue
        following = next((l for l in lines[index + 1 : index + 3] if l), "")
        dashed = _OUTLET_DASH.match(following) is not None
        if not (in_related or dashed):
            continue
        first = index
        previous = lines[index - 1] if index > start else ""
        dash = _OUTLET_DASH.match(following)
        same_outlet = dash is not None and dash.group(1).strip().lower() == previous.lower()
        # Outside a "Related" list only the repeated outlet name proves an outlet line;
        # otherwise the line above may be the title of the article the time line belongs to.
        if previous and (same_outlet or (in_related and len(previous) <= MAX_OUTLET_LINE and not _SENTENCE_END.search(previous) and not _is("drop", previous))):
            first = index - 1
        starts.append((first, index))
    return starts


def _entry(lines: list[str], first: int, time_index: int, end: int, *, position: int, reference_date: dt.date) -> Article | None:
    timed = _time_of(lines[time_index], reference_date)
    if timed is None:
        outlet, (published, basis) = _outlet_and_time(lines[time_index], reference_date)
        rest = lines[first:time_index] + lines[time_index + 1 : end]
        return _article(rest, position=position, outlet=outlet, published=published, basis=basis, reference_date=reference_date)
    published, basis = timed
    outlet = lines[first] if first < time_index else None
    rest = lines[time_index + 1 : end]
    non_empty = [i for i, l in enumerate(rest) if l]
    if non_empty:
        dash = _OUTLET_DASH.match(rest[non_empty[0]])
        if dash:
            outlet = outlet or dash.group(1).strip()
            rest = rest[non_empty[0] + 1 :]
    return _article(rest, position=position, outlet=outlet, published=published, basis=basis, reference_date=reference_date)


def _looks_like_article_start(lines: list[str]) -> bool:
    """True when ``lines`` open with a title-like line, a date line or a record header."""
    first = next((line for line in lines if line), None)
    if first is None:
        return False
    if _TITLE_FIELD.match(first) or parse_date_line(first) or _HEADER_FIELD.match(first[:320]):
        return True
    return len(first) <= 200 and not re.search(r"[.,;:]$", first)


# Words of a reader's name or handle over a comment at most ("Grace Amina Bello", "reefwatcher").
MAX_READER_NAME_WORDS = 3


def _split_articles(lines: list[str]) -> list[list[str]]:
    """Cut a dump of several articles at divider lines and repeated "Title:" headers.

    A divider that is followed by body text rather than a new title is a section
    break inside one article: it is dropped and the article continues.
    """
    chunks: list[list[str]] = [[]]
    has_body = False
    text_lines = 0  # lines of the current article that are neither header fields nor date lines
    seen_record = False  # a "Document N of M" header was met
    publication = -1  # the index of a record's publication line
    footers = any(_DOCUMENT_END.match(line[:40]) for line in lines)  # records closed by "End of Document"
    comments = False  # the current article's comments section began (a comments heading under its text)

    def cut(*, drop: bool = False) -> None:
        """Open the next article (``drop``: in place of the lines so far, which were no article)."""
        nonlocal has_body, text_lines, comments
        if drop:
            chunks[-1] = []
        else:
            chunks.append([])
        has_body = False
        text_lines = 0
        comments = False

    for index, line in enumerate(lines):
        if footers and line and not seen_record and not any(chunks[-1]) and _publication_line(lines, index - 1) == index:
            seen_record = True  # the first record opens the file with its publication line
            publication = index
        if (
            (text_lines >= 2 or (text_lines and _headline_over_outlet(lines, index))) and _opens_dated_article(lines, index)
            and not (text_lines <= MAX_LETTERHEAD_LINES and _is_letterhead(chunks[-1]))  # a release's own headline
            # in a comments section, a reader's name or handle over the comment's stamp ("Grace Amina Bello" /
            # "3 May 2024 at 06:10") opens no article
            and not (comments and len(line.split()) <= MAX_READER_NAME_WORDS)
        ):
            # "Headline / 6 September 2025" after some text: articles pasted one after another; "Headline / Reef
            # Courier / 6 September 2025" after a line of text (a desk's note on what was pasted) too
            cut()
        if _SEPARATOR.match(line[:200]):
            if has_body and _looks_like_article_start(lines[index + 1 : index + 40]):
                cut()
            continue
        if _DOCUMENT_FOOTER.match(line[:60]):
            # "Document ADWIRE0020250905el950001a": the article above ends here.
            if has_body:
                cut()
            continue
        if not seen_record and _is_cover_end(chunks[-1], lines, index) and (found := _publication_line(lines, index)) >= 0:
            # "Time of Request: ... / Results: 2", then "Publication / date line / headline": the export's
            # cover, no article; the first record's publication line is its source.
            chunks[-1] = []
            seen_record = True
            publication = found
            continue
        header = _DOCUMENT_HEADER.match(line[:40])
        if header or _DOCUMENT_END.match(line[:40]):
            # "Document 2 of 5" opens a database export's next record, "End of Document" closes one; the
            # next record may open with its publication and date lines, not its headline.
            if has_body:
                # the print request's cover ("Time of Request: ...", "Terms: ...") above the first record is no article
                cut(drop=bool(header) and not seen_record and all(_REQUEST_FIELD.match(l[:200]) for l in chunks[-1] if l))
            seen_record = True
            publication = _publication_line(lines, index)
            continue
        if index == publication:
            line = f"Source: {line}"
        if has_body and _TITLE_FIELD.match(line[:20]) and not _repeats_headline(chunks[-1], line):
            cut()
        chunks[-1].append(line)
        comments = comments or (text_lines >= 2 and bool(line) and _is("end", line))
        if line and not _HEADER_FIELD.match(line[:320]) and not parse_date_line(line):
            has_body = True
            # A masthead, section label, edition or translation note above a headline is no text of an
            # article before it: "Politics | Diplomacy / (Translated from the Korean) / Headline / date".
            # Nor is a copied page's consent banner or menu ("We use cookies to ...", "Home  World  Sport  Podcasts").
            if not (len(line) <= MAX_FURNITURE_LINE and (_is_label(line) or _is("drop", line) or credit_of(line))) and not is_site_chrome(line):
                text_lines += 1
    return [chunk for chunk in chunks if any(chunk)]


def _repeats_headline(chunk: list[str], line: str) -> bool:
    """True when a "Title: ..." line repeats the headline opening ``chunk``: a database record's fields under its
    text ("Subject: ... / Title: <headline> / Publication date: ..."), not the next record's header."""
    headline = next((l for l in chunk if l), None)
    return headline is not None and line.partition(":")[2].strip().casefold() == headline.strip().casefold()


# A print request's cover above a database export's first record: "Time of Request: ...".
_REQUEST_FIELD = re.compile(r"^[A-Z][\w ()'-]{0,40}:\s*\S")
# Lines searched under a record header for its publication line and date line.
RECORD_HEADER_LINES = 6
_DOCUMENT_END = re.compile(r"^end of document$", re.I)
MAX_COVER_LINES = 40
# The request lines on a database export's cover: "Download Request: ...", "Time Of Request: ...".
_REQUEST_LINE = re.compile(r"^(?:[\w ]{0,20}request|time of request)\s*:", re.I)


def _is_cover_end(chunk: list[str], lines: list[str], index: int) -> bool:
    """True when ``lines[index]`` is the last line of a database export's cover: the lines so far are
    request fields ("Time Of Request: ...", "Results: 2") under at most one banner line, one of them a
    request line, and the next line with text is no field."""
    line = lines[index]
    if not line or len(chunk) > MAX_COVER_LINES or not _REQUEST_FIELD.match(line[:200]):
        return False  # a cover is a few lines: a long text is never rescanned line after line
    texts = [l for l in chunk if l]
    if not texts:
        return False
    fields = texts[1:] if not _REQUEST_FIELD.match(texts[0][:200]) else texts
    if not all(_REQUEST_FIELD.match(l[:200]) for l in fields) or not any(_REQUEST_LINE.match(l[:60]) for l in fields):
        return False
    following = next((l for l in lines[index + 1 : index + 1 + 3 * RECORD_HEADER_LINES] if l), "")
    return bool(following) and not _REQUEST_FIELD.match(following[:200])


def _publication_line(lines: list[str], header: int) -> int:
    """The index of the publication line of the record under ``header`` ("Document 1 of 4"), or -1.

    A Nexis-style print puts the publication ("The Harbour Times (Suva, Fiji)") first, then the
    date line ("May 2, 2024 Thursday"), then the headline: the publication line is the source,
    not the title. A record that opens with its headline (publication and date under it) has none.
    """
    texts = [i for i in range(header + 1, min(len(lines), header + 1 + 3 * RECORD_HEADER_LINES)) if lines[i]][:3]
    if len(texts) < 3:
        return -1
    first, date, headline = (lines[i] for i in texts)
    if len(first) > MAX_OUTLET_LINE or _SENTENCE_END.search(first.rstrip(")")) or _HEADER_FIELD.match(first):
        return -1
    if _time_of(first, ANY_DAY) or not _time_of(date, ANY_DAY):
        return -1
    if _time_of(headline, ANY_DAY) or _HEADER_FIELD.match(headline[:320]) or _DOCUMENT_HEADER.match(headline[:40]):
        return -1
    return texts[0]


MAX_PASTED_TITLE = 160
_QUOTED_SENTENCE_END = re.compile(r"[.!?,][\"'\u201d\u2019]+$")


def _next_text(lines: list[str], index: int, within: int = 2) -> int | None:
    """The index of the first line with text among the ``within`` lines after ``index``, or None."""
    return next((i for i in range(index + 1, min(len(lines), index + 1 + within)) if lines[i]), None)


def _previous_text(lines: list[str], index: int, within: int = 2) -> int | None:
    """The index of the last line with text among the ``within`` lines before ``index``, or None."""
    return next((i for i in range(index - 1, max(-1, index - 1 - within), -1) if lines[i]), None)


def _is_dateline_date(line: str) -> bool:
    found = _time_of(line, ANY_DAY) if line and len(line) <= 160 else None
    return found is not None and found[1] == "dateline"


def _outlet_over_date(lines: list[str], index: int) -> bool:
    """True when ``lines[index]`` is an outlet's or author's name alone ("Reef Courier", "Sione Tupou") with
    a date line right under it: the line under a pasted page's headline that says where and when it ran."""
    line = lines[index]
    # (a line of comma parts, "Suva, Fiji", is the place a transcript or release gives under its venue)
    if not line or len(line) > MAX_OUTLET_LINE or ":" in line or "," in line or not is_outlet_name(line):
        return False
    under = _next_text(lines, index)
    return under is not None and _is_dateline_date(lines[under])


# A release's letterhead above its headline: the issuer's office and name, and the label saying what the page is
# ("Minister for Foreign Affairs" / "Senator the Hon Ana Ruiz" / "Media release" / headline / date)
_DOCUMENT_LABEL = re.compile(r"(?i:(?:press|media|joint|official|news)\s+(?:statement|release|note)|statement|communiqu[e\u00e9])")
MAX_LETTERHEAD_LINES = 5
MAX_LETTERHEAD_LINE = 90


def _is_letterhead(lines: list[str]) -> bool:
    """True when the lines with text are a release's letterhead: a few short lines, no sentence among them, one of
    them the release's label and another the issuer's."""
    texts = [line for line in lines if line]
    return (
        2 <= len(texts) <= MAX_LETTERHEAD_LINES
        and all(len(line) <= MAX_LETTERHEAD_LINE and not _SENTENCE_END.search(line) for line in texts)
        and any(_DOCUMENT_LABEL.fullmatch(line) for line in texts)
        and not all(_DOCUMENT_LABEL.fullmatch(line) for line in texts)
    )


def _letterhead_headline(lines: list[str]) -> int | None:
    """The index of a release's headline under its letterhead (a dated headline-like line), or None."""
    seen: list[str] = []
    for index, line in enumerate(lines):
        if not line:
            continue
        if seen and _is_letterhead(seen) and looks_like_headline(line):
            under = _next_text(lines, index)
            return index if under is not None and _is_dateline_date(lines[under]) else None
        seen.append(line)
        if len(seen) > MAX_LETTERHEAD_LINES:
            return None
    return None


def _opens_dated_article(lines: list[str], index: int) -> bool:
    """True when ``lines[index]`` is a headline-like line after a blank line with a date line (or a
    byline with a date, or an outlet's line over a date line) right under it: another article pasted
    below the one before."""
    line = lines[index]
    if not line or index == 0 or len(line) > MAX_PASTED_TITLE or _is("end", line):
        return False  # (a comments heading over a reader's name and stamp: "Join the conversation (2)" / "Ngozi_B" / "2 May 2024")
    if lines[index - 1] and not _dated_headline_after_prose(lines, index):
        return False
    closed = _SENTENCE_END.search(next((l for l in reversed(lines[max(0, index - 3) : index]) if l), "")[-20:]) is not None
    if closed and _after_story(lines, index) and (_credited_head(lines, index) or _bylined_headline(lines, index)):
        return True  # after a story's closing sentence: "... said on Friday." / "By Ana Lind / 4 May 2024 / Headline"
    if len(line.split()) < 3 and publication_of(line) is None:
        return False  # a clipping may open with its outlet's masthead ("HARBOUR HERALD") above its date
    if line.endswith((".", ",", ";", ":")) or _QUOTED_SENTENCE_END.search(line) or _SENTENCE_SPLIT.search(line):
        return False  # a paragraph ending a live page's entry, not a headline
    if _BYLINE.match(line) or _time_of(line, ANY_DAY) or _HEADER_FIELD.match(line[:320]) or credit_of(line):
        return False  # "Staff and agencies / 8 October 2025": the credit and date of the article above
    above = _previous_text(lines, index)
    if above is not None and _outlet_over_date(lines, index) and _headline_over_outlet(lines, above):
        # "Headline / Reef Courier / Friday, 3 May 2024 · 4 min read": the outlet's line under the headline
        # opens no article; the headline above it did
        return False
    following_at = _next_text(lines, index)
    following = lines[following_at] if following_at is not None else ""
    if not following or len(following) > 160:
        return False
    found = _time_of(following, ANY_DAY)
    if found:
        return found[1] == "dateline"
    if _BYLINE.match(following):
        return any((f := _time_of(part, ANY_DAY)) and f[1] == "dateline" for part in _BYLINE_PARTS.split(following)[1:])
    return _outlet_over_date(lines, following_at) and _headline_over_outlet(lines, index)


def _dated_headline_after_prose(lines: list[str], index: int) -> bool:
    """True when ``lines[index]`` follows a line of prose closing its sentence with no blank line between, and a
    date line stands right under it: a brief pasted under a story in a dump without blank lines ("... the
    minister said. / Port reopens after storm / 4 May 2024 / The port of ... reopened on Friday.")."""
    above, under = lines[index - 1], lines[index + 1] if index + 1 < len(lines) else ""
    if len(above) < MIN_PROSE_LINE or _SENTENCE_END.search(above[-20:]) is None or not under:
        return False
    found = _time_of(under, ANY_DAY)
    return found is not None and found[1] == "dateline"


def _headline_over_outlet(lines: list[str], index: int) -> bool:
    """True when ``lines[index]`` is a headline with an outlet's line over a date line under it ("Reef
    leaders hail the vote / Reef Courier / Friday, 3 May 2024")."""
    line = lines[index]
    if len(line) > MAX_PASTED_TITLE or not looks_like_headline(line):
        return False
    under = _next_text(lines, index)
    return under is not None and _outlet_over_date(lines, under)


def _dated_line(line: str) -> bool:
    """A date line, or a byline or outlet line carrying a written date ("By Ana Lind | 4 May 2024", "Nordlys | 4 May 2024")."""
    if len(line) > 160:
        return False
    found = _time_of(line, ANY_DAY)
    if found:
        return found[1] == "dateline"
    if _BYLINE.match(line) or _HEADER_PART_MARK.search(line):
        return any((f := _time_of(part, ANY_DAY)) and f[1] == "dateline" for part in _BYLINE_PARTS.split(line)[1:])
    return False


# Lines of a pasted article's credit and date above its headline at most ("By Ana Lind / 4 May 2024").
MAX_HEAD_LINES = 3


# What a line above a pasted headline is when it is its page's kicker: a masthead, a section label, a banner.
_KICKER_FAULTS = frozenset({"publication", "outlet", "label", "banner", "menu"})
# An outlet's name alone over a headline has a few words at most ("Nordlys", "Baltic Compass").
MAX_KICKER_NAME_WORDS = 4


def _is_kicker(line: str) -> bool:
    """A masthead, an outlet's name or a section label standing over a headline ("THE BALTIC COMPASS", "Nordlys",
    "WORLD | EUROPE", "Opinion")."""
    if len(line) > MAX_FURNITURE_LINE or looks_like_headline(line):
        return False
    return title_fault(line) in _KICKER_FAULTS or (is_outlet_name(line) and len(line.split()) <= MAX_KICKER_NAME_WORDS and ":" not in line)


def _credited_head(lines: list[str], index: int) -> bool:
    """True when ``lines[index]`` opens an article's head above its headline: a byline or an author's name, an
    outlet's line with its date ("Nordlys | 4 May 2024"), a masthead or section label ("THE BALTIC COMPASS",
    "WORLD | EUROPE"), then the headline, with a written date in the head or right under the headline ("By Ana Lind /
    4 May 2024 / Headline", "Nordlys / Headline / 4 May 2024", "Opinion / Headline / By Ana Lind / 4 May 2024"). A
    date line alone above a headline opens none: a live page's entries are stamped so."""
    texts = [i for i in range(index, min(len(lines), index + 3 * (MAX_HEAD_LINES + 2))) if lines[i]][: MAX_HEAD_LINES + 2]
    headed = dated = False
    for number, at in enumerate(texts):
        line = lines[at]
        if len(line) > 160:
            return False
        bar = header_parts_date(line) is not None and any(is_outlet_name(part.strip()) for part in _HEADER_PART_MARK.split(line))
        if number < MAX_HEAD_LINES and (bar or _BYLINE.match(line) or credit_of(line) or is_author_line(line)):
            headed = True
            dated = dated or _dated_line(line)
            continue
        if number < MAX_HEAD_LINES and _time_of(line, ANY_DAY):
            dated = dated or _time_of(line, ANY_DAY)[1] == "dateline"
            continue
        if number < MAX_HEAD_LINES and _is_kicker(line):
            headed = True
            continue
        if not (headed and number > 0 and looks_like_headline(line) and not _SENTENCE_SPLIT.search(line)):
            return False
        return dated or _dated_under(lines, at)
    return False


# Lines looked back over for the story a pasted head follows, and the sentences of prose it has at least (a
# headline's standfirst alone is no story: a byline under it is the same story's).
STORY_LOOKBACK_LINES = 12
MIN_STORY_SENTENCES = 2


def _after_story(lines: list[str], index: int) -> bool:
    """True when at least two lines of prose (``MIN_PROSE_LINE`` long, ending a sentence) stand among the lines
    just above ``lines[index]``: the story a pasted page follows."""
    prose = sum(1 for line in lines[max(0, index - STORY_LOOKBACK_LINES) : index] if len(line) >= MIN_PROSE_LINE and _SENTENCE_END.search(line[-20:]))
    return prose >= MIN_STORY_SENTENCES


def _bylined_headline(lines: list[str], index: int) -> bool:
    """True when ``lines[index]`` is a headline with a byline naming its author right under it ("Headline / By Ana
    Lind" or "By Ana Lind | Baltic Ledger") or a desk's credit ("Our Staff Reporter"), the story's text next: a page
    pasted with no date under the last, an e-paper's next story."""
    line = lines[index]
    if not looks_like_headline(line) or _SENTENCE_SPLIT.search(line):
        return False
    under = [i for i in range(index + 1, min(len(lines), index + 5)) if lines[i]][:2]
    if len(under) < 2 or under[0] != index + 1:
        return False
    first = lines[under[0]]
    credit = credit_of(first)
    # "By Ana Lind", or a credit naming no one and no outlet ("Our Staff Reporter", "Monitoring Desk": an
    # e-paper's stories, one under another)
    credited = credit is not None and (bool(credit.author) if _BYLINE.match(first) else credit.author is None and credit.outlet is None)
    return credited and (_is_prose(lines[under[1]]) or _dated_line(lines[under[1]]))


def _dated_under(lines: list[str], index: int) -> bool:
    """True when a written date stands right under the headline ``lines[index]``: a date line, a byline carrying
    one, or a byline or author's name over one ("Headline / By Ana Lind / 4 May 2024")."""
    under = [i for i in range(index + 1, min(len(lines), index + 7)) if lines[i]][:2]
    if not under or not _dated_line(lines[under[0]]):
        first = lines[under[0]] if under else ""
        credit = bool(first) and (_BYLINE.match(first) or credit_of(first) or is_author_line(first))
        return bool(credit) and len(under) > 1 and _dated_line(lines[under[1]])
    return True


def header_parts_date(line: str) -> str | None:
    """The date part of a short header line of parts ("Source: Harbour Times | 3 June 2025 | abridged" -> "3 June 2025")."""
    if len(line) > MAX_FURNITURE_LINE or not _HEADER_PART_MARK.search(line):
        return None
    return next((part.strip() for part in _HEADER_PART_MARK.split(line) if parse_date_line(part.strip())), None)


def text_of_outline(blocks: list[tuple[str, int | None]]) -> str:
    """A dump's text from a document's paragraphs and headings ((text, heading level or None)).

    One blank line between paragraphs; a divider before a heading that follows some text
    and is of the first heading's level (or higher), or has a date line right under it, so
    that it opens another article, as ``#`` headings do in Markdown. Other headings are
    sections of the article they stand in; a heading right above a dated heading (the
    digest's own title, a section name) is dropped.
    """
    blocks = [(text.strip(), level) for text, level in blocks if text.strip()]

    def dated(index: int) -> bool:  # a date line in the two blocks under a heading
        return any(_time_of(following, ANY_DAY) or header_parts_date(following) for following, _ in blocks[index + 1 : index + 3])

    top = next((level for _, level in blocks if level is not None), None)
    out: list[str] = []
    has_body = False
    for index, (text, level) in enumerate(blocks):
        if level is not None and not has_body and index + 1 < len(blocks) and blocks[index + 1][1] is not None and dated(index + 1):
            continue  # a digest's own title or a section name right above a dated article heading
        if level is not None and has_body and ((top is not None and level <= top) or dated(index)):
            out.append(ARTICLE_DIVIDER)
            has_body = False
        if level is None and _time_of(text, ANY_DAY) is None:
            has_body = True
        out.append(text)
    return "\n\n".join(out)


_STORY_SENTENCE_END = re.compile(r"[.!?\u2026][\"'\u201d\u2019)\]]*$")


def without_masthead_article(articles: list[Article]) -> list[Article]:
    """A document's articles without a first one that holds no sentence when others follow: the
    masthead, edition or section line a digest opens with ("Harbour Review | Sunday edition") read
    as a title with nothing under it. Positions are renumbered from the first article's. The masthead's date
    line (an issue's or a sitting's day) dates the articles under it that give none, and its line is their
    outlet when they name none (a parliament's record: "Assembly Debates, Official Record" / "Monday 4 March
    2019" above each debate's heading)."""
    if len(articles) < 2 or any(_STORY_SENTENCE_END.search(line.strip()) for line in articles[0].text.split("\n") if line.strip()):
        return articles
    masthead, first = articles[0], articles[0].position
    return [
        dataclasses.replace(
            a,
            position=first + number,
            outlet=a.outlet or masthead.outlet or masthead.title or None,
            **({"published": masthead.published, "published_basis": masthead.published_basis} if not a.published and masthead.published else {}),
        )
        for number, a in enumerate(articles[1:])
    ]


# A page's head read as an article of its own is this short at most ("Ministry of Lagoon Affairs / Minister Ana Lind /
# Media release", a browser print's header over a section label).
MAX_PAGE_HEAD_TEXT = 300


def without_page_head(articles: list[Article]) -> list[Article]:
    """A dump's articles without a first one that is only the page's head: a short text holding no sentence,
    under a title, above the stories ("Ministry of Lagoon Affairs" / "Minister Ana Lind" / "Media release" over a
    dated release; a browser print's header over a section label). The head's date dates the articles under it
    that give none, and the outlet it names is theirs when they name none (its title is no outlet: it may be a
    print's header or a desk's note). Positions are renumbered from the first article's."""
    if len(articles) < 2:
        return articles
    head = articles[0]
    lines = [line.strip() for line in head.text.split("\n") if line.strip()]
    if not lines or len(head.text) > MAX_PAGE_HEAD_TEXT or any(_STORY_SENTENCE_END.search(line) for line in lines):
        return articles
    return [
        dataclasses.replace(
            a,
            position=head.position + number,
            outlet=a.outlet or head.outlet,
            **({"published": head.published, "published_basis": head.published_basis} if not a.published and head.published else {}),
        )
        for number, a in enumerate(articles[1:])
    ]


def read_text(text: str, *, reference_date: dt.date, first_position: int = 0) -> list[Article]:
    """Articles of a plain-text dump (normalised text in, positions from ``first_position``).

    An e-mail saved or printed as text (From/Date/Subject lines on top) is read as that e-mail.
    """
    from tracker.readers.mail import read_mail_text  # mail imports this module

    as_mail = read_mail_text(text, first_position=first_position, reference_date=reference_date)
    if as_mail is not None:
        return as_mail
    articles: list[Article] = []
    for chunk in _split_articles(_without_shaped_menus([line.strip() for line in text.split("\n")])):
        if starts := _question_starts(chunk):
            articles.extend(_questions(chunk, starts, reference_date=reference_date, first_position=first_position + len(articles)))
            continue
        page = _read_page(chunk, reference_date=reference_date, first_position=first_position + len(articles))
        if articles and page and not page[0].published and articles[-1].published and _desk_credited(chunk):
            # an e-paper's next story under its desk's credit ("Our Staff Reporter"): the page's day and outlet
            above = articles[-1]
            page[0] = dataclasses.replace(
                page[0], published=above.published, published_basis=above.published_basis, outlet=page[0].outlet or above.outlet,
            )
        articles.extend(page)
    return articles


# A question time's heading per question, numbered as the question under it is: "2. Tonga\u2014Election Observers" over
# "2. Dr ANA RUIZ (Green) to the Minister of Foreign Affairs: Will New Zealand ...?"
_QUESTION_HEADING = re.compile(r"(?P<number>\d{1,3})\.\s+(?P<heading>[A-Z][^.?!:;]{2,118}[^.?!:;,\s])")
_QUESTION = re.compile(r"(?P<number>\d{1,3})\.\s+\S.{10,}?(?:\?|\bto the\b)")
# The masthead of a parliament's record: "NEW ZEALAND PARLIAMENT", "Parliament of Fiji", "Legislative Assembly of Tonga".
_CHAMBER_MASTHEAD = re.compile(r"\b(?:parliament|legislative\s+assembly|national\s+assembly|house\s+of\s+(?:representatives|assembly)|senate|fono)\b", re.I)


def _question_starts(lines: list[str]) -> list[int]:
    """The indexes of a question time record's question headings: a numbered heading with no sentence end, with the
    question of the same number under it (a member's words "to the Minister ..." or closing with "?")."""
    starts = []
    for index, line in enumerate(lines):
        if not line or not line[0].isdigit() or len(line) > MAX_TITLE or not (heading := _QUESTION_HEADING.fullmatch(line)):
            continue
        under = _next_text(lines, index)
        question = _QUESTION.match(lines[under]) if under is not None else None
        if question is not None and question["number"] == heading["number"] and len(lines[under]) > len(line):
            starts.append(index)
    return starts


def _questions(lines: list[str], starts: list[int], *, reference_date: dt.date, first_position: int) -> list[Article]:
    """One article a question of a question time record, titled by its heading (without its number); the record's
    head (its parliament's masthead, the sitting's day) gives their outlet and date, and is no article of its own."""
    head = lines[: starts[0]]
    found = _read_page(head, reference_date=reference_date, first_position=first_position) if any(head) else []
    articles = [a for a in found if a.text.strip()]  # (text above the first heading is kept as it is)
    masthead = next((line for line in head if line and len(line) <= MAX_OUTLET_LINE and _CHAMBER_MASTHEAD.search(line)), None)
    outlet = masthead or next((a.outlet for a in found if a.outlet), None)
    published = next(((a.published, a.published_basis) for a in found if a.published), None)
    for number, start in enumerate(starts):
        part = lines[start : starts[number + 1] if number + 1 < len(starts) else len(lines)]
        part = [_QUESTION_HEADING.fullmatch(part[0])["heading"], *part[1:]]
        for article in _read_page(part, reference_date=reference_date, first_position=first_position + len(articles)):
            changes = {"outlet": article.outlet or outlet}
            if article.published is None and published is not None:
                changes["published"], changes["published_basis"] = published
            articles.append(dataclasses.replace(article, **changes))
    return articles


def _desk_credited(chunk: list[str]) -> bool:
    """True when ``chunk`` opens with a headline over a desk's credit naming no one ("Our Staff Reporter"), a blank
    line between them or none (a PDF's page sets each line apart)."""
    texts = [i for i in range(min(len(chunk), 6)) if chunk[i]][:2]
    if len(texts) < 2 or texts[1] - texts[0] > 2 or not looks_like_headline(chunk[texts[0]]):
        return False
    line = chunk[texts[1]]
    credit = credit_of(line)
    return not _BYLINE.match(line) and credit is not None and credit.author is None and credit.outlet is None


# A paragraph of a story: a sentence of some length (a headline, label or counter is none).
MIN_PROSE_LINE = 60


def _is_prose(line: str) -> bool:
    """True for a line of a story's prose: long enough, ending as a sentence does, and no site furniture."""
    return len(line) >= MIN_PROSE_LINE and _STORY_SENTENCE_END.search(line) is not None and not _is("drop", line) and not is_site_chrome(line)


# Words a menu repeated on a dump's pages has at least: a headline in title case repeated (a story syndicated
# twice) is rarely this long without a small word.
MIN_REPEATED_MENU_WORDS = 6


# Section labels a page may set between its navigation bar and the headline ("WORLD" / "Asia-Pacific").
MAX_LABELS_OVER_HEADLINE = 2


def _without_shaped_menus(lines: list[str]) -> list[str]:
    """``lines`` with a navigation bar whose gaps were lost blanked out when its shape (``titles.has_menu_shape``)
    is backed by where it stands: beside other page furniture (a menu, a consent banner, "Skip to content", another
    such bar), repeated on the dump's pages, or between an outlet's masthead and a headline with its date line or
    byline, a section label or two between them ("Reef Wire" / "Home Nation Provinces Lifestyle Motoring
    Classifieds" / "WORLD" / headline / "8 June 2024")."""
    shaped = [index for index, line in enumerate(lines) if line and has_menu_shape(line)]
    if not shaped:
        return lines
    texts = [index for index, line in enumerate(lines) if line]
    order = {index: number for number, index in enumerate(texts)}
    counts: dict[str, int] = {}
    for index in shaped:
        counts[lines[index]] = counts.get(lines[index], 0) + 1
    mastheads: dict[str, bool] = {}  # a bar repeated on every page is judged once

    def text_at(number: int) -> str:
        return lines[texts[number]] if 0 <= number < len(texts) else ""

    def furniture(line: str) -> bool:
        return bool(line) and (has_menu_shape(line) or is_furniture(line) or is_site_chrome(line))

    def headline_under(number: int) -> int:
        """The line after ``number`` past a section label or two ("WORLD", "Politics / Asia") over the headline."""
        number += 1
        for _ in range(MAX_LABELS_OVER_HEADLINE):
            if title_fault(text_at(number)) != "label":
                break
            number += 1
        return number

    out = list(lines)
    for index in shaped:
        line, number = lines[index], order[index]
        words = len(line.split())
        headline = headline_under(number)
        blank = (
            (counts[line] >= 2 and words >= MIN_REPEATED_MENU_WORDS)
            or furniture(text_at(number - 1))
            or furniture(text_at(number + 1))
            or (
                words >= MIN_REPEATED_MENU_WORDS
                and (number == 0 or title_fault(text_at(number - 1)) in ("publication", "outlet"))
                and looks_like_headline(text_at(headline))
                and title_fault(text_at(headline + 1)) in ("date", "byline")
            )
        )
        if blank and line not in mastheads:
            # an outlet's masthead of five words ("Alpine & Lakeland Courier") has the shape too: it names the outlet
            mastheads[line] = title_fault(line) in ("publication", "outlet")
        if blank and not mastheads[line]:
            out[index] = ""
    return out


def _read_page(lines: list[str], *, reference_date: dt.date, first_position: int) -> list[Article]:
    """One page: the main article and any related entries listed under it."""
    # A copied page's consent banner or menu on top ("We value your privacy / ... / Accept all | Reject") is
    # no part of the page: left in, it would stand as an article of its own above the headline.
    start = next((i for i, line in enumerate(lines) if line and not is_site_chrome(line)), len(lines))
    lines = lines[start:] if any(lines[:start]) else lines
    related_at = None
    end_at = None
    seen_body = 0
    for index, line in enumerate(lines):
        if not line:
            continue
        if _is("related", line):
            related_at = index
            break
        if seen_body >= 2 and end_at is None and _is("end", line):
            end_at = index
        # Only the story's sentences count: a comment counter in the page's header ("12 Comments" under
        # the byline, above the share buttons) is no end of a story not yet begun.
        seen_body += _is_prose(line)

    if related_at is not None:
        entries = _entry_starts(lines, related_at + 1, in_related=True, reference_date=reference_date)
        following = next((line for line in lines[related_at + 1 :] if line), "")
        # a story's sentence (a related entry may be a question or a bulleted line: "- Who is Ana Lind?")
        story_under = _is_prose(following) and following[:1].isalnum() and following.endswith((".", '."', ".\u201d"))
        if not entries and (story_under or any(len(line) > MAX_LINK_LINE for line in lines[related_at + 1 :])):
            # Full paragraphs and no dated entries, or the story's prose right under it: the "heading" was a line
            # of the article or a sidebar's heading copied above the text ("Most read" / the story's first paragraph).
            related_at = None
    if related_at is not None:
        main_end = end_at if end_at is not None else related_at
    else:
        entries = _entry_starts(lines, 0, in_related=False, reference_date=reference_date)
        # "Title / 2 hours ago / - Outlet / body": a time line right under the page's first
        # line, with no outlet line of its own, is the main article's header, not an entry.
        first_text = next((i for i, line in enumerate(lines) if line), len(lines))
        second_text = next((i for i in range(first_text + 1, len(lines)) if lines[i]), len(lines))
        entries = [e for e in entries if not (e[0] == e[1] == second_text)]
        main_end = entries[0][0] if entries else len(lines)
        if end_at is not None:
            main_end = min(main_end, end_at)

    articles: list[Article] = []
    main = _article(lines[:main_end], position=first_position, outlet=None, published=None, basis="reference", reference_date=reference_date)
    if main is not None and main.published is None and (edited := _last_edited(lines)) is not None:
        # a page dated only by its footer ("This page was last edited on 4 May 2024, at 10:12 (UTC)."): that
        # day is the page's, and the footer is no part of its text
        line, when = edited
        text = "\n\n".join(p for p in main.text.split("\n\n") if p.strip() != line)
        main = dataclasses.replace(main, published=when, published_basis="meta", text=text)
    if main is not None and (main.text or not entries):
        articles.append(main)
    for number, (first, time_index) in enumerate(entries):
        end = entries[number + 1][0] if number + 1 < len(entries) else len(lines)
        entry = _entry(lines, first, time_index, end, position=first_position + len(articles), reference_date=reference_date)
        if entry is not None:
            articles.append(entry)
    return articles
