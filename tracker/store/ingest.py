"""Ingest: one file's bytes -> articles and statements stored in one transaction.

The command line and the Upload page both call ``ingest_bytes``. A file is
identified by the SHA-256 of its bytes (the same bytes again add nothing) and
each article by the hash of its whitespace-normalised text (a file whose
articles are partly known adds only the new ones). Reading and extraction run
before the database is opened, so a slow file never holds the lock.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import logging
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import PurePath

import duckdb
import pandas as pd
import pyarrow as pa

from tracker.models import Article, Statement
from tracker.store.database import Database, DatabaseBusy
from tracker.store.reactions import SPEAKER_KEY_SQL, append_documents
from tracker.store.schema import TERM_KEYS_SQL, UNASSIGNED_EVENT, unassigned_event_id

log = logging.getLogger(__name__)

# An existing event is chosen for a document without one when it has the
# document's host country and its date lies this close to the document's first reaction.
EVENT_MATCH_DAYS = 90

# Reference dates the ingest accepts (the command line checks the same range).
MIN_REFERENCE_YEAR, MAX_REFERENCE_YEAR = 1900, 2100


@dataclass(frozen=True)
class IngestResult:
    """What one file did to the database."""

    name: str
    articles_added: int = 0
    statements_added: int = 0
    articles_known: int = 0  # articles skipped because their text was already stored
    already_known: bool = False  # the very same bytes were ingested before
    rejected: str | None = None  # why nothing was stored, or None
    document_id: int | None = None
    event_id: int | None = None
    event_name: str | None = None

    @property
    def ok(self) -> bool:
        return self.rejected is None

    def summary(self) -> str:
        """One line for a person: what was added, skipped or refused."""
        if self.rejected:
            return f"{self.name}: rejected: {self.rejected}"
        if self.already_known:
            return f"{self.name}: already ingested, nothing added"
        known = f", {self.articles_known} already known" if self.articles_known else ""
        return (
            f"{self.name}: {self.articles_added} articles{known}, "
            f"{self.statements_added} statements added to {self.event_name!r}"
        )


def content_hash(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def text_hash(text: str) -> str:
    """Hash of an article's text with spacing and case ignored, so re-scraped copies match."""
    return hashlib.sha256(" ".join(text.split()).casefold().encode("utf-8")).hexdigest()


def _iso_date(text: str | None) -> dt.date | None:
    if not text:
        return None
    try:
        return dt.date.fromisoformat(str(text)[:10])
    except ValueError:
        return None


def extract_document(
    data: bytes, name: str, *, reference_date: dt.date, host_country: str | None = None
) -> tuple[list[Article], list[list[Statement]], str | None]:
    """Read and extract one file: (articles, statements per article, host country used).

    Raises ``tracker.readers.ReadError`` for a file that cannot be read.
    """
    # imported here: pages that only query the store need not load the extractor's lexicons
    from tracker.extract import extract_statements, infer_host_country
    from tracker.readers import read_document

    articles = list(read_document(data, name, reference_date=reference_date))
    host = host_country or (infer_host_country(articles) if articles else None)
    per_article = [
        list(extract_statements(a, reference_date=reference_date, host_country=host)) for a in articles
    ]
    return articles, per_article, host


def _stored_document_id(con: duckdb.DuckDBPyConnection, digest: str) -> int | None:
    """The id of the document stored with these exact bytes, if any."""
    row = con.execute("SELECT document_id FROM documents WHERE content_hash = ?", [digest]).fetchall()
    return int(row[0][0]) if row else None


def statement_frame(articles: list[Article], per_article: list[list[Statement]]) -> pd.DataFrame:
    """The statement rows of a preview, one per statement, with their article's title and outlet."""
    rows = []
    for article, statements in zip(articles, per_article, strict=True):
        for st in statements:
            rows.append(
                {
                    "article_position": article.position,
                    "article_title": article.title,
                    "outlet": article.outlet,
                    "published": article.published,
                    "date": _iso_date(st.date),
                    "country": st.country,
                    "country_name": st.country_name,
                    "organization": st.organization,
                    "speaker": st.speaker,
                    "role": st.role,
                    "via": st.via,
                    "kind": st.kind,
                    "domestic": bool(st.domestic),
                    "themes": list(st.themes),
                    "quote": st.quote,
                }
            )
    columns = [
        "article_position", "article_title", "outlet", "published", "date", "country", "country_name",
        "organization", "speaker", "role", "via", "kind", "domestic", "themes", "quote",
    ]  # fmt: skip
    return pd.DataFrame(rows, columns=columns)


def preview_bytes(
    data: bytes, name: str, *, reference_date: dt.date, host_country: str | None = None
) -> tuple[list[Article], pd.DataFrame]:
    """What ingesting would store, without touching any database (the Upload page's preview).

    Raises ``tracker.readers.ReadError`` when the file cannot be read.
    """
    articles, per_article, _ = extract_document(
        data, name, reference_date=reference_date, host_country=host_country
    )
    return articles, statement_frame(articles, per_article)


ARTICLE_SCHEMA = pa.schema(
    [
        ("article_id", pa.int64()),
        ("document_id", pa.int64()),
        ("position", pa.int32()),
        ("title", pa.string()),
        ("outlet", pa.string()),
        ("published", pa.string()),
        ("published_date", pa.date32()),
        ("published_basis", pa.string()),
        ("url", pa.string()),
        ("text", pa.string()),
        ("text_hash", pa.string()),
    ]
)

STATEMENT_SCHEMA = pa.schema(
    [
        ("statement_id", pa.int64()),
        ("article_id", pa.int64()),
        ("position", pa.int32()),
        ("country", pa.string()),
        ("country_name", pa.string()),
        ("organization", pa.string()),
        ("speaker", pa.string()),
        ("role", pa.string()),
        ("via", pa.string()),
        ("date", pa.date32()),
        ("date_text", pa.string()),
        ("date_basis", pa.string()),
        ("kind", pa.string()),
        ("domestic", pa.bool_()),
        ("quote", pa.string()),
        ("quote_start", pa.int32()),
        ("quote_end", pa.int32()),
        ("spans", pa.list_(pa.list_(pa.int32()))),
        ("themes", pa.list_(pa.string())),
        ("theme_terms", pa.string()),
    ]
)

THEME_SCHEMA = pa.schema(
    [("statement_id", pa.int64()), ("theme", pa.string()), ("terms", pa.list_(pa.string()))]
)


def _reserve_ids(con: duckdb.DuckDBPyConnection, sequence: str, n: int) -> list[int]:
    if n == 0:
        return []
    rows = con.execute(f"SELECT nextval('{sequence}') FROM range(?)", [n]).fetchall()
    return [int(r[0]) for r in rows]


def _resolve_event(
    con: duckdb.DuckDBPyConnection,
    event: str | None,
    event_host_country: str | None,
    event_date: dt.date | None,
) -> tuple[int, str, str | None] | None:
    """(event_id, name, host country) of a named event, created when new; None without a name."""
    if not event:
        return None
    name = " ".join(event.split())
    row = con.execute(
        "SELECT event_id, name, host_country FROM events WHERE lower(name) = lower(?)", [name]
    ).fetchall()
    if row:
        return int(row[0][0]), row[0][1], row[0][2]
    event_id = con.execute(
        "INSERT INTO events (name, host_country, event_date) VALUES (?, ?, ?) RETURNING event_id",
        [name, event_host_country, event_date],
    ).fetchall()[0][0]
    return int(event_id), name, event_host_country


def _guess_event(
    con: duckdb.DuckDBPyConnection, host: str | None, first_date: dt.date | None
) -> tuple[int, str]:
    """An existing event for a document given none: same host, date close by; else "Unassigned"."""
    if host and first_date:
        row = con.execute(
            """
            SELECT event_id, name FROM events
            WHERE host_country = ? AND event_date IS NOT NULL
              AND abs(date_diff('day', event_date, ?::DATE)) <= ?
            ORDER BY abs(date_diff('day', event_date, ?::DATE)), event_id
            LIMIT 1
            """,
            [host, first_date, EVENT_MATCH_DAYS, first_date],
        ).fetchall()
        if row:
            return int(row[0][0]), row[0][1]
    return unassigned_event_id(con), UNASSIGNED_EVENT


def _lookup_event(db: Database, event: str | None) -> tuple[str | None, bool]:
    """(host country, exists) of a named event, read before extraction so it decides `domestic`."""
    if not event:
        return None, False
    with db.read() as con:
        row = con.execute(
            "SELECT host_country FROM events WHERE lower(name) = lower(?)", [" ".join(event.split())]
        ).fetchall()
    return (row[0][0], True) if row else (None, False)


def extraction_host(
    db: Database,
    *,
    host_country: str | None = None,
    event: str | None = None,
    event_host_country: str | None = None,
) -> str | None:
    """The host country extraction uses for these ``ingest_bytes`` options (None: infer it).

    Public so a parallel ingest (``tracker.parallel``) can extract in workers with
    the same host the serial path would use.
    """
    host_country = _iso3_or_none(host_country)
    event_host_country = _iso3_or_none(event_host_country)
    new_event_host = (event_host_country or host_country or None) if event else None
    stored_event_host, event_exists = _lookup_event(db, event)
    return host_country or (stored_event_host if event_exists else new_event_host)


def ingest_bytes(
    db: Database,
    data: bytes,
    name: str,
    *,
    reference_date: dt.date,
    host_country: str | None = None,
    event: str | None = None,
    event_host_country: str | None = None,
    event_date: dt.date | None = None,
    extracted: Callable[[str | None], tuple] | None = None,
) -> IngestResult:
    """Store one file's articles and statements, all or nothing.

    Args:
        db: the database.
        data: the file's bytes.
        name: the file name (its extension picks the reader).
        reference_date: the day the dump was collected; relative dates count from it.
        host_country: ISO3 of the host country when known; otherwise the event's,
            else inferred from the articles.
        event: name of the event the document belongs to; created when new with
            ``event_host_country`` (default ``host_country``) and ``event_date``.
            Without a name, an existing event of the same host country near the
            document's dates is used, else "Unassigned".
        extracted: called with the host country instead of reading and extracting
            here; returns what ``extract_document`` would (``tracker.parallel``
            passes its worker's result). Only called for bytes not stored yet.

    Returns:
        An ``IngestResult``; a file that cannot be read or stored comes back with
        ``rejected`` set and the database unchanged.

    Raises:
        DatabaseBusy: another process held the database past the retry timeout.
    """
    prepared = prepare_bytes(
        db, data, name, reference_date=reference_date, host_country=host_country, event=event,
        event_host_country=event_host_country, event_date=event_date, extracted=extracted,
    )  # fmt: skip
    if isinstance(prepared, IngestResult):
        return prepared
    return store_many(db, [prepared])[0]


def prepare_bytes(
    db: Database,
    data: bytes,
    name: str,
    *,
    reference_date: dt.date,
    host_country: str | None = None,
    event: str | None = None,
    event_host_country: str | None = None,
    event_date: dt.date | None = None,
    extracted: Callable[[str | None], tuple] | None = None,
) -> Extracted | IngestResult:
    """The first half of ``ingest_bytes``: read and extract a file not stored yet, without the lock.

    Returns what ``store_many`` takes, or the ``IngestResult`` of a file that needs
    no storing (already ingested, or refused with its reason).
    """
    from tracker.readers import ReadError

    if not MIN_REFERENCE_YEAR <= reference_date.year <= MAX_REFERENCE_YEAR:
        # weekday arithmetic near year 1 or 9999 overflows; news dumps are never dated there
        return IngestResult(
            name=name,
            rejected=f"reference date {reference_date.isoformat()} is outside the years "
            f"{MIN_REFERENCE_YEAR}-{MAX_REFERENCE_YEAR}",
        )
    host_country = _iso3_or_none(host_country)
    event_host_country = _iso3_or_none(event_host_country)
    digest = content_hash(data)
    with db.read() as con:
        known = _stored_document_id(con, digest)
    if known is not None:
        return IngestResult(name=name, already_known=True, document_id=known)

    new_event_host = (event_host_country or host_country or None) if event else None
    host_for_extraction = extraction_host(
        db, host_country=host_country, event=event, event_host_country=event_host_country
    )
    try:
        if extracted is not None:
            articles, per_article, used_host = extracted(host_for_extraction)
        else:
            articles, per_article, used_host = extract_document(
                data, name, reference_date=reference_date, host_country=host_for_extraction
            )
    except ReadError as exc:
        return IngestResult(name=name, rejected=str(getattr(exc, "reason", None) or exc))
    except Exception as exc:  # a reader or extractor bug must not take the other files down
        # the reason reaches the user; the traceback only a debug log (never the terminal)
        log.debug("could not process %s", name, exc_info=True)
        return IngestResult(name=name, rejected=f"could not process the file ({type(exc).__name__}: {exc})")

    return Extracted(data, name, articles, per_article, reference_date, used_host, event, new_event_host,
                     event_date)  # fmt: skip


@dataclass(frozen=True)
class Extracted:
    """One file read and extracted, waiting to be stored (what ``store_many`` takes)."""

    data: bytes
    name: str
    articles: list[Article]
    per_article: list[list[Statement]]
    reference_date: dt.date
    host_country: str | None = None
    event: str | None = None
    event_host_country: str | None = None
    event_date: dt.date | None = None


def store_extracted(
    db: Database,
    data: bytes,
    name: str,
    articles: list[Article],
    per_article: list[list[Statement]],
    *,
    reference_date: dt.date,
    host_country: str | None = None,
    event: str | None = None,
    event_host_country: str | None = None,
    event_date: dt.date | None = None,
) -> IngestResult:
    """Store already extracted records of one file in one transaction (the second half of ingest).

    ``per_article[i]`` holds the statements of ``articles[i]``. Raises ``duckdb.Error``
    (after rolling back) when the write fails.
    """
    item = Extracted(data, name, articles, per_article, reference_date, host_country, event,
                     event_host_country, event_date)  # fmt: skip
    with db.transaction() as con:
        result = _store_in(con, item)
        if result.document_id is not None and not result.already_known:
            append_documents(con, [result.document_id])
    return result


def store_many(db: Database, items: list[Extracted]) -> list[IngestResult]:
    """Store several extracted files in one transaction; all or nothing per file.

    One transaction (and one refresh of the reaction groups) for the batch is what
    makes a bulk ingest fast. When it fails, the batch is stored again one file per
    transaction, so a bad file is refused with its reason and the good ones are kept.

    Raises:
        DatabaseBusy: another process held the database past the retry timeout.
    """
    if len(items) > 1:
        try:
            with db.transaction() as con:
                hashes = [[text_hash(a.text) for a in item.articles] for item in items]
                known = _stored_text_hashes(con, [h for file_hashes in hashes for h in file_hashes])
                rows = _PendingRows()
                results = [_store_in(con, item, h, known, rows) for item, h in zip(items, hashes, strict=True)]
                rows.insert(con)
                append_documents(con, [r.document_id for r in results if not r.already_known])
            return results
        except DatabaseBusy:
            raise
        except Exception:  # rolled back: find the file at fault by storing them one by one
            log.debug("batch of %d files failed; storing them one by one", len(items), exc_info=True)
    results = []
    for item in items:
        try:
            results.append(store_extracted(
                db, item.data, item.name, item.articles, item.per_article,
                reference_date=item.reference_date, host_country=item.host_country, event=item.event,
                event_host_country=item.event_host_country, event_date=item.event_date,
            ))  # fmt: skip
        except DatabaseBusy:
            raise
        except Exception as exc:  # rolled back already; the user gets the reason, not a traceback
            log.debug("could not store %s", item.name, exc_info=True)
            results.append(IngestResult(name=item.name, rejected=_store_failure(exc)))
    return results


def _store_failure(exc: Exception) -> str:
    return f"could not be stored ({exc}); nothing was changed"


def _stored_text_hashes(con: duckdb.DuckDBPyConnection, hashes: list[str]) -> set[str]:
    """Which of these article text hashes are stored already.

    A hash join against a scan of the hash column (about 10 ms at 200k articles; an
    index on it was not used by this lookup), so a batch asks once for all its files.
    Not ``list_contains``: that compares every stored hash with every asked one
    (0.7 s for a batch of 13k articles against 222k stored).
    """
    rows = con.execute(
        "SELECT DISTINCT text_hash FROM articles WHERE text_hash IN (SELECT unnest(?::VARCHAR[]))",
        [sorted(set(hashes))],
    ).fetchall()
    return {row[0] for row in rows}


class _PendingRows:
    """Article, statement and theme rows of a batch's files, inserted together (3 inserts, not 3 per file)."""

    def __init__(self) -> None:
        self.tables: dict[str, list[pa.Table]] = {"articles": [], "statements": [], "statement_themes": []}

    def add(self, articles: pa.Table, statements: pa.Table, themes: pa.Table) -> None:
        self.tables["articles"].append(articles)
        self.tables["statements"].append(statements)
        self.tables["statement_themes"].append(themes)

    def insert(self, con: duckdb.DuckDBPyConnection) -> None:
        # speaker keys and term keys computed by DuckDB, with the same SQL the migration used
        extra = {"statements": {"speaker_key": SPEAKER_KEY_SQL.format(col="speaker")},
                 "statement_themes": {"term_keys": TERM_KEYS_SQL}}  # fmt: skip
        for table, parts in self.tables.items():
            if parts:
                _insert(con, table, pa.concat_tables(parts), extra=extra.get(table))
        self.tables = {table: [] for table in self.tables}


def _store_in(
    con: duckdb.DuckDBPyConnection,
    item: Extracted,
    hashes: list[str] | None = None,
    known: set[str] | None = None,
    rows: _PendingRows | None = None,
) -> IngestResult:
    """Store one file on an open transaction (which the caller commits or rolls back).

    ``hashes``: its articles' text hashes when computed already; ``known``: the stored
    text hashes among those of its batch (updated with the ones this file adds);
    ``rows``: where to leave its rows for the batch to insert (else inserted here).
    """
    articles, per_article, name = item.articles, item.per_article, item.name
    digest = content_hash(item.data)
    host = _iso3_or_none(item.host_country)
    event_host_country = _iso3_or_none(item.event_host_country)
    # checked again inside the transaction: another session may have stored it meanwhile
    known = _stored_document_id(con, digest)
    if known is not None:
        return IngestResult(name=name, already_known=True, document_id=known)

    hashes = [text_hash(a.text) for a in articles] if hashes is None else hashes
    seen = _stored_text_hashes(con, hashes) if known is None else known
    keep: list[int] = []
    for i, h in enumerate(hashes):
        if h not in seen:
            keep.append(i)
            seen.add(h)  # also tells later files of the same batch that this text is stored
    articles_known = len(articles) - len(keep)

    resolved = _resolve_event(con, item.event, event_host_country, item.event_date)
    if resolved:
        event_id, event_name, _ = resolved
    else:
        dates = [d for i in keep for st in per_article[i] if (d := _iso_date(st.date)) is not None]
        event_id, event_name = _guess_event(con, host, min(dates) if dates else None)

    statements: list[Statement] = []
    owners: list[int] = []  # index into keep
    positions: list[int] = []
    for k, i in enumerate(keep):
        for position, st in enumerate(per_article[i]):
            statements.append(st)
            owners.append(k)
            positions.append(position)

    document_id = int(
        con.execute(
            """
            INSERT INTO documents (name, content_hash, size_bytes, format, reference_date,
                                   host_country, event_id, article_count, statement_count)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING document_id
            """,
            [name, digest, len(item.data), _format_of(name), item.reference_date, host, event_id,
             len(keep), len(statements)],
        ).fetchall()[0][0]
    )

    article_ids = _reserve_ids(con, "article_id_seq", len(keep))
    statement_ids = _reserve_ids(con, "statement_id_seq", len(statements))
    pending = _PendingRows() if rows is None else rows
    pending.add(
        _article_table(article_ids, document_id, [articles[i] for i in keep], [hashes[i] for i in keep]),
        _statement_table(statement_ids, [article_ids[k] for k in owners], positions, statements),
        _theme_table(statement_ids, statements),
    )
    if rows is None:
        pending.insert(con)

    return IngestResult(
        name=name,
        articles_added=len(keep),
        statements_added=len(statements),
        articles_known=articles_known,
        document_id=document_id,
        event_id=event_id,
        event_name=event_name,
    )


# One encoder for every row: json.dumps with options builds a new encoder per call.
_JSON = json.JSONEncoder(ensure_ascii=False).encode


# The tables are built column by column (a list per column, one Arrow array each):
# about 3x faster than a dict per row through ``pa.Table.from_pylist``.
def _article_table(
    article_ids: list[int], document_id: int, articles: list[Article], hashes: list[str]
) -> pa.Table:
    return pa.Table.from_pydict(
        {
            "article_id": article_ids,
            "document_id": [document_id] * len(articles),
            "position": [a.position for a in articles],
            "title": [a.title for a in articles],
            "outlet": [a.outlet for a in articles],
            "published": [a.published for a in articles],
            "published_date": [a.published_date for a in articles],
            "published_basis": [a.published_basis for a in articles],
            "url": [a.url for a in articles],
            "text": [a.text for a in articles],
            "text_hash": hashes,
        },
        schema=ARTICLE_SCHEMA,
    )


def _statement_table(
    statement_ids: list[int], article_ids: list[int], positions: list[int], statements: list[Statement]
) -> pa.Table:
    return pa.Table.from_pydict(
        {
            "statement_id": statement_ids,
            "article_id": article_ids,
            "position": positions,
            "country": [s.country for s in statements],
            "country_name": [s.country_name for s in statements],
            "organization": [s.organization for s in statements],
            "speaker": [s.speaker for s in statements],
            "role": [s.role for s in statements],
            "via": [s.via for s in statements],
            "date": [_iso_date(s.date) for s in statements],
            "date_text": [s.date for s in statements],
            "date_basis": [s.date_basis for s in statements],
            "kind": [s.kind for s in statements],
            "domestic": [bool(s.domestic) for s in statements],
            "quote": [s.quote for s in statements],
            "quote_start": [s.start for s in statements],
            "quote_end": [s.end for s in statements],
            "spans": [[list(span) for span in s.spans] for s in statements],
            "themes": [list(dict.fromkeys(s.themes)) for s in statements],
            "theme_terms": [_JSON(s.theme_terms) for s in statements],
        },
        schema=STATEMENT_SCHEMA,
    )


def _theme_table(statement_ids: list[int], statements: list[Statement]) -> pa.Table:
    ids: list[int] = []
    themes: list[str] = []
    terms: list[list[str]] = []
    for sid, st in zip(statement_ids, statements, strict=True):
        for theme in dict.fromkeys(st.themes):
            ids.append(sid)
            themes.append(theme)
            terms.append(list(st.theme_terms.get(theme, [])))
    return pa.Table.from_pydict({"statement_id": ids, "theme": themes, "terms": terms}, schema=THEME_SCHEMA)


def _insert(
    con: duckdb.DuckDBPyConnection, table: str, rows: pa.Table, *, extra: dict[str, str] | None = None
) -> None:
    """Bulk insert an Arrow table whose columns are named like the table's.

    ``extra`` maps further table columns to SQL expressions over the Arrow columns.
    """
    if rows.num_rows == 0:
        return
    extra = extra or {}
    columns = ", ".join([*rows.column_names, *extra])
    values = ", ".join([*rows.column_names, *extra.values()])
    view = f"_new_{table}"
    con.register(view, rows)
    try:
        con.execute(f"INSERT INTO {table} ({columns}) SELECT {values} FROM {view}")
    finally:
        con.unregister(view)


def _iso3_or_none(code: str | None) -> str | None:
    return code.strip().upper() or None if code else None


def _format_of(name: str) -> str:
    return PurePath(name).suffix.lower().lstrip(".") or "txt"
