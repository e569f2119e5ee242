"""Articles to diplomatic-reaction statements (pure functions; data files are read once at import)."""

from tracker.extract.statements import extract_statements, infer_host_country

__all__ = ["extract_statements", "infer_host_country"]
