"""A news database's record fields around a story's text, as exports print them (ProQuest, Nexis Uni, EBSCO,
Gale, monitoring tools): "Publication info: Harbour Times ; Suva. 04 May 2024: A.6.", "Full text: The minister
said ...", then a block of "Subject:", "Location:", "Publication date:", "Document URL:", "Copyright:" lines.

Such a block is no text of the article: left in, its "Location: Fiji; Tonga" and "Subject: Foreign policy"
lines read as sentences, and its "Title:" line as another story. The fields give the article's date, outlet,
title and link instead. The field names and their roles are in ``record_fields.toml``.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from pathlib import Path

FIELDS_FILE = Path(__file__).with_name("record_fields.toml")
_TABLE = tomllib.loads(FIELDS_FILE.read_text(encoding="utf-8"))
ROLES = ("date", "later_date", "outlet", "citation", "title", "url", "text", "lead")
FIELD_ROLES: dict[str, str] = {name: "other" for name in _TABLE["other"]}
for _role in ROLES:
    FIELD_ROLES.update(dict.fromkeys(_TABLE[_role], _role))
HEADINGS = frozenset(_TABLE["headings"])
CODE_ROLES: dict[str, str] = {code: "other" for code in _TABLE["codes"]["other"]}
CODE_ROLES.update({code: role for code, role in _TABLE["codes"].items() if code != "other"})
# "HD\tHeadline", "PD  12 October 2023", "TD" alone over the text
_CODE = re.compile(r"(?P<code>[A-Z]{2,3})(?:(?:\t+|\s{2,})(?P<value>\S.*))?\s*")

# A record is told by a run of this many field lines (blank lines between allowed).
MIN_BLOCK_FIELDS = 3
# A field's name is short; its value one line (a lead's or a text's opening paragraph may be long).
MAX_FIELD_NAME = 40
MAX_FIELD_LINE = 400
MAX_OUTLET = 80
_FIELD = re.compile(r"(?P<key>[A-Za-z][A-Za-z .()/&-]{0,39}?)\s*:\s*(?P<value>.*)")
# "Harbour Times ; Suva [Suva]. 04 May 2024: A.6.", "Lagoon Review. 6/5/2024, Vol. 12 Issue 4, p14": the outlet
# before the place, the day or the volume ("U.S. Ledger" keeps its full stop)
_CITATION_OUTLET = re.compile(
    r"(?P<outlet>[^;\[\]]{2,80}?)\s*(?:;|\[|\.\s+(?=\d|vol\b|no\b|[A-Z][a-z]{2,8}\.?\s+\d)|,\s+(?=\d|vol\b|no\b))", re.I
)
# the day in a citation: "04 May 2024", "May 4, 2024", "6/5/2024"
_CITATION_DATE = re.compile(r"\b\d{1,2}\s+[A-Z][a-z]{2,8}\.?\s+\d{4}\b|\b[A-Z][a-z]{2,8}\.?\s+\d{1,2},?\s+\d{4}\b|\b\d{1,2}/\d{1,2}/\d{4}\b")
# A record's closing notice: "Copyright of Lagoon Review is the property of Lagoon Media and its content may not be ..."
_PROPERTY_NOTICE = re.compile(r"copyright of .{1,120}? is the property of ", re.I)


@dataclass(frozen=True)
class RecordFields:
    """What a record's fields say (values as written) and the lines left for the article."""

    lines: list[str]
    title: str | None = None
    outlet: str | None = None
    date: str | None = None
    later_date: str | None = None
    url: str | None = None


def field_of(line: str) -> tuple[str, str, str] | None:
    """(role, name, value) of a record field line ("Publication date: May 4, 2024"), else None."""
    if len(line) > MAX_FIELD_LINE and not line[:60].lower().startswith(tuple(_LONG_FIELDS)):
        return None
    match = _FIELD.fullmatch(line)
    if not match:
        return None
    name = " ".join(match["key"].lower().split())
    role = FIELD_ROLES.get(name)
    if role is None:
        return None
    value = (match["value"] or "").strip()
    if len(value) > MAX_FIELD_LINE and role not in ("text", "lead"):
        return None
    return role, name, value


_LONG_FIELDS = {name for name, role in FIELD_ROLES.items() if role in ("text", "lead")}


def _code_of(line: str) -> tuple[str, str, str] | None:
    """(role, code, value) of a Factiva tagged line ("PD\t12 October 2023", "TD" alone), else None."""
    match = _CODE.fullmatch(line) if len(line) <= MAX_FIELD_LINE else None
    role = CODE_ROLES.get(match["code"]) if match else None
    return (role, match["code"], (match["value"] or "").strip()) if role else None


def database_record(lines: list[str]) -> RecordFields:
    """``lines`` of one article without its database record fields, and what they say.

    Only an article with a block of ``MIN_BLOCK_FIELDS`` field lines is a record: then every block goes, so
    do the field lines above its text, a block's heading ("Classification") and a lead ("Abstract: ...") when
    the text is there too; a "Full text:" label leaves its paragraph in the text. Any other article is
    returned as it is.
    """
    fields = [
        (field_of(line) if ":" in line[: MAX_FIELD_NAME + 2] else None) or (_code_of(line) if line[1:2].isupper() and line[:1].isupper() else None)
        for line in lines
    ]
    blocks: set[int] = set()
    run: list[int] = []
    for index, line in enumerate([*lines, "."]):
        found = fields[index] if index < len(lines) else None
        if found is not None and found[0] != "text":
            run.append(index)
        elif line:
            if len(run) >= MIN_BLOCK_FIELDS:
                blocks.update(run)
            run = []
    if not blocks:
        return RecordFields(lines)
    first_text = next(
        (i for i, line in enumerate(lines) if line and (fields[i] is None or fields[i][0] == "text") and _is_prose(line)),
        len(lines),
    )
    has_text = any(found is not None and found[0] == "text" for found in fields)
    values: dict[str, str] = {}
    kept: list[str] = []
    dropping_lead = False
    for index, line in enumerate(lines):
        found = fields[index]
        if found is not None and found[0] == "text":
            dropping_lead = False
            if found[2]:
                kept.append(found[2])  # "Full text: The minister said ...": the text opens here
            continue
        if found is not None and found[0] == "lead" and has_text:
            dropping_lead = not found[2]  # "Abstract:" alone: its paragraphs follow, up to "Full text:"
            continue
        if dropping_lead and line:
            continue
        if found is not None and (index in blocks or index < first_text):
            role, _, value = found
            if value and role != "other":
                values.setdefault(role, value)
            continue
        if line and line.strip().lower() in HEADINGS and _next_is_block(lines, index, blocks):
            continue
        if line and _PROPERTY_NOTICE.match(line):
            continue
        kept.append(line)
    if "lead" in values and not any(_is_prose(line) for line in kept):
        kept += ["", values["lead"]]  # a record with only its abstract: that is its text
    outlet, date = None, values.get("date")
    for citation in (values.get("outlet"), values.get("citation")):
        if not citation:
            continue
        match = _CITATION_OUTLET.match(citation)
        outlet = outlet or (match["outlet"].strip() if match else citation if len(citation) <= MAX_OUTLET else None)
        if date is None and (match := _CITATION_DATE.search(citation)):
            date = match.group()
    return RecordFields(kept, title=values.get("title"), outlet=outlet, date=date, later_date=values.get("later_date"), url=values.get("url"))


def _is_prose(line: str) -> bool:
    return len(line) > 60 and line.rstrip("\"'\u201d\u2019)").endswith((".", "!", "?"))


def _next_is_block(lines: list[str], index: int, blocks: set[int]) -> bool:
    following = next((i for i in range(index + 1, min(len(lines), index + 4)) if lines[i]), None)
    return following is not None and following in blocks
