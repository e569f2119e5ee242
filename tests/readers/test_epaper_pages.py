"""An e-paper page copied as text: the masthead and edition line with the day, then several stories, each a
headline over its desk's credit naming no one ("Our Staff Reporter", "Monitoring Desk", "From Our Correspondent")
and no date. Each story is an article of its own, dated by the page. A sub-heading inside a story, and a credit
closing the last story, start none."""

from __future__ import annotations

import datetime as dt

import pytest

from tracker.readers import read_document

REFERENCE = dt.date(2021, 8, 18)
HEAD = "THE DELTA TRIBUNE\nChattogram Edition | Tuesday, August 17, 2021\n\n"
FIRST = (
    "Dhaka calls for calm in Kabul\nMonitoring Desk\n\n"
    "DHAKA: Bangladesh's foreign minister said on Monday that Dhaka wanted a peaceful transfer of power in Kabul.\n\n"
    "Nepal's foreign ministry said it was following events closely and urged restraint on all sides.\n\n"
)
SECOND_HEAD = "Jute exports climb for third month"
SECOND = "KHULNA: Jute exports rose again in July as demand from Europe recovered, traders said on Monday.\n"
THIRD = (
    "\nTigers name squad for Zimbabwe tour\nFrom Our Correspondent\n\n"
    "HARARE: The touring side will play three one-day matches, the team's manager said on Monday.\n"
)


def _read(text: str):
    return read_document(text.encode(), "epaper.txt", reference_date=REFERENCE)


@pytest.mark.parametrize("credit", ["Our Staff Reporter", "Business Desk", "Staff Reporter", "News Desk"])
def test_each_story_under_a_desk_credit_is_an_article_dated_by_the_page(credit):
    articles = _read(f"{HEAD}{FIRST}{SECOND_HEAD}\n{credit}\n\n{SECOND}{THIRD}")
    assert [a.title for a in articles] == ["Dhaka calls for calm in Kabul", SECOND_HEAD, "Tigers name squad for Zimbabwe tour"]
    assert [a.published[:10] for a in articles] == ["2021-08-17"] * 3
    assert "Jute exports rose" not in articles[0].text and "Monitoring Desk" not in articles[0].text


def test_a_sub_heading_inside_a_story_starts_no_article():
    text = f"{HEAD}{FIRST}Reactions in the region\n\nPakistan's foreign office said on Monday that it supported an inclusive settlement.\n"
    (article,) = _read(text)
    assert "Pakistan's foreign office" in article.text


def test_a_credit_closing_the_last_story_starts_no_article():
    (article,) = _read(f"{HEAD}{FIRST}Our Staff Reporter\n")
    assert article.title == "Dhaka calls for calm in Kabul"


def test_a_story_after_a_divider_with_its_credit_set_apart_is_dated_by_the_page():
    # a PDF's text layer sets each line apart and the page's stories between dividers
    second = f"\n* * *\n\n{SECOND_HEAD}\n\nSports Reporter\n\n{SECOND}"
    articles = _read(f"{HEAD}{FIRST}{second}")
    assert [(a.title, a.published[:10]) for a in articles] == [
        ("Dhaka calls for calm in Kabul", "2021-08-17"), (SECOND_HEAD, "2021-08-17"),
    ]
    assert "Sports Reporter" not in articles[1].text
