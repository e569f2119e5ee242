"""JSON and JSON Lines: one article per object.

Accepted shapes: an article object, a list of them, or an object holding the list
under any key, however deep the API puts it (``results``, ``response.docs``, Elasticsearch's
``hits.hits[]._source``); a Telegram Desktop export gives one article a post. Which field is the title, text, date, outlet and link is decided
by ``tracker.readers.fields`` from the words of the field names; CSV rows and feed items
go through the same ``article_from_fields``.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import html
import json
import re

from tracker.models import Article
from tracker.readers.credits import LEAD_PARAGRAPHS, MAX_LEAD_PARAGRAPH, without_credits
from tracker.readers.dates import ANY_DAY, normalize_field_date, numeric_order, numeric_parts, parse_date_line, parse_date_parts
from tracker.readers.decoding import normalize_text
from tracker.readers.errors import FormatError
from tracker.readers.fields import Resolved, describe_fields, field_role, field_words, record_fields, resolve
from tracker.readers.plaintext import byline_date, is_furniture, paragraphs_of
from tracker.readers.titles import MAX_TITLE, headline_opening, looks_like_headline, title_fault

# Keys under which exports and news APIs put their list of articles, searched first (and
# breadth-first, three levels deep: "response.docs", "articles.results", "hits.hits").
LIST_KEYS = (
    "articles", "items", "results", "data", "entries", "documents", "docs", "stories", "news", "hits", "value",
    "posts", "records", "objects", "rows", "feed", "list", "response", "result", "nodes", "edges",
)  # fmt: skip
MAX_WRAPPER_DEPTH = 3

_HTML_HINT = re.compile(r"<(?:p|br|div|span|a|strong|em|b|i)\b[^>]{0,200}>", re.I)
# A lone UTF-16 surrogate escape ("\ud83d" from an emoji cut in half) decodes to a str that
# cannot be encoded as UTF-8, so storing it would fail: it becomes U+FFFD instead.
_LONE_SURROGATE = re.compile("[\ud800-\udfff]")
_EXPECTED = "expected a title ('title', 'headline'...) or a text ('text', 'body', 'content', 'article'...)"


def _clean(text: str | None) -> str:
    return _LONE_SURROGATE.sub("\ufffd", text) if text else ""


def _clean_body(text: str) -> str:
    if _HTML_HINT.search(text[:5000]):
        from tracker.readers.html import html_fragment_text

        text = html_fragment_text(text)
    # One blank line between paragraphs, as in the other readers.
    paragraphs = paragraphs_of(normalize_text(text)).split("\n\n")
    # A feed's or CMS's closing link is no text: "Continue reading \u2192", "The post <headline> appeared first on <site>."
    while len(paragraphs) > 1 and is_furniture(paragraphs[-1]):
        paragraphs.pop()
    return "\n\n".join(paragraphs)


# A character reference left in a title a CMS stores as HTML ("&#8220;", "&amp;", "&rsquo;").
_ENTITY = re.compile(r"&(?:#\d{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z]{2,8});")


def _one_line(text: str) -> str:
    """One line of text, with the character references a CMS leaves in its rendered titles resolved
    ("Marcelo in Luanda: &#8220;A shared history&#8221;" -> "Marcelo in Luanda: \u201cA shared history\u201d")."""
    if _ENTITY.search(text):
        text = html.unescape(text)
    return " ".join(normalize_text(text).split())


def _head_date(paragraphs: list[str], credits: list[str]) -> tuple[list[str], str | None]:
    """(paragraphs without the date lines at their head, the date) of a record with no date field: a date
    line among the first paragraphs ("Published 4 May 2024", "Friday, 3 May 2024 \u00b7 4 min read"), else the
    date a byline there carries ("By Ana Lind, Harbour Ledger, March 3, 2024"). Only a written date counts: a
    relative one ("2 hours ago") has no day to count back from here."""
    published = None
    kept: list[str] = []
    for index, paragraph in enumerate(paragraphs):
        if index >= LEAD_PARAGRAPHS or len(paragraph) > MAX_LEAD_PARAGRAPH:
            kept.extend(paragraphs[index:])
            break
        found = parse_date_line(paragraph) or _written(parse_date_parts(paragraph, reference_date=ANY_DAY))
        if found and published is None and len(paragraphs) > 1:
            published = found
            continue
        kept.append(paragraph)
    if published is None:
        published = next((found for line in credits if (found := _written(byline_date(line, reference_date=ANY_DAY)))), None)
    return kept, published


def _written(found: tuple[str, str] | None) -> str | None:
    """The date of a (published, basis) pair when it was written out, not counted back ("3 hours ago")."""
    return found[0] if found and found[1] == "dateline" else None


def has_article_fields(item: object) -> bool:
    """True when a record has a field that can be an article's title or text (``fields.resolve`` would find one)."""
    return isinstance(item, dict) and any(f.role.role in ("title", "text", "lead", "caption") for f in record_fields(item))


def articles_from_records(records: list[tuple[object, str]], *, first_position: int, reference_date: dt.date | None = None) -> list[Article]:
    """The articles of an export's records, each with the label errors name it by ("line 3"). A date written in
    numbers whose order is open ("03/04/2024") is read in the order all the records' dates settle together
    (``dates.numeric_order``: one that shows it, the field's name, their spread, the collection day)."""
    found = [resolve(item) if isinstance(item, dict) else None for item, _ in records]
    numeric = [parts for r in found if r is not None and r.numeric_date and (parts := numeric_parts(r.numeric_date))]
    day_first = any(r.day_first for r in found if r is not None and r.numeric_date)
    order = numeric_order(numeric, reference_date=reference_date, day_first=day_first) if numeric else None
    return [
        article_from_fields(item, position=first_position + n, where=where, resolved=r, order=order, reference_date=reference_date)
        for n, ((item, where), r) in enumerate(zip(records, found))
    ]


def article_from_fields(
    item: object, *, position: int, where: str, resolved: Resolved | None = None, order: str | None = None, reference_date: dt.date | None = None
) -> Article:
    """One article from a record of exporter fields (``fields.resolve``, or ``resolved`` when the caller resolved
    it); ``where`` labels errors ("row 3"). A numeric date whose order is open is read in ``order`` (settled
    with the file's other records), else as the collection day ``reference_date`` settles it alone."""
    if not isinstance(item, dict):
        raise FormatError(f"{where}: expected an article object, found {type(item).__name__}")
    found = resolved or resolve(item)
    if found.numeric_date is not None and (settled := normalize_field_date(found.numeric_date, order=order, reference_date=reference_date)):
        found = dataclasses.replace(found, published=settled)
    text = _clean_body(_clean(found.text)) if found.text else ""
    title = _one_line(_clean(found.title)) if found.title else ""
    outlet = _one_line(_clean(found.outlet)) if found.outlet else ""
    for key, value in item.items():
        # A "text" or "title" holding something that is no text (and nothing else gave one) is a broken record.
        role = field_role(field_words(str(key)))
        if role and (role.role, bool(text if role.role == "text" else title)) in (("text", False), ("title", False)):
            if value not in (None, "", [], {}) and not isinstance(value, (str, int, float)):
                raise FormatError(f"{where}: field {str(key)!r} is {type(value).__name__}, expected text")
    published, basis = found.published, "field" if found.published else "reference"
    if text:  # "By Ivo Marek | The Lakeside Gazette" opening the body is a credit, not text
        paragraphs, credited, credits = without_credits(text.split("\n\n"))
        if not published:  # no date field: a date line or a byline's date at the body's head dates the story
            paragraphs, published = _head_date(paragraphs, credits)
            basis = "dateline" if published else basis
        text, outlet = "\n\n".join(paragraphs), outlet or credited or ""
    if not text and not title:
        raise FormatError(f"{where}: no title or text among its fields ({describe_fields(item)}); {_EXPECTED}")
    first_line = text.split("\n", 1)[0][:200]
    if title_fault(title or first_line, outlets=(outlet,)) and (opening := headline_opening(text, outlets=(outlet,))):
        # A title (or, without one, a first line) that is the outlet's masthead, a date or a label: the
        # headline opening the text is the title.
        title, text = opening
    elif not title:
        title = first_line
        head, _, rest = text.partition("\n\n")
        if rest.strip() and head == first_line and looks_like_headline(head, outlets=(outlet,)):
            text = rest  # a record with no title field whose text opens with its headline: the headline is no text
    elif text.startswith(title + "\n"):
        text = text[len(title):].lstrip("\n")
    if outlet:
        for separator in (" - ", " | ", " \u2013 ", " \u2014 "):  # "Headline - Outlet", as aggregators write titles
            if title.endswith(separator + outlet) and len(title) > len(separator + outlet):
                title = title[: -len(separator + outlet)].rstrip()
                break
    if len(title) > MAX_TITLE:  # as the HTML and text readers cut a runaway title
        title = title[:MAX_TITLE].rsplit(" ", 1)[0] + "\u2026"
    url = _clean(found.url).strip()
    return Article(
        title=title,
        text=text,
        position=position,
        outlet=outlet or None,
        published=published,
        published_basis=basis,
        url=url or None,
    )


def _lists_within(document: dict) -> list[tuple[str, list]]:
    """Every (key path, list) inside a wrapper object, breadth-first in document order, ``MAX_WRAPPER_DEPTH`` deep."""
    found: list[tuple[str, list]] = []
    level: list[tuple[str, dict]] = [("", document)]
    for _ in range(MAX_WRAPPER_DEPTH):
        deeper: list[tuple[str, dict]] = []
        for prefix, mapping in level:
            for key, value in mapping.items():
                path = f"{prefix}{key}"
                if isinstance(value, list):
                    found.append((path, value))
                elif isinstance(value, dict):
                    deeper.append((path + ".", value))
        level = deeper
    return found


def _first_record(items: list) -> object:
    return next((item for item in items if isinstance(item, dict)), items[0] if items else None)


def _items(document: object) -> list[tuple[object, str]]:
    """The article records of a JSON document, each with the label errors name it by.

    A list is a list of articles. In an object: a list of article-like records under a
    known key (``LIST_KEYS``, breadth-first), else the object itself when it has a title or
    text, else a list of article-like records under any key, else a known key's list
    (whose records then fail with the fields they have).
    """
    if isinstance(document, list):
        return [(item, f"item {number}") for number, item in enumerate(document, start=1)]
    if not isinstance(document, dict):
        raise FormatError(f"JSON holds {type(document).__name__}, expected an article object or a list of articles")
    lists = _lists_within(document)
    known = [(path, value) for path, value in lists if path.rsplit(".", 1)[-1].lower() in LIST_KEYS]
    chosen = next(((p, v) for p, v in known if has_article_fields(_first_record(v))), None)
    if chosen is None and has_article_fields(document):
        return [(document, "the object")]
    chosen = chosen or next(((p, v) for p, v in lists if has_article_fields(_first_record(v))), None)
    chosen = chosen or next(((p, v) for p, v in known if v), None) or next(((p, v) for p, v in known), None)
    if chosen is None:
        return [(document, "the object")]
    path, value = chosen
    if not value:
        raise FormatError(f"no articles (the {path!r} list is empty)")
    return [(item, f"{path}[{number}]") for number, item in enumerate(value, start=1)]


def _flat_text(value: object) -> str:
    """A Telegram message's text: a string, or a list of strings and {"type", "text"} pieces."""
    if isinstance(value, str):
        return value
    if isinstance(value, list):
        return "".join(piece if isinstance(piece, str) else str(piece.get("text", "")) if isinstance(piece, dict) else "" for piece in value)
    return ""


def _telegram_messages(document: object) -> list[tuple[object, str]] | None:
    """The posts of a Telegram Desktop chat or channel export (``result.json``): one record a
    message with text (service messages and bare photos left out), its date and the channel's name
    as the outlet; None when ``document`` is no such export."""
    if not isinstance(document, dict) or not isinstance(document.get("messages"), list):
        return None
    messages = document["messages"]
    typed = [m for m in messages if isinstance(m, dict) and m.get("type") in ("message", "service") and "date" in m]
    if not messages or len(typed) < len(messages):
        return None
    channel = document.get("name") if isinstance(document.get("name"), str) else None
    records = []
    for number, message in enumerate(messages, start=1):
        text = _flat_text(message.get("text")).strip()
        if message["type"] != "message" or not text:
            continue
        record = {"text": text, "date": message["date"]}
        sender = message.get("from") if isinstance(message.get("from"), str) else None
        if channel or sender:
            record["source"] = channel or sender
        records.append((record, f"messages[{number}]"))
    if not records:
        raise FormatError("no articles (the Telegram export holds no message with text)")
    return records


def article_from_json_document(document: object, *, first_position: int = 0, reference_date: dt.date | None = None) -> list[Article]:
    """Articles of a parsed JSON-like document (an XML export converted to fields comes here too)."""
    items = _telegram_messages(document) or _items(document)
    if not items:
        raise FormatError("no articles (the JSON list is empty)")
    return articles_from_records(items, first_position=first_position, reference_date=reference_date)


def read_json(text: str, *, first_position: int = 0, reference_date: dt.date | None = None) -> list[Article]:
    """Articles of a ``.json`` document. A file of one object per line is read as JSON Lines."""
    try:
        document = json.loads(text)
    except json.JSONDecodeError as exc:
        if exc.msg == "Extra data" and text.lstrip().startswith("{"):
            return read_jsonl(text, first_position=first_position, reference_date=reference_date)
        raise FormatError(f"invalid JSON at line {exc.lineno}, column {exc.colno}: {exc.msg}") from None
    except RecursionError:
        raise FormatError("invalid JSON: nested too deeply") from None
    items = _telegram_messages(document) or _items(document)
    if not items:
        raise FormatError("no articles (the JSON list is empty)")
    return articles_from_records(items, first_position=first_position, reference_date=reference_date)


def read_jsonl(text: str, *, first_position: int = 0, reference_date: dt.date | None = None) -> list[Article]:
    """Articles of a JSON Lines file, one object a line; blank lines are skipped.

    All or nothing: one line that is not valid JSON, or not an article object,
    rejects the whole file with its line number, so a half-read file is never stored.
    A line holding a wrapper (one page of API results) gives each of its articles.
    """
    records: list[tuple[object, str]] = []
    for number, line in enumerate(text.split("\n"), start=1):
        if not line.strip():
            continue
        try:
            item = json.loads(line)
        except json.JSONDecodeError as exc:
            raise FormatError(f"line {number}: invalid JSON at column {exc.colno}: {exc.msg}") from None
        except RecursionError:
            raise FormatError(f"line {number}: invalid JSON: nested too deeply") from None
        if not isinstance(item, dict):
            raise FormatError(f"line {number}: expected an article object, found {type(item).__name__}")
        try:
            found = _items(item)
        except FormatError as exc:
            raise FormatError(f"line {number}: {exc}") from None
        for record, label in found:
            records.append((record, f"line {number}" if label == "the object" else f"line {number}, {label}"))
    if not records:
        raise FormatError("no articles (no JSON objects found)")
    return articles_from_records(records, first_position=first_position, reference_date=reference_date)
