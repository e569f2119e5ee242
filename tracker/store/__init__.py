"""DuckDB storage: the only place in the tracker with SQL.

Public API (see the store contract): ``Database``, ``DatabaseBusy``,
``default_db_path``, ``ensure_default_database``, ``ingest_bytes``,
``preview_bytes``, ``IngestResult``, ``Filters``, ``where_clause``,
``export_csv``, ``csv_bytes``, document and event management, and
``article_with_spans``.
"""

from tracker.store.database import Database, DatabaseBusy, default_db_path
from tracker.store.documents import article_with_spans, delete_document, list_documents, theme_terms
from tracker.store.events import (
    EventError,
    create_event,
    delete_event,
    event_ids,
    list_events,
    move_document,
    rename_event,
    update_event,
)
from tracker.store.export import COLUMNS as EXPORT_COLUMNS
from tracker.store.export import csv_bytes, export_csv
from tracker.store.filters import Filters, where_clause
from tracker.store.ingest import IngestResult, ingest_bytes, preview_bytes, store_extracted
from tracker.store.sample import SAMPLE_EVENT, ensure_default_database
from tracker.store.schema import SCHEMA_VERSION, UNASSIGNED_EVENT, SchemaTooNew

__all__ = [
    "EXPORT_COLUMNS",
    "SAMPLE_EVENT",
    "SCHEMA_VERSION",
    "UNASSIGNED_EVENT",
    "Database",
    "DatabaseBusy",
    "EventError",
    "Filters",
    "IngestResult",
    "SchemaTooNew",
    "article_with_spans",
    "create_event",
    "csv_bytes",
    "default_db_path",
    "delete_document",
    "delete_event",
    "ensure_default_database",
    "event_ids",
    "export_csv",
    "ingest_bytes",
    "list_documents",
    "list_events",
    "move_document",
    "preview_bytes",
    "rename_event",
    "store_extracted",
    "theme_terms",
    "update_event",
    "where_clause",
]
