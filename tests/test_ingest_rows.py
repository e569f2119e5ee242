"""What a statement's themes and theme terms become once stored, as the pages read them."""

from __future__ import annotations

import dataclasses
import datetime as dt

from tracker.store import Filters, store_extracted
from tracker.store import queries as q
from tracker.store.documents import theme_terms


def test_repeated_themes_are_stored_once_in_order_with_their_terms(db, records, query):
    st = records.statement("Marco Rubio", "USA", "Our alliance is ironclad.", themes=("alliance", "china"))
    st = dataclasses.replace(
        st, themes=("alliance", "china", "alliance"),
        theme_terms={"alliance": ("Alliance", "ironclad"), "china": ["Beijing"], "unused": ["x"]},
    )  # fmt: skip
    bare = dataclasses.replace(records.statement("Penny Wong", "AUS", "Congratulations."), theme_terms={})
    article = records.article("Story", "Our alliance is ironclad. Congratulations.")
    result = store_extracted(db, b"one", "one.txt", [article], [[st, bare]], reference_date=dt.date(2025, 6, 6))
    assert result.statements_added == 2
    rows = query(db, "SELECT speaker, themes FROM statements ORDER BY statement_id")
    assert rows == [("Marco Rubio", ["alliance", "china"]), ("Penny Wong", [])]
    themes = query(db, "SELECT theme, terms, list_sort(term_keys) FROM statement_themes ORDER BY theme")
    assert themes == [("alliance", ["Alliance", "ironclad"], ["alliance", "ironclad"]), ("china", ["Beijing"], ["beijing"])]
    first, second = (r[0] for r in query(db, "SELECT statement_id FROM statements ORDER BY statement_id"))
    assert theme_terms(db, first) == {"alliance": ["Alliance", "ironclad"], "china": ["Beijing"], "unused": ["x"]}
    assert theme_terms(db, second) == {}
    counted = q.theme_terms(db, Filters())
    assert set(counted["term"]) >= {"alliance", "ironclad", "beijing"}


def test_speakers_spelled_differently_make_one_reaction(db, records, query):
    from tracker.store.reactions import SPEAKER_KEY_SQL

    names = ["Marco Rubio", "marco  rubio.", "MARCO-RUBIO", "Penny Wong", "Marco Rubio"]
    articles = [records.article(f"Story {i}", f"Text {i}", position=i, outlet=f"Outlet {i}") for i in range(5)]
    per_article = [[records.statement(name, "USA", f"Quote {i}")] for i, name in enumerate(names)]
    store_extracted(db, b"speakers", "speakers.txt", articles, per_article, reference_date=dt.date(2025, 6, 6))
    keys = query(db, f"SELECT speaker_key, {SPEAKER_KEY_SQL.format(col='speaker')} FROM statements")
    assert all(stored == computed for stored, computed in keys)
    assert sorted({k for k, _ in keys}) == ["marco rubio", "penny wong"]
    groups = query(db, "SELECT speaker, n_mentions, n_outlets FROM reactions ORDER BY speaker")
    assert groups == [("Marco Rubio", 4, 4), ("Penny Wong", 1, 1)]


def _three_articles(records, tag: str):
    articles = [records.article(f"{tag} story {i}", f"{tag} text {i}", position=i, outlet=f"Outlet {i}")
                for i in range(3)]  # fmt: skip
    per_article = [
        [records.statement("Marco Rubio", "USA", f"{tag} quote {i}", date=f"2025-06-0{4 + i}", themes=("alliance",)),
         records.statement("Penny Wong", "AUS", f"{tag} words {i}", date=None)]
        for i in range(3)
    ]  # fmt: skip
    return articles, per_article


def test_rows_made_where_a_file_is_extracted_store_what_its_records_store(tmp_path, records, query):
    """A parallel ingest's workers hand over each file's rows (``file_rows``); the store must keep the same."""
    from tracker.store import Database
    from tracker.store.ingest import Extracted, file_rows, store_many

    first, second = _three_articles(records, "a"), _three_articles(records, "b")
    # the second file repeats the first's middle article: only its other two are new
    second = ([second[0][0], first[0][1], second[0][2]], [second[1][0], first[1][1], second[1][2]])
    stored = {}
    for how in ("records", "rows"):
        db = Database(tmp_path / f"{how}.duckdb")
        for name, (articles, per_article) in (("a.txt", first), ("b.txt", second)):
            rows = file_rows(articles, per_article) if how == "rows" else None
            item = Extracted(name.encode(), name, articles, per_article, dt.date(2025, 6, 6), "KOR", rows=rows)
            (result,) = store_many(db, [item])
            assert result.ok and result.articles_known == (1 if name == "b.txt" else 0)
        stored[how] = (
            query(db, "SELECT * EXCLUDE (article_id) FROM articles ORDER BY article_id"),
            query(db, "SELECT * FROM statements ORDER BY statement_id"),
            query(db, "SELECT * FROM statement_themes ORDER BY statement_id, theme"),
            query(db, "SELECT * FROM reactions ORDER BY reaction_id"),
        )
    assert stored["rows"] == stored["records"]
    articles, statements, _, _ = stored["rows"]
    assert [a[2] for a in articles] == ["a story 0", "a story 1", "a story 2", "b story 0", "b story 2"]
    # positions restart in every article; each statement points at its own article and document
    by_article = {}
    for row in query(Database(tmp_path / "rows.duckdb"),
                     "SELECT a.title, s.position, s.document_id = a.document_id FROM statements s "
                     "JOIN articles a ON a.article_id = s.article_id ORDER BY s.statement_id"):  # fmt: skip
        by_article.setdefault(row[0], []).append(row[1:])
    assert by_article["b story 2"] == [(0, True), (1, True)] and len(statements) == 10


def test_records_that_do_not_fit_the_columns_are_refused_by_name(db, records, query):
    from tracker.store.ingest import Extracted, store_many

    articles, per_article = _three_articles(records, "a")
    short = Extracted(b"short", "short.txt", articles, per_article[:2], dt.date(2025, 6, 6))
    good = Extracted(b"good", "good.txt", *_three_articles(records, "g"), dt.date(2025, 6, 6))
    results = store_many(db, [short, good])
    assert [r.ok for r in results] == [False, True]
    assert results[0].name == "short.txt" and "nothing was changed" in results[0].rejected
    assert query(db, "SELECT count(*) FROM articles")[0][0] == 3
