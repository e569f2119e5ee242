"""A command-line ingest of a large file killed with SIGKILL: no stored row is lost, no half file is kept.

``test_store.py`` kills ``store_extracted`` while a hook holds its transaction open. These
tests kill the real command (``python -m tracker ingest``: readers, extractor, store) on a
real multi-megabyte dump: once right after its first rows are written inside the
transaction, and at moments spread over a whole run with no instrumentation at all.
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from conftest import ROOT
from tracker.store import Database
from tracker.store.reactions import recomputed

N_ARTICLES = 4000
SPEAKERS = [
    ("Australian Foreign Minister Penny Wong", "Wong"),
    ("German Chancellor Friedrich Merz", "Merz"),
    ("Canadian Prime Minister Mark Carney", "Carney"),
    ("Japanese Prime Minister Shigeru Ishiba", "Ishiba"),
]
INGEST_ARGS = ["--reference-date", "2025-06-06", "--host-country", "KOR"]

# Runs the real command line; announces (without waiting) when the articles are written inside
# the still-open transaction, so the parent can kill it there.
ANNOUNCING_INGEST = """
import sys
from tracker.store import ingest
real_insert = ingest._insert
def announcing_insert(con, table, rows, **kwargs):
    real_insert(con, table, rows, **kwargs)
    if table == "articles":
        print("articles written", flush=True)
ingest._insert = announcing_insert
from tracker.cli import main
sys.exit(main(sys.argv[1:]))
"""


@pytest.fixture(scope="module")
def big_dump(tmp_path_factory) -> Path:
    """A 1.2 MB JSON Lines dump: 4,000 articles, one reaction each."""
    lines = []
    for i in range(N_ARTICLES):
        speaker, short = SPEAKERS[i % len(SPEAKERS)]
        text = (
            f"{speaker} on Wednesday congratulated the president-elect. \u201cWe look forward to working together "
            f"on question {i},\u201d {short} said in a statement. Analysts said story {i} mattered."
        )
        lines.append(json.dumps({"title": f"Story {i}: leaders react", "text": text, "source": f"Outlet {i % 50}",
                                 "published": "2025-06-04"}))  # fmt: skip
    path = tmp_path_factory.mktemp("crash") / "big_feed.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def env() -> dict:
    return {**os.environ, "PYTHONPATH": str(ROOT), "TRACKER_DB_TIMEOUT": "20"}


def ingest_command(db: Database, dump: Path) -> list[str]:
    return ["ingest", str(dump), "--db", str(db.path), *INGEST_ARGS]


def run_to_the_end(db: Database, dump: Path) -> tuple[subprocess.CompletedProcess, float]:
    started = time.monotonic()
    done = subprocess.run([sys.executable, "-m", "tracker", *ingest_command(db, dump)], cwd=ROOT, env=env(),
                          capture_output=True, text=True, timeout=300)  # fmt: skip
    return done, time.monotonic() - started


def contents(db: Database) -> dict[str, object]:
    """What a user can see in the database, independent of generated ids and timestamps."""
    with db.read() as con:
        counts = {t: con.execute(f"SELECT count(*) FROM {t}").fetchall()[0][0]
                  for t in ("events", "documents", "articles", "statements", "statement_themes")}  # fmt: skip
        documents = sorted(con.execute("SELECT name, content_hash FROM documents").fetchall())
        quotes = sorted(r[0] for r in con.execute("SELECT quote FROM statements").fetchall())
        # the stored reaction groups match the statements (kept in the same transaction)
        stored = con.execute("SELECT * EXCLUDE (reaction_id, statement_ids, article_ids) FROM reaction_groups").fetchall()
        fresh = recomputed(con).project("* EXCLUDE (reaction_id, statement_ids, article_ids)").fetchall()
        assert sorted(stored, key=repr) == sorted(fresh, key=repr)
        reactions = sorted(con.execute("SELECT speaker, quote, n_mentions FROM reactions").fetchall(), key=repr)
    return {"counts": counts, "documents": documents, "quotes": quotes, "reactions": reactions}


@pytest.fixture
def reference(sample_db, big_dump, tmp_path) -> dict:
    """The sample database after a clean, uninterrupted ingest of the big dump (on a copy)."""
    copy = Database(shutil.copy(sample_db.path, tmp_path / "reference.duckdb"))
    done, seconds = run_to_the_end(copy, big_dump)
    assert done.returncode == 0, done.stderr
    assert f"{N_ARTICLES} articles, {N_ARTICLES} statements added" in done.stdout
    return {"contents": contents(copy), "seconds": seconds}


def test_ingest_killed_inside_its_transaction_keeps_exactly_the_old_rows_then_completes(
    sample_db, big_dump, reference, snapshot
):
    before = snapshot(sample_db)
    proc = subprocess.Popen([sys.executable, "-c", ANNOUNCING_INGEST, *ingest_command(sample_db, big_dump)],
                            cwd=ROOT, env=env(), stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)  # fmt: skip
    try:
        assert proc.stdout.readline().strip() == "articles written"
        proc.send_signal(signal.SIGKILL)  # statements not yet written, nothing committed
        out, err = proc.communicate(timeout=60)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
    assert proc.returncode == -signal.SIGKILL
    assert "added" not in out, out  # it had not finished: the kill really was midway

    assert snapshot(sample_db) == before  # reopens, with exactly the rows it had

    done, _ = run_to_the_end(sample_db, big_dump)  # the same command again
    assert done.returncode == 0, done.stderr
    assert "Traceback" not in done.stderr
    assert f"{N_ARTICLES} articles, {N_ARTICLES} statements added" in done.stdout
    assert contents(sample_db) == reference["contents"]


def test_kill_at_any_moment_leaves_either_the_old_or_the_complete_database(sample_db, big_dump, reference, snapshot):
    before_rows = snapshot(sample_db)
    before = contents(sample_db)
    outcomes = []
    # Moments spread over a whole run: start-up, reading, extraction, the write, just after the commit.
    for fraction in (0.35, 0.7, 0.85, 0.93, 0.98):
        proc = subprocess.Popen([sys.executable, "-m", "tracker", *ingest_command(sample_db, big_dump)],
                                cwd=ROOT, env=env(), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)  # fmt: skip
        time.sleep(reference["seconds"] * fraction)
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        now = contents(sample_db)  # opens (replaying its log if a commit got there) after every kill
        if now == before:
            assert snapshot(sample_db) == before_rows
            outcomes.append("old")
        else:
            assert now == reference["contents"], "a killed ingest left part of a file behind"
            outcomes.append("complete")
            break  # stored: running it again would only say "already ingested"
    done, _ = run_to_the_end(sample_db, big_dump)
    assert done.returncode == 0 and "Traceback" not in done.stderr, done.stderr
    assert outcomes[0] == "old", outcomes  # a third of the way in, nothing is stored yet
    assert contents(sample_db) == reference["contents"], outcomes
