"""Events: create, list, rename, move documents between them, delete with their rows."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

import duckdb
import pandas as pd

from tracker.store.database import Database


class EventError(ValueError):
    """An event operation that cannot be done (unknown event, name taken, ...); the message says why."""


def list_events(db: Database) -> pd.DataFrame:
    """Every event with its document, article and statement counts, newest event first."""
    with db.read() as con:
        return con.execute(
            """
            SELECT e.event_id, e.name, e.host_country, e.event_date, e.note, e.created_at,
                   count(d.document_id) AS n_documents,
                   coalesce(sum(d.article_count), 0)::BIGINT AS n_articles,
                   coalesce(sum(d.statement_count), 0)::BIGINT AS n_statements
            FROM events e
            LEFT JOIN documents d USING (event_id)
            GROUP BY ALL
            ORDER BY e.event_date DESC NULLS LAST, e.name
            """
        ).df()


def _clean_name(name: str) -> str:
    cleaned = " ".join((name or "").split())
    if not cleaned:
        raise EventError("an event needs a name")
    return cleaned


def _require(con: duckdb.DuckDBPyConnection, event_id: int) -> str:
    row = con.execute("SELECT name FROM events WHERE event_id = ?", [event_id]).fetchall()
    if not row:
        raise EventError(f"no event with id {event_id}")
    return row[0][0]


def _name_taken(con: duckdb.DuckDBPyConnection, name: str, except_id: int | None = None) -> bool:
    row = con.execute(
        "SELECT count(*) FROM events WHERE lower(name) = lower(?) AND event_id IS DISTINCT FROM ?",
        [name, except_id],
    ).fetchall()
    return bool(row[0][0])


def create_event(
    db: Database,
    name: str,
    *,
    host_country: str | None = None,
    event_date: dt.date | None = None,
    note: str | None = None,
) -> int:
    """Add an event; return its id. Raises ``EventError`` when the name is taken."""
    name = _clean_name(name)
    with db.transaction() as con:
        if _name_taken(con, name):
            raise EventError(f"an event named {name!r} already exists")
        (event_id,) = con.execute(
            "INSERT INTO events (name, host_country, event_date, note) VALUES (?, ?, ?, ?) "
            "RETURNING event_id",
            [name, (host_country or None) and host_country.upper(), event_date, note],
        ).fetchall()[0]
    return int(event_id)


def update_event(
    db: Database,
    event_id: int,
    *,
    host_country: str | None = None,
    event_date: dt.date | None = None,
    note: str | None = None,
) -> None:
    """Change an event's host country, date or note (arguments left as None stay as they are)."""
    with db.transaction() as con:
        _require(con, event_id)
        con.execute(
            "UPDATE events SET host_country = coalesce(?, host_country), "
            "event_date = coalesce(?, event_date), note = coalesce(?, note) WHERE event_id = ?",
            [(host_country or None) and host_country.upper(), event_date, note, event_id],
        )


def rename_event(db: Database, event_id: int, new_name: str) -> None:
    """Give an event a new name; raises ``EventError`` when it is unknown or the name is taken."""
    new_name = _clean_name(new_name)
    with db.transaction() as con:
        _require(con, event_id)
        if _name_taken(con, new_name, except_id=event_id):
            raise EventError(f"an event named {new_name!r} already exists")
        con.execute("UPDATE events SET name = ? WHERE event_id = ?", [new_name, event_id])


def move_document(db: Database, document_id: int, event_id: int) -> None:
    """Put a document (and so its reactions) under another event."""
    with db.transaction() as con:
        _require(con, event_id)
        found = con.execute(
            "SELECT count(*) FROM documents WHERE document_id = ?", [document_id]
        ).fetchall()[0][0]
        if not found:
            raise EventError(f"no document with id {document_id}")
        from tracker.store.reactions import ReactionKeys

        keys = ReactionKeys(con)
        keys.add_documents([document_id])  # its groups under the old event ...
        con.execute("UPDATE documents SET event_id = ? WHERE document_id = ?", [event_id, document_id])
        keys.add_documents([document_id])  # ... and under the new one
        keys.refresh()


def delete_event(db: Database, event_id: int) -> dict[str, int]:
    """Delete an event with its documents, articles and statements; return what was removed.

    The caller asks for confirmation first; this is not reversible.
    """
    from tracker.store.documents import delete_documents_in

    with db.transaction() as con:
        _require(con, event_id)
        ids = [
            r[0]
            for r in con.execute(
                "SELECT document_id FROM documents WHERE event_id = ?", [event_id]
            ).fetchall()
        ]
        removed = delete_documents_in(con, ids)
        con.execute("DELETE FROM events WHERE event_id = ?", [event_id])
    return removed


def event_ids(db: Database, names: Iterable[str]) -> tuple[int, ...]:
    """The ids of events named (case-insensitively); raises ``EventError`` naming any unknown one."""
    wanted = [" ".join(n.split()) for n in names if n and n.strip()]
    if not wanted:
        return ()
    with db.read() as con:
        rows = con.execute("SELECT event_id, name FROM events ORDER BY name").fetchall()
    by_name = {name.lower(): int(eid) for eid, name in rows}
    missing = [n for n in wanted if n.lower() not in by_name]
    if missing:
        known = ", ".join(repr(name) for _, name in rows) or "none"
        raise EventError(f"no event named {', '.join(map(repr, missing))} (known events: {known})")
    return tuple(dict.fromkeys(by_name[n.lower()] for n in wanted))
