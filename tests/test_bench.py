"""Smoke run of the benchmark at tiny sizes: every figure is produced (no timing is asserted)."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import random
import subprocess
import sys
from pathlib import Path

import pytest

from tracker.bench import freeze, measure, synth
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


# The bytes of seed 3's smallest corpus. The generator reads only tracker/bench/vocabulary.json
# and its own tables, so this holds whatever data/ holds and in every process (no hash()).
# It changes only when the generator or the frozen vocabulary is changed on purpose
# (`python -m tracker.bench.freeze`): then figures before and after measure two corpora;
# update the digest in the same commit and say so (bench/RESULTS.md, "Corpus").
PINNED_CORPUS_SHA256 = "30a383b9bf730a532fb8a8a752cf5e2108083a72ae2e5e38d63dacde0f564a88"


def test_synthetic_corpus_of_a_seed_is_pinned():
    digest = hashlib.sha256()
    for dump in generate_dumps(100, seed=3):
        digest.update(dump.name.encode() + b"\0" + dump.data)
    assert digest.hexdigest() == PINNED_CORPUS_SHA256


def test_synthetic_corpus_is_the_same_in_a_fresh_process_without_data(tmp_path):
    # the generator alone, copied where there is no data/ at all, run by a new interpreter
    # with another string-hash seed, writes the same bytes
    for rel in ("tracker/__init__.py", "tracker/bench/__init__.py", "tracker/bench/vocabulary.py",
                "tracker/bench/freeze.py", "tracker/bench/synth.py", "tracker/bench/vocabulary.json"):
        (tmp_path / rel).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / rel).write_bytes((ROOT / rel).read_bytes())
    script = (
        "import hashlib\n"
        "from tracker.bench.synth import generate_dumps\n"
        "h = hashlib.sha256()\n"
        "for d in generate_dumps(100, seed=3): h.update(d.name.encode() + b'\\0' + d.data)\n"
        "print(h.hexdigest())\n"
    )
    env = {**os.environ, "PYTHONHASHSEED": "12345", "PYTHONPATH": str(tmp_path)}
    proc = subprocess.run([sys.executable, "-c", script], check=False, cwd=tmp_path, env=env,
                          capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr[-3000:]
    assert not (tmp_path / "data").exists()
    assert proc.stdout.strip() == PINNED_CORPUS_SHA256


def test_planted_speakers_hold_their_office_on_the_day_they_speak():
    w = synth.ArticleWriter(random.Random(8))
    checked = 0
    for _ in range(150):
        art = w.reaction_article(w.event(), target_chars=2000, n_reactions=8)
        for iso3, speaker, said in art.planted:
            offices = [o for kinds in synth.OFFICES.values() for held in kinds.values() for o in held]
            offices += [o for held in synth.ORG_OFFICES.values() for o in held]
            mine = [o for o in offices if o.name == speaker]
            if mine:  # dated in the frozen vocabulary (spokespeople and institutions are not)
                checked += 1
                assert any(o.in_force(said) for o in mine), (iso3, speaker, said, mine)
    assert checked > 300


def test_freeze_dates_the_offices_of_the_built_in_speakers(tmp_path):
    (tmp_path / "themes.toml").write_text(
        '[trade]\nterms = ["tariff talks", "free trade", "(regex|like)"]\n', encoding="utf-8")
    (tmp_path / "leaders.csv").write_text(
        "name,aliases,country,organization,role,start,end\n"
        "Ola Normann,,NOR,,Prime Minister,2019-01-01,2025-03-01\n"
        "Jonas Gahr Store,Store,NOR,,Prime Minister,2025-03-01,\n"
        "Kari Nordmann,,NOR,,Foreign Minister,2023-10-16,\n"
        "Old Premier,,NOR,,Prime Minister,1990-01-01,2000-01-01\n"
        "Mark Rutte,,NLD,,Prime Minister,2010-10-14,2024-07-02\n"
        "Mark Rutte,,,NATO,Secretary-General,2024-10-01,\n"
        "Jens Stoltenberg,,,NATO,Secretary-General,2014-10-01,2024-10-01\n",
        encoding="utf-8")
    doc = freeze.freeze(tmp_path)
    assert doc["themes"] == {"trade": ["tariff talks", "free trade"]}
    norway = doc["offices"]["NOR"]
    # the built-in leader's office, with its holder before him; the holder of 1990 never speaks in the window
    assert norway["leader"] == [["Prime Minister", "Ola Normann", "2019-01-01", "2025-03-01"],
                                ["Prime Minister", "Jonas Gahr Store", "2025-03-01", ""]]
    assert norway["minister"] == []  # the built-in minister is not in this table
    assert norway["others"] == [["Foreign Minister", "Kari Nordmann", "2023-10-16", ""]]
    # NATO's head is found through the built-in head's NATO row, not his earlier national office
    assert sorted(e[1] for e in doc["organizations"]["NATO"]) == ["Jens Stoltenberg", "Mark Rutte"]
    leaders = synth._offices(norway["leader"])
    assert synth.holder(leaders, dt.date(2024, 6, 1), fallback=("x", "y")) == ("Prime Minister", "Ola Normann")
    assert synth.holder(leaders, dt.date(2025, 3, 1), fallback=("x", "y")) == ("Prime Minister", "Jonas Gahr Store")
    assert synth.holder((), dt.date(2025, 3, 1), fallback=("x", "y")) == ("x", "y")


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
    for key in ("articles_per_s", "mb_per_s", "floor_mb_per_s", "ratio_to_floor", "articles_per_cpu_s", "cpu_ratio_to_floor"):
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


def test_a_merged_rerun_lists_its_command_once_in_the_results():
    from tracker.bench.__main__ import _merged

    first = {"command": "python -m tracker.bench --only extraction", "sections": ["extraction"]}
    other = {"command": "python -m tracker.bench --only ingest", "sections": ["ingest"]}
    merged = _merged(_merged(_merged(first, other), first), first)
    assert merged["commands"] == ["python -m tracker.bench --only ingest", "python -m tracker.bench --only extraction"]
