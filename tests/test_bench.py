"""Smoke run of the benchmark at tiny sizes: every figure is produced (no timing is asserted)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tracker.bench import measure
from tracker.bench.rows import generate_documents
from tracker.bench.synth import generate_dumps
from tracker.readers import read_document

ROOT = Path(__file__).resolve().parents[1]


def test_synthetic_dumps_are_seeded_and_sized_in_statements():
    first = list(generate_dumps(300, seed=5))
    again = list(generate_dumps(300, seed=5))
    assert [d.data for d in first] == [d.data for d in again]
    assert sum(d.statements for d in first) >= 300
    assert {d.name.rsplit(".", 1)[1] for d in first} == {"txt", "json", "jsonl"}


def test_synthetic_dumps_are_readable_by_the_real_readers():
    for dump in generate_dumps(200, seed=6):
        articles = read_document(dump.data, dump.name, reference_date=dump.reference_date)
        assert len(articles) == dump.articles, dump.name


def test_bulk_documents_give_exactly_the_statements_asked_for():
    docs = list(generate_documents(1234, seed=1, articles_per_document=50))
    assert sum(d.statements for d in docs) == 1234
    article = docs[0].articles[0]
    statement = docs[0].per_article[0][0]
    assert article.text[statement.start:statement.end] == statement.quote


def test_every_page_query_is_measured():
    measured = {name for _, name, _, _ in measure.query_cases()}
    assert measure.page_query_names() <= measured


@pytest.mark.slow
def test_quick_benchmark_produces_every_figure(tmp_path):
    out = tmp_path / "results.json"
    md = tmp_path / "RESULTS.md"
    proc = subprocess.run(
        [sys.executable, "-m", "tracker.bench", "--quick", "--json", str(out), "--markdown", str(md)],
        cwd=ROOT, capture_output=True, text=True, timeout=900,
    )
    assert proc.returncode == 0, proc.stderr[-3000:]
    results = json.loads(out.read_text())

    extraction = results["extraction"]
    assert extraction["articles"] >= 30 and extraction["statements_found"] > 0
    for key in ("articles_per_s", "mb_per_s", "floor_mb_per_s", "ratio_to_floor"):
        assert extraction[key] > 0, key

    parallel = results["parallel"]
    assert parallel["same_rows"], "1 and 2 workers stored different rows"
    assert parallel["speedup"] > 0

    ingest = results["ingest"]
    assert ingest["statements"] == 2000 and ingest["statements_per_s"] > 0

    assert set(results["queries"]) == {"500", "2000"}
    assert results["queries_not_measured"] == []
    for size, run in results["queries"].items():
        for label, entry in run["queries"].items():
            assert entry["ms_all"] > 0 and entry["ratio_naive"] > 0, (size, label)
            assert entry["naive_matches"], f"naive answer differs for {label} at {size}"

    pages = results["pages"]["pages"]
    assert set(pages) == set(measure.page_paths())
    for page, run in pages.items():
        assert "error" not in run, run.get("error")
        assert run["exceptions"] == [], (page, run["exceptions"])
        assert run["seconds_cold"] > 0 and run["rss_peak_mb"] > 0

    text = md.read_text()
    assert "## Targets" in text and "## 3. Ingest" in text and "## 5-6. Pages" in text


def test_empty_report_paths_print_the_table_and_write_no_file(tmp_path):
    # `--markdown ''` is how a developer measures without rewriting bench/RESULTS.md
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    proc = subprocess.run(
        [sys.executable, "-m", "tracker.bench", "--only", "extraction", "--extract-articles", "5", "--repeats", "1",
         "--json", "", "--markdown", ""],
        cwd=tmp_path, env=env, capture_output=True, text=True, timeout=300,
    )
    assert proc.returncode == 0, proc.stderr[-3000:]
    assert "articles/s" in proc.stdout
    assert list(tmp_path.iterdir()) == []
