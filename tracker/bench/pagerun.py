"""Run one dashboard page through AppTest and print its timings and peak memory as JSON.

``python -m tracker.bench.pagerun --db PATH --page tracker/pages/overview.py``

Runs in a process of its own so that the peak resident set (``VmHWM``) is this
page's: the baseline is the resident set after the imports, before the first run.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import sys
import time
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parents[2]


def _status_mb(field: str) -> float | None:
    try:
        for line in open("/proc/self/status", encoding="ascii"):
            if line.startswith(field + ":"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return None


def _peak_mb() -> float:
    """Peak resident set of this process so far.

    VmHWM, not ru_maxrss: on Linux ru_maxrss survives exec, so a child of a big
    parent would report the parent's size.
    """
    peak = _status_mb("VmHWM")
    return peak if peak is not None else resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _current_mb() -> float:
    current = _status_mb("VmRSS")
    return current if current is not None else _peak_mb()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--db", required=True)
    parser.add_argument("--page", required=True, help="page file as app.py registers it")
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--timeout", type=float, default=240)
    args = parser.parse_args(argv)
    os.environ["TRACKER_DB"] = str(Path(args.db).resolve())
    os.chdir(PROJECT_ROOT)

    import plotly.graph_objects  # noqa: F401  (imports belong to the baseline, not the page)
    import streamlit as st
    from streamlit.testing.v1 import AppTest

    import tracker.charts  # noqa: F401
    import tracker.store.queries  # noqa: F401
    import tracker.ui  # noqa: F401

    baseline = _current_mb()
    at = AppTest.from_file(str(PROJECT_ROOT / "app.py"), default_timeout=args.timeout)
    start = time.perf_counter()
    at.switch_page(args.page)
    at.run()
    first = time.perf_counter() - start
    errors = [str(e.value)[:300] for e in at.exception]
    peak_first = _peak_mb()

    cold, warm = [], []
    for _ in range(args.repeats):
        st.cache_data.clear()
        start = time.perf_counter()
        at.run()
        cold.append(time.perf_counter() - start)
    for _ in range(args.repeats):
        start = time.perf_counter()
        at.run()
        warm.append(time.perf_counter() - start)
    errors += [str(e.value)[:300] for e in at.exception]
    result = {
        "page": args.page,
        "seconds_first": first,
        "seconds_cold": statistics.median(cold),
        "seconds_warm": statistics.median(warm),
        "rss_baseline_mb": baseline,
        "rss_peak_first_mb": peak_first,
        "rss_peak_mb": _peak_mb(),
        "rss_delta_mb": peak_first - baseline,
        "exceptions": errors,
        "elements": len(list(at.main)),
        "repeats": args.repeats,
    }
    print(json.dumps(result))
    return 0


if __name__ == "__main__":
    sys.exit(main())
