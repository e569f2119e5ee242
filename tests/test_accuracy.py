"""The extractor against hand-checked answers, scored by the project's shared scorer.

The seed sample's thresholds are issue 2's; the held-out sets (other events and
formats, written for the tests) guard the generality the hidden evaluation needs.
The scorer lives in ``../shared/eval/score.py`` next to the checkout; without it
these tests skip.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
SCORER = SHARED / "eval" / "score.py"
HELDOUT = ROOT / "tests" / "fixtures"

pytestmark = pytest.mark.skipif(not SCORER.exists(), reason="needs ../shared/eval/score.py next to the checkout")


def score(gold: Path, data: Path) -> dict:
    done = subprocess.run(
        [sys.executable, str(SCORER), "--gold", str(gold), "--data", str(data), "--json", "--quiet"],
        cwd=ROOT, capture_output=True, text=True, timeout=600,
    )  # fmt: skip
    assert done.returncode == 0, done.stdout + done.stderr
    return json.loads(done.stdout.strip().splitlines()[-1])


def test_seed_sample_meets_the_issue_thresholds():
    result = score(SHARED / "gold" / "seed.gold.json", SHARED / "samples")
    assert result["errors"] == 0, result
    assert result["f1"] >= 0.95, result
    assert result["date_accuracy"] >= 0.9, result
    assert result["theme_f1"] >= 0.85, result


@pytest.mark.parametrize("folder", ["heldout", "heldout2", "heldout3", "heldout4", "heldout5", "heldout6", "heldout7", "heldout8", "heldout9", "heldout10", "heldout11", "heldout12", "heldout13", "heldout14", "heldout15", "heldout16", "heldout17", "heldout18", "heldout19", "heldout20", "heldout21", "heldout22", "heldout23", "heldout24", "heldout25", "heldout26", "heldout27", "heldout28", "heldout29", "heldout30", "heldout31"])
def test_held_out_events_stay_above_the_hidden_set_threshold(folder):
    result = score(HELDOUT / folder / "gold.json", HELDOUT / folder)
    assert result["errors"] == 0, result
    assert result["f1"] >= 0.85, result
    assert result["date_accuracy"] >= 0.9, result


def test_the_blind_held_out_set_keeps_every_file_readable_and_its_measured_accuracy():
    # heldout32 is the blind set (written in session 17): nobody reads its misses, so this only keeps every file
    # readable and the score from slipping below its first blind run (F1 0.974, dates 1.000 on session 16's code).
    result = score(HELDOUT / "heldout32" / "gold.json", HELDOUT / "heldout32")
    assert result["errors"] == 0, result
    assert result["f1"] >= 0.95, result
    assert result["date_accuracy"] >= 0.95, result
