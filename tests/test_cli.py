"""The command line: ingest, export and events, checked through the store afterwards."""

from __future__ import annotations

import csv
import datetime as dt
import io
import os
import subprocess
import sys
import textwrap

import pytest

from conftest import ROOT, SAMPLE_PATH
from tracker.cli import build_parser, main
from tracker.store import Database, list_documents, list_events, store_extracted
from tracker.store.sample import SAMPLE_EVENT

REF = dt.date(2025, 6, 6)


def run_cli(*args: str, env: dict | None = None, timeout: float = 120) -> subprocess.CompletedProcess:
    """``python -m tracker ARGS`` in a real subprocess, as a user types it."""
    return subprocess.run(
        [sys.executable, "-m", "tracker", *args],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=timeout,
        env={**os.environ, **(env or {})},
    )


def csv_rows(text: str) -> list[dict]:
    return list(csv.DictReader(io.StringIO(text.removeprefix("\ufeff"))))


@pytest.fixture
def stored_db(db, records):
    """A database with two hand-made events (no extractor involved)."""
    st = records.statement
    store_extracted(
        db, b"k", "korea.txt", [records.article("K", "k text", outlet="Herald")],
        [[st("Marco Rubio", "USA", "=cmd|' /C calc'!A0", themes=("alliance",)),
          st("Lin Jian", "CHN", "Concerned.", kind="concern")]],
        reference_date=REF, event="Korean election", event_host_country="KOR", event_date=dt.date(2025, 6, 3),
    )  # fmt: skip
    store_extracted(
        db, b"c", "canada.txt", [records.article("C", "c text", outlet="CBC")],
        [[st("Keir Starmer", "GBR", "Congratulations.")]],
        reference_date=REF, event="Canadian election", event_host_country="CAN", event_date=dt.date(2025, 4, 28),
    )  # fmt: skip
    return db


def test_acceptance_ingest_twice_then_export_prints_the_same_rows(db_path):
    db = str(db_path)
    first = run_cli("ingest", str(SAMPLE_PATH), "--db", db, "--reference-date", "2025-06-06")
    assert first.returncode == 0, first.stderr
    assert "1 stored" in first.stdout and "Traceback" not in first.stderr
    export_1 = run_cli("export", "--db", db, "--out", "-")
    assert export_1.returncode == 0, export_1.stderr
    second = run_cli("ingest", str(SAMPLE_PATH), "--db", db, "--reference-date", "2025-06-06")
    assert second.returncode == 0, second.stderr
    assert "already ingested" in second.stdout and "0 statements added" in second.stdout
    export_2 = run_cli("export", "--db", db, "--out", "-")
    assert export_2.stdout == export_1.stdout
    rows = csv_rows(export_1.stdout)
    stored = Database(db_path).path
    assert len(rows) == sum(1 for _ in rows) > 0 and stored.exists()


def test_ingest_rejects_bad_file_with_exit_1_and_stores_the_others(db_path, tmp_path, capsys):
    bad = tmp_path / "broken.json"
    bad.write_bytes(b'{"title": ')
    missing = tmp_path / "missing.txt"
    status = main(["ingest", str(bad), str(SAMPLE_PATH), str(missing), "--db", str(db_path),
                   "--reference-date", "2025-06-06"])  # fmt: skip
    out, err = capsys.readouterr()
    assert status == 1
    assert f"error: {bad}:" in err and f"error: {missing}:" in err and "Traceback" not in err
    assert "3 file(s): 1 stored" in out and "2 rejected" in out
    assert list(list_documents(Database(db_path))["name"]) == [SAMPLE_PATH.name]


def test_ingest_into_new_event_needs_its_date(db_path, capsys):
    status = main(["ingest", str(SAMPLE_PATH), "--db", str(db_path), "--event", "Brand new"])
    assert status == 1
    assert "--event-date" in capsys.readouterr().err
    assert list_documents(Database(db_path)).empty


def test_ingest_with_event_creates_it(db_path, capsys):
    status = main(["ingest", str(SAMPLE_PATH), "--db", str(db_path), "--reference-date", "2025-06-06",
                   "--event", "Election", "--host-country", "kor", "--event-date", "2025-06-03"])  # fmt: skip
    assert status == 0, capsys.readouterr().err
    event = list_events(Database(db_path)).iloc[0]
    assert (event["name"], event["host_country"], event["event_date"].date()) == (
        "Election", "KOR", dt.date(2025, 6, 3),
    )  # fmt: skip


def test_export_filters_and_neutralises_formulas(stored_db, tmp_path, capsys):
    out = tmp_path / "usa.csv"
    status = main(["export", "--db", str(stored_db.path), "--out", str(out), "--country", "usa",
                   "--theme", "alliance"])  # fmt: skip
    assert status == 0
    assert "wrote 1 row(s)" in capsys.readouterr().err
    (row,) = csv_rows(out.read_text(encoding="utf-8"))
    assert row["speaker"] == "Marco Rubio" and row["quote"] == "'=cmd|' /C calc'!A0"


def test_export_by_event_name_to_stdout(stored_db, capsys):
    status = main(["export", "--db", str(stored_db.path), "--event", "canadian ELECTION"])
    out = capsys.readouterr().out
    assert status == 0
    assert [r["speaker"] for r in csv_rows(out)] == ["Keir Starmer"]


def test_export_unknown_event_is_one_clear_line(stored_db, capsys):
    status = main(["export", "--db", str(stored_db.path), "--event", "Nope"])
    err = capsys.readouterr().err
    assert status == 1
    assert err.count("\n") == 1 and "no event named 'Nope'" in err and "Korean election" in err


def test_events_commands_list_rename_move_delete(stored_db, capsys):
    db = ["--db", str(stored_db.path)]
    assert main(["events", "list", *db]) == 0
    listing = capsys.readouterr().out
    assert "Korean election  [KOR 2025-06-03]  1 document(s), 2 statement(s)" in listing
    assert main(["events", "rename", "Korean election", "Korea 2025", *db]) == 0
    canada_doc = int(list_documents(stored_db).set_index("name").loc["canada.txt", "document_id"])
    assert main(["events", "move", str(canada_doc), "Korea 2025", *db]) == 0
    assert main(["events", "delete", "Canadian election", *db]) == 1  # no --yes, no terminal
    assert "--yes" in capsys.readouterr().err
    assert main(["events", "delete", "Canadian election", "--yes", *db]) == 0
    events = list_events(stored_db)
    assert list(events["name"]) == ["Korea 2025"] and events.iloc[0]["n_statements"] == 3


def test_first_run_builds_the_default_database_from_the_samples(tmp_path):
    target = tmp_path / "fresh" / "tracker.duckdb"
    result = run_cli("export", "--include-domestic", env={"TRACKER_DB": str(target)})
    assert result.returncode == 0, result.stderr
    rows = csv_rows(result.stdout)
    assert rows and {r["event_name"] for r in rows} == {SAMPLE_EVENT}
    assert target.exists() and not list(target.parent.glob(".*building*"))


HOLDER = textwrap.dedent(
    """
    import sys, time, duckdb
    con = duckdb.connect(sys.argv[1])
    print("holding", flush=True)
    time.sleep(60)
    """
)


def test_busy_database_is_one_line_without_traceback(stored_db):
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(stored_db.path)], stdout=subprocess.PIPE, text=True
    )
    try:
        assert holder.stdout.readline().strip() == "holding"
        for args in (["export", "--db", str(stored_db.path)],
                     ["ingest", str(SAMPLE_PATH), "--db", str(stored_db.path)]):  # fmt: skip
            result = run_cli(*args, env={"TRACKER_DB_TIMEOUT": "0.5"})
            assert result.returncode == 1
            assert "database busy" in result.stderr and "try again" in result.stderr
            assert "Traceback" not in result.stderr
    finally:
        holder.kill()
        holder.wait()


def test_every_command_has_help_with_an_example():
    parser = build_parser()
    sub = next(a for a in parser._actions if a.dest == "command")
    for name in ("ingest", "export", "events", "documents"):
        assert "example: python -m tracker " + name in sub.choices[name].description


def test_documents_list_and_delete(stored_db, capsys):
    db = ["--db", str(stored_db.path)]
    assert main(["documents", "list", *db]) == 0
    listing = capsys.readouterr().out
    assert "korea.txt  [Korean election]  1 article(s), 2 statement(s)" in listing
    korea = int(list_documents(stored_db).set_index("name").loc["korea.txt", "document_id"])
    assert main(["documents", "delete", str(korea), *db]) == 1  # needs --yes
    assert main(["documents", "delete", str(korea), "--yes", *db]) == 0
    assert list(list_documents(stored_db)["name"]) == ["canada.txt"]
    assert main(["documents", "delete", "999", "--yes", *db]) == 1
    assert "no document with id 999" in capsys.readouterr().err
