"""Shared fixtures: real DuckDB files in temporary folders, the bundled sample, table snapshots."""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:  # `pytest` run without `python -m` still imports the package
    sys.path.insert(0, str(ROOT))

from tracker.models import Article, Statement  # noqa: E402
from tracker.store import Database  # noqa: E402
from tracker.store.sample import (  # noqa: E402
    SAMPLE_EVENT,
    SAMPLE_EVENT_DATE,
    SAMPLE_HOST,
    SAMPLE_REFERENCE_DATE,
    ingest_samples,
    sample_files,
)

SAMPLE_PATH = sample_files()[0]
REFERENCE_DATE = SAMPLE_REFERENCE_DATE
STORE_TABLES = (
    "schema_version", "events", "documents", "articles", "statements", "statement_themes", "reaction_groups",
)


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    """A database file name in a fresh temporary folder (the file does not exist yet)."""
    return tmp_path / "tracker.duckdb"


@pytest.fixture
def db(db_path: Path) -> Database:
    """An empty database handle on ``db_path`` with a short busy timeout."""
    return Database(db_path, timeout=2)


@pytest.fixture
def sample_bytes() -> bytes:
    """The bytes of the bundled sample dump."""
    return SAMPLE_PATH.read_bytes()


@pytest.fixture(scope="session")
def _sample_db_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("sample") / "sample.duckdb"
    results = ingest_samples(Database(path))
    assert all(r.ok for r in results), [r.summary() for r in results]
    return path


@pytest.fixture
def sample_db(_sample_db_file: Path, db_path: Path) -> Database:
    """A private copy of a database holding the bundled sample under its event."""
    shutil.copy(_sample_db_file, db_path)
    return Database(db_path, timeout=2)


def snapshot_tables(db: Database) -> dict[str, list[tuple]]:
    """Every row of every store table, sorted: equal snapshots mean an unchanged database."""
    out = {}
    with db.read() as con:
        for table in STORE_TABLES:
            rows = con.execute(f"SELECT * FROM {table}").fetchall()
            out[table] = sorted(rows, key=repr)
    return out


@pytest.fixture
def snapshot():
    """``snapshot(db)``: all table rows, for before/after comparisons."""
    return snapshot_tables


SAMPLE = {
    "event": SAMPLE_EVENT,
    "host": SAMPLE_HOST,
    "event_date": SAMPLE_EVENT_DATE,
    "reference_date": SAMPLE_REFERENCE_DATE,
}


@pytest.fixture
def sample_event() -> dict:
    """Name, host, date and reference date of the sample's event."""
    return dict(SAMPLE)


@pytest.fixture
def query():
    """``query(db, sql, params)``: the rows of a read-only SQL query."""

    def run(db: Database, sql: str, params: list | None = None) -> list[tuple]:
        with db.read() as con:
            return con.execute(sql, params or []).fetchall()

    return run


def make_article(title: str, text: str, *, position: int = 0, outlet: str | None = "Test Wire",
                 published: str | None = "2025-06-04") -> Article:
    return Article(title=title, text=text, position=position, outlet=outlet, published=published)


def make_statement(speaker: str, country: str | None, quote: str, *, date: str | None = "2025-06-04",
                   kind: str = "congratulation", themes: tuple[str, ...] = (), role: str | None = None,
                   domestic: bool = False, country_name: str | None = None) -> Statement:
    return Statement(
        country=country, country_name=country_name or country, speaker=speaker, role=role, date=date,
        date_basis="explicit", themes=themes, theme_terms={t: [t] for t in themes}, kind=kind,
        domestic=domestic, quote=quote, start=0, end=len(quote), spans=((0, len(quote)),),
    )


@pytest.fixture
def records():
    """Builders of hand-made ``Article`` and ``Statement`` records (``records.article``, ``records.statement``)."""

    class Records:
        article = staticmethod(make_article)
        statement = staticmethod(make_statement)

    return Records
