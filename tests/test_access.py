"""The optional dashboard password: prompt only until given, nothing leaks, XSRF stays on."""

from __future__ import annotations

import logging
import tomllib
from pathlib import Path

import pytest
import streamlit as st
from streamlit.testing.v1 import AppTest

from tracker import access
from tracker.access import password_matches

ROOT = Path(__file__).resolve().parents[1]
PASSWORD = "correct horse – 電池 staple"  # non-ASCII on purpose: compare_digest on str would refuse it


@pytest.fixture(autouse=True)
def isolated(sample_db, monkeypatch):
    """The sample database as the app's database, no password unless a test sets one, fresh caches."""
    monkeypatch.setenv("TRACKER_DB", str(sample_db.path))
    monkeypatch.delenv(access.PASSWORD_ENV, raising=False)
    monkeypatch.setattr(access, "WRONG_PASSWORD_DELAY", 0.0)
    st.cache_data.clear()
    st.cache_resource.clear()
    yield
    st.cache_data.clear()
    st.cache_resource.clear()


def run_app(*, secrets: dict | None = None) -> AppTest:
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=60)
    for key, value in (secrets or {}).items():
        at.secrets[key] = value
    at.query_params["country"] = "USA"  # a shared link: must survive the prompt, never gain the password
    at.run()
    assert not at.exception, [e.value for e in at.exception]
    return at


def shows_only_the_prompt(at: AppTest) -> bool:
    inputs = list(at.text_input)
    return (
        len(inputs) == 1 and inputs[0].label == "Password" and inputs[0].proto.type == inputs[0].proto.PASSWORD
        and not at.sidebar.children  # no filters, no navigation
        and not at.dataframe and not at.metric and not at.get("plotly_chart")
        and not at.multiselect
    )  # fmt: skip


def give_password(at: AppTest, text: str) -> AppTest:
    at.text_input(key="access_password").input(text)
    at.button[0].click().run()
    assert not at.exception, [e.value for e in at.exception]
    return at


def test_without_a_password_the_dashboard_opens_directly():
    at = run_app()
    assert not any(t.label == "Password" for t in at.text_input)
    assert at.metric and at.multiselect(key="filter_countries")


def test_password_from_the_environment_shows_only_a_prompt_until_given(monkeypatch):
    monkeypatch.setenv(access.PASSWORD_ENV, PASSWORD)
    at = run_app()
    assert shows_only_the_prompt(at)

    give_password(at, "wrong password")
    assert shows_only_the_prompt(at)
    assert [e.value for e in at.error] == ["Wrong password."]

    give_password(at, PASSWORD)
    assert not any(t.label == "Password" for t in at.text_input)
    assert at.metric and at.multiselect(key="filter_countries").value == ["USA"]  # the shared link's view
    at.run()  # later reruns of the same session stay open
    assert at.metric


def test_password_from_secrets_toml_gates_the_dashboard():
    at = run_app(secrets={"password": PASSWORD})
    assert shows_only_the_prompt(at)
    give_password(at, PASSWORD)
    assert at.metric


def test_password_is_kept_nowhere_but_as_a_yes_in_the_session(monkeypatch, caplog):
    monkeypatch.setenv(access.PASSWORD_ENV, PASSWORD)
    caplog.set_level(logging.DEBUG)
    at = run_app()
    give_password(at, "a wrong guess")
    assert "a wrong guess" not in caplog.text
    give_password(at, PASSWORD)
    assert at.session_state[access.GRANTED_KEY] is True
    state = repr(at.session_state.to_dict()) + repr(at._session_state.get_widget_states())
    assert PASSWORD not in state and "a wrong guess" not in state
    url = repr(dict(at.query_params))
    assert PASSWORD not in url and "a wrong guess" not in url
    assert PASSWORD not in caplog.text


def test_an_unreadable_secrets_file_keeps_the_dashboard_locked(monkeypatch):
    def broken():
        raise access.AccessConfigError("secrets.toml: invalid TOML")

    monkeypatch.setattr(access, "configured_password", broken)
    at = run_app()
    assert not at.metric and not at.sidebar.children
    assert "stays locked" in at.error[0].value


@pytest.mark.parametrize(
    ("given", "expected", "ok"),
    [
        (PASSWORD, PASSWORD, True),
        (PASSWORD + " ", PASSWORD, False),
        ("", PASSWORD, False),
        ("CORRECT HORSE – 電池 STAPLE", PASSWORD, False),
        ("pässwörd", "pässwörd", True),
    ],
)
def test_password_comparison(given, expected, ok):
    assert password_matches(given, expected) is ok


def test_xsrf_protection_stays_on():
    config = tomllib.loads((ROOT / ".streamlit" / "config.toml").read_text(encoding="utf-8"))
    server = config.get("server", {})
    # Streamlit turns XSRF protection off by itself when CORS is disabled: both must stay on.
    assert server.get("enableXsrfProtection", True) is True
    assert server.get("enableCORS", True) is True
    assert not (ROOT / ".streamlit" / "secrets.toml").exists() or "secrets.toml" in (ROOT / ".gitignore").read_text()


@pytest.mark.browser
def test_real_server_shows_only_the_prompt_and_keeps_the_password_out_of_url_cookies_and_log(sample_db, tmp_path):
    from live_server import CHROMIUM, CHROMIUM_FLAGS, settle, streamlit_server, sync_playwright

    start_playwright = sync_playwright()
    log = tmp_path / "server.log"
    with streamlit_server(sample_db.path, log, TRACKER_PASSWORD=PASSWORD) as url, start_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_FLAGS, headless=True)
        try:
            context = browser.new_context()
            page = context.new_page()
            page.goto(f"{url}/statements?country=USA")  # a shared link to a filtered page
            page.get_by_label("Password", exact=True).wait_for(timeout=60_000)
            settle(page)
            assert page.locator('input[type="password"]').count() == 1
            assert page.locator('[data-testid="stSidebar"]').count() == 0
            assert not page.get_by_role("button", name="Download CSV").count()
            assert "Statements" not in page.locator('[data-testid="stMain"]').inner_text()

            page.get_by_label("Password", exact=True).fill("a wrong guess")
            page.get_by_role("button", name="Open the dashboard").click()
            page.get_by_text("Wrong password.").wait_for(timeout=30_000)
            assert page.locator('[data-testid="stSidebar"]').count() == 0

            page.get_by_label("Password", exact=True).fill(PASSWORD)
            page.get_by_role("button", name="Open the dashboard").click()
            page.get_by_role("button", name="Download CSV").wait_for(timeout=60_000)  # the linked page itself
            settle(page)
            assert "country=USA" in page.url
            from urllib.parse import unquote_plus

            assert PASSWORD not in unquote_plus(page.url) and "wrong guess" not in unquote_plus(page.url)
            assert not any(PASSWORD in unquote_plus(c["value"]) for c in context.cookies())
        finally:
            browser.close()
    assert PASSWORD not in log.read_text() and "a wrong guess" not in log.read_text()


def test_real_server_refuses_an_upload_without_the_xsrf_token(sample_db, tmp_path):
    import urllib.error
    import urllib.request

    from live_server import streamlit_server

    with streamlit_server(sample_db.path, tmp_path / "server.log") as url:
        request = urllib.request.Request(
            f"{url}/_stcore/upload_file/some-session/some-file", method="PUT",
            data=b"--b\r\nContent-Disposition: form-data; name=\"file\"; filename=\"x.txt\"\r\n\r\nhi\r\n--b--\r\n",
            headers={"Content-Type": "multipart/form-data; boundary=b", "Origin": "http://evil.example"},
        )  # fmt: skip
        with pytest.raises(urllib.error.HTTPError) as refused:
            urllib.request.urlopen(request, timeout=10)
    assert refused.value.code == 403
