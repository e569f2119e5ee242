"""Statement dates from day words: weekdays, month-day dates, yesterday/today, relative times.

Rules (issue 2): "on Wednesday" is the latest Wednesday on or before the anchor (the
article's date, else the reference date); "June 4" / "Jan. 13" take the anchor's year
unless that would put them well after the anchor; "the same day" refers back to the last
date the article named. A weekday used as a possessive ("Saturday's vote") names an event,
not the statement, and is ignored, unless it names the occasion of the words ("at Tuesday's
briefing"). Words inside quotations are never passed in here.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import NamedTuple

from tracker.extract.patterns import alternation

WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
MONTHS = {
    "jan": 1, "january": 1, "feb": 2, "february": 2, "mar": 3, "march": 3, "apr": 4, "april": 4,
    "may": 5, "jun": 6, "june": 6, "jul": 7, "july": 7, "aug": 8, "august": 8, "sep": 9,
    "sept": 9, "september": 9, "oct": 10, "october": 10, "nov": 11, "november": 11,
    "dec": 12, "december": 12,
}

# month names as a trie (longest first, like the sorted alternation it replaces, but without
# trying two dozen words in turn at every capital)
_MONTH_CAPS = alternation({m.capitalize() for m in MONTHS})
_MONTH_INITIALS = "".join(sorted({m[0].upper() for m in MONTHS}))
# Patterns open with a look-ahead on the first character (a month's capital or a digit) so the scan stays fast.
_MONTH_DAY_RE = re.compile(
    rf"(?=[{_MONTH_INITIALS}0-9])(?:(?P<m1>{_MONTH_CAPS})\.?\s+(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?(?:,?\s+(?P<y1>\d{{4}}))?"
    rf"|(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?\s+(?P<m2>{_MONTH_CAPS})\.?(?:,?\s+(?P<y2>\d{{4}}))?)\b"
)
# The same matches found faster: one alternative per month initial and per leading digit, each
# opening with its plain character, so re skips in C to the next such character (a pattern that
# opens with a look-ahead is tried at every position). ``_MONTH_DAY_RE.match`` at a match's start
# then gives its groups.
_MONTH_DAY_SCAN_RE = re.compile(
    "(?:"
    + "|".join(
        alternation(m.capitalize() for m in MONTHS if m[0].upper() == initial)
        + r"\.?\s+\d{1,2}(?:st|nd|rd|th)?(?:,?\s+\d{4})?"
        for initial in _MONTH_INITIALS
    )
    + "|"
    + "|".join(rf"{digit}\d?(?:st|nd|rd|th)?\s+{_MONTH_CAPS}\.?(?:,?\s+\d{{4}})?" for digit in "0123456789")
    + r")\b"
)
# "\b" as a check after the capital, so the pattern opens with a character class re skips to
_WEEKDAY_RE = re.compile(r"[MTWFS](?<!\w.)[a-z]{2,5}day\b")
# Weekdays and year-less dates after these words name a limit or a coming day, not when someone spoke.
_NOT_BEFORE_WEEKDAY = frozenset("next until through since by from".split())
# "Not until Tuesday did X speak", "it was not until May 3 that X wrote": the day the words came after all
_NOT_UNTIL_RE = re.compile(r"\b[Nn]ot\s+until\s+$")
# "on Friday last week", "on Tuesday of last week"
_LAST_WEEK_AFTER_RE = re.compile(r",?\s+(?:of\s+)?last\s+week\b")
# "the next day", "a day later" count from a day named in their own sentence or the one just before; one named
# further back (with a sentence telling something else between) leaves them undated: at most this many
# characters back, and no second sentence end between
MAX_NEXT_DAY_GAP = 400
_SENTENCE_END_RE = re.compile("[.!?][\"'\u201d\u2019)\\]]*\\s+|\n")


def _limit_day(text: str, start: int) -> bool:
    """Whether the year-less date or weekday at ``start`` is a limit ("until May 3"), not when anyone spoke;
    "Not until Tuesday did X speak" is when he did."""
    previous_word = text[max(0, start - 8) : start].split()
    if not previous_word or previous_word[-1].lower() not in _NOT_BEFORE_WEEKDAY:
        return False
    return not (previous_word[-1].lower() == "until" and _NOT_UNTIL_RE.search(text, max(0, start - 16), start))


def _within_a_sentence(text: str, end: int, start: int) -> bool:
    """Whether no more than one sentence end lies between ``end`` (a named day) and ``start`` (a relative phrase)."""
    if start - end > MAX_NEXT_DAY_GAP:
        return False
    ends = _SENTENCE_END_RE.finditer(text, end, start)
    return next(ends, None) is None or next(ends, None) is None


# "the 16th May General Elections", "the Sunday vote": the date names the vote, not when anyone spoke
_VOTE_AFTER_RE = re.compile(
    r"\s+(?:(?:general|presidential|parliamentary|legislative|local|municipal|regional|snap|national|"
    r"first-round|second-round|run-off|runoff)\s+)*(?:elections?|votes?|polls?|ballots?|run-?offs?|referend(?:um|a|ums))\b",
    re.IGNORECASE,
)
_VOTE_DETERMINERS = frozenset("the this that last its their".split())
# "At Thursday's daily briefing", "told Monday's news conference", "in Friday's statement", "at
# Thursday's White House press briefing": the possessive weekday names the occasion of the words, so
# it dates them (matched after the weekday; the body giving it may be named, in capitals)
_OCCASION_AFTER_RE = re.compile(
    r"['\u2019]s\s+(?:(?:regular|daily|weekly|usual|routine|scheduled|televised|nightly|noon|morning|afternoon|evening|"
    r"press|news|media|foreign ministry|ministry|[A-Z][A-Za-z.&-]{1,20})\s+){0,4}"
    r"(?:briefing|press conference|news conference|conference|statement|speech|address|remarks|interview|message|communiqu[e\u00e9]"
    # the gathering the words were spoken or read at: "in remarks read out at Tuesday's memorial"
    r"|ceremony|inauguration|swearing-in|summit|session|sitting|debate|funeral)\b"
)
# the words before such a possessive weekday: "at (last) Tuesday's", "told Monday's"
_OCCASION_BEFORE_RE = re.compile(r"(?:\b(?:[Aa]t|[Dd]uring|[Ii]n|told|to|addressing)\s+)(?:last\s+)?$")


# "the ballot of 7 March", "in the presidential election of March 7": the date after "of" names the vote; so does
# the one after "held on" ("on the vote held on Sunday", "the polls conducted on 3 May")
_VOTE_OF_BEFORE_RE = re.compile(
    r"\b(?:elections?|votes?|polls?|ballots?|run-?offs?|referend(?:um|a|ums))\s+"
    r"(?:of|(?:held|conducted|organi[sz]ed|(?:that|which)\s+took\s+place)\s+on)\s+(?:the\s+)?$",
    re.IGNORECASE,
)


# "the referendum held in Lagoonia on Sunday 3 December", "the run-off held on May 5": the day after "held" names the vote
_VOTE_HELD_BEFORE_RE = re.compile(
    r"\b(?:elections?|votes?|polls?|ballots?|run-?offs?|referend(?:um|a|ums))\s+(?:was\s+|were\s+)?held\s+"
    r"(?:(?:in|across)\s+(?:the\s+)?[A-Z][\w'\u2019-]*(?:\s+[A-Z][\w'\u2019-]*){0,2}\s+)?on\s+(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?$",
    re.IGNORECASE,
)


def _names_the_vote(text: str, start: int, end: int) -> bool:
    """"the 16th May General Elections", "the Sunday vote", "the poll of 2 June", "the referendum held on Sunday"
    (but not "on Sunday polls opened")."""
    if _VOTE_OF_BEFORE_RE.search(text, max(0, start - 30), start) or (
        "held" in text[max(0, start - 60) : start] and _VOTE_HELD_BEFORE_RE.search(text, max(0, start - 80), start)
    ):
        return True
    if _VOTE_AFTER_RE.match(text, end) is None:
        return False
    before = text[max(0, start - 30) : start].split()
    # "Lagoonia's May 6 presidential election": a country's or body's possessive stands as the determiner does
    return bool(before) and (before[-1].lower() in _VOTE_DETERMINERS or before[-1].endswith(("'s", "\u2019s")))


# Relative day phrases, looked up with str.find (much faster than a regex alternation).
_RELATIVE_PHRASES: dict[str, str] = {
    "yesterday": "yesterday", "last night": "yesterday",
    "today": "today", "tonight": "today", "this morning": "today", "this afternoon": "today",
    "this evening": "today",
    "same day": "same_day", "same evening": "same_day", "later that day": "same_day",
    "later in the day": "same_day", "later that evening": "same_day", "later that night": "same_day",
    "earlier that day": "same_day", "earlier in the day": "same_day", "that day": "same_day",
    "hours later": "same_day", "afterwards": "same_day", "afterward": "same_day",
    "hours earlier": "same_day", "minutes later": "same_day", "minutes earlier": "same_day",
    "moments later": "same_day", "later that morning": "same_day", "later that afternoon": "same_day",
    "earlier that morning": "same_day", "earlier that afternoon": "same_day", "earlier that evening": "same_day",
    "the next day": "next_day", "the following day": "next_day", "a day later": "next_day",
    "two days later": "two_days_later",
    # counted back from the day named just before ("X called on Wednesday. A day earlier, Y had ...")
    "the day before yesterday": "day_before_yesterday", "a day earlier": "previous_day", "the previous day": "previous_day", "the day before": "previous_day",
    "a day before": "previous_day", "two days earlier": "two_days_earlier",
}
# how many days each phrase counted from a day named before it moves
_DAY_OFFSETS = {"next_day": 1, "two_days_later": 2, "previous_day": -1, "two_days_earlier": -2}
# "the day before the vote", "a day before polls opened": the day before an event, not before the day named last
_EVENT_AFTER_RE = re.compile(r"\s*(?:the|a|an|his|her|its|their|polls?|voting|[A-Z])")


def _phrases(text: str) -> list[tuple[int, int, str]]:
    low = text.lower()
    out: list[tuple[int, int, str]] = []
    covered = bytearray(len(low))  # the characters a phrase found earlier spans (an earlier-listed phrase wins)
    for phrase, kind in _RELATIVE_PHRASES.items():
        i = low.find(phrase)
        while i >= 0:
            j = i + len(phrase)
            if (i == 0 or not low[i - 1].isalnum()) and (j == len(low) or not low[j].isalnum()):
                if not covered[i] and not (kind == "previous_day" and phrase.endswith("before") and _EVENT_AFTER_RE.match(text, j)):
                    out.append((i, j, kind))
                    covered[i:j] = b"\x01" * (j - i)
            i = low.find(phrase, j)
    return out


_RELATIVE_RE = re.compile(
    r"\b(?P<n>\d+|an?|one|two|three|four|five|six|seven)\s+(?P<unit>minute|hour|day|week)s?\s+ago\b",
    re.IGNORECASE,
)
_ORDINAL_NOUNS = alternation(
    "century centuries anniversary anniversaries time times round rounds day days floor year years edition session sessions "
    "congress summit meeting meetings term amendment birthday parallel minute minutes place division district street avenue "
    "regiment army fleet party plenum plenary largest biggest most best highest lowest straight consecutive week weeks "
    "month months hole lap stage game match seed grade".split()
)
# "on the 17th", "on the morning of the 18th": a day of the anchor's month (translated Japanese and
# Korean papers, British reports); not "the 19th century", "the 20th anniversary", "the 5th of May"
_ORDINAL_DAY_RE = re.compile(
    r"\b(?:on|of) the (?P<day>[1-9]|[12]\d|3[01])(?:st|nd|rd|th)\b(?!\s+(?:of\b|[A-Z]|(?:" + _ORDINAL_NOUNS + r")\b))"
)
_NUMBER_WORDS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7}


class DayWord(NamedTuple):
    """A resolved day word: its date, what kind of word it was, and where it sits."""

    date: dt.date
    kind: str  # weekday, month_day, yesterday, today, same_day, next_day (and the other counted days of _DAY_OFFSETS)
    start: int
    end: int


def latest_weekday(name: str, anchor: dt.date) -> dt.date:
    """The latest ``name`` (e.g. "Wednesday") on or before ``anchor``."""
    target = WEEKDAYS.index(name.lower())
    return anchor - dt.timedelta(days=(anchor.weekday() - target) % 7)


def month_day(month: int, day: int, anchor: dt.date, year: int | None = None) -> dt.date | None:
    """A calendar day; without a year, the latest one not after ``anchor`` (None for a coming date)."""
    try:
        if year:
            return dt.date(year, month, day)
        found = dt.date(anchor.year, month, day)
    except ValueError:
        return None
    if found - anchor > dt.timedelta(days=180):
        try:
            found = dt.date(anchor.year - 1, month, day)
        except ValueError:
            return None
    elif found > anchor + dt.timedelta(days=1):
        return None  # a coming event ("sworn in on May 20"), not when anyone spoke
    elif anchor - found > dt.timedelta(days=150):
        # "the handover on 14 January" in an August article: next year's date is the nearer one,
        # so it is a coming event too
        try:
            coming = dt.date(anchor.year + 1, month, day)
        except ValueError:
            coming = None
        if coming is not None and coming - anchor < anchor - found:
            return None
    return found


def relative_time(text: str, reference: dt.date) -> dt.date | None:
    """The date meant by "34 minutes ago", "2 hours ago", "3 days ago" counted from ``reference``."""
    m = _RELATIVE_RE.search(text)
    if not m:
        return None
    raw = m.group("n").lower()
    n = int(raw) if raw.isdigit() else _NUMBER_WORDS[raw]
    unit = m.group("unit").lower()
    if unit == "day":
        return reference - dt.timedelta(days=n)
    if unit == "week":
        return reference - dt.timedelta(weeks=n)
    return reference  # minutes and hours: the collection day (no clock time is known)


def day_words(text: str, *, anchor: dt.date, previous: dt.date | None = None) -> list[DayWord]:
    """Every resolvable day word in ``text`` (quotes already masked), in text order.

    Args:
        text: prose outside quotations.
        anchor: the article's date (or the reference date) that weekdays count back from.
        previous: the date in force before ``text`` starts, for a leading "the same day".
    Returns:
        DayWord tuples sorted by position.
    """
    found: list[DayWord] = []
    for scanned in _MONTH_DAY_SCAN_RE.finditer(text):
        m = _MONTH_DAY_RE.match(text, scanned.start())
        month = MONTHS[(m.group("m1") or m.group("m2")).lower()]
        day = int(m.group("d1") or m.group("d2"))
        year = m.group("y1") or m.group("y2")
        date = month_day(month, day, anchor, int(year) if year else None)
        if date and not year and _limit_day(text, m.start()):
            continue  # "until March 3", "since May 2": a limit, not when anyone spoke
        if date and _names_the_vote(text, m.start(), m.end()):
            continue
        if date:
            found.append(DayWord(date, "month_day", m.start(), m.end()))
    if "the " in text:
        for m in _ORDINAL_DAY_RE.finditer(text):
            date = month_day(anchor.month, int(m.group("day")), anchor)
            if date is not None and date.month == anchor.month and date <= anchor:
                found.append(DayWord(date, "month_day", m.start(), m.end()))
    taken = [(d.start, d.end) for d in found]
    for m in _WEEKDAY_RE.finditer(text):
        name = m.group().lower()
        if name not in WEEKDAYS:
            continue
        if text.startswith(("'s", "\u2019s"), m.end()) and not (
            _OCCASION_AFTER_RE.match(text, m.end()) and _OCCASION_BEFORE_RE.search(text, max(0, m.start() - 20), m.start())
        ):
            continue
        if any(a <= m.start() < b for a, b in taken) or any(a - 3 <= m.end() <= a for a, _ in taken):
            continue  # "Saturday (Jan. 13)": the bracketed date already says it
        previous_word = text[max(0, m.start() - 8) : m.start()].split()
        if _limit_day(text, m.start()):
            continue
        if _names_the_vote(text, m.start(), m.end()):
            continue
        date = latest_weekday(name, anchor)
        if date == anchor and previous_word and previous_word[-1].lower() == "last":
            date -= dt.timedelta(days=7)  # "last Tuesday" in a Tuesday article is a week before
        elif _LAST_WEEK_AFTER_RE.match(text, m.end()):
            # "on Friday last week": that weekday in the calendar week before the anchor's
            date = anchor - dt.timedelta(days=anchor.weekday() + 7) + dt.timedelta(days=WEEKDAYS.index(name))
        found.append(DayWord(date, "weekday", m.start(), m.end()))
    same: list[tuple[int, int, str]] = []
    same_end = 0
    for start, end, kind in sorted(_phrases(text), key=lambda p: (p[0], -p[1])):
        if kind in ("yesterday", "today") and text.startswith(("'s", "\u2019s"), end) and not (
            _OCCASION_AFTER_RE.match(text, end) and _OCCASION_BEFORE_RE.search(text, max(0, start - 20), start)
        ):
            continue  # "welcomed yesterday's signing": the day of the event, as "Saturday's vote" is
        if kind == "yesterday":
            found.append(DayWord(anchor - dt.timedelta(days=1), "yesterday", start, end))
        elif kind == "today":
            found.append(DayWord(anchor, "today", start, end))
        elif kind == "day_before_yesterday":
            found.append(DayWord(anchor - dt.timedelta(days=2), "yesterday", start, end))
        elif start >= same_end:  # (phrases come ordered by start: one inside the last kept one is part of it)
            same.append((start, end, kind))
            same_end = max(same_end, end)
    found.sort(key=lambda d: d.start)
    # "the same day" takes the latest date named before it (or ``previous``); "the next day" the day after it,
    # "a day earlier" the day before it
    # (one walk over the named days, ordered by start, as the phrases are: a long line costs no more per phrase)
    named = sorted((d for d in found if d.kind != "same_day" and d.kind not in _DAY_OFFSETS), key=lambda d: d.end)
    at = 0
    last: DayWord | None = None
    for start, end, kind in same:
        while at < len(named) and named[at].end <= start:
            last = named[at]
            at += 1
        before = [last] if last is not None else []
        date = before[-1].date if before else previous
        offset = _DAY_OFFSETS.get(kind)
        if offset is not None and before and not _within_a_sentence(text, before[-1].end, start):
            continue  # "X called on Sunday. Y had faced unrest in May. A day later, Z called": a day after what is untold
        if date is not None and offset is not None:
            date = date + dt.timedelta(days=offset)
            if date > anchor:
                continue  # the day after the article's own: a coming day
        if date is not None:
            found.append(DayWord(date, kind, start, end))
    found.sort(key=lambda d: d.start)
    return found
