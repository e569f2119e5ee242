"""HTML news pages: metadata from meta tags, <time> and JSON-LD; main text from trafilatura.

trafilatura is called without its metadata step (that step runs htmldate); the
few fields we need are read here from the parsed page, so nothing is fetched.
"""

from __future__ import annotations

import copy
import datetime as dt
import json
import re

import lxml.etree
import lxml.html
import trafilatura

from tracker.models import Article
from tracker.readers.credits import without_credits
from tracker.readers.dates import (
    normalize_field_date,
    parse_date_line,
    parse_date_parts,
    parse_dateline,
)
from tracker.readers.decoding import normalize_text
from tracker.readers.errors import FormatError
from tracker.readers.plaintext import (
    byline_date,
    drop_furniture,
    last_edited,
    paragraphs_of,
    title_date,
    written_stamp,
)
from tracker.readers.titles import MAX_TITLE, looks_like_headline, title_fault

_CHARSET = re.compile(rb"<meta[^>]{0,200}?charset\s*=\s*[\"']?\s*([A-Za-z0-9_.:-]{1,40})", re.I)
_XML_PROLOG = re.compile(r"^\s*<\?xml[^>]{0,200}\?>", re.I)
# " | Site", " - Site", " — Site" at the end of a <title>; the site part must be short.
_TITLE_SUFFIX = re.compile(r"^(?P<title>.{8,}?)\s+(?:\||-|\u2013|\u2014|::|\u00b7)\s+(?P<site>[^|\u2013\u2014]{2,60})$")
_SPACE = re.compile(r"[ \t\u00a0]+")

TITLE_META = ("og:title", "twitter:title", "dc.title", "headline")
# Headings looked at for a headline when the page's title is a masthead or a label.
MAX_TITLE_HEADINGS = 6
SITE_META = ("og:site_name", "application-name", "publisher", "dc.publisher", "twitter:site")
DATE_META = (
    "article:published_time", "og:article:published_time", "datepublished", "pubdate", "publishdate",
    "publish-date", "publish_date", "published_time", "date", "dc.date", "dc.date.issued", "dcterms.date",
    "dcterms.issued", "sailthru.date", "parsely-pub-date", "article.published", "originalpublicationdate",
)
URL_META = ("og:url", "twitter:url")
JSONLD_ARTICLE_TYPES = {"newsarticle", "article", "reportagenewsarticle", "blogposting", "analysisnewsarticle", "webpage", "liveblogposting"}
# Removed before the fallback text walk: page furniture, not article text.
FURNITURE_TAGS = ("script", "style", "noscript", "template", "nav", "header", "footer", "aside", "form", "button", "svg", "iframe")
BLOCK_TAGS = ("p", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "pre", "td")
MAX_TREE_ELEMENTS = 200_000
# Less text than this is a menu or a stub, not an article.
MIN_TEXT_CHARS = 25
# huge_tree: libxml2 otherwise silently drops a text node over 10 MB (one-line pages).
_PARSER = lxml.html.HTMLParser(huge_tree=True)


def declared_charset(data: bytes) -> str | None:
    """The charset a page declares in a ``<meta>`` tag near its start."""
    match = _CHARSET.search(data[:4096])
    return match.group(1).decode("ascii", "replace") if match else None


def _clean_line(text: str) -> str:
    return _SPACE.sub(" ", normalize_text(text)).strip()


def _parse(text: str) -> lxml.html.HtmlElement:
    text = _XML_PROLOG.sub("", text, count=1)
    try:
        root = lxml.html.document_fromstring(text, parser=_PARSER)
    except (lxml.etree.ParserError, ValueError) as exc:
        raise FormatError(f"unparseable HTML ({exc})") from None
    if root is None:
        raise FormatError("unparseable HTML (no document)")
    return root


def _meta(root: lxml.html.HtmlElement) -> dict[str, str]:
    """``property``/``name``/``itemprop`` of each <meta> (lower case) to its content; first wins."""
    found: dict[str, str] = {}
    for meta in root.iter("meta"):
        key = meta.get("property") or meta.get("name") or meta.get("itemprop")
        content = meta.get("content")
        if key and content and content.strip():
            found.setdefault(key.strip().lower(), content.strip())
    return found


def _jsonld_articles(root: lxml.html.HtmlElement) -> list[dict]:
    """Article-like objects of every JSON-LD block (``@graph`` and lists included)."""
    objects: list[dict] = []
    for script in root.iter("script"):
        if (script.get("type") or "").strip().lower() != "application/ld+json" or not script.text:
            continue
        try:
            document = json.loads(script.text)
        except (json.JSONDecodeError, RecursionError):
            continue
        stack = [document]
        while stack and len(objects) < 50:
            item = stack.pop(0)
            if isinstance(item, list):
                stack.extend(item)
            elif isinstance(item, dict):
                if isinstance(item.get("@graph"), list):
                    stack.extend(item["@graph"])
                kind = item.get("@type")
                kinds = kind if isinstance(kind, list) else [kind]
                if any(isinstance(k, str) and k.lower() in JSONLD_ARTICLE_TYPES for k in kinds):
                    objects.append(item)
    return objects


def _published(root: lxml.html.HtmlElement | None, meta: dict[str, str], jsonld: list[dict], *, reference_date: dt.date | None = None) -> str | None:
    """The page's publication date: meta tags, then JSON-LD, then its <time> elements (with ``root``)."""
    for key in DATE_META:
        if key in meta:
            found = normalize_field_date(meta[key], reference_date=reference_date)
            if found:
                return found
    for item in jsonld:
        found = normalize_field_date(item.get("datePublished") or item.get("dateCreated"), reference_date=reference_date)
        if found:
            return found
    for time in _times_by_relevance(root) if root is not None else ():
        found = normalize_field_date(time.get("datetime") or time.text_content().strip(), reference_date=reference_date)
        if found:
            return found
    return None


def _times_by_relevance(root: lxml.html.HtmlElement) -> list[lxml.html.HtmlElement]:
    """<time> elements: marked as publication time first, then inside the article, then the rest
    (a masthead clock or a sidebar list must not date the story)."""
    times = list(root.iter("time"))

    def rank(element: lxml.html.HtmlElement) -> int:
        marks = " ".join(element.get(a, "") for a in ("itemprop", "class", "pubdate", "id")).lower()
        if "datepublished" in marks or "publish" in marks or element.get("pubdate") is not None:
            return 0
        if any(a.tag in ("article", "main") for a in element.iterancestors()):
            return 1
        return 2

    return sorted(times, key=rank)


def _title(root: lxml.html.HtmlElement, meta: dict[str, str], jsonld: list[dict]) -> tuple[str | None, str | None, bool]:
    """(title, site name seen in the <title> suffix, whether the title is only the page's <title>)."""
    page_title = None
    title_element = root.find(".//title")
    if title_element is not None and title_element.text_content().strip():
        page_title = _clean_line(title_element.text_content())
    suffix_site = None
    if page_title and len(page_title) <= MAX_TITLE:
        match = _TITLE_SUFFIX.match(page_title)
        if match:
            page_title, suffix_site = match["title"].strip(), match["site"].strip()
    for key in TITLE_META:
        if key in meta:
            return _clean_line(meta[key]), suffix_site, False
    for item in jsonld:
        if isinstance(item.get("headline"), str) and item["headline"].strip():
            return _clean_line(item["headline"]), suffix_site, False
    h1 = next((h for h in root.iter("h1") if h.text_content().strip()), None)
    if h1 is not None:
        return _clean_line(h1.text_content()), suffix_site, False
    return page_title, suffix_site, True


def _title_candidates(root: lxml.html.HtmlElement, meta: dict[str, str], jsonld: list[dict]) -> list[str]:
    """Every title the page gives, in ``_title``'s order of trust, then its second-level headings."""
    found = [_clean_line(meta[key]) for key in TITLE_META if key in meta]
    found += [_clean_line(item["headline"]) for item in jsonld if isinstance(item.get("headline"), str)]
    found += [_clean_line(h.text_content()) for tag in ("h1", "h2") for h in root.iter(tag)][:MAX_TITLE_HEADINGS]
    title_element = root.find(".//title")
    if title_element is not None:
        page_title = _clean_line(title_element.text_content())
        match = _TITLE_SUFFIX.match(page_title) if len(page_title) <= MAX_TITLE else None
        found.append(match["title"].strip() if match else page_title)
    return [title for title in found if title]


# A labelled date in the page's header line: "Posted: 17/05/2022 | Category: Releases | Views: 3,412".
_DATE_LABEL = re.compile(r"^(?:posted|published|first published|date|dated|released|issued|publicado|publi\u00e9|ver\u00f6ffentlicht|pubblicato)\b", re.I)
_LATER_LABEL = re.compile(r"^(?:last\s+)?(?:updated|modified|edited)\b", re.I)
_HEADER_PARTS = re.compile(r"\s*[|\u00b7\u2022]\s*")
# Class or id words of an element that holds the page's date line.
_DATE_MARKS = ("date", "posted", "published", "byline", "meta", "dateline", "timestamp")
DATE_LINE_TAGS = ("div", "p", "span", "small", "td", "li", "em", "font", "b", "strong")
MAX_DATE_LINE = 160


def _short_text(element: lxml.html.HtmlElement, limit: int) -> str | None:
    """The element's text when it is at most ``limit`` characters, else None, read no further than
    that (a page's outer <div>s would otherwise be read whole, once for each)."""
    parts: list[str] = []
    size = 0
    for piece in element.itertext():
        size += len(piece)
        if size > limit:
            return None
        parts.append(piece)
    return "".join(parts)


def _labelled_date(root: lxml.html.HtmlElement, *, reference_date: dt.date | None = None) -> str | None:
    """The date of the first short line labelled as the publication date ("Posted: 17/05/2022"),
    or of a line in an element marked as the date line (class "meta", "date", "byline"); an
    "Updated" part never counts. Page furniture (navigation, sidebars, footers) is skipped."""
    furniture = {element for tag in ("nav", "aside", "footer") for container in root.iter(tag) for element in container.iter()}
    for element in root.iter(*DATE_LINE_TAGS):
        text = _short_text(element, 2 * MAX_DATE_LINE)
        text = _clean_line(text) if text is not None else ""
        if not text or len(text) > MAX_DATE_LINE or not any(c.isdigit() for c in text):
            continue
        if element in furniture:
            continue
        marks = " ".join(element.get(a, "") for a in ("class", "id")).lower()
        marked = any(mark in marks for mark in _DATE_MARKS)
        for part in _HEADER_PARTS.split(text):
            if _LATER_LABEL.match(part) or not (marked or _DATE_LABEL.match(part)):
                continue
            found = parse_date_line(part, reference_date=reference_date)
            if found:
                return found
    return None


# Elements whose text may be a page's "last edited" footer line.
FOOTER_LINE_TAGS = ("li", "p", "div", "span", "small", "td", "footer")


def _edited_footer(root: lxml.html.HtmlElement) -> str | None:
    """The date of the page's footer line saying when it was last edited ("Page last updated: 3 June 2025"):
    an element whose whole short text is that line, the last one on the page."""
    found = None
    for element in root.iter(*FOOTER_LINE_TAGS):
        text = _short_text(element, MAX_DATE_LINE)
        if text and "last" in text.lower() and (when := last_edited(_clean_line(text))):
            found = when
    return found


def _is_headline(line: str, root: lxml.html.HtmlElement, page_title: str | None) -> bool:
    """True when ``line`` is the text of a heading element, of a headline's length, that the page's
    <title> does not already give."""
    if len(line.split()) < 4 or len(line) > MAX_TITLE or line.endswith("."):
        return False
    if page_title and (line.casefold() in page_title.casefold() or page_title.casefold() in line.casefold()):
        return False
    if page_title and len(page_title.split()) >= len(line.split()) and "|" not in page_title:
        return False  # a <title> as long as the heading is the headline, the heading a subhead
    return any(_clean_line(h.text_content()) == line for h in root.iter("h2", "h3"))


def _outlet(meta: dict[str, str], jsonld: list[dict], suffix_site: str | None) -> str | None:
    for key in SITE_META:
        if key in meta and not meta[key].startswith("@"):
            return _clean_line(meta[key])
    for item in jsonld:
        publisher = item.get("publisher")
        if isinstance(publisher, dict) and isinstance(publisher.get("name"), str):
            return _clean_line(publisher["name"])
    return suffix_site


def _url(root: lxml.html.HtmlElement, meta: dict[str, str]) -> str | None:
    for link in root.iter("link"):
        if (link.get("rel") or "").strip().lower() == "canonical" and link.get("href"):
            return link.get("href").strip()
    for key in URL_META:
        if key in meta:
            return meta[key]
    return None


def _main_text(root: lxml.html.HtmlElement) -> list[str]:
    """Paragraphs of the main text per trafilatura (precision over recall)."""
    try:
        extracted = trafilatura.extract(
            copy.deepcopy(root),  # trafilatura prunes the tree it is given
            output_format="txt",
            favor_precision=True,
            include_comments=False,
            include_tables=False,
            include_images=False,
            include_links=False,
            with_metadata=False,
            deduplicate=False,
        )
    except Exception:  # noqa: BLE001 - a third-party parser on hostile input; fall back below
        extracted = None
    if not extracted:
        return []
    return [line for line in (_clean_line(l) for l in extracted.split("\n")) if line]


def _fallback_text(root: lxml.html.HtmlElement) -> list[str]:
    """Block elements of <article>, <main> or <body> without page furniture."""
    for tag in FURNITURE_TAGS:
        for element in list(root.iter(tag)):
            parent = element.getparent()
            if parent is not None:
                element.drop_tree()
    container = root
    for candidate in (next(root.iter("article"), None), next(root.iter("main"), None), root.find("body")):
        if candidate is not None:
            container = candidate
            break
    blocks = [_clean_line(e.text_content()) for e in container.iter(*BLOCK_TAGS)]
    blocks = [b for b in blocks if b]
    if not blocks:
        blocks = [_clean_line(line) for line in container.text_content().split("\n")]
        blocks = [b for b in blocks if b]
    return blocks


# A paragraph of text (not a label) is what trafilatura lifts.
MIN_LIFTED_CHARS = 80


def _in_document_order(paragraphs: list[str], document: str) -> list[str]:
    """Paragraphs with the first put back where the page has it, when trafilatura lifted it above
    the ones before it (a live page's first entry above the badge, headline and day heading).

    Only the first paragraph is checked, against the following ones found in turn, so the
    search runs once over the page; when a paragraph cannot be found the order is kept.
    """
    if len(paragraphs) < 2 or len(paragraphs[0]) < MIN_LIFTED_CHARS:
        return paragraphs
    first_at = document.find(paragraphs[0])
    cursor = document.find(paragraphs[1])
    if first_at < 0 or cursor < 0 or first_at < cursor:
        return paragraphs
    for index in range(1, len(paragraphs)):
        at = document.find(paragraphs[index], cursor)
        if at < 0:
            return paragraphs
        if at > first_at:
            return paragraphs[1:index] + [paragraphs[0]] + paragraphs[index:]
        cursor = at
    return paragraphs[1:] + [paragraphs[0]]


# Lines above the headline that are labels, not text: a section kicker ("AMERICAS", "WORLD · PERU"), a "LIVE" badge.
MAX_LABEL_CHARS = 40
HEADER_SEARCH = 4


def _without_header(paragraphs: list[str], headings: set[str]) -> list[str]:
    """The text without the headline the extractor kept at its top, and the short labels above it."""
    for index, paragraph in enumerate(paragraphs[:HEADER_SEARCH]):
        if paragraph in headings:
            above = paragraphs[:index]
            if all(len(line) <= MAX_LABEL_CHARS and not line.endswith((".", "!", "?", '"', "\u201d")) for line in above):
                return paragraphs[index + 1 :]
            break
    return paragraphs


_HIDDEN_STYLE = re.compile(r"(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)", re.I)


def _label_date(paragraphs: list[str], headings: set[str], *, reference_date: dt.date) -> tuple[str, str] | None:
    """(published, basis) of a date in the short lines ``_without_header`` drops above the headline: an outlet's or
    desk's line with its date ("Nordlys | 12 March 2024"), a date line."""
    for index, paragraph in enumerate(paragraphs[:HEADER_SEARCH]):
        if paragraph in headings:
            for line in paragraphs[:index]:
                if len(line) <= MAX_LABEL_CHARS and (found := parse_date_line(line, reference_date=reference_date) or parse_date_parts(line, reference_date=reference_date)):
                    return (found, "dateline") if isinstance(found, str) else found
            return None
    return None


def _is_hidden(element: lxml.html.HtmlElement) -> bool:
    """An element the page never shows: ``hidden``, or an inline style of ``display:none``."""
    if not isinstance(element.tag, str):
        return False
    return element.get("hidden") is not None or bool(_HIDDEN_STYLE.search(element.get("style") or ""))


def html_fragment_text(fragment: str) -> str:
    """Plain text of an HTML fragment (a JSON field holding markup), paragraphs on separate lines."""
    try:
        root = lxml.html.fragment_fromstring(fragment, create_parent="div")
    except (lxml.etree.ParserError, ValueError):
        return fragment
    for element in list(root.iter("style", "script", "title", "head")) + [e for e in root.iter() if _is_hidden(e)]:
        if element.getparent() is not None:
            element.drop_tree()  # a newsletter's hidden preheader, its style sheet: no text a reader sees
    for br in root.iter("br"):
        br.tail = "\n" + (br.tail or "")
    for block in root.iter(*BLOCK_TAGS, "h1", "div"):  # a newsletter's headline in <h1>: a line of its own
        block.tail = "\n\n" + (block.tail or "")
    return root.text_content()


# An <article> element is a story of its own (not a teaser card) with this much text in two blocks or more.
MIN_STORY_CHARS = 200
# Share of all <article> text the stories must hold for the page to be read as several of them.
MIN_STORIES_SHARE = 0.8
STORY_BLOCKS = ("p", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "pre")


def _story_parts(element: lxml.html.HtmlElement) -> tuple[str | None, list[str], lxml.html.HtmlElement]:
    """(heading, text blocks, furniture-free copy) of one <article> element."""
    story = copy.deepcopy(element)
    for tag in FURNITURE_TAGS:
        for child in list(story.iter(tag)):
            if child.getparent() is not None:
                child.drop_tree()
    heading_element = next((h for h in story.iter("h1", "h2", "h3") if h.text_content().strip()), None)
    heading = _clean_line(heading_element.text_content()) if heading_element is not None else None
    blocks = []
    for block in story.iter(*STORY_BLOCKS):
        if block is heading_element or any(a.tag in STORY_BLOCKS for a in block.iterancestors()):
            continue
        line = _clean_line(block.text_content())
        if line:
            blocks.append(line)
    return heading, drop_furniture(blocks), story


def _credits_date(credits: list[str], *, reference_date: dt.date) -> tuple[str, str] | None:
    """(published, basis) of the first date the page's credit lines carry (``plaintext.byline_date``)."""
    return next((found for line in credits if (found := byline_date(line, reference_date=reference_date))), None)


def _several_articles(
    root: lxml.html.HtmlElement, *, reference_date: dt.date, first_position: int, outlet: str | None, page_published: str | None
) -> list[Article] | None:
    """The stories of a page that holds several, each in its own <article> with a heading and text
    (a newsletter or a ministry's statements page saved as HTML); None for a page of one story
    (teaser cards of related stories beside it are too short to count)."""
    elements = [
        a for a in root.iter("article")
        if not any(p.tag in ("article", "nav", "aside", "footer") for p in a.iterancestors())
    ]  # fmt: skip
    if len(elements) < 2:
        return None
    parts = [_story_parts(element) for element in elements]
    total = sum(len(line) for _, blocks, _ in parts for line in blocks)
    stories = [(h, b, e) for h, b, e in parts if h and len(b) >= 2 and sum(len(line) for line in b) >= MIN_STORY_CHARS]
    if len(stories) < 2 or sum(len(line) for _, b, _ in stories for line in b) < MIN_STORIES_SHARE * total:
        return None
    articles = []
    for heading, blocks, story in stories:
        published, basis = None, "reference"
        for time in _times_by_relevance(story):
            published = normalize_field_date(time.get("datetime") or time.text_content().strip(), reference_date=reference_date)
            if published:
                basis = "meta"
                break
        if published is None:
            published = _labelled_date(story, reference_date=reference_date)
            basis = "dateline" if published else basis
        # A date line opening the text dates the story and leaves it.
        while blocks and len(blocks) > 1 and (found := parse_date_line(blocks[0], reference_date=reference_date) or parse_date_parts(blocks[0], reference_date=reference_date)):
            if published is None:
                published, basis = found if isinstance(found, str) else found[0], "dateline"
            blocks = blocks[1:]
        blocks, credited, credits = without_credits(blocks)
        if published is None and (found := _credits_date(credits, reference_date=reference_date)):
            published, basis = found
        if published is None and page_published:
            published, basis = page_published, "meta"
        title = heading if len(heading) <= MAX_TITLE else heading[:MAX_TITLE].rsplit(" ", 1)[0] + "\u2026"
        articles.append(
            Article(title=title, text="\n\n".join(written_stamp(b) for b in blocks), position=first_position + len(articles), outlet=outlet or credited, published=published, published_basis=basis)
        )
    return articles


# A Telegram Desktop export's message time, in the title of its date element: "04.03.2024 10:45:12 UTC+05:00".
_TELEGRAM_TIME = re.compile(r"^(?P<day>\d{2})\.(?P<month>\d{2})\.(?P<year>\d{4}) (?P<clock>\d{2}:\d{2}:\d{2})(?: UTC(?P<zone>[+-]\d{2}:\d{2}))?$")


def _classes(element: lxml.html.HtmlElement) -> set[str]:
    return set((element.get("class") or "").split())


def _telegram_posts(root: lxml.html.HtmlElement, *, first_position: int) -> list[Article] | None:
    """The posts of a Telegram Desktop chat or channel export (``messages.html``), one article each
    with its own time; None when the page is no such export."""
    messages = [m for m in root.iter("div") if {"message", "default"} <= _classes(m)]
    if not messages:
        return None
    header = next((d for d in root.iter("div") if "page_header" in _classes(d)), None)
    channel = None
    if header is not None:
        name = next((d for d in header.iter("div") if "text" in _classes(d)), None)
        channel = _clean_line(name.text_content()) if name is not None else None
    articles: list[Article] = []
    for message in messages:
        frame = next((d for d in message if isinstance(d.tag, str) and "body" in _classes(d)), None)
        body = next((d for d in frame if isinstance(d.tag, str) and "text" in _classes(d)), None) if frame is not None else None
        if body is None:
            continue
        for br in body.iter("br"):
            br.tail = "\n" + (br.tail or "")
        text = "\n\n".join(line for line in (_clean_line(part) for part in body.text_content().split("\n")) if line)
        if not text:
            continue
        published = None
        stamp = next((d.get("title") for d in frame if isinstance(d.tag, str) and "date" in _classes(d) and d.get("title")), None)
        match = _TELEGRAM_TIME.match(stamp.strip()) if stamp else None
        if match:
            published = f"{match['year']}-{match['month']}-{match['day']}T{match['clock']}{match['zone'] or ''}"
            published = normalize_field_date(published)
        sender = next((d for d in frame if isinstance(d.tag, str) and "from_name" in _classes(d)), None)
        outlet = channel or (_clean_line(sender.text_content()) if sender is not None else None)
        title = _clean_line(text.split("\n", 1)[0])
        if len(title) > MAX_TITLE:
            title = title[:MAX_TITLE].rsplit(" ", 1)[0] + "\u2026"
        articles.append(
            Article(title=title, text=text, position=first_position + len(articles), outlet=outlet, published=published, published_basis="meta" if published else "reference")
        )
    if not articles:
        raise FormatError("no articles (the Telegram export holds no message with text)")
    return articles


# JSON-LD ``articleBody`` replaces the visible text when it is this many times longer (a teaser
# above a paywall); about as long, it is the same story and the page's own paragraphs are kept.
JSONLD_BODY_RATIO = 1.5
_BODY_MARKUP = re.compile(r"<(?:p|br|div|h[2-6]|li|blockquote)\b", re.I)


def _jsonld_story(jsonld: list[dict], title: str | None) -> str | None:
    """The ``articleBody`` of the page's own JSON-LD article, as paragraphs between blank lines.

    With several article objects (a page that also describes related stories) the one whose
    headline is the page's title is the page's; without one no body is taken.
    """
    bodies = [item for item in jsonld if isinstance(item.get("articleBody"), str) and item["articleBody"].strip()]
    if len(bodies) > 1:
        bodies = [item for item in bodies if title and isinstance(item.get("headline"), str) and _clean_line(item["headline"]) == title]
    if len(bodies) != 1:
        return None
    body = bodies[0]["articleBody"]
    if _BODY_MARKUP.search(body[:5000]):
        body = html_fragment_text(body)
    return paragraphs_of(body) or None


def read_html(text: str, *, reference_date: dt.date, first_position: int = 0) -> list[Article]:
    """The article of an HTML page (title, outlet, published time, url and main text), or each
    story of a page that holds several in their own <article> elements."""
    root = _parse(text)
    if sum(1 for _ in root.iter()) > MAX_TREE_ELEMENTS:
        raise FormatError(f"HTML too complex (more than {MAX_TREE_ELEMENTS} elements)")
    posts = _telegram_posts(root, first_position=first_position)
    if posts:
        return posts
    meta = _meta(root)
    jsonld = _jsonld_articles(root)
    title, suffix_site, page_title_only = _title(root, meta, jsonld)
    published = _published(root, meta, jsonld, reference_date=reference_date)
    labelled = None if published else _labelled_date(root, reference_date=reference_date)
    outlet = _outlet(meta, jsonld, suffix_site)
    url = _url(root, meta)
    if title and outlet:
        for separator in (" | ", " - ", " \u2013 ", " \u2014 "):
            if title.endswith(separator + outlet) and len(title) > len(separator + outlet):
                title = title[: -len(separator + outlet)].strip()
    if title and title_fault(title, outlets=(outlet, suffix_site)):
        # An og:title or <h1> that is the site's masthead ("THE LAGOON HERALD") or a section label, where
        # another title of the page (JSON-LD, another heading, the <title>) is the headline.
        title = next((t for t in _title_candidates(root, meta, jsonld) if looks_like_headline(t, outlets=(outlet, suffix_site))), title)
    page_published = _published(None, meta, jsonld, reference_date=reference_date)  # not a <time>: that is one of the stories'
    several = _several_articles(root, reference_date=reference_date, first_position=first_position, outlet=outlet, page_published=page_published)
    if several:
        return several
    headings = {title} | {_clean_line(h.text_content()) for h in root.iter("h1")}
    extracted = _main_text(root)
    body = root.find("body")
    if extracted and body is not None:
        extracted = _in_document_order(extracted, _clean_line(body.text_content()))
    extracted = drop_furniture(extracted or _fallback_text(root))
    header_date = _label_date(extracted, headings, reference_date=reference_date)
    paragraphs = _without_header(extracted, headings)
    story = _jsonld_story(jsonld, title)
    if story and len(story) > JSONLD_BODY_RATIO * sum(len(p) for p in paragraphs):
        # A paywalled page shows a teaser; the whole story is only in its JSON-LD ``articleBody``.
        paragraphs = _without_header(drop_furniture(story.split("\n\n")), headings)
    if page_title_only and paragraphs and _is_headline(paragraphs[0], root, title):
        # No headline mark-up but a heading opening the text, under a <title> that is only the
        # site's section ("News | Ministry of Foreign Affairs"): the heading is the headline.
        title, paragraphs = paragraphs[0], paragraphs[1:]
    elif title and len(paragraphs) > 1 and title_fault(title, outlets=(outlet, suffix_site)) and looks_like_headline(paragraphs[0], outlets=(outlet, suffix_site)):
        # Every title of the page is its masthead ("<title>THE LAGOON HERALD</title>", no headline
        # mark-up): the headline is the line opening the text ("<p><b>Headline</b></p>").
        title, paragraphs = paragraphs[0], paragraphs[1:]
    paragraphs, credited, credits = without_credits(paragraphs)  # "By Ivo Marek | The Lakeside Gazette" kept by the extractor
    outlet = outlet or credited
    if sum(len(p) for p in paragraphs) < MIN_TEXT_CHARS:
        raise FormatError("no article text found in the HTML page")
    basis = "meta" if published else "reference"
    if published is None and labelled:
        published, basis = labelled, "dateline"
    if published is not None and len(paragraphs) > 1 and _DATE_LABEL.match(paragraphs[0]) and parse_date_line(paragraphs[0]):
        paragraphs = paragraphs[1:]  # "Published 14 January 2025" opening the text of a page dated already: no text
    if published is None and len(paragraphs) > 1 and (found := parse_date_line(paragraphs[0], reference_date=reference_date) or parse_date_parts(paragraphs[0], reference_date=reference_date)):
        # A date line opening the text ("13 November 2025", "Fri, 14 Nov 2025 · 3 min read") dates the page and
        # leaves it; a day heading (<h3>Wednesday, 7 February 2024</h3>) heads a day's entries and stays.
        if paragraphs[0] not in {_clean_line(h.text_content()) for h in root.iter("h2", "h3", "h4", "h5", "h6")}:
            published, basis = (found, "dateline") if isinstance(found, str) else found
            paragraphs = paragraphs[1:]
    if published is None and (found := _credits_date(credits, reference_date=reference_date)):
        published, basis = found  # "By Rui Sousa, Harbour Ledger, 4 March 2024", as a text's byline dates it
    if published is None and header_date:
        published, basis = header_date  # "Nordlys | 12 March 2024" over the headline
    if published is None:
        published = parse_dateline(paragraphs[0], reference_date=reference_date)
        if published is None and len(paragraphs) > 1 and len(paragraphs[0]) <= MAX_DATE_LINE and _DATE_LABEL.match(paragraphs[0]):
            # "Posted: 04/07/2024 | Category: News" (which of the two numbers is the month, the page does not
            # say) above "KINGSTOWN, St Vincent, Thursday 4 July 2024 - ...": the release's own dateline dates it
            published = parse_dateline(paragraphs[1], reference_date=reference_date)
        basis = "dateline" if published else "reference"
    if not title:
        title = paragraphs[0]
    if published is None and (found := title_date(title, reference_date=reference_date)):
        published, basis = found, "dateline"  # a transcript's page titled "... Press Conference on 4 March 2024"
    if published is None and (found := _edited_footer(root)):
        # a page dated only by its footer ("This page was last edited on 4 May 2024, at 10:12 (UTC).", which the
        # text extraction leaves out): that day is the page's, as it is a text copy's
        published, basis = found, "meta"
        paragraphs = [p for p in paragraphs if not last_edited(p)] or paragraphs
    if len(title) > MAX_TITLE:
        title = title[:MAX_TITLE].rsplit(" ", 1)[0] + "\u2026"
    return [
        Article(
            title=title,
            text="\n\n".join(written_stamp(p) for p in paragraphs),
            position=first_position,
            outlet=outlet,
            published=published,
            published_basis=basis,
            url=url,
        )
    ]
