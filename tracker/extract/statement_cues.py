"""What several parts of the statement extractor share: the words deciding a place name several countries share, a label's place, and the body whose staff serve an organisation."""

from __future__ import annotations

import re

from tracker.extract.lexicon import (
    AMBIGUOUS_PLACES,
    CAPITALS,
    COUNTRY_NAMES,
    LEADERS_BY_NAME,
    ORGANIZATIONS,
)
from tracker.extract.patterns import alternation


def staff_body(organization: str | None) -> str | None:
    """The organisation whose officials serve ``organization``: "the Secretary-General" after the
    Security Council is the United Nations' (``parent`` in data/organizations.csv)."""
    found = ORGANIZATIONS.get(organization or "")
    return found.parent if found is not None and found.parent else organization


LABEL_PLACE_RE = re.compile("^\\W*([A-Z][^,;:#]{1,40}?)\\s*(?::|\\s[-\u2013\u2014]+)\\s*$")


def _place_cues() -> dict[str, tuple[re.Pattern[str], re.Pattern[str], dict[str, str]]]:
    """A shared place name -> (the name written alone, the words deciding it, word -> country): a country's
    data/ambiguous_places.toml words, its names and capital, its leaders' names."""
    out = {}
    for surface, table in AMBIGUOUS_PLACES.items():
        cue_country: dict[str, str] = {}
        for iso3, words in table.items():
            names = [n for n, c in {**COUNTRY_NAMES, **CAPITALS}.items() if c == iso3]
            leaders = [n for n, group in LEADERS_BY_NAME.items() if len(n) >= 4 and any(ld.country == iso3 for ld in group)]
            for word in (*words, *names, *leaders):
                cue_country.setdefault(word, iso3)
        cue_country.pop(surface, None)
        alone = re.compile(r"(?<![\w-])" + re.escape(surface) + r"(?![\w-])")
        out[surface] = (alone, re.compile(r"(?:" + alternation(cue_country, not_after=r"[\w-]") + r")(?![\w-])"), cue_country)
    return out


PLACE_CUES = _place_cues()

