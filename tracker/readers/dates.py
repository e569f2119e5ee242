"""Publication dates as news dumps write them: date lines, datelines, relative times, field values.

Every function returns an ISO 8601 string exactly as precise as the source
(``2025-06-04`` or ``2025-06-04T14:01``) or None. Patterns are anchored and
bounded, and callers only hand them short lines, so matching stays linear.
"""

from __future__ import annotations

import datetime as dt
import re
import tomllib
import unicodedata
from email.utils import parsedate_to_datetime
from functools import lru_cache
from pathlib import Path

# A day to test whether a line is a time line at all ("2 days ago" counts back from it).
ANY_DAY = dt.date(2000, 1, 1)

MONTHS = {
    name: number
    for number, names in enumerate(
        (
            ("jan", "january"), ("feb", "february"), ("mar", "march"), ("apr", "april"),
            ("may",), ("jun", "june"), ("jul", "july"), ("aug", "august"),
            ("sep", "sept", "september"), ("oct", "october"), ("nov", "november"), ("dec", "december"),
        ),
        start=1,
    )
    for name in names
}
_MONTH = r"(?P<month>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
_WEEKDAY = r"(?:(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|nesday|sday|urday)?\.?,?\s+)?"
_TIME = r"(?:(?:,|\s+at|\s*[-\u2013\u2014/]|\s*\|)?\s*(?P<hour>\d{1,2})[:.](?P<minute>\d{2})(?::\d{2})?\s*(?P<ampm>[ap]\.?m\.?)?(?:\s*\(?[A-Z]{2,5}\)?|\s*\(?(?:GMT|UTC)?[+-]\d{1,2}(?::?\d{2})?\)?)?)?"
# A broadcast's transcript labels its air date the same way: "Aired: Monday 3 March 2025, 19:00 EAT".
_PREFIX = r"(?:(?:published|posted|updated|first published|last updated|last modified|modified|date|dated|created|input|edited|released|issued|broadcast|first broadcast|aired|first aired|air date|airdate|transmitted)(?:\s+on)?\s*[:\-]?\s*)?"

# A weekday after the year, as database exports (Nexis-style) write it: "December 4, 2024 Wednesday".
_WEEKDAY_AFTER = r"(?:,?\s+(?:mon|tues|wednes|thurs|fri|satur|sun)day|\s*\((?:mon|tues|wednes|thurs|fri|satur|sun)day\))?"
# "04 Jun. 2025, 14:01", "Fri 5 Jul 2024 21.40 BST"
_DAY_MONTH_YEAR = re.compile(_PREFIX + _WEEKDAY + r"(?P<day>\d{1,2})(?:st|nd|rd|th)?(?:\s+|-)" + _MONTH + r"(?:,?\s+|-)(?P<year>\d{4})" + _WEEKDAY_AFTER + _TIME + r"\s*$", re.I)
# "June 4, 2025", "Jan. 14, 2024 4:40 p.m.", "December 4, 2024 Wednesday"
_MONTH_DAY_YEAR = re.compile(_PREFIX + _WEEKDAY + _MONTH + r"\s+(?P<day>\d{1,2})(?:st|nd|rd|th)?,?\s+(?P<year>\d{4})" + _WEEKDAY_AFTER + _TIME + r"\s*$", re.I)
# "2025-06-04", "2025-06-04 14:01", "2025/06/04", ISO date-times with zone
_ISO = re.compile(_PREFIX + r"(?P<year>\d{4})[-/.](?P<month>\d{1,2})[-/.](?P<day>\d{1,2})\.?(?:[T\s]+(?P<hour>\d{1,2}):(?P<minute>\d{2})(?::(?P<second>\d{2})(?:\.\d+)?)?(?P<zone>Z|[+-]\d{2}:?\d{2})?(?:\s*\(?[A-Z]{2,5}\)?)?)?\s*$", re.I)
# "04.06.2025" (day first, as written with dots), "25/12/2024" and "25-12-2024"; a slashed or dashed date
# both of whose numbers could be the month is read only as ``numeric_order`` settles it (else left alone).
_NUMERIC = re.compile(_PREFIX + r"(?P<first>\d{1,2})(?P<sep>[./-])(?P<second>\d{1,2})(?P=sep)(?P<year>\d{4})" + _TIME + r"\s*$", re.I)
# The time before the date, as British and wire sites write it: "12:04 BST, 5 September 2025",
# "Published 10:04 a.m. ET, September 5, 2025", "14.30 GMT on Friday 5 September 2025".
_TIME_LEAD = (
    r"(?:at\s+)?(?P<hour>\d{1,2})[:.](?P<minute>\d{2})(?::\d{2})?\s*(?P<ampm>[ap]\.?m\.?)?"
    r"(?:\s*\(?[A-Z]{2,5}\)?|\s*\(?(?:GMT|UTC)?[+-]\d{1,2}(?::?\d{2})?\)?)?\s*(?:,\s*|\s+on\s+|\s+)"
)
_TIME_DAY_MONTH_YEAR = re.compile(_PREFIX + _TIME_LEAD + _WEEKDAY + r"(?P<day>\d{1,2})(?:st|nd|rd|th)?\s+" + _MONTH + r",?\s+(?P<year>\d{4})\s*$", re.I)
_TIME_MONTH_DAY_YEAR = re.compile(_PREFIX + _TIME_LEAD + _WEEKDAY + _MONTH + r"\s+(?P<day>\d{1,2})(?:st|nd|rd|th)?,?\s+(?P<year>\d{4})\s*$", re.I)
_DATE_LINE_PATTERNS = (_ISO, _DAY_MONTH_YEAR, _MONTH_DAY_YEAR, _NUMERIC, _TIME_DAY_MONTH_YEAR, _TIME_MONTH_DAY_YEAR)

# A header line of parts, one of them the date: "Fri, September 5, 2025 \u00b7 4 min read",
# "Updated 3 hours ago | 5 min read", "Published 12:04 BST, 5 September 2025 | Updated 14:30 BST, 5 September 2025".
# (a full stop before an update's label parts the two too: "Published 4 May 2024, 09:00 GMT. Updated 5 May 2024, 14:20 GMT")
_PART_SEPARATOR = re.compile(r"\s*[|\u00b7\u2022]\s*|\s+[\u2013\u2014-]\s+|\.\s+(?=(?:last\s+)?(?:updated|modified)\b)", re.I)
# Parts that may stand beside the date on such a line and say nothing else: reading time, counts.
_DATE_LINE_EXTRA = re.compile(
    r"^(?:\d{1,3}\s*-?\s*(?:min(?:ute)?s?|m)\.?\s*(?:read|listen|watch)(?:ing)?"
    r"|(?:estimated\s+)?(?:reading|read|listening)\s+time\s*:?\s*\d{1,3}\s*(?:min(?:ute)?s?|m)\.?"
    r"|\d{1,6}\s+(?:comments?|views?|shares?|reactions?))$",
    re.I,
)
_TIME_ONLY = re.compile(r"^(?:at\s+)?\d{1,2}[:.]\d{2}(?::\d{2})?\s*(?:[ap]\.?m\.?)?(?:\s*\(?[A-Z]{2,5}\)?)?$", re.I)
MAX_DATE_PARTS_LINE = 160

# The place of a dateline, perhaps with its island, state or country and the weekday after it, as government
# press releases write it: "KINGSTOWN, St Vincent, Monday 3 March 2025 -", "NUKU'ALOFA, Tonga, March 3 -".
_DATELINE_PLACE = (
    r"^(?:[A-Z][A-Za-z.'\u2019/-]*(?:\s+[A-Z][A-Za-z.'\u2019/-]*){0,3})"
    r"(?:,\s+[A-Z][A-Za-z.'\u2019-]*(?:\s+(?:and\s+)?[A-Z][A-Za-z.'\u2019-]*){0,3})?,\s+"
    r"(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?"
)
# Newswire datelines opening the first paragraph: "SEOUL, June 4 (Yonhap) --", "TOKYO, Oct. 21, 2025 -".
_DATELINE = re.compile(
    _DATELINE_PLACE + _MONTH + r"\s+(?P<day>\d{1,2})(?:,\s+(?P<year>\d{4}))?"
    r"(?:\s*\([^()\n]{1,40}\))?\s*(?:--|-|\u2013|\u2014|:)",
    re.I,
)
# The day first, as British and European wires write it: "KYIV, 22 April (Wire) -", "PARIS, 3 March 2025 -".
_DATELINE_DAY_FIRST = re.compile(
    _DATELINE_PLACE + r"(?P<day>\d{1,2})(?:st|nd|rd|th)?\s+" + _MONTH + r"(?:,?\s+(?P<year>\d{4}))?"
    r"(?:\s*\([^()\n]{1,40}\))?\s*(?:--|-|\u2013|\u2014|:)",
    re.I,
)

_RELATIVE = re.compile(
    r"^(?:(?:updated|posted|published)\s*:?\s*)?(?:(?P<count>\d{1,4}|an?|one)\s*(?P<unit>s|secs?|seconds?|m|mins?|minutes?|h|hrs?|hours?|d|days?|w|wks?|weeks?|mos?|months?|y|yrs?|years?)\s+ago|(?P<word>just now|today|yesterday))\.?$",
    re.I,
)
_UNIT_DAYS = {"s": 0, "m": 0, "h": 0, "d": 1, "w": 7, "y": 365}
# "2 months ago" is only approximate in the source too; a month counts as 30 days.
_MONTH_DAYS = 30

MAX_DATE_LINE = 80


def _build(year: int, month: int, day: int, hour: str | None = None, minute: str | None = None, ampm: str | None = None) -> str | None:
    try:
        date = dt.date(year, month, day)
    except ValueError:
        return None
    if hour is None or minute is None:
        return date.isoformat()
    h, m = int(hour), int(minute)
    if ampm:
        pm = ampm.lower().startswith("p")
        if not 1 <= h <= 12:
            return date.isoformat()
        h = (h % 12) + (12 if pm else 0)
    if h > 23 or m > 59:
        return date.isoformat()
    return f"{date.isoformat()}T{h:02d}:{m:02d}"


# A place before the date, as press releases head them: "Koror, 7 March 2025", "Addis Ababa, March 7, 2025";
# or a wire's name with its initials in brackets ("Lagoon News Service (LNS), 7 March 2025").
_PLACE_BEFORE = re.compile(
    r"^[A-Z\u00c0-\u00de][A-Za-z\u00c0-\u00ff.'\u2019-]*(?:\s[A-Z\u00c0-\u00de][A-Za-z\u00c0-\u00ff.'\u2019-]*){0,3}(?:\s\([A-Z]{2,8}\))?,\s+(?=\S)"
)


@lru_cache(maxsize=8192)  # each rule that looks for a date asks of the same lines again
def parse_date_line(line: str, *, reference_date: dt.date | None = None) -> str | None:
    """An ISO date (or date-time) when the whole line is a date, with an optional "Published:" label
    or a place before it ("Koror, 7 March 2025"); with ``reference_date``, a numeric date whose order
    the numbers leave open ("04/06/2024") is read as the one reading close before that day."""
    found = _parse_date_line(line, reference_date)
    if found is None and (place := _PLACE_BEFORE.match(line.strip())):
        rest = line.strip()[place.end():]
        if _date_candidate(rest) is not None and _YEAR.search(rest):  # with its year: "Koror, 7 March" may be the start of a sentence
            found = _parse_date_line(rest, reference_date)
    return found


_YEAR = re.compile(r"\d{4}")


# Numeric dates ("03/04/2024", "03-04-2024 17:45") whose day and month could be either way round are settled by one
# function, ``numeric_order``, in every reader: a single date line, a CSV or spreadsheet column, the date fields of
# a JSON, JSON Lines or XML export's records. (Dotted dates, "03.04.2024", are day first everywhere.)
# A group of dates written alike is read in the order that puts them within this many days before the collection day
# (pages are collected soon after they are published); a day after it is allowed (time zones)
OPEN_ORDER_WINDOW = dt.timedelta(days=45)
# ... or, before that, in the order that keeps them within a week of each other when the other order spreads them over
# 20 days or more (a monitoring export covers days, not months: "03/04/2015", "04/04/2015" are 3-4 April)
MAX_GROUP_SPREAD = dt.timedelta(days=7)
MIN_OTHER_SPREAD = dt.timedelta(days=20)
# A date written in numbers with slashes or dashes, with an optional clock after it.
_SLASHED_OR_DASHED = re.compile(r"(?P<first>\d{1,2})(?P<sep>[/-])(?P<second>\d{1,2})(?P=sep)(?P<year>\d{4})(?P<rest>(?:[ T,]+\d{1,2}[:.]\d{2}.{0,20})?)")


def numeric_parts(value: str) -> tuple[int, int, int] | None:
    """(year, first number, second number) of a date written with slashes or dashes ("03/04/2024",
    "03-04-2024 17:45"), else None."""
    match = _SLASHED_OR_DASHED.fullmatch(value.strip()) if len(value) <= MAX_DATE_LINE else None
    return (int(match["year"]), int(match["first"]), int(match["second"])) if match else None


def _readings(dates: list[tuple[int, int, int]], order: str) -> list[dt.date] | None:
    try:
        return [dt.date(year, b, a) if order == "day" else dt.date(year, a, b) for year, a, b in dates]
    except ValueError:
        return None


def numeric_order(dates, *, reference_date: dt.date | None = None, day_first: bool = False) -> str | None:
    """"day" or "month": which number comes first in a group of numeric dates written alike (``numeric_parts``
    of one date line, of a column's cells, of an export's date fields), or None when nothing settles it.

    In turn: a date that shows it (a first number over 12 is a day, a second one over 12 too); ``day_first`` (the
    column or field is named in a language that writes the day first, "Fecha", "Datum"); the order that keeps
    the dates within ``MAX_GROUP_SPREAD`` of each other when the other spreads them over ``MIN_OTHER_SPREAD``;
    the order that puts them all within ``OPEN_ORDER_WINDOW`` before ``reference_date`` (a day after it allowed;
    the one whose latest date is nearer when both do). A date reading the same either way ("07/07/2024") is "day"."""
    dates = list(dict.fromkeys(dates))
    if not dates:
        return None
    for _, a, b in dates:
        if a > 12 >= b:
            return "day"
        if b > 12 >= a:
            return "month"
    if day_first or all(a == b for _, a, b in dates):
        return "day"
    readings = {order: _readings(dates, order) for order in ("day", "month")}
    if readings["day"] is None or readings["month"] is None:
        return next((order for order, days in readings.items() if days is not None), None)  # "02/30/2024" shows it
    spreads = {order: max(days) - min(days) for order, days in readings.items()}
    for order, other in (("day", "month"), ("month", "day")):
        if spreads[order] <= MAX_GROUP_SPREAD and spreads[other] >= MIN_OTHER_SPREAD:
            return order
    if reference_date is None:
        return None
    near = []
    for order, days in readings.items():
        if max(days) - reference_date <= dt.timedelta(days=1) and reference_date - min(days) <= OPEN_ORDER_WINDOW:
            near.append((abs(reference_date - max(days)), order))
    if len(near) == 2 and near[0][0] == near[1][0]:
        return None
    return min(near)[1] if near else None


def numeric_date(value: str, order: str) -> str | None:
    """A date written with slashes or dashes ("03-04-2024 17:45") with its date part as ISO 8601 ("2024-04-03 17:45"
    day first), read in ``order`` ("day" or "month" first, as ``numeric_order`` settled it); None for any other value."""
    match = _SLASHED_OR_DASHED.fullmatch(value.strip()) if len(value) <= MAX_DATE_LINE else None
    if not match:
        return None
    first, second = int(match["first"]), int(match["second"])
    day, month = (first, second) if order == "day" else (second, first)
    try:
        date = dt.date(int(match["year"]), month, day)
    except ValueError:
        return None
    return date.isoformat() + match["rest"]


# an aggregator's reading time after the date: "Fri, September 5, 2025 \u00b7 4 min read"
_READING_TIME = re.compile(r"\s*[\u00b7|\u2022-]\s*\d{1,3}\s*min(?:ute)?s?\.?\s+read\s*$", re.I)


def _date_candidate(line: str) -> str | None:
    """``line`` stripped and without its reading time when it is short enough to be a date line and has a digit."""
    line = line.strip()
    if line[-4:].lower() == "read":  # the reading time's pattern closes with "read" (paragraphs seldom do)
        line = _READING_TIME.sub("", line)
    if not line or len(line) > MAX_DATE_LINE or not any(map(str.isdigit, line)):
        return None
    return line


def _parse_date_line(line: str, reference_date: dt.date | None = None) -> str | None:
    line = _date_candidate(line)
    if line is None:
        return None
    for pattern in _DATE_LINE_PATTERNS:
        match = pattern.match(line)
        if not match:
            continue
        parts = match.groupdict()
        if pattern is _NUMERIC:
            first, second = int(parts["first"]), int(parts["second"])
            if parts["sep"] == ".":
                order = "day"
            elif (order := numeric_order([(int(parts["year"]), first, second)], reference_date=reference_date)) is None:
                return None
            day, month_number = (first, second) if order == "day" else (second, first)
            return _build(int(parts["year"]), month_number, day, parts.get("hour"), parts.get("minute"), parts.get("ampm"))
        month = parts["month"]
        month_number = int(month) if month.isdigit() else MONTHS[month.lower().rstrip(".")]
        if pattern is _ISO and parts.get("zone") and parts.get("hour"):
            return _iso_with_zone(line[match.start("year"):match.end("zone")])
        return _build(int(parts["year"]), month_number, int(parts["day"]), parts.get("hour"), parts.get("minute"), parts.get("ampm"))
    return _parse_foreign(line)


DATE_WORDS_FILE = Path(__file__).with_name("date_words.toml")


def _unaccented(word: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFD", word) if not unicodedata.combining(c))


def _load_date_words(path: Path) -> tuple[dict[str, int], list[str], list[str], list[str]]:
    """(month name -> number, weekday names, publication labels, update labels) of every language in
    ``path``; each word also without its accents. A name two languages give different months is an error."""
    months: dict[str, int] = {}
    weekdays: set[str] = set()
    labels: set[str] = set()
    updated: set[str] = set()
    for language, table in tomllib.loads(path.read_text(encoding="utf-8")).items():
        if len(table["months"]) != 12:
            raise ValueError(f"{path.name}: [{language}] needs 12 months")
        for number, names in enumerate(table["months"], start=1):
            for name in names:
                for form in {name.lower(), _unaccented(name.lower())}:
                    if months.setdefault(form, number) != number:
                        raise ValueError(f"{path.name}: {form!r} names two months")
        weekdays.update(form for day in table["weekdays"] for form in (day.lower(), _unaccented(day.lower())))
        labels.update(form for label in table["labels"] for form in (label.lower(), _unaccented(label.lower())))
        updated.update(form for label in table["updated"] for form in (label.lower(), _unaccented(label.lower())))
    return months, sorted(weekdays), sorted(labels), sorted(updated)


FOREIGN_MONTHS, _FOREIGN_WEEKDAYS, _FOREIGN_LABELS, _FOREIGN_UPDATED = _load_date_words(DATE_WORDS_FILE)
# Days each unit of a relative time counts for (the reference is a day: minutes and hours ago are that day).
_RELATIVE_UNIT_DAYS = {"second": 0, "minute": 0, "hour": 0, "day": 1, "week": 7, "month": 30, "year": 365}
_RELATIVE_WORD_DAYS = {"today": 0, "yesterday": 1, "day_before_yesterday": 2}


def _load_relative_words(path: Path) -> tuple[dict[str, list[str]], dict[str, int], dict[str, int]]:
    """The relative-time words of every language in ``path``: ({"ago_before": [...], "ago_after": [...],
    "one": [...], "reading": [...]}, unit word -> days, day word -> days back); each word also without its accents."""

    def forms(words: list[str]) -> set[str]:
        return {form for word in words for form in (word.lower(), _unaccented(word.lower()))}

    words: dict[str, set[str]] = {"ago_before": set(), "ago_after": set(), "one": set(), "reading": set()}
    units: dict[str, int] = {}
    days: dict[str, int] = {}
    for language, table in tomllib.loads(path.read_text(encoding="utf-8")).items():
        for key in words:
            words[key] |= forms(table.get(key, []))
        for unit, unit_words in table.get("units", {}).items():
            if unit not in _RELATIVE_UNIT_DAYS:
                raise ValueError(f"{path.name}: [{language}.units] has no unit {unit!r} ({', '.join(_RELATIVE_UNIT_DAYS)})")
            for form in forms(unit_words):
                if units.setdefault(form, _RELATIVE_UNIT_DAYS[unit]) != _RELATIVE_UNIT_DAYS[unit]:
                    raise ValueError(f"{path.name}: {form!r} names two units")
        for key, back in _RELATIVE_WORD_DAYS.items():
            days.update(dict.fromkeys(forms(table.get(key, [])), back))
    return {key: sorted(value) for key, value in words.items()}, units, days


_FOREIGN_RELATIVE_WORDS, _FOREIGN_UNIT_DAYS, _FOREIGN_DAY_WORDS = _load_relative_words(DATE_WORDS_FILE)


def _alternation(words: list[str]) -> str:
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=len, reverse=True))


# "Publicado el", "Publié le", "Veröffentlicht am", "Pubblicato il", "Atualizado em": a label before the date.
_FOREIGN_LABEL = re.compile(r"^(?:" + _alternation(_FOREIGN_LABELS + _FOREIGN_UPDATED) + r")(?:\s+(?:el|le|la|em|am|il|o|a|on|:))?\s*:?\s*(?=\S)", re.I)
# "14:30", "14h30", "14.30 Uhr", "à 9h05", "às 14h", "a las 14:30", "alle 14:30", "um 14:30 Uhr"
_FOREIGN_TIME = (
    r"(?:(?:,?\s+(?:\u00e0|\u00e0s|as|a\s+las|a\s+la|alle|ore|um|at)|,|\s*[-\u2013\u2014|/])?\s*(?:ore\s+)?"
    r"(?P<hour>\d{1,2})\s*[:hH.]\s*(?P<minute>\d{2})(?::\d{2})?\s*(?:uhr|hs|hrs|h)?\.?"
    r"(?:\s*\(?[A-Z]{2,5}\)?|\s*\(?(?:GMT|UTC)?[+-]\d{1,2}(?::?\d{2})?\)?)?)?"
)
# "5 de septiembre de 2025", "viernes, 5 de septiembre de 2025", "le 3 novembre 2020", "1er mai 2020",
# "Montag, 10. August 2020", "lunedì 10 agosto 2020, 14:30", "sexta-feira, 5 de setembro de 2025 às 14h30"
_FOREIGN_DAY_MONTH_YEAR = re.compile(
    r"(?:(?:" + _alternation(_FOREIGN_WEEKDAYS) + r")\.?,?\s+)?(?:(?:le|el|il|den|o|em|am)\s+)?"
    r"(?P<day>\d{1,2})(?:\.|\u00ba|\u00b0|er|o)?\s*(?:\s+de\s+|\s+|-|\.)\s*"
    r"(?P<month>" + _alternation(list(FOREIGN_MONTHS)) + r")\.?(?:\s+del?\s+|,?\s+|-|\.)\s*(?P<year>\d{4})"
    + _FOREIGN_TIME + r"\s*$",
    re.I,
)


# "hace 2 horas", "il y a 3 jours", "vor 5 Stunden", "há 2 dias", "2 ore fa", "vor einem Tag", "ayer",
# "Publicado hace 3 días", "Mis à jour il y a 2 h": a relative time in the languages of ``date_words.toml``.
_FOREIGN_COUNT = r"(?:\d{1,4}|" + _alternation(_FOREIGN_RELATIVE_WORDS["one"]) + ")"
_FOREIGN_UNIT = "(?:" + _alternation(list(_FOREIGN_UNIT_DAYS)) + r")\.?"
_FOREIGN_RELATIVE = re.compile(
    r"^(?:(?:" + _alternation(_FOREIGN_LABELS + _FOREIGN_UPDATED) + r")\s*:?\s+)?(?:"
    + (r"(?:" + _alternation(_FOREIGN_RELATIVE_WORDS["ago_before"]) + r")\s+(?P<count>" + _FOREIGN_COUNT + r")\s*(?P<unit>" + _FOREIGN_UNIT + r")|" if _FOREIGN_RELATIVE_WORDS["ago_before"] else "")
    + (r"(?P<count_first>" + _FOREIGN_COUNT + r")\s*(?P<unit_first>" + _FOREIGN_UNIT + r")\s+(?:" + _alternation(_FOREIGN_RELATIVE_WORDS["ago_after"]) + r")|" if _FOREIGN_RELATIVE_WORDS["ago_after"] else "")
    + r"(?P<word>" + _alternation(list(_FOREIGN_DAY_WORDS)) + r"))\.?$",
    re.I,
)

# "5 min de lectura", "3 Min. Lesezeit", "Lesezeit: 3 Min.": a reading time beside a date.
_FOREIGN_READING = _alternation(_FOREIGN_RELATIVE_WORDS["reading"])
_FOREIGN_DATE_LINE_EXTRA = re.compile(
    r"^(?:\d{1,3}\s*-?\s*(?:min(?:utos|utes|uten|uti)?|mn|m)\.?\s*(?:" + _FOREIGN_READING + r")"
    r"|(?:" + _FOREIGN_READING + r")\s*:?\s*\d{1,3}\s*(?:min(?:utos|utes|uten|uti)?|mn|m)\.?)$",
    re.I,
)

# "Updated", "Actualizado", "Mis à jour", "Aktualisiert": a date later than publication.
_LATER_DATE_LABEL = re.compile(r"^(?:(?:last\s+)?(?:updated|modified|edited)|" + _alternation(_FOREIGN_UPDATED) + r")\b", re.I)


def _parse_foreign(line: str) -> str | None:
    """A date line in Spanish, Portuguese, French, German or Italian (``date_words.toml``)."""
    label = _FOREIGN_LABEL.match(line)
    if label:
        rest = line[label.end():]
        found = _parse_date_line(rest) if rest != line else None
        if found:
            return found
        line = rest
    match = _FOREIGN_DAY_MONTH_YEAR.match(line)
    if not match:
        return None
    month = FOREIGN_MONTHS[match["month"].lower()]
    return _build(int(match["year"]), month, int(match["day"]), match["hour"], match["minute"])


def _iso_with_zone(text: str) -> str | None:
    try:
        return dt.datetime.fromisoformat(text.replace("/", "-").replace(" ", "T")).isoformat()
    except ValueError:
        return None


def parse_dateline(paragraph: str, *, reference_date: dt.date) -> str | None:
    """The date of a newswire dateline at the start of ``paragraph``; a missing year is the
    latest one that puts the date on or before ``reference_date``."""
    match = _DATELINE.match(paragraph[:120]) or _DATELINE_DAY_FIRST.match(paragraph[:120])
    if not match:
        return None
    month = MONTHS[match["month"].lower().rstrip(".")]
    day = int(match["day"])
    if match["year"]:
        return _build(int(match["year"]), month, day)
    for year in (reference_date.year, reference_date.year - 1):
        built = _build(year, month, day)
        if built and dt.date.fromisoformat(built) <= reference_date:
            return built
    return None


def parse_relative(line: str, *, reference_date: dt.date) -> str | None:
    """``reference_date`` minus a relative time ("34 minutes ago", "3 days ago", "yesterday").

    The reference is a calendar day without a clock, so minutes and hours ago
    count as that day and the result is a date.
    """
    line = line.strip()
    if len(line) > 40:
        return None
    match = _RELATIVE.match(line)
    if not match:
        return _parse_foreign_relative(line, reference_date=reference_date)
    word = (match["word"] or "").lower()
    count_text = (match["count"] or "").lower()
    if word:
        days = 1 if word == "yesterday" else 0
    else:
        count = 1 if count_text in ("a", "an", "one") else int(count_text)
        unit = match["unit"].lower()
        days = count * (_MONTH_DAYS if unit.startswith("mo") else _UNIT_DAYS[unit[0]])
    try:
        return (reference_date - dt.timedelta(days=days)).isoformat()
    except OverflowError:  # "9999 years ago", or a reference date at the start of the calendar
        return None


def _parse_foreign_relative(line: str, *, reference_date: dt.date) -> str | None:
    """``reference_date`` minus a relative time in another language ("hace 2 horas", "vor 3 Tagen", "ieri")."""
    match = _FOREIGN_RELATIVE.match(line)
    if not match:
        return None
    if match["word"]:
        days = _FOREIGN_DAY_WORDS[" ".join(match["word"].lower().split())]
    else:
        count_text = (match["count"] or match["count_first"]).lower()
        unit = (match["unit"] or match["unit_first"]).lower().rstrip(".")
        days = (int(count_text) if count_text.isdigit() else 1) * _FOREIGN_UNIT_DAYS[unit]
    try:
        return (reference_date - dt.timedelta(days=days)).isoformat()
    except OverflowError:
        return None


def parse_date_parts(line: str, *, reference_date: dt.date) -> tuple[str, str] | None:
    """(published, basis) of a line made of a date and reading-time parts, else None.

    Every part must be a date, a relative time or a part such as "4 min read"; the
    first date not labelled "Updated" wins (an update is later than publication),
    else the first date. ``basis`` is "dateline" for a date, "relative" for "3 hours ago".
    """
    if len(line) > MAX_DATE_PARTS_LINE:
        return None
    parts = [part for part in _PART_SEPARATOR.split(line.strip()) if part]
    if len(parts) < 2:
        return None
    if len(parts) == 2 and (joined := parse_date_line(f"{parts[0]}, {parts[1]}")):
        return joined, "dateline"  # "10:04 AM \u00b7 Sep 5, 2025", "Sep 5, 2025 \u00b7 10:04 AM"
    found: list[tuple[bool, str, str]] = []
    for part in parts:
        if _DATE_LINE_EXTRA.match(part) or _TIME_ONLY.match(part) or _FOREIGN_DATE_LINE_EXTRA.match(part):
            continue
        relative = parse_relative(part, reference_date=reference_date)
        absolute = None if relative else parse_date_line(part, reference_date=reference_date)
        if not (relative or absolute):
            return None
        later = _LATER_DATE_LABEL.match(part) is not None
        found.append((later, relative or absolute, "relative" if relative else "dateline"))
    if not found:
        return None
    _, published, basis = min(found, key=lambda item: item[0])  # stable: the first unlabelled date
    return published, basis


def is_relative_time(line: str) -> bool:
    """True when ``line`` is only a relative time such as "2 hours ago"."""
    return len(line) <= 40 and (_RELATIVE.match(line.strip()) or _FOREIGN_RELATIVE.match(line.strip())) is not None


_AM_PM = re.compile(r"\d\s*[ap]\.?m\b\.?", re.I)


def normalize_field_date(value: object, *, order: str | None = None, reference_date: dt.date | None = None) -> str | None:
    """A structured date field (ISO, RFC 2822, "June 4, 2025", Unix seconds) as ISO 8601; a numeric one whose
    order is open ("03/04/2024") read in ``order`` when its record's group settled one, else as ``numeric_order``
    settles it alone with ``reference_date``."""
    if isinstance(value, dict):  # {"$date": ...} and similar exporter wrappers
        value = next((value[k] for k in ("$date", "date", "value", "iso") if k in value), None)
    if value is None or isinstance(value, bool):
        return None
    if isinstance(value, (int, float)):
        # Unix time: seconds, or milliseconds when implausibly large for seconds.
        seconds = value / 1000 if value > 1e11 else value
        try:
            return dt.datetime.fromtimestamp(seconds, tz=dt.timezone.utc).isoformat()
        except (OverflowError, OSError, ValueError):
            return None
    if not isinstance(value, str):
        return None
    text = value.strip()
    if not text or len(text) > MAX_DATE_LINE:
        return None
    try:
        parsed = dt.datetime.fromisoformat(text.replace("Z", "+00:00") if text.endswith("Z") else text)
    except ValueError:
        parsed = None
    if parsed is not None:
        if ":" not in text:  # "2025-06-04", "20250604": a date, not midnight
            return parsed.date().isoformat()
        return parsed.isoformat()
    if ":" in text and _AM_PM.search(text):
        # "Monday, March 3, 2025 4:05 PM" (Outlook's Sent line): the RFC 2822 parser reads 04:05.
        found = parse_date_line(text)
        if found:
            return found
    if order is not None and (iso := numeric_date(text, order)) is not None:
        return normalize_field_date(iso)
    if ":" in text:
        # RFC 2822 ("Mon, 15 Dec 2025 14:05:00 GMT", RSS pubDate) keeps its zone this way.
        try:
            return parsedate_to_datetime(text).isoformat()
        except (TypeError, ValueError, IndexError):
            pass
    return parse_date_line(text, reference_date=reference_date)
