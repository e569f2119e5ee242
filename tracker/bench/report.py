"""Turn the benchmark's figures into a table (stdout, bench/RESULTS.md) and check the targets."""

from __future__ import annotations

import datetime as dt
import os
import platform
import subprocess
from importlib import metadata

# Targets of issue 5, on this 2-core machine.
TARGETS = {
    "extraction_articles_per_s": 1000,
    "ingest_seconds_per_million": 10.0,
    "query_ms": 100.0,
    "query_ratio_naive": 20.0,
    "page_seconds": 1.5,
    "page_memory_mb": 500.0,
}


def machine() -> dict:
    """nproc, CPU model, memory, load, Python and package versions."""
    cpu = ""
    try:
        for line in open("/proc/cpuinfo", encoding="utf-8"):
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    mem_gb = None
    try:
        for line in open("/proc/meminfo", encoding="utf-8"):
            if line.startswith("MemTotal"):
                mem_gb = int(line.split()[1]) / 1024 / 1024
    except OSError:
        pass
    versions = {}
    for pkg in ("duckdb", "pandas", "pyarrow", "streamlit", "plotly"):
        try:
            versions[pkg] = metadata.version(pkg)
        except metadata.PackageNotFoundError:
            versions[pkg] = None
    try:
        commit = subprocess.run(["git", "rev-parse", "--short", "HEAD"], capture_output=True, text=True,
                                check=False).stdout.strip()
    except OSError:
        commit = ""
    return {
        "nproc": os.cpu_count(),
        "cpu": cpu or platform.processor(),
        "memory_gb": round(mem_gb, 1) if mem_gb else None,
        "load_average": os.getloadavg(),
        "python": platform.python_version(),
        "platform": platform.platform(),
        "versions": versions,
        "commit": commit,
        "date": dt.datetime.now(dt.timezone.utc).strftime("%Y-%m-%d %H:%M UTC"),
    }


def _ok(flag: bool | None) -> str:
    return "n/a" if flag is None else ("met" if flag else "MISSED")


def _fmt(value, digits: int = 1) -> str:
    if value is None:
        return "-"
    if isinstance(value, float):
        return f"{value:,.{digits}f}"
    return f"{value:,}" if isinstance(value, int) else str(value)


def _size_label(n: int) -> str:
    return f"{n // 1_000_000}M" if n >= 1_000_000 and n % 1_000_000 == 0 else (
        f"{n // 1000}k" if n >= 1000 and n % 1000 == 0 else str(n))


def _when(figures: dict) -> str:
    if not figures.get("measured_at"):
        return ""
    return f" Measured {figures['measured_at']}, 1-minute load average {figures.get('load_average_1min', '?')}."


def verdicts(results: dict) -> dict[str, bool | None]:
    """Target name -> met (None when not measured at full size)."""
    out: dict[str, bool | None] = {}
    ex = results.get("extraction")
    out["extraction >= 1,000 articles/s/core"] = (
        ex["articles_per_s"] >= TARGETS["extraction_articles_per_s"] if ex else None)
    ing = results.get("ingest")
    if ing:
        size = _size_label(ing["statements"])
        label = "ingest of 1M <= 10 s" + ("" if ing["statements"] >= 1_000_000 else f" (from {size}, scaled)")
        out[label] = ing["seconds_per_million"] <= TARGETS["ingest_seconds_per_million"]
    qs = results.get("queries") or {}
    largest = max(qs, key=int, default=None)
    if largest is not None:
        entries = qs[largest]["queries"].values()
        out[f"every query <= 100 ms at {_size_label(int(largest))}"] = all(
            max(e.get("ms_all", 0), e.get("ms_narrow", 0)) <= TARGETS["query_ms"] for e in entries)
        out[f"every query >= 20x faster than naive at {_size_label(int(largest))}"] = all(
            e.get("ratio_naive", 0) >= TARGETS["query_ratio_naive"] for e in entries)
    pages = results.get("pages")
    if pages:
        runs = [p for p in pages["pages"].values() if "error" not in p]
        size = _size_label(pages["statements"])
        out[f"every page <= 1.5 s at {size}"] = bool(runs) and len(runs) == len(pages["pages"]) and all(
            p["seconds_cold"] <= TARGETS["page_seconds"] for p in runs)
        out[f"page memory < 500 MB at {size}"] = bool(runs) and all(
            p["rss_peak_mb"] < TARGETS["page_memory_mb"] for p in runs)
    return out


def markdown(results: dict, command: str) -> str:
    """The results as Markdown: machine, one table per measurement, targets."""
    m = results["machine"]
    lines = [
        "# Benchmark results",
        "",
        f"Command: `{command}`",
        "",
        f"Date: {m['date']} (commit {m['commit'] or '?'}). Machine: {m['nproc']} cores ({m['cpu']}), "
        f"{m['memory_gb']} GB RAM, load average at start {', '.join(f'{x:.2f}' for x in m['load_average'])}; "
        f"Python {m['python']}, " + ", ".join(f"{k} {v}" for k, v in m["versions"].items()) + ".",
        "",
        "Every figure is the median of several runs (see `repeats` in the JSON). The machine is shared, "
        "so figures move by 10-30% from run to run.",
        "",
        "## Targets",
        "",
        "| target | result |",
        "|---|---|",
    ]
    for name, flag in verdicts(results).items():
        lines.append(f"| {name} | {_ok(flag)} |")

    ex = results.get("extraction")
    if ex:
        lines += [
            "",
            "## 1. Extraction on one core",
            "",
            f"{ex['articles']:,} synthetic articles in {ex['files']} files ({ex['megabytes']:.1f} MB, "
            f"mean {ex['mean_article_kb']:.1f} KB per article); {ex['statements_planted']:,} statements planted, "
            f"{ex['statements_found']:,} extracted (more than planted: see the analysis); "
            f"{ex.get('distinct_sentence_share', 0):.0%} of {ex.get('sentences', 0):,} sentences are distinct "
            f"(boilerplate and background lines repeat, as in real dumps)."
            + (f" Corpus: seed {ex['seed']}, sha256 {ex['corpus_sha256']} (the same digest, the same text)."
               if ex.get("corpus_sha256") else "")
            + _when(ex),
            "",
            "| measure | value |",
            "|---|---|",
            f"| read + extract, articles/s | {_fmt(ex['articles_per_s'], 0)} |",
            f"| extract only (reading subtracted), articles/s | {_fmt(ex['articles_per_s_extract_only'], 0)} |",
            f"| read + extract, MB/s | {_fmt(ex['mb_per_s'], 2)} |",
            f"| floor (decode + one sentence-splitting regex), MB/s | {_fmt(ex['floor_mb_per_s'], 1)} |",
            f"| ratio extraction / floor (time) | {_fmt(ex['ratio_to_floor'], 0)}x |",
        ]
        if ex.get("articles_per_cpu_s"):
            lines += [
                f"| read + extract, articles per CPU second (moves less with load) | {_fmt(ex['articles_per_cpu_s'], 0)} |",
                f"| ratio extraction / floor (CPU time) | {_fmt(ex['cpu_ratio_to_floor'], 0)}x |",
            ]
    par = results.get("parallel")
    if par:
        lines += [
            "",
            f"## 2. Parallel extraction (`python -m tracker ingest --workers {par['workers']}`)",
            "",
            f"{par['files']} files, {par['articles']:,} articles, {par['statements']:,} statements stored "
            f"(same rows with 1 and {par['workers']} workers: {par['same_rows']}).{_when(par)}",
            "",
            "| measure | value |",
            "|---|---|",
            f"| 1 worker, s (whole command) | {_fmt(par['seconds_1_worker'], 2)} |",
            f"| {par['workers']} workers, s (whole command) | {_fmt(par['seconds_n_workers'], 2)} |",
            f"| speed-up | {_fmt(par['speedup'], 2)}x |",
            f"| speed-up without process start-up ({par['seconds_process_startup']:.2f} s) | "
            f"{_fmt(par['speedup_without_startup'], 2)}x |",
            f"| extraction alone in a pool of 1 process, s | {_fmt(par.get('seconds_extract_pool_1'), 2)} |",
            f"| extraction alone in a pool of {par['workers']} processes, s | "
            f"{_fmt(par.get('seconds_extract_pool_n'), 2)} |",
            f"| extraction speed-up | {_fmt(par.get('extraction_speedup'), 2)}x |",
            "",
            "Both commands store the same way (file held open, batched transactions); the pool rows "
            "isolate the extraction itself.",
        ]
    ing = results.get("ingest")
    if ing:
        lines += [
            "",
            "## 3. Ingest into DuckDB (extracted records -> stored rows)",
            "",
            "Records made by `tracker.bench.rows` and stored the way `python -m tracker ingest` stores them "
            "(`tracker.parallel.StoreBatch` -> `tracker.store.ingest.store_many`: the file held open, several "
            "files per transaction, one file per transaction again only when a batch fails), the second half "
            "of every ingest; extraction is measurement 1. The seconds are the store's alone: each file "
            "comes with its rows for the store (Arrow tables, text hashes) made where it was extracted, "
            "which measurement 1 includes and `--workers` does in the workers; making them for these "
            f"records took {_fmt(ing.get('seconds_rows'), 2)} s more on one core."
            + _when(ing),
            "",
            "| statements | documents | articles | seconds | statements/s | s per 1M | database MB |",
            "|---|---|---|---|---|---|---|",
            f"| {ing['statements']:,} | {ing['documents']:,} | {ing['articles']:,} | {_fmt(ing['seconds'], 2)} | "
            f"{_fmt(ing['statements_per_s'], 0)} | {_fmt(ing['seconds_per_million'], 1)} | {_fmt(ing['database_mb'], 0)} |",
            "",
            f"One transaction per document, opening the file for each (as the upload page stores one "
            f"file): {ing['reopen_seconds']:.2f} s for the first "
            f"{ing['reopen_statements']:,} statements against {ing['reopen_held_seconds']:.2f} s batched. "
            f"Floor: the same rows as ready Arrow tables inserted by DuckDB in one transaction took "
            f"{ing['seconds_floor']:.2f} s ({ing['floor_statements_per_s']:,.0f} statements/s).",
        ]
    qs = results.get("queries")
    if qs:
        sizes = sorted(qs, key=int)
        largest = sizes[-1]
        head = " | ".join(f"{_size_label(int(s))} ms" for s in sizes)
        lines += [
            "",
            "## 4. Dashboard queries (median ms; `all` = no filter, `narrow` = 3 countries, 2 themes, 1 year)",
            "",
            f"Naive = load `statement_rows` into pandas ({qs[largest]['naive_load_ms']:,.0f} ms at "
            f"{_size_label(int(largest))}) + filter and aggregate there; `same` = the naive answer agrees. "
            "Queries are timed on an open database; a dashboard page run opens the file once for all its "
            "queries (`tracker.ui.page_run`), which adds " + ", ".join(f"{qs[s]['connect_ms']:.0f} ms at {_size_label(int(s))}" for s in sizes) + "."
            + "".join(f" {_size_label(int(s))}:{_when(qs[s])}" for s in sizes),
            "",
            f"| query | {head} | {_size_label(int(largest))} narrow ms | naive ms | naive / query | same |",
            "|---|" + "---|" * (len(sizes) + 4),
        ]
        for label, e in qs[largest]["queries"].items():
            per_size = " | ".join(_fmt(qs[s]["queries"].get(label, {}).get("ms_all"), 1) for s in sizes)
            lines.append(
                f"| {label} | {per_size} | {_fmt(e.get('ms_narrow'), 1)} | {_fmt(e.get('naive_ms'), 0)} | "
                f"{_fmt(e.get('ratio_naive'), 0)}x | {'yes' if e.get('naive_matches') else 'NO'} |"
            )
    pages = results.get("pages")
    if pages:
        lines += [
            "",
            f"## 5-6. Pages through AppTest at {_size_label(pages['statements'])} statements",
            "",
            "Cold = `st.cache_data` cleared before the run (what a first visit or a filter change costs); "
            "warm = the same run again, served from the cache. Memory: peak resident set of a fresh process "
            "running the page (VmHWM, over the first run and the timed reruns), and the growth of the first run over the process after its imports." + _when(pages),
            "",
            "| page | cold s | warm s | first run s | peak RSS MB | growth MB | errors |",
            "|---|---|---|---|---|---|---|",
        ]
        for page, p in pages["pages"].items():
            if "error" in p:
                lines.append(f"| {page} | - | - | - | - | - | {p['error'][-200:].replace('|', '/')} |")
                continue
            lines.append(
                f"| {page} | {_fmt(p['seconds_cold'], 2)} | {_fmt(p['seconds_warm'], 3)} | "
                f"{_fmt(p['seconds_first'], 2)} | {_fmt(p['rss_peak_mb'], 0)} | {_fmt(p['rss_delta_mb'], 0)} | "
                f"{len(p['exceptions']) or ''} |"
            )
    notes = results.get("notes")
    if notes:
        lines += ["", "## Notes", "", *notes]
    return "\n".join(lines) + "\n"
