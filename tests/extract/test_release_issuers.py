"""A press statement or media release with no quoted speaker is its issuer's: the spokesperson its header names
("PRESS STATEMENT" / "NAME, DEPARTMENT SPOKESPERSON") or the minister whose release it is ("Media release" under
the minister's office and name). Its "Australia welcomes ..." is the issuer's row, not the government's."""

import datetime as dt

import pytest

from tracker.extract import extract_statements
from tracker.models import Article


def _rows(text: str):
    article = Article(title="Election in Lagoonia", text=text, published="2024-03-15", published_basis="field")
    return extract_statements(article, reference_date=dt.date(2024, 3, 16), host_country="TCD")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "PRESS STATEMENT\n\nMATTHEW MILLER, DEPARTMENT SPOKESPERSON\n\nThe United States welcomes the peaceful vote "
            "and urges all sides to accept the count.",
            ("USA", "Matthew Miller"),
        ),
        (
            "Minister for Foreign Affairs\n\nSenator the Hon Penny Wong\n\nMedia release\n\nAustralia welcomes the peaceful vote.",
            ("AUS", "Penny Wong"),
        ),
    ],
)
def test_a_releases_header_names_its_speaker(text, expected):
    assert [(r.country, r.speaker) for r in _rows(text)] == [expected]


def test_a_news_story_without_such_a_header_keeps_the_government():
    rows = _rows("Australia welcomed the peaceful vote on Friday, the foreign ministry said.")
    assert [r.speaker for r in rows] != ["Penny Wong"]
