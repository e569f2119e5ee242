"""Readers: a title-case headline that opens with "By" ("By Sea And Air, Relief Reaches Port Alvo") is
the article's title, not a byline to drop; a byline under it ("By Ana Lind, Fjord Post", "By Ana Lind
and Ola Berg") is still one."""

from __future__ import annotations

import datetime as dt

import pytest

from tracker.readers import read_document
from tracker.readers.credits import credit_of
from tracker.readers.titles import title_fault

REFERENCE = dt.date(2024, 5, 20)


def test_headline_opening_with_by_is_the_title_and_the_byline_under_it_is_dropped():
    text = (
        "By Sea And Air, Relief Reaches Port Alvo\n\nBy Ana Lind, Fjord Post\n\n"
        "OSLO, 3 May 2024 - Norway welcomed the reopening of the harbour on Friday, its foreign ministry said.\n"
    )
    (article,) = read_document(text.encode(), "relief.txt", reference_date=REFERENCE)
    assert (article.title, article.published, article.outlet) == ("By Sea And Air, Relief Reaches Port Alvo", "2024-05-03", "Fjord Post")
    assert article.text.startswith("OSLO, 3 May 2024 - Norway welcomed")


@pytest.mark.parametrize(
    "line",
    [
        "By Sea And Air, Relief Reaches Port Alvo",
        "By Three Seats, Reformers Take The Assembly",
        "By A Narrow Vote, Senate Backs The Treaty",
        "By Land, Envoys Cross Into The Northern Province",
    ],
)
def test_title_case_headline_opening_with_by_is_no_byline(line):
    assert credit_of(line) is None
    assert title_fault(line) is None


@pytest.mark.parametrize(
    ("line", "author", "outlet"),
    [
        ("By Ana Lind, Fjord Post", "Ana Lind", "Fjord Post"),
        ("By Ana Lind and Ola Berg", "Ana Lind and Ola Berg", None),
        ("By The Associated Press", "The Associated Press", "Associated Press"),
        ("By Ana Lind, The Hague", "Ana Lind, The Hague", None),
        ("By J. R. Okafor, Senior Correspondent", "J. R. Okafor", None),
        ("By Ana de Lima | Fjord Post", "Ana de Lima", "Fjord Post"),
    ],
)
def test_bylines_stay_bylines(line, author, outlet):
    assert credit_of(line) == credit_of(line).__class__(outlet=outlet, author=author)
    assert title_fault(line) == "byline" or title_fault(line) == "publication"
