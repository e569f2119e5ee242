"""An optional password in front of the whole dashboard, for a shared deployment.

The password comes from the ``TRACKER_PASSWORD`` environment variable or the
``password`` key of ``.streamlit/secrets.toml``; without either the dashboard
opens directly (local use). The typed password is compared in constant time,
never written to the URL or a log, and only a boolean ("this session may see the
data") stays in the session: the text field is emptied as soon as it is checked.
"""

from __future__ import annotations

import hmac
import logging
import os
import time

import streamlit as st

PASSWORD_ENV = "TRACKER_PASSWORD"
SECRETS_KEY = "password"
GRANTED_KEY = "access_granted"  # session state: True once the right password was given
_INPUT_KEY = "access_password"
_FAILED_KEY = "access_failed"
# Pause after a wrong password: slows guessing without bothering a person who mistyped.
WRONG_PASSWORD_DELAY = 1.0

log = logging.getLogger(__name__)


class AccessConfigError(RuntimeError):
    """The secrets file exists but cannot be read, so whether a password is set is unknown."""


def configured_password() -> str | None:
    """The dashboard password, or None when none is configured (environment variable first).

    Raises:
        AccessConfigError: ``secrets.toml`` is present but unreadable; callers fail closed.
    """
    from_env = os.environ.get(PASSWORD_ENV, "")
    if from_env:
        return from_env
    from streamlit.errors import StreamlitSecretNotFoundError

    try:
        value = st.secrets.get(SECRETS_KEY)
    except StreamlitSecretNotFoundError as exc:
        if "No secrets found" in str(exc):
            return None  # no secrets file at all: local use
        raise AccessConfigError(str(exc).split("\n", 1)[0]) from None
    except Exception as exc:  # a malformed secrets.toml must not open the dashboard
        raise AccessConfigError(f"{type(exc).__name__}") from None
    if value is None or value == "":
        return None
    return str(value)


def password_matches(given: str, expected: str) -> bool:
    """Constant-time comparison (any Unicode; ``hmac.compare_digest`` on str allows ASCII only)."""
    return hmac.compare_digest(given.encode("utf-8"), expected.encode("utf-8"))


def _check_typed_password() -> None:
    """Callback of the password field: keep only the verdict, never the typed text."""
    given = st.session_state.get(_INPUT_KEY) or ""
    st.session_state[_INPUT_KEY] = ""
    try:
        expected = configured_password()
    except AccessConfigError:
        expected = None
    ok = bool(expected) and password_matches(given, expected)
    st.session_state[GRANTED_KEY] = ok
    st.session_state[_FAILED_KEY] = bool(given) and not ok
    if given and not ok:
        log.info("dashboard: a wrong password was entered")  # the attempt, never the text
        time.sleep(WRONG_PASSWORD_DELAY)


def is_open() -> bool:
    """True when this session may see the data: no password is set, or it was given."""
    if st.session_state.get(GRANTED_KEY) is True:
        return True
    try:
        return not configured_password()
    except AccessConfigError:
        return False


def require_password() -> None:
    """Stop the script at a password prompt unless no password is set or this session gave it.

    Call before anything is drawn: app.py calls it right after ``st.navigation``
    (hidden while ``is_open()`` is False), before the sidebar and the page.
    """
    try:
        expected = configured_password()
    except AccessConfigError as exc:
        log.warning("dashboard locked: %s", exc)  # the path and parse error for the operator, not the visitor
        st.error(
            "The dashboard's password setting cannot be read, so it stays locked. "
            "Whoever runs it: fix .streamlit/secrets.toml or set TRACKER_PASSWORD (the server log says why).",
            icon=":material/lock:",
        )
        st.stop()
    if not expected:
        return
    if st.session_state.get(GRANTED_KEY) is True:
        return
    st.title("Diplomatic Reaction Tracker")
    with st.form("access_form", border=False):
        st.text_input("Password", type="password", key=_INPUT_KEY, autocomplete="current-password")
        st.form_submit_button("Open the dashboard", type="primary", on_click=_check_typed_password)
    if st.session_state.get(_FAILED_KEY):
        st.error("Wrong password.", icon=":material/lock:")
    st.stop()
