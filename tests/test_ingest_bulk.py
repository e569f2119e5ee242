"""A bulk ingest (the command line's way: file held open, batches of files per transaction).

While it holds the file, batches are committed without being folded into the
reaction groups; the fold happens before the file is let go, or, after a crash, on
the next open. Whatever happens, every committed row is there and the groups equal
a recomputation from the statements.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import duckdb

from tests.test_reaction_groups import stored_equals_recomputed
from tracker.parallel import StoreBatch, _HeldOpen
from tracker.store import Database, Filters
from tracker.store import queries as q
from tracker.store.ingest import Extracted
from tracker.store.schema import SCHEMA_VERSION, current_version

REF = dt.date(2025, 6, 6)
ROOT = Path(__file__).resolve().parents[1]


def _files(records, n: int, *, bad: int | None = None) -> list[Extracted]:
    """``n`` files reporting the same few speakers (so their reactions merge); file ``bad`` cannot be stored."""
    speakers = [("Marco Rubio", "USA"), ("Penny Wong", "AUS"), ("Ishiba Shigeru", "JPN")]
    items = []
    for f in range(n):
        articles = [records.article(f"story {f}-{i}", f"text of story {f}-{i}", position=i, outlet=f"Outlet {i}")
                    for i in range(2)]  # fmt: skip
        per_article = [
            [records.statement(sp, c, f"quote {f}-{i}-{sp}", date=f"2025-06-0{4 + f % 2}") for sp, c in speakers]
            for i in range(2)
        ]
        if f == bad:  # a statement without its quote breaks a NOT NULL column at insert
            per_article[1][0] = dataclasses.replace(per_article[1][0], quote=None)
        items.append(Extracted(f"file {f}".encode(), f"file{f}.txt", articles, per_article, REF,
                               event="Korean election", event_host_country="KOR",
                               event_date=dt.date(2025, 6, 3)))  # fmt: skip
    return items


def _bulk_store(db: Database, batches: list[list[Extracted]]) -> list:
    """Store batches the way ``tracker.parallel.ingest_files`` does: the file held open throughout."""
    held, results = _HeldOpen(db), []
    held.hold()
    try:
        for items in batches:
            batch = StoreBatch(db)
            for item in items:
                results += [r for _, r in batch.add(item.name, item)]
            results += [r for _, r in batch.flush()]
    finally:
        held.release()
    return results


def test_bulk_ingest_in_batches_shows_every_reaction_once_it_lets_go(db, records):
    files = _files(records, 6)
    results = _bulk_store(db, [files[:3], files[3:]])
    assert [r.statements_added for r in results] == [6] * 6
    assert stored_equals_recomputed(db) == 6  # 3 speakers x 2 days, each reported by several files
    usa = q.country_summary(db, Filters()).set_index("country").loc["USA"]
    assert usa["mentions"] == 12
    with db.read() as con:
        assert con.execute("SELECT count(*) FROM reaction_pending").fetchall()[0][0] == 0


def test_bulk_batch_with_a_bad_file_keeps_the_others_and_their_reactions(db, records):
    files = _files(records, 4, bad=2)
    results = _bulk_store(db, [files])
    assert [r.ok for r in results] == [True, True, False, True]
    assert "nothing was changed" in results[2].rejected
    assert stored_equals_recomputed(db) == 6
    with db.read() as con:
        stored = {r[0] for r in con.execute("SELECT name FROM documents").fetchall()}
    assert stored == {"file0.txt", "file1.txt", "file3.txt"}
    # the same files again add nothing
    again = _bulk_store(db, [_files(records, 4, bad=2)])
    assert [r.already_known for r in again] == [True, True, False, True]
    assert stored_equals_recomputed(db) == 6


CRASHING_INGEST = """
import datetime as dt, os, sys
sys.path.insert(0, {root!r})
from tests.conftest import make_article, make_statement
from tests.test_ingest_bulk import _files
from tracker.parallel import StoreBatch, _HeldOpen
from tracker.store import Database

class Records:
    article = staticmethod(make_article)
    statement = staticmethod(make_statement)

db = Database({path!r})
held = _HeldOpen(db)
held.hold()
files = _files(Records, 6)
for part in (files[:3], files[3:]):
    batch = StoreBatch(db)
    for item in part:
        batch.add(item.name, item)
    print(len(batch.flush()), flush=True)  # committed
with db.read() as con:
    print(con.execute("SELECT count(*) FROM reaction_pending").fetchall()[0][0], flush=True)
os._exit(3)  # killed while holding the file: no fold, no checkpoint, no close
"""


def test_a_crash_during_a_bulk_ingest_loses_no_committed_row(db_path):
    script = CRASHING_INGEST.format(root=str(ROOT), path=str(db_path))
    done = subprocess.run([sys.executable, "-c", textwrap.dedent(script)], capture_output=True, text=True,
                          cwd=ROOT, env={**os.environ, "PYTHONPATH": str(ROOT)}, timeout=120)  # fmt: skip
    assert done.returncode == 3, done.stderr
    assert done.stdout.split() == ["3", "3", "6"]  # two batches committed, none folded yet
    # opened by someone else afterwards: every committed row is there and the groups are whole
    db = Database(db_path, timeout=5)
    with db.read() as con:
        assert con.execute("SELECT count(*) FROM documents").fetchall()[0][0] == 6
        assert con.execute("SELECT count(*) FROM statements").fetchall()[0][0] == 36
        assert con.execute("SELECT count(*) FROM reaction_pending").fetchall()[0][0] == 0
    assert stored_equals_recomputed(db) == 6
    assert q.country_summary(db, Filters()).set_index("country").loc["JPN"]["mentions"] == 12


def test_version_3_database_upgrades_and_takes_a_bulk_ingest(db_path, records):
    # a version-3 file is today's layout without the list of deferred documents and statements' documents
    con = duckdb.connect(str(db_path))
    from tracker.store.schema import ensure_schema

    ensure_schema(con)
    con.execute("DROP TABLE reaction_pending")
    con.execute("DROP VIEW statement_theme_rows; DROP VIEW statement_rows; DROP VIEW statement_facts")
    con.execute("ALTER TABLE statements DROP COLUMN document_id")
    con.execute("UPDATE schema_version SET version = 3")
    assert current_version(con) == 3
    con.close()
    db = Database(db_path)
    _bulk_store(db, [_files(records, 2)])
    with db.read() as con:
        assert current_version(con) == SCHEMA_VERSION == 5
    assert stored_equals_recomputed(db) == 6


def test_taking_turns_mid_ingest_never_shows_groups_missing_stored_rows(db_path, records, monkeypatch):
    import tracker.parallel as parallel

    db = Database(db_path)
    files = _files(records, 6)
    held = _HeldOpen(db)

    def store(items):
        held.hold()
        batch = StoreBatch(db)
        for item in items:
            batch.add(item.name, item)
        batch.flush()

    store(files[:2])
    held.release(final=False)  # few rows pending: left for whoever opens next
    with duckdb.connect(str(db_path)) as raw:  # what is in the file, before any tracker code opens it
        assert raw.execute("SELECT count(*) FROM reaction_pending").fetchall()[0][0] == 2
    dashboard = Database(db_path)  # another reader taking its turn sees every stored row
    assert stored_equals_recomputed(dashboard) == 6
    assert q.country_summary(dashboard, Filters()).set_index("country").loc["AUS"]["mentions"] == 4
    monkeypatch.setattr(parallel, "FOLD_PENDING_STATEMENTS", 1)  # many rows pending: folded before letting go
    store(files[2:4])
    held.release(final=False)
    with duckdb.connect(str(db_path)) as raw:
        assert raw.execute("SELECT count(*) FROM reaction_pending").fetchall()[0][0] == 0
    store(files[4:])
    held.release()
    assert stored_equals_recomputed(db) == 6
    assert q.country_summary(db, Filters()).set_index("country").loc["AUS"]["mentions"] == 12


def test_an_ingest_back_from_its_break_waits_for_whoever_took_the_turn(db_path, records):
    """The process that took the turn may be folding this ingest's pending rows for longer than the
    usual busy timeout; the ingest must wait for it, not stop with 'database busy' mid-run."""
    from tracker.store import DatabaseBusy

    db = Database(db_path, timeout=0.3)
    files = _files(records, 4)
    held = _HeldOpen(db)
    held.hold()
    batch = StoreBatch(db)
    for item in files[:2]:
        batch.add(item.name, item)
    batch.flush()
    held.release(final=False)
    holder = subprocess.Popen(
        [sys.executable, "-c", "import sys, time, duckdb; c = duckdb.connect(sys.argv[1]); print('holding', flush=True); "
         "time.sleep(1.5); c.close()", str(db_path)],
        stdout=subprocess.PIPE, text=True,
    )  # fmt: skip
    try:
        assert holder.stdout.readline().strip() == "holding"
        try:  # a new command still gives up after its own short timeout ...
            with Database(db_path, timeout=0.3).connect():
                raise AssertionError("the file should have been busy")
        except DatabaseBusy:
            pass
        held.hold()  # ... while the ingest coming back waits until the other process lets go
        batch = StoreBatch(db)
        for item in files[2:]:
            batch.add(item.name, item)
        batch.flush()
        held.release()
    finally:
        holder.wait(timeout=30)
    assert stored_equals_recomputed(db) == 6
    assert q.country_summary(db, Filters()).set_index("country").loc["AUS"]["mentions"] == 8
