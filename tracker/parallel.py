"""Ingest of many files (the command line): extraction here or in worker processes, storing in batches.

Extraction is pure Python and CPU-bound, so it scales with processes; DuckDB
allows one writer, so every file is still stored by the main process, prepared by
``prepare_bytes`` (the first half of ``ingest_bytes``, with the same checks and
messages) and stored by ``store_many`` several files per transaction: one commit
and one refresh of the reaction groups per batch instead of per file. A failed
batch is stored again one file per transaction, so ingest stays all-or-nothing per
file. Workers get file paths and return picklable outcomes; results are consumed
in file order with a bounded number of files in flight, so memory stays flat
however many files are given.
"""

from __future__ import annotations

import datetime as dt
import multiprocessing
import time
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from pathlib import Path

from tracker.store import Database, IngestResult, reactions
from tracker.store.ingest import Extracted, extraction_host, prepare_bytes, store_many

# Files submitted ahead of the one being stored, per worker: enough to keep
# workers busy while the main process writes, few enough to bound memory.
AHEAD_PER_WORKER = 4
# The main process keeps the database file open between files: reopening it for
# every file (and checkpointing on every close) took longer than storing the file
# and made it the bottleneck (1.1x with 2 workers instead of 2x). Every
# HOLD_SECONDS it lets go for YIELD_SECONDS, longer than the longest retry step of
# ``Database`` (``RETRY_MAX_STEP``), so a dashboard or command waiting for the file
# gets its turn well within the 10 s it waits by default.
HOLD_SECONDS = 5.0
YIELD_SECONDS = 0.35
# A batch is stored when it holds this many files or statements, or its first file
# waited this long (a slow extraction still reports each file within seconds). Each
# batch pays a text-hash lookup and a merge into the reaction groups that grow with the
# database: 1M statements took 65 s in batches of 64 files, 44 s of 256, 32 s in one.
BATCH_FILES = 256
# Stored statements left unfolded when a bulk ingest lets go to take turns: whoever opens
# the file next folds them first. Fewer, bigger folds cost less in all: a fold costs ~3 s
# of CPU per million new statements on a fresh file, plus rewriting the groups they join,
# which grows with the file. At 500k a 1M-statement ingest folded once halfway (~2 s more
# than folding once at the end). The price is the worst wait of a dashboard opening the
# file during a break, which folds what is pending: on a file of 2M statements its first
# query took 4.8-5.2 s of CPU with 500k of them pending and 5.7-5.9 s with 1M (rewriting
# the groups already stored dominates either way).
# Coming back from a break, the ingest waits this long for the file: whoever took the turn
# may be folding the rows this ingest left pending (a million took 8-11 s on a busy
# machine), longer than the 10 s a command normally waits before giving up as busy.
RETURN_TIMEOUT = 120.0
FOLD_PENDING_STATEMENTS = 1_000_000
BATCH_STATEMENTS = 250_000
BATCH_SECONDS = 2.0


class _HeldOpen:
    """The database held open across files, released now and then for other processes.

    While held, stored batches are not folded into the reaction groups
    (``Database.begin_deferring``): no other process can read the file meanwhile,
    and folding several batches at once rewrites each touched group once instead of
    once per batch. The last release folds everything; a release to take turns
    folds only when ``FOLD_PENDING_STATEMENTS`` or more wait, otherwise whoever
    opens the file next folds them first (``Database.connect``), so nobody ever
    reads groups that miss stored rows.
    """

    def __init__(self, db: Database) -> None:
        self.db = db
        self._held = None
        self._con = None
        self._since = 0.0
        self._on_break = False  # let go to take turns: the next hold is a return

    def hold(self) -> None:
        if self._held is None:
            self.db.begin_deferring()  # first: opening must not fold what this ingest left pending
            try:
                timeout = max(self.db.timeout, RETURN_TIMEOUT) if self._on_break else None
                held = self.db.connect(timeout=timeout)  # while one connection is open, later ones share the open file
                self._con = held.__enter__()
            except BaseException:
                self.db.end_deferring(fold=False)
                raise
            self._held, self._since, self._on_break = held, time.monotonic(), False

    def take_turns(self) -> None:
        if self._held is not None and time.monotonic() - self._since >= HOLD_SECONDS:
            self.release(final=False)
            time.sleep(YIELD_SECONDS)

    def release(self, *, final: bool = True) -> None:
        if self._held is not None:
            held, con, self._held, self._con = self._held, self._con, None, None
            self._on_break = not final
            try:
                fold = final or reactions.pending_statements(con) >= FOLD_PENDING_STATEMENTS
                self.db.end_deferring(fold=fold)  # folds with the file still open
            finally:
                held.__exit__(None, None, None)


class StoreBatch:
    """Files waiting to be stored together; results come back in the order the files were added."""

    def __init__(self, db: Database) -> None:
        self.db = db
        self._entries: list[tuple[object, Extracted | IngestResult]] = []
        self._statements = 0
        self._since = 0.0

    def add(self, key: object, prepared: Extracted | IngestResult) -> list[tuple[object, IngestResult]]:
        """Queue one file (or the result of one that needs no storing); return any results now final."""
        if not self._entries:
            self._since = time.monotonic()
        self._entries.append((key, prepared))
        if isinstance(prepared, Extracted):
            self._statements += prepared.statement_count
        full = (
            len(self._entries) >= BATCH_FILES
            or self._statements >= BATCH_STATEMENTS
            or time.monotonic() - self._since >= BATCH_SECONDS
        )
        return self.flush() if full else []

    def flush(self) -> list[tuple[object, IngestResult]]:
        """Store what is queued (raises ``DatabaseBusy`` with nothing of the batch stored)."""
        entries, self._entries, self._statements = self._entries, [], 0
        items = [p for _, p in entries if isinstance(p, Extracted)]
        stored = iter(store_many(self.db, items) if items else [])
        return [(key, p if isinstance(p, IngestResult) else next(stored)) for key, p in entries]

    def __len__(self) -> int:
        return len(self._entries)


def _extract_file(path: str, reference_date: dt.date, host_country: str | None) -> tuple[str, object]:
    """Worker: ``("ok", ([], [], host, rows))`` (the rows without the records) or ``("read_error" | "error", message)``.

    Exceptions are turned into plain tuples because not every exception survives
    pickling back to the parent (``ReadError`` takes two arguments).
    """
    from tracker.readers import ReadError
    from tracker.store.ingest import extract_file

    try:
        data = Path(path).read_bytes()
        # The rows for the store (Arrow tables, text hashes) are made here too, in parallel, and
        # sent without the records: unpickling records cost the one writing process ~25 s per
        # million statements, the same rows as Arrow tables ~0.6 s.
        _, _, host, rows = extract_file(data, Path(path).name, reference_date=reference_date, host_country=host_country)
        return "ok", ([], [], host, rows)
    except ReadError as exc:
        return "read_error", exc.reason
    except Exception as exc:  # reported as rejected by ingest_bytes, like a serial ingest would
        return "error", f"{type(exc).__name__}: {exc}"


def _worker_context() -> multiprocessing.context.BaseContext:
    """Fork where the platform has it: workers start at once with the extractor already imported.

    Importing the extractor and its data files takes about a second; a forked worker
    inherits them from this process instead of paying it again. Workers only read
    and extract (no DuckDB, no threads of their own), which is what makes fork safe.
    """
    import tracker.extract  # noqa: F401  (imported here so forked workers inherit it)
    import tracker.readers  # noqa: F401

    methods = multiprocessing.get_all_start_methods()
    return multiprocessing.get_context("fork" if "fork" in methods else "spawn")


class WorkerError(RuntimeError):
    """An unexpected error raised while a worker processed a file."""


def _outcome(future: Future, data: bytes, name: str, reference_date: dt.date, host_used: str | None):
    """The ``extracted`` callable for ``ingest_bytes``: the worker's result, or its error raised again."""

    def extracted(host: str | None):
        from tracker.readers import ReadError
        from tracker.store.ingest import extract_file

        if host != host_used:  # the store settled on another host than the workers used: redo here
            future.cancel()
            return extract_file(data, name, reference_date=reference_date, host_country=host)
        status, value = future.result()
        if status == "read_error":
            raise ReadError(name, value)
        if status == "error":
            raise WorkerError(value)
        return value

    return extracted


def ingest_files(
    db: Database,
    paths: Iterable[str | Path],
    *,
    workers: int,
    reference_date: dt.date,
    host_country: str | None = None,
    event: str | None = None,
    event_host_country: str | None = None,
    event_date: dt.date | None = None,
) -> Iterator[tuple[str, IngestResult]]:
    """Ingest each file like ``ingest_bytes``, extracting in ``workers`` processes; yield (path, result) in order.

    ``workers=1`` extracts in this process. Results come once their batch is committed.

    Raises:
        DatabaseBusy: another process held the database past the retry timeout
            (files reported before it were stored).
    """
    paths = [str(p) for p in paths]
    host = extraction_host(db, host_country=host_country, event=event, event_host_country=event_host_country)
    options = dict(reference_date=reference_date, host_country=host_country, event=event,
                   event_host_country=event_host_country, event_date=event_date)  # fmt: skip
    batch = StoreBatch(db)
    held = _HeldOpen(db)
    try:
        for path, prepared in _prepared(db, paths, workers, host, options, held):
            yield from batch.add(path, prepared)
        yield from batch.flush()
    finally:
        held.release()


def _prepared(db: Database, paths: list[str], workers: int, host: str | None, options: dict, held: _HeldOpen):
    """(path, ``prepare_bytes`` outcome) per file in order, the database held open between them."""

    def read(path: str) -> bytes | IngestResult:
        try:
            return Path(path).read_bytes()
        except OSError as exc:
            return IngestResult(name=path, rejected=exc.strerror or str(exc))

    if workers <= 1:
        for path in paths:
            data = read(path)
            held.take_turns()
            held.hold()
            yield path, data if isinstance(data, IngestResult) else prepare_bytes(db, data, Path(path).name, **options)
        return

    context = _worker_context()
    reference_date = options["reference_date"]
    with ProcessPoolExecutor(max_workers=workers, mp_context=context) as pool:
        pending: deque[tuple[str, Future]] = deque()
        queue = iter(paths)

        def submit_next() -> None:
            path = next(queue, None)
            if path is not None:
                pending.append((path, pool.submit(_extract_file, path, reference_date, host)))

        for _ in range(max(1, workers) * AHEAD_PER_WORKER):
            submit_next()
        try:
            while pending:
                path, future = pending.popleft()
                submit_next()
                held.take_turns()
                held.hold()
                data = read(path)
                if isinstance(data, IngestResult):
                    future.cancel()
                    yield path, data
                    continue
                name = Path(path).name
                prepared = prepare_bytes(
                    db, data, name, **options, extracted=_outcome(future, data, name, reference_date, host)
                )
                if isinstance(prepared, IngestResult) and prepared.already_known:
                    future.cancel()
                yield path, prepared
        finally:
            for _, future in pending:
                future.cancel()
