"""A real ``streamlit run app.py`` on a free localhost port and Debian's headless Chromium, for tests
that need real browser sessions (concurrent uploads, the password prompt, XSRF)."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
import urllib.request
from contextlib import contextmanager
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_FLAGS = ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking",
                  "--disable-component-update"]  # fmt: skip


def sync_playwright():
    """Playwright's sync API, or a skip when the browser is missing (CI sets TRACKER_REQUIRE_BROWSER=1)."""
    if os.environ.get("TRACKER_REQUIRE_BROWSER") != "1":
        if not CHROMIUM.exists():
            pytest.skip("needs Debian's chromium at /usr/bin/chromium (apt-get install -y chromium)")
        pytest.importorskip("playwright.sync_api")
    from playwright.sync_api import sync_playwright as start

    return start


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@contextmanager
def streamlit_server(db_path: Path, log_path: Path, **env: str):
    """Yields the base URL of a running dashboard on ``db_path``; the server's output goes to ``log_path``."""
    port = free_port()
    environment = {**os.environ, "TRACKER_DB": str(db_path), **env}
    if "TRACKER_PASSWORD" not in env:
        environment.pop("TRACKER_PASSWORD", None)
    with open(log_path, "w") as log:
        process = subprocess.Popen(
            [sys.executable, "-m", "streamlit", "run", "app.py", "--server.address", "127.0.0.1",
             "--server.port", str(port), "--server.headless", "true", "--browser.gatherUsageStats", "false",
             "--server.fileWatcherType", "none"],
            cwd=ROOT, env=environment, stdout=log, stderr=subprocess.STDOUT,
        )  # fmt: skip
        url = f"http://127.0.0.1:{port}"
        try:
            deadline = time.monotonic() + 60
            while True:
                try:
                    if urllib.request.urlopen(f"{url}/_stcore/health", timeout=2).read() == b"ok":
                        break
                except OSError:
                    pass
                assert process.poll() is None, log_path.read_text()
                assert time.monotonic() < deadline, "the server did not answer /_stcore/health within 60 s"
                time.sleep(0.3)
            yield url
        finally:
            process.terminate()
            try:
                process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()


def settle(page) -> None:
    """Wait until the current script run has finished."""
    page.wait_for_function("() => !document.querySelector('[data-testid=\"stStatusWidget\"]')", timeout=60_000)
    page.wait_for_timeout(300)
