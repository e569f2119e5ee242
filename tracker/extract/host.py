"""The event's host country guessed from a batch of articles: the country named beside event words, greeted, or the subject of the event's own verb, not one that only reacts."""

from __future__ import annotations

import datetime as dt
import re
import tomllib
from bisect import bisect_left
from collections import Counter
from collections.abc import Iterable

from tracker.extract.countries import countries_in
from tracker.extract.lexicon import DATA_DIR, LEADERS_BY_NAME, fold_name
from tracker.extract.patterns import alternation, first_letters
from tracker.models import Article

with open(DATA_DIR / "host_words.toml", "rb") as _fh:
    _HOST_WORDS = tomllib.load(_fh)


def _any_word(key: str) -> str:
    return r"(?:" + "|".join(_HOST_WORDS[key]) + r")"


_EVENT_WORD_RE = re.compile(first_letters(_HOST_WORDS["event"]) + r"\b" + _any_word("event") + r"\b", re.IGNORECASE)
# "leaders congratulate Ruiz", "Tokyo phones Ruiz": the greeted one belongs to the host
# ("calls from Riyadh": the place after "from" or "by" is the greeter; "welcome in Oslo" greets no one)
_GREETED_RE = re.compile(
    first_letters(_HOST_WORDS["greeting"]) + r"\b" + _any_word("greeting")
    # (also "welcomes (the) installation of Chad's council", "hails the election of Peru's ...": the one the act is
    # of; not "the message of X", whose sender greets)
    + r"\s+(?:(?!(?:from|by|in|at|to|on|into|for|of)\b)\w+\s+|(?:the\s+)?(?!" + _any_word("sent_of") + r"\b)\w+\s+of\s+(?:the\s+)?)?$",
    re.IGNORECASE,
)


def _subject_of(key: str) -> re.Pattern[str]:
    """Matched from a mention's end: the mention ends a subject, alone or in a list, of one of the verbs
    under ``key``: "Canberra, Wellington and Suva voice ...", "Dutch lawmakers slam ..." (at most two plain
    words before the verb)."""
    return re.compile(
        r"(?:['\u2019]s)?(?:\s*(?:,|\band\b|&)\s*[A-Z][\w.'\u2019-]*(?:\s+[A-Z][\w.'\u2019-]*)*)*"
        r"(?:\s+[a-z][\w'\u2019-]*){0,2}?\s+(?i:" + _any_word(key) + r")\b"
    )


_REACTS_AFTER_RE = _subject_of("reacting")
# "Cuba, which hosted the negotiations", "Qatar and the United States mediated": a list may hold "the", and a
# relative clause may open after a comma
_HOSTS_TALKS_AFTER_RE = re.compile(
    r"(?:['\u2019]s)?(?:\s*(?:,|\band\b|&)\s*(?:the\s+)?[A-Z][\w.'\u2019-]*(?:\s+[A-Z][\w.'\u2019-]*)*)*(?:\s*,)?"
    r"(?:\s+[a-z][\w'\u2019-]*){0,2}?\s+(?i:" + _any_word("venue_hosting") + r")\b"
)
# "at talks in Abu Dhabi", "negotiations hosted by Cuba": the place is the venue only
_VENUE_BEFORE_RE = re.compile(r"\b" + _any_word("venue_before") + r"\s+(?:the\s+)?$", re.IGNORECASE)
_ACTS_AFTER_RE = _subject_of("acting")
# "the embassy in Accra had urged": a place after a preposition is no subject, so no reactor
_PLACE_BEFORE_RE = re.compile(r"\b(?:in|at|from|of|to|for|with|on)\s+$")
# "a call from Seoul's Lee" (the giver), "moves its embassy to Pretoria" (where recognition goes, not who moves it)
# (also the later ones of a list of givers: "calls from Ottawa and Canberra", "messages from Paris, Rome and Oslo")
_GIVER_WORD = r"[\w'\u2019.-]+"
_GIVER_LIST = r"(?:\s+" + _GIVER_WORD + r"(?:(?:,|\s+and|\s+or)\s+" + _GIVER_WORD + r")*(?:,|\s+and|\s+or))?"
_NOT_THE_MOVER_RE = re.compile(
    r"\b(?:" + _any_word("from_giver") + _GIVER_LIST + r"(?:\s+" + _GIVER_WORD + r")?|" + _any_word("moved_to") + r")\s+$",
    re.IGNORECASE,
)
_LEADER_COUNTRY = {name: group[0].country for name, group in LEADERS_BY_NAME.items() if group[0].country and len(name) > 3}
for _name, _country in list(_LEADER_COUNTRY.items()):
    _LEADER_COUNTRY.setdefault(fold_name(_name), _country)


def leader_country(name: str, day: dt.date | None) -> str | None:
    """The country of the leader called ``name`` in office on ``day`` ("Kallas" in 2021 is Estonia's
    prime minister, not the EU's foreign-policy chief she became), else of the first one listed."""
    default = _LEADER_COUNTRY.get(name) or _LEADER_COUNTRY.get(fold_name(name))
    group = LEADERS_BY_NAME.get(name, ())
    if default is None or day is None or len(group) < 2:
        return default
    current = [l.country for l in group if l.country and (l.start is None or l.start <= day) and (l.end is None or day <= l.end)]
    return current[0] if current else default


# capitalised names only ("von der Leyen" is found by other means)
_LEADER_NAME_PATTERN: re.Pattern[str] | None = None


def _leader_name_re() -> re.Pattern[str]:
    """Every known leader's name as one pattern, built on first use: with ~1,900 names it costs ~50 ms,
    which only host inference needs, not every import (kept, unlike the memo caches, by clear_caches)."""
    global _LEADER_NAME_PATTERN
    if _LEADER_NAME_PATTERN is None:
        _LEADER_NAME_PATTERN = re.compile(
            r"(?:"
            + alternation((n for n in _LEADER_COUNTRY if "A" <= n[0] <= "Z" or "\u00C0" <= n[0] <= "\u024F"), not_after=r"[\w-]")
            + r")(?![\w-])"
        )
    return _LEADER_NAME_PATTERN


def infer_host_country(articles: Iterable[Article]) -> str | None:
    """The country the event is about: the one named next to election words or greeted.

    Countries and known leaders count; a mention within a few words of an event word
    ("Chile's new premier", "Socialist landslide", "president-elect") or right after a
    greeting verb ("congratulate Starmer") counts several times, and titles count most.
    So does the subject of the event's own verb ("Palau switches recognition"). A mention that reacts
    ("Lima and Quito urge ...", "a call from Seoul's Lee") or that is only where recognition moves
    ("shifts recognition to Pretoria") does not count: it is not the event's; nor does one that only hosts or
    brokers talks between others ("Cuba, which hosted the negotiations", "at talks in Abu Dhabi").
    """
    scores: Counter[str] = Counter()
    for article in articles:
        for weight, text in ((3, article.title), (1, article.text[:1500])):
            places = [(a, b, iso3) for a, b, iso3 in countries_in(text)]
            day = article.published_date
            places += [(m.start(), m.end(), iso3) for m in _leader_name_re().finditer(text) if (iso3 := leader_country(m.group(), day))]
            places.sort()
            starts = [p[0] for p in places]
            for start, end, iso3 in places:
                before = text[max(0, start - 40) : start]
                subject = not _PLACE_BEFORE_RE.search(before)
                reacts = _REACTS_AFTER_RE.match(text, end, end + 60) if subject else None
                # ... unless to its own ("Peru mourns Fujimori", "Kenya's opposition slams Ruto")
                if reacts and (k := bisect_left(starts, reacts.end())) < len(places) and places[k][0] < reacts.end() + 40 and places[k][2] == iso3:
                    reacts = None
                if reacts or _NOT_THE_MOVER_RE.search(before) or _VENUE_BEFORE_RE.search(before):
                    continue
                if subject and _HOSTS_TALKS_AFTER_RE.match(text, end, end + 80):
                    continue  # only where, or by whom, talks between others were held
                near = text[max(0, start - 40) : end + 40]
                bonus = 3 if _EVENT_WORD_RE.search(near) else 1
                if _GREETED_RE.search(before[-30:]) or (subject and _ACTS_AFTER_RE.match(text, end, end + 60)):
                    bonus += 3
                scores[iso3] += weight * bonus
    if not scores:
        return None
    return scores.most_common(1)[0][0]
