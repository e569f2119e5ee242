"""Markdown pages: front matter and markup turned into the clean prose the plain-text reader reads.

Front matter (``---`` YAML-style or ``+++`` TOML-style ``key: value`` lines) gives the
title, date, outlet and url; a ``#`` heading is the title otherwise, and a file with
several top-level headings holds one article under each. Link text stays; URLs,
images, emphasis markers, list bullets, block-quote markers and code fences go.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re

from tracker.models import Article
from tracker.readers.dates import normalize_field_date
from tracker.readers.plaintext import read_text
from tracker.readers.titles import title_fault

FRONT_MATTER_FENCES = {"---": ("---", "..."), "+++": ("+++",)}
# Front matter keys per field, as static-site generators and note exporters write them.
FRONT_MATTER_KEYS = {
    "title": ("title", "headline"),
    "published": ("date", "published", "pubdate", "publishdate", "published_at", "created"),
    "outlet": ("source", "outlet", "publisher", "publication", "site"),
    "url": ("url", "link", "canonical_url", "source_url", "original_url"),
}
MAX_FRONT_MATTER_LINES = 200
# A date line or byline is short; a longer line is prose.
MAX_HEADER_LINE = 160
# What such a line is (``titles.title_fault``): a date line, a byline or credit, a publication line ("Harbour Times, 4 May 2024").
_HEADER_FAULTS = frozenset({"date", "byline", "publication"})

_ATX_HEADING = re.compile(r"^ {0,3}(#{1,6})(?:\s+(.*?))?(?:\s+#+)?\s*$")
_SETEXT_UNDERLINE = re.compile(r"^ {0,3}(=+|-+)\s*$")
_RULE = re.compile(r"^ {0,3}(?:(?:\*\s*){3,}|(?:-\s*){3,}|(?:_\s*){3,})$")
_FENCE = re.compile(r"^ {0,3}(```|~~~)")
_QUOTE_MARKER = re.compile(r"^ {0,3}(?:>\s?)+")
_LIST_MARKER = re.compile(r"^\s*(?:[-*+]|\d{1,9}[.)])\s+(?:\[[ xX]\]\s+)?")
_TABLE_DIVIDER = re.compile(r"^\s*\|?\s*:?-{2,}:?\s*(?:\|\s*:?-{2,}:?\s*)*\|?\s*$")
_REFERENCE_DEFINITION = re.compile(r"^ {0,3}\[[^\]]{1,200}\]:\s+\S")
_FRONT_MATTER_LINE = re.compile(r"^([A-Za-z_][\w-]{0,40})\s*[:=]\s*(.*)$")

_IMAGE = re.compile(r"!\[[^\]\n]{0,500}\](?:\([^)\n]{0,2000}\)|\[[^\]\n]{0,200}\])")
# Obsidian and wiki notes: "![[map.png]]" embeds a file; "[[Note]]", "[[Note#Section]]" and "[[Note|shown words]]"
# link to a note, showing its name (without the section) or the words after the bar
_WIKI_EMBED = re.compile(r"!\[\[[^\]\n]{1,500}\]\]")
_WIKI_LINK = re.compile(r"\[\[(?:([^\]|#\n]{1,500})(?:#[^\]|\n]{0,500})?|[^\]|\n]{0,500}\|([^\]|\n]{1,500}))\]\]")
_INLINE_LINK = re.compile(r"\[([^\]\n]{0,500})\]\([^)\n]{0,2000}\)")
_REFERENCE_LINK = re.compile(r"\[([^\]\n]{1,500})\]\[[^\]\n]{0,200}\]")
_FOOTNOTE = re.compile(r"\[\^[^\]\n]{1,50}\]")
_AUTOLINK = re.compile(r"\s*<(?:https?|ftp|mailto):[^>\s]{1,2000}>", re.I)
_HTML_TAG = re.compile(r"</?[A-Za-z][A-Za-z0-9-]{0,20}(?:\s[^<>]{0,500})?/?>")
_CODE_SPAN = re.compile(r"(`+)(.+?)\1")
# Emphasis: ** and __ pairs, then single * and _ only at word edges (snake_case stays).
_STRONG = re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1")
_EMPHASIS_STAR = re.compile(r"(?<![\w*])\*(?=\S)(.+?)(?<=\S)\*(?![\w*])")
_EMPHASIS_UNDERSCORE = re.compile(r"(?<![\w_])_(?=\S)(.+?)(?<=\S)_(?![\w_])")
_STRIKE = re.compile(r"~~(?=\S)(.+?)(?<=\S)~~")
_HIGHLIGHT = re.compile(r"==(?=\S)(.+?)(?<=\S)==")  # Obsidian's and other editors' highlighted words
_ESCAPE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!>|~])")


def _split_front_matter(lines: list[str]) -> tuple[dict[str, str], list[str]]:
    """(front matter fields, the remaining lines); fields by lower-case key, quotes removed."""
    if not lines or lines[0].strip() not in FRONT_MATTER_FENCES:
        return {}, lines
    closers = FRONT_MATTER_FENCES[lines[0].strip()]
    end = next((i for i in range(1, min(len(lines), MAX_FRONT_MATTER_LINES)) if lines[i].strip() in closers), None)
    if end is None:
        return {}, lines
    fields: dict[str, str] = {}
    for line in lines[1:end]:
        match = _FRONT_MATTER_LINE.match(line)
        if match and match[2].strip():
            value = match[2].strip()
            if len(value) >= 2 and value[0] == value[-1] and value[0] in "\"'":
                value = value[1:-1].replace("''", "'") if value[0] == "'" else value[1:-1].replace('\\"', '"')
            fields.setdefault(match[1].lower(), value)
    return fields, lines[end + 1 :]


def _field(fields: dict[str, str], name: str) -> str | None:
    return next((fields[key] for key in FRONT_MATTER_KEYS[name] if fields.get(key)), None)


def inline_text(line: str) -> str:
    """One line of Markdown as the words a reader sees: link text kept, markers and URLs dropped."""
    line = _IMAGE.sub("", line)
    if "[[" in line:
        line = _WIKI_EMBED.sub("", line)
        line = _WIKI_LINK.sub(lambda m: (m[2] or m[1] or "").strip(), line)
    line = _INLINE_LINK.sub(r"\1", line)
    line = _REFERENCE_LINK.sub(r"\1", line)
    line = _FOOTNOTE.sub("", line)
    line = _AUTOLINK.sub("", line)
    line = _HTML_TAG.sub("", line)
    line = _CODE_SPAN.sub(lambda m: m[2].strip(), line)
    for pattern in (_STRONG, _STRONG, _STRIKE, _HIGHLIGHT, _EMPHASIS_STAR, _EMPHASIS_UNDERSCORE):
        line = pattern.sub(lambda m: m[m.lastindex], line)
    line = _ESCAPE.sub(r"\1", line)
    return " ".join(line.split())


def _header_lines_apart(lines: list[str]) -> list[list[str]]:
    """A paragraph's lines in groups read as paragraphs: a date line or a byline among them ("May 4, 2024",
    "By Ana Lind | Harbour Times", "Harbour Times, 4 May 2024") stands apart, so that a copy without ``#`` headings ("Headline" /
    "May 4, 2024" / "By Ana Lind", no blank line between) keeps its headline a line of its own."""
    if len(lines) < 2:
        return [lines] if lines else []
    groups: list[list[str]] = [[]]
    for line in lines:
        if len(line) <= MAX_HEADER_LINE and title_fault(inline_text(line)) in _HEADER_FAULTS:
            groups.extend([[line], []])
        else:
            groups[-1].append(line)
    return [group for group in groups if group]


def _blocks(lines: list[str]) -> list[tuple[str, str]]:
    """(kind, text) blocks: "h1" for a top-level heading, else "text" (one paragraph a block)."""
    blocks: list[tuple[str, str]] = []
    paragraph: list[str] = []
    in_fence = False

    def flush() -> None:
        for group in _header_lines_apart(paragraph):
            text = inline_text(" ".join(group))
            if text:
                blocks.append(("text", text))
        paragraph.clear()

    for line in lines:
        if _FENCE.match(line):
            flush()
            in_fence = not in_fence
            continue
        if in_fence:
            if line.strip():
                blocks.append(("text", line.strip()))
            continue
        stripped = _QUOTE_MARKER.sub("", line)
        if not stripped.strip():
            flush()
            continue
        underline = _SETEXT_UNDERLINE.match(stripped)
        if underline and paragraph and len(paragraph) == 1:
            # "Title" over "=====" (or "-----"): a heading, not a rule
            text = inline_text(paragraph.pop())
            blocks.append(("h1" if underline[1][0] == "=" else "text", text))
            continue
        if _RULE.match(stripped):  # decoration between sections; articles are cut at headings
            flush()
            continue
        heading = _ATX_HEADING.match(stripped)
        if heading:
            flush()
            text = inline_text(heading[2] or "")
            if text:
                blocks.append(("h1" if len(heading[1]) == 1 else "text", text))
            continue
        if _REFERENCE_DEFINITION.match(stripped) or _TABLE_DIVIDER.match(stripped) and "-" in stripped:
            continue
        if stripped.lstrip().startswith("|"):
            flush()
            cells = [inline_text(c) for c in stripped.strip().strip("|").split("|")]
            blocks.append(("text", "; ".join(c for c in cells if c)))
            continue
        item = _LIST_MARKER.match(stripped)
        if item:
            flush()
            paragraph.append(stripped[item.end() :])
            continue
        paragraph.append(stripped.strip())
    flush()
    return blocks


def _sections(blocks: list[tuple[str, str]]) -> list[list[tuple[str, str]]]:
    """One section per top-level heading when there are several, else the whole page."""
    if sum(1 for kind, _ in blocks if kind == "h1") < 2:
        return [blocks]
    sections: list[list[tuple[str, str]]] = [[]]
    for block in blocks:
        if block[0] == "h1" and any(kind == "text" for kind, _ in sections[-1]):
            sections.append([])
        sections[-1].append(block)
    return sections


def read_markdown(text: str, *, reference_date: dt.date, first_position: int = 0) -> list[Article]:
    """Articles of a Markdown page: its prose read as a plain-text dump, front matter fields on top."""
    fields, lines = _split_front_matter(text.split("\n"))
    sections = _sections(_blocks(lines))
    title = _field(fields, "title")
    if title and len(sections) == 1:
        title = inline_text(title)
        blocks = sections[0]
        if blocks and blocks[0][1].casefold() == title.casefold():
            del blocks[0]
        blocks.insert(0, ("h1", title))
    articles: list[Article] = []
    for section in sections:
        prose = "\n\n".join(block for _, block in section)
        articles.extend(read_text(prose, reference_date=reference_date, first_position=first_position + len(articles)))
    published = normalize_field_date(_field(fields, "published"), reference_date=reference_date)
    outlet, url = _field(fields, "outlet"), _field(fields, "url")
    single = len(articles) == 1
    for n, article in enumerate(articles):
        changes: dict[str, str] = {}
        # The front matter dates the page: it outranks a date line of a one-article page, and
        # dates the articles of a digest that carry none of their own.
        if published and (single or not article.published):
            changes.update(published=published, published_basis="field")
        if outlet and not article.outlet:
            changes["outlet"] = inline_text(outlet)
        if url and single and not article.url:
            changes["url"] = url
        articles[n] = dataclasses.replace(article, **changes)
    return articles
