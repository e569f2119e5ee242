"""Helpers for extractor tests: build an article from a paragraph and extract its rows."""

from __future__ import annotations

import datetime as dt

import pytest

from tracker.extract import extract_statements
from tracker.models import Article, Statement


def extract_text(
    text: str,
    *,
    published: str | None = "2024-03-15",
    reference: dt.date = dt.date(2024, 3, 16),
    host: str | None = None,
) -> list[Statement]:
    article = Article(title="Test article", text=text, published=published, published_basis="field" if published else "reference")
    return extract_statements(article, reference_date=reference, host_country=host)


def speakers(rows: list[Statement]) -> set[tuple[str | None, str]]:
    return {(r.country, r.speaker) for r in rows}


@pytest.fixture
def extract():
    return extract_text
