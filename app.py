"""Diplomatic Reaction Tracker dashboard: ``streamlit run app.py``.

This entry script owns the page list and the sidebar filters. The filters are kept in
the URL (``st.query_params``) so that a copied link reopens the same view; every page
reads them through ``tracker.ui.current_filters()``.
"""

from __future__ import annotations

import datetime as dt

import streamlit as st

from tracker import access, ui
from tracker.store.filters import Filters

st.set_page_config(page_title="Diplomatic Reaction Tracker", page_icon=":material/public:", layout="wide")

PAGES = {
    "Explore": [
        st.Page("tracker/pages/overview.py", title="Overview", icon=":material/public:", default=True),
        st.Page("tracker/pages/timeline.py", title="Timeline", icon=":material/timeline:"),
        st.Page("tracker/pages/themes.py", title="Themes", icon=":material/label:"),
        st.Page("tracker/pages/statements.py", title="Statements", icon=":material/format_quote:"),
        st.Page("tracker/pages/compare.py", title="Compare events", icon=":material/compare_arrows:"),
    ],
    "Data": [
        st.Page("tracker/pages/upload.py", title="Upload", icon=":material/upload_file:"),
        st.Page("tracker/pages/sources.py", title="Sources", icon=":material/folder_open:"),
    ],
}

# Sidebar widget keys; their values are the source of truth once the session started.
K_FROM, K_TO = "filter_date_from", "filter_date_to"
K_EVENTS, K_COUNTRIES, K_THEMES, K_KINDS = "filter_events", "filter_countries", "filter_themes", "filter_kinds"
K_SPEAKER, K_SEARCH, K_DOMESTIC = "filter_speaker", "filter_search", "filter_domestic"
K_READY = "filter_ready"
EARLIEST, LATEST = dt.date(1990, 1, 1), dt.date(2100, 12, 31)  # what the date pickers accept


def within_picker(day: dt.date | None) -> dt.date | None:
    return day if day and EARLIEST <= day <= LATEST else None


def seed_from_url(options: dict) -> None:
    """First run of a session: take the filters from the URL, keeping only values that exist."""
    f = Filters.from_query_params(st.query_params)
    event_ids = set(int(e) for e in options["events"]["event_id"])
    st.session_state[K_FROM] = within_picker(f.date_from)
    st.session_state[K_TO] = within_picker(f.date_to)
    st.session_state[K_EVENTS] = [e for e in f.events if e in event_ids]
    st.session_state[K_COUNTRIES] = [c for c in f.countries if c in set(options["countries"]["country"])]
    st.session_state[K_THEMES] = [t for t in f.themes if t in options["themes"]]
    st.session_state[K_KINDS] = [k for k in f.kinds if k in options["kinds"]]
    st.session_state[K_SPEAKER] = f.speaker
    st.session_state[K_SEARCH] = f.search
    st.session_state[K_DOMESTIC] = f.include_domestic
    st.session_state[K_READY] = True


def keep_valid(key: str, allowed) -> None:
    """Drop chosen values that no longer exist (after a delete), so the widget stays valid."""
    allowed = set(allowed)
    chosen = st.session_state.get(key) or []
    if any(v not in allowed for v in chosen):
        st.session_state[key] = [v for v in chosen if v in allowed]


def reset_filters() -> None:
    for key in (K_EVENTS, K_COUNTRIES, K_THEMES, K_KINDS):
        st.session_state[key] = []
    st.session_state[K_FROM] = st.session_state[K_TO] = None
    st.session_state[K_SPEAKER] = st.session_state[K_SEARCH] = ""
    st.session_state[K_DOMESTIC] = False


def sidebar_filters() -> Filters:
    """Draw the shared filter widgets and return the Filters they describe."""
    options = ui.query("filter_options")
    if not st.session_state.get(K_READY):
        seed_from_url(options)
    events = options["events"]
    countries = options["countries"]
    event_names = dict(zip(events["event_id"].astype(int), events["name"], strict=True))
    country_names = dict(zip(countries["country"], countries["country_name"], strict=True))
    keep_valid(K_EVENTS, event_names)
    keep_valid(K_COUNTRIES, country_names)
    keep_valid(K_THEMES, options["themes"])
    keep_valid(K_KINDS, options["kinds"])

    low, high = options["date_bounds"]
    with st.sidebar:
        st.header("Filters")
        st.multiselect("Events", list(event_names), key=K_EVENTS, format_func=event_names.get,
                       placeholder="All events")
        left, right = st.columns(2)
        left.date_input("From", key=K_FROM, min_value=EARLIEST, max_value=LATEST, format="YYYY-MM-DD",
                        help=f"Earliest statement date in the database: {low:%Y-%m-%d}" if low else None)
        right.date_input("To", key=K_TO, min_value=EARLIEST, max_value=LATEST, format="YYYY-MM-DD",
                         help=f"Latest statement date in the database: {high:%Y-%m-%d}" if high else None)
        st.multiselect("Countries", list(country_names), key=K_COUNTRIES,
                       format_func=lambda c: f"{country_names.get(c, c)} ({c})", placeholder="All countries")
        st.multiselect("Themes (any of)", options["themes"], key=K_THEMES, placeholder="All themes")
        st.multiselect("Kinds", options["kinds"], key=K_KINDS, placeholder="All kinds")
        st.text_input("Speaker or role", key=K_SPEAKER, placeholder="e.g. Rubio, spokesperson")
        st.text_input("Search quotes, speakers, titles", key=K_SEARCH, placeholder="e.g. alliance")
        st.toggle("Include domestic reactions", key=K_DOMESTIC,
                  help="Statements from the event's own country (off by default).")
        st.button("Reset filters", on_click=reset_filters, icon=":material/filter_alt_off:", width="stretch",
                  key="filter_reset")

    return Filters(
        date_from=st.session_state[K_FROM],
        date_to=st.session_state[K_TO],
        countries=tuple(st.session_state[K_COUNTRIES]),
        themes=tuple(st.session_state[K_THEMES]),
        kinds=tuple(st.session_state[K_KINDS]),
        speaker=st.session_state[K_SPEAKER].strip(),
        search=st.session_state[K_SEARCH].strip(),
        include_domestic=bool(st.session_state[K_DOMESTIC]),
        events=tuple(int(e) for e in st.session_state[K_EVENTS]),
    )


def sync_url(filters: Filters) -> None:
    """Write the filters to the URL (only when they changed, to keep history clean)."""
    wanted = filters.to_query_params()
    current = {k: st.query_params.get_all(k) for k in st.query_params}
    normalised = {k: v if isinstance(v, list) else [v] for k, v in wanted.items()}
    if current != normalised:
        st.query_params.from_dict(wanted)


# Navigation first (hidden while locked) so a shared link still opens its own page after the password.
page = st.navigation(PAGES, position="sidebar" if access.is_open() else "hidden")
access.require_password()  # with a password set, nothing but the prompt until it is given
with ui.page_run():  # the database opened once for every query of this run, closed at its end
    filters = sidebar_filters()
    st.session_state[ui.FILTERS_KEY] = filters
    sync_url(filters)
    page.run()
