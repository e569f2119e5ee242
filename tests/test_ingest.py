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


# --- every accepted format through the same ingest the command line uses ---------------------


def lisbon_reaction(speaker: str, short: str, quote: str) -> str:
    return f"{speaker} on Tuesday welcomed the outcome of the Lisbon talks. \u201c{quote},\u201d {short} said in a statement."


FORMAT_CASES = [
    pytest.param(
        "lisbon.rss",
        ('<?xml version="1.0" encoding="utf-8"?><rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">'
         "<channel><title>Tagus Wire</title><item><title>Wellington hails Lisbon accord</title>"
         "<pubDate>Tue, 04 Mar 2025 10:00:00 +0000</pubDate><link>https://tagus.example/nz</link><content:encoded><![CDATA[<p>"
         + lisbon_reaction("New Zealand Prime Minister Christopher Luxon", "Luxon", "This is a good day for small trading nations")
         + "</p>]]></content:encoded></item></channel></rss>").encode(),
        ("Wellington hails Lisbon accord", "Tagus Wire", "2025-03-04"), ("NZL", "Christopher Luxon", "This is a good day for small"),
        id="rss",
    ),
    pytest.param(
        "lisbon.atom",
        ('<feed xmlns="http://www.w3.org/2005/Atom"><title>Atlantic Brief</title><entry><title>Ottawa welcomes Lisbon accord</title>'
         '<published>2025-03-04T12:00:00Z</published><content type="html">&lt;p&gt;'
         + lisbon_reaction("Canadian Foreign Minister Melanie Joly", "Joly", "Canada will help carry this agreement forward")
         + "&lt;/p&gt;</content></entry></feed>").encode(),
        ("Ottawa welcomes Lisbon accord", "Atlantic Brief", "2025-03-04"), ("CAN", "Melanie Joly", "Canada will help carry"),
        id="atom",
    ),
    pytest.param(
        "lisbon.csv",
        ("\ufefftitle;body;date;source\nDublin praises Lisbon accord;\""
         + lisbon_reaction("Irish Foreign Minister Helen McEntee", "McEntee", "Ireland stands ready to help").replace('"', '""')
         + '";04.03.2025;Liffey Times\n').encode(),
        ("Dublin praises Lisbon accord", "Liffey Times", "2025-03-04"), ("IRL", "Helen McEntee", "Ireland stands ready to help"),
        id="csv",
    ),
    pytest.param(
        "lisbon.md",
        ("---\ntitle: Stockholm backs Lisbon accord\ndate: 2025-03-04\nsource: Baltic Review\n---\n\n# Stockholm backs Lisbon accord\n\n> "
         + lisbon_reaction("Swedish Prime Minister Ulf Kristersson", "Kristersson", "Sweden welcomes **every step** toward open trade")
         + "\n").encode(),
        ("Stockholm backs Lisbon accord", "Baltic Review", "2025-03-04"), ("SWE", "Ulf Kristersson", "Sweden welcomes every step toward"),
        id="markdown",
    ),
    pytest.param(
        "lisbon.eml",
        ("From: Tokyo Morning Brief <brief@tokyo.example>\nSubject: Tokyo welcomes Lisbon accord\n"
         "Date: Tue, 04 Mar 2025 23:00:00 +0900\nContent-Type: text/plain; charset=utf-8\n\n"
         + lisbon_reaction("Japanese Prime Minister Shigeru Ishiba", "Ishiba", "Japan looks forward to working with all the parties")
         + "\n").encode(),
        ("Tokyo welcomes Lisbon accord", "Tokyo Morning Brief", "2025-03-04"), ("JPN", "Shigeru Ishiba", "Japan looks forward"),
        id="email",
    ),
    pytest.param(
        "lisbon-reactions",
        ("Berlin welcomes Lisbon accord\n\n"
         + lisbon_reaction("German Chancellor Friedrich Merz", "Merz", "Germany will stand by this agreement") + "\n").encode(),
        ("Berlin welcomes Lisbon accord", None, None), ("DEU", "Friedrich Merz", "Germany will stand by this agreement"),
        id="no-extension",
    ),
]  # fmt: skip


@pytest.mark.parametrize(("name", "data", "article", "statement"), FORMAT_CASES)
def test_a_reaction_in_each_format_becomes_a_stored_statement(db, query, name, data, article, statement):
    result = ingest_bytes(db, data, name, reference_date=dt.date(2025, 3, 6), host_country="PRT")
    assert result.ok and (result.articles_added, result.statements_added) == (1, 1), result.summary()
    stored = query(db, "SELECT article_title, outlet, published_date, country, speaker, quote, date FROM statement_rows")
    [(title, outlet, published, country, speaker, quote, date)] = stored
    assert (title, outlet, published and published.isoformat()) == article
    assert (country, speaker) == statement[:2]
    assert quote.startswith(statement[2]) and "**" not in quote
    assert date == dt.date(2025, 3, 4)
