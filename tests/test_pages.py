"""The dashboard in Streamlit's AppTest: every page, the filters, the download, upload, delete, compare."""

from __future__ import annotations

import base64
import csv
import datetime as dt
import io
import json
from pathlib import Path

import numpy as np
import pytest
import streamlit as st
from streamlit.testing.v1 import AppTest

from dashboard_data import EVENT_A, EVENT_B, RUBIO_QUOTE, build_two_event_db, event_id
from tracker import ui
from tracker.store.database import Database
from tracker.store.export import COLUMNS, csv_bytes
from tracker.store.sample import SAMPLE_EVENT, sample_files

ROOT = Path(__file__).resolve().parents[1]
PAGES = ("overview", "timeline", "themes", "statements", "compare", "upload", "sources")


@pytest.fixture(autouse=True)
def fresh_caches():
    """Cached queries and the cached database handle must not leak between tests."""
    st.cache_data.clear()
    st.cache_resource.clear()
    yield
    st.cache_data.clear()
    st.cache_resource.clear()


@pytest.fixture
def two_event_db(tmp_path, monkeypatch) -> Database:
    """The hand-countable two-event database, as the app's TRACKER_DB."""
    path = tmp_path / "two.duckdb"
    db = build_two_event_db(path)
    monkeypatch.setenv("TRACKER_DB", str(path))
    return db


@pytest.fixture
def sample_app_db(sample_db, monkeypatch) -> Database:
    """The bundled sample database, as the app's TRACKER_DB."""
    monkeypatch.setenv("TRACKER_DB", str(sample_db.path))
    return sample_db


def open_app(page: str | None = None, **query_params) -> AppTest:
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=60)
    for key, value in query_params.items():
        at.query_params[key] = value
    at.run()
    assert not at.exception, [e.value for e in at.exception]
    if page:
        go(at, page)
    return at


def go(at: AppTest, page: str) -> AppTest:
    at.switch_page(f"tracker/pages/{page}.py").run()
    assert not at.exception, [e.value for e in at.exception]
    return at


def metrics(at: AppTest) -> dict[str, str]:
    return {m.label: m.value for m in at.metric}


def figures(at: AppTest) -> list[dict]:
    return [json.loads(chart.proto.spec) for chart in at.get("plotly_chart")]


def figure(at: AppTest, title_start: str) -> dict:
    for fig in figures(at):
        if fig["layout"]["title"]["text"].startswith(title_start):
            return fig
    raise AssertionError(f"no figure titled {title_start!r}: {[f['layout']['title']['text'] for f in figures(at)]}")


def values(array) -> list:
    """A plotly array from the spec; numeric arrays arrive base64-encoded."""
    if isinstance(array, dict) and "bdata" in array:
        return np.frombuffer(base64.b64decode(array["bdata"]), dtype=array["dtype"]).tolist()
    return list(array)


# Display-only tables carry no key in AppTest (only selectable ones do): find those by position.
TABLE_POSITION = {"overview_first_table": 0, "compare_only_some": 0, "compare_all": -1, "sources_documents": 0,
                  "sources_events": -1, "timeline_order": 0}


def table(at: AppTest, key: str):
    keyed = [d for d in at.dataframe if d.key and d.key.split("_")[:2] == key.split("_")[:2]]
    return keyed[0].value if keyed else at.dataframe[TABLE_POSITION[key]].value


def csv_rows(data: bytes) -> list[dict]:
    return list(csv.DictReader(io.StringIO(data.decode("utf-8-sig"))))


# --- every page ------------------------------------------------------------------------------


@pytest.mark.parametrize("page", PAGES)
def test_every_page_runs_on_the_sample_database(sample_app_db, page):
    at = open_app(page)
    assert not at.error, [e.value for e in at.error]
    if page in ("overview", "timeline", "themes", "compare"):
        assert at.title[0].value
    if page in ("overview", "timeline", "themes"):
        assert figures(at), "a populated page draws charts"
    if page == "statements":
        assert len(table(at, "statements_table")) > 0


@pytest.mark.parametrize("page", PAGES)
def test_every_page_runs_on_a_two_event_database(two_event_db, page):
    at = open_app(page)
    assert not at.error, [e.value for e in at.error]


def test_overview_headline_and_days_from_the_event(two_event_db):
    at = open_app()
    assert metrics(at)["Countries reacting"] == "4"
    assert metrics(at)["Reactions"] == "5"
    first = table(at, "overview_first_table")
    assert first.set_index("country_name")["days_to_first"].to_dict() == {
        "United States": 1, "Japan": 1, "China": 2, "France": 4,
    }
    world = figure(at, "Reactions by country")["data"][0]
    assert dict(zip(world["locations"], values(world["z"]), strict=True)) == {"USA": 2, "JPN": 1, "CHN": 1, "FRA": 1}


def test_map_can_be_coloured_by_days_to_first_reaction(two_event_db):
    at = open_app()
    at.segmented_control(key="overview_color_by").set_value("Days to first reaction").run()
    world = figure(at, "Days from the event")["data"][0]
    assert dict(zip(world["locations"], values(world["z"]), strict=True)) == {"USA": 1, "JPN": 1, "CHN": 2, "FRA": 4}


# --- filters ---------------------------------------------------------------------------------


def test_a_country_filter_changes_figures_and_table(two_event_db):
    at = open_app()
    assert metrics(at)["Countries reacting"] == "4"
    at.multiselect(key="filter_countries").set_value(["CHN"]).run()
    assert metrics(at)["Countries reacting"] == "1"
    assert figure(at, "Reactions by country")["data"][0]["locations"] == ["CHN"]
    go(at, "statements")
    assert table(at, "statements_table")["country"].tolist() == ["CHN"]
    go(at, "timeline")
    strip = figure(at, "Who reacted when")
    assert [trace["name"] for trace in strip["data"]] == ["China"]


def test_filters_live_in_the_url_and_reopen_the_same_view(two_event_db):
    at = open_app()
    at.multiselect(key="filter_countries").set_value(["USA", "JPN"]).run()
    at.text_input(key="filter_search").input("alliance").run()
    assert at.query_params["country"] == ["USA", "JPN"]
    assert at.query_params["q"] == "alliance"

    st.cache_data.clear()
    st.cache_resource.clear()
    reopened = open_app("statements", **{k: v for k, v in at.query_params.items()})
    assert reopened.multiselect(key="filter_countries").value == ["USA", "JPN"]
    assert reopened.text_input(key="filter_search").value == "alliance"
    assert set(table(reopened, "statements_table")["speaker"]) == {"Marco Rubio", "Antony Blinken"}


def test_a_bad_url_value_is_dropped_not_an_error(two_event_db):
    at = open_app(country=["ZZZ", "CHN"], event="999", **{"from": "not-a-date", "to": "1850-01-01"})
    assert at.multiselect(key="filter_countries").value == ["CHN"]
    assert at.multiselect(key="filter_events").value == []
    assert at.date_input(key="filter_date_from").value is None and at.date_input(key="filter_date_to").value is None


def test_event_filter_isolates_each_event_on_every_page(two_event_db):
    b = event_id(two_event_db, EVENT_B)
    at = open_app(event=str(b))
    assert metrics(at)["Countries reacting"] == "2"
    go(at, "statements")
    assert set(table(at, "statements_table")["event_name"]) == {EVENT_B}
    go(at, "themes")
    freq = figure(at, "Themes: statements")["data"][0]
    assert sorted(freq["y"]) == ["alliance", "economy"]
    go(at, "timeline")
    assert {t["name"] for t in figure(at, "Who reacted when")["data"]} == {"United States", "France"}
    go(at, "sources")
    assert table(at, "sources_documents")["name"].tolist() == ["summit_b.txt"]
    rows = csv_rows(ui.csv_payload(at.session_state[ui.FILTERS_KEY])())
    assert {r["event_name"] for r in rows} == {EVENT_B} and len(rows) == 2


def test_domestic_reactions_appear_only_when_included(two_event_db):
    at = open_app("statements")
    assert "KOR" not in set(table(at, "statements_table")["country"])
    at.toggle(key="filter_domestic").set_value(True).run()
    assert "KOR" in set(table(at, "statements_table")["country"])


def test_no_match_shows_a_helpful_message_on_every_page(two_event_db):
    at = open_app(speaker="nobody-at-all")
    for page in ("overview", "timeline", "themes", "statements", "compare"):
        go(at, page)
        assert not figures(at), page
        assert any("match the filters" in i.value for i in at.info), (page, [i.value for i in at.info])


def test_timeline_switches_between_reactions_and_mentions(two_event_db):
    at = open_app("timeline", event=str(event_id(two_event_db, EVENT_A)))
    cumulative = figure(at, "Cumulative reactions")["data"][0]
    assert values(cumulative["y"])[-1] == 3
    at.segmented_control(key="timeline_mode").set_value("All mentions").run()
    cumulative = figure(at, "Cumulative mentions")["data"][0]
    assert values(cumulative["y"])[-1] == 4


def test_timeline_can_count_days_since_each_event(two_event_db):
    at = open_app("timeline")
    at.segmented_control(key="timeline_axis").set_value("Days since the event").run()
    cumulative = figure(at, "Cumulative reactions")["data"][0]
    # both events on one axis: day +1 (USA twice, JPN), +2 (CHN), +4 (FRA)
    assert (values(cumulative["x"]), values(cumulative["y"])) == ([1, 2, 4], [3, 4, 5])
    assert figure(at, "Who reacted when")["layout"]["xaxis"]["title"]["text"] == "Days since the event"


# --- statements, source view and download ----------------------------------------------------


def test_download_payload_is_exactly_the_filtered_rows(two_event_db):
    at = open_app("statements", country=["USA", "CHN"])
    shown = table(at, "statements_table")
    button = at.download_button[0]
    assert button.label == "Download CSV" and button.proto.ignore_rerun

    filters = at.session_state[ui.FILTERS_KEY]
    payload = ui.csv_payload(filters)()
    assert payload == csv_bytes(two_event_db, filters)
    rows = csv_rows(payload)
    assert list(rows[0]) == list(COLUMNS)
    assert [(r["date"], r["country"], r["speaker"], r["quote"]) for r in rows] == [
        (d.date().isoformat(), c, s, q) for d, c, s, q in shown[["date", "country", "speaker", "quote"]].itertuples(index=False)
    ]
    assert {r["country"] for r in rows} == {"USA", "CHN"}


def test_selecting_a_row_shows_its_article_with_the_quote_highlighted_and_escaped(two_event_db):
    at = open_app("statements", speaker="rubio")
    rows = table(at, "statements_table")
    first_article = rows.index[rows["article_title"] == "US, Japan congratulate winner"][0]
    key = next(d.key for d in at.dataframe if d.key and d.key.startswith("statements_table"))
    at.session_state[key] = {"selection": {"rows": [int(first_article)], "columns": []}}
    at.run()
    assert not at.exception
    body = at.get("html")[0].proto.body
    assert f'<mark class="tracker-quote">{RUBIO_QUOTE}</mark>' in body
    assert "<script>" not in body and "&lt;script&gt;" in body
    assert at.subheader[0].value == "US, Japan congratulate winner"
    assert "**alliance** (alliance)" in " ".join(c.value for c in at.caption)

    at.text_input(key="filter_speaker").input("").run()  # other rows now: the old selection must not carry over
    assert not at.get("html")
    assert any("Select a row" in i.value for i in at.info)


def test_text_from_a_dump_is_shown_literally_not_as_markdown():
    assert ui.md("[click](javascript:x) **b** :red[x] $x$") == (
        r"\[click\]\(javascript\:x\) \*\*b\*\* \:red\[x\] \$x\$"
    )


# --- upload ----------------------------------------------------------------------------------


def upload(at: AppTest, *files: tuple[str, bytes]) -> AppTest:
    key = f"upload_files_{at.session_state['upload_nonce']}"
    at.file_uploader(key=key).set_value([(name, data, "text/plain") for name, data in files]).run()
    assert not at.exception, [e.value for e in at.exception]
    return at


def test_upload_previews_then_saves_rows_that_every_page_shows(two_event_db):
    sample = sample_files()[0]
    at = open_app("overview")
    countries_before = set(at.multiselect(key="filter_countries").options)
    statements_before = int(metrics(at)["Reactions"])
    go(at, "upload")
    at.date_input(key="upload_reference_date").set_value(dt.date(2025, 6, 6))
    at.radio(key="upload_event_mode").set_value("A new event").run()
    at.text_input(key="upload_new_event_name").input(SAMPLE_EVENT)
    at.selectbox(key="upload_new_event_host").set_value("KOR")
    at.date_input(key="upload_new_event_date").set_value(dt.date(2025, 6, 3)).run()
    upload(at, (sample.name, sample.read_bytes()), ("broken.json", b"{not json"))

    previews = [e.label for e in at.expander]
    assert any(label.startswith(ui.md(sample.name)) and "statements" in label for label in previews), previews
    assert any(e.value.startswith(ui.md("broken.json") + ": cannot be read") for e in at.error), [e.value for e in at.error]

    at.button(key="upload_save").click().run()
    assert not at.exception
    saved = [m.value for m in at.success]
    assert len(saved) == 1 and saved[0].startswith(f"**{ui.md(sample.name)}**: added "), saved
    rejected = [e.value for e in at.error]
    assert len(rejected) == 1 and rejected[0].startswith(f"**{ui.md('broken.json')}**: rejected: cannot be read"), rejected
    added = int(saved[0].split("added ")[1].split()[0])
    assert added > 0 and ui.md(SAMPLE_EVENT) in saved[0]

    with two_event_db.read() as con:
        stored = con.execute("SELECT count(*) FROM statements").fetchall()[0][0]
    at.run()  # a rerun after saving must not ingest again
    with two_event_db.read() as con:
        assert con.execute("SELECT count(*) FROM statements").fetchall()[0][0] == stored == 7 + added

    go(at, "overview")
    assert int(metrics(at)["Reactions"]) > statements_before
    assert set(at.multiselect(key="filter_countries").options) > countries_before
    assert SAMPLE_EVENT in at.multiselect(key="filter_events").options or any(
        SAMPLE_EVENT == at.multiselect(key="filter_events").format_func(o) for o in at.multiselect(key="filter_events").options
    )

    go(at, "upload")
    upload(at, (sample.name, sample.read_bytes()))
    at.button(key="upload_save").click().run()
    assert [i.value for i in at.info if "already known" in i.value] == [
        f"**{ui.md(sample.name)}**: already known; the same file was saved before; nothing added."
    ]
    with two_event_db.read() as con:
        assert con.execute("SELECT count(*) FROM statements").fetchall()[0][0] == stored


def test_upload_into_an_existing_event(two_event_db):
    sample = sample_files()[0]
    at = open_app("upload")
    a = event_id(two_event_db, EVENT_A)
    at.selectbox(key="upload_event").set_value(a)
    upload(at, (sample.name, sample.read_bytes()))
    at.button(key="upload_save").click().run()
    assert [m.value for m in at.success if "added" in m.value and f"“{ui.md(EVENT_A)}”" in m.value], [m.value for m in at.success]


# --- sources ---------------------------------------------------------------------------------


def test_deleting_a_source_asks_first_then_removes_its_rows(two_event_db):
    at = open_app("sources")
    at.selectbox(key="sources_document").set_value(_doc_id(two_event_db, "summit_b.txt"))
    at.button(key="sources_delete").click().run()
    assert any("cannot be undone" in w.value for w in at.warning)
    with two_event_db.read() as con:
        assert con.execute("SELECT count(*) FROM statements").fetchall()[0][0] == 7  # nothing gone yet
    at.button(key="sources_confirm_yes").click().run()
    assert not at.exception
    assert "summit_b.txt" not in table(at, "sources_documents")["name"].tolist()
    assert any("Deleted" in s.value for s in at.success)
    go(at, "statements")
    assert "France" not in set(table(at, "statements_table")["country_name"])
    assert not any("France" in o for o in at.multiselect(key="filter_countries").options)


def _doc_id(db: Database, name: str) -> int:
    with db.read() as con:
        return int(con.execute("SELECT document_id FROM documents WHERE name = ?", [name]).fetchall()[0][0])


def test_cancelling_a_delete_keeps_everything(two_event_db):
    at = open_app("sources")
    at.button(key="sources_delete_event").click().run()
    at.button(key="sources_confirm_no").click().run()
    with two_event_db.read() as con:
        assert con.execute("SELECT count(*) FROM statements").fetchall()[0][0] == 7
    assert not at.warning


def test_rename_and_move_and_delete_an_event(two_event_db):
    a, b = event_id(two_event_db, EVENT_A), event_id(two_event_db, EVENT_B)
    at = open_app("sources")
    at.selectbox(key="sources_event").set_value(b)
    at.text_input(key="sources_new_name").input("Summit B (Tokyo)")
    at.button(key="sources_rename").click().run()
    assert "Summit B (Tokyo)" in table(at, "sources_events")["name"].tolist()

    at.selectbox(key="sources_document").set_value(_doc_id(two_event_db, "election_a_2.txt"))
    at.selectbox(key="sources_move_target").set_value(b).run()
    at.button(key="sources_move").click().run()
    docs = table(at, "sources_documents").set_index("name")
    assert docs.loc["election_a_2.txt", "event_name"] == "Summit B (Tokyo)"

    at.selectbox(key="sources_event").set_value(a).run()
    at.button(key="sources_delete_event").click().run()
    at.button(key="sources_confirm_yes").click().run()
    assert table(at, "sources_events")["name"].tolist() == ["Summit B (Tokyo)"]
    go(at, "overview")
    assert metrics(at)["Countries reacting"] == "3"  # USA, FRA from the summit; CHN moved with its document


def test_rename_to_a_taken_name_is_refused_with_a_message(two_event_db):
    at = open_app("sources")
    at.selectbox(key="sources_event").set_value(event_id(two_event_db, EVENT_B))
    at.text_input(key="sources_new_name").input(EVENT_A)
    at.button(key="sources_rename").click().run()
    assert any("already exists" in e.value for e in at.error)


# --- compare ---------------------------------------------------------------------------------


def test_compare_figures_match_a_hand_count(two_event_db):
    at = open_app("compare")
    assert sorted(at.multiselect(key="compare_events").value) == sorted(
        [event_id(two_event_db, EVENT_A), event_id(two_event_db, EVENT_B)]
    )
    lines = {t["name"]: (values(t["x"]), values(t["y"])) for t in figure(at, "Cumulative reactions by days")["data"]}
    # Election A: +1 (USA, JPN), +2 (CHN); Summit B: +1 (USA), +4 (FRA); lines start at 0 and run to day 4
    assert lines == {EVENT_A: ([0, 1, 2, 4], [0, 2, 3, 3]), EVENT_B: ([0, 1, 4], [0, 1, 2])}

    shares = {t["name"]: dict(zip(t["x"], np.round(values(t["y"]), 3), strict=True))
              for t in figure(at, "Theme shares")["data"]}
    assert shares == {
        EVENT_A: {"alliance": 0.333, "china": 0.333, "trilateral": 0.667},
        EVENT_B: {"alliance": 0.5, "economy": 0.5},
    }

    only_some = table(at, "compare_only_some").set_index("country_name")
    assert sorted(only_some.index) == ["China", "France", "Japan"]
    assert only_some.loc["France", EVENT_B] == 4 and np.isnan(only_some.loc["France", EVENT_A])
    assert table(at, "compare_all")["country_name"].tolist() == ["United States"]


def test_compare_needs_two_events(two_event_db):
    at = open_app("compare")
    at.multiselect(key="compare_events").set_value([event_id(two_event_db, EVENT_A)]).run()
    assert any("at least two" in i.value for i in at.info)
    assert not figures(at)


def test_an_empty_database_invites_an_upload_on_every_page(tmp_path, monkeypatch):
    path = tmp_path / "empty.duckdb"
    with Database(path).connect():
        pass  # schema only, no rows
    monkeypatch.setenv("TRACKER_DB", str(path))
    at = open_app()
    for page in PAGES:
        go(at, page)
        assert not at.error, (page, [e.value for e in at.error])
        assert not figures(at), page
    go(at, "overview")
    assert any("Upload" in i.value for i in at.info)


def test_the_readme_describes_every_page():
    readme = (ROOT / "README.md").read_text()
    titles = [line.split('title="')[1].split('"')[0]
              for line in (ROOT / "app.py").read_text().splitlines() if "st.Page(" in line]
    assert len(titles) == len(PAGES)
    for title in titles:
        assert f"| {title} |" in readme, title


def test_the_date_range_narrows_the_table_and_goes_into_the_url(two_event_db):
    at = open_app("statements")
    at.date_input(key="filter_date_from").set_value(dt.date(2025, 6, 5)).run()
    assert table(at, "statements_table")["country"].tolist() == ["CHN"]
    assert at.query_params["from"] == "2025-06-05"
    at.date_input(key="filter_date_to").set_value(dt.date(2025, 6, 4)).run()
    assert any("match the filters" in i.value for i in at.info)
    at.button(key="filter_reset").click().run()
    assert at.date_input(key="filter_date_from").value is None
    assert len(table(at, "statements_table")) == 6
    assert "from" not in at.query_params


def test_setting_an_event_date_and_host_on_sources(two_event_db):
    b = event_id(two_event_db, EVENT_B)
    at = open_app("sources")
    at.selectbox(key="sources_event").set_value(b).run()
    date_key = next(w.key for w in at.date_input if w.key and w.key.startswith("sources_date"))
    host_key = next(w.key for w in at.selectbox if w.key and w.key.startswith("sources_host"))
    assert at.date_input(key=date_key).value == dt.date(2024, 10, 1)
    at.date_input(key=date_key).set_value(dt.date(2024, 10, 2))
    at.selectbox(key=host_key).set_value("FRA")
    at.button(key="sources_update").click().run()
    assert any("Saved the host country and date" in s.value for s in at.success)
    go(at, "overview")
    first = table(at, "overview_first_table").set_index("country_name")["days_to_first"].to_dict()
    assert first["United States"] == 0  # Blinken spoke on the new event date (and +1 after Election A)
    assert "France" not in first  # France hosts the summit now: its own president is domestic


def test_first_start_builds_the_sample_database(tmp_path, monkeypatch):
    path = tmp_path / "fresh" / "tracker.duckdb"
    monkeypatch.setenv("TRACKER_DB", str(path))
    at = open_app()
    assert path.exists()
    assert int(metrics(at)["Countries reacting"]) > 0
    go(at, "sources")
    assert SAMPLE_EVENT in table(at, "sources_events")["name"].tolist()


def test_upload_accepts_every_reader_format_and_previews_a_feed_and_a_csv(two_event_db):
    from tracker.readers import SUPPORTED_EXTENSIONS

    at = open_app("upload")
    uploader = at.file_uploader(key=f"upload_files_{at.session_state['upload_nonce']}")
    accepted = set(uploader.proto.type)
    assert all(e in accepted or e == ".text" for e in SUPPORTED_EXTENSIONS), accepted  # Streamlit turns "text" into text/*
    assert {".csv", ".tsv", ".xml", ".rss", ".atom", ".md", ".eml"} <= accepted

    reaction = ("Chilean Foreign Minister Alberto van Klaveren on Thursday congratulated the winner. "
                "\u201cChile looks forward to deepening our partnership,\u201d van Klaveren said.")  # fmt: skip
    feed = (f"<rss><channel><title>Andes Wire</title><item><title>Santiago congratulates the winner</title>"
            f"<pubDate>Thu, 05 Jun 2025 09:00:00 +0000</pubDate><description>{reaction}</description></item></channel></rss>").encode()  # fmt: skip
    table = ('title;text;date;source\nSantiago sends congratulations;"' + reaction + '";05.06.2025;Pacific Post\n').encode()
    at.date_input(key="upload_reference_date").set_value(dt.date(2025, 6, 6))
    upload(at, ("andes.rss", feed), ("export.csv", table))
    labels = [e.label for e in at.expander]
    assert labels == [f"{ui.md('andes.rss')}: 1 article, 1 statement", f"{ui.md('export.csv')}: 1 article, 1 statement"], labels
    assert not at.error, [e.value for e in at.error]
