"""CSV export: the rows a filter selects, Excel-safe, identical for the command line and the download."""

from __future__ import annotations

import csv
import datetime as dt
import io

import pandas as pd
import pytest

from tracker.store import EXPORT_COLUMNS, Filters, csv_bytes, export_csv, store_extracted, where_clause
from tracker.store.export import UNIQUE_COLUMNS, neutralise

REF = dt.date(2025, 6, 6)


@pytest.fixture
def hand_db(db, records):
    """Two events, hand-countable: 6 statements in the Korean event, 2 in a Canadian one."""
    st = records.statement
    korean = [
        records.article("Allies react", "k1", outlet="Herald"),
        records.article("Asia reacts", "k2", position=1, outlet="Yonhap"),
    ]
    store_extracted(
        db, b"korea", "korea.txt", korean,
        [
            [st("Marco Rubio", "USA", "The alliance is ironclad.", themes=("alliance",), role="Secretary of State"),
             st("Shigeru Ishiba", "JPN", "=HYPERLINK(\"http://evil\")", themes=("trilateral",), date="2025-06-05"),
             st("Lin Jian", "CHN", "-1 for hegemony", kind="concern", themes=("china",), date="2025-06-05")],
            [st("Marco Rubio", "USA", "The alliance is ironclad, truly.", themes=("alliance", "economy")),
             st("Kim Moon-soo", "KOR", "@I concede", kind="other", domestic=True),
             st("Penny Wong", "AUS", "+Warm wishes\ton the win", date="2025-06-07")],
        ],
        reference_date=REF, event="Korean election", event_host_country="KOR", event_date=dt.date(2025, 6, 3),
    )  # fmt: skip
    canada = [records.article("Carney wins", "c1", outlet="CBC")]
    store_extracted(
        db, b"canada", "canada.txt", canada,
        [[st("Marco Rubio", "USA", "We congratulate Canada.", date="2025-04-29"),
          st("Mark Carney", "CAN", "Thank you.", kind="other", domestic=True, date="2025-04-29")]],
        reference_date=REF, event="Canadian election", event_host_country="CAN", event_date=dt.date(2025, 4, 28),
    )  # fmt: skip
    return db


def read_csv(data: bytes) -> list[dict]:
    assert data.startswith(b"\xef\xbb\xbf"), "UTF-8 byte-order mark for Excel"
    return list(csv.DictReader(io.StringIO(data.decode("utf-8-sig"))))


def event_id(db, query, name: str) -> int:
    return query(db, "SELECT event_id FROM events WHERE name = ?", [name])[0][0]


def test_export_has_documented_header_and_every_foreign_row(hand_db):
    data = csv_bytes(hand_db, Filters())
    header = data.decode("utf-8-sig").splitlines()[0]
    assert header == ",".join(f'"{c}"' for c in EXPORT_COLUMNS)
    rows = read_csv(data)
    assert len(rows) == 6  # 8 statements minus the two domestic ones
    assert {r["country"] for r in rows} == {"USA", "JPN", "CHN", "AUS"}
    rubio = next(r for r in rows if r["quote"] == "The alliance is ironclad, truly.")
    assert rubio["themes"] == "alliance;economy"
    assert (rubio["article_title"], rubio["outlet"], rubio["source_file"]) == ("Asia reacts", "Yonhap", "korea.txt")
    assert (rubio["event_name"], rubio["event_host_country"], rubio["event_date"]) == (
        "Korean election", "KOR", "2025-06-03",
    )  # fmt: skip


@pytest.mark.parametrize(
    ("filters", "expected"),
    [
        (Filters(countries=("USA",)), 3),
        (Filters(countries=("USA", "JPN")), 4),
        (Filters(themes=("alliance",)), 2),
        (Filters(themes=("alliance", "china")), 3),
        (Filters(kinds=("concern",)), 1),
        (Filters(date_from=dt.date(2025, 6, 5)), 3),
        (Filters(date_from=dt.date(2025, 6, 4), date_to=dt.date(2025, 6, 5)), 4),
        (Filters(speaker="RUBIO"), 3),
        (Filters(speaker="secretary of"), 1),
        (Filters(search="ironclad"), 2),
        (Filters(search="asia reacts"), 2),  # article title; the domestic row stays out
        (Filters(search="100%_"), 0),  # LIKE wildcards are plain text
        (Filters(include_domestic=True), 8),
        (Filters(include_domestic=True, countries=("KOR",)), 1),
    ],
)
def test_export_filters_match_hand_count(hand_db, filters, expected):
    assert len(read_csv(csv_bytes(hand_db, filters))) == expected


def test_event_filter_isolates_each_event(hand_db, query):
    korean = event_id(hand_db, query, "Korean election")
    canadian = event_id(hand_db, query, "Canadian election")
    k_rows = read_csv(csv_bytes(hand_db, Filters(events=(korean,), include_domestic=True)))
    c_rows = read_csv(csv_bytes(hand_db, Filters(events=(canadian,), include_domestic=True)))
    assert len(k_rows) == 6 and {r["event_name"] for r in k_rows} == {"Korean election"}
    assert len(c_rows) == 2 and {r["event_name"] for r in c_rows} == {"Canadian election"}
    both = read_csv(csv_bytes(hand_db, Filters(events=(korean, canadian), include_domestic=True)))
    assert len(both) == 8


def test_formula_cells_are_neutralised(hand_db):
    rows = read_csv(csv_bytes(hand_db, Filters(include_domestic=True)))
    quotes = {r["quote"] for r in rows}
    assert "'=HYPERLINK(\"http://evil\")" in quotes
    assert "'-1 for hegemony" in quotes
    assert "'@I concede" in quotes
    assert "'+Warm wishes\ton the win" in quotes
    assert not any(q.startswith(("=", "+", "-", "@", "\t", "\r")) for r in rows for q in r.values())


@pytest.mark.parametrize(
    ("cell", "expected"),
    [("=1+1", "'=1+1"), ("+1", "'+1"), ("-2", "'-2"), ("@SUM(A1)", "'@SUM(A1)"), ("\tx", "'\tx"),
     ("\rx", "'\rx"), ("plain", "plain"), ("a=b", "a=b"), (None, ""), (dt.date(2025, 6, 3), "2025-06-03")],
)  # fmt: skip
def test_neutralise_prefixes_only_formula_starts(cell, expected):
    assert neutralise(cell) == expected


def test_every_field_is_quoted_and_pandas_reads_it_back(hand_db):
    data = csv_bytes(hand_db, Filters())
    for line in data.decode("utf-8-sig").splitlines()[1:2]:
        assert line.startswith('"') and line.endswith('"')
    frame = pd.read_csv(io.BytesIO(data), encoding="utf-8-sig")
    assert list(frame.columns) == list(EXPORT_COLUMNS) and len(frame) == 6


def test_unique_export_has_one_row_per_reaction_with_all_sources(hand_db):
    rows = read_csv(csv_bytes(hand_db, Filters(countries=("USA",)), unique=True))
    assert list(rows[0].keys()) == list(UNIQUE_COLUMNS)
    assert len(rows) == 2  # Rubio on 2025-06-04 (two articles) and on 2025-04-29 (Canada)
    korean = next(r for r in rows if r["event_name"] == "Korean election")
    assert (korean["n_mentions"], korean["n_outlets"]) == ("2", "2")
    assert korean["outlet"] == "Herald;Yonhap"
    assert korean["quote"] == "The alliance is ironclad, truly."  # the longest


def test_file_and_download_are_the_same_bytes(hand_db, tmp_path):
    out = tmp_path / "out.csv"
    n = export_csv(hand_db, Filters(themes=("alliance",)), out)
    assert n == 2
    assert out.read_bytes() == csv_bytes(hand_db, Filters(themes=("alliance",)))
    assert not list(tmp_path.glob(".*.part"))


def test_export_of_nothing_is_a_header_only(hand_db, tmp_path):
    out = tmp_path / "none.csv"
    assert export_csv(hand_db, Filters(countries=("BRA",)), out) == 0
    assert read_csv(out.read_bytes()) == []


def test_where_clause_binds_user_text_instead_of_formatting_it(hand_db, query):
    hostile = "x'); DROP TABLE statements; --"
    sql, params = where_clause(Filters(search=hostile, countries=("USA",)))
    assert "drop" not in sql.lower() and hostile.lower() in params
    assert read_csv(csv_bytes(hand_db, Filters(search=hostile))) == []
    assert query(hand_db, "SELECT count(*) FROM statements")[0][0] == 8
    assert where_clause(Filters(include_domestic=True)) == ("TRUE", [])
    sql, _ = where_clause(Filters(), alias="r")
    assert sql == "NOT coalesce(r.domestic, FALSE)"


def test_filters_round_trip_through_query_params():
    f = Filters(
        date_from=dt.date(2025, 6, 1), date_to=dt.date(2025, 6, 30), countries=("USA", "JPN"),
        themes=("alliance",), kinds=("welcome", "concern"), speaker="rubio", search="iron clad",
        include_domestic=True, events=(2, 5),
    )  # fmt: skip
    params = f.to_query_params()
    assert all(isinstance(v, (str, list)) for v in params.values())
    assert Filters.from_query_params(params) == f
    assert Filters().to_query_params() == {}
    # comma-joined lists, bad dates and bad event ids are read leniently
    loose = Filters.from_query_params({"country": "usa,jpn", "from": "June", "event": ["3", "x"]})
    assert loose == Filters(countries=("USA", "JPN"), events=(3,))
