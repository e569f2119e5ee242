"""``ingest --workers N``: the same rows, rejections and idempotency as a serial ingest."""

from __future__ import annotations

from pathlib import Path

import pytest

from tracker.bench.synth import write_corpus
from tracker.cli import main
from tracker.store import Database


@pytest.fixture()
def dumps(tmp_path) -> list[str]:
    """A few synthetic dumps in every format, plus one file that is not a dump."""
    corpus = tmp_path / "corpus"
    write_corpus(corpus, 120, seed=3)
    (corpus / "broken.json").write_text("{not json", encoding="utf-8")
    return sorted(str(p) for p in corpus.iterdir())


def _rows(db_path: Path) -> list[tuple]:
    with Database(db_path).read() as con:
        return con.execute(
            "SELECT d.name, a.position, s.country, s.speaker, s.date, s.quote FROM statements s "
            "JOIN articles a ON a.article_id = s.article_id JOIN documents d ON d.document_id = s.document_id ORDER BY ALL"
        ).fetchall()


def test_two_workers_store_what_one_stores_and_reject_the_same_file(dumps, tmp_path, capsys):
    results = {}
    for workers in (1, 2):
        db = tmp_path / f"w{workers}.duckdb"
        status = main(["ingest", *dumps, "--db", str(db), "--reference-date", "2026-01-01",
                       "--workers", str(workers)])
        out, err = capsys.readouterr()
        assert status == 1, "the broken file must make the exit status 1"
        assert "broken.json" in err, err
        results[workers] = _rows(db)
    assert results[1], "nothing was stored"
    assert results[2] == results[1]


def test_parallel_ingest_again_adds_nothing(dumps, tmp_path, capsys):
    good = [p for p in dumps if not p.endswith("broken.json")]
    db = tmp_path / "again.duckdb"
    args = ["ingest", *good, "--db", str(db), "--reference-date", "2026-01-01", "--workers", "2"]
    assert main(args) == 0
    before = _rows(db)
    capsys.readouterr()
    assert main(args) == 0
    out, _ = capsys.readouterr()
    assert f"{len(good)} already ingested" in out, out
    assert _rows(db) == before


def test_workers_must_be_a_positive_number(capsys):
    with pytest.raises(SystemExit):
        main(["ingest", "x.txt", "--workers", "0"])
    assert "positive" in capsys.readouterr().err
