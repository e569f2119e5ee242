"""CSV export of exactly the rows a filter selects (command line and dashboard download).

UTF-8 with a byte-order mark (Excel then reads it as UTF-8), a header row, every
field quoted, and cells that begin with ``= + - @``, tab or carriage return
prefixed with ``'`` so a spreadsheet shows them as text instead of running them
(OWASP's CSV injection advice).
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import os
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import IO

from tracker.store.database import Database
from tracker.store.filters import Filters, where_clause

COLUMNS = (
    "date", "country", "country_name", "speaker", "role", "kind", "themes", "quote",
    "article_title", "outlet", "published", "source_file",
    "event_name", "event_host_country", "event_date",
)  # fmt: skip
"""Columns of the statement export, in order (one row per stored statement)."""

UNIQUE_COLUMNS = COLUMNS + ("n_mentions", "n_outlets")
"""Columns of ``--unique``: one row per reaction; title, outlet and file list every source, joined with ';'."""

_STATEMENT_SELECT = """
SELECT date, country, country_name, speaker, role, kind,
       array_to_string(themes, ';'), quote, article_title, outlet, published, document_name,
       event_name, event_host_country, event_date
FROM statement_rows
WHERE {where}
ORDER BY date NULLS LAST, country, speaker, statement_id
"""

_REACTION_SELECT = """
SELECT date, country, country_name, speaker, role, kind,
       array_to_string(themes, ';'), quote, array_to_string(article_titles, ';'),
       array_to_string(outlets, ';'), CAST(published_date AS VARCHAR),
       array_to_string(document_names, ';'),
       event_name, event_host_country, event_date, n_mentions, n_outlets
FROM reactions
WHERE {where}
ORDER BY date NULLS LAST, country, speaker, reaction_id
"""

FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")
BOM = "\ufeff"
_BATCH = 2000


def neutralise(value: object) -> str:
    """A cell as text, with a leading ``'`` when a spreadsheet would read it as a formula."""
    if value is None:
        return ""
    if isinstance(value, dt.datetime):
        text = value.isoformat(sep=" ")
    elif isinstance(value, dt.date):
        text = value.isoformat()
    else:
        text = str(value)
    if text.startswith(FORMULA_PREFIXES):
        return "'" + text
    return text


def _chunks(db: Database, filters: Filters, unique: bool) -> Iterator[tuple[str, int]]:
    """(text, rows in it): BOM and header first, then rows in batches."""
    where, params = where_clause(filters)
    sql = (_REACTION_SELECT if unique else _STATEMENT_SELECT).format(where=where)
    buffer = io.StringIO()
    writer = csv.writer(buffer, quoting=csv.QUOTE_ALL, lineterminator="\r\n")
    writer.writerow(UNIQUE_COLUMNS if unique else COLUMNS)
    yield BOM + buffer.getvalue(), 0
    with db.read() as con:
        cursor = con.execute(sql, params)
        while batch := cursor.fetchmany(_BATCH):
            buffer.seek(0)
            buffer.truncate()
            writer.writerows([neutralise(v) for v in row] for row in batch)
            yield buffer.getvalue(), len(batch)


def iter_csv(db: Database, filters: Filters, *, unique: bool = False) -> Iterator[str]:
    """The CSV as text chunks, BOM and header first."""
    for text, _ in _chunks(db, filters, unique):
        yield text


def csv_bytes(db: Database, filters: Filters, *, unique: bool = False) -> bytes:
    """The whole export as bytes (the dashboard's download button)."""
    return "".join(iter_csv(db, filters, unique=unique)).encode("utf-8")


def export_csv(
    db: Database, filters: Filters, out: str | os.PathLike | IO, *, unique: bool = False
) -> int:
    """Write the export to a path, ``"-"`` (standard output) or an open file; return the row count.

    A path is written to a temporary file and renamed, so a failed export never
    leaves half a CSV behind.
    """
    rows = 0
    if isinstance(out, (str, os.PathLike)) and str(out) != "-":
        target = Path(out)
        tmp = target.with_name(f".{target.name}.part")
        try:
            with open(tmp, "w", encoding="utf-8", newline="") as fh:
                for text, n in _chunks(db, filters, unique):
                    fh.write(text)
                    rows += n
            os.replace(tmp, target)
        finally:
            tmp.unlink(missing_ok=True)
        return rows
    stream = sys.stdout if str(out) == "-" else out
    if stream is sys.stdout and hasattr(stream, "buffer"):
        stream.flush()
        stream = stream.buffer
    binary = isinstance(stream, (io.RawIOBase, io.BufferedIOBase)) or "b" in getattr(stream, "mode", "")
    for text, n in _chunks(db, filters, unique):
        stream.write(text.encode("utf-8") if binary else text)
        rows += n
    stream.flush()
    return rows
