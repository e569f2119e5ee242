"""What every page shares: the cached database handle, cached queries and the current filters.

The database handle lives in ``st.cache_resource`` (one per process and path). Query
results live in ``st.cache_data`` keyed by the query, its arguments, the filters and
the database file's version (size and modification time of the file and its WAL), so
an ingest from the command line shows up too; the pages also clear the cache
explicitly after an upload or a delete (``data_changed``).

Opening the DuckDB file costs 20-200 ms (and a checkpoint on close), so one page run
keeps it open from its first uncached query to its end (``page_run``): every later
query of the run shares the open file. Between runs it is closed, so a command-line
ingest next to the dashboard still gets the file.
"""

from __future__ import annotations

import hashlib
import html
import re
import os
import threading
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path

import pandas as pd
import streamlit as st

from tracker.store import queries
from tracker.store.database import Database, DatabaseBusy, default_db_path
from tracker.store.filters import Filters
from tracker.store.sample import ensure_default_database

FILTERS_KEY = "app_filters"
TABLE_LIMIT = 2000  # rows drawn in a table; the CSV download always has every matching row
STRIP_LIMIT = 3000  # dots on the Timeline strip; more would not be readable anyway


@st.cache_resource(show_spinner="Opening the database…")
def _database(path: str) -> Database:
    ensure_default_database(Path(path))
    return Database(Path(path))


def database() -> Database:
    """The process-wide database handle for ``TRACKER_DB`` (or data/tracker.duckdb)."""
    return _database(str(Path(default_db_path()).resolve()))


def data_version(path: Path | str) -> tuple:
    """Changes whenever the database file or its write-ahead log is written."""
    stamp = []
    for candidate in (Path(path), Path(f"{path}.wal")):
        try:
            info = os.stat(candidate)
            stamp.append((info.st_size, info.st_mtime_ns))
        except FileNotFoundError:
            stamp.append(None)
    return tuple(stamp)


# Each script run has its own thread: what it holds open is kept per thread.
_this_run = threading.local()


@contextmanager
def page_run() -> Iterator[None]:
    """One page run: the database, once a query opens it, stays open until the run ends."""
    _this_run.active, _this_run.held = True, None
    try:
        yield
    finally:
        held, _this_run.held, _this_run.active = _this_run.held, None, False
        if held is not None:
            held.__exit__(None, None, None)


def _keep_open(db: Database) -> None:
    """Inside ``page_run``: open the file once for the rest of the run (later connections share it)."""
    if getattr(_this_run, "active", False) and _this_run.held is None:
        held = db.connect()
        held.__enter__()
        _this_run.held = held


@st.cache_data(show_spinner=False, max_entries=1024)
def _cached(name: str, path: str, version: tuple, filters: Filters | None, kwargs: tuple) -> object:
    function = getattr(queries, name)
    db = _database(path)
    _keep_open(db)
    return function(db, filters, **dict(kwargs)) if filters is not None else function(db, **dict(kwargs))


def query(name: str, filters: Filters | None = None, **kwargs) -> pd.DataFrame:
    """Run ``tracker.store.queries.<name>(db, filters, **kwargs)`` through the cache."""
    db = database()
    path = str(Path(db.path).resolve())
    try:
        return _cached(name, path, data_version(path), filters, tuple(sorted(kwargs.items())))
    except DatabaseBusy as exc:
        # another process (a long command-line ingest) holds the file: say so instead of a traceback
        st.warning(f"{exc}. Reload the page when it has finished.", icon=":material/hourglass_top:")
        st.stop()


def widget_key(name: str, *parts: object) -> str:
    """A widget key that changes with ``parts`` (a fresh widget, with no stale state, when they change)."""
    digest = hashlib.sha1(repr((parts, data_version(database().path))).encode()).hexdigest()[:10]
    return f"{name}_{digest}"


def data_changed() -> None:
    """Forget every cached query result (after an ingest, delete, rename or move)."""
    st.cache_data.clear()


def csv_payload(filters: Filters):
    """The Statements download: a callable run on click, so the CSV is built only when asked for."""

    def build() -> bytes:
        from tracker.store.export import csv_bytes

        return csv_bytes(database(), filters)

    return build


def csv_file_name(filters: Filters) -> str:
    """A download name that says what was filtered, e.g. ``reactions_USA-JPN_2025-06-04.csv``."""
    parts = ["reactions"]
    if filters.countries:
        parts.append("-".join(filters.countries[:4]) + ("-etc" if len(filters.countries) > 4 else ""))
    if filters.date_from or filters.date_to:
        parts.append(f"{filters.date_from or 'start'}_to_{filters.date_to or 'end'}")
    if not filters.is_default() and len(parts) == 1:
        parts.append("filtered")
    return "_".join(parts) + ".csv"


def current_filters() -> Filters:
    """The sidebar's filters for this run (set by app.py before the page runs)."""
    return st.session_state.get(FILTERS_KEY) or Filters()


def empty_message(filters: Filters, what: str = "statements") -> None:
    """The helpful note shown instead of an empty chart or table."""
    if filters.is_default():
        st.info(f"No {what} in the database yet. Add news dumps on the **Upload** page.", icon=":material/upload:")
    else:
        hint = "" if filters.include_domestic else " Domestic reactions are hidden unless *Include domestic reactions* is on."
        st.info(
            f"No {what} match the filters in the sidebar. Widen the date range or clear some filters "
            f"(**Reset filters** at the bottom of the sidebar).{hint}",
            icon=":material/filter_alt_off:",
        )


# The map's world outlines come from this server (static/topojson/), not plotly's CDN.
TOPOJSON_URL = "app/static/topojson/"


def plotly(fig, *, key: str) -> None:
    """Draw a plotly figure the same way on every page."""
    st.plotly_chart(fig, key=key, width="stretch", config={"displaylogo": False, "topojsonURL": TOPOJSON_URL})


def highlight_html(text: str, spans: Sequence[Sequence[int]]) -> str:
    """Article text as safe HTML with the quoted passages in <mark>.

    The markup is built only from escaped pieces of the text, so nothing in a news
    dump can inject HTML or script; overlapping or out-of-range spans are merged and
    clipped.
    """
    text = text or ""
    clean: list[tuple[int, int]] = []
    for span in sorted((max(0, int(a)), min(len(text), int(b))) for a, b, *_ in spans or () if a is not None and b is not None):
        start, end = span
        if end <= start:
            continue
        if clean and start <= clean[-1][1]:
            clean[-1] = (clean[-1][0], max(clean[-1][1], end))
        else:
            clean.append((start, end))
    pieces: list[str] = []
    cursor = 0
    for start, end in clean:
        pieces.append(html.escape(text[cursor:start]))
        pieces.append(f'<mark class="tracker-quote">{html.escape(text[start:end])}</mark>')
        cursor = end
    pieces.append(html.escape(text[cursor:]))
    body = "".join(pieces)
    return (
        '<div class="tracker-article" style="white-space: pre-wrap; line-height: 1.55; max-height: 32rem; '
        'overflow-y: auto; padding: 0.75rem 1rem; border: 1px solid #dde3ea; border-radius: 6px; '
        f'background: #fbfcfd; font-size: 0.95rem;">{body}</div>'
    )


# --- Upload page helpers --------------------------------------------------------------------


@st.cache_data(show_spinner=False)
def country_choices() -> dict[str, str]:
    """ISO3 code -> short name of every country, for the host-country pickers."""
    import pycountry

    names = {c.alpha_3: getattr(c, "common_name", None) or c.name for c in pycountry.countries}
    return dict(sorted(names.items(), key=lambda item: item[1]))


def max_upload_bytes() -> int:
    """The server's per-file upload limit (``server.maxUploadSize`` megabytes)."""
    return int(st.get_option("server.maxUploadSize")) * 2**20


@st.cache_data(show_spinner="Reading the file…", max_entries=64)
def preview(data: bytes, name: str, reference_date, host_country: str | None) -> dict:
    """What saving one file would add: article count and statement rows, or why it cannot be read."""
    from tracker.readers import ReadError
    from tracker.store.ingest import preview_bytes

    try:
        articles, rows = preview_bytes(data, name, reference_date=reference_date, host_country=host_country)
    except ReadError as exc:
        return {"error": exc.reason, "articles": 0, "rows": pd.DataFrame()}
    except Exception as exc:  # an extractor bug must not hide the other files' previews
        return {"error": f"could not process the file ({type(exc).__name__}: {exc})", "articles": 0,
                "rows": pd.DataFrame()}
    return {"error": None, "articles": len(articles), "rows": rows}


def show_outcomes(outcomes: list[dict]) -> None:
    """One message per saved file: added (green), already known (blue) or rejected with the reason (red)."""
    for row in outcomes:
        name = f"**{md(row['file'])}**"
        if row["outcome"] == "added":
            note = f" {md(row['detail'])}." if row["detail"] else ""
            st.success(f"{name}: added {plural(row['statements added'], 'statement')} from "
                       f"{plural(row['articles added'], 'article')} to “{md(row['event'])}”.{note}",
                       icon=":material/check_circle:")
        elif row["outcome"] == "already known":
            st.info(f"{name}: already known; {md(row['detail'])}.", icon=":material/content_copy:")
        else:
            st.error(f"{name}: rejected: {md(row['detail'])}", icon=":material/block:")


def refused(name: str, reason: str) -> dict:
    """The result-table row of a file that was not even offered to the store (unreadable, too large)."""
    return {"file": name, "outcome": "rejected", "articles added": 0, "statements added": 0, "event": "",
            "detail": reason}


def save_file(data: bytes, name: str, **options) -> dict:
    """Ingest one file and describe the outcome as a row of the Upload page's result table."""
    from tracker.store.ingest import ingest_bytes

    try:
        result = ingest_bytes(database(), data, name, **options)
    except DatabaseBusy as exc:
        return refused(name, str(exc))
    if result.rejected:
        outcome, detail = "rejected", result.rejected
    elif result.already_known:
        outcome, detail = "already known", "the same file was saved before; nothing added"
    else:
        outcome = "added"
        detail = (f"{result.articles_known} article(s) were already stored from other files"
                  if result.articles_known else "")
    return {
        "file": name,
        "outcome": outcome,
        "articles added": result.articles_added,
        "statements added": result.statements_added,
        "event": result.event_name or options.get("event") or "",
        "detail": detail,
    }


def plural(n: int, word: str) -> str:
    """``1 article``, ``2 articles``."""
    return f"{n:,} {word}{'' if n == 1 else 's'}"


_MARKDOWN_SPECIALS = re.compile(r"([\\`*_{}\[\]()#+\-.!|<>~$:=^])")


def md(text: object) -> str:
    """Text from a dump or a file name, escaped so Streamlit's Markdown shows it literally.

    Titles, names and reasons are written into st.markdown/st.caption/st.success; without
    escaping a dump could add links, images, colours or maths to the page.
    """
    return _MARKDOWN_SPECIALS.sub(r"\\\1", " ".join(str(text or "").split()))
