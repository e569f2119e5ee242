"""End to end in a real headless Chromium: upload a dump, see it on the pages, download the CSV.

Starts ``streamlit run app.py`` on a free localhost port against a temporary database
built from the bundled sample, drives Debian's chromium through Playwright and saves a
screenshot of every page (into docs/screenshots/, the README's pictures, when
TRACKER_SCREENSHOTS=docs/screenshots is set; else into a temporary folder).
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import os
import shutil
from pathlib import Path

import pytest
from live_server import CHROMIUM, CHROMIUM_FLAGS, streamlit_server, sync_playwright

ROOT = Path(__file__).resolve().parents[1]
# Screenshots go to a temporary folder; TRACKER_SCREENSHOTS=docs/screenshots refreshes the README's pictures.
SCREENSHOTS_ENV = os.environ.get("TRACKER_SCREENSHOTS", "")
DUMP = ROOT / "tests" / "fixtures" / "dashboard" / "runoff_reactions.txt"
NEW_EVENT = "2022 Brazilian presidential election"
PAGES = {"overview": "", "timeline": "timeline", "themes": "themes", "statements": "statements",
         "compare": "compare", "upload": "upload", "sources": "sources"}

pytestmark = pytest.mark.browser


@pytest.fixture
def server(tmp_path, sample_db):
    """A real Streamlit server on a free port, its database a copy of the sample; stopped afterwards."""
    db_path = tmp_path / "browser.duckdb"
    shutil.copy(sample_db.path, db_path)
    with streamlit_server(db_path, tmp_path / "streamlit.log") as url:
        yield url, db_path


@pytest.fixture
def browser():
    with sync_playwright()() as p:
        chromium = p.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_FLAGS, headless=True)
        try:
            yield chromium
        finally:
            chromium.close()


@pytest.fixture
def screenshots(tmp_path) -> Path:
    folder = (ROOT / SCREENSHOTS_ENV) if SCREENSHOTS_ENV else tmp_path / "screenshots"
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def settle(page, *, charts: int = 0) -> None:
    """Wait until the script run finished and the expected charts are drawn."""
    page.wait_for_selector('[data-testid="stMain"] h1', timeout=30_000)
    page.wait_for_function(
        "() => !document.querySelector('[data-testid=\"stStatusWidget\"]')", timeout=60_000
    )
    if charts:
        page.wait_for_function(f"() => document.querySelectorAll('.js-plotly-plot').length >= {charts}",
                               timeout=30_000)
    page.wait_for_timeout(1200)  # plotly's transitions and the data grid's first paint


def type_date(page, label: str, digits: str) -> None:
    """Type into a date field segment by segment (year, month, day), then leave it so it commits."""
    page.get_by_role("spinbutton", name=f"year, {label}").click()
    page.keyboard.type(digits, delay=40)
    page.keyboard.press("Escape")  # close the calendar pop-up
    page.locator('[data-testid="stMain"] h1').click()  # leave the field: the value commits


def shoot(page, folder: Path, name: str) -> None:
    page.screenshot(path=str(folder / f"{name}.png"))
    assert (folder / f"{name}.png").stat().st_size > 10_000, f"{name}: the screenshot is empty"


def test_upload_see_download_and_screenshot_every_page(server, browser, screenshots):
    from tracker.store.database import Database
    from tracker.store.export import csv_bytes
    from tracker.store.filters import Filters
    from tracker.store.ingest import preview_bytes

    url, db_path = server
    db = Database(db_path)
    with db.read() as con:
        before = {r[0] for r in con.execute("SELECT DISTINCT country_name FROM statement_rows WHERE NOT domestic")
                  .fetchall()}
    _, preview = preview_bytes(DUMP.read_bytes(), DUMP.name, reference_date=dt.date(2022, 10, 31))
    new_countries = set(preview["country_name"].dropna()) - before
    assert new_countries, "the fixture dump should bring countries the sample lacks"

    context = browser.new_context(viewport={"width": 1440, "height": 1800}, accept_downloads=True)
    page = context.new_page()

    # upload a dump of another event through the real file input
    page.goto(f"{url}/upload")
    settle(page)
    page.get_by_text("A new event", exact=True).click()
    page.get_by_label("Event name").fill(NEW_EVENT)
    page.get_by_label("Event name").press("Enter")
    settle(page)
    type_date(page, "Reference date", "20221031")
    type_date(page, "Event date", "20221030")
    settle(page)
    page.locator('[data-testid="stFileUploaderDropzoneInput"]').set_input_files(str(DUMP))
    page.get_by_text(f"{DUMP.name}:", exact=False).first.wait_for(timeout=60_000)
    settle(page)
    assert not page.get_by_text("Give the new event a date").count()
    shoot(page, screenshots, "upload")
    page.get_by_role("button", name="Save 1 file").click()
    page.get_by_text("Last save").wait_for(timeout=60_000)
    settle(page)
    saved = page.locator('[data-testid="stAlert"]').filter(has_text=DUMP.name).inner_text()
    assert "added" in saved and NEW_EVENT in saved, saved

    # the new countries appear on the Overview without a restart
    page.goto(url)
    settle(page, charts=2)
    drawn = page.locator(".js-plotly-plot").all_inner_texts()
    assert any(country in " ".join(drawn) for country in new_countries), (new_countries, drawn)
    shoot(page, screenshots, "overview")

    # the CSV download holds exactly the rows the store exports for the same (default) filters
    page.goto(f"{url}/statements")
    settle(page)
    with page.expect_download() as download_info:
        page.get_by_role("button", name="Download CSV").click()
    downloaded = Path(download_info.value.path()).read_bytes()
    expected = csv_bytes(db, Filters())
    assert downloaded == expected
    rows = list(csv.DictReader(io.StringIO(downloaded.decode("utf-8-sig"))))
    assert {r["event_name"] for r in rows} >= {NEW_EVENT}
    assert new_countries & {r["country_name"] for r in rows}

    # select the first row so the screenshot shows a highlighted source passage
    grid = page.locator('[data-testid="stDataFrame"]').first.bounding_box()
    page.mouse.click(grid["x"] + 18, grid["y"] + 54)
    page.locator("mark.tracker-quote").first.wait_for(timeout=30_000)
    settle(page)
    page.mouse.move(5, 5)  # no hover toolbar over the table in the picture
    page.wait_for_timeout(500)
    shoot(page, screenshots, "statements")

    # a filter in the address survives moving to another page through the sidebar
    page.goto(f"{url}/statements?country=USA")
    settle(page)
    page.locator('[data-testid="stSidebarNav"]').get_by_text("Timeline", exact=True).click()
    page.wait_for_url("**/timeline?*", timeout=30_000)
    settle(page, charts=3)
    assert "country=USA" in page.url, page.url

    for name, path in PAGES.items():
        if name in ("overview", "statements", "upload"):
            continue
        page.goto(f"{url}/{path}")
        settle(page, charts={"timeline": 3, "themes": 4, "compare": 3}.get(name, 0))
        assert not page.locator('[data-testid="stException"]').count(), name
        shoot(page, screenshots, name)
    context.close()
