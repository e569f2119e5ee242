"""Extraction of single-line texts, run under valgrind's callgrind by tests/test_bad_inputs.py.

Usage: python tests/linear_work.py N PHRASE [PHRASE ...]. For each phrase, a text of N and of
4N characters made by repeating it is extracted; ``os.getppid()`` marks the edges of each run,
so ``valgrind --tool=callgrind --dump-before=getppid`` writes one count of instructions per run.
"""

from __future__ import annotations

import datetime as dt
import os
import sys

sys.path.insert(0, os.getcwd())

from tracker.extract import clear_caches, extract_statements  # noqa: E402
from tracker.models import Article  # noqa: E402


def run(text: str) -> None:
    clear_caches()  # each run pays for its own text, as new text would
    extract_statements(Article(title="Reactions", text=text), reference_date=dt.date(2025, 6, 6))


if __name__ == "__main__":
    n = int(sys.argv[1])
    run("Foreign Minister Anna Berg said on Monday that it was a good day.")  # first-use costs, not counted apart
    for phrase in sys.argv[2:]:
        for size in (n, 4 * n):
            os.getppid()
            run((phrase * (size // len(phrase) + 1))[:size])
    os.getppid()
