"""RSS 2.0, RSS 1.0 and Atom feeds: one article per item, its text from the item's fullest HTML or text field.

Parsed with lxml as plain XML that can do nothing else: no DTD is loaded, no entity
resolved, nothing fetched, and a document declaring entities (billion laughs, external
entities) is refused before parsing. Each item becomes the same field mapping a JSON
export gives, so titles, dates and bodies are cleaned as there.
"""

from __future__ import annotations

import datetime as dt
import re

import lxml.etree

from tracker.models import Article
from tracker.readers.errors import FormatError
from tracker.readers.jsonfeed import articles_from_records
from tracker.readers.titles import is_label_words

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


# Where a feed's title puts its section after the site's name: "Harbour Times - World", "Harbour Times | Politics".
_SECTION_AFTER = re.compile(r"^(?P<site>.+?)\s+(?:[-|\u2013\u2014\u00bb\u203a]|::)\s+(?P<section>[^-|\u2013\u2014]+)$")


def _site_name(feed_title: str) -> str:
    """A feed's title without the section named after the site ("Harbour Times - World news" -> "Harbour Times"):
    the site is the outlet. A title whose last part is no section's name is kept whole ("Ana Lind - Notes from Suva")."""
    parts = _SECTION_AFTER.match(" ".join(feed_title.split()))
    if parts and is_label_words(parts["section"]) and not is_label_words(parts["site"]):
        return parts["site"]
    return feed_title


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


# Elements whose children are HTML-like blocks hold a story's text (NITF <body.content>, NewsML <inlineXML>).
TEXT_BLOCKS = {"p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "ul", "ol", "div", "br", "table", "pre", "block", "html"}
# An empty element's attribute that holds its value (NITF <date.issue norm="20250905T1200Z"/>).
VALUE_ATTRIBUTES = ("norm", "value", "datetime", "date", "content", "name", "href")
MAX_XML_DEPTH = 40


def _as_record(element: lxml.etree._Element, depth: int = 0) -> object:
    """An XML element as the nested fields a JSON export would hold: text for a leaf or a block of
    HTML-like paragraphs, an attribute's value for an empty element, else a mapping of child names
    (a repeated child gives a list)."""
    children = [c for c in element if isinstance(c.tag, str)]
    if depth > MAX_XML_DEPTH:
        raise FormatError("the XML is nested too deeply to read")
    if not children:
        text = _text(element)
        if text:
            return text
        return next((element.get(a).strip() for a in VALUE_ATTRIBUTES if (element.get(a) or "").strip()), "")
    if _is_text_block(children):
        return _block_text(children)
    record: dict[str, object] = {}
    for child in children:
        value = _as_record(child, depth + 1)
        name = _local(child)
        grandchildren = [c for c in child if isinstance(c.tag, str)]
        if grandchildren and _is_text_block(grandchildren) and "text" not in record:
            record["text"] = value  # paragraphs under any name are the story's text
        if name in record:
            previous = record[name]
            record[name] = [*previous, value] if isinstance(previous, list) else [previous, value]
        else:
            record[name] = value
    return record


def _is_text_block(children: list[lxml.etree._Element]) -> bool:
    return sum(1 for c in children if _local(c).lower() in TEXT_BLOCKS) >= max(1, (len(children) + 1) // 2)


def _block_text(children: list[lxml.etree._Element]) -> str:
    """Paragraphs of HTML-like blocks; an <html> gives its <body>'s."""
    blocks: list[str] = []
    for child in children:
        if _local(child).lower() == "html":
            body = next((c for c in child if isinstance(c.tag, str) and _local(c).lower() == "body"), None)
            if body is not None:
                blocks.append(_block_text([c for c in body if isinstance(c.tag, str)]))
            continue
        blocks.append(" ".join("".join(child.itertext()).split()))
    return "\n\n".join(b for b in blocks if b)


def _first(element: lxml.etree._Element, *path: str) -> lxml.etree._Element | None:
    """The first descendant reached by local names, namespaces ignored."""
    for name in path:
        element = next((c for c in element.iter() if c is not element and isinstance(c.tag, str) and _local(c) == name), None)
        if element is None:
            return None
    return element


def _value(element: lxml.etree._Element | None, *attributes: str) -> str:
    """An element's normalised attribute (the first present), else its text."""
    if element is None:
        return ""
    return next((element.get(a).strip() for a in attributes if (element.get(a) or "").strip()), "") or _text(element)


def _wire_fields(item: lxml.etree._Element, kind: str) -> dict[str, str]:
    """The fields of one NITF document or NewsML-G2 news item."""
    if kind == "nitf":
        content = _first(item, "body.content")
        return {
            "title": _value(_first(item, "hl1")) or _value(_first(item, "title")),
            "text": _block_text([c for c in content if isinstance(c.tag, str)]) if content is not None else "",
            "published": _value(_first(item, "date.issue"), "norm") or _value(_first(item, "story.date"), "norm") or _value(_first(item, "pubdata"), "date.publication"),
            "source": _value(_first(item, "pubdata"), "name") or _value(_first(item, "doc.copyright"), "holder"),
        }
    content = _first(item, "inlineXML")
    text = _block_text([c for c in content if isinstance(c.tag, str)]) if content is not None else _value(_first(item, "inlineData"))
    return {
        "title": _value(_first(item, "headline")),
        "text": text,
        "published": _value(_first(item, "contentCreated")) or _value(_first(item, "firstCreated")) or _value(_first(item, "versionCreated")),
        "source": _value(_first(item, "provider"), "literal") or _value(_first(item, "copyrightHolder"), "literal"),
    }


def _read_xml_export(root: lxml.etree._Element, *, first_position: int, reference_date: dt.date | None = None) -> list[Article]:
    """Articles of an XML file that is no feed: a wire's NITF documents or NewsML-G2 news items, else
    a tool's export whose repeated records are read as the fields of a JSON export are."""
    from tracker.readers.jsonfeed import article_from_json_document

    name = _local(root)
    wire = [root] if name in ("nitf", "newsItem") else [e for e in root.iter() if isinstance(e.tag, str) and _local(e) in ("nitf", "newsItem")]
    if wire:
        records = []
        for number, item in enumerate(wire, start=1):
            fields = _wire_fields(item, "nitf" if _local(item) == "nitf" else "newsml")
            where = f"{_local(item)} {number}"
            if not fields["title"] and not fields["text"].strip():
                raise FormatError(f"{where} has no headline and no text")
            records.append((fields, where))
        return articles_from_records(records, first_position=first_position, reference_date=reference_date)
    refusal = f"not an RSS or Atom feed: root element <{name}> (nor a NITF or NewsML item, or an export of article records)"
    record = _as_record(root)
    records = next(iter(record.values())) if isinstance(record, dict) and len(record) == 1 else None
    # <export><article>...</article><article>...</article></export>: repeated records of fields.
    if not isinstance(records, list) or not all(isinstance(r, dict) and len(r) >= 2 for r in records):
        raise FormatError(refusal)
    try:
        return article_from_json_document(records, first_position=first_position, reference_date=reference_date)
    except FormatError as exc:
        raise FormatError(f"{refusal}: {exc}") from None


def read_feed(text: str, *, first_position: int = 0, reference_date: dt.date | None = None) -> list[Article]:
    """Articles of an RSS or Atom feed, one per item, in feed order.

    All or nothing: an item with neither title nor text refuses the whole feed.
    """
    root = _parse(text)
    kind = ROOTS.get(_local(root))
    if kind is None:
        return _read_xml_export(root, first_position=first_position, reference_date=reference_date)
    channel = _children(root).get("channel")
    # Atom entries and RSS 1.0 items sit under the root; RSS 2.0 items inside <channel>.
    item_name = "entry" if kind == "Atom" else "item"
    container = channel if kind == "RSS" and channel is not None else root
    feed_title = _site_name(_text(_children(channel if channel is not None else root).get("title")))
    items = [c for c in container if isinstance(c.tag, str) and _local(c) == item_name]
    if not items:
        raise FormatError(f"no articles (the {kind} feed has no <{item_name}>)")
    records = []
    for number, item in enumerate(items, start=1):
        fields = _item_fields(item, feed_title=feed_title)
        where = f"{item_name} {number}"
        if not fields["title"] and not fields["text"].strip():
            raise FormatError(f"{where} has no title and no text (<title>, <content:encoded>, <content>, <description> or <summary>)")
        records.append((fields, where))
    return articles_from_records(records, first_position=first_position, reference_date=reference_date)
