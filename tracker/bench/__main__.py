"""``python -m tracker.bench``: measure extraction, parallel ingest, DuckDB ingest, queries and pages.

Examples:
    python -m tracker.bench --quick                       # tiny sizes, a minute (the smoke test)
    python -m tracker.bench                               # full run: 1M statements, about 10 minutes
    python -m tracker.bench --only queries --sizes 10000,100000

The table goes to standard output and to ``--markdown`` (default bench/RESULTS.md);
every figure to ``--json`` (default bench/out/results.json). Text written below an
``## Analysis`` heading in the Markdown file is kept when it is rewritten.
"""

from __future__ import annotations

import argparse
import json
import os
import shlex
import sys
import tempfile
import time
from pathlib import Path

from tracker.bench import measure, report

SECTIONS = ("extraction", "parallel", "ingest", "queries", "pages")
ANALYSIS = "## Analysis"


def _optional_path(text: str) -> Path | None:
    """'' means "don't write this file" (Path('') would be the current directory)."""
    return Path(text) if text.strip() else None


def _sizes(text: str) -> list[int]:
    return sorted({int(float(s)) for s in text.split(",") if s.strip()})


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="python -m tracker.bench", description=__doc__,
                                formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--quick", action="store_true", help="tiny sizes and 2 repeats (seconds, for the smoke test)")
    p.add_argument("--only", action="append", choices=SECTIONS, help="run only these sections (repeatable)")
    p.add_argument("--extract-articles", type=int, default=2000, help="articles for the extraction run")
    p.add_argument("--parallel-articles", type=int, default=1500, help="articles for the --workers run")
    p.add_argument("--workers", type=int, default=2, help="workers to compare with 1 (default 2)")
    p.add_argument("--sizes", type=_sizes, default=[10_000, 100_000, 1_000_000],
                   help="database sizes in statements for the query runs (comma-separated)")
    p.add_argument("--ingest-size", type=int, default=None, help="statements for the ingest run (default: largest size)")
    p.add_argument("--repeats", type=int, default=5, help="runs per figure; the median is reported")
    p.add_argument("--ingest-repeats", type=int, default=3)
    p.add_argument("--page-repeats", type=int, default=3)
    p.add_argument("--workdir", type=Path, default=None, help="where databases are built (default: a temp dir)")
    p.add_argument("--json", type=_optional_path, default=Path("bench/out/results.json"),
                   help="every figure as JSON (use --json '' to skip)")
    p.add_argument("--merge", action="store_true",
                   help="merge into the existing --json (run sections at different times, report them together)")
    p.add_argument("--markdown", type=_optional_path, default=Path("bench/RESULTS.md"),
                   help="Markdown report (use --markdown '' to skip)")
    return p


def _log(message: str) -> None:
    print(f"[{time.strftime('%H:%M:%S')}] {message}", file=sys.stderr, flush=True)


def _stamp(figures: dict) -> dict:
    """Add when a section ran and how loaded the shared machine was (1-minute load average)."""
    figures["measured_at"] = time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime())
    figures["load_average_1min"] = round(os.getloadavg()[0], 2)
    return figures


def run(args: argparse.Namespace) -> dict:
    if args.quick:
        args.extract_articles, args.parallel_articles = 30, 24
        args.sizes, args.repeats, args.ingest_repeats, args.page_repeats = [500, 2000], 2, 1, 1
    sections = args.only or list(SECTIONS)
    results: dict = {"machine": report.machine(), "sections": sections}
    with tempfile.TemporaryDirectory(prefix="bench-") as tmp:
        workdir = args.workdir or Path(tmp)
        workdir.mkdir(parents=True, exist_ok=True)
        if "extraction" in sections:
            _log(f"extraction: {args.extract_articles} articles")
            results["extraction"] = _stamp(measure.extraction(args.extract_articles, repeats=args.repeats))
        if "parallel" in sections:
            _log(f"parallel: {args.parallel_articles} articles, 1 vs {args.workers} workers")
            results["parallel"] = _stamp(measure.parallel(args.parallel_articles, workers=args.workers,
                                                          repeats=1 if args.quick else min(args.repeats, 3)))
        databases: dict[int, Path] = {}
        ingest_size = args.ingest_size or max(args.sizes)
        if "ingest" in sections:
            path = workdir / f"bench-{ingest_size}.duckdb"
            _log(f"ingest: {ingest_size:,} statements x {args.ingest_repeats}")
            results["ingest"] = _stamp(measure.ingest(ingest_size, path, repeats=args.ingest_repeats))
            databases[ingest_size] = path
        if {"queries", "pages"} & set(sections):
            for size in args.sizes:
                path = workdir / f"bench-{size}.duckdb"
                if size not in databases:
                    if not path.exists():
                        _log(f"building a {size:,}-statement database")
                        measure.ingest(size, path, repeats=1)
                    databases[size] = path
        if "queries" in sections:
            results["queries"] = {}
            for size in args.sizes:
                _log(f"queries at {size:,} statements")
                # the naive way takes seconds per call at 1M: one run of it is enough for a ratio
                repeats = min(args.repeats, 3) if size >= 1_000_000 else args.repeats
                naive_repeats = 1 if size >= 1_000_000 else max(1, min(args.repeats, 3))
                results["queries"][str(size)] = _stamp(measure.queries(
                    databases[size], repeats=repeats, naive_repeats=naive_repeats))
            missing = sorted(measure.page_query_names() - {c[1] for c in measure.query_cases()})
            results["queries_not_measured"] = missing
        if "pages" in sections:
            size = max(args.sizes)
            _log(f"pages at {size:,} statements")
            results["pages"] = _stamp({"statements": size,
                                       "pages": measure.pages(databases[size], repeats=args.page_repeats)})
    return results


def _merged(old: dict, new: dict) -> dict:
    """Sections of ``new`` replace those of ``old``; query sizes are merged one by one."""
    merged = {**old, **{k: v for k, v in new.items() if k != "queries"}}
    merged["queries"] = {**(old.get("queries") or {}), **(new.get("queries") or {})}
    commands = [c for c in (old.get("commands") or [old.get("command")]) if c]
    # a command run again replaces its earlier run: the list says how the figures were made, not how often
    merged["commands"] = [*(c for c in commands if c != new["command"]), new["command"]]
    merged["sections"] = sorted(set(old.get("sections", [])) | set(new.get("sections", [])))
    return merged


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    command = "python -m tracker.bench " + " ".join(shlex.quote(a) for a in (argv if argv is not None else sys.argv[1:]))
    results = run(args)
    results["command"] = command.strip()
    if args.merge and args.json and args.json.exists():
        results = _merged(json.loads(args.json.read_text(encoding="utf-8")), results)
    text = report.markdown(results, "; ".join(results.get("commands") or [results["command"]]))
    print(text)
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps(results, indent=1, default=str), encoding="utf-8")
    if args.markdown:
        kept = ""
        if args.markdown.exists():
            old = args.markdown.read_text(encoding="utf-8")
            if ANALYSIS in old:
                kept = "\n" + old[old.index(ANALYSIS):]
        args.markdown.parent.mkdir(parents=True, exist_ok=True)
        args.markdown.write_text(text + kept, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
