"""First run: build the default database from the dumps bundled in ``data/samples/``.

A new user then sees charts immediately. The database is built in a temporary
file and linked into place only when complete, so an interrupted first run or
two first runs at once never leave a half-built database behind.
"""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

from tracker.readers import SUPPORTED_EXTENSIONS
from tracker.store.database import PROJECT_ROOT, Database, default_db_path
from tracker.store.ingest import IngestResult, ingest_bytes

SAMPLES_DIR = PROJECT_ROOT / "data" / "samples"
SAMPLE_EVENT = "2025 South Korean presidential election"
SAMPLE_HOST = "KOR"
SAMPLE_EVENT_DATE = dt.date(2025, 6, 3)
SAMPLE_REFERENCE_DATE = dt.date(2025, 6, 6)  # the day the sample was collected
SAMPLE_SUFFIXES = set(SUPPORTED_EXTENSIONS)


def sample_files(folder: Path = SAMPLES_DIR) -> list[Path]:
    return sorted(p for p in folder.glob("*") if p.is_file() and p.suffix.lower() in SAMPLE_SUFFIXES)


def ingest_samples(db: Database, folder: Path = SAMPLES_DIR) -> list[IngestResult]:
    """Ingest the bundled sample dumps into ``db`` under the sample event."""
    return [
        ingest_bytes(
            db,
            path.read_bytes(),
            path.name,
            reference_date=SAMPLE_REFERENCE_DATE,
            host_country=SAMPLE_HOST,
            event=SAMPLE_EVENT,
            event_host_country=SAMPLE_HOST,
            event_date=SAMPLE_EVENT_DATE,
        )
        for path in sample_files(folder)
    ]


def ensure_default_database(path: str | os.PathLike | None = None) -> Path:
    """Return the database path, first building it from ``data/samples/`` when it does not exist."""
    target = Path(path) if path else default_db_path()
    if target.exists():
        return target
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = target.with_name(f".{target.name}.{os.getpid()}.building")
    tmp.unlink(missing_ok=True)
    try:
        ingest_samples(Database(tmp))
        try:
            os.link(tmp, target)  # fails if another process finished first: keep theirs
        except FileExistsError:
            pass
    finally:
        tmp.unlink(missing_ok=True)
        Path(f"{tmp}.wal").unlink(missing_ok=True)
    return target
