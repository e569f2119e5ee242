"""Tables of articles, one a row: CSV and TSV exports of news databases and APIs, and (through
``spreadsheet``) the sheets of a workbook. Both go through ``table_articles``: the header is the
first row that names a title or text column, after any report title, notes or blank lines above
it; columns are matched by ``fields`` as JSON fields are (names in several languages, units and
brackets ignored: "Pub. date (local)", "Texto completo / Full text"). A column the vocabulary does
not name that holds long text in most rows is the text when no column is named so.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import re

from tracker.models import Article
from tracker.readers.credits import has_outlet_word, is_outlet_name
from tracker.readers.errors import FormatError
from tracker.readers.dates import normalize_field_date, numeric_date, numeric_order, numeric_parts
from tracker.readers.fields import DAY_FIRST_DATE_WORDS, NOT_THE_ARTICLE, PLAIN_DATE_GROUP, field_role, field_words
from tracker.readers.jsonfeed import article_from_fields
from tracker.readers.titles import is_label_words, looks_like_headline

DELIMITERS = (",", ";", "\t", "|")
# The csv module's own cap is 128 KB a field, less than a long article; 10 MB is what the
# XML reader's parser allows a text node, so no reader keeps a larger field. The limit is
# process-wide: set once here (raising it), never swapped per call, as Streamlit reads
# uploads in several threads at once.
MAX_FIELD_CHARS = 10 * 1024 * 1024
csv.field_size_limit(max(csv.field_size_limit(), MAX_FIELD_CHARS))


def _delimiter(text: str, *, tab_separated: bool) -> str:
    """Tab for .tsv; otherwise the delimiter that splits the header row into named columns, the
    header being one of the first lines (notes may stand above it: "Exported on 3 May 2025, 08:00");
    else the delimiter the first line uses most (European Excel writes ';')."""
    if tab_separated:
        return "\t"
    lines = text[: 64 * 1024].split("\n", HEADER_SEARCH_ROWS)[:HEADER_SEARCH_ROWS]
    for line in lines:
        splitting = [delimiter for delimiter in DELIMITERS if _names_columns(line.split(delimiter))]
        if splitting:  # of two that both do ('Date;"Title, subtitle";Text'), the one the line uses most
            return max(splitting, key=line.count)
    header_line = lines[0] if lines else ""
    counts = {d: header_line.count(d) for d in DELIMITERS}
    best = max(DELIMITERS, key=lambda d: counts[d])
    return best if counts[best] else ","


def _names_columns(cells: list[str]) -> bool:
    """True for the cells of a header row: two or more, one naming a title or text column."""
    cells = [cell.strip().strip('"').strip() for cell in cells]
    return sum(1 for cell in cells if cell) >= 2 and bool(article_columns(cells))


def read_table(text: str, *, tab_separated: bool = False, first_position: int = 0, reference_date: dt.date | None = None) -> list[Article]:
    """Articles of a CSV or TSV file with a header row; rows are numbered as a spreadsheet shows them.

    All or nothing, as for JSON Lines: a row with neither title nor text, with more
    cells than the header or with broken quoting refuses the whole file.
    """
    first, _, rest = text.partition("\n")
    if first.lower().startswith("sep=") and len(first.rstrip(" ")) == 5:
        # Excel writes "sep=;" above the header when told the delimiter; it shows no row for it.
        delimiter, text = first[4], rest
    else:
        delimiter = _delimiter(text, tab_separated=tab_separated)
    # strict: a stray quote is an error, not a field that swallows the rest of the file
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True)
    try:
        articles, first = table_articles(reader, first_position=first_position, reference_date=reference_date)
    except csv.Error as exc:
        if "field larger than field limit" in str(exc):
            limit = csv.field_size_limit() // 1_048_576
            raise FormatError(f"a field at line {reader.line_num} is over the {limit} MB limit for one field") from None
        raise FormatError(f"unreadable CSV at line {reader.line_num}: {exc}") from None
    if articles is None:
        raise FormatError(no_article_column(first) if first else "no header row")
    return articles


def article_columns(keys: list[str]) -> set[str]:
    """The header's columns that give a title, a text or a lead (a bare "name" column is no title)."""
    roles = [field_role(field_words(key), top_level=False) for key in keys]
    return {key for key, role in zip(keys, roles) if role and role.role in ("title", "text", "lead", "caption")}


def no_article_column(keys: list[str]) -> str:
    shown = ", ".join(repr(key) for key in keys[:8]) + (f" and {len(keys) - 8} more" if len(keys) > 8 else "")
    return (
        f"no title or text column in the header (found {shown}; expected a title such as 'title' or 'headline', "
        "or a text such as 'text', 'body' or 'content')"
    )


# Rows searched for the header: a monitoring service's export or an analyst's tracker may put
# report lines above it ("Media monitoring report", "Exported on 20 May 2025", "Maintained by ...").
HEADER_SEARCH_ROWS = 30


def table_articles(
    rows, *, first_position: int, where: str = "", sheet: bool = False, reference_date: dt.date | None = None
) -> tuple[list[Article] | None, list[str] | None]:
    """(articles, None) of a table whose header names a title or text column within its first
    ``HEADER_SEARCH_ROWS`` rows; (None, the first row's cells) for a table without one (a summary,
    a pivot, a chart's data). ``rows`` yields lists of cell texts; ``where`` goes before "row N" in
    messages (a spreadsheet's sheet). In a ``sheet`` a cell beyond the header's last named column is
    ignored (a note typed beside the table); in a CSV file it is an unquoted delimiter, an error."""
    numbered = enumerate(rows, start=1)
    first: list[str] | None = None
    seen: list[tuple[int, list[str]]] = []  # the rows searched, for a header the content names
    for row_number, row in numbered:
        seen.append((row_number, row))
        keys = [cell.strip() for cell in row]
        named = list(keys)
        while named and not named[-1]:
            named.pop()
        if not named:
            continue
        if first is None:
            first = named
        # Below the first row, a lone cell naming a field is a report line ("Headline summary").
        if (named is first or sum(1 for key in named if key) >= 2) and article_columns(named):
            if sheet:
                keys = named
            body = ((number, next_row[: len(keys)] if sheet else next_row) for number, next_row in numbered)
            return rows_to_articles(keys, body, first_position=first_position, where=where, reference_date=reference_date), None
        if row_number >= HEADER_SEARCH_ROWS:
            break
    found = _header_by_content(seen, numbered, sheet=sheet)
    if found is None:
        return None, first
    keys, body = found
    return rows_to_articles(keys, body, first_position=first_position, where=where, reference_date=reference_date), None


# A header row's cells are names: short, and none of them a date or a sentence.
MAX_HEADER_CELL = 60
# Of a column's filled cells, the share that must read as headlines for the column to be the title.
MIN_HEADLINE_SHARE = 0.8


def _header_by_content(seen: list[tuple[int, list[str]]], rest, *, sheet: bool) -> tuple[list[str], list[tuple[int, list[str]]]] | None:
    """(keys, numbered rows under the header) of a table whose header names no column in a language
    ``field_names.toml`` holds ("Pealkiri | Sisu | Kuupäev"): the first row of two or more short name
    cells is the header, and the columns are named by what their cells hold: the column of long
    prose the text, a column of dates the date, a column of headline-like cells the title. None when
    no such row stands among the rows searched, or no column reads as the text or the title (a
    summary, a pivot of counts): the table is refused as before."""
    for at, (_, row) in enumerate(seen):
        keys = [cell.strip() for cell in row]
        while keys and not keys[-1]:
            keys.pop()
        if sum(1 for key in keys if key) < 2 or not all(_is_name_cell(key) for key in keys if key):
            continue
        rows = [(number, cells[: len(keys)] if sheet else cells) for number, cells in seen[at + 1 :]]
        rows += [(number, cells[: len(keys)] if sheet else cells) for number, cells in rest]
        rows = [(number, cells) for number, cells in rows if any(cell.strip() for cell in cells)]
        if not rows:
            return None
        named = _with_unnamed_title(_with_unnamed_date(_with_unnamed_text(keys, rows), rows), rows)
        if not article_columns(named) or any(len(cells) > len(keys) for _, cells in rows):
            return None
        named = _with_unnamed_outlet(named, rows)
        if any(not any(cells[index].strip() for index, key in enumerate(named) if index < len(cells) and key in (UNNAMED_TEXT_KEY, UNNAMED_TITLE_KEY)) for _, cells in rows):
            return None  # a row with neither a text nor a title: the columns were not the articles'
        return named, rows
    return None


UNNAMED_OUTLET_KEY = "outlet"
# An outlet's name in a cell: a few words ("Baltic Morning Courier", "Radio Kestrel", "kestrel.example").
MAX_OUTLET_CELL = 60
_DOMAIN = re.compile(r"^(?:www\.)?(?:[a-z0-9-]+\.)+[a-z]{2,12}$", re.IGNORECASE)


def _with_unnamed_outlet(keys: list[str], rows: list[tuple[int, list[str]]]) -> list[str]:
    """``keys`` with a column renamed "outlet" when a header in a language ``field_names.toml`` lacks names
    none: the column of short proper names ("Baltic Morning Courier", "Postimees", "delfi.example") that
    either mostly say they are an outlet's (an outlet's word in them) or repeat from row to row (several
    stories from one outlet), and are no person's names, section labels, headlines or dates. Of several
    such columns, the one whose cells most often say so."""
    roles = [field_role(field_words(key), top_level=False) for key in keys]
    if any(role and role.role == "outlet" for role in roles) or UNNAMED_OUTLET_KEY in keys:
        return keys
    best: tuple[float, int] | None = None
    for index, (key, role) in enumerate(zip(keys, roles)):
        if role is not None or key in (UNNAMED_TEXT_KEY, UNNAMED_TITLE_KEY, UNNAMED_DATE_KEY) or NOT_THE_ARTICLE.intersection(field_words(key)):
            continue
        cells = [row[index].strip() for _, row in rows[:DATE_SAMPLE_ROWS] if index < len(row) and row[index].strip()]
        if not cells or len(cells) * 2 < min(len(rows), DATE_SAMPLE_ROWS) or not all(_is_outlet_cell(cell) for cell in cells):
            continue
        worded = sum(1 for cell in cells if has_outlet_word(cell) or _DOMAIN.match(cell)) / len(cells)
        repeated = len(set(cells)) < len(cells) and not all(_is_person_or_label(cell) for cell in cells)
        if (worded >= 0.5 or repeated) and (best is None or worded > best[0]):
            best = (worded, index)
    if best is None:
        return keys
    return [UNNAMED_OUTLET_KEY if number == best[1] else name for number, name in enumerate(keys)]


def _is_outlet_cell(cell: str) -> bool:
    return len(cell) <= MAX_OUTLET_CELL and (bool(_DOMAIN.match(cell)) or (is_outlet_name(cell) and not looks_like_headline(cell))) and not normalize_field_date(cell)


def _is_person_or_label(cell: str) -> bool:
    """A person's name ("Mari Tamm": two or three capitalised words, none an outlet's) or a section label ("World")."""
    words = cell.split()
    person = 2 <= len(words) <= 3 and all(word.isalpha() and word[:1].isupper() for word in words) and not has_outlet_word(cell)
    return person or is_label_words(cell)


def _is_name_cell(cell: str) -> bool:
    return len(cell) <= MAX_HEADER_CELL and not normalize_field_date(cell) and not numeric_parts(cell) and not cell.endswith((".", "!", "?"))


UNNAMED_TITLE_KEY = "title"


def _with_unnamed_title(keys: list[str], rows: list[tuple[int, list[str]]]) -> list[str]:
    """``keys`` with a column renamed "title" when the header names no title: the first column the
    vocabulary does not name whose cells, filled in at least half the rows, nearly all read as
    headlines (``titles.looks_like_headline``: a few words, no full stop, no date or byline)."""
    roles = [field_role(field_words(key), top_level=False) for key in keys]
    if any(role and role.role == "title" for role in roles) or UNNAMED_TITLE_KEY in keys:
        return keys
    for index, (key, role) in enumerate(zip(keys, roles)):
        if role is not None or key in (UNNAMED_TEXT_KEY, UNNAMED_DATE_KEY) or NOT_THE_ARTICLE.intersection(field_words(key)):
            continue
        cells = [row[index].strip() for _, row in rows[:DATE_SAMPLE_ROWS] if index < len(row) and row[index].strip()]
        if not cells or len(cells) * 2 < min(len(rows), DATE_SAMPLE_ROWS):
            continue
        if sum(1 for cell in cells if looks_like_headline(cell)) >= MIN_HEADLINE_SHARE * len(cells):
            return [UNNAMED_TITLE_KEY if number == index else name for number, name in enumerate(keys)]
    return keys


def _date_columns_read(keys: list[str], rows: list[tuple[int, list[str]]], reference_date: dt.date | None) -> dict[int, str]:
    """For each date column holding dates written in numbers with slashes or dashes ("05/06/2025", "05-06-2025
    17:45"), "day" or "month" (which comes first) as ``dates.numeric_order`` settles it for the whole column: a cell
    that shows it, the column's name in a language that writes the day first ("Fecha", "Datum"), the cells'
    spread, else the collection day."""
    orders: dict[int, str] = {}
    for index, key in enumerate(keys):
        role = field_role(field_words(key), top_level=False)
        if not role or role.role != "date":
            continue
        dates = [parts for _, row in rows if index < len(row) and (parts := numeric_parts(row[index]))]
        day_first = bool(DAY_FIRST_DATE_WORDS.intersection(field_words(key)))
        if dates and (order := numeric_order(dates, reference_date=reference_date, day_first=day_first)) is not None:
            orders[index] = order
    return orders


def _unambiguous(value: str, order: str) -> str:
    """A numeric date as an ISO one, in the order its column shows ("05/06/2025" -> "2025-06-05" day first)."""
    return numeric_date(value, order) or value


def rows_to_articles(keys: list[str], numbered, *, first_position: int, where: str = "", reference_date: dt.date | None = None) -> list[Article]:
    """Articles of the rows under a header (``numbered``: (row number, cells) pairs); ``where``
    goes before "row N" in messages (a spreadsheet's sheet). Numeric dates ("05/06/2025") are read
    day or month first as the other cells of their column show."""
    rows = list(numbered)
    keys = _with_unnamed_date(_with_unnamed_text(keys, rows), rows)
    columns = article_columns(keys)
    orders = _date_columns_read(keys, rows, reference_date)
    articles: list[Article] = []
    for row_number, row in rows:
        if orders:
            row = [_unambiguous(cell, orders[index]) if index in orders else cell for index, cell in enumerate(row)]
        if not any(cell.strip() for cell in row):
            continue
        if len(row) > len(keys):
            raise FormatError(f"{where}row {row_number} has {len(row)} cells, the header has {len(keys)} (an unquoted delimiter?)")
        # Of two columns with one name, the first non-empty cell wins.
        item: dict[str, str] = {}
        for key, cell in zip(keys, row):
            if cell.strip() and key not in item:
                item[key] = cell.strip()
        if not set(item) & columns:
            raise FormatError(f"{where}row {row_number} has no title and no text (its title and text cells are empty)")
        articles.append(article_from_fields(item, position=first_position + len(articles), where=f"{where}row {row_number}"))
    if not articles:
        raise FormatError(f"{where}no articles (the table has a header but no rows)")
    return articles


# A column is taken for the text, when no column is named so, if its cells are this long on
# average and filled in at least half the rows (a headline runs to about 100 characters).
MIN_UNNAMED_TEXT_CHARS = 200
UNNAMED_TEXT_KEY = "text"


def _with_unnamed_text(keys: list[str], rows: list[tuple[int, list[str]]]) -> list[str]:
    """``keys`` with the column holding the articles' text renamed "text" when the header names
    none ("Corpo da matéria", "Volltext des Beitrags"): the unnamed column whose cells are longest."""
    roles = [field_role(field_words(key), top_level=False) for key in keys]
    if any(role and role.role in ("text", "lead") for role in roles) or UNNAMED_TEXT_KEY in keys or not rows:
        return keys
    best: tuple[float, int] | None = None
    for index, (key, role) in enumerate(zip(keys, roles)):
        if role is not None or NOT_THE_ARTICLE.intersection(field_words(key)):
            continue
        cells = [row[index].strip() for _, row in rows if index < len(row) and row[index].strip()]
        if len(cells) * 2 < len(rows):
            continue
        mean = sum(len(cell) for cell in cells) / len(cells)
        if mean >= MIN_UNNAMED_TEXT_CHARS and (best is None or mean > best[0]):
            best = (mean, index)
    if best is None:
        return keys
    return [UNNAMED_TEXT_KEY if index == best[1] else key for index, key in enumerate(keys)]


UNNAMED_DATE_KEY = "date"
# Rows of a column looked at to tell a column of dates.
DATE_SAMPLE_ROWS = 50


def _with_unnamed_date(keys: list[str], rows: list[tuple[int, list[str]]]) -> list[str]:
    """``keys`` with the first column holding only dates renamed "date" when the header names no
    publication date ("Data" in Portuguese and Italian, "Tarih", "Päivämäärä"): a column named only
    as a crawl, capture or update time does not date the story."""
    roles = [field_role(field_words(key), top_level=False) for key in keys]
    # date ranks are group * 3 + clock (fields.field_role): published and plain dates come first
    if any(role and role.role == "date" and role.rank // 3 <= PLAIN_DATE_GROUP for role in roles) or UNNAMED_DATE_KEY in keys or not rows:
        return keys
    for index, (key, role) in enumerate(zip(keys, roles)):
        if role is not None or NOT_THE_ARTICLE.intersection(field_words(key)):
            continue
        cells = [row[index].strip() for _, row in rows[:DATE_SAMPLE_ROWS] if index < len(row) and row[index].strip()]
        if cells and len(cells) * 2 >= min(len(rows), DATE_SAMPLE_ROWS) and all(normalize_field_date(cell) or numeric_parts(cell) for cell in cells):
            return [UNNAMED_DATE_KEY if number == index else name for number, name in enumerate(keys)]
    return keys
