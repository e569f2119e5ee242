"""DuckDB storage: the only place in the tracker with SQL.

Public API (see STORE contract): ``Database``, ``DatabaseBusy``, ``default_db_path``,
``ensure_default_database``, ``ingest_bytes``, ``preview_bytes``, ``IngestResult``,
``Filters``, ``where_clause``, ``export_csv``, ``csv_bytes``, document and event
management, ``article_with_spans``.
"""

from tracker.store.database import Database, DatabaseBusy, default_db_path
from tracker.store.filters import Filters, where_clause
from tracker.store.ingest import IngestResult, ingest_bytes, preview_bytes
from tracker.store.schema import SCHEMA_VERSION, UNASSIGNED_EVENT, SchemaTooNew

__all__ = [
    "SCHEMA_VERSION",
    "UNASSIGNED_EVENT",
    "Database",
    "DatabaseBusy",
    "Filters",
    "IngestResult",
    "SchemaTooNew",
    "default_db_path",
    "ingest_bytes",
    "preview_bytes",
    "where_clause",
]
