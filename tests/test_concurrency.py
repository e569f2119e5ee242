"""Several people at once: two upload sessions in one dashboard process, the command line next to a
running dashboard, and a dashboard whose database another process keeps.

``test_ingest.py`` already runs two ``ingest_bytes`` threads; here the Upload page itself is driven
by two sessions, and the dashboard and the command line are separate processes, as in real use.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest
import streamlit as st
from streamlit.testing.v1 import AppTest

from conftest import ROOT
from live_server import CHROMIUM, CHROMIUM_FLAGS, settle, streamlit_server, sync_playwright
from tracker.store import Database, list_documents

REF = "2025-06-06"
SPEAKERS = [
    ("Australian Foreign Minister Penny Wong", "Wong"),
    ("German Chancellor Friedrich Merz", "Merz"),
    ("Canadian Prime Minister Mark Carney", "Carney"),
    ("Japanese Prime Minister Shigeru Ishiba", "Ishiba"),
]


def feed(tag: str, n: int) -> bytes:
    """A JSON Lines dump of ``n`` articles with one reaction each; ``tag`` makes the texts unique."""
    lines = []
    for i in range(n):
        speaker, short = SPEAKERS[i % len(SPEAKERS)]
        text = (f"{speaker} on Wednesday congratulated the president-elect. \u201cWe look forward to working "
                f"together on {tag} question {i},\u201d {short} said in a statement.")  # fmt: skip
        lines.append(json.dumps({"title": f"{tag} story {i}", "text": text, "source": f"{tag} Wire",
                                 "published": "2025-06-04"}))  # fmt: skip
    return ("\n".join(lines) + "\n").encode()


def statement_count(db: Database) -> int:
    with db.read() as con:
        return con.execute("SELECT count(*) FROM statements").fetchall()[0][0]


@pytest.fixture
def app_db(sample_db, monkeypatch) -> Database:
    monkeypatch.setenv("TRACKER_DB", str(sample_db.path))
    monkeypatch.delenv("TRACKER_PASSWORD", raising=False)
    st.cache_data.clear()
    st.cache_resource.clear()
    yield sample_db
    st.cache_data.clear()
    st.cache_resource.clear()


@pytest.mark.browser
def test_two_browser_sessions_saving_uploads_at_once_both_complete_with_right_totals(sample_db, tmp_path):
    """Two people upload at the same moment: two sessions, one Streamlit process, one database."""
    start_playwright = sync_playwright()
    files = {"alpha.jsonl": (feed("alpha", 300), 300), "beta.jsonl": (feed("beta", 250), 250)}
    for name, (data, _) in files.items():
        (tmp_path / name).write_bytes(data)
    before = statement_count(sample_db)
    with streamlit_server(sample_db.path, tmp_path / "server.log") as url, start_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_FLAGS, headless=True)
        try:
            pages = {}
            for name in files:
                page = browser.new_context().new_page()  # a context each: separate sessions
                page.goto(f"{url}/upload")
                settle(page)
                page.locator('[data-testid="stFileUploaderDropzoneInput"]').set_input_files(str(tmp_path / name))
                page.get_by_role("button", name="Save 1 file").wait_for(timeout=60_000)
                settle(page)
                pages[name] = page
            for page in pages.values():  # both clicks before either save can finish
                page.get_by_role("button", name="Save 1 file").click(no_wait_after=True)
            outcomes = {}
            for name, page in pages.items():
                page.get_by_text("Last save").wait_for(timeout=120_000)
                settle(page)
                outcomes[name] = page.locator('[data-testid="stAlert"]').all_inner_texts()
        finally:
            browser.close()
        server_log = (tmp_path / "server.log").read_text()

    assert "Traceback" not in server_log, server_log[-3000:]
    for name, (_, n) in files.items():
        assert any(name in text and f"added {n} statements" in text for text in outcomes[name]), outcomes[name]
    assert statement_count(sample_db) == before + 550
    documents = list_documents(sample_db).set_index("name")
    for name, (_, n) in files.items():
        assert documents.loc[name, "n_statements"] == n


# A dashboard process: real pages in AppTest, run again and again until told to stop. It prints
# one JSON line per pass: the Reactions figure it showed, and anything that went wrong.
DASHBOARD_LOOP = """
import json, sys, time
from pathlib import Path
from streamlit.testing.v1 import AppTest
stop = Path(sys.argv[1])
passes = 0
while True:
    stopping = stop.exists()  # the last pass must start after the ingests finished, to show their rows
    at = AppTest.from_file("app.py", default_timeout=120).run()
    problems = [e.value for e in at.exception]
    reactions = next((m.value for m in at.metric if m.label == "Reactions"), None)
    for page in ("statements", "timeline", "sources"):
        at.switch_page(f"tracker/pages/{page}.py").run()
        problems += [e.value for e in at.exception]
    busy = [w.value for w in at.warning if "busy" in w.value]
    passes += 1
    print(json.dumps({"pass": passes, "reactions": reactions, "problems": problems, "busy": busy}), flush=True)
    if stopping and passes >= 2:
        break
"""


def test_command_line_ingest_while_the_dashboard_runs(sample_db, tmp_path):
    big = tmp_path / "big_feed.jsonl"
    big.write_bytes(feed("gamma", 3000))
    small = tmp_path / "small_feed.jsonl"
    small.write_bytes(feed("delta", 40))
    stop = tmp_path / "stop"
    env = {**os.environ, "TRACKER_DB": str(sample_db.path), "PYTHONPATH": str(ROOT), "TRACKER_DB_TIMEOUT": "20"}
    env.pop("TRACKER_PASSWORD", None)
    before = statement_count(sample_db)

    dashboard = subprocess.Popen([sys.executable, "-c", DASHBOARD_LOOP, str(stop)], cwd=ROOT, env=env,
                                 stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)  # fmt: skip
    try:
        line = dashboard.stdout.readline()
        assert line.startswith("{"), line or dashboard.stderr.read()[-3000:]  # empty: the dashboard died
        first = json.loads(line)  # the dashboard is up and reading
        ingests = [
            subprocess.run([sys.executable, "-m", "tracker", "ingest", str(path), "--db", str(sample_db.path),
                            "--reference-date", REF, "--host-country", "KOR"],
                           cwd=ROOT, env=env, capture_output=True, text=True, timeout=300)
            for path in (big, small)
        ]  # fmt: skip
        stop.touch()
        out, err = dashboard.communicate(timeout=300)
    finally:
        if dashboard.poll() is None:
            dashboard.kill()
            dashboard.wait()

    passes = [first] + [json.loads(line) for line in out.splitlines() if line.startswith("{")]
    assert dashboard.returncode == 0, err[-2000:]
    assert "Traceback" not in err, err[-2000:]
    assert all(not p["problems"] for p in passes), [p["problems"] for p in passes if p["problems"]]
    stored = 0
    for done, n in zip(ingests, (3000, 40), strict=True):
        assert "Traceback" not in done.stderr, done.stderr
        if done.returncode == 0:
            assert f"{n} articles, {n} statements added" in done.stdout
            stored += n
        else:  # the later one may be told to come back, in one line
            assert "database busy" in done.stderr and "try again" in done.stderr, done.stderr
    assert stored == 3040, [d.stderr for d in ingests]  # with retry and backoff both got their turn
    assert statement_count(sample_db) == before + stored  # nothing lost, nothing doubled
    # the running dashboard shows the new rows without a restart
    assert int(passes[-1]["reactions"]) > int(first["reactions"])


HOLDER = """
import sys, time, duckdb
con = duckdb.connect(sys.argv[1])
print("holding", flush=True)
sys.stdin.readline()
con.close()
"""


def test_dashboard_says_busy_while_another_process_keeps_the_database(app_db, monkeypatch):
    monkeypatch.setenv("TRACKER_DB_TIMEOUT", "0.5")
    holder = subprocess.Popen([sys.executable, "-c", HOLDER, str(app_db.path)], stdin=subprocess.PIPE,
                              stdout=subprocess.PIPE, text=True)  # fmt: skip
    try:
        assert holder.stdout.readline().strip() == "holding"
        at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=60).run()
        assert not at.exception, [e.value for e in at.exception]
        busy = [w.value for w in at.warning]
        assert len(busy) == 1 and "database busy" in busy[0] and "try again" in busy[0], busy
        assert not at.metric and not at.dataframe
    finally:
        holder.communicate("\n", timeout=30)
    at.run()  # the other process let go: the same session works again
    assert not at.exception and not at.warning
    assert at.metric
