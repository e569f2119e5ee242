"""Copies as analysts paste them: production notes and section names that are no outlet, a digest's compiler under
its masthead, and the closing links of a blog feed (built from fresh text; no evaluation wording)."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.readers.word_files import docx_of_body
from tracker.readers import read_document
from tracker.readers.credits import credit_of, is_section_news

DAY = dt.date(2025, 1, 15)
STORY = (
    "The foreign minister of Veloria said on Tuesday that her government welcomed the ceasefire agreed in Kestrel "
    "Bay and urged both sides to open the crossings to aid convoys."
)
MORE = "Officials in Port Amsel said two medical teams would leave for the border within the week."


def _one(text: str, name: str = "page.txt"):
    articles = read_document(text.encode(), name, reference_date=DAY)
    assert len(articles) == 1, [a.title for a in articles]
    return articles[0]


@pytest.mark.parametrize(
    "line",
    [
        "Prepared by the Embassy Press Section",
        "Compiled by: Lotte Brandvik",
        "Translation: Meridian Monitoring Service",
        "Translated by the Harbour Language Desk",
        "Prepared by Lotte Brandvik, Press Attache",
    ],
)
def test_production_note_is_a_credit_naming_no_outlet(line):
    credit = credit_of(line)
    assert credit is not None and credit.outlet is None, credit


@pytest.mark.parametrize(
    "line",
    [
        "Prepared by the ministry, the plan calls for new patrols.",  # a sentence
        "Compiled by the Harbour Desk | 14 January 2025",  # a header line whose date dates the story
        "Translated by machines: what changes for envoys",  # a headline
        "Prepared remarks by the minister were read out",
    ],
)
def test_sentences_headlines_and_dated_header_lines_are_no_production_note(line):
    assert credit_of(line) is None


@pytest.mark.parametrize("note", ["Translation: Meridian Monitoring Service", "Prepared by the Embassy Press Section"])
def test_production_note_under_headline_is_neither_text_nor_outlet(note):
    article = _one(f"Veloria welcomes Kestrel Bay ceasefire\n{note}\n14 January 2025\n\n{STORY}\n\n{MORE}\n")
    assert article.title == "Veloria welcomes Kestrel Bay ceasefire"
    assert article.outlet is None
    assert note not in article.text and article.text.startswith("The foreign minister") and MORE in article.text


def test_production_note_above_headline_is_no_title():
    article = _one(f"Prepared by the Embassy Press Section\n14 January 2025\n\nVeloria welcomes Kestrel Bay ceasefire\n\n{STORY}\n\n{MORE}\n")
    assert article.title == "Veloria welcomes Kestrel Bay ceasefire"
    assert article.published == "2025-01-14"


@pytest.mark.parametrize(
    ("name", "section"),
    [("World News", True), ("International News", True), ("LATEST NEWS", True), ("Daily News", False), ("Sky News", False), ("Business Daily", False), ("News", False)],
)
def test_section_names_ending_in_news(name, section):
    assert is_section_news(name) is section


@pytest.mark.parametrize(
    "head",
    [
        "World News\n\nVeloria welcomes Kestrel Bay ceasefire\n14 January 2025",
        "Veloria welcomes Kestrel Bay ceasefire\nInternational News\n14 January 2025",
        "Veloria welcomes Kestrel Bay ceasefire\nInternational News | 14 January 2025",
    ],
)
def test_section_name_is_no_outlet_and_no_text(head):
    article = _one(f"{head}\n\n{STORY}\n\n{MORE}\n")
    assert article.title == "Veloria welcomes Kestrel Bay ceasefire"
    assert article.outlet is None
    assert article.published == "2025-01-14"
    assert article.text.startswith("The foreign minister")


def test_outlet_line_under_headline_still_names_the_outlet():
    article = _one(f"Veloria welcomes Kestrel Bay ceasefire\nNorthgate Courier\n14 January 2025\n\n{STORY}\n")
    assert article.outlet == "Northgate Courier"


def _p(text: str, style: str | None = None) -> str:
    props = f'<w:pPr><w:pStyle w:val="{style}"/></w:pPr>' if style else ""
    return f'<w:p>{props}<w:r><w:t xml:space="preserve">{text}</w:t></w:r></w:p>'


def test_compiler_under_a_digest_masthead_is_no_outlet():
    body = (
        _p("WEEKLY MEDIA REVIEW") + _p("Lotte Brandvik") + _p("14 January 2025")
        + _p("Veloria welcomes Kestrel Bay ceasefire", "Heading1") + _p(STORY)
        + _p("Ostrava Minor offers to host talks", "Heading1") + _p(MORE)
    )
    articles = read_document(docx_of_body(body), "review.docx", reference_date=DAY)
    assert [a.title for a in articles] == ["Veloria welcomes Kestrel Bay ceasefire", "Ostrava Minor offers to host talks"]
    assert all(a.outlet != "Lotte Brandvik" for a in articles), [a.outlet for a in articles]
    assert all(a.published == "2025-01-14" for a in articles)


def _feed(description: str) -> bytes:
    return (
        '<?xml version="1.0"?><rss version="2.0"><channel><title>Northgate Courier</title>'
        "<item><title>Veloria welcomes Kestrel Bay ceasefire</title><pubDate>Tue, 14 Jan 2025 08:00:00 GMT</pubDate>"
        f"<description><![CDATA[{description}]]></description></item></channel></rss>"
    ).encode()


@pytest.mark.parametrize(
    "closing",
    [
        '<p>The post <a href="https://courier.example/1">Veloria welcomes Kestrel Bay ceasefire</a> appeared first on <a href="https://courier.example">Northgate Courier</a>.</p>',
        '<p><a href="https://courier.example/1">Continue reading &rarr;</a></p>',
        "<p>Read more</p>",
    ],
)
def test_feed_item_closing_link_is_no_text(closing):
    [article] = read_document(_feed(f"<p>{STORY}</p><p>{MORE}</p>{closing}"), "feed.rss", reference_date=DAY)
    assert article.text == f"{STORY}\n\n{MORE}"


def test_feed_item_closing_sentence_that_names_a_post_stays():
    last = "The post of ambassador to Kestrel Bay has been vacant since March, the ministry said."
    [article] = read_document(_feed(f"<p>{STORY}</p><p>{last}</p>"), "feed.rss", reference_date=DAY)
    assert article.text.endswith(last)


def test_feed_title_section_after_the_site_is_no_part_of_the_outlet():
    feed = _feed(f"<p>{STORY}</p>").replace(b"<title>Northgate Courier</title>", b"<title>Northgate Courier - World</title>", 1)
    [article] = read_document(feed, "feed.rss", reference_date=DAY)
    assert article.outlet == "Northgate Courier"


def test_feed_title_whose_last_part_is_no_section_stays_whole():
    feed = _feed(f"<p>{STORY}</p>").replace(b"<title>Northgate Courier</title>", b"<title>Lotte Brandvik - Notes from Amsel</title>", 1)
    [article] = read_document(feed, "feed.rss", reference_date=DAY)
    assert article.outlet == "Lotte Brandvik - Notes from Amsel"


PACT = "Trade ministers from Sellmark and Durnovia signed a customs pact on Monday, cutting tariffs on grain and machinery."
TALKS = "The government of Ostrava Minor said it was ready to host talks on a lasting settlement, its foreign ministry said."


def _digest(items: list[tuple[str, str]], link: str) -> bytes:
    body = "\n\n".join(f"{headline}\n{text}\n{link}" for headline, text in items)
    return (
        "From: Meridian Briefing <briefing@meridian.example>\nSubject: Meridian Morning Briefing | 14 January 2025\n"
        "Date: Tue, 14 Jan 2025 06:30:00 +0000\nContent-Type: text/plain; charset=utf-8\n\n"
        f"View in browser\n\nMERIDIAN MORNING BRIEFING\n\n{body}\n\nYou are receiving this e-mail because you subscribed.\nUnsubscribe | Manage preferences\n"
    ).encode()


ITEMS = [("Veloria welcomes Kestrel Bay ceasefire", STORY), ("Sellmark and Durnovia sign customs pact", PACT), ("Ostrava Minor offers to host talks", TALKS)]


@pytest.mark.parametrize("link", ["Read more", "Continue reading \u2192", "Read the full story \u00bb"])
def test_digest_items_each_closed_by_a_link_are_one_article_each(link):
    articles = read_document(_digest(ITEMS, link), "digest.eml", reference_date=DAY)
    assert [a.title for a in articles] == [headline for headline, _ in ITEMS]
    assert [a.text for a in articles] == [text for _, text in ITEMS]
    assert all(a.published and a.published.startswith("2025-01-14") for a in articles)


def test_single_story_closed_by_a_link_stays_one_article():
    [article] = read_document(_digest(ITEMS[:1], "Read more"), "digest.eml", reference_date=DAY)
    assert STORY in article.text and "Read more" not in article.text


def _titles(text: str) -> list[str]:
    return [a.title for a in read_document(text.encode(), "dump.txt", reference_date=DAY)]


def test_brief_pasted_under_a_story_without_blank_lines_is_its_own_article():
    text = f"Veloria welcomes Kestrel Bay ceasefire\n14 January 2025\n{STORY}\n{MORE}\nOstrava Minor offers to host talks\n13 January 2025\n{TALKS}\n"
    articles = read_document(text.encode(), "dump.txt", reference_date=DAY)
    assert [(a.title, a.published) for a in articles] == [
        ("Veloria welcomes Kestrel Bay ceasefire", "2025-01-14"),
        ("Ostrava Minor offers to host talks", "2025-01-13"),
    ]
    assert articles[1].text == TALKS and TALKS not in articles[0].text


@pytest.mark.parametrize(
    "middle",
    [
        "What the ministry said in its statement",  # a crosshead: no date line under it
        "The ministry set out its timetable for the talks:\n13 January 2025",  # a sentence leading to a date, no headline
    ],
)
def test_crosshead_or_prose_line_after_a_story_opens_no_article(middle):
    text = f"Veloria welcomes Kestrel Bay ceasefire\n14 January 2025\n{STORY}\n{MORE}\n{middle}\n{TALKS}\n"
    assert _titles(text) == ["Veloria welcomes Kestrel Bay ceasefire"]


def _page(*, banner: str, sidebar: str) -> str:
    return (
        f"Skip to main content\nHome  World  Business  Sport  Opinion\n{banner}\n\nWORLD | EUROPE\n"
        "Veloria welcomes Kestrel Bay ceasefire\nBy Lotte Brandvik | The Meridian Ledger\nTue, January 14, 2025 \u00b7 3 min read\n\n"
        f"Share\nFacebook\n{STORY}\n\nAdvertisement\n\n{MORE}\n\n{sidebar}"
    )


@pytest.mark.parametrize(
    "banner",
    [
        "We use cookies to improve your experience. Accept all | Manage options",
        "We value your privacy\nThis site uses cookies to personalise content. Manage settings",
    ],
)
def test_consent_notice_and_buttons_on_one_line_are_no_title(banner):
    articles = read_document(_page(banner=banner, sidebar="").encode(), "page.txt", reference_date=DAY)
    assert articles[0].title == "Veloria welcomes Kestrel Bay ceasefire"
    assert articles[0].text == f"{STORY}\n\n{MORE}"


@pytest.mark.parametrize("heading", ["Most read", "Most popular", "Trending now", "Editor's picks"])
def test_most_read_list_under_the_story_is_no_text(heading):
    sidebar = f"{heading}\nFloods close port road in Amsel\nDurnovia's central bank holds rates\nSellmark opens new rail line\n"
    articles = read_document(_page(banner="We value your privacy", sidebar=sidebar).encode(), "page.txt", reference_date=DAY)
    assert [a.title for a in articles] == ["Veloria welcomes Kestrel Bay ceasefire"]
    assert articles[0].text == f"{STORY}\n\n{MORE}"


def test_most_read_heading_above_the_story_text_keeps_the_text():
    text = f"Veloria welcomes Kestrel Bay ceasefire\n14 January 2025\n\nMost read\n\n{STORY}\n\n{MORE}\n"
    [article] = read_document(text.encode(), "page.txt", reference_date=DAY)
    assert article.text == f"{STORY}\n\n{MORE}"


@pytest.mark.parametrize(
    "entries",
    [
        "Who is Anika Rensdal, the minister who brokered the Kestrel Bay ceasefire talks?\nExplainer: how Veloria forms a government",
        "- Who is Anika Rensdal, the minister who brokered the Kestrel Bay ceasefire talks?\n- Veloria's border crossings, explained",
    ],
)
def test_related_list_of_questions_under_the_story_is_no_text(entries):
    text = f"Veloria welcomes Kestrel Bay ceasefire\n14 January 2025\n\n{STORY}\n\n{MORE}\n\nRelated\n{entries}\n"
    [article] = read_document(text.encode(), "page.txt", reference_date=DAY)
    assert article.text == f"{STORY}\n\n{MORE}"


@pytest.mark.parametrize("line", ["Published 14 January 2025", "Posted: 14 January 2025"])
def test_html_date_line_opening_the_text_of_a_dated_page_is_no_text(line):
    page = (
        "<html><head><title>Veloria welcomes Kestrel Bay ceasefire</title></head><body><div class='article'>"
        f"<h1>Veloria welcomes Kestrel Bay ceasefire</h1><p>{line}</p><p>{STORY}</p><p>{MORE}</p></div></body></html>"
    )
    [article] = read_document(page.encode(), "page.html", reference_date=DAY)
    assert article.published == "2025-01-14"
    assert article.text == f"{STORY}\n\n{MORE}"


def test_html_sentence_opening_with_a_label_word_stays():
    first = "Published figures on 14 January 2025 showed that aid convoys had crossed the border twice."
    page = (
        "<html><head><title>Veloria welcomes Kestrel Bay ceasefire</title><meta property='article:published_time' content='2025-01-14'>"
        f"</head><body><article><h1>Veloria welcomes Kestrel Bay ceasefire</h1><p>{first}</p><p>{STORY}</p></article></body></html>"
    )
    [article] = read_document(page.encode(), "page.html", reference_date=DAY)
    assert article.text.startswith(first)
