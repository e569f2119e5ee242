"""Caption files (WebVTT ``.vtt``, SubRip ``.srt``): a video report's words as an article.

Cue numbers and timing lines are dropped, the cues' text (voice, style and timestamp tags
removed) joined into sentences, since a caption cuts a sentence wherever the picture
changes. A new paragraph opens where the voice changes (``<v Anchor>`` to ``<v Reporter>``),
at a pause between cues, or after a sentence when the paragraph is already long. Metadata a
WebVTT file carries in its header or a ``NOTE`` block ("Title:", "Published:", "Source:")
gives the title, date and outlet; without a title the first sentence is the title.
"""

from __future__ import annotations

import datetime as dt
import html
import re

from tracker.models import Article
from tracker.readers.dates import normalize_field_date, parse_date_line, parse_date_parts
from tracker.readers.errors import FormatError
from tracker.readers.titles import MAX_TITLE, best_title

# "00:01:02.500 --> 00:01:05.000 align:start", "00:01:02,500 --> 00:01:05,000" (SubRip), "01:02.500 --> 01:05.000"
_TIMING = re.compile(r"^(?P<start>(?:\d{1,3}:)?\d{1,2}:\d{2}[.,]\d{1,3})\s*-->\s*(?P<end>(?:\d{1,3}:)?\d{1,2}:\d{2}[.,]\d{1,3})(?:\s.*)?$")
_CUE_NUMBER = re.compile(r"^\d{1,6}$")
_VOICE = re.compile(r"<v(?:\.[\w.-]+)?\s+([^>]{1,80})>", re.I)
_TAG = re.compile(r"</?[a-z][^>]{0,80}>|<\d{1,3}:\d{2}(?::\d{2})?[.,]\d{1,3}>", re.I)
_SRT_STYLE = re.compile(r"\{\\[^}]{0,40}\}")  # "{\an8}": a SubRip position code
# "Title: ...", "Published: ..." in the WebVTT header or a NOTE block.
_FIELD = re.compile(r"^(?P<key>[A-Za-z][\w -]{0,30}?)\s*:\s*(?P<value>\S.{0,299})$")
_TITLE_KEYS = {"title", "headline", "programme title", "program title", "episode"}
_DATE_KEYS = {"published", "date", "broadcast", "aired", "air date", "recorded", "created", "first broadcast"}
_OUTLET_KEYS = {"source", "outlet", "publisher", "channel", "broadcaster", "network", "programme", "program", "show"}
_SENTENCE_END = re.compile(r"[.!?][\"'\u201d\u2019)\]]*$")
_SENTENCE_SPLIT = re.compile(r"(?<=[.!?])\s+(?=[A-Z\"'\u201c\u2018])")
# A silence this long between two cues ends the paragraph.
PAUSE_SECONDS = 2.0
# A paragraph this long ends at the next cue that ends a sentence.
MAX_PARAGRAPH_CHARS = 600
_CAPTIONS_START = re.compile(r"^\ufeff?(?:WEBVTT(?:[ \t].*)?$|\d{1,6}[ \t]*\n(?:\d{1,3}:)?\d{1,2}:\d{2}[.,]\d{1,3}\s*-->)", re.M)


def looks_like_captions(text: str) -> bool:
    """True for a WebVTT file ("WEBVTT" on the first line) or a SubRip file (a cue number, then a timing line)."""
    match = _CAPTIONS_START.match(text.lstrip("\n")[:200])
    return match is not None


def _seconds(stamp: str) -> float:
    parts = stamp.replace(",", ".").split(":")
    seconds = 0.0
    for part in parts:
        seconds = seconds * 60 + float(part)
    return seconds


def _cue_text(line: str) -> tuple[str | None, str]:
    """(voice named by a ``<v>`` tag or None, the line's text without tags and entities)."""
    voice = _VOICE.search(line)
    text = html.unescape(_SRT_STYLE.sub("", _TAG.sub("", line)))
    return (voice.group(1).strip() if voice else None), " ".join(text.split())


def read_captions(text: str, *, reference_date: dt.date, first_position: int = 0) -> list[Article]:
    """The article a caption file holds (one per file)."""
    blocks = [block.split("\n") for block in re.split(r"\n[ \t]*\n", text.replace("\r\n", "\n").replace("\r", "\n").lstrip("\ufeff").strip())]
    fields: dict[str, str] = {}
    paragraphs: list[str] = []
    current: list[str] = []
    voice: str | None = None
    last_end: float | None = None
    cues_read = 0
    headline: str | None = None  # a first cue standing alone above the report: the bulletin's headline

    def close() -> None:
        if current:
            paragraphs.append(" ".join(current))
            current.clear()

    for number, block in enumerate(blocks):
        lines = [line.strip() for line in block if line.strip()]
        if not lines:
            continue
        head = lines[0]
        if number == 0 and head.startswith("WEBVTT"):
            _read_fields(lines[1:], fields)
            continue
        if head.startswith("NOTE") and (head == "NOTE" or head[4] in " \t"):
            _read_fields([head[4:].strip(), *lines[1:]], fields)
            continue
        if head in ("STYLE", "REGION"):
            continue
        timing_at = next((i for i, line in enumerate(lines[:2]) if _TIMING.match(line)), None)
        if timing_at is None:
            if number == 0 or (len(lines) == 1 and _CUE_NUMBER.match(head)):
                continue
            raise FormatError("not a caption file: a block without a cue timing line (00:00:01.000 --> 00:00:04.000)")
        timing = _TIMING.match(lines[timing_at])
        start, end = _seconds(timing["start"]), _seconds(timing["end"])
        cue_words = " ".join(_cue_text(line)[1] for line in lines[timing_at + 1 :]).strip()
        if cues_read <= 2 and not paragraphs and "published" not in fields and (when := _cue_date(cue_words, reference_date)):
            # "Late news, Tuesday 3 June 2025" alone in an opening cue: the broadcast's date, not its words;
            # a headline-like cue just above it is the title.
            fields["published"] = when
            if cues_read == 1 and len(current) == 1 and "title" not in fields and _headline_like(current[0]):
                headline = current.pop()
            cues_read += 1
            last_end = end
            continue
        if last_end is not None and start - last_end >= PAUSE_SECONDS:
            if cues_read == 1 and len(current) == 1 and "title" not in fields and _headline_like(current[0]):
                headline = current.pop()  # the first cue, then a silence: a title card
            close()
        last_end = end
        cues_read += 1
        for line in lines[timing_at + 1 :]:
            speaker, words = _cue_text(line)
            if speaker is not None and speaker != voice:
                close()
                voice = speaker
            if line.startswith("- ") or line.startswith("\u2013 "):  # "- Who's there?": a new speaker in a SubRip cue
                close()
                words = words[2:]
            if words:
                current.append(words)
        if current and sum(len(part) + 1 for part in current) >= MAX_PARAGRAPH_CHARS and _SENTENCE_END.search(current[-1]):
            close()
    close()
    if not paragraphs:
        raise FormatError("the caption file holds no cue text")
    # a "Title:" field or title card that is only the programme's banner or the channel gives way to the next
    title = best_title([fields.get("title"), headline, _SENTENCE_SPLIT.split(paragraphs[0][:1000], maxsplit=1)[0]], outlets=(fields.get("outlet"),))
    if len(title) > MAX_TITLE:
        title = title[:MAX_TITLE].rsplit(" ", 1)[0] + "\u2026"
    published = _date(fields.get("published"), reference_date)
    return [
        Article(
            title=title,
            text="\n\n".join(paragraphs),
            position=first_position,
            outlet=fields.get("outlet"),
            published=published,
            published_basis="field" if published else "reference",
        )
    ]


def _read_fields(lines: list[str], fields: dict[str, str]) -> None:
    """Title, published date and outlet from "Key: value" lines (the first of each kind wins)."""
    for line in lines:
        match = _FIELD.match(line)
        if not match:
            continue
        key, value = match["key"].strip().lower(), match["value"].strip()
        kind = "title" if key in _TITLE_KEYS else "published" if key in _DATE_KEYS else "outlet" if key in _OUTLET_KEYS else None
        if kind:
            fields.setdefault(kind, value)


_LABEL_BEFORE_DATE = re.compile(r"^[A-Z][\w'\u2019-]*(?:\s[\w'\u2019-]+){0,4},\s+(?=\S)")


def _cue_date(words: str, reference_date: dt.date) -> str | None:
    """The date an opening cue holds when it is nothing but a date, bare or behind a short label
    ("Wednesday 4 June 2025", "Morning news, 4 June 2025")."""
    if not words or len(words) > 80:
        return None
    found = parse_date_line(words)
    if found is None and (label := _LABEL_BEFORE_DATE.match(words)) and re.search(r"\d{4}", words[label.end():]):
        found = parse_date_line(words[label.end():])
    return found


def _headline_like(words: str) -> bool:
    """A cue that reads as a headline: a few words with no sentence end and no speaker label."""
    return 3 <= len(words.split()) <= 25 and not _SENTENCE_END.search(words) and not re.match(r"^[A-Z][\w .'-]{0,30}:\s", words)


def _date(value: str | None, reference_date: dt.date) -> str | None:
    if not value:
        return None
    found = parse_date_line(value) or normalize_field_date(value)
    if found:
        return found
    parts = parse_date_parts(value, reference_date=reference_date)
    return parts[0] if parts and parts[1] == "dateline" else None
