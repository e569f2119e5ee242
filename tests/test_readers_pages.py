"""Readers: headlines, header lines and date lines of pages in house styles the other tests do not use."""

from __future__ import annotations

import datetime as dt

import pytest

from tracker.readers import read_document
from tracker.readers.dates import parse_date_line

REFERENCE = dt.date(2024, 2, 10)


def read(data: bytes | str, name: str):
    return read_document(data.encode() if isinstance(data, str) else data, name, reference_date=REFERENCE)


# --- plain-text wires ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "agency_line",
    [
        "NORDPRESS \u00b7 English service \u00b7 translated from the Swedish",
        "Agencia del Sur | Spanish service",
        "Kabar Timur \u00b7 International edition \u00b7 translated from the Indonesian",
        "Le Courrier du Lac \u00b7 translated from the French",
    ],
)
def test_agency_and_service_line_above_the_headline_is_not_the_title(agency_line):
    dump = (
        f"{agency_line}\r\n\r\nMali: the junta's new charter welcomed in Niamey and Ouagadougou\r\n\r\n"
        "Bamako, Thursday 8 February 2024 - 16:45 (GMT+1)\r\n\r\nBy our correspondent, with the Dakar bureau\r\n\r\n"
        "BAMAKO - The neighbouring juntas have saluted on Thursday the new charter.\r\n"
    )
    (article,) = read(dump.encode("cp1252", "replace"), "wire.txt")
    assert article.title == "Mali: the junta's new charter welcomed in Niamey and Ouagadougou"
    assert article.published == "2024-02-08T16:45"
    # The byline naming no one is no paragraph of the story.
    assert article.text == "BAMAKO - The neighbouring juntas have saluted on Thursday the new charter."


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Thursday 8 February 2024 - 16:45 (GMT+1)", "2024-02-08T16:45"),
        ("Bamako, Thursday 8 February 2024 - 16:45 (UTC-3)", "2024-02-08T16:45"),
        ("8 February 2024, 09:05 (GMT+05:30)", "2024-02-08T09:05"),
        ("16:45 (GMT+1), 8 February 2024", "2024-02-08T16:45"),
    ],
)
def test_date_line_with_a_zone_in_brackets(line, expected):
    assert parse_date_line(line) == expected


# --- old-style HTML pages ---------------------------------------------------------------------------

_OLD_PAGE = """<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>{title}</title></head><body>
<table class="masthead"><tr><td><b>MINISTRY OF FOREIGN AFFAIRS</b></td><td><a href="/en">English</a></td></tr></table>
<div class="crumbs"><a href="/">Home</a> &raquo; News</div>
<div class="content">
<h2>{heading}</h2>
<div class="{meta_class}">{meta_line}</div>
<p>The Minister of Foreign Affairs received on Thursday the Ambassador of Norway, who conveyed the
congratulations of his government on the successful conclusion of the municipal elections.</p>
<p>The two sides discussed fisheries, renewable energy and the coming session of the joint commission.</p>
</div>
<div class="footer">&copy; 2024 Ministry of Foreign Affairs. All rights reserved.</div>
</body></html>"""

HEADING = "Foreign Minister receives congratulations from the Ambassador of Norway"


@pytest.mark.parametrize(
    ("meta_class", "meta_line", "published"),
    [
        ("meta", "Posted: 29/01/2024 &nbsp;|&nbsp; Category: News &nbsp;|&nbsp; Views: 1,208", "2024-01-29"),
        ("info", "Category: News | Published: 9 February 2024 | Hits: 77", "2024-02-09"),
        ("postdate", "Friday, February 9, 2024", "2024-02-09"),
        ("meta", "Last updated: 10 February 2024 | Posted on 9 February 2024", "2024-02-09"),
    ],
)
def test_page_without_headline_markup_takes_its_first_heading_and_labelled_date(meta_class, meta_line, published):
    page = _OLD_PAGE.format(title="News | Ministry of Foreign Affairs \u2013 Republic of Palau", heading=HEADING, meta_class=meta_class, meta_line=meta_line)
    (article,) = read(page, "mfa_news.htm")
    assert article.title == HEADING
    assert article.published == published
    assert article.text.startswith("The Minister of Foreign Affairs received on Thursday")
    assert HEADING not in article.text


def test_page_whose_title_is_the_headline_keeps_it_over_a_subheading():
    page = _OLD_PAGE.format(
        title="Norway congratulates Palau on its municipal elections, fisheries on the agenda | MFA",
        heading="Talks on fisheries and renewable energy",
        meta_class="meta",
        meta_line="Category: News",
    )
    (article,) = read(page, "mfa_news.htm")
    assert article.title == "Norway congratulates Palau on its municipal elections, fisheries on the agenda"
    assert article.published is None  # no labelled date: the reference date stands in later


def test_a_day_heading_is_not_taken_for_the_published_date():
    page = _OLD_PAGE.format(title="News | MFA", heading=HEADING, meta_class="intro", meta_line="<h3>Wednesday, 7 February 2024</h3>")
    (article,) = read(page, "mfa_news.htm")
    assert article.title == HEADING
    assert article.published is None
