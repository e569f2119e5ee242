"""A newsletter e-mail whose subject is only the newsletter's name (or its name and issue): the first story's
headline in the body is the article's title, not the name every issue shares. A subject that says more, or a
body with no headline, keeps the subject."""

from __future__ import annotations

import datetime as dt

import pytest

from tracker.readers import read_document
from tracker.readers.titles import title_fault

REFERENCE = dt.date(2022, 11, 20)
HEADLINE = "Mekong states back a joint flood warning network"
STORY = (
    "VIENTIANE - Laos's foreign minister said on Thursday that the four riparian states would share river "
    "gauge data every hour from the next rainy season.\n\n"
    "Cambodia's water resources minister said the network was long overdue."
)


def _mail(sender: str, subject: str, body: str) -> bytes:
    return (
        f"From: {sender}\nTo: analyst@example.org\nSubject: {subject}\nDate: Fri, 18 Nov 2022 06:00:00 +0700\n"
        f"Content-Type: text/plain; charset=utf-8\n\n{body}\n"
    ).encode()


@pytest.mark.parametrize(
    "sender, subject, top",
    [
        # the sender's name holds the subject's
        ("River Notes Team <hello@rivernotes.example>", "River Notes", ""),
        # the subject names the issue
        ("Basin Desk <desk@basin.example>", "River Notes #118: 18 November 2022", ""),
        ("Basin Desk <desk@basin.example>", "River Notes | Issue 118", ""),
        # the body opens with the subject as its masthead, in capitals, over the issue line
        ("Basin Desk <desk@basin.example>", "River Notes", "RIVER NOTES\nIssue 118 | 18 November 2022\n\n"),
        # a short masthead with the issue's day (no year) under it, below a "view in browser" line
        ("Basin Desk <desk@basin.example>", "Delta Morning", "View this email in your browser\n\nDelta Morning\n\nFriday 18 November\n\n"),
    ],
)
def test_subject_that_is_only_the_newsletter_s_name_gives_way_to_the_first_headline(sender, subject, top):
    (article,) = read_document(_mail(sender, subject, f"{top}{HEADLINE}\n\n{STORY}"), "issue.eml", reference_date=REFERENCE)
    assert article.title == HEADLINE
    assert article.text == STORY


@pytest.mark.parametrize(
    "subject, body",
    [
        # a subject that is a headline of its own, the body opening with a longer one
        ("Mekong states back flood network", f"{HEADLINE}\n\n{STORY}"),
        # a short subject in title case over a body with no headline: a note, not a newsletter
        ("Flood Warning Network", f"Dear colleagues,\n\nPlease see the summary below.\n\n{STORY}"),
        # a title-case headline repeated atop the body over its standfirst
        ("Mekong States Back Flood Network", f"Mekong States Back Flood Network\n\nFour countries will share gauge data from next year\n\n{STORY}"),
    ],
)
def test_subject_that_says_more_stays_the_title(subject, body):
    (article,) = read_document(_mail("Basin Desk <desk@basin.example>", subject, body), "note.eml", reference_date=REFERENCE)
    assert article.title == subject


@pytest.mark.parametrize("line", ["Issue 118", "Issue 118 | 18 November 2022", "No. 7", "Vol. 3, No. 12", "#118 \u00b7 Friday"])
def test_issue_line_is_no_headline(line):
    assert title_fault(line) == "counter"


@pytest.mark.parametrize("line", ["No. 10 Downing Street rejects the claim", "Issue 118 of the treaty is settled"])
def test_headline_with_a_number_is_no_issue_line(line):
    assert title_fault(line) is None


def test_html_newsletter_s_headline_in_h1_is_the_title_and_leaves_the_text():
    html = (
        "<html><body><p>RIVER NOTES</p><p>Issue 118 &middot; 18 November 2022</p>"
        f"<h1>{HEADLINE}</h1><p>{STORY.split(chr(10))[0]}</p></body></html>"
    )
    message = (
        "From: River Notes Team <hello@rivernotes.example>\nSubject: River Notes\nDate: Fri, 18 Nov 2022 06:00:00 +0700\n"
        f"Content-Type: text/html; charset=utf-8\n\n{html}\n"
    ).encode()
    (article,) = read_document(message, "issue.eml", reference_date=REFERENCE)
    assert article.title == HEADLINE
    assert article.text == STORY.split("\n")[0]


@pytest.mark.parametrize(
    "line",
    [
        "Vol. 9 No. 140",
        '"The People\'s Paper" | Vol. 9 No. 140',
        "\u201cVoice of the Coast\u201d \u00b7 Vol. 2, No. 31 \u00b7 Friday",
    ],
)
def test_masthead_motto_and_volume_line_is_no_headline(line):
    assert title_fault(line) == "counter"


@pytest.mark.parametrize(
    "line",
    ['"We will not fail" | No. 10 Downing Street', '"Never again," says minister | Issue 4', "Vol. 9 No. 140 tells the story"],
)
def test_quoted_headline_beside_a_number_is_no_issue_line(line):
    assert title_fault(line) is None


def test_daily_s_masthead_motto_and_volume_line_leave_the_headline_as_title():
    text = (
        "THE HARBOUR COURIER\n\u201cFacts Before Favour\u201d | Vol. 22 No. 57\n\nHome | News | Region | Sport | Opinion\n\n"
        f"REGION\n\n{HEADLINE}\nBy Ama Owusu\nFriday, November 18, 2022\n\n{STORY}\n"
    )
    (article,) = read_document(text.encode(), "courier.txt", reference_date=REFERENCE)
    assert article.title == HEADLINE
    assert article.published == "2022-11-18"
    assert article.text == STORY
