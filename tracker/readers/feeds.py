"""RSS 2.0, RSS 1.0 and Atom feeds: one article per item, its text from the item's fullest HTML or text field.

Parsed with lxml as plain XML that can do nothing else: no DTD is loaded, no entity
resolved, nothing fetched, and a document declaring entities (billion laughs, external
entities) is refused before parsing. Each item becomes the same field mapping a JSON
export gives, so titles, dates and bodies are cleaned as there.
"""

from __future__ import annotations

import re

import lxml.etree

from tracker.models import Article
from tracker.readers.errors import FormatError
from tracker.readers.jsonfeed import article_from_fields

ATOM = "http://www.w3.org/2005/Atom"
# Fields are read from these vocabularies (and the root element's own) only: a Media RSS
# <media:description> or an iTunes <itunes:summary> is a caption, not the story.
FEED_NAMESPACES = {
    None, ATOM, "http://purl.org/rss/1.0/", "http://purl.org/rss/1.0/modules/content/",
    "http://purl.org/dc/elements/1.1/", "http://purl.org/dc/terms/",
}
XHTML = "http://www.w3.org/1999/xhtml"
# Body fields, fullest first: content:encoded and Atom <content> hold the whole story,
# <description> and <summary> often only a teaser.
BODY_FIELDS = ("encoded", "content", "description", "summary")
DATE_FIELDS = ("pubDate", "published", "issued", "date", "updated", "modified")
ROOTS = {"rss": "RSS", "RDF": "RSS 1.0", "feed": "Atom"}
# huge_tree stays off: libxml2 then refuses a text node over 10 MB, the cap CSV fields share.
_PARSER = lxml.etree.XMLParser(
    resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False, remove_comments=True, remove_pis=True
)
_ENCODING_DECLARATION = re.compile(rb"^\s*<\?xml[^>]{0,200}?encoding\s*=\s*[\"']([A-Za-z0-9_.:-]{1,40})[\"']")
_XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]{0,200}\?>")
_ENTITY_DECLARATION = re.compile(r"<!ENTITY", re.I)
_FEED_START = re.compile(r"\s*(?:<\?xml[^>]{0,200}\?>\s*)?(?:<!--.{0,500}?-->\s*|<\?[^>]{0,200}\?>\s*)*<(?:[A-Za-z_][\w.-]*:)?(?:rss|feed|RDF)[\s>]", re.S)


def declared_encoding(data: bytes) -> str | None:
    """The encoding named in the XML declaration, if any."""
    match = _ENCODING_DECLARATION.match(data[:300])
    return match.group(1).decode("ascii") if match else None


def looks_like_feed(text: str) -> bool:
    """True when ``text`` opens with an <rss>, <feed> or <rdf:RDF> root (for files without a telling name)."""
    return _FEED_START.match(text[:2000]) is not None


def _local(element: lxml.etree._Element) -> str:
    return lxml.etree.QName(element).localname


def _children(element: lxml.etree._Element) -> dict[str, lxml.etree._Element]:
    """Child elements of the feed's vocabularies by local name; the first of each name wins."""
    allowed = FEED_NAMESPACES | {lxml.etree.QName(element.getroottree().getroot()).namespace}
    found: dict[str, lxml.etree._Element] = {}
    for child in element:
        if isinstance(child.tag, str) and lxml.etree.QName(child).namespace in allowed:
            found.setdefault(_local(child), child)
    return found


def _text(element: lxml.etree._Element | None) -> str:
    return "".join(element.itertext()).strip() if element is not None else ""


def _body(element: lxml.etree._Element) -> str:
    """An item's body as plain text: RSS bodies and Atom type="html" hold escaped HTML, type="xhtml" inline XHTML."""
    if element.get("type") == "xhtml" or any(isinstance(c.tag, str) and c.tag.startswith("{" + XHTML) for c in element):
        markup = (element.text or "") + "".join(lxml.etree.tostring(c, encoding="unicode", with_tail=True) for c in element)
    elif element.get("type") == "text":
        return _text(element)
    else:
        markup = _text(element)
    if "<" not in markup and "&" not in markup:
        return markup
    from tracker.readers.html import html_fragment_text  # trafilatura is slow to import: only when needed

    return html_fragment_text(markup)


def _atom_link(entry: lxml.etree._Element) -> str:
    for link in entry:
        if isinstance(link.tag, str) and _local(link) == "link" and link.get("href") and link.get("rel", "alternate") == "alternate":
            return link.get("href").strip()
    return ""


def _item_fields(item: lxml.etree._Element, *, feed_title: str) -> dict[str, str]:
    """An item's fields under the names the JSON mapping accepts."""
    fields = _children(item)
    body = next((_body(fields[name]) for name in BODY_FIELDS if name in fields and _text(fields[name])), "")
    date = next((_text(fields[name]) for name in DATE_FIELDS if _text(fields.get(name))), "")
    source = fields.get("source")
    # RSS <source url=...>Outlet</source>; Atom <source><title>Outlet</title></source>
    outlet = (_text(_children(source).get("title")) or _text(source)) if source is not None else ""
    outlet = outlet or _text(fields.get("publisher")) or feed_title
    url = _atom_link(item) or _text(fields.get("link"))
    guid = fields.get("guid")
    if not url and guid is not None and guid.get("isPermaLink", "true") == "true" and _text(guid).startswith("http"):
        url = _text(guid)
    title = _text(fields.get("title"))
    if outlet and title.endswith(" - " + outlet):  # aggregator feeds append the outlet to each title
        title = title[: -len(" - " + outlet)]
    return {"title": title, "text": body, "published": date, "source": outlet, "url": url}


def _parse(text: str) -> lxml.etree._Element:
    if _ENTITY_DECLARATION.search(text):
        raise FormatError("the XML declares entities (<!ENTITY>): refused unread, as expanding them is unsafe")
    try:
        return lxml.etree.fromstring(_XML_DECLARATION.sub("", text, count=1), _PARSER)
    except lxml.etree.XMLSyntaxError as exc:
        line, column = exc.position
        if "Text node too long" in str(exc.msg):
            raise FormatError(f"a text field at line {line} is over the 10 MB limit for one field") from None
        message = str(exc.msg).split(", line ")[0]
        raise FormatError(f"invalid XML at line {line}, column {column}: {message}") from None
    except ValueError as exc:  # lxml refuses some declarations in a decoded string
        raise FormatError(f"invalid XML ({exc})") from None


def read_feed(text: str, *, first_position: int = 0) -> list[Article]:
    """Articles of an RSS or Atom feed, one per item, in feed order.

    All or nothing: an item with neither title nor text refuses the whole feed.
    """
    root = _parse(text)
    kind = ROOTS.get(_local(root))
    if kind is None:
        raise FormatError(f"not an RSS or Atom feed: root element <{_local(root)}>")
    channel = _children(root).get("channel")
    # Atom entries and RSS 1.0 items sit under the root; RSS 2.0 items inside <channel>.
    item_name = "entry" if kind == "Atom" else "item"
    container = channel if kind == "RSS" and channel is not None else root
    feed_title = _text(_children(channel if channel is not None else root).get("title"))
    items = [c for c in container if isinstance(c.tag, str) and _local(c) == item_name]
    if not items:
        raise FormatError(f"no articles (the {kind} feed has no <{item_name}>)")
    articles = []
    for number, item in enumerate(items, start=1):
        fields = _item_fields(item, feed_title=feed_title)
        where = f"{item_name} {number}"
        if not fields["title"] and not fields["text"].strip():
            raise FormatError(f"{where} has no title and no text (<title>, <content:encoded>, <content>, <description> or <summary>)")
        articles.append(article_from_fields(fields, position=first_position + len(articles), where=where))
    return articles
