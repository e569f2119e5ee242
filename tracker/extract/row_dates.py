"""The day a row is dated by: a live blog's entry stamps and day headings, and days told in a future clause (which date nothing)."""

from __future__ import annotations

import datetime as dt
import re

from tracker.extract.dates import DayWord, day_words

# A live blog's entry stamp standing alone as a paragraph: "Tue 3 Mar, 21:14", "[Mon 2 Mar, 08:05]", "Monday 2 March", "March 3, 2026 9:40 p.m.";
# a dated stamp dates the dateless entries under it until the next dated stamp (a clock alone, "17:45", does not)
ENTRY_STAMP_RE = re.compile(
    r"\[?(?:[A-Z][a-z]{2,8}\.?,?\s+)?(?:\d{1,2}\s+[A-Z][a-z]{2,8}\.?|[A-Z][a-z]{2,8}\.?\s+\d{1,2})(?:,?\s+\d{4})?"
    r"(?:,?\s+(?:at\s+)?\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?(?:\s+[A-Z]{2,5})?)?\]?\s*$"
)
MAX_ENTRY_STAMP = 40
# A stamp written in figures: "[10.07.2023 10:45]" (day first, as dotted dates are written), "2023-07-10 21:30",
# "17/05/2022" (slashes only when the order shows: one of the numbers is over 12)
_NUMERIC_STAMP_RE = re.compile(
    r"\W{0,3}(?:(?P<d>\d{1,2})\.(?P<m>\d{1,2})\.(?P<y>\d{4}|\d{2})|(?P<iy>\d{4})-(?P<im>\d{1,2})-(?P<id>\d{1,2})"
    r"|(?P<a>\d{1,2})/(?P<b>\d{1,2})/(?P<sy>\d{4}))"
    # the clock after a space, a comma, a bar, a dash or ISO's "T": "10.07.2023, 10:45", "10.07.2023 | 10:45", "2023-07-10T10:45"
    r"(?:(?:,?\s+(?:at\s+)?|\s*[|\u2013\u2014-]\s*|T)\d{1,2}[:.]\d{2}(?::\d{2})?(?:\s*[AaPp]\.?[Mm]\.?)?)?\]?\s*$"
)


def numeric_stamp(text: str, anchor: dt.date) -> dt.date | None:
    """The day of an entry stamp written in figures, if ``text`` is one (never one after the article)."""
    m = _NUMERIC_STAMP_RE.match(text)
    if m is None:
        return None
    if m.group("y"):
        year, month, day = int(m.group("y")), int(m.group("m")), int(m.group("d"))
        if year < 100:
            year += 2000  # "10.07.24"
    elif m.group("iy"):
        year, month, day = int(m.group("iy")), int(m.group("im")), int(m.group("id"))
    else:
        a, b, year = int(m.group("a")), int(m.group("b")), int(m.group("sy"))
        if a > 12 >= b:
            day, month = a, b
        elif b > 12 >= a:
            month, day = a, b
        else:
            return None  # "05/06/2024": the outlet's order is not known
    try:
        found = dt.date(year, month, day)
    except ValueError:
        return None
    return found if found <= anchor + dt.timedelta(days=1) else None


def day_heading(text: str, anchor: dt.date) -> dt.date | None:
    """The date of a live blog's day heading or dated entry stamp ("Sunday, Oct. 19"), if ``text`` is one."""
    if not ENTRY_STAMP_RE.match(text):
        return numeric_stamp(text, anchor)
    found = day_words(text, anchor=anchor)
    return found[0].date if found else None


def from_stamp(day: DayWord, stamp: dt.date) -> DayWord:
    """"today", "this morning", "yesterday" in an entry count from the day its stamp or heading gives."""
    if day.kind == "today":
        return day._replace(date=stamp)
    if day.kind == "yesterday":
        return day._replace(date=stamp - dt.timedelta(days=1))
    return day


# "she would host Ruiz in Lima on Friday": a day in a clause about what will happen
# as is one of an act ordered for later ("ordered flags lowered to half-mast on Monday", "ordered flags to be flown
# ... on Monday"; not "ordered rescue teams on Monday", whose day is the order's)
# (a spaced dash ends the clause: "Chile - will respect the ruling - Friday", a table row read as a line, dates its
# words by its last cell)
_FUTURE_CLAUSE_RE = re.compile(
    r"\b(?:will|would|shall|to be held|is due to|are due to|plans to|is expected to)\s(?:(?! [-\u2013\u2014] )[^,;:#\"\u201c\u201d])*$"
    r"|\b(?:ordered|directed|instructed)\s+(?:(?!and\b)[^,;:#\"\u201c\u201d\s]+\s+){1,6}?(?:to\s+(?:be\s+)?[a-z]+|[a-z]+ed)\s(?:(?!and\b)[^,;:#\"\u201c\u201d])*$"
)


def coming_day(masked_text: str, day: DayWord, start: int) -> bool:
    """Whether a weekday or date sits in a future clause of its sentence (then it dates no statement)."""
    if day.kind not in ("weekday", "month_day"):
        return False
    return _FUTURE_CLAUSE_RE.search(masked_text, max(start, day.start - 80), day.start) is not None
