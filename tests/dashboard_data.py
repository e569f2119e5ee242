"""A small two-event database with hand-countable reactions, for the dashboard tests.

Stored through the real ingest path (``store_extracted``) from hand-written articles and
statements, so the counts below do not depend on the extractor.

Event "Election A" (KOR, 2025-06-03), foreign reactions:
  USA  Marco Rubio     2025-06-04 (+1)  reported by two outlets: 1 reaction, 2 mentions
  JPN  Shigeru Ishiba  2025-06-04 (+1)
  CHN  Lin Jian        2025-06-05 (+2)
  KOR  Kim Min-seok    2025-06-04        domestic (the event's own country)
Event "Summit B" (JPN, 2024-10-01):
  USA  Antony Blinken  2024-10-02 (+1)
  FRA  Emmanuel Macron 2024-10-05 (+4)
"""

from __future__ import annotations

import datetime as dt

from tracker.models import Article, Statement
from tracker.store.database import Database
from tracker.store.ingest import store_extracted

EVENT_A = "Election A"
EVENT_B = "Summit B"
EVENT_A_DATE = dt.date(2025, 6, 3)
EVENT_B_DATE = dt.date(2024, 10, 1)

RUBIO_QUOTE = "The alliance between our countries is ironclad"
ARTICLE_A1 = (
    "Washington and Tokyo congratulated the winner on Wednesday.\n"
    f"'{RUBIO_QUOTE},' Secretary of State Marco Rubio said in a statement.\n"
    "Prime Minister Shigeru Ishiba said: 'I hope to strengthen trilateral cooperation.'\n"
    "A ruling party lawmaker, Kim Min-seok, said 'we will work for unity'.\n"
    "<script>alert('x')</script> **not bold** [link](javascript:alert(1))"
)
ARTICLE_A2 = (
    f"Rubio repeated: '{RUBIO_QUOTE}.'\n"
    "Chinese foreign ministry spokesperson Lin Jian said Beijing 'respects the choice' and voiced concern "
    "about bloc confrontation."
)
ARTICLE_B1 = (
    "Secretary Antony Blinken said 'we welcome the summit's outcome for our alliance.'\n"
    "Days later, President Emmanuel Macron said 'France stands ready to deepen economic ties.'"
)


def _span(text: str, quote: str) -> tuple[int, int]:
    start = text.index(quote)
    return start, start + len(quote)


def _statement(text: str, quote: str, **fields) -> Statement:
    start, end = _span(text, quote)
    return Statement(quote=quote, start=start, end=end, spans=((start, end),), **fields)


def statements_a1() -> list[Statement]:
    return [
        _statement(ARTICLE_A1, RUBIO_QUOTE, country="USA", country_name="United States", speaker="Marco Rubio",
                   role="Secretary of State", date="2025-06-04", kind="congratulation",
                   themes=("alliance",), theme_terms={"alliance": ["alliance"]}),
        _statement(ARTICLE_A1, "I hope to strengthen trilateral cooperation.", country="JPN", country_name="Japan",
                   speaker="Shigeru Ishiba", role="Prime Minister", date="2025-06-04", kind="welcome",
                   themes=("trilateral",), theme_terms={"trilateral": ["trilateral cooperation"]}),
        _statement(ARTICLE_A1, "we will work for unity", country="KOR", country_name="South Korea",
                   speaker="Kim Min-seok", role="lawmaker", date="2025-06-04", kind="other", domestic=True),
    ]


def statements_a2() -> list[Statement]:
    return [
        _statement(ARTICLE_A2, RUBIO_QUOTE, country="USA", country_name="United States", speaker="Marco Rubio",
                   role="Secretary of State", date="2025-06-04", kind="congratulation",
                   themes=("alliance",), theme_terms={"alliance": ["Alliance"]}),
        _statement(ARTICLE_A2, "respects the choice", country="CHN", country_name="China", speaker="Lin Jian",
                   role="spokesperson", date="2025-06-05", kind="concern",
                   themes=("china", "trilateral"), theme_terms={"china": ["Beijing"], "trilateral": ["bloc"]}),
    ]


def statements_b1() -> list[Statement]:
    return [
        _statement(ARTICLE_B1, "we welcome the summit's outcome for our alliance.", country="USA",
                   country_name="United States", speaker="Antony Blinken", role="Secretary of State",
                   date="2024-10-02", kind="welcome", themes=("alliance",), theme_terms={"alliance": ["alliance"]}),
        _statement(ARTICLE_B1, "France stands ready to deepen economic ties.", country="FRA", country_name="France",
                   speaker="Emmanuel Macron", role="President", date="2024-10-05", kind="congratulation",
                   themes=("economy",), theme_terms={"economy": ["economic ties"]}),
    ]


def build_two_event_db(path) -> Database:
    """Write the two events above into a new database file at ``path``."""
    db = Database(path)
    a1 = Article(title="US, Japan congratulate winner", text=ARTICLE_A1, outlet="Outlet One",
                 published="2025-06-04", published_basis="meta")
    a2 = Article(title="China responds", text=ARTICLE_A2, outlet="Outlet Two", published="2025-06-05",
                 published_basis="meta")
    store_extracted(db, b"election-a-dump-1", "election_a_1.txt", [a1], [statements_a1()],
                    reference_date=dt.date(2025, 6, 6), host_country="KOR",
                    event=EVENT_A, event_host_country="KOR", event_date=EVENT_A_DATE)
    store_extracted(db, b"election-a-dump-2", "election_a_2.txt", [a2], [statements_a2()],
                    reference_date=dt.date(2025, 6, 6), host_country="KOR", event=EVENT_A)
    b1 = Article(title="Leaders welcome summit", text=ARTICLE_B1, outlet="Outlet Three", published="2024-10-05",
                 published_basis="meta")
    store_extracted(db, b"summit-b-dump", "summit_b.txt", [b1], [statements_b1()],
                    reference_date=dt.date(2024, 10, 6), host_country="JPN",
                    event=EVENT_B, event_host_country="JPN", event_date=EVENT_B_DATE)
    return db


def event_id(db: Database, name: str) -> int:
    from tracker.store.events import event_ids

    return event_ids(db, [name])[0]
