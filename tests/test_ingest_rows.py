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
