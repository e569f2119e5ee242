"""ingest_bytes with the real readers and extractor: rejections, partial overlap, preview, threads."""

from __future__ import annotations

import datetime as dt
import json
import threading

import pytest

from tracker.store import Database, ingest_bytes, list_documents, preview_bytes

REF = dt.date(2025, 6, 6)

REACTION_TEXTS = [
    (
        "Canberra congratulates new president",
        "Australian Foreign Minister Penny Wong on Wednesday congratulated the president-elect. "
        "'Australia looks forward to deepening our comprehensive strategic partnership,' Wong said "
        "in a statement.",
    ),
    (
        "Berlin welcomes election result",
        "German Chancellor Friedrich Merz welcomed the result of the election on Wednesday. "
        "'Germany will remain a close partner on trade and security,' Merz said.",
    ),
    (
        "Ottawa sends congratulations",
        "Canadian Prime Minister Mark Carney congratulated the winner on Wednesday. "
        "'Canada and Korea share a deep friendship and we will keep working together,' Carney said.",
    ),
]


def jsonl(*indexes: int) -> bytes:
    lines = [
        json.dumps({"title": REACTION_TEXTS[i][0], "text": REACTION_TEXTS[i][1], "source": f"Outlet {i}",
                    "published": "2025-06-04"})
        for i in indexes
    ]  # fmt: skip
    return ("\n".join(lines) + "\n").encode("utf-8")


@pytest.mark.parametrize(
    ("name", "data", "reason"),
    [
        ("empty.txt", b"", "empty"),
        ("blank.txt", b"   \n\t\n", ""),
        ("image.txt", b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4, ""),
        ("notes.docx", b"PK\x03\x04 some word file", ""),
        ("broken.json", b"{\"title\": ", ""),
    ],
)
def test_unreadable_file_is_rejected_by_name_and_changes_nothing(sample_db, snapshot, name, data, reason):
    before = snapshot(sample_db)
    result = ingest_bytes(sample_db, data, name, reference_date=REF)
    assert result.rejected, result
    assert reason in result.rejected.lower()
    assert result.summary().startswith(f"{name}: rejected: ")
    assert "Traceback" not in result.rejected
    assert snapshot(sample_db) == before


def test_partly_known_file_adds_only_its_new_articles(db, query):
    first = ingest_bytes(db, jsonl(0, 1), "first.jsonl", reference_date=REF, host_country="KOR")
    assert (first.articles_added, first.articles_known) == (2, 0)
    statements_first = query(db, "SELECT count(*) FROM statements")[0][0]
    assert statements_first == first.statements_added > 0
    second = ingest_bytes(db, jsonl(1, 2, 0), "second.jsonl", reference_date=REF, host_country="KOR")
    assert (second.articles_added, second.articles_known) == (1, 2)
    assert "2 already known" in second.summary()
    titles = [r[0] for r in query(db, "SELECT title FROM articles ORDER BY article_id")]
    assert titles == [REACTION_TEXTS[0][0], REACTION_TEXTS[1][0], REACTION_TEXTS[2][0]]
    assert query(db, "SELECT count(*) FROM statements")[0][0] == statements_first + second.statements_added


def test_preview_shows_rows_without_creating_a_database(db_path, sample_bytes):
    articles, rows = preview_bytes(sample_bytes, "sample.txt", reference_date=REF, host_country="KOR")
    assert articles and len(rows) > 0
    assert {"country", "speaker", "quote", "date", "themes", "article_title"} <= set(rows.columns)
    assert not db_path.exists()


def test_new_event_decides_the_extraction_host(db, query):
    result = ingest_bytes(
        db, jsonl(0), "a.jsonl", reference_date=REF, event="Australian event", event_host_country="AUS",
        event_date=dt.date(2025, 6, 3),
    )  # fmt: skip
    assert result.event_name == "Australian event"
    assert query(db, "SELECT DISTINCT host_country FROM documents") == [("AUS",)]
    countries = {r[0] for r in query(db, "SELECT country FROM statement_rows WHERE domestic")}
    assert countries <= {"AUS"}


def test_two_sessions_ingesting_at_once_both_complete(db_path, sample_bytes):
    db = Database(db_path, timeout=20)  # one handle shared, as st.cache_resource does
    results = {}

    def upload(name: str, data: bytes) -> None:
        results[name] = ingest_bytes(db, data, name, reference_date=REF, host_country="KOR")

    threads = [
        threading.Thread(target=upload, args=("sample.txt", sample_bytes)),
        threading.Thread(target=upload, args=("feed.jsonl", jsonl(0, 1, 2))),
    ]
    for t in threads:
        t.start()
    for t in threads:
        t.join(60)
    assert all(r.ok and not r.already_known for r in results.values()), results
    documents = list_documents(db).set_index("name")
    for name, result in results.items():
        assert documents.loc[name, "n_statements"] == result.statements_added
        assert documents.loc[name, "n_articles"] == result.articles_added


@pytest.mark.parametrize("reference", [dt.date(9999, 12, 31), dt.date(1, 1, 1)])
def test_a_reference_date_out_of_range_is_refused_by_name(db, snapshot, reference):
    before = snapshot(db)
    result = ingest_bytes(db, jsonl(0), "far.jsonl", reference_date=reference)
    assert result.rejected and "reference date" in result.rejected and reference.isoformat() in result.rejected
    assert snapshot(db) == before


def test_files_stored_in_one_batch_share_their_known_articles(db, query):
    # the command line stores several files per transaction: an article in two files
    # of one batch is stored once, and the same bytes twice make one document
    from tracker.store.ingest import prepare_bytes, store_many

    files = [("a.jsonl", jsonl(0, 1)), ("b.jsonl", jsonl(1, 2)), ("a copy.jsonl", jsonl(0, 1))]
    prepared = [prepare_bytes(db, data, name, reference_date=REF, host_country="KOR") for name, data in files]
    first, second, copy = store_many(db, prepared)
    assert (first.articles_added, first.articles_known) == (2, 0)
    assert (second.articles_added, second.articles_known) == (1, 1)
    assert copy.already_known and copy.document_id == first.document_id
    titles = [r[0] for r in query(db, "SELECT title FROM articles ORDER BY article_id")]
    assert titles == [REACTION_TEXTS[0][0], REACTION_TEXTS[1][0], REACTION_TEXTS[2][0]]
    stored = query(db, "SELECT count(*), count(DISTINCT statement_id) FROM statements")[0]
    assert stored[0] == stored[1] == first.statements_added + second.statements_added
