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


# --- live pages and kickers ---------------------------------------------------------------------------

_LIVE_PAGE = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Live: Georgia's parliament elects a president | Caucasus Tonight</title>
<meta property="og:title" content="Live: Georgia's parliament elects a president">
<meta property="article:published_time" content="2024-12-14T09:00:00+04:00">
</head><body>
<header><a href="/">Caucasus Tonight</a><nav><a href="/news">News</a><a href="/live">Live</a></nav></header>
<main><article class="live">
<p class="badge">&#9679; LIVE</p>
<h1>Live: Georgia's parliament elects a president</h1>
<p class="updated">Last updated: <time datetime="2024-12-14T21:10:00+04:00">14 December 2024, 21:10</time></p>
<h2 class="day">Saturday 14 December</h2>
<div class="post"><span class="clock">21:10</span><p>Armenia's prime minister said in a message that Yerevan was ready to "open a new page of good-neighbourly relations" with the new head of state.</p><div class="share">Share this post &middot; Copy link</div></div>
<div class="post"><span class="clock">19:45</span><p>Azerbaijan's foreign ministry said it respected the choice of the electoral college and hoped for closer transport links across the region.</p><div class="share">Share this post &middot; Copy link</div></div>
<div class="post"><span class="clock">17:30</span><p>The electoral college chose the candidate of the governing party with 224 of 300 votes; the opposition boycotted the session.</p><div class="share">Share this post &middot; Copy link</div></div>
<h2 class="day">Friday 13 December</h2>
<div class="post"><span class="clock">22:05</span><p>Protesters gathered outside parliament for a fifteenth night, and police cleared the avenue shortly before midnight.</p><div class="share">Share this post &middot; Copy link</div></div>
</article></main>
<footer>&copy; Caucasus Tonight 2024 &middot; Terms &middot; Privacy</footer>
</body></html>"""


def test_live_page_entries_keep_the_page_order_under_their_day_heading():
    (article,) = read(_LIVE_PAGE, "live.html")
    assert article.title == "Live: Georgia's parliament elects a president"
    paragraphs = article.text.split("\n\n")
    # The badge, the headline and the bare "Last updated:" label are no text; the first entry stays under its day.
    assert paragraphs[0] == "Saturday 14 December"
    assert paragraphs[1].startswith("Armenia's prime minister said")
    assert paragraphs[2].startswith("Azerbaijan's foreign ministry said")
    assert paragraphs.index("Friday 13 December") == 4
    assert not any(p.startswith(("\u25cf", "Last updated")) for p in paragraphs)


@pytest.mark.parametrize("kicker", ["EUROPE", "WORLD \u00b7 CAUCASUS", "Analysis"])
def test_section_kicker_above_the_headline_is_dropped_with_it(kicker):
    page = (
        "<html><head><title>Tbilisi elects a president | Caucasus Tonight</title>"
        '<meta property="og:title" content="Tbilisi elects a president"></head><body><article>'
        f'<p class="kicker">{kicker}</p><h1>Tbilisi elects a president</h1>'
        "<p>TBILISI \u2014 The electoral college chose a new president on Saturday in a session the opposition boycotted.</p>"
        "<p>Neighbouring governments sent their congratulations within hours of the vote, officials said.</p>"
        "</article></body></html>"
    )
    (article,) = read(page, "story.html")
    assert article.text.startswith("TBILISI \u2014 The electoral college chose")


# --- pages of several stories ---------------------------------------------------------------------------

_STATEMENTS_PAGE = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>Statements | Ministry of Foreign Affairs</title>
<meta property="og:site_name" content="Kiribati MFA">{page_date}</head><body>
<header><nav><a href="/">Home</a> <a href="/statements">Statements</a></nav></header>
<main><h1>Statements</h1>
<article><h2>Tarawa congratulates the new President of Nauru</h2><time datetime="2024-10-30">30 October 2024</time>
<p>The Government of Kiribati extends its congratulations to the new President of Nauru on his election by Parliament.</p>
<p>The Minister said Tarawa looked forward to closer cooperation on fisheries, shipping and climate resilience.</p>
<div class="share"><a href="#">Share</a> <a href="#">Print</a></div></article>
<article><h2>Statement on the Forum foreign ministers' meeting</h2><p class="meta">Posted: 25 October 2024</p>
<p>Kiribati welcomes the outcome of the meeting of Forum foreign ministers held in Suva this week.</p>
<p>The Secretary said the region would keep speaking with one voice on sea-level rise and climate finance.</p></article>
<article><h2>Minister meets the Ambassador of Japan</h2>
<p>The Minister received the Ambassador of Japan on Monday to discuss the renewal of the fisheries access arrangement.</p>
<p>The two sides also discussed scholarships and the coming visit of a trade delegation from Tokyo.</p></article>
<aside><article><h3>Most read</h3><p>Tender notice for office supplies.</p></article></aside>
</main><footer>&copy; Kiribati MFA</footer></body></html>"""


def test_page_of_several_statements_gives_one_article_each_with_its_own_date():
    first, second, third = read(_STATEMENTS_PAGE.format(page_date=""), "statements.html")
    assert (first.title, first.published, first.outlet, first.position) == ("Tarawa congratulates the new President of Nauru", "2024-10-30", "Kiribati MFA", 0)
    assert first.text == (
        "The Government of Kiribati extends its congratulations to the new President of Nauru on his election by Parliament.\n\n"
        "The Minister said Tarawa looked forward to closer cooperation on fisheries, shipping and climate resilience."
    )
    assert (second.title, second.published) == ("Statement on the Forum foreign ministers' meeting", "2024-10-25")
    assert second.text.startswith("Kiribati welcomes the outcome")  # the date line is no text
    # No date of its own: the page's date, else none (the reference date stands in later).
    assert (third.title, third.published) == ("Minister meets the Ambassador of Japan", None)
    (_, _, dated) = read(_STATEMENTS_PAGE.format(page_date='<meta property="article:published_time" content="2024-10-31">'), "statements.html")
    assert dated.published == "2024-10-31"


def test_one_story_with_related_teaser_cards_stays_one_article():
    page = (
        '<html><head><meta property="og:title" content="Nauru elects a new president"></head><body>'
        "<article><h1>Nauru elects a new president</h1>"
        "<p>YAREN \u2014 Parliament elected a new president on Monday after a week of negotiations between the blocs.</p>"
        "<p>Leaders in the region sent their congratulations within hours, officials said on Tuesday.</p></article>"
        "<section><article><h3>Kiribati votes in October</h3><p>The campaign opens.</p></article>"
        "<article><h3>Tuvalu's new cabinet</h3><p>Ministers sworn in.</p></article></section>"
        "</body></html>"
    )
    (article,) = read(page, "story.html")
    assert article.title == "Nauru elects a new president"


# --- numeric stamps of channel digests ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("stamp", "written"),
    [
        ("[03.02.2024 10:45]", "[3 February 2024, 10:45]"),
        ("03.02.2024, 08:02", "3 February 2024, 08:02"),
        ("[2024-02-03 21:15:40]", "[3 February 2024, 21:15]"),
        ("[03.02.2024]", "[3 February 2024]"),
        ("03/02/2024 10:45", "03/02/2024 10:45"),  # slashed: day or month first is not known, left as it is
        ("[31.02.2024 10:45]", "[31.02.2024 10:45]"),  # no such day
        ("[03.02.2024 10:45", "[03.02.2024 10:45"),
    ],
)
def test_numeric_post_stamps_are_written_with_the_month_name(stamp, written):
    dump = (
        "Channel digest: reactions to the vote in Tuvalu\n\n4 February 2024\n\n"
        "Our posts of the last two days, collected in one place.\n\nTimes are Funafuti time.\n\n"
        "The count ended late on Friday.\n\nTurnout was high.\n\n"
        f"{stamp}\n\nNew Zealand's foreign minister congratulated the new parliament on Saturday.\n"
    )
    (article,) = read(dump, "digest.txt")
    assert article.published == "2024-02-04"
    assert article.text.split("\n\n")[4] == written


# --- articles pasted one after another ---------------------------------------------------------------------

PASTED = """Samoa hails Tonga's new premier
5 September 2023

Samoa congratulated Tonga on Friday.

The prime minister will attend the swearing-in.

Fiji sends greetings to Nuku'alofa
Wednesday, September 6, 2023

Fiji sent a message on Saturday.

Vanuatu welcomes the result: "a new page"
By Mere Tuilagi | 7 September 2023

Vanuatu welcomed it on Sunday.
"""


def test_articles_pasted_one_after_another_without_dividers_are_separate():
    articles = read(PASTED, "pasted.txt")
    assert [(a.title, a.published, a.text) for a in articles] == [
        ("Samoa hails Tonga's new premier", "2023-09-05", "Samoa congratulated Tonga on Friday.\n\nThe prime minister will attend the swearing-in."),
        ("Fiji sends greetings to Nuku'alofa", "2023-09-06", "Fiji sent a message on Saturday."),
        ('Vanuatu welcomes the result: "a new page"', "2023-09-07", "Vanuatu welcomed it on Sunday."),
    ]


def test_a_live_page_copied_as_text_stays_one_article_under_its_dated_headings():
    dump = (
        "Live: Tonga's parliament elects a premier\n6 September 2025\n\n"
        "The count ended on Saturday evening.\n\n"
        "Samoa's prime minister said: \"We stand with our Tongan family.\"\n"
        "Saturday, 6 September 2025\n\n"
        "Fiji sent its greetings.\n\n"
        "Earlier, the speaker opened the session at nine.\n"
        "Friday, 5 September 2025\n\n"
        "Members arrived from the outer islands.\n"
    )
    (article,) = read(dump, "live.txt")
    assert "Friday, 5 September 2025\n\nMembers arrived" in article.text


@pytest.mark.parametrize(
    ("name", "data"),
    [
        ("digest.html", "<html><head><title>Digest | Channel</title></head><body><article><h1>Channel digest: Tuvalu reactions</h1>"
         "<p>Our posts of the last two days, collected in one place for readers.</p><p>[03.02.2024 10:45]</p>"
         "<p>New Zealand's foreign minister congratulated the new parliament on Saturday.</p></article></body></html>"),
        ("digest.json", '{"title": "Channel digest: Tuvalu reactions", "text": "Our posts of the last two days.\\n\\n[03.02.2024 10:45]\\n\\nNew Zealand\'s foreign minister congratulated the new parliament on Saturday."}'),
    ],
)  # fmt: skip
def test_numeric_post_stamps_are_written_out_in_pages_and_exports_too(name, data):
    (article,) = read(data, name)
    assert "[3 February 2024, 10:45]" in article.text.split("\n\n")


def test_a_labelled_date_in_the_footer_or_a_sidebar_does_not_date_the_page():
    page = _OLD_PAGE.format(title="News | MFA", heading=HEADING, meta_class="intro", meta_line="Category: News").replace(
        '<div class="footer">', '<footer>Posted: 29/01/2024</footer><aside><p>Published: 28 January 2024</p></aside><div class="footer">'
    )
    (article,) = read(page, "mfa_news.htm")
    assert article.published is None
