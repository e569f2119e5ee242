"""Which field of an exported article is its title, text, date, outlet and link, whatever the exporter calls it.

JSON, JSON Lines, CSV/TSV rows and feed items all arrive as a mapping of field names
to values. A name is split into words and its role is that of its last word that is
not a qualifier (the vocabulary is ``field_names.toml``): ``headline_text`` is a title,
``article_body`` a text, ``published_at_utc`` a date, ``source_name`` an outlet.
Nested objects are walked and their keys add words: ``"source": {"name": ...}`` is an
outlet, ``"body": {"text": ...}`` a text, ``"title": {"rendered": ...}`` a title.

When several fields share a role the choice is fixed:

- title: a field named exactly by a title word (``title``, ``headline``) before one that
  only contains it (``webTitle``, ``headline_text``), shallower before nested, then the
  first in the record. A title equal to the outlet's name is the site's, not the
  headline. ``name`` is the title only when no title field exists (Bing News).
- text: the longest text field (``text``, ``body``, ``content``, ``article``...), a
  NewsAPI-style cut-off (``… [+1234 chars]``) counted without its marker. A lead
  (``summary``, ``description``, ``excerpt``...) is used only when there is no text, or
  when the text is cut off and the lead is longer; the two are never joined. A caption
  (``caption``, ``cutline``) is the text of a record with neither (a picture desk's item).
- date: published before a plain date before created before updated before crawled; then
  shallower, then first. The first that parses as a date wins.
- outlet: an outlet word (``source``, ``publisher``, ``site_name``...) or the title/name of
  one (``source.title``); a web address or bare domain (``example.org``) only when no
  name is there, as its host.
- url: ``url``/``link``/``href``/``permalink``, a publisher's own (``source_url``) last.
"""

from __future__ import annotations

import re
import tomllib
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from urllib.parse import urlsplit

from tracker.readers.dates import normalize_field_date, numeric_parts
from tracker.readers.titles import title_fault

FIELD_NAMES_FILE = Path(__file__).with_name("field_names.toml")



def _fold(text: str) -> str:
    """``text`` without accents ("Título" -> "Titulo", "veröffentlicht" -> "veroffentlicht"), so the
    vocabulary matches names typed with or without them."""
    text = text.replace("\u00df", "ss").replace("\u1e9e", "SS")
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def _folded(value):
    if isinstance(value, dict):
        return {key: _folded(item) for key, item in value.items()}
    return [_fold(word).lower() for word in value]


with FIELD_NAMES_FILE.open("rb") as _file:
    _VOCABULARY = _folded(tomllib.load(_file))

ROLE_WORDS: dict[str, frozenset[str]] = {role: frozenset(words) for role, words in _VOCABULARY["roles"].items()}
DATE_GROUPS: tuple[frozenset[str], ...] = tuple(frozenset(words) for words in _VOCABULARY["dates"].values())
PLAIN_DATE_GROUP = list(_VOCABULARY["dates"]).index("plain")
QUALIFIERS = frozenset(_VOCABULARY["words"]["qualifiers"])
NOT_THE_ARTICLE = frozenset(_VOCABULARY["words"]["not_the_article"])
OWNERS = frozenset(_VOCABULARY["words"]["owners"])
DAY_FIRST_DATE_WORDS = frozenset(_VOCABULARY["words"]["day_first"])
_WORD_ROLE: dict[str, str] = {word: "date" for group in DATE_GROUPS for word in group}
_WORD_ROLE.update({word: role for role, words in ROLE_WORDS.items() for word in words})
KNOWN_WORDS = frozenset(_WORD_ROLE) | QUALIFIERS | NOT_THE_ARTICLE | OWNERS

# Keys that hold a record's fields rather than name one (Elasticsearch's ``_source``).
_TRANSPARENT_KEYS = frozenset({"_source"})
MAX_DEPTH = 3
MAX_OUTLET = 150
# NewsAPI and similar free tiers cut ``content`` to ~200 characters and say how much is missing.
_CUT_OFF = re.compile(r"\s*(?:\u2026|\.\.\.)?\s*\[\+?\d{1,7} (?:chars?|characters)\]\s*$")
# Latin words (camelCase split), numbers, and words of other scripts whole ("Дата", "标题").
_CAMEL = re.compile(r"[A-Z]+(?=[A-Z][a-z])|[A-Z]?[a-z]+|[A-Z]+|\d+|[^\W\dA-Za-z_]+")
# A column name's alternatives: its bilingual halves ("Fecha / Date", "Titre | Title") and what
# brackets add ("Pub. date (local)", "Full text [pasted]"); ``field_words`` marks each with ``ALTERNATIVE``.
_ALTERNATIVES = re.compile(r"[/|]|\(([^()]*)\)|\[([^\[\]]*)\]")
# A column name is a few words; a longer "name" (a note above a table's header) is read this far.
MAX_FIELD_NAME = 200
ALTERNATIVE = "/"
# Words of a date field's name that say its clock: the local publication time before UTC
# (a story filed at 01:30 in Manila is dated the day before in UTC).
_LOCAL_CLOCK = frozenset({"local", "locale", "lokal", "lokale"})
_UNIVERSAL_CLOCK = frozenset({"utc", "gmt", "z", "zulu"})
_URL = re.compile(r"^(?:https?:)?//\S+$", re.I)
# "coast.example", "www.example.co.uk": a site's address written without the scheme
_BARE_HOST = re.compile(r"^(?:[a-z0-9-]{1,63}\.)+[a-z]{2,24}$", re.I)


@lru_cache(maxsize=4096)  # an export repeats the same few names in every record
def field_words(name: str) -> tuple[str, ...]:
    """The lower-case words of a field name: ``publishedAt`` -> (published, at); ``pubdate`` -> (pub, date).

    Accents are dropped ("Título" -> titulo). A name with alternatives ("Fecha / Date",
    "Pub. date (local)") has ``ALTERNATIVE`` between them: ``field_role`` reads the whole name,
    then each alternative.
    """
    name = name[:MAX_FIELD_NAME]
    parts: list[str] = []
    end = 0
    for match in _ALTERNATIVES.finditer(name):
        parts.append(name[end : match.start()])
        parts.append(match[1] or match[2] or "")
        end = match.end()
    parts.append(name[end:])
    words: list[str] = []
    for part in parts:
        found = [word for piece in _CAMEL.findall(_fold(part)) for word in _split_compound(piece.lower())]
        if found:
            if words:
                words.append(ALTERNATIVE)
            words.extend(found)
    return tuple(words)


def _split_compound(word: str) -> tuple[str, ...]:
    """A run-together pair of known words ("sitename", "bodytext") as the two words; else the word."""
    if word in KNOWN_WORDS or len(word) < 5:
        return (word,)
    for cut in range(2, len(word) - 1):
        if word[:cut] in KNOWN_WORDS and word[cut:] in KNOWN_WORDS:
            return word[:cut], word[cut:]
    return (word,)


@dataclass(frozen=True)
class FieldRole:
    """What a field name says it holds: ``role`` and a ``rank`` (lower is preferred within the role)."""

    role: str
    rank: int


@lru_cache(maxsize=4096)
def field_role(words: tuple[str, ...], *, top_level: bool = True) -> FieldRole | None:
    """The role of a field with these words (``field_words``), or None for fields the tracker does not use.

    A name with alternatives ("Texto completo / Full text", "Full text (pasted)") is read whole
    first; when that gives no role, its first alternative that gives one decides.
    """
    whole = tuple(word for word in words if word != ALTERNATIVE)
    if not whole or NOT_THE_ARTICLE.intersection(whole):
        return None
    role = _role_of(whole, top_level=top_level)
    if role is None and len(whole) < len(words):
        alternatives: list[list[str]] = [[]]
        for word in words:
            if word == ALTERNATIVE:
                alternatives.append([])
            else:
                alternatives[-1].append(word)
        role = next((found for part in alternatives if (found := _role_of(tuple(part), top_level=top_level))), None)
    if role is not None and role.role == "date":
        # Within a group, a name saying local time before one without a clock before UTC.
        clock = 0 if _LOCAL_CLOCK.intersection(whole) else 2 if _UNIVERSAL_CLOCK.intersection(whole) else 1
        role = FieldRole("date", role.rank * 3 + clock)
    return role


def _role_of(words: tuple[str, ...], *, top_level: bool) -> FieldRole | None:
    if not words:
        return None
    meaningful = [w for w in words if w not in QUALIFIERS and not (len(w) <= 2 and w not in KNOWN_WORDS)]
    head = meaningful[-1] if meaningful else words[-1]
    if head not in _WORD_ROLE and words[-1] in _WORD_ROLE:
        # "Clip text", "Nota texto": a word the vocabulary does not know before a role word.
        head = words[-1]
    modifiers = set(words) - {head}
    role = _WORD_ROLE.get(head)
    exact = len(words) == 1
    if role is None:
        # Bing News calls the headline "name"; anywhere else a bare name is not a title.
        return FieldRole("title", 3) if words == ("name",) and top_level else None
    if role == "date":
        groups = [n for n, group in enumerate(DATE_GROUPS) if group.intersection(words)]
        specific = [n for n in groups if n != PLAIN_DATE_GROUP]
        return FieldRole("date", min(specific) if specific else PLAIN_DATE_GROUP)
    owned = bool(modifiers & OWNERS)
    if role == "title":
        if owned:
            return FieldRole("outlet", 1)
        if modifiers & ROLE_WORDS["lead"]:
            return FieldRole("lead", 1)
        return FieldRole("title", 0 if exact else 1)
    if role in ("text", "lead", "caption"):
        if owned:
            return None  # "site_description", "source_text": about the outlet
        if role == "text" and modifiers & ROLE_WORDS["lead"]:
            return FieldRole("lead", 1)  # "lead_paragraph", "summary_text"
        return FieldRole(role, 0 if exact else 1)
    if role == "url":
        return FieldRole("url", 2 if owned else 0 if exact else 1)
    return FieldRole(role, 0 if exact else 1)  # outlet


@dataclass(frozen=True)
class Field:
    """One leaf value of a record with its path and role."""

    path: tuple[str, ...]
    role: FieldRole
    value: object
    order: int

    @property
    def depth(self) -> int:
        return len(self.path)


def record_fields(item: dict) -> list[Field]:
    """Every leaf of ``item`` (nested objects walked, up to ``MAX_DEPTH``) that has a role, in record order."""
    found: list[Field] = []

    def walk(mapping: dict, path: tuple[str, ...], words: tuple[str, ...]) -> None:
        for key, value in mapping.items():
            key = str(key)
            key_words = () if key in _TRANSPARENT_KEYS else field_words(key)
            if isinstance(value, dict):
                if len(path) + 1 < MAX_DEPTH:
                    walk(value, path + (key,), words + key_words)
                continue
            role = field_role(words + key_words, top_level=not path)
            if role is not None and value not in (None, "", [], {}):
                found.append(Field(path + (key,), role, value, len(found)))

    walk(item, (), ())
    return found


@dataclass(frozen=True)
class Resolved:
    """What a record gives for each role (strings not yet cleaned; the date as ISO 8601) and the field each came from."""

    title: str | None
    text: str | None
    text_cut_off: bool
    published: str | None
    outlet: str | None
    url: str | None
    sources: dict[str, str]
    # a date written in numbers ("03/04/2024") in the best date field before any that parsed, which the reader
    # settles with the other records' (``dates.numeric_order``), and whether that field's name writes the day first
    numeric_date: str | None = None
    day_first: bool = False


def resolve(item: dict) -> Resolved:
    """The title, text, date, outlet and link of one record, by the rules in this module's docstring."""
    fields = record_fields(item)
    by_role: dict[str, list[Field]] = {}
    for field in fields:
        by_role.setdefault(field.role.role, []).append(field)
    sources: dict[str, str] = {}

    def ordered(role: str) -> list[Field]:
        return sorted(by_role.get(role, []), key=lambda f: (f.role.rank, f.depth, f.order))

    outlet = None
    outlet_candidates = [(f, _short_text(f.value)) for f in ordered("outlet")]
    for field, value in outlet_candidates:  # a name first (a number is an id, "featured_media": 48214, no name) ...
        if value and not _URL.match(value.strip()) and not _BARE_HOST.match(value.strip()) and len(value) <= MAX_OUTLET and any(c.isalpha() for c in value):
            outlet, sources["outlet"] = value, ".".join(field.path)
            break
    else:  # ... else a site's address ("https://www.example.org/x" -> "example.org")
        for field, value in outlet_candidates:
            value = value.strip() if value else ""
            host = urlsplit(value).hostname if _URL.match(value) else value if _BARE_HOST.match(value) else None
            if host:
                outlet, sources["outlet"] = host.removeprefix("www."), ".".join(field.path)
                break

    titles = [(field, value) for field in ordered("title") if (value := _short_text(field.value))]
    titles = [(field, value) for field, value in titles if not (outlet and value.strip().casefold() == outlet.casefold())]
    # A "title" that is a masthead, publication line or section label gives way to another title field.
    field, title = next(((f, v) for f, v in titles if title_fault(v, outlets=(outlet,)) is None), titles[0] if titles else (None, None))
    if field is not None:
        sources["title"] = ".".join(field.path)

    text, cut_off, text_field = _longest(by_role.get("text", []))
    lead, _, lead_field = _longest(by_role.get("lead", []))
    if lead and (not text or (cut_off and len(lead) > len(text))):
        text, cut_off, text_field = lead, False, lead_field
    if not text:
        # a picture desk's item: its caption is the story
        text, cut_off, text_field = _longest(by_role.get("caption", []))
    if text_field:
        sources["text"] = ".".join(text_field.path)

    published = None
    numeric, day_first = None, False
    for field in ordered("date"):
        if numeric is None and isinstance(field.value, str) and numeric_parts(field.value):
            numeric, day_first = field.value, bool(DAY_FIRST_DATE_WORDS.intersection(field_words(field.path[-1])))
        published = normalize_field_date(field.value)
        if published:
            sources["date"] = ".".join(field.path)
            break

    url = None
    for field in ordered("url"):
        value = _short_text(field.value)
        if value and value.strip():
            url, sources["url"] = value.strip(), ".".join(field.path)
            break
    return Resolved(title, text, cut_off, published, outlet, url, sources, numeric, day_first)


def _longest(fields: list[Field]) -> tuple[str | None, bool, Field | None]:
    """The longest text among ``fields`` (a cut-off one measured without its marker), whether it was cut, its field."""
    best: tuple[int, int, str, bool, Field] | None = None
    for field in fields:
        value = _long_text(field.value)
        if not value or not value.strip():
            continue
        stripped = _without_cut_off_marker(value)
        cut = stripped != value
        key = (len(stripped.strip()), -field.order)
        if best is None or key > best[:2]:
            best = (*key, stripped, cut, field)
    if best is None:
        return None, False, None
    return best[2], best[3], best[4]


def _without_cut_off_marker(text: str) -> str:
    """``text`` without a trailing "… [+1234 chars]" (only the end is searched: bodies can be megabytes)."""
    tail = text[-80:]
    if "]" not in tail:
        return text
    match = _CUT_OFF.search(tail)
    return text[: len(text) - len(tail) + match.start()] if match else text


def _short_text(value: object) -> str | None:
    """A one-line value: a string or number; a list gives its first usable item (``[{"name": ...}]``)."""
    if isinstance(value, str):
        return value
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return str(value)
    if isinstance(value, list):
        for entry in value:
            if isinstance(entry, dict):
                entry = next((entry[k] for k in ("name", "title", "text", "value") if isinstance(entry.get(k), str)), None)
            if isinstance(entry, str) and entry.strip():
                return entry
    return None


def _long_text(value: object) -> str | None:
    """A body: a string, or a list of paragraphs (strings, or objects holding one under ``text``/``content``...)."""
    if isinstance(value, str):
        return value
    if isinstance(value, list):
        paragraphs = []
        for entry in value:
            if isinstance(entry, dict):
                entry = next((entry[k] for k in ("text", "content", "value", "html", "body") if isinstance(entry.get(k), str)), None)
            if isinstance(entry, str) and entry.strip():
                paragraphs.append(entry.strip())
        return "\n\n".join(paragraphs) or None
    return None


def describe_fields(item: dict, *, limit: int = 12) -> str:
    """The top-level field names of a record, with what the non-text ones hold, for error messages."""
    shown = []
    for key, value in list(item.items())[:limit]:
        if isinstance(value, dict):
            inner = ", ".join(repr(str(k)) for k in list(value)[:4])
            shown.append(f"{str(key)!r} (an object: {inner})" if inner else f"{str(key)!r} (an empty object)")
        elif value in (None, "", []):
            shown.append(f"{str(key)!r} (empty)")
        else:
            shown.append(repr(str(key)))
    more = f" and {len(item) - limit} more" if len(item) > limit else ""
    return ", ".join(shown) + more if shown else "none"
