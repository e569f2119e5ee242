"""PDF documents (.pdf): press digests, ministry statements and pages printed to PDF, by their text layer.

The text layer is read with pypdf (no OCR: a scan without text is refused). Each page's
lines come with their place on the page, which says what plain text cannot: a wider gap
between two lines, a change of type size or an indented first line starts a paragraph,
and the lines of a paragraph are joined (a word hyphenated at the end of a line is
mended). Page numbers, the header and footer a browser prints ("3/29/25, 9:04 AM Title",
"https://... 1/2") and lines repeated at the top or bottom of most pages are dropped, and
a paragraph that runs over a page break is joined. A heading as large as the first one,
or one followed by a date line, after some text starts a new article. The result is read
as a plain-text dump (title, date lines, bylines, several articles).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import io
import logging
import re
import statistics
import unicodedata
from collections import Counter

from tracker.models import Article
from tracker.readers.dates import parse_date_line, parse_date_parts, parse_relative
from tracker.readers.decoding import normalize_text
from tracker.readers.errors import FormatError
from tracker.readers.plaintext import header_parts_date, is_furniture, read_text
from tracker.readers.titles import title_fault

MAX_PAGES = 2_000
# Text a page must hold on average for the document to have a text layer at all.
MIN_TEXT_PER_PAGE = 20
MAX_TEXT_CHARS = 25 * 1024 * 1024
# Lines at the top and at the bottom of a page where headers, footers and page numbers stand.
EDGE_LINES = 2
# A line at the edge of at least this share of the pages (and of two pages at least) is a running header or footer.
RUNNING_SHARE = 0.5
# A gap between lines this much wider than the usual line pitch separates paragraphs.
PARAGRAPH_GAP = 1.35
# Type this much larger than the body text is a heading.
HEADING_RATIO = 1.12
DIVIDER = "* * *"
# What comes before the first article heading is an article of its own only with a paragraph this long.
MIN_ARTICLE_PARAGRAPH = 100

_PAGE_NUMBER = re.compile(r"^(?:[-\u2013\u2014]\s*)?(?:page\s+)?\d{1,4}(?:\s*(?:/|of)\s*\d{1,4})?(?:\s*[-\u2013\u2014])?$", re.I)
_ENDS_WITH_PAGE_NUMBER = re.compile(r"(?:^|\s)(?:page\s+)?\d{1,4}\s*(?:/|of)\s*\d{1,4}$", re.I)
_STARTS_WITH_PAGE_NUMBER = re.compile(r"^(?:page\s+)?\d{1,4}\s*(?:/|of)\s*\d{1,4}\s", re.I)
_WEB_ADDRESS = re.compile(r"(?:\b[a-z][a-z0-9+.-]{1,10}://|\bwww\.)\S+", re.I)
# The date and time a browser prints in a page's header or footer: "3/29/25, 9:04 AM", "29/03/2025 09:04".
_PRINT_STAMP = re.compile(r"(?:^|\s)\d{1,2}[/.]\d{1,2}[/.]\d{2,4},?\s+\d{1,2}:\d{2}(?:\s*[AP]M)?(?:\s|$)", re.I)
_SENTENCE_END = re.compile(r"[.!?:;\"'\u201d\u2019)]$")
# A labelled line opens a paragraph of its own: a printed e-mail's headers, a record's fields.
_LABEL = re.compile(r"^(?:From|To|Cc|Bcc|Sent|Date|Subject|Title|Headline|Source|Published|Updated|Byline)\s*:\s")
# A printed e-mail's header line: the same sender atop every printed message is no running header.
_MAIL_LABEL = re.compile(r"^(?:From|To|Cc|Bcc|Sent|Date|Subject)\s*:\s", re.I)
_WORD_END = re.compile(r"\w+$")
_WORD_START = re.compile(r"\w+")
_COMPOUND = re.compile(r"\b\w+(?:-\w+)+\b")
_LIGATURES = re.compile("[\ufb00-\ufb06]")

logging.getLogger("pypdf").setLevel(logging.ERROR)  # damaged files are refused with our own message


@dataclasses.dataclass
class _Line:
    text: str
    x: float | None = None
    y: float | None = None
    size: float | None = None
    # Where each drawn piece of the line starts: (offset in ``text``, x, type size).
    starts: list[tuple[int, float, float]] = dataclasses.field(default_factory=list)
    # A row of a table: its cells stand apart at an edge shared with other rows; it is a paragraph of its own.
    table_row: bool = False


def _open(data: bytes):
    import pypdf  # imported when a PDF comes, as the HTML reader's trafilatura is
    from pypdf.errors import DependencyError, PyPdfError

    if b"%PDF-" not in data[:1024]:
        raise FormatError("not a PDF document (no %PDF- header at the start)")
    try:
        reader = pypdf.PdfReader(io.BytesIO(data), strict=False)
        if reader.is_encrypted:
            # A PDF locked only against editing opens with an empty password; one that needs a password to be read is refused.
            try:
                opened = reader.decrypt("")
            except DependencyError:
                raise FormatError("the PDF is encrypted with AES and cannot be opened here; save or print an unprotected copy") from None
            if not opened:
                raise FormatError("the PDF is encrypted (password-protected); save or print an unprotected copy")
        count = len(reader.pages)
    except FormatError:
        raise
    except (PyPdfError, ValueError, KeyError, TypeError, AttributeError, IndexError, OSError, RecursionError, AssertionError, ZeroDivisionError) as exc:
        raise FormatError(f"the PDF cannot be read (damaged or not a PDF: {_reason(exc)})") from None
    if count == 0:
        raise FormatError("the PDF has no pages")
    if count > MAX_PAGES:
        raise FormatError(f"the PDF has {count} pages, over the limit of {MAX_PAGES}")
    return reader


def _reason(exc: BaseException) -> str:
    text = " ".join(str(exc).split())[:120]
    return f"{type(exc).__name__}: {text}" if text else type(exc).__name__


def _page_lines(page) -> list[_Line]:
    """The page's lines in reading order, each with the place and type size of its first characters."""
    fragments: list[tuple[str, float, float, float]] = []

    def visit(text, cm, tm, font, size):
        if not text:
            return
        x = tm[4] * cm[0] + tm[5] * cm[2] + cm[4]
        y = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
        scale = abs(tm[2] * cm[1] + tm[3] * cm[3]) or 1.0
        fragments.append((text, x, y, (size or 0) * scale))

    text = page.extract_text(visitor_text=visit)
    if "".join(f[0] for f in fragments) != text:
        return [_Line(line) for line in text.split("\n")]  # no geometry: the text alone
    lines: list[_Line] = [_Line("")]
    for fragment, x, y, size in fragments:
        for number, piece in enumerate(fragment.split("\n")):
            if number:
                lines.append(_Line(""))
            current = lines[-1]
            if piece.strip() and current.y is None:
                current.x, current.y, current.size = x, y, size
            if piece.strip() and number == 0:
                current.starts.append((len(current.text), x, size))
            current.text += piece
    return _in_column_order(lines)


# Share of an em an average character is wide (kept low: a column's end is rather under- than over-estimated).
CHAR_WIDTH = 0.42
# Lines that must share a right column's left edge for a page to be read as two columns.
MIN_COLUMN_ROWS = 3
# Narrowest left column (points) that counts as a column.
MIN_COLUMN_WIDTH = 120
# Prose set in columns fills them: the text left of the edge reaches this share of the column's width
# on most rows, where a table's first cells ("Chile", "Peru") stop short of its second column.
MIN_COLUMN_FILL = 0.5
# ... and runs on from line to line: this share of its lines (beyond each column's first) open with a
# lower-case word, where a table's cells each open with a capital.
MIN_RUN_ON_SHARE = 0.25


def _shared_edge(lines: list[_Line]) -> tuple[float, list[tuple[_Line, int, float]]] | None:
    """(x, rows) where, on several lines, a piece starts well after the end of the text before it:
    the left edge of a second column or of a table's second cell; each row is (line, offset of that
    piece in its text, estimated end of the text before it)."""
    gaps: list[tuple[int, _Line, int, float]] = []
    for line in lines:
        for (offset, x, size), (next_offset, next_x, _) in zip(line.starts, line.starts[1:]):
            end = x + CHAR_WIDTH * size * len(line.text[offset:next_offset].rstrip())
            if next_x > end + 1.5 * size:
                gaps.append((round(next_x / 4), line, next_offset, end))
    if not gaps:
        return None
    key, count = Counter(gap[0] for gap in gaps).most_common(1)[0]
    margin = min((line.x for line in lines if line.x is not None), default=0.0)
    # A bold word or a link inside a line starts a piece too, but not at the same place on several
    # lines, nor this close to the margin.
    if count < MIN_COLUMN_ROWS or key * 4.0 <= margin + MIN_COLUMN_WIDTH:
        return None
    return key * 4.0, [(line, offset, end) for gap_key, line, offset, end in gaps if gap_key == key]


def _is_prose_in_columns(rows: list[tuple[_Line, int, float]], edge: float, margin: float) -> bool:
    """True when the rows split at ``edge`` are lines of prose set in two columns (the text on the left
    fills its column and runs on from line to line), False for the rows of a table."""
    filled = sum(1 for _, _, end in rows if end - margin >= MIN_COLUMN_FILL * (edge - margin))
    parts = [part.strip() for line, offset, _ in rows for part in (line.text[:offset], line.text[offset:])]
    below_first = [part[:1] for part in parts[2:]]  # each column's lines below its first
    run_on = sum(1 for first in below_first if first.islower())
    return filled >= 0.5 * len(rows) and run_on >= MIN_RUN_ON_SHARE * len(below_first)


def _split_at(line: _Line, edge: float) -> tuple[_Line | None, _Line | None]:
    """(left part, right part) of a line drawn across the gutter."""
    cut = next((offset for offset, x, _ in line.starts if x >= edge - 6), None)
    if cut is None:
        return line, None
    right_start = next(start for start in line.starts if start[0] == cut)
    if cut == 0:
        return None, line
    left = _Line(line.text[:cut].rstrip(), line.x, line.y, line.size, [s for s in line.starts if s[0] < cut])
    right = _Line(line.text[cut:].strip(), right_start[1], line.y, right_start[2], [(o - cut, x, z) for o, x, z in line.starts if o >= cut])
    return left, right


def _in_column_order(lines: list[_Line]) -> list[_Line]:
    """The page's lines in reading order when it has two columns drawn line by line across the page:
    within each stretch between lines that span both columns, the left column, then the right one.
    Pages without such columns (or drawn column by column) keep the order they are drawn in, and so
    does a table whose cells stand apart at a shared edge (each row marked a paragraph of its own)."""
    shared = _shared_edge(lines)
    if shared is None or any(line.text.strip() and line.y is None for line in lines):
        return lines
    edge, rows = shared
    if not _is_prose_in_columns(rows, edge, min((line.x for line in lines if line.x is not None), default=0.0)):
        for line, _, _ in rows:
            line.table_row = True  # "Fiji   Welcomed the vote": read across, as drawn
        return lines
    out: list[_Line] = []
    left: list[_Line] = []
    right: list[_Line] = []
    for line in sorted((line for line in lines if line.text.strip()), key=lambda line: -(line.y or 0)):
        first, second = _split_at(line, edge)
        spans = first is not None and second is None and (first.x or 0) < edge and (first.x or 0) + CHAR_WIDTH * (first.size or 10) * len(first.text) > edge + (first.size or 10)
        if spans:
            out.extend(left + right + [first])
            left, right = [], []
            continue
        if first is not None:
            left.append(first)
        if second is not None:
            right.append(second)
    return out + left + right


def _clean(text: str) -> str:
    text = _LIGATURES.sub(lambda m: unicodedata.normalize("NFKC", m.group()), text)
    return " ".join(normalize_text(text).split())


def _edge_key(text: str) -> str:
    return re.sub(r"\d+", "#", text.lower())


def _is_browser_furniture(text: str) -> bool:
    """A header or footer line a browser prints: an address or a print time beside a page number or title."""
    if _PAGE_NUMBER.match(text):
        return True
    if _PRINT_STAMP.search(text):
        return True
    return bool(_WEB_ADDRESS.search(text) and (_ENDS_WITH_PAGE_NUMBER.search(text) or _STARTS_WITH_PAGE_NUMBER.match(text) or _WEB_ADDRESS.fullmatch(text)))


def _drop_edges(pages: list[list[_Line]]) -> list[list[_Line]]:
    """Pages without page numbers, browser headers and footers, and running lines."""
    def edges(lines: list[_Line]) -> list[int]:
        texts = [i for i, line in enumerate(lines) if line.text]
        if lines and any(line.y is not None for line in lines):
            ordered = sorted((i for i in texts if lines[i].y is not None), key=lambda i: -lines[i].y)  # top first
            return ordered[:EDGE_LINES] + ordered[-EDGE_LINES:]
        return texts[:EDGE_LINES] + texts[-EDGE_LINES:]

    exact: Counter[str] = Counter()
    numbered: Counter[str] = Counter()
    for lines in pages:
        exact.update({lines[i].text.lower() for i in edges(lines)})
        numbered.update({_edge_key(lines[i].text) for i in edges(lines)})
    running = max(2, RUNNING_SHARE * len(pages))
    kept_pages = []
    for lines in pages:
        dropped = set()
        for i in edges(lines):
            text = lines[i].text
            if _is_browser_furniture(text):
                dropped.add(i)
            elif len(pages) < 2 or _is_date_line(text):
                continue  # a date line at the top of each page may date each page's article: kept
            elif _opens_mail_headers(lines, i):
                continue  # "From: Ana Ruiz <ana@...>" over the Subject and Date of each printed message
            elif exact[text.lower()] >= running or numbered[_edge_key(text)] >= running:
                dropped.add(i)  # the same line, or the same but for its numbers ("Statement 45/2025 - page 3")
        kept_pages.append([line for i, line in enumerate(lines) if i not in dropped and line.text])
    return kept_pages


def _opens_mail_headers(lines: list[_Line], index: int) -> bool:
    """The line is a mail header and the next line on its page another one (a printed message's header block)."""
    following = next((line.text for line in lines[index + 1 :] if line.text), "")
    return bool(_MAIL_LABEL.match(lines[index].text) and _MAIL_LABEL.match(following))


def _body_size(lines: list[_Line]) -> float | None:
    """The type size most characters are set in."""
    sizes: Counter[float] = Counter()
    for line in lines:
        if line.size:
            sizes[round(line.size, 1)] += len(line.text)
    return sizes.most_common(1)[0][0] if sizes else None


def _usual_pitch(pages: list[list[_Line]], body: float | None) -> float | None:
    pitches = []
    for lines in pages:
        for above, below in zip(lines, lines[1:]):
            if None in (above.y, below.y, above.size, below.size) or body is None:
                continue
            pitch = above.y - below.y
            if abs(above.size - body) < 0.1 * body and abs(below.size - body) < 0.1 * body and 0.8 * body < pitch < 3 * body:
                pitches.append(pitch)
    return statistics.median(pitches) if len(pitches) >= 2 else None


def _full_width(lines: list[_Line]) -> int:
    lengths = sorted(len(line.text) for line in lines if len(line.text) >= 30)
    return lengths[int(0.9 * (len(lengths) - 1))] if lengths else 80


def _starts_paragraph(above: _Line, below: _Line, *, body: float | None, pitch: float | None, left: float | None, width: int) -> bool:
    """Whether ``below`` opens a paragraph rather than continuing the one ``above`` is in."""
    if above.size and below.size and abs(above.size - below.size) > 0.1 * max(above.size, below.size):
        return True
    if _is_date_line(above.text) or _is_date_line(below.text) or _LABEL.match(below.text):
        return True
    if is_furniture(above.text) or is_furniture(below.text):  # "Advertisement", "Read more: ..." between paragraphs
        return True
    body_text = not (body and above.size) or abs(above.size - body) <= 0.1 * body
    if pitch and above.y is not None and below.y is not None:
        scale = above.size / body if body and above.size else 1.0
        gap = above.y - below.y
        if gap <= 0 or gap > PARAGRAPH_GAP * pitch * scale:  # a new column, or a wider gap
            return True
        if left is not None and below.x is not None and below.size and below.x > left + 0.8 * below.size and (above.x is None or above.x <= left + 0.8 * below.size):
            return True  # an indented first line
        # A body line that stops well short of the margin ends its paragraph (larger type: a wrapped heading).
        return body_text and len(above.text) < 0.7 * width
    # Text alone: a short line ends its paragraph.
    return len(above.text) < 0.7 * width


def _new_column(above: _Line, below: _Line) -> bool:
    """True when ``below`` tops the next column: higher on the page and well to the right of ``above``."""
    if None in (above.x, above.y, below.x, below.y):
        return False
    size = below.size or 10.0
    return below.y > above.y + size and below.x > above.x + 10 * size  # type: ignore[operator]


def _is_date_line(text: str) -> bool:
    # a line of parts one of which is the date ("Ref. 12/2025 | 4 July 2025") dates the page as a date line does
    return bool(
        parse_date_line(text) or parse_date_parts(text, reference_date=dt.date(2000, 1, 1))
        or parse_relative(text, reference_date=dt.date(2000, 1, 1)) or header_parts_date(text)
    )


def _join(first: str, second: str, compounds: frozenset[str] = frozenset()) -> str:
    """Two lines of one paragraph: a word broken by a hyphen at the line end is mended, unless
    the document writes the word with its hyphen elsewhere (``compounds``: "sea-level")."""
    if first.endswith("\u00ad"):
        return first[:-1] + second
    if len(first) >= 2 and first[-1] in "-\u2010" and first[-2].isalpha():
        if second[:1].islower():
            head = _WORD_END.search(first[:-1])
            tail = _WORD_START.match(second)
            if head and tail and f"{head.group()}-{tail.group()}".lower() in compounds:
                return first + second  # "sea-" + "level", written "sea-level" in the document too
            return first[:-1] + second  # "govern-" + "ment"
        return first + second  # "Franco-" + "German", "COVID-" + "19"
    return f"{first} {second}"


def _compounds(lines: list[_Line]) -> frozenset[str]:
    """Hyphenated words the document writes within a line ("sea-level"): they keep their hyphen when broken at it."""
    return frozenset(match.group().lower() for line in lines if "-" in line.text for match in _COMPOUND.finditer(line.text))


def _paragraphs(pages: list[list[_Line]]) -> list[tuple[str, float | None]]:
    """(paragraph, type size of its first line) in document order, across page breaks."""
    all_lines = [line for lines in pages for line in lines]
    compounds = _compounds(all_lines)
    body = _body_size(all_lines)
    pitch = _usual_pitch(pages, body)
    width = _full_width(all_lines)
    lefts = Counter(round(line.x) for line in all_lines if line.x is not None and len(line.text) >= 0.7 * width)
    left = float(lefts.most_common(1)[0][0]) if lefts else None
    paragraphs: list[list[object]] = []
    previous: _Line | None = None
    for number, lines in enumerate(pages):
        for index, line in enumerate(lines):
            if previous is None or previous.table_row or line.table_row:
                start = True
            elif (index == 0 and number > 0) or _new_column(previous, line):
                # Over a page or column break: the paragraph goes on when its last line was full and open.
                start = _SENTENCE_END.search(previous.text) is not None and not line.text[:1].islower()
                start = start or len(previous.text) < 0.7 * width or bool(previous.size and line.size and abs(previous.size - line.size) > 0.1 * previous.size)
            else:
                start = _starts_paragraph(previous, line, body=body, pitch=pitch, left=left, width=width)
            if start:
                paragraphs.append([line.text, line.size])
            else:
                paragraphs[-1][0] = _join(str(paragraphs[-1][0]), line.text, compounds)
            previous = line
    return [(str(text), size) for text, size in paragraphs]  # type: ignore[misc]


def _with_article_breaks(paragraphs: list[tuple[str, float | None]]) -> list[str]:
    """Paragraphs with a divider before each heading that opens another article.

    A heading (type larger than the body's) opens one when text has come since the last
    and it is as large as the document's first heading, or a date line follows it.
    """
    sizes = [size for _, size in paragraphs if size]
    if not sizes:
        return [text for text, _ in paragraphs]
    counts: Counter[float] = Counter()
    for text, size in paragraphs:
        if size:
            counts[round(size, 1)] += len(text)
    body = counts.most_common(1)[0][0]
    headings = [size for _, size in paragraphs if size and size > HEADING_RATIO * body]
    first_heading = headings[0] if headings else None
    out: list[str] = []
    has_body = False
    for index, (text, size) in enumerate(paragraphs):
        heading = bool(size and size > HEADING_RATIO * body)
        if heading and has_body and first_heading:
            following = [t for t, _ in paragraphs[index + 1 : index + 3]]
            if abs(size - first_heading) <= 0.05 * first_heading or any(_is_date_line(t) for t in following):
                if not out or DIVIDER in out or any(len(t) >= MIN_ARTICLE_PARAGRAPH for t in out):
                    out.append(DIVIDER)
                else:
                    # only short lines above the first article (a cookie banner, a menu, a letterhead): no
                    # article, but a date line among them ("Bulletin No. 12 / Friday, 4 July 2025") dates it
                    out = [t for t in out if _is_date_line(t)]
                has_body = False
        if not heading and not _is_date_line(text):
            has_body = True
        out.append(text)
    return out


def pdf_text(data: bytes) -> str:
    """The text of a PDF as a plain-text dump: one paragraph a line, a blank line between."""
    reader = _open(data)
    pages: list[list[_Line]] = []
    total = 0
    for number, page in enumerate(reader.pages, start=1):
        try:
            lines = _page_lines(page)
        except Exception as exc:  # pypdf raises many kinds on damaged content streams
            raise FormatError(f"page {number} of the PDF cannot be read ({_reason(exc)})") from None
        for line in lines:
            line.text = _clean(line.text)
        total += sum(len(line.text) for line in lines)
        if total > MAX_TEXT_CHARS:
            raise FormatError(f"the PDF's text is over the limit of {MAX_TEXT_CHARS // 1_048_576} MB")
        pages.append(lines)
    if total < MIN_TEXT_PER_PAGE * len(pages):
        raise FormatError("the PDF has no text layer (scanned pages or images only; no OCR is done): export or OCR it to text first")
    return "\n\n".join(_with_article_breaks(_paragraphs(_drop_edges(pages))))


def read_pdf(data: bytes, *, reference_date: dt.date, first_position: int = 0) -> list[Article]:
    """Articles of a PDF, read as the plain-text dump its text layer makes."""
    text = pdf_text(data)
    if not text.strip():
        raise FormatError("the PDF holds no text")
    articles = read_text(text, reference_date=reference_date, first_position=first_position)
    # a browser's print opens with the page's furniture above the headline (menu, ticker, section label): read as
    # an article of its own, it has no text and a label for a title; it is none
    kept = [a for a in articles if a.text.strip() or title_fault(a.title) is None]
    if not kept or len(kept) == len(articles):
        return articles
    return [dataclasses.replace(a, position=first_position + n) for n, a in enumerate(kept)]
