"""A text copy's header lines the title judge had no rule for: a headline in capitals under a section label, a
blog's "Posted by ... on <date>" credit, and share buttons ("Share / Tweet / Email") above the headline."""

from __future__ import annotations

import datetime as dt

import pytest

from tracker.readers import read_document
from tracker.readers.titles import looks_like_headline

REFERENCE = dt.date(2021, 7, 30)
HEADLINE = "Dhaka and Delhi agree to reopen the river trade routes"
BODY = (
    "DHAKA - Bangladesh's foreign minister said on Tuesday that barges would again carry goods to Assam.\n\n"
    "India's external affairs ministry said the routes would open in September."
)


def _read(text: str):
    (article,) = read_document(text.encode(), "page.txt", reference_date=REFERENCE)
    return article


def test_headline_in_capitals_under_a_section_label_is_the_title():
    caps = HEADLINE.upper()
    article = _read(f"SOUTH ASIA\n{caps}\n27 July 2021\n\n{BODY}\n")
    assert article.title == caps
    assert article.published == "2021-07-27"


@pytest.mark.parametrize(
    "line, headline",
    [
        ("DHAKA AND DELHI AGREE TO REOPEN THE RIVER ROUTES", True),
        ("FOREIGN MINISTER OF BANGLADESH AK ABDUL MOMEN", False),  # a heading naming a speaker
        ("BANGLADESH FOREIGN MINISTRY SPOKESMAN SEHELI SABRIN", False),
    ],
)
def test_capital_line_reads_as_headline_only_with_a_sentence_s_small_words(line, headline):
    assert looks_like_headline(line) is headline


@pytest.mark.parametrize(
    "line, published",
    [
        ("Posted by Farida Akter on July 27, 2021", "2021-07-27"),
        ("Published by the South Asia desk at 10:40, 27 July 2021", "2021-07-27"),
    ],
)
def test_posted_by_line_dates_the_story_and_leaves_the_text(line, published):
    article = _read(f"{HEADLINE}\n{line}\n\n{BODY}\n")
    assert article.title == HEADLINE
    assert article.published[:10] == published
    assert article.text == BODY


def test_posted_by_sentence_without_a_date_stays_text():
    sentence = "Published by the ministry on its website, the statement named no date for the talks"
    article = _read(f"{HEADLINE}\n27 July 2021\n{sentence}\n\n{BODY}\n")
    assert sentence in article.text


def test_share_buttons_above_the_headline_are_no_title():
    article = _read(f"Share\nTweet\nEmail\n{HEADLINE}\n27 July 2021\n\n{BODY}\n")
    assert article.title == HEADLINE
