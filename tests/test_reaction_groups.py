"""The stored reaction groups (``reaction_groups`` behind the ``reactions`` view) after every kind of write.

After each change (ingest, repeated ingest, a file whose articles are partly known,
a batch, delete, move, delete event, migration) the stored table must equal a
recomputation from the statements, and what the dashboard shows must follow.
"""

from __future__ import annotations

import datetime as dt

import duckdb
import pytest

from tracker.store import (
    Database,
    Filters,
    create_event,
    csv_bytes,
    delete_document,
    delete_event,
    move_document,
    store_extracted,
)
from tracker.store import queries as q
from tracker.store.ingest import Extracted, store_many
from tracker.store.reactions import recomputed
from tracker.store.schema import SCHEMA_VERSION, UNUSED_INDEXES, _migrate_1_to_2, current_version

REF = dt.date(2025, 6, 6)


def stored_equals_recomputed(db: Database) -> int:
    """Assert the stored groups equal a from-scratch computation; return how many there are."""
    with db.read() as con:
        stored = sorted(con.execute("SELECT * FROM reaction_groups").fetchall(), key=repr)
        fresh = sorted(recomputed(con).fetchall(), key=repr)
    assert stored == fresh
    return len(stored)


def _doc(records, name: str, rows: list[tuple], *, outlet: str = "Wire"):
    """One file: an article per (speaker, country, quote, date) row."""
    articles = [records.article(f"{name} story {i}", f"{name} text {i}", position=i, outlet=outlet)
                for i in range(len(rows))]  # fmt: skip
    per_article = [[records.statement(sp, c, quote, date=d, themes=th)] for sp, c, quote, d, th in rows]
    return articles, per_article


def _store(db, records, name, rows, *, event="Korean election", outlet="Wire"):
    articles, per_article = _doc(records, name, rows, outlet=outlet)
    return store_extracted(
        db, name.encode(), f"{name}.txt", articles, per_article, reference_date=REF,
        event=event, event_host_country="KOR", event_date=dt.date(2025, 6, 3),
    )  # fmt: skip


def _countries(db) -> set[str]:
    return set(q.country_summary(db, Filters())["country"])


def test_ingest_merges_a_repeated_statement_into_one_reaction_across_files(db, records):
    _store(db, records, "one", [("Marco Rubio", "USA", "We congratulate.", "2025-06-04", ("alliance",)),
                                ("Ishiba", "JPN", "We welcome.", "2025-06-04", ())], outlet="Herald")
    assert stored_equals_recomputed(db) == 2
    # the same statement from another outlet, with a longer quote and another theme
    _store(db, records, "two", [("marco  rubio.", "USA", "We congratulate the president-elect.", "2025-06-04",
                                 ("trilateral",))], outlet="Yonhap")
    assert stored_equals_recomputed(db) == 2
    summary = q.country_summary(db, Filters()).set_index("country")
    assert summary.loc["USA", "reactions"] == 1 and summary.loc["USA", "mentions"] == 2
    head = q.headline(db, Filters())
    assert (head["reactions"], head["mentions"]) == (2, 3)
    themes = dict(zip(*q.theme_counts(db, Filters()).values.T))
    assert themes == {"alliance": 1, "trilateral": 1}
    export = csv_bytes(db, Filters(), unique=True).decode("utf-8-sig")
    assert "We congratulate the president-elect." in export  # the longest quote speaks for the reaction
    assert "Herald;Yonhap" in export


def test_repeated_upload_and_partly_known_file_leave_the_groups_right(db, records):
    first = _store(db, records, "one", [("Rubio", "USA", "q1", "2025-06-04", ())])
    again = _store(db, records, "one", [("Rubio", "USA", "q1", "2025-06-04", ())])
    assert again.already_known and again.document_id == first.document_id
    stored_equals_recomputed(db)
    # a different file repeating the known article plus a new one: only the new one is added
    articles, per_article = _doc(records, "one", [("Rubio", "USA", "q1", "2025-06-04", ())])
    new_articles, new_rows = _doc(records, "three", [("Wong", "AUS", "q2", "2025-06-05", ())])
    result = store_extracted(db, b"mixed", "mixed.txt", articles + new_articles, per_article + new_rows,
                             reference_date=REF, event="Korean election")  # fmt: skip
    assert (result.articles_added, result.articles_known) == (1, 1)
    assert stored_equals_recomputed(db) == 2
    assert _countries(db) == {"USA", "AUS"}


def test_deleting_a_countrys_only_document_removes_it_from_the_country_summary(db, records):
    keep = _store(db, records, "keep", [("Rubio", "USA", "q1", "2025-06-04", ()),
                                         ("Ishiba", "JPN", "q2", "2025-06-04", ())])
    gone = _store(db, records, "gone", [("Macron", "FRA", "q3", "2025-06-05", ()),
                                         ("Rubio", "USA", "q1 again, longer", "2025-06-04", ())])
    assert _countries(db) == {"USA", "JPN", "FRA"}
    delete_document(db, gone.document_id)
    assert stored_equals_recomputed(db) == 2
    assert _countries(db) == {"USA", "JPN"}
    # the shared reaction falls back to what the remaining file says
    (quote, mentions), = [tuple(r) for r in q.first_reactors(db, Filters())
                          .query("country == 'USA'")[["quote", "speaker"]].values]  # fmt: skip
    assert quote == "q1"
    delete_document(db, keep.document_id)
    assert stored_equals_recomputed(db) == 0
    assert q.country_summary(db, Filters()).empty


def test_moving_a_document_moves_its_reactions_between_events(db, records):
    korean = _store(db, records, "seoul", [("Rubio", "USA", "q1", "2025-06-04", ()),
                                            ("Kim", "KOR", "q-domestic", "2025-06-04", ())])
    _store(db, records, "other", [("Rubio", "USA", "q1 again", "2025-06-04", ())])
    japanese = create_event(db, "Japanese election", host_country="JPN", event_date=dt.date(2025, 6, 3))
    move_document(db, korean.document_id, japanese)
    assert stored_equals_recomputed(db) == 3
    delays = q.event_country_delays(db, Filters(include_domestic=True))
    by_event = {(r.event_name, r.country): r.reactions for r in delays.itertuples()}
    assert by_event == {("Japanese election", "USA"): 1, ("Japanese election", "KOR"): 1,
                        ("Korean election", "USA"): 1}  # fmt: skip
    # the Korean speaker is foreign to the Japanese event, so it now shows without "include domestic"
    assert "KOR" in _countries(db)


def test_deleting_an_event_removes_its_reactions_only(db, records):
    _store(db, records, "seoul", [("Rubio", "USA", "q1", "2025-06-04", ())])
    tokyo = _store(db, records, "tokyo", [("Rubio", "USA", "q1", "2025-06-04", ()),
                                           ("Wong", "AUS", "q2", "2025-06-04", ())], event="Japanese election")
    delete_event(db, tokyo.event_id)
    assert stored_equals_recomputed(db) == 1
    assert _countries(db) == {"USA"}


def test_renaming_an_event_shows_in_the_reactions_without_a_refresh(db, records):
    from tracker.store import rename_event, update_event

    result = _store(db, records, "seoul", [("Kim", "KOR", "q1", "2025-06-04", ())])
    rename_event(db, result.event_id, "Election in Korea")
    assert set(q.event_reaction_days(db, Filters(include_domestic=True))["event_name"]) == {"Election in Korea"}
    # the host country decides `domestic` at query time: with another host the Korean speaker is foreign
    assert _countries(db) == set()
    update_event(db, result.event_id, host_country="JPN")
    assert _countries(db) == {"KOR"}


def test_a_batch_with_a_bad_file_stores_the_good_files_and_refuses_the_bad_one(db, records):
    good1 = Extracted(b"g1", "g1.txt", *_doc(records, "g1", [("Rubio", "USA", "q1", "2025-06-04", ())]),
                      reference_date=REF, event="Korean election", event_host_country="KOR",
                      event_date=dt.date(2025, 6, 3))  # fmt: skip
    articles, per_article = _doc(records, "bad", [("Wong", "AUS", "q2", "2025-06-05", ())])
    # an article position beyond INTEGER fails inside the database, after other rows of the batch went in
    bad_article = articles[0].__class__(**{**articles[0].__dict__, "position": 2**40}) \
        if hasattr(articles[0], "__dict__") else articles[0]._replace(position=2**40)
    bad = Extracted(b"bad", "bad.txt", [bad_article], per_article, reference_date=REF)
    good2 = Extracted(b"g2", "g2.txt", *_doc(records, "g2", [("Ishiba", "JPN", "q3", "2025-06-04", ())]),
                      reference_date=REF, event="Korean election")
    results = store_many(db, [good1, bad, good2])
    assert [r.ok for r in results] == [True, False, True]
    assert "bad.txt" == results[1].name and "nothing was changed" in results[1].rejected
    assert stored_equals_recomputed(db) == 2
    assert _countries(db) == {"USA", "JPN"}
    # the same batch again adds nothing
    again = store_many(db, [good1, good2])
    assert all(r.already_known for r in again)
    assert stored_equals_recomputed(db) == 2


def _build_v2(path, records) -> None:
    """A real version-2 file: events, the v2 indexes, no stored groups."""
    from tests.test_store import _build_v1  # a v1 file with Korean and host-less dumps

    _build_v1(path)
    con = duckdb.connect(str(path))
    con.execute("BEGIN")
    _migrate_1_to_2(con)
    con.execute("INSERT INTO schema_version (version) VALUES (2)")
    con.execute("CREATE INDEX articles_document_idx ON articles (document_id)")
    con.execute("CREATE INDEX articles_text_hash_idx ON articles (text_hash)")
    con.execute("CREATE INDEX statements_article_idx ON statements (article_id)")
    con.execute("CREATE INDEX statement_themes_statement_idx ON statement_themes (statement_id)")
    con.execute("COMMIT")
    con.close()


@pytest.mark.parametrize("start", [1, 2])
def test_older_database_migrates_to_stored_groups_and_document_counts(db_path, records, start):
    if start == 2:
        _build_v2(db_path, records)
    else:
        from tests.test_store import _build_v1

        _build_v1(db_path)
    db = Database(db_path, timeout=2)
    with db.connect() as con:
        assert current_version(con) == SCHEMA_VERSION
        indexes = {r[0] for r in con.execute("SELECT index_name FROM duckdb_indexes()").fetchall()}
    assert not indexes & set(UNUSED_INDEXES)
    assert stored_equals_recomputed(db) == 4
    docs = q.documents(db, Filters()).set_index("name")
    assert docs.loc["kor2.txt", ["n_articles", "n_statements"]].tolist() == [1, 2]
    assert _countries(db) == {"USA", "JPN", "FRA"}  # the Korean speaker stays domestic
    # and it takes new ingests that keep the groups current (the fixture wrote ids by hand: skip past them)
    with db.connect() as con:
        con.execute("SELECT nextval('article_id_seq'), nextval('statement_id_seq') FROM range(10)").fetchall()
    _store(db, records, "new", [("Rubio", "USA", "q1 said again", "2025-06-03", ())])
    stored_equals_recomputed(db)
    usa = q.country_summary(db, Filters()).set_index("country").loc["USA"]
    assert usa["mentions"] == 2


def test_many_overlapping_files_in_batches_and_alone_give_the_recomputed_groups(db, records):
    """Seeded mix: the same speakers and days across files, equal-length quotes, missing outlets and titles."""
    import random

    rng = random.Random(5)
    speakers = [("Marco Rubio", "USA"), ("marco rubio", "USA"), ("Penny Wong", "AUS"), ("NATO", None)]
    items = []
    for f in range(12):
        articles, per_article = [], []
        for i in range(rng.randint(1, 4)):
            outlet = rng.choice(["Herald", "Yonhap", None])
            articles.append(records.article(rng.choice([f"t{f}-{i}", None]) or "", f"text {f}-{i}",
                                            position=i, outlet=outlet))  # fmt: skip
            rows = []
            for _ in range(rng.randint(1, 3)):
                speaker, country = rng.choice(speakers)
                rows.append(records.statement(
                    speaker, country, rng.choice(["aaaa", "bbbb", "longer quote", "cc"]),
                    date=rng.choice(["2025-06-04", "2025-06-05", None]),
                    themes=tuple(rng.sample(["alliance", "trade", "china"], rng.randint(0, 2))),
                    domestic=rng.random() < 0.2,
                ))  # fmt: skip
            per_article.append(rows)
        items.append(Extracted(f"file{f}".encode(), f"file{f}.txt", articles, per_article, reference_date=REF,
                               event=rng.choice(["Korean election", "Japanese election"]),
                               event_host_country="KOR", event_date=dt.date(2025, 6, 3)))  # fmt: skip
    store_many(db, items[:5])
    stored_equals_recomputed(db)
    for item in items[5:8]:
        store_many(db, [item])
        stored_equals_recomputed(db)
    store_many(db, items[8:])
    stored_equals_recomputed(db)
    with db.read() as con:
        merged = con.execute("SELECT count(*) FROM reaction_groups WHERE n_mentions > 1").fetchall()[0][0]
    assert merged > 5  # the files really did share reactions
