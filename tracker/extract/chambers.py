"""A parliament's own record (Hansard and its like): which parliament an article is the record of, and the
speaker heading each turn ("Ana Ruiz (Northbay) (Lab):", "The Minister for Trade (Ana Ruiz):")."""

from __future__ import annotations

import re

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
    "Assembly Debates | House of Commons, Official Report") or by its title with a record word ("Dail Debates")."""
    found = _legislature_in(outlet) if outlet else None
    if found is None and _RECORD_TITLE_RE.search(title):
        found = _legislature_in(title)
    return found
