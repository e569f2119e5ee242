"""The DuckDB store on real files: schema, atomic idempotent ingest, reactions, migration, busy files."""

from __future__ import annotations

import datetime as dt
import os
import signal
import subprocess
import sys
import textwrap
import time

import duckdb
import pytest

from conftest import ROOT
from tracker.store import (
    SCHEMA_VERSION,
    UNASSIGNED_EVENT,
    Database,
    DatabaseBusy,
    SchemaTooNew,
    article_with_spans,
    delete_document,
    ingest_bytes,
    preview_bytes,
    store_extracted,
)
from tracker.store import ingest as ingest_module
from tracker.store.schema import create_v1, current_version

REF = dt.date(2025, 6, 6)


def _row_key(row) -> tuple:
    return (row["country"], row["speaker"], row["quote"], row["date"], row["kind"])


def test_new_database_is_created_at_current_schema_version(db, query):
    with db.connect() as con:
        assert current_version(con) == SCHEMA_VERSION
    tables = {r[0] for r in query(db, "SELECT table_name FROM information_schema.tables")}
    assert {"events", "documents", "articles", "statements", "statement_themes", "reactions"} <= tables


def test_ingest_sample_stores_the_rows_the_extractor_gives(db, sample_bytes, sample_event, query):
    articles, expected = preview_bytes(
        sample_bytes, "sample.txt", reference_date=REF, host_country=sample_event["host"]
    )
    result = ingest_bytes(
        db, sample_bytes, "sample.txt", reference_date=REF, host_country=sample_event["host"],
        event=sample_event["event"], event_host_country=sample_event["host"],
        event_date=sample_event["event_date"],
    )  # fmt: skip
    assert result.ok, result.summary()
    assert result.statements_added == len(expected) > 0
    stored = query(
        db,
        "SELECT country, speaker, quote, date, kind FROM statement_rows ORDER BY statement_id",
    )
    want = [
        (r.country, r.speaker, r.quote, r.date, r.kind)
        for r in expected.astype(object).where(expected.notna(), None).itertuples()
    ]
    assert sorted(stored, key=repr) == sorted(want, key=repr)
    # every article of the file is kept, with its text, in file order
    titles = [r[0] for r in query(db, "SELECT title FROM articles ORDER BY position")]
    unique_texts = list(dict.fromkeys(a.text for a in articles))
    assert len(titles) == len(unique_texts)


def test_ingest_same_bytes_again_adds_nothing(sample_db, sample_bytes, snapshot, sample_event):
    before = snapshot(sample_db)
    assert len(before["statements"]) > 0
    again = ingest_bytes(sample_db, sample_bytes, "copy-with-other-name.txt", reference_date=REF)
    assert again.already_known and again.ok
    assert again.statements_added == 0 and again.articles_added == 0
    assert "already ingested" in again.summary()
    assert snapshot(sample_db) == before


def _fail_on_statements(monkeypatch):
    real_insert = ingest_module._insert

    def insert(con, table, rows, **kwargs):
        if table == "statements":
            raise duckdb.ConstraintException("forced failure after the articles went in")
        return real_insert(con, table, rows, **kwargs)

    monkeypatch.setattr(ingest_module, "_insert", insert)


def test_file_failing_midway_leaves_every_table_unchanged(sample_db, records, snapshot, query, monkeypatch):
    before = snapshot(sample_db)
    _fail_on_statements(monkeypatch)
    a = records.article("New story", "A wholly new story about a summit.")
    s = records.statement("Jane Doe", "CAN", "We welcome the summit.")
    with pytest.raises(duckdb.Error):
        store_extracted(
            sample_db, b"new bytes", "new.txt", [a], [[s]], reference_date=REF,
            event="A brand-new event", event_host_country="CAN", event_date=REF,
        )  # fmt: skip
    # the new event, document and articles were all written before the failure; none remain
    assert snapshot(sample_db) == before
    # the same file then goes in once the fault is gone
    monkeypatch.undo()
    result = store_extracted(sample_db, b"new bytes", "new.txt", [a], [[s]], reference_date=REF)
    assert (result.articles_added, result.statements_added) == (1, 1)


def test_ingest_failing_midway_reports_rejection_and_changes_nothing(db, sample_bytes, snapshot, monkeypatch):
    with db.connect():
        pass  # schema in place, so the snapshot has tables
    before = snapshot(db)
    _fail_on_statements(monkeypatch)
    result = ingest_bytes(
        db, sample_bytes, "sample.txt", reference_date=REF, event="Some event",
        event_host_country="KOR", event_date=REF,
    )  # fmt: skip
    assert result.rejected and "nothing was changed" in result.rejected
    assert snapshot(db) == before


def test_repeated_statement_across_two_articles_is_one_reaction_with_two_sources(db, records, query):
    first = records.article("Allies hail result", "text one", outlet="Korea Herald")
    second = records.article("World reacts", "text two", position=1, outlet="Yonhap")
    quote_short = "The alliance is ironclad."
    quote_long = "The alliance is ironclad and we look forward to working together."
    result = store_extracted(
        db, b"file", "two.txt", [first, second],
        [
            [records.statement("Marco Rubio", "USA", quote_short, themes=("alliance",))],
            [records.statement("Marco  Rubio.", "USA", quote_long, themes=("alliance", "economy")),
             records.statement("Shigeru Ishiba", "JPN", "Congratulations.")],
        ],
        reference_date=REF, event="Test event", event_host_country="KOR", event_date=REF,
    )  # fmt: skip
    assert result.statements_added == 3
    reactions = query(
        db,
        "SELECT speaker, n_mentions, n_outlets, outlets, article_titles, quote, themes "
        "FROM reactions ORDER BY speaker",
    )
    assert len(reactions) == 2
    speaker, mentions, n_outlets, outlets, titles, quote, themes = reactions[0]
    assert speaker == "Marco Rubio"
    assert (mentions, n_outlets) == (2, 2)
    assert outlets == ["Korea Herald", "Yonhap"]
    assert titles == ["Allies hail result", "World reacts"]
    assert quote == quote_long
    assert themes == ["alliance", "economy"]


def test_same_speaker_on_another_date_is_another_reaction(db, records, query):
    a = records.article("Day one", "t1")
    b = records.article("Day two", "t2", position=1)
    store_extracted(
        db, b"f", "f.txt", [a, b],
        [[records.statement("Penny Wong", "AUS", "q1", date="2025-06-04")],
         [records.statement("Penny Wong", "AUS", "q2", date="2025-06-05")]],
        reference_date=REF,
    )  # fmt: skip
    assert query(db, "SELECT count(*) FROM reactions")[0][0] == 2


def test_theme_counts_come_from_the_theme_table(db, records, query):
    arts = [records.article(f"a{i}", f"text {i}", position=i) for i in range(3)]
    store_extracted(
        db, b"t", "t.txt", arts,
        [[records.statement("A", "USA", "q", themes=("alliance", "trilateral"))],
         [records.statement("B", "JPN", "q", themes=("trilateral",))],
         [records.statement("C", "CHN", "q")]],
        reference_date=REF,
    )  # fmt: skip
    counts = dict(query(db, "SELECT theme, count(*) FROM statement_theme_rows GROUP BY theme"))
    assert counts == {"alliance": 1, "trilateral": 2}


def test_source_view_returns_article_text_and_quote_spans(db, records, query):
    text = "Intro. Ishiba said 'we hope to meet soon'."
    quote = "we hope to meet soon"
    start = text.index(quote)
    st = records.statement("Shigeru Ishiba", "JPN", quote)
    st = type(st)(**{**st.__dict__, "start": start, "end": start + len(quote), "spans": ((start, start + len(quote)),)})
    store_extracted(db, b"s", "s.txt", [records.article("Title", text)], [[st]], reference_date=REF)
    (sid,) = query(db, "SELECT statement_id FROM statements")[0]
    source = article_with_spans(db, sid)
    assert source["text"] == text and source["title"] == "Title"
    (s, e), = source["spans"]
    assert source["text"][s:e] == quote
    assert article_with_spans(db, 999_999) is None


def test_deleted_document_can_be_ingested_again(db, records, query):
    art = records.article("T", "body")
    first = store_extracted(db, b"x", "x.txt", [art], [[records.statement("A", "USA", "q")]], reference_date=REF)
    removed = delete_document(db, first.document_id)
    assert removed == {"documents": 1, "articles": 1, "statements": 1}
    assert query(db, "SELECT count(*) FROM statement_themes")[0][0] == 0
    again = store_extracted(db, b"x", "x.txt", [art], [[records.statement("A", "USA", "q")]], reference_date=REF)
    assert (again.articles_added, again.statements_added) == (1, 1)


def _build_v1(path) -> None:
    """A real version-1 (pre-events) database: two Korean dumps and one without a host."""
    con = duckdb.connect(str(path))
    create_v1(con)
    con.execute(
        """
        INSERT INTO documents (name, content_hash, size_bytes, format, reference_date, host_country)
        VALUES ('kor1.txt', 'h1', 10, 'txt', DATE '2025-06-06', 'KOR'),
               ('kor2.txt', 'h2', 20, 'txt', DATE '2025-06-07', 'KOR'),
               ('misc.txt', 'h3', 30, 'txt', DATE '2025-06-08', NULL)
        """
    )
    con.execute(
        """
        INSERT INTO articles VALUES
          (1, 1, 0, 'A1', 'Herald', '2025-06-04', DATE '2025-06-04', 'meta', NULL, 'text1', 'th1'),
          (2, 2, 0, 'A2', 'Yonhap', '2025-06-05', DATE '2025-06-05', 'meta', NULL, 'text2', 'th2'),
          (3, 3, 0, 'A3', NULL, NULL, NULL, 'reference', NULL, 'text3', 'th3')
        """
    )
    con.execute(
        """
        INSERT INTO statements (statement_id, article_id, position, country, country_name, speaker,
                                date, date_basis, kind, domestic, quote, themes, theme_terms)
        VALUES (1, 1, 0, 'USA', 'United States', 'Rubio', DATE '2025-06-03', 'explicit', 'congratulation', false, 'q1', ['alliance'], '{}'),
               (2, 2, 0, 'JPN', 'Japan', 'Ishiba', DATE '2025-06-04', 'explicit', 'welcome', false, 'q2', [], '{}'),
               (3, 2, 1, 'KOR', 'South Korea', 'Kim', DATE '2025-06-04', 'explicit', 'other', true, 'q3', [], '{}'),
               (4, 3, 0, 'FRA', 'France', 'Macron', DATE '2025-06-10', 'explicit', 'concern', false, 'q4', [], '{}')
        """
    )
    con.execute("INSERT INTO statement_themes VALUES (1, 'alliance', ['alliance'])")
    con.close()


def test_version_1_database_migrates_without_losing_a_row(db_path, query):
    _build_v1(db_path)
    raw = duckdb.connect(str(db_path))
    before = {t: raw.execute(f"SELECT count(*) FROM {t}").fetchall()[0][0]
              for t in ("documents", "articles", "statements", "statement_themes")}  # fmt: skip
    raw.close()
    db = Database(db_path, timeout=2)
    with db.connect() as con:
        assert current_version(con) == SCHEMA_VERSION
    after = {t: query(db, f"SELECT count(*) FROM {t}")[0][0] for t in before}
    assert after == before
    assert query(db, "SELECT count(*) FROM statement_rows")[0][0] == before["statements"]
    events = {
        name: (host, date)
        for name, host, date in query(db, "SELECT name, host_country, event_date FROM events")
    }
    assert events[UNASSIGNED_EVENT] == (None, None)
    (korean,) = [n for n, (host, _) in events.items() if host == "KOR"]
    assert events[korean][1] == dt.date(2025, 6, 3)  # earliest statement date of the Korean dumps
    by_doc = dict(query(db, "SELECT d.name, e.name FROM documents d JOIN events e USING (event_id)"))
    assert by_doc == {"kor1.txt": korean, "kor2.txt": korean, "misc.txt": UNASSIGNED_EVENT}
    # the event host now decides `domestic`; the Korean speaker stays domestic
    assert query(db, "SELECT domestic FROM statement_rows WHERE speaker = 'Kim'")[0][0] is True
    # a migrated database takes new ingests and keeps counting ids upward
    with db.connect() as con:
        assert con.execute("SELECT nextval('statement_id_seq')").fetchall()[0][0] > 0


def test_version_4_database_learns_each_statements_document_and_counts_the_same(db, db_path, records, query):
    from tracker.store import Filters
    from tracker.store import queries as q

    for n, host in ((1, "KOR"), (2, "JPN")):
        arts = [records.article(f"story {n}-{i}", f"text {n}-{i}", position=i) for i in range(2)]
        per_article = [[records.statement("Rubio", "USA", f"q{n}{i}"), records.statement("Kim", host, f"k{n}{i}")]
                       for i in range(2)]  # fmt: skip
        store_extracted(db, f"file {n}".encode(), f"f{n}.txt", arts, per_article, reference_date=REF,
                        event=f"event {n}", event_host_country=host)  # fmt: skip
    expected = query(db, "SELECT statement_id, document_id FROM statement_rows ORDER BY 1")
    # a version-4 file: the same rows, statements without their document
    raw = duckdb.connect(str(db_path))
    raw.execute("DROP VIEW statement_theme_rows; DROP VIEW statement_rows; DROP VIEW statement_facts")
    raw.execute("ALTER TABLE statements DROP COLUMN document_id")
    raw.execute("UPDATE schema_version SET version = 4")
    raw.close()
    db = Database(db_path, timeout=2)  # a new handle checks the schema again
    with db.connect() as con:
        assert current_version(con) == SCHEMA_VERSION
    assert query(db, "SELECT statement_id, document_id FROM statements ORDER BY 1") == expected
    # counting every mention (no article join) and the rows with their articles agree
    mentions = Filters(include_domestic=True)
    assert q.statement_count(db, mentions) == q.statement_count(db, Filters(search="q", include_domestic=True)) + 4
    by_country = q.daily_counts(db, Filters(), unique=False).groupby("country")["n"].sum().to_dict()
    assert by_country == {"USA": 4}  # each Kim is domestic to his own event


def test_database_from_a_newer_tracker_is_refused(db_path):
    con = duckdb.connect(str(db_path))
    con.execute("CREATE TABLE schema_version (version INTEGER, applied_at TIMESTAMP)")
    con.execute("INSERT INTO schema_version VALUES (?, now())", [SCHEMA_VERSION + 1])
    con.close()
    with pytest.raises(SchemaTooNew, match="newer"):
        with Database(db_path).connect():
            pass


HOLDER = textwrap.dedent(
    """
    import sys, time, duckdb
    con = duckdb.connect(sys.argv[1])
    print("holding", flush=True)
    time.sleep(float(sys.argv[2]))
    con.close()
    """
)


def _hold(db_path, seconds: float) -> subprocess.Popen:
    """Another process that opens the database and keeps it for ``seconds``."""
    proc = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(db_path), str(seconds)], stdout=subprocess.PIPE, text=True
    )
    assert proc.stdout.readline().strip() == "holding"
    return proc


def test_database_held_by_another_process_gives_busy_message(db_path):
    with Database(db_path).connect():
        pass
    holder = _hold(db_path, 30)
    try:
        started = time.monotonic()
        with pytest.raises(DatabaseBusy) as info:
            with Database(db_path, timeout=0.6).connect():
                pass
        assert time.monotonic() - started >= 0.5  # it retried before giving up
        message = str(info.value)
        assert message.startswith("database busy:") and "try again" in message
        assert str(db_path) in message and f"process {holder.pid}" in message
    finally:
        holder.kill()
        holder.wait()


def test_database_released_soon_is_waited_for(db_path, query):
    with Database(db_path).connect():
        pass
    holder = _hold(db_path, 0.7)
    try:
        db = Database(db_path, timeout=15)
        assert query(db, "SELECT count(*) FROM documents")[0][0] == 0
    finally:
        holder.wait()


CRASHING_INGEST = textwrap.dedent(
    """
    import datetime as dt, sys, time
    from tracker.models import Article, Statement
    from tracker.store import Database, store_extracted
    from tracker.store import ingest

    real_insert = ingest._insert

    def slow_insert(con, table, rows, **kwargs):
        real_insert(con, table, rows, **kwargs)
        if table == "articles":
            print("articles written", flush=True)
            time.sleep(60)  # killed here, inside the open transaction

    ingest._insert = slow_insert
    n = 2000
    articles = [Article(title=f"Story {i}", text=f"Body of story {i}. " * 50, position=i) for i in range(n)]
    statements = [[Statement(country="USA", country_name="United States", speaker=f"Speaker {i}",
                             date="2025-06-04", quote=f"quote {i}")] for i in range(n)]
    if sys.argv[2] == "crash":
        store_extracted(Database(sys.argv[1]), b"big file", "big.txt", articles, statements,
                        reference_date=dt.date(2025, 6, 6), event="Big", event_host_country="KOR",
                        event_date=dt.date(2025, 6, 3))
    else:
        ingest._insert = real_insert
        r = store_extracted(Database(sys.argv[1]), b"big file", "big.txt", articles, statements,
                            reference_date=dt.date(2025, 6, 6))
        print(r.articles_added, r.statements_added, flush=True)
    """
)


def test_ingest_killed_midway_loses_nothing_and_can_be_rerun(db, records, snapshot):
    store_extracted(
        db, b"earlier", "earlier.txt", [records.article("Earlier", "earlier text")],
        [[records.statement("Penny Wong", "AUS", "Warm congratulations.", themes=("alliance",))]],
        reference_date=REF, event="Earlier event", event_host_country="KOR", event_date=REF,
    )  # fmt: skip
    before = snapshot(db)
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    proc = subprocess.Popen(
        [sys.executable, "-c", CRASHING_INGEST, str(db.path), "crash"],
        stdout=subprocess.PIPE, text=True, env=env,
    )  # fmt: skip
    try:
        assert proc.stdout.readline().strip() == "articles written"
        proc.send_signal(signal.SIGKILL)
    finally:
        proc.wait()
    assert proc.returncode == -signal.SIGKILL
    assert snapshot(db) == before  # reopened after the crash: exactly the rows it had
    rerun = subprocess.run(
        [sys.executable, "-c", CRASHING_INGEST, str(db.path), "again"],
        capture_output=True, text=True, env=env, timeout=120,
    )  # fmt: skip
    assert rerun.returncode == 0, rerun.stderr
    assert rerun.stdout.split() == ["2000", "2000"]


def test_count_views_count_each_foreign_reaction_once(db, records, query):
    arts = [records.article(f"a{i}", f"text {i}", position=i, outlet=f"O{i}") for i in range(3)]
    st = records.statement
    store_extracted(
        db, b"c", "c.txt", arts,
        [[st("Rubio", "USA", "q", themes=("alliance",)), st("Lee", "KOR", "q", domestic=True)],
         [st("Rubio", "USA", "q longer", themes=("alliance", "economy"))],
         [st("Ishiba", "JPN", "q", date="2025-06-05", themes=("trilateral",))]],
        reference_date=REF, event="E", event_host_country="KOR", event_date=REF,
    )  # fmt: skip
    per_day = {(str(d), n) for d, n in query(db, "SELECT date, n_reactions FROM reactions_per_day")}
    assert per_day == {("2025-06-04", 1), ("2025-06-05", 1)}
    per_country = dict(query(db, "SELECT country, n_reactions FROM reactions_per_country"))
    assert per_country == {"USA": 1, "JPN": 1}
    per_theme = dict(query(db, "SELECT theme, n_reactions FROM reactions_per_theme"))
    assert per_theme == {"alliance": 1, "economy": 1, "trilateral": 1}
