"""The six measurements of the benchmark; each returns a plain dict for the JSON report.

Every figure is the median of ``repeats`` runs. Nothing here asserts a target:
``report`` compares the figures with the targets of issue 5 and prints them.
"""

from __future__ import annotations

import datetime as dt
import gc
import hashlib
import json
import os
import re
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from tracker.bench import naive
from tracker.bench.rows import generate_documents
from tracker.bench.synth import generate_dumps

PROJECT_ROOT = Path(__file__).resolve().parents[2]
# The floor: one regular expression that splits text into sentences.
SENTENCE_END = re.compile(r"(?<=[.!?])[\"'\u201d]?\s+")
REFERENCE = dt.date(2026, 1, 1)


def median(values: list[float]) -> float:
    return statistics.median(values) if values else float("nan")


def timed(fn: Callable[[], object]) -> tuple[float, object]:
    start = time.perf_counter()
    result = fn()
    return time.perf_counter() - start, result


def timed_both(fn: Callable[[], object]) -> tuple[float, float, object]:
    """Wall seconds, this process's CPU seconds, and the result. On the shared host the CPU
    seconds move far less with other sessions' load than the wall seconds (one run at load 11:
    93 articles/s wall, 229 per CPU second; an idle host gave ~260 wall on a similar corpus).
    Contention still slows the CPU a little, so compare CPU figures at similar loads too."""
    start, cpu = time.perf_counter(), time.process_time()
    result = fn()
    return time.perf_counter() - start, time.process_time() - cpu, result


# --- 1. extraction on one core ------------------------------------------------------------


def extraction(n_articles: int, *, repeats: int, seed: int = 11) -> dict:
    """Articles/s and MB/s of read + extract in this process, against the sentence-split floor."""
    from tracker.extract import clear_caches
    from tracker.readers import read_document
    from tracker.store.ingest import extract_file

    dumps = []
    for dump in generate_dumps(10**9, seed=seed):
        dumps.append(dump)
        if sum(d.articles for d in dumps) >= n_articles:
            break
    n_bytes = sum(len(d.data) for d in dumps)
    corpus = hashlib.sha256()
    for d in dumps:
        corpus.update(d.name.encode() + b"\0" + d.data)
    articles = sum(d.articles for d in dumps)
    planted = sum(d.statements for d in dumps)
    # How often sentences repeat: an extractor that caches per sentence gains from repeats.
    sentences = [s.strip() for d in dumps for s in SENTENCE_END.split(d.data.decode("utf-8"))]
    distinct_share = len(set(sentences)) / max(1, len(sentences))

    def read_all() -> int:
        return sum(len(read_document(d.data, d.name, reference_date=d.reference_date)) for d in dumps)

    def extract_all() -> int:
        found = 0
        for d in dumps:
            # what an ingest's extraction does, the rows for the store included
            _, per_article, _, _ = extract_file(d.data, d.name, reference_date=d.reference_date)
            found += sum(len(s) for s in per_article)
        return found

    def floor() -> int:
        return sum(len(SENTENCE_END.split(d.data.decode("utf-8"))) for d in dumps)

    read_all(), extract_all()  # warm: compiled patterns, loaded data files
    full, reads, floors, cpu_full, cpu_floors = [], [], [], [], []
    found = 0
    for _ in range(repeats):
        clear_caches()  # each repeat must see the text as new, not answered from the last repeat's memo
        gc.collect()
        t, cpu, found = timed_both(extract_all)
        full.append(t)
        cpu_full.append(cpu)
        reads.append(timed(read_all)[0])
        t, cpu, _ = timed_both(floor)
        floors.append(t)
        cpu_floors.append(cpu)
    t_full, t_read, t_floor = median(full), median(reads), median(floors)
    c_full, c_floor = median(cpu_full), median(cpu_floors)
    t_extract = max(t_full - t_read, 1e-9)
    return {
        "articles": articles,
        "files": len(dumps),
        # the same digest means the same text: figures of two runs are comparable (tracker.bench.freeze)
        "corpus_sha256": corpus.hexdigest()[:16],
        "seed": seed,
        "megabytes": n_bytes / 1e6,
        "mean_article_kb": n_bytes / articles / 1e3,
        "statements_planted": planted,
        "statements_found": found,
        "sentences": len(sentences),
        "distinct_sentence_share": distinct_share,
        "seconds_read_extract": t_full,
        "seconds_read": t_read,
        "seconds_floor": t_floor,
        "articles_per_s": articles / t_full,
        "articles_per_s_extract_only": articles / t_extract,
        "mb_per_s": n_bytes / 1e6 / t_full,
        "floor_mb_per_s": n_bytes / 1e6 / t_floor,
        "ratio_to_floor": t_full / t_floor,
        # the same in CPU seconds of this process: compare these across runs on a loaded host
        "cpu_seconds_read_extract": c_full,
        "articles_per_cpu_s": articles / c_full,
        "cpu_ratio_to_floor": c_full / max(c_floor, 1e-9),
        "repeats": repeats,
    }


# --- 2. parallel extraction through the command line --------------------------------------


def parallel(n_articles: int, *, workers: int, repeats: int, seed: int = 12) -> dict:
    """Wall time of ``python -m tracker ingest --workers 1`` and ``--workers N`` on one corpus."""
    with tempfile.TemporaryDirectory(prefix="bench-par-") as tmp:
        corpus = Path(tmp) / "corpus"
        dumps = []
        for dump in generate_dumps(10**9, seed=seed):
            dumps.append(dump)
            if sum(d.articles for d in dumps) >= n_articles:
                break
        corpus.mkdir()
        for d in dumps:
            (corpus / d.name).write_bytes(d.data)
        files = sorted(str(p) for p in corpus.iterdir())
        times: dict[int, list[float]] = {1: [], workers: []}
        statements: dict[int, int] = {}
        for run in range(repeats):
            for n in times:
                db = Path(tmp) / f"w{n}-{run}.duckdb"
                cmd = [sys.executable, "-m", "tracker", "ingest", *files, "--db", str(db),
                       "--reference-date", REFERENCE.isoformat(), "--workers", str(n)]
                start = time.perf_counter()
                proc = subprocess.run(cmd, cwd=PROJECT_ROOT, capture_output=True, text=True)
                times[n].append(time.perf_counter() - start)
                if proc.returncode != 0:
                    raise RuntimeError(f"ingest --workers {n} failed: {proc.stderr[-2000:]}")
                statements[n] = _count(db, "statements")
                db.unlink(missing_ok=True)
        start = time.perf_counter()
        subprocess.run([sys.executable, "-c", "import tracker.cli, tracker.store, tracker.extract"],
                       cwd=PROJECT_ROOT, check=True)
        startup = time.perf_counter() - start
        pool = {n: median([_pool_extract(files, n) for _ in range(repeats)]) for n in times}
    t1, tn = median(times[1]), median(times[workers])
    return {
        "files": len(files),
        "articles": sum(d.articles for d in dumps),
        "workers": workers,
        "seconds_1_worker": t1,
        "seconds_n_workers": tn,
        "speedup": t1 / tn,
        "speedup_without_startup": (t1 - startup) / max(tn - startup, 1e-9),
        "seconds_process_startup": startup,
        "seconds_extract_pool_1": pool[1],
        "seconds_extract_pool_n": pool[workers],
        "extraction_speedup": pool[1] / pool[workers],
        "same_rows": statements[1] == statements[workers],
        "statements": statements[1],
        "repeats": repeats,
    }


def _pool_extract(files: list[str], workers: int) -> float:
    """Seconds to read and extract every file in a pool of ``workers`` processes (no storing)."""
    from concurrent.futures import ProcessPoolExecutor

    from tracker.parallel import _extract_file, _worker_context

    with ProcessPoolExecutor(max_workers=workers, mp_context=_worker_context()) as pool:
        list(pool.map(_extract_file, files[:workers], [REFERENCE] * workers, [None] * workers))  # start workers
        start = time.perf_counter()
        list(pool.map(_extract_file, files, [REFERENCE] * len(files), [None] * len(files), chunksize=2))
        return time.perf_counter() - start


def _count(db_path: Path, table: str) -> int:
    from tracker.store import Database

    with Database(db_path).read() as con:
        return int(con.execute(f"SELECT count(*) FROM {table}").fetchall()[0][0])


# --- 3. ingest into DuckDB ----------------------------------------------------------------


def _store_all(docs, rows, db_path: Path, *, held: bool) -> float:
    """Seconds to store every document (with its ``rows``, as extraction made them) into a new file.

    ``held``: the way ``python -m tracker ingest`` stores (``tracker.parallel``, any
    number of workers): the file held open between documents and several documents
    per transaction (``StoreBatch`` -> ``store_many``). Otherwise every document is
    one ``store_extracted`` transaction opening and closing the file (the upload
    page's way, and the command line's before batching).
    """
    from tracker.parallel import StoreBatch, _HeldOpen
    from tracker.store import Database
    from tracker.store.ingest import Extracted, store_many

    for suffix in ("", ".wal"):
        Path(f"{db_path}{suffix}").unlink(missing_ok=True)
    db = Database(db_path)
    with db.connect():
        pass  # schema creation is not part of the ingest
    gc.collect()
    keeper = _HeldOpen(db)
    batch = StoreBatch(db)
    start = time.perf_counter()
    try:
        for doc, doc_rows in zip(docs, rows, strict=True):
            item = Extracted(
                doc.data, doc.name, doc.articles, doc.per_article, doc.reference_date,
                doc.host_country, doc.event, doc.host_country, doc.event_date, doc_rows,
            )  # fmt: skip
            if held:
                keeper.take_turns()
                keeper.hold()
                batch.add(doc.name, item)
            else:
                store_many(db, [item])
        batch.flush()
    finally:
        keeper.release()
    return time.perf_counter() - start


def ingest(n_statements: int, db_path: Path, *, repeats: int, seed: int = 13, reopen_size: int = 100_000) -> dict:
    """Statements/s of storing extracted records the way ``python -m tracker ingest`` stores them.

    Timed on the command line's path: the file held open between documents, several
    documents per transaction (``tracker.parallel.StoreBatch``). One transaction per
    document, opening the file each time (the upload page's way), is timed once on
    the first ``reopen_size`` statements. Extraction is not timed here
    (it is measurement 1); the records are made up front. So are their rows for the
    store (``file_rows``: Arrow tables and text hashes), which an ingest makes where it
    extracts (measurement 1 times ``extract_file``, which makes them; with ``--workers``
    the workers do): timed on their own as ``seconds_rows``, one core, not inside
    ``seconds``. The database of the last held run is kept at ``db_path`` for the query
    measurements.
    """
    from tracker.store.ingest import file_rows

    start = time.perf_counter()
    docs = list(generate_documents(n_statements, seed=seed))
    generate_s = time.perf_counter() - start
    rows_runs = []
    for _ in range(repeats):
        gc.collect()
        start = time.perf_counter()
        rows = [file_rows(doc.articles, doc.per_article) for doc in docs]
        rows_runs.append(time.perf_counter() - start)
    runs = [_store_all(docs, rows, db_path, held=True) for _ in range(repeats)]
    stored = _count(db_path, "statements")
    few, count = [], 0
    for doc in docs:
        if count >= reopen_size:
            break
        few.append(doc)
        count += doc.statements
    reopen_path = Path(f"{db_path}.reopen.duckdb")
    reopen_s = _store_all(few, rows[: len(few)], reopen_path, held=False)
    held_few_s = _store_all(few, rows[: len(few)], reopen_path, held=True)
    for suffix in ("", ".wal"):
        Path(f"{reopen_path}{suffix}").unlink(missing_ok=True)
    floor_s = _bulk_floor(docs, Path(f"{db_path}.floor.duckdb"))
    seconds = median(runs)
    return {
        "reopen_statements": count,
        "reopen_seconds": reopen_s,
        "reopen_held_seconds": held_few_s,
        "statements": stored,
        "documents": len(docs),
        "articles": sum(len(d.articles) for d in docs),
        "seconds": seconds,
        "statements_per_s": stored / seconds,
        "seconds_per_million": seconds * 1e6 / stored,
        "seconds_generate": generate_s,
        "seconds_rows": median(rows_runs),
        "seconds_floor": floor_s,
        "floor_statements_per_s": stored / floor_s,
        "database_mb": Path(db_path).stat().st_size / 1e6,
        "runs": runs,
        "repeats": repeats,
    }


def _bulk_floor(docs, path: Path) -> float:
    """Seconds DuckDB itself needs for the same rows: ready Arrow tables, one transaction, same schema."""
    import json as _json

    import pyarrow as pa

    from tracker.store import Database
    from tracker.store.ingest import ARTICLE_SCHEMA, STATEMENT_SCHEMA, THEME_SCHEMA, _insert

    for suffix in ("", ".wal"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    db = Database(path)
    with db.connect():
        pass
    arts, sts, themes = {k: [] for k in ARTICLE_SCHEMA.names}, {k: [] for k in STATEMENT_SCHEMA.names}, \
        {k: [] for k in THEME_SCHEMA.names}
    aid = sid = 0
    for doc_index, doc in enumerate(docs, start=1):
        for article, statements in zip(doc.articles, doc.per_article, strict=True):
            aid += 1
            for key, value in (("article_id", aid), ("document_id", doc_index), ("position", article.position),
                               ("title", article.title), ("outlet", article.outlet),
                               ("published", article.published), ("published_date", article.published_date),
                               ("published_basis", article.published_basis), ("url", article.url),
                               ("text", article.text), ("text_hash", f"{aid:064d}")):
                arts[key].append(value)
            for position, st in enumerate(statements):
                sid += 1
                row = {"statement_id": sid, "article_id": aid, "document_id": doc_index, "position": position,
                       "country": st.country,
                       "country_name": st.country_name, "organization": st.organization, "speaker": st.speaker,
                       "role": st.role, "via": st.via, "date": dt.date.fromisoformat(st.date), "date_text": st.date,
                       "date_basis": st.date_basis, "kind": st.kind, "domestic": st.domestic, "quote": st.quote,
                       "quote_start": st.start, "quote_end": st.end, "spans": [list(x) for x in st.spans],
                       "themes": list(st.themes), "theme_terms": _json.dumps(st.theme_terms)}
                for key, value in row.items():
                    sts[key].append(value)
                for theme in st.themes:
                    themes["statement_id"].append(sid)
                    themes["theme"].append(theme)
                    themes["terms"].append(st.theme_terms.get(theme, []))
    tables = [("articles", pa.Table.from_pydict(arts, schema=ARTICLE_SCHEMA)),
              ("statements", pa.Table.from_pydict(sts, schema=STATEMENT_SCHEMA)),
              ("statement_themes", pa.Table.from_pydict(themes, schema=THEME_SCHEMA))]
    del arts, sts, themes
    gc.collect()
    start = time.perf_counter()
    with db.transaction() as con:
        for table, rows in tables:
            _insert(con, table, rows)
    seconds = time.perf_counter() - start
    for suffix in ("", ".wal"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    return seconds


# --- 4. dashboard queries against the naive way -------------------------------------------


def page_query_names() -> set[str]:
    """Names of every query the pages and app.py run through ``ui.query``."""
    names: set[str] = set()
    for path in [PROJECT_ROOT / "app.py", *sorted((PROJECT_ROOT / "tracker" / "pages").glob("*.py"))]:
        names |= set(re.findall(r"""ui\.query\(\s*["'](\w+)["']""", path.read_text(encoding="utf-8")))
    return names


def query_cases(statement_id: int = 1) -> list[tuple[str, str, dict, bool]]:
    """(label, query name, keyword arguments, takes filters) for every page query and variant."""
    cases = [("filter_options", "filter_options", {}, False), ("events", "events", {}, False),
             ("source_article", "source_article", {"statement_id": int(statement_id or 0)}, False)]
    for name in ("headline", "country_summary", "statement_count", "theme_terms",
                 "event_reaction_days", "event_theme_shares", "event_country_delays", "documents"):
        cases.append((name, name, {}, True))
    cases.append(("first_reactors", "first_reactors", {"limit": 25}, True))
    cases.append(("statement_table", "statement_table", {"limit": 2000}, True))
    # Pages call these with a unique/mentions switch; several events make "days since the event"
    # the default time axis, which is what by_day=True measures.
    for name in ("daily_counts", "strip_points", "reaction_order", "theme_counts", "country_theme_counts",
                 "theme_daily"):
        extra = {"by_day": True} if name in ("daily_counts", "theme_daily") else {}
        cases.append((name, name, {"unique": True, **extra}, True))
        cases.append((f"{name}[mentions]", name, {"unique": False, **extra}, True))
    return cases


def filter_sets(db) -> dict:
    """The unfiltered view and a typical narrowed one (a few countries, two themes, one year)."""
    from tracker.store import Filters

    with db.read() as con:
        top = [r[0] for r in con.execute(
            "SELECT country FROM statements WHERE country IS NOT NULL GROUP BY country ORDER BY count(*) DESC LIMIT 3"
        ).fetchall()]
        low, high = con.execute("SELECT min(date), max(date) FROM statements").fetchall()[0]
    start = low or dt.date(2024, 1, 1)
    end = min(high or start, start + dt.timedelta(days=365))
    return {
        "all": Filters(),
        "narrow": Filters(date_from=start, date_to=end, countries=tuple(top), themes=("alliance", "economy")),
    }


def connect_ms(db, repeats: int) -> float:
    """Median ms to open the database file, run a trivial query and close it (``db.read()``)."""

    def once() -> None:
        with db.read() as con:
            con.execute("SELECT 1").fetchall()

    once()
    return 1e3 * median([timed(once)[0] for _ in range(repeats)])


def queries(db_path: Path, *, repeats: int, naive_repeats: int) -> dict:
    """Median ms of each page query (both filter sets) and of its naive pandas version.

    ``tracker.store`` opens the file for every query; what that costs is measured
    once (``connect_ms``), and the queries are then timed with the database held
    open by this process, so each figure is the query's own cost.
    """
    import duckdb

    from tracker.store import Database

    db = Database(db_path)
    with db.read() as con:
        n = int(con.execute("SELECT count(*) FROM statements").fetchall()[0][0])
    open_ms = connect_ms(db, repeats)
    holder = duckdb.connect(str(db.path))  # later connects share this instance: no file open
    try:
        return {"statements": n, "connect_ms": open_ms, **_time_queries(db, repeats, naive_repeats)}
    finally:
        holder.close()


def _time_queries(db, repeats: int, naive_repeats: int) -> dict:
    from tracker.store import queries as q

    filters = filter_sets(db)
    loads = []
    rows = None
    for _ in range(naive_repeats):
        rows = None
        gc.collect()
        t, rows = timed(lambda: naive.load_rows(db))
        loads.append(t)
    load_s = median(loads)
    results = {}
    with db.read() as con:
        statement_id = con.execute("SELECT min(statement_id) FROM statements").fetchall()[0][0]
    for label, name, kwargs, takes_filters in query_cases(statement_id):
        fn = getattr(q, name)
        entry = {}
        for fname, f in filters.items():
            if not takes_filters and fname != "all":
                continue
            args = (db, f) if takes_filters else (db,)
            answer = fn(*args, **kwargs)  # warm: the narrow runs follow a warm "all" run
            runs = repeats if fname == "all" else max(1, repeats // 2)
            entry[f"ms_{fname}"] = 1e3 * median([timed(lambda: fn(*args, **kwargs))[0] for _ in range(runs)])
            if fname == "all":
                naive_fn = getattr(naive, name)
                naive_args = (db, rows, f) if takes_filters else (db, rows)
                naive_times = []
                naive_answer = None
                for _ in range(naive_repeats):
                    t, naive_answer = timed(lambda: naive_fn(*naive_args, **kwargs))
                    naive_times.append(t)
                compute = median(naive_times)
                total = compute + (0.0 if name in naive.NEEDS_NO_ROWS else load_s)
                entry["naive_ms"] = 1e3 * total
                entry["naive_compute_ms"] = 1e3 * compute
                entry["ratio_naive"] = total * 1e3 / max(entry["ms_all"], 1e-6)
                entry["naive_matches"] = naive.same_answer(answer, naive_answer)
        results[label] = entry
    del rows
    gc.collect()
    return {"naive_load_ms": 1e3 * load_s, "queries": results, "repeats": repeats, "naive_repeats": naive_repeats}


# --- 5 and 6. pages through AppTest, in a fresh process each -------------------------------


def page_paths() -> list[str]:
    """The page files app.py registers with ``st.Page``, in menu order."""
    text = (PROJECT_ROOT / "app.py").read_text(encoding="utf-8")
    return re.findall(r"""st\.Page\(\s*["']([^"']+\.py)["']""", text)


def pages(db_path: Path, *, repeats: int, timeout: float = 300) -> dict:
    """Seconds per page run (cold cache and warm) and the peak memory of a cold page run.

    Each page runs in its own process (``python -m tracker.bench.pagerun``), so the
    peak resident set (``ru_maxrss``) belongs to that page alone.
    """
    results = {}
    for page in page_paths():
        cmd = [sys.executable, "-m", "tracker.bench.pagerun", "--db", str(db_path), "--page", page,
               "--repeats", str(repeats)]
        proc = subprocess.run(cmd, cwd=PROJECT_ROOT, capture_output=True, text=True, timeout=timeout,
                              env={**os.environ, "TRACKER_DB": str(db_path)})
        if proc.returncode != 0:
            results[page] = {"error": (proc.stderr or proc.stdout)[-1500:]}
            continue
        results[page] = json.loads(proc.stdout.strip().splitlines()[-1])
    return results
