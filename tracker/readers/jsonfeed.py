"""JSON and JSON Lines: one article per object.

Accepted shapes: an article object, a list of them, or an object holding the list
under a key such as ``articles`` or ``items``. Field names vary by exporter, so
each field has a list of accepted names (first non-empty wins). The same mapping
reads the rows of CSV exports and the items of feeds (``article_from_fields``).
"""

from __future__ import annotations

import json
import re

from tracker.models import Article
from tracker.readers.dates import normalize_field_date
from tracker.readers.decoding import normalize_text
from tracker.readers.errors import FormatError
from tracker.readers.plaintext import paragraphs_of

LIST_KEYS = ("articles", "items", "results", "data", "entries", "documents", "docs", "stories", "news")
TITLE_KEYS = ("title", "headline")
TEXT_KEYS = ("text", "body", "content", "article", "full_text", "fulltext", "article_text", "articleBody", "description", "summary")
# "date_published" is JSON Feed's (jsonfeed.org) field, as RSS-to-JSON exporters write it.
DATE_KEYS = ("published", "date", "published_at", "publishedAt", "published_date", "date_published", "datePublished", "pubDate", "pub_date", "created_at", "time", "timestamp")
OUTLET_KEYS = ("source", "outlet", "publisher", "publication", "site_name", "site", "source_name", "media", "newspaper")
URL_KEYS = ("url", "link", "href", "canonical_url", "permalink")

MAX_TITLE = 300
FIELD_KEYS = TITLE_KEYS + TEXT_KEYS + DATE_KEYS + OUTLET_KEYS + URL_KEYS
# "Published At", "published-at" and "PUBLISHED_AT" are "published_at" written another way.
_FIELD_SPELLING = {re.sub(r"[^a-z0-9]", "", key.lower()): key for key in reversed(FIELD_KEYS)}

_HTML_HINT = re.compile(r"<(?:p|br|div|span|a|strong|em|b|i)\b[^>]{0,200}>", re.I)


def _first(item: dict, keys: tuple[str, ...]) -> object:
    for key in keys:
        value = item.get(key)
        if value not in (None, "", [], {}):
            return value
    return None


# A lone UTF-16 surrogate escape ("\ud83d" from an emoji cut in half) decodes to a str that
# cannot be encoded as UTF-8, so storing it would fail: it becomes U+FFFD instead.
_LONE_SURROGATE = re.compile("[\ud800-\udfff]")


def _as_text(value: object, *, what: str, where: str) -> str | None:
    """A string field, lone surrogates replaced (see ``_LONE_SURROGATE``)."""
    text = _field_text(value, what=what, where=where)
    return _LONE_SURROGATE.sub("\ufffd", text) if text else text


def _field_text(value: object, *, what: str, where: str) -> str | None:
    """A string field; lists of strings are paragraphs; objects give their ``name``/``text``."""
    if value is None:
        return None
    if isinstance(value, str):
        return value
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return str(value)
    if isinstance(value, list) and all(isinstance(v, str) for v in value):
        return "\n\n".join(v.strip() for v in value if v.strip())
    if isinstance(value, dict):
        inner = _first(value, ("name", "title", "text", "value"))
        if isinstance(inner, str):
            return inner
    raise FormatError(f"{where}: field {what!r} is {type(value).__name__}, expected text")


def _clean_body(text: str) -> str:
    if _HTML_HINT.search(text[:5000]):
        from tracker.readers.html import html_fragment_text

        text = html_fragment_text(text)
    # One blank line between paragraphs, as in the other readers.
    return paragraphs_of(normalize_text(text))


def field_key(name: str) -> str:
    """The accepted field name that a column header spells another way (else the header as it is)."""
    return _FIELD_SPELLING.get(re.sub(r"[^a-z0-9]", "", name.lower()), name)


def article_from_fields(item: object, *, position: int, where: str) -> Article:
    """One article from a mapping of exporter field names to values; ``where`` labels errors ("row 3")."""
    if not isinstance(item, dict):
        raise FormatError(f"{where}: expected an article object, found {type(item).__name__}")
    text = _as_text(_first(item, TEXT_KEYS), what="text", where=where)
    title = _as_text(_first(item, TITLE_KEYS), what="title", where=where)
    text = _clean_body(text) if text else ""
    title = " ".join(normalize_text(title).split()) if title else ""
    if not text and not title:
        raise FormatError(f"{where}: no title or text (expected 'title' and 'text', 'body' or 'content')")
    if not title:
        title = text.split("\n", 1)[0][:200]
    elif text.startswith(title + "\n"):
        text = text[len(title):].lstrip("\n")
    if len(title) > MAX_TITLE:  # as the HTML and text readers cut a runaway title
        title = title[:MAX_TITLE].rsplit(" ", 1)[0] + "\u2026"
    raw_date = _first(item, DATE_KEYS)
    published = normalize_field_date(raw_date)
    outlet = _as_text(_first(item, OUTLET_KEYS), what="source", where=where)
    url = _as_text(_first(item, URL_KEYS), what="url", where=where)
    return Article(
        title=title,
        text=text,
        position=position,
        outlet=" ".join(normalize_text(outlet).split()) or None if outlet else None,
        published=published,
        published_basis="field" if published else "reference",
        url=url.strip() or None if url else None,
    )


def _article_list(document: dict, *, depth: int = 0) -> tuple[str, list] | None:
    """The (key path, list) of articles inside a wrapper object, searched two levels deep."""
    for key in LIST_KEYS:
        value = document.get(key)
        if isinstance(value, list):
            return key, value
    if depth < 1 and _first(document, TITLE_KEYS + TEXT_KEYS) is None:
        for key, value in document.items():
            if isinstance(value, dict):
                found = _article_list(value, depth=depth + 1)
                if found:
                    return f"{key}.{found[0]}", found[1]
    return None


def _items(document: object) -> list[tuple[object, str]]:
    if isinstance(document, list):
        return [(item, f"item {number}") for number, item in enumerate(document, start=1)]
    if isinstance(document, dict):
        found = _article_list(document)
        if found:
            key, value = found
            return [(item, f"{key}[{number}]") for number, item in enumerate(value, start=1)]
        return [(document, "the object")]
    raise FormatError(f"JSON holds {type(document).__name__}, expected an article object or a list of articles")


def read_json(text: str, *, first_position: int = 0) -> list[Article]:
    """Articles of a ``.json`` document. A file of one object per line is read as JSON Lines."""
    try:
        document = json.loads(text)
    except json.JSONDecodeError as exc:
        if exc.msg == "Extra data" and text.lstrip().startswith("{"):
            return read_jsonl(text, first_position=first_position)
        raise FormatError(f"invalid JSON at line {exc.lineno}, column {exc.colno}: {exc.msg}") from None
    except RecursionError:
        raise FormatError("invalid JSON: nested too deeply") from None
    items = _items(document)
    if not items:
        raise FormatError("no articles (the JSON list is empty)")
    return [article_from_fields(item, position=first_position + n, where=where) for n, (item, where) in enumerate(items)]


def read_jsonl(text: str, *, first_position: int = 0) -> list[Article]:
    """Articles of a JSON Lines file, one object a line; blank lines are skipped.

    All or nothing: one line that is not valid JSON, or not an article object,
    rejects the whole file with its line number, so a half-read file is never stored.
    """
    articles: list[Article] = []
    for number, line in enumerate(text.split("\n"), start=1):
        if not line.strip():
            continue
        try:
            item = json.loads(line)
        except json.JSONDecodeError as exc:
            raise FormatError(f"line {number}: invalid JSON at column {exc.colno}: {exc.msg}") from None
        except RecursionError:
            raise FormatError(f"line {number}: invalid JSON: nested too deeply") from None
        articles.append(article_from_fields(item, position=first_position + len(articles), where=f"line {number}"))
    if not articles:
        raise FormatError("no articles (no JSON objects found)")
    return articles
