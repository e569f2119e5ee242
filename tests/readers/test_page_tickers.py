"""A news page copied whole from a browser: its ticker of other headlines and a comment counter in its
header are page furniture. The headline under them is the title and the story under the counter is
kept (a counter taken for the comments section's start would drop the whole story)."""

from __future__ import annotations

import datetime as dt

import pytest

from tracker.readers import read_document
from tracker.readers.titles import is_ticker, title_fault

REFERENCE = dt.date(2023, 5, 16)

PAGE = """Skip to content
THE HARBOUR SENTINEL
Home    Local    Region    World    Sport    Opinion
{ticker}
Fiji and Samoa welcome new Tongan premier after close vote
By Lisiate Vea | The Harbour Sentinel
Tue, May 16, 2023 \u00b7 3 min read
{counter}
Share    Tweet    Email
NUKU'ALOFA \u2014 Siaosi Sovaleni's successor was sworn in on Monday after a close vote in the Legislative Assembly.
Fiji's prime minister, Sitiveni Rabuka, said on Monday that Suva looked forward to "working closely with our Tongan family".
Samoa's foreign ministry said in a statement that Apia stood ready to deepen cooperation with the new government.
Related stories
Tonga's assembly to vote on new premier
The Harbour Sentinel \u00b7 3 days ago
{counter}
Join the conversation. Comments are moderated.
"""


@pytest.mark.parametrize(
    "ticker",
    [
        "LATEST:  Ferry timetable changes on Friday  |  Rugby squad named  |  Fuel prices steady",
        "Trending: Reef closure extended \u00b7 New airport terminal opens \u00b7 Market day moved",
        "BREAKING NEWS: Cyclone warning lifted | Schools reopen on Wednesday",
        "Just in \u2022 Power restored to the north \u2022 Water rationing ends",
    ],
)
@pytest.mark.parametrize("counter", ["23 Comments", "Comments (4)", ""])
def test_a_ticker_and_a_comment_counter_above_the_story_are_no_title_and_no_end(ticker, counter):
    (article, related) = read_document(PAGE.format(ticker=ticker, counter=counter).encode(), "tonga_premier.txt", reference_date=REFERENCE)
    assert article.title == "Fiji and Samoa welcome new Tongan premier after close vote"
    assert "Sitiveni Rabuka" in article.text and "Samoa's foreign ministry" in article.text
    assert related.title == "Tonga's assembly to vote on new premier"


@pytest.mark.parametrize(
    "line, ticker",
    [
        ("LATEST: Port strike ends | Bus fares rise | New mayor sworn in", True),
        ("Top stories \u00b7 Floods in the north \u00b7 Harvest delayed", True),
        ("BREAKING: Parliament dissolved ahead of snap election", False),  # one headline is a headline
        ("Latest: Parliament dissolved ahead of snap election", False),
        ("Minister: talks with Samoa | Fiji next", False),  # no ticker's label
        ("Fiji and Samoa welcome new Tongan premier", False),
    ],
)
def test_a_ticker_is_a_label_over_several_headlines(line, ticker):
    assert is_ticker(line) is ticker
    assert (title_fault(line) == "ticker") is ticker


def test_a_comment_counter_under_the_story_still_ends_it():
    page = (
        "Vanuatu thanks donors after cyclone\n4 March 2023\n\n"
        "Port Vila said on Saturday that aid from Australia and New Zealand had reached the outer islands.\n\n"
        "The prime minister thanked both governments for their speed in a statement read on the radio.\n\n"
        "12 Comments\n\nreefwatcher: Great news, well done to everyone involved in the airlift.\n"
    )
    (article,) = read_document(page.encode(), "vanuatu.txt", reference_date=REFERENCE)
    assert "airlift" not in article.text and "outer islands" in article.text


@pytest.mark.parametrize(
    "header",
    [
        "Ministry of Foreign Affairs and Trade of the Republic of Lagoonia | Spokesperson's Remarks",
        "Office of the Spokesperson of the Government of the Coral Islands | Press Releases",
    ],
)
def test_a_long_ministry_name_in_a_site_header_is_no_title(header):
    page = (
        f"{header}\n\nHome > Press and Media Services > Spokesperson's Remarks\n\n"
        "Spokesperson Ana Reef's Regular Press Conference on May 15, 2023\n\n"
        "Q: What is your comment on the election in Tonga?\n\nAna Reef: We congratulate the new prime minister.\n"
    )
    (article,) = read_document(page.encode(), "briefing.txt", reference_date=REFERENCE)
    assert article.title == "Spokesperson Ana Reef's Regular Press Conference on May 15, 2023"
    assert article.published == "2023-05-15"


def test_a_browser_prints_furniture_above_a_large_headline_is_no_article_of_its_own():
    # a browser's print: consent line, masthead and menu, ticker and section label, then the large headline
    from tests.test_readers_pdf_columns import build_pdf

    runs = [
        (40, 810, 8, "This site uses cookies to deliver its services and to analyse traffic. OK, got it | Learn more"),
        (40, 784, 9, "THE HARBOUR SENTINEL Home | Pacific | World | Business | Sport | Opinion"),
        (40, 760, 9, "TRENDING: Ferry strike | Cyclone season | Rugby sevens"),
        (40, 746, 9, "PACIFIC / MELANESIA"),
        (40, 730, 20, "Region reacts as Vanuatu dissolves parliament"),
        (40, 704, 10, "By Ana Reef | Saturday, March 4, 2023, 1:05 PM"),
        (40, 680, 10, "Fiji's prime minister said on Saturday that Suva was watching the crisis in Port Vila closely."),
        (40, 666, 10, "Samoa's foreign ministry said it hoped for a calm vote and offered to send observers."),
    ]
    articles = read_document(build_pdf([runs]), "print.pdf", reference_date=REFERENCE)
    assert [a.title for a in articles] == ["Region reacts as Vanuatu dissolves parliament"]
    assert "watching the crisis" in articles[0].text


@pytest.mark.parametrize(
    "line",
    [
        "This site uses cookies to deliver its services and to analyse traffic. OK, got it | Learn more",
        "Our site uses cookies to analyse traffic and to show you content we think you will like.",
    ],
)
def test_a_cookie_notice_naming_traffic_analysis_is_consent_furniture(line):
    assert title_fault(line) == "consent"
