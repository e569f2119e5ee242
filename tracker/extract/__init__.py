"""Articles to diplomatic-reaction statements (pure functions; data files are read once at import)."""

import sys

from tracker.extract.host import infer_host_country
from tracker.extract.statements import extract_statements

__all__ = ["clear_caches", "extract_statements", "infer_host_country"]


def clear_caches() -> None:
    """Empty the per-sentence memo caches, so a benchmark repeat costs what new text would."""
    for name, module in list(sys.modules.items()):
        if not name.startswith("tracker.extract."):
            continue
        for value in vars(module).values():
            if callable(getattr(value, "cache_clear", None)) and getattr(value, "__module__", "") == name:
                value.cache_clear()
