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
import logging
from collections.abc import Callable
from dataclasses import dataclass, replace
from operator import attrgetter
from pathlib import PurePath

import duckdb
import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc

from tracker.models import Article, Statement
from tracker.store.database import Database, DatabaseBusy
from tracker.store.reactions import SPEAKER_KEY_SQL, append_documents, defer_documents
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


# Bytes of texts that need no more than their spacing made plain (printable ASCII and the
# spaces, tabs and line breaks ``str.split`` breaks on); and the table that maps those
# spaces to " " and, in one pass too, ASCII capitals to small letters.
_PLAIN_ASCII = bytes(range(0x20, 0x7F)) + b"\n\r\t"
_SPACES = bytes.maketrans(b"\n\r\t", b"   ")
_SPACES_LOWER = bytes.maketrans(b"\n\r\tABCDEFGHIJKLMNOPQRSTUVWXYZ", b"   abcdefghijklmnopqrstuvwxyz")


def text_hash(text: str) -> str:
    """Hash of an article's text with spacing and case ignored, so re-scraped copies match.

    The digest of ``" ".join(text.split()).casefold()`` (stored databases depend on it).
    """
    return _utf8_text_hash(text, text.encode("utf-8"))


def _utf8_text_hash(text: str, utf8: bytes) -> str:
    """``text_hash(text)`` given the text's UTF-8 (which the article row stores anyway).

    Splitting makes an object per word, and case folding goes character by character;
    most news text is ASCII but for a few curly quotes and dashes, so it is worked on as
    UTF-8 bytes by C-level passes: deleting the plain ASCII bytes leaves the few other
    characters. When those are all printable (every whitespace but " \t\n\r" and every
    control character is not) the only spacing is " \t\n\r", which one ``translate`` turns
    into spaces (lower-casing ASCII at once), and runs of spaces are halved by replaces.
    When case folding leaves those characters as they are (it works per character, and
    never shortens one), folding the text is ASCII lower-casing. Same digest, about half
    the time of the same steps on the ``str``.
    """
    others = utf8.translate(None, _PLAIN_ASCII)
    if others:
        others = others.decode("utf-8")  # whole characters: only ASCII bytes were deleted
        if not others.isprintable():  # spacing or control characters of other kinds: the definition itself
            return hashlib.sha256(" ".join(text.split()).casefold().encode("utf-8")).hexdigest()
        if others.casefold() != others:
            return hashlib.sha256(_single_spaced(utf8.translate(_SPACES)).decode("utf-8").casefold()
                                  .encode("utf-8")).hexdigest()  # fmt: skip
    return hashlib.sha256(_single_spaced(utf8.translate(_SPACES_LOWER))).hexdigest()


def _single_spaced(flat: bytes) -> bytes:
    while b"  " in flat:
        flat = flat.replace(b"  ", b" ")
    return flat.strip(b" ")


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


def extract_file(
    data: bytes, name: str, *, reference_date: dt.date, host_country: str | None = None
) -> tuple[list[Article], list[list[Statement]], str | None, FileRows]:
    """``extract_document`` plus the file's rows for the store (``file_rows``): what an ingest extracts.

    The rows are built where the file is extracted, so in a parallel ingest the worker
    processes make them and the one process that writes only gives ids and inserts.
    The extraction benchmark times this function, so the work is counted there.
    """
    articles, per_article, host = extract_document(data, name, reference_date=reference_date, host_country=host_country)
    return articles, per_article, host, file_rows(articles, per_article)


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
        ("document_id", pa.int64()),
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

DOCUMENT_SCHEMA = pa.schema(
    [
        ("document_id", pa.int64()),
        ("name", pa.string()),
        ("content_hash", pa.string()),
        ("size_bytes", pa.int64()),
        ("format", pa.string()),
        ("reference_date", pa.date32()),
        ("host_country", pa.string()),
        ("event_id", pa.int64()),
        ("article_count", pa.int64()),
        ("statement_count", pa.int64()),
    ]
)

THEME_SCHEMA = pa.schema(
    [("statement_id", pa.int64()), ("theme", pa.string()), ("terms", pa.list_(pa.string()))]
)


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
            here; returns what ``extract_file`` would (``tracker.parallel``
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
            articles, per_article, used_host, rows = extracted(host_for_extraction)
        else:
            articles, per_article, used_host, rows = extract_file(
                data, name, reference_date=reference_date, host_country=host_for_extraction
            )
    except ReadError as exc:
        return IngestResult(name=name, rejected=str(getattr(exc, "reason", None) or exc))
    except Exception as exc:  # a reader or extractor bug must not take the other files down
        # the reason reaches the user; the traceback only a debug log (never the terminal)
        log.debug("could not process %s", name, exc_info=True)
        return IngestResult(name=name, rejected=f"could not process the file ({type(exc).__name__}: {exc})")

    return Extracted(data, name, articles, per_article, reference_date, used_host, event, new_event_host,
                     event_date, rows)  # fmt: skip


@dataclass(frozen=True)
class Extracted:
    """One file read and extracted, waiting to be stored (what ``store_many`` takes).

    With ``rows`` given only they are stored, and the records may be left empty (a
    parallel ingest's workers send the rows alone).
    """

    data: bytes
    name: str
    articles: list[Article]
    per_article: list[list[Statement]]
    reference_date: dt.date
    host_country: str | None = None
    event: str | None = None
    event_host_country: str | None = None
    event_date: dt.date | None = None
    rows: FileRows | None = None  # the records as rows (``file_rows``); made when stored if None

    @property
    def statement_count(self) -> int:
        return self.rows.statements.num_rows if self.rows is not None else sum(map(len, self.per_article))


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
    return _store_batch(db, [item])[0]


def _store_batch(db: Database, items: list[Extracted]) -> list[IngestResult]:
    """Store files in one transaction, their reaction groups folded in it or deferred (``Database.begin_deferring``)."""
    # rows not made where the files were extracted are made now, before taking the lock
    items = [item if item.rows is not None else replace(item, rows=file_rows(item.articles, item.per_article))
             for item in items]  # fmt: skip
    with db.transaction() as con:
        results = _store_files(con, items)
        new = [r.document_id for r in results if r.document_id is not None and not r.already_known]
        if db.defers_reactions:
            defer_documents(con, new)
        else:
            append_documents(con, new)
    return results


def store_many(db: Database, items: list[Extracted]) -> list[IngestResult]:
    """Store several extracted files in one transaction; all or nothing per file.

    One transaction (and one fold into the reaction groups, or none while the
    database defers them: ``Database.begin_deferring``) for the batch is what
    makes a bulk ingest fast. When it fails, the batch is stored again one file per
    transaction, so a bad file is refused with its reason and the good ones are kept.

    Raises:
        DatabaseBusy: another process held the database past the retry timeout.
    """
    if len(items) > 1:
        try:
            return _store_batch(db, items)
        except DatabaseBusy:
            raise
        except Exception:  # rolled back: find the file at fault by storing them one by one
            log.debug("batch of %d files failed; storing them one by one", len(items), exc_info=True)
    results = []
    for item in items:
        try:
            results.append(_store_batch(db, [item])[0])
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


def _stored_documents(con: duckdb.DuckDBPyConnection, digests: list[str]) -> dict[str, int]:
    """content hash -> id of the documents stored with these exact bytes (one query per batch)."""
    rows = con.execute(
        "SELECT content_hash, document_id FROM documents WHERE content_hash IN (SELECT unnest(?::VARCHAR[]))",
        [sorted(set(digests))],
    ).fetchall()
    return {digest: int(document_id) for digest, document_id in rows}


def _store_files(con: duckdb.DuckDBPyConnection, items: list[Extracted]) -> list[IngestResult]:
    """Store files on an open transaction (which the caller commits or rolls back).

    Per batch, not per file: one lookup of stored bytes and one of stored article
    texts, one reservation of ids per table and one insert per table; per file only
    its event (cached by name). An article whose text is stored, or comes earlier in
    the batch, is skipped; a file whose bytes are is reported as known.
    """
    # checked inside the transaction: another session may have stored them meanwhile
    digests = [content_hash(item.data) for item in items]
    stored = _stored_documents(con, digests)
    hashes = [item.rows.hashes for item in items]
    seen = _stored_text_hashes(con, [h for file_hashes in hashes for h in file_hashes])
    events: dict[str, tuple[int, str, str | None]] = {}
    results: list[IngestResult] = []
    new = _NewRows()
    # ids for the files not stored yet, in file order, as the documents' sequence would give them
    fresh = dict.fromkeys(digest for digest in digests if digest not in stored)
    document_ids = iter(_reserve_ids(con, "document_id_seq", len(fresh)).tolist())
    documents: list[dict] = []
    for item, digest, file_hashes in zip(items, digests, hashes, strict=True):
        if digest in stored:
            results.append(IngestResult(name=item.name, already_known=True, document_id=stored[digest]))
            continue
        keep: list[int] = []
        for i, h in enumerate(file_hashes):
            if h not in seen:
                keep.append(i)
                seen.add(h)  # also tells later files of the batch that this text is stored
        host = _iso3_or_none(item.host_country)
        resolved = None
        if item.event:
            key = " ".join(item.event.split()).lower()
            if key not in events:
                events[key] = _resolve_event(con, item.event, _iso3_or_none(item.event_host_country),
                                             item.event_date)  # fmt: skip
            resolved = events[key]
        rows = item.rows.only(keep)
        if resolved:
            event_id, event_name, _ = resolved
        else:
            event_id, event_name = _guess_event(con, host, pc.min(rows.statements.column("date")).as_py())
        n_statements = rows.statements.num_rows
        document_id = next(document_ids)
        documents.append({"document_id": document_id, "name": item.name, "content_hash": digest,
                          "size_bytes": len(item.data), "format": _format_of(item.name),
                          "reference_date": item.reference_date, "host_country": host, "event_id": event_id,
                          "article_count": len(keep), "statement_count": n_statements})  # fmt: skip
        stored[digest] = document_id  # the same bytes again in this batch add nothing
        new.add(document_id, rows)
        results.append(IngestResult(
            name=item.name, articles_added=len(keep), statements_added=n_statements,
            articles_known=len(file_hashes) - len(keep), document_id=document_id,
            event_id=event_id, event_name=event_name,
        ))  # fmt: skip
    # one insert for the batch's documents (one per file cost ~1.3 ms each: 1.4 s at 1M statements)
    _insert(con, "documents", pa.Table.from_pylist(documents, schema=DOCUMENT_SCHEMA))
    new.insert(con)
    return results


def _reserve_ids(con: duckdb.DuckDBPyConnection, sequence: str, n: int) -> np.ndarray:
    """``n`` new ids of a sequence, ascending, as one array (no Python int per id)."""
    if n == 0:
        return np.empty(0, dtype=np.int64)
    ids = con.execute(f"SELECT nextval('{sequence}') AS id FROM range(?) ORDER BY id", [n]).fetchnumpy()["id"]
    return np.asarray(ids, dtype=np.int64)


class _DateCache(dict):
    """ISO date text -> date (None when not a date): a batch has few distinct dates, each parsed once."""

    def __missing__(self, text: str | None) -> dt.date | None:
        if len(self) > 100_000:  # dates are few; never let odd texts grow it without bound
            self.clear()
        value = self[text] = _iso_date(text)
        return value


_DATES = _DateCache()

@dataclass(frozen=True)
class FileRows:
    """One file's article and statement rows as Arrow tables, without ids (given when stored).

    ``articles`` has the columns of ``ARTICLE_SCHEMA`` but the ids (with the text hash),
    ``statements`` those of ``_STATEMENT_INPUT_SCHEMA`` but the ids and positions, in
    article order; ``counts`` is how many statements each article has.
    """

    articles: pa.Table
    statements: pa.Table
    counts: np.ndarray

    @property
    def hashes(self) -> list[str]:
        return self.articles.column("text_hash").to_pylist()

    def only(self, keep: list[int]) -> FileRows:
        """The rows of the articles at these positions (ascending) and their statements."""
        if len(keep) == len(self.counts):
            return self
        mask = np.zeros(len(self.counts), dtype=bool)
        mask[np.asarray(keep, dtype=np.intp)] = True
        return FileRows(
            self.articles.filter(pa.array(mask)),
            self.statements.filter(pa.array(np.repeat(mask, self.counts))),
            self.counts[mask],
        )


def file_rows(articles: list[Article], per_article: list[list[Statement]]) -> FileRows:
    """The records of one file as the rows the store inserts, text hashes included.

    Raises ``ValueError`` (or an Arrow error) for records that do not fit the columns.
    """
    if len(per_article) != len(articles):
        raise ValueError(f"{len(articles)} articles but statements for {len(per_article)}")
    counts = np.fromiter(map(len, per_article), dtype=np.int64, count=len(articles))
    statements = [st for group in per_article for st in group]
    return FileRows(_article_table(articles), _statement_table(statements), counts)


class _NewRows:
    """The article, statement and theme rows of a batch's files, inserted together (3 inserts, not 3 per file).

    Each file's rows come as Arrow tables (``FileRows``); here they are put end to end and
    given ids, computed as arrays from the counts.
    """

    def __init__(self) -> None:
        self.document_ids: list[np.ndarray] = []  # per article
        self.files: list[FileRows] = []

    def add(self, document_id: int, rows: FileRows) -> None:
        self.document_ids.append(np.full(len(rows.counts), document_id, dtype=np.int64))
        self.files.append(rows)

    def insert(self, con: duckdb.DuckDBPyConnection) -> None:
        files, document_ids = self.files, self.document_ids
        self.__init__()
        counts = np.concatenate([f.counts for f in files]) if files else np.empty(0, dtype=np.int64)
        if not len(counts):
            return
        article_ids = _reserve_ids(con, "article_id_seq", len(counts))
        # one chunk per column: DuckDB inserted a table of one small chunk per file ~1.4x slower
        statements = pa.concat_tables([f.statements for f in files]).combine_chunks()
        statement_ids = _reserve_ids(con, "statement_id_seq", statements.num_rows)
        # positions restart at 0 in every article
        starts = np.repeat(np.cumsum(counts) - counts, counts)
        positions = np.arange(statements.num_rows, dtype=np.int64) - starts
        articles = pa.concat_tables([f.articles for f in files]).combine_chunks()
        document_ids = np.concatenate(document_ids)
        articles = articles.add_column(0, "article_id", pa.array(article_ids)).add_column(
            1, "document_id", pa.array(document_ids))
        _insert(con, "articles", articles)
        rows = statements.add_column(0, "statement_id", pa.array(statement_ids))
        rows = rows.add_column(1, "article_id", pa.array(np.repeat(article_ids, counts)))
        rows = rows.add_column(2, "document_id", pa.array(np.repeat(document_ids, counts)))
        rows = rows.add_column(3, "position", pa.array(positions.astype(np.int32)))
        rows = rows.append_column("raw_speaker_key", _speaker_keys(con, rows.column("speaker")))
        # Themes (each once, first order kept), their terms' JSON, the theme rows, speaker keys
        # and term keys are made by DuckDB from the records' own lists and dicts, with the same
        # SQL the migration used for the keys: no Python pass per statement for them.
        _insert(con, "statements", rows, extra={
            "themes": _THEMES_ONCE, "theme_terms": "to_json(raw_theme_terms)",
            "speaker_key": "raw_speaker_key",
        })  # fmt: skip
        _insert(con, "statement_themes", rows.select(["statement_id", "raw_themes", "raw_theme_terms"]),
                extra={"theme": "theme", "terms": "terms", "term_keys": TERM_KEYS_SQL},
                source=f"""(SELECT statement_id, theme, coalesce(raw_theme_terms[theme], []::VARCHAR[]) AS terms
                           FROM (SELECT statement_id, unnest({_THEMES_ONCE}) AS theme, raw_theme_terms
                                 FROM {{rows}}))""")  # fmt: skip


def _speaker_keys(con: duckdb.DuckDBPyConnection, speakers: pa.ChunkedArray) -> pa.Array:
    """Each statement's speaker key, by the SQL the migration used, computed once per distinct speaker.

    A batch names few speakers many times: the regular expression ran per statement
    cost ~0.4 s per million statements, once per distinct name almost nothing.
    """
    encoded = speakers.combine_chunks().dictionary_encode()
    keys = con.execute(
        f"SELECT list_transform(?::VARCHAR[], lambda speaker: {SPEAKER_KEY_SQL.format(col='speaker')})",
        [encoded.dictionary.to_pylist()],
    ).fetchall()[0][0]
    return pa.array(keys, pa.string()).take(encoded.indices)


# A statement's themes each once, in their first order (the extractor may repeat one).
_THEMES_ONCE = "list_filter(raw_themes, lambda theme, i: list_position(raw_themes, theme) = i)"


# The record fields that go to a column unchanged. Read in one pass over the records, a
# tuple of all fields per record (``attrgetter``) that Arrow reads as one struct array: one
# list and one Arrow conversion per field cost twice as much (each pass over the records
# went through memory again; ~0.8 s instead of ~0.4 s for 200k statements).
_STATEMENT_FIELDS = pa.struct([
    ("country", pa.string()), ("country_name", pa.string()), ("organization", pa.string()),
    ("speaker", pa.string()), ("role", pa.string()), ("via", pa.string()), ("date", pa.string()),
    ("date_basis", pa.string()), ("kind", pa.string()), ("domestic", pa.bool_()), ("quote", pa.string()),
    ("start", pa.int32()), ("end", pa.int32()), ("spans", pa.list_(pa.list_(pa.int32()))),
    ("themes", pa.list_(pa.string())), ("theme_terms", pa.map_(pa.string(), pa.list_(pa.string()))),
])  # fmt: skip
# the text apart: it is encoded once, for its column and its hash
_ARTICLE_FIELDS = pa.struct([
    ("position", pa.int32()), ("title", pa.string()), ("outlet", pa.string()), ("published", pa.string()),
    ("published_basis", pa.string()), ("url", pa.string()),
])  # fmt: skip


def _fields(records: list, fields: pa.StructType) -> dict[str, pa.Array] | None:
    """Column per field of ``fields`` from the records' attributes; None when Arrow cannot read them so."""
    try:
        values = pa.array(list(map(attrgetter(*fields.names), records)), type=fields)
    except (TypeError, pa.ArrowInvalid, pa.ArrowTypeError):
        return None
    return dict(zip(fields.names, values.flatten(), strict=True))


def _dates(texts: pa.Array | list) -> pa.Array:
    """The dates of ISO date texts (None where not a date), each distinct text parsed once."""
    if not isinstance(texts, pa.Array):
        return pa.array(list(map(_DATES.__getitem__, texts)), pa.date32())
    encoded = texts.dictionary_encode()
    dates = pa.array(list(map(_DATES.__getitem__, encoded.dictionary.to_pylist())), pa.date32())
    return dates.take(encoded.indices)


def _article_table(articles: list[Article]) -> pa.Table:
    """The article rows but their ids, with each text's hash."""
    columns = _fields(articles, _ARTICLE_FIELDS) or {
        name: [getattr(a, name) for a in articles] for name in _ARTICLE_FIELDS.names
    }
    texts = [a.text for a in articles]
    utf8 = [text.encode("utf-8") for text in texts]
    return pa.Table.from_pydict(
        {
            "position": columns["position"],
            "title": columns["title"],
            "outlet": columns["outlet"],
            "published": columns["published"],
            "published_date": _dates(columns["published"]),  # what Article.published_date gives
            "published_basis": columns["published_basis"],
            "url": columns["url"],
            # from the UTF-8 made for the hashes: Arrow encoding the texts again cost as much
            "text": pa.array(utf8, pa.binary()).cast(pa.string()),
            "text_hash": list(map(_utf8_text_hash, texts, utf8)),
        },
        schema=_ARTICLE_ROWS,
    )


def _statement_table(statements: list[Statement]) -> pa.Table:
    """The statement rows but ids and positions: ``raw_themes`` and ``raw_theme_terms`` (a map) for DuckDB to finish."""
    columns = _fields(statements, _STATEMENT_FIELDS)
    if columns is None or columns["domestic"].null_count:
        columns = {name: [getattr(s, name) for s in statements] for name in _STATEMENT_FIELDS.names}
        columns["domestic"] = [bool(d) for d in columns["domestic"]]
        columns["themes"] = [list(t or ()) for t in columns["themes"]]
        columns["theme_terms"] = [[(k, list(v or ())) for k, v in (t or {}).items()] for t in columns["theme_terms"]]
    return pa.Table.from_pydict(
        {
            "country": columns["country"],
            "country_name": columns["country_name"],
            "organization": columns["organization"],
            "speaker": columns["speaker"],
            "role": columns["role"],
            "via": columns["via"],
            "date": _dates(columns["date"]),
            "date_text": columns["date"],
            "date_basis": columns["date_basis"],
            "kind": columns["kind"],
            "domestic": columns["domestic"],
            "quote": columns["quote"],
            "quote_start": columns["start"],
            "quote_end": columns["end"],
            "spans": columns["spans"],  # tuples of pairs: Arrow reads them as lists
            "raw_themes": columns["themes"],
            "raw_theme_terms": columns["theme_terms"],
        },
        schema=_STATEMENT_ROWS,
    )


# What ``FileRows`` holds: the columns of the tables but the ids (and statement positions),
# which the store gives; the statements' themes and terms as given, for DuckDB to finish.
_ARTICLE_ROWS = pa.schema([f for f in ARTICLE_SCHEMA if f.name not in ("article_id", "document_id")])
_STATEMENT_ROWS = pa.schema(
    [f for f in STATEMENT_SCHEMA
     if f.name not in ("statement_id", "article_id", "document_id", "position", "themes", "theme_terms")]
    + [("raw_themes", pa.list_(pa.string())), ("raw_theme_terms", pa.map_(pa.string(), pa.list_(pa.string())))]
)


def _insert(
    con: duckdb.DuckDBPyConnection, table: str, rows: pa.Table, *, extra: dict[str, str] | None = None,
    source: str = "{rows}",
) -> None:
    """Bulk insert an Arrow table whose columns are named like the table's.

    ``extra`` maps further table columns to SQL expressions over the Arrow columns;
    Arrow columns named ``raw_*`` only feed those expressions. ``source`` is the FROM
    clause, over ``{rows}`` (the Arrow table).
    """
    if rows.num_rows == 0:
        return
    extra = extra or {}
    direct = [name for name in rows.column_names if not name.startswith("raw_")]
    columns = ", ".join([*direct, *extra])
    values = ", ".join([*direct, *extra.values()])
    view = f"_new_{table}"
    con.register(view, rows)
    try:
        con.execute(f"INSERT INTO {table} ({columns}) SELECT {values} FROM {source.format(rows=view)}")
    finally:
        con.unregister(view)


def _iso3_or_none(code: str | None) -> str | None:
    return code.strip().upper() or None if code else None


def _format_of(name: str) -> str:
    return PurePath(name).suffix.lower().lstrip(".") or "txt"
