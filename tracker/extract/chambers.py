"""A parliament's own record (Hansard and its like): which parliament an article is the record of, and the
speaker heading each turn ("Ana Ruiz (Northbay) (Lab):", "The Minister for Trade (Ana Ruiz):")."""

from __future__ import annotations

import re
from collections import Counter

from tracker.extract.countries import countries_in
from tracker.extract.lexicon import TITLES
from tracker.extract.mention_words import INST_LOOKUP as INSTITUTIONS_BY_LOWER
from tracker.extract.mention_words import INSTITUTION_RE

# the title a member gets when the record names him without an office
MEMBER_TITLE = TITLES["MP"]
# a record's own title ("Dail Debates", "House of Commons Official Report", "Lok Sabha Proceedings")
_RECORD_TITLE_RE = re.compile(r"\b(?:Debates?|Official Report|Hansard|Record|Proceedings|Sitting)\b")


def _legislature_in(text: str) -> str | None:
    """The country of the first national legislature named in ``text`` whose name no other country shares."""
    for found in INSTITUTION_RE.finditer(text):
        inst = INSTITUTIONS_BY_LOWER.get(found.group().lower())
        if inst is not None and inst.kind == "legislature" and inst.country and not inst.shared:
            return inst.country
    return None


def record_chamber(outlet: str | None, title: str) -> str | None:
    """The country of the parliament whose own record an article is: named by its outlet (the report's masthead,
    "Assembly Debates | House of Commons, Official Report", "NEW ZEALAND PARLIAMENT", "Parliament of Fiji") or by its
    title with a record word ("Dail Debates")."""
    found = (_legislature_in(outlet) or _country_chamber(outlet)) if outlet else None
    if found is None and _RECORD_TITLE_RE.search(title):
        found = _legislature_in(title)
    return found


# A masthead naming a parliament by a chamber word shared by many and its country: "NEW ZEALAND PARLIAMENT",
# "Parliament of the Republic of Fiji", "Legislative Assembly of Tonga" (not "Parliament" alone, nor a sentence)
_COUNTRY_CHAMBER_RE = re.compile(
    r"(?:(?P<before>[A-Z][\w .'-]{1,40}?)\s+)?(?:Parliament|Legislative Assembly|National Assembly|House of Representatives|Senate)"
    r"(?:\s+of\s+(?P<after>[\w .'-]{2,50}))?"
)
MAX_CHAMBER_MASTHEAD = 80


def _country_chamber(outlet: str) -> str | None:
    """The country of a masthead that is a chamber word with its country before or after it, else None."""
    if len(outlet) > MAX_CHAMBER_MASTHEAD:
        return None
    words = [word.capitalize() if word.isupper() else word for word in outlet.split()]  # "NEW ZEALAND PARLIAMENT"
    text = " ".join(word.lower() if word.lower() in ("of", "the") and n else word for n, word in enumerate(words))
    match = _COUNTRY_CHAMBER_RE.fullmatch(text)
    place = match and (match["before"] or match["after"])
    if not place or (match["before"] and match["after"]) or len(place.split()) > 6:
        return None
    found = {iso3 for _, _, iso3 in countries_in(place)}
    return found.pop() if len(found) == 1 else None


# a record's own title in a masthead set in capitals ("PARLIAMENTARY DEBATES (HANSARD)", "OFFICIAL REPORT")
_RECORD_MASTHEAD_RE = re.compile(r"\b(?:debates|official report|hansard|proceedings)\b", re.IGNORECASE)
# in how many turns (paragraphs) the country a record's members speak of must be named, and in how many times
# more turns than any other
MIN_MEMBER_COUNTRY_TURNS = 2
MEMBER_COUNTRY_LEAD = 2


def unnamed_record_chamber(outlet: str | None, text: str, host: str | None) -> str | None:
    """The country of a parliament's record whose masthead names no chamber of one country ("PARLIAMENTARY
    DEBATES (HANSARD)" over a "House of Representatives" sitting): the country other than the host that its
    members' turns name ("Samoa must act", "our Samoan communities"), in two turns or more and in twice as many
    as any other (a minister reporting a foreign colleague names that country in one turn); else None."""
    if not outlet or _RECORD_MASTHEAD_RE.search(outlet) is None:
        return None
    counts: Counter[str] = Counter()
    for paragraph in text.split("\n\n"):
        counts.update({iso3 for _, _, iso3 in countries_in(paragraph) if iso3 not in (host, "EUU")})
    ranked = counts.most_common(2)
    if not ranked or ranked[0][1] < MIN_MEMBER_COUNTRY_TURNS:
        return None
    if len(ranked) > 1 and ranked[0][1] < MEMBER_COUNTRY_LEAD * ranked[1][1]:
        return None
    return ranked[0][0]
