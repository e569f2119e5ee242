"""Events in the store: every document under one event, the host decides `domestic`, CRUD."""

from __future__ import annotations

import csv
import datetime as dt
import io
from pathlib import Path

import pytest

from tracker.store import (
    UNASSIGNED_EVENT,
    EventError,
    Filters,
    create_event,
    csv_bytes,
    delete_event,
    event_ids,
    ingest_bytes,
    list_documents,
    list_events,
    move_document,
    rename_event,
    store_extracted,
    update_event,
)

REF = dt.date(2025, 6, 6)


def _store(db, records, data: bytes, text: str, *, event=None, host=None, date=None, speaker="Kim Min-seok",
           country="KOR", statement_date="2025-06-04"):  # fmt: skip
    article = records.article(f"Story {text}", text)
    statement = records.statement(speaker, country, f"quote {text}", date=statement_date, domestic=True)
    return store_extracted(
        db, data, f"{text}.txt", [article], [[statement]], reference_date=REF, host_country=host,
        event=event, event_host_country=host, event_date=date,
    )  # fmt: skip


def test_korean_speaker_is_domestic_for_korean_event_and_foreign_for_another(db, records, query):
    _store(db, records, b"a", "seoul", event="Korean election", host="KOR", date=dt.date(2025, 6, 3))
    _store(db, records, b"b", "tokyo", event="Japanese election", host="JPN", date=dt.date(2025, 6, 3))
    rows = dict(query(db, "SELECT event_name, domestic FROM statement_rows"))
    assert rows == {"Korean election": True, "Japanese election": False}
    # the default filter (foreign reactions only) therefore shows just the Japanese event's row
    assert csv_bytes(db, Filters()).decode("utf-8-sig").count("Japanese election") == 1
    assert "Korean election" not in csv_bytes(db, Filters()).decode("utf-8-sig")


def test_moving_a_document_moves_its_reactions_and_their_domestic_flag(db, records, query):
    korean = _store(db, records, b"a", "seoul", event="Korean election", host="KOR", date=dt.date(2025, 6, 3))
    japanese_id = create_event(db, "Japanese election", host_country="jpn", event_date=dt.date(2025, 6, 3))
    move_document(db, korean.document_id, japanese_id)
    assert query(db, "SELECT event_name, domestic FROM statement_rows") == [("Japanese election", False)]
    events = list_events(db).set_index("name")
    assert events.loc["Korean election", "n_documents"] == 0
    assert events.loc["Japanese election", "n_statements"] == 1
    assert events.loc["Japanese election", "host_country"] == "JPN"


def test_named_event_is_created_once_and_reused(db, records, query):
    first = _store(db, records, b"a", "one", event="Summit", host="KOR", date=dt.date(2025, 6, 3))
    second = _store(db, records, b"b", "two", event=" summit ")  # names match loosely
    assert first.event_id == second.event_id and first.event_name == "Summit"
    assert query(db, "SELECT count(*) FROM events")[0][0] == 1


def test_document_without_event_joins_a_matching_event_or_unassigned(db, records):
    korean = _store(db, records, b"a", "one", event="Korean election", host="KOR", date=dt.date(2025, 6, 3))
    near = _store(db, records, b"b", "two", host="KOR", statement_date="2025-06-10")
    far = _store(db, records, b"c", "three", host="KOR", statement_date="2026-01-01")
    other = _store(db, records, b"d", "four", host="FRA")
    assert near.event_id == korean.event_id
    assert far.event_name == other.event_name == UNASSIGNED_EVENT
    documents = list_documents(db).set_index("name")
    assert documents.loc["two.txt", "event_name"] == "Korean election"
    assert documents.loc["three.txt", "event_name"] == UNASSIGNED_EVENT


def test_rename_event_keeps_its_rows_and_refuses_taken_names(db, records, query):
    result = _store(db, records, b"a", "one", event="Old name", host="KOR", date=REF)
    create_event(db, "Other")
    rename_event(db, result.event_id, "  New   name ")
    assert query(db, "SELECT DISTINCT event_name FROM statement_rows") == [("New name",)]
    with pytest.raises(EventError, match="already exists"):
        rename_event(db, result.event_id, "other")
    with pytest.raises(EventError, match="no event with id"):
        rename_event(db, 999, "x")
    with pytest.raises(EventError, match="needs a name"):
        create_event(db, "   ")


def test_delete_event_removes_its_documents_and_rows_only(db, records, query, snapshot):
    doomed = _store(db, records, b"a", "one", event="Doomed", host="KOR", date=REF)
    _store(db, records, b"b", "two", event="Kept", host="KOR", date=REF)
    removed = delete_event(db, doomed.event_id)
    assert removed == {"documents": 1, "articles": 1, "statements": 1}
    assert query(db, "SELECT name FROM events") == [("Kept",)]
    assert query(db, "SELECT document_name FROM statement_rows") == [("two.txt",)]
    assert query(db, "SELECT count(*) FROM statement_themes WHERE statement_id NOT IN "
                     "(SELECT statement_id FROM statements)")[0][0] == 0  # fmt: skip
    # the deleted file can come back
    again = _store(db, records, b"a", "one", event="Doomed again", host="KOR", date=REF)
    assert again.statements_added == 1


def test_update_event_changes_only_given_fields(db):
    event_id = create_event(db, "E", host_country="KOR", event_date=REF, note="n")
    update_event(db, event_id, event_date=dt.date(2025, 6, 3))
    row = list_events(db).iloc[0]
    assert (row["host_country"], row["event_date"].date(), row["note"]) == ("KOR", dt.date(2025, 6, 3), "n")


def test_event_ids_by_name_name_unknown_events(db):
    a = create_event(db, "First")
    b = create_event(db, "Second")
    assert event_ids(db, ["second", "First", "second"]) == (b, a)
    with pytest.raises(EventError, match="'Third'.*known events: 'First', 'Second'"):
        event_ids(db, ["Third"])


OTHER_EVENT = ("2025 Canadian federal election", "CAN", dt.date(2025, 4, 28))
OTHER_EVENT_FILE = Path(__file__).parent / "fixtures" / "store" / "other_event.txt"


@pytest.fixture
def two_event_db(sample_db):
    """The sample (Korean election) plus a dump written for these tests about another event."""
    name, host, date = OTHER_EVENT
    result = ingest_bytes(
        sample_db, OTHER_EVENT_FILE.read_bytes(), OTHER_EVENT_FILE.name, reference_date=dt.date(2025, 4, 30),
        event=name, event_host_country=host, event_date=date,
    )  # fmt: skip
    assert result.ok and result.statements_added > 0, result.summary()
    return sample_db


def _csv(db, filters: Filters) -> list[dict]:
    return list(csv.DictReader(io.StringIO(csv_bytes(db, filters).decode("utf-8-sig"))))


def test_event_filter_isolates_each_events_rows_in_the_csv(two_event_db, query, sample_event):
    ids = dict(query(two_event_db, "SELECT name, event_id FROM events"))
    per_event_foreign = dict(
        query(two_event_db, "SELECT event_name, count(*) FROM statement_rows WHERE NOT domestic GROUP BY 1")
    )
    for name in (sample_event["event"], OTHER_EVENT[0]):
        rows = _csv(two_event_db, Filters(events=(ids[name],)))
        assert {r["event_name"] for r in rows} == {name}
        assert len(rows) == per_event_foreign[name] > 0
    assert len(_csv(two_event_db, Filters())) == sum(per_event_foreign.values())
    sources = {r["source_file"] for r in _csv(two_event_db, Filters(events=(ids[OTHER_EVENT[0]],)))}
    assert sources == {OTHER_EVENT_FILE.name}


def test_korean_speakers_are_domestic_only_in_the_korean_event(two_event_db, query, sample_event):
    flags = query(
        two_event_db,
        "SELECT event_name, bool_and(domestic), bool_or(domestic) FROM statement_rows "
        "WHERE country = 'KOR' GROUP BY 1",
    )
    by_event = {name: (all_domestic, any_domestic) for name, all_domestic, any_domestic in flags}
    assert by_event[sample_event["event"]] == (True, True)
    assert by_event[OTHER_EVENT[0]] == (False, False)  # the South Korean minister reacting to Canada
