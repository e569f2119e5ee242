"""Ingested documents: list, delete, and the source article behind a statement."""

from __future__ import annotations

import json
from collections.abc import Sequence

import duckdb
import pandas as pd

from tracker.store.database import Database
from tracker.store.reactions import ReactionKeys


def list_documents(db: Database) -> pd.DataFrame:
    """Every ingested file with its event and counts, newest first."""
    with db.read() as con:
        return con.execute(
            """
            SELECT d.document_id, d.name, d.event_id, e.name AS event_name, d.format, d.size_bytes,
                   d.reference_date, d.host_country, d.ingested_at,
                   d.article_count AS n_articles, d.statement_count AS n_statements
            FROM documents d
            LEFT JOIN events e USING (event_id)
            ORDER BY d.ingested_at DESC, d.document_id DESC
            """
        ).df()


def delete_documents_in(con: duckdb.DuckDBPyConnection, document_ids: Sequence[int]) -> dict[str, int]:
    """Delete documents and everything under them on an open transaction; return the counts removed.

    The reaction groups their statements belonged to are recomputed in the same transaction.
    """
    ids = [int(i) for i in document_ids]
    if not ids:
        return {"documents": 0, "articles": 0, "statements": 0}
    keys = ReactionKeys(con)
    keys.add_documents(ids)
    statements = (
        "SELECT s.statement_id FROM statements s JOIN articles a USING (article_id) "
        "WHERE list_contains(?::BIGINT[], a.document_id)"
    )
    con.execute(f"DELETE FROM statement_themes WHERE statement_id IN ({statements})", [ids])
    n_statements = con.execute(
        f"DELETE FROM statements WHERE statement_id IN ({statements})", [ids]
    ).fetchall()[0][0]
    n_articles = con.execute(
        "DELETE FROM articles WHERE list_contains(?::BIGINT[], document_id)", [ids]
    ).fetchall()[0][0]
    n_documents = con.execute(
        "DELETE FROM documents WHERE list_contains(?::BIGINT[], document_id)", [ids]
    ).fetchall()[0][0]
    keys.refresh()
    return {"documents": int(n_documents), "articles": int(n_articles), "statements": int(n_statements)}


def delete_document(db: Database, document_id: int) -> dict[str, int]:
    """Delete one ingested file with its articles and statements (its bytes may then be ingested again)."""
    with db.transaction() as con:
        return delete_documents_in(con, [document_id])


def article_with_spans(db: Database, statement_id: int) -> dict | None:
    """The article behind a statement, for the source view; None when the statement is unknown.

    Returns title, outlet, published, url, document_name, text and spans (a list of
    ``[start, end]`` character offsets into ``text`` of every quoted passage).
    """
    with db.read() as con:
        rows = con.execute(
            """
            SELECT a.title, a.outlet, a.published, a.url, d.name, a.text, s.spans,
                   s.quote_start, s.quote_end, s.speaker, s.quote
            FROM statements s
            JOIN articles a ON a.article_id = s.article_id
            JOIN documents d ON d.document_id = s.document_id
            WHERE s.statement_id = ?
            """,
            [statement_id],
        ).fetchall()
    if not rows:
        return None
    title, outlet, published, url, document_name, text, spans, start, end, speaker, quote = rows[0]
    spans = [list(s) for s in (spans or [])]
    if not spans and start is not None and end is not None:
        spans = [[start, end]]
    return {
        "title": title,
        "outlet": outlet,
        "published": published,
        "url": url,
        "document_name": document_name,
        "text": text,
        "spans": spans,
        "speaker": speaker,
        "quote": quote,
    }


def theme_terms(db: Database, statement_id: int) -> dict[str, list[str]]:
    """The words that matched each theme of a statement (why it got its themes)."""
    with db.read() as con:
        rows = con.execute(
            "SELECT theme_terms FROM statements WHERE statement_id = ?", [statement_id]
        ).fetchall()
    return json.loads(rows[0][0]) if rows and rows[0][0] else {}
