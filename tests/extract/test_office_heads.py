"""A head of state's office telling what its head did ("Clarence House said the King had written to the new leader", "the
Kremlin said the president had called"): the row is the head's, the office's country's holder of that title on the
day, not the office's own; a head of another country named there stays unplaced by the office."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.extract.conftest import extract_text


def _rows(text: str, published: str = "2021-12-01"):
    day = dt.date.fromisoformat(published)
    return [(r.country, r.speaker) for r in extract_text(text, host="BRB", published=published, reference=day + dt.timedelta(days=1))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Buckingham Palace said the Queen had sent her warm good wishes to the new president.",
         ("GBR", "Queen Elizabeth II")),
        ("The Imperial Household Agency said the Emperor had sent a message of congratulations to the new president.",
         ("JPN", "Emperor Naruhito")),
        ("Zarzuela Palace announced on Tuesday that the King had telephoned the new president to congratulate him.",
         ("ESP", "King Felipe VI")),
        ("The Kremlin said the president had sent a telegram of congratulations to the new leader.",
         ("RUS", "Vladimir Putin")),
    ],
)
def test_an_office_telling_its_head_s_message_gives_the_head_s_row(text, expected):
    assert _rows(text) == [expected]


def test_the_office_s_head_on_the_article_s_day():
    text = "Buckingham Palace said the King had sent a message of warm good wishes to the new president."
    assert _rows(text, published="2023-05-10") == [("GBR", "King Charles III")]


@pytest.mark.parametrize(
    "text",
    [
        # the president of another country, named with it: not the office's head
        "The Kremlin said the president of Barbados had received many telegrams of support.",
        # the office's words about the head of no title ("the delegation") stay the office's
        "The Kremlin said the delegation had sent a telegram of congratulations to the new leader.",
    ],
)
def test_near_misses_give_the_office_s_country_no_head(text):
    assert ("RUS", "Vladimir Putin") not in _rows(text)
