"""The dashboard's settings agree with the code that enforces them."""

import tomllib
from pathlib import Path

from tracker.readers import MAX_DOCUMENT_BYTES

ROOT = Path(__file__).resolve().parents[1]


def test_upload_limit_equals_the_reader_limit():
    # A file the browser accepts must not then be refused by the reader for its size.
    config = tomllib.loads((ROOT / ".streamlit" / "config.toml").read_text(encoding="utf-8"))
    assert config["server"]["maxUploadSize"] * 2**20 == MAX_DOCUMENT_BYTES


def test_dashboard_runs_headless_without_usage_statistics():
    config = tomllib.loads((ROOT / ".streamlit" / "config.toml").read_text(encoding="utf-8"))
    assert config["server"]["headless"] is True
    assert config["browser"]["gatherUsageStats"] is False
