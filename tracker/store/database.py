"""Opening the DuckDB file: short-lived connections, lock retry, one writer at a time.

DuckDB lets one process hold a database file; a second process cannot even open
it read-only while the first has it open. So connections here live only for one
operation: the dashboard and a command-line ingest can take turns. When the
file is held elsewhere we retry with backoff, then raise ``DatabaseBusy``.

Inside one process every connection uses the same configuration (DuckDB shares
one instance per file and refuses a second with different settings, such as
read-only next to read-write), and writes are serialised with a lock so two
upload sessions never conflict on a transaction.
"""

from __future__ import annotations

import os
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import duckdb

from tracker.store import reactions
from tracker.store.schema import ensure_schema

PROJECT_ROOT = Path(__file__).resolve().parents[2]
DEFAULT_DB = PROJECT_ROOT / "data" / "tracker.duckdb"
DEFAULT_TIMEOUT = 10.0  # seconds to wait for another process to let go of the file
# Longest pause between two attempts to open a held file: short, because a bulk ingest
# lets go for only a moment now and then (``tracker.parallel.YIELD_SECONDS``).
RETRY_MAX_STEP = 0.25


class DatabaseBusy(RuntimeError):
    """Another process holds the database file and did not release it in time."""


def default_db_path() -> Path:
    """``TRACKER_DB`` when set, else ``data/tracker.duckdb`` in the project."""
    env = os.environ.get("TRACKER_DB", "").strip()
    return Path(env).expanduser() if env else DEFAULT_DB


_write_locks: dict[str, threading.RLock] = {}
_write_locks_guard = threading.Lock()
# Files whose bulk ingest in this process folds reaction groups only when it lets go
# (path -> number of holders): see ``Database.begin_deferring``.
_deferring: dict[str, int] = {}


def _write_lock(path: Path) -> threading.RLock:
    key = str(path)
    with _write_locks_guard:
        return _write_locks.setdefault(key, threading.RLock())


def _is_lock_error(exc: Exception) -> bool:
    text = str(exc)
    return "Could not set lock" in text or "Conflicting lock" in text


class Database:
    """A cheap handle on one DuckDB file; safe to share (``st.cache_resource``) and across threads.

    Args:
        path: the database file; created with its folder on first write.
        timeout: seconds to keep retrying while another process holds the file
            (``TRACKER_DB_TIMEOUT`` overrides the default of 10).
    """

    def __init__(self, path: str | os.PathLike | None = None, *, timeout: float | None = None):
        self.path = Path(path).expanduser().resolve() if path else default_db_path().resolve()
        if timeout is None:
            try:
                timeout = float(os.environ.get("TRACKER_DB_TIMEOUT", DEFAULT_TIMEOUT))
            except ValueError:  # a typo in the environment must not stop every command
                timeout = DEFAULT_TIMEOUT
        self.timeout = max(0.0, timeout)
        self._lock = _write_lock(self.path)
        self._schema_ready = False

    def __repr__(self) -> str:
        return f"Database({str(self.path)!r})"

    def _open(self, timeout: float | None = None) -> duckdb.DuckDBPyConnection:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        deadline = time.monotonic() + (self.timeout if timeout is None else timeout)
        delay = 0.05
        while True:
            try:
                return duckdb.connect(str(self.path))
            except duckdb.IOException as exc:
                if not _is_lock_error(exc):
                    raise
                if time.monotonic() >= deadline:
                    holder = _lock_holder(str(exc))
                    raise DatabaseBusy(
                        f"database busy: {self.path} is in use by another process{holder}; "
                        "try again in a moment"
                    ) from None
                time.sleep(min(delay, max(0.0, deadline - time.monotonic())))
                delay = min(delay * 2, RETRY_MAX_STEP)

    @contextmanager
    def connect(self, *, timeout: float | None = None) -> Iterator[duckdb.DuckDBPyConnection]:
        """A short-lived connection with the schema up to date; closed on exit.

        Args:
            timeout: seconds to wait for the file this time (default: the handle's ``timeout``).
        Raises:
            DatabaseBusy: another process kept the file past the timeout.
        """
        con = self._open(timeout)
        try:
            if not self._schema_ready:
                with self._lock:
                    ensure_schema(con)
                self._schema_ready = True
            if not self.defers_reactions and reactions.has_pending(con):
                self._fold_pending(con)  # a bulk ingest stopped before folding: its rows are stored
            yield con
        finally:
            con.close()

    @property
    def defers_reactions(self) -> bool:
        """Whether a bulk ingest in this process holds the file and folds reaction groups later."""
        return _deferring.get(str(self.path), 0) > 0

    def begin_deferring(self) -> None:
        """From now on ``store_many`` in this process commits files without folding them into the reaction groups.

        For a bulk ingest holding the file open (``tracker.parallel``): every batch's
        fold rewrites the groups it touches, which in a big ingest is most of them. The
        documents are listed in ``reaction_pending`` in the same transaction as their
        rows and folded in one go by ``end_deferring``, before the file is let go; a
        crash leaves them listed and the next ``connect`` folds them. Hold a connection
        open meanwhile, or every ``connect`` would close the file (and check it).
        """
        key = str(self.path)
        with _write_locks_guard:
            _deferring[key] = _deferring.get(key, 0) + 1

    def end_deferring(self, *, fold: bool = True) -> None:
        """Stop deferring; fold what is pending unless ``fold`` is False (then the next ``connect`` does)."""
        key = str(self.path)
        with _write_locks_guard:
            _deferring[key] -= 1
            if not _deferring[key]:
                del _deferring[key]
        if fold and not self.defers_reactions:
            with self.connect():
                pass  # folds what was deferred

    def _fold_pending(self, con: duckdb.DuckDBPyConnection) -> None:
        with self._lock:
            con.execute("BEGIN TRANSACTION")
            try:
                reactions.fold_pending(con)
            except BaseException:
                con.execute("ROLLBACK")
                raise
            con.execute("COMMIT")

    def read(self):
        """A connection for query-only work (same configuration as writes; see module doc)."""
        return self.connect()

    @contextmanager
    def transaction(self) -> Iterator[duckdb.DuckDBPyConnection]:
        """A connection inside one transaction: committed on success, rolled back on any error.

        DuckDB silently rolls back a COMMIT issued after a failed statement, so the
        rollback here is explicit and the error is re-raised.
        """
        with self._lock, self.connect() as con:
            con.execute("BEGIN TRANSACTION")
            try:
                yield con
            except BaseException:
                try:
                    con.execute("ROLLBACK")
                except duckdb.Error:
                    pass  # the original error matters more; the connection closes next
                raise
            con.execute("COMMIT")


def _lock_holder(message: str) -> str:
    # DuckDB names the holder: "Conflicting lock is held in /usr/bin/python3 (PID 1234)"
    marker = "(PID "
    if marker in message:
        pid = message.split(marker, 1)[1].split(")", 1)[0]
        return f" (process {pid})"
    return ""
