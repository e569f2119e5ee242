"""Titles: a site's navigation bar copied with its page, or a newsletter's masthead in capitals, is no
headline; the story's headline under it is what the user sees, whatever the file's format."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.readers.word_files import docx as _docx
from tests.test_readers_pdf_columns import build_pdf
from tracker.readers import read_document
from tracker.readers.titles import is_menu, title_fault, without_masthead

REFERENCE = dt.date(2024, 9, 20)

HEADLINE = "Samoa names a new envoy to Wellington as Pacific ties deepen"
BODY = (
    "APIA, Sept 17 (Reef Wire) - Samoa's prime minister named a former finance minister as high commissioner "
    "to New Zealand on Tuesday, a post left empty for a year.\n\n"
    "New Zealand's foreign minister said on Wednesday that Wellington welcomed the appointment and looked "
    "forward to working with the new envoy on labour mobility and climate finance."
)

MENUS = [
    "Home   Politics   Climate   Science   Travel   Podcasts",  # runs of spaces
    "News | Sport | Weather | Culture | Money",  # bars
    "Europe \u2022 Asia \u2022 Americas \u2022 Middle East \u2022 Africa",  # bullets
    "Latest\tPacific\tEconomy\tTech\tOpinion",  # tabs
    "Rest of World  Arts & Culture  Money  Video",  # entries of several words, joined by small words
    "Front Page \u00b7 Islands \u00b7 Business \u00b7 Sport \u00b7 Letters",  # middle dots
    "Home Pacific Economy Technology Travel More",  # the gaps lost: section names joined by single spaces
]


@pytest.mark.parametrize("menu", MENUS)
def test_navigation_bar_is_no_title(menu):
    assert title_fault(menu) == "menu"


@pytest.mark.parametrize(
    "line",
    [
        HEADLINE,
        "Samoa Names New Envoy To Wellington",  # a headline in title case has a verb and small words
        "World Leaders Hail Tonga Climate Pact",
        "Markets Rally As Copra Prices Recover",
        "Fiji, Tonga and Samoa agree on a shared fisheries patrol",
        "Apia | Wellington | Suva: three capitals, one ocean",  # a sentence after the names
        "Tuesday | Sept 17, 2024 | 10:32 AM",  # a date line of parts dates the article
    ],
)
def test_headline_or_date_line_is_no_menu(line):
    assert not is_menu(line)


@pytest.mark.parametrize("menu", MENUS)
def test_text_copy_of_a_page_takes_the_headline_under_the_site_s_menu(menu):
    page = f"Skip to content\nReef Wire\n{menu}\n\nPacific\n{HEADLINE}\nBy Lena Tuilagi\nSeptember 17, 2024 10:05 AM UTC\n\n{BODY}\n"
    (article,) = read_document(page.encode(), "reef_wire_page.txt", reference_date=REFERENCE)
    assert (article.title, article.outlet, article.published) == (HEADLINE, "Reef Wire", "2024-09-17T10:05")
    assert not any(word in article.text for word in ("Podcasts", "Weather", "Middle East", "Arts & Culture", "Letters", "Technology"))


@pytest.mark.parametrize(
    "masthead",
    ["THE KESTREL EVENING POST", "NORTHERN LANTERN", "PACIFIC SHIPPING DAILY", "THE ATOLL TIMES"],
)
def test_text_clipping_takes_the_headline_under_a_masthead_in_capitals(masthead):
    clipping = f"{masthead}\n\n{HEADLINE}\n\n{BODY}\n"
    (article,) = read_document(clipping.encode(), "clipping.txt", reference_date=REFERENCE)
    assert article.title == HEADLINE


def _newsletter(subject: str, masthead: str) -> str:
    return (
        "From: Kestrel Evening Post <letters@kestrelpost.example>\nTo: reader@example.org\n"
        f"Subject: {subject}\nDate: Wed, 18 Sep 2024 06:30:00 +1200\nContent-Type: text/plain; charset=utf-8\n\n"
        f"Read this issue online\n\n{masthead}\nEvening edition | Wednesday 18 September 2024\n\n"
        "Good evening. Apia has a new envoy in Wellington, copra prices are up and the ferry strike is over. "
        "Here is the day in brief.\n\n------------------------------\n\n"
        f"{HEADLINE}\n\n{BODY}\n\n------------------------------\n\nYou receive this letter because you signed up.\n"
    )


@pytest.mark.parametrize(
    "subject, masthead",
    [
        (f"Kestrel Evening Post | {HEADLINE}", "KESTREL EVENING POST"),  # the newsletter's name before a bar
        (f"KESTREL EVENING POST \u2014 {HEADLINE}", "KESTREL EVENING POST"),  # before a dash
        (f"Kestrel Evening Post | {HEADLINE}", "THE KESTREL"),  # a masthead that is not the sender's whole name
    ],
)
@pytest.mark.parametrize("name", ["evening_letter.eml", "evening_letter.txt"])
def test_newsletter_title_is_the_subject_s_headline_not_the_masthead_atop_the_body(subject, masthead, name):
    (article,) = read_document(_newsletter(subject, masthead).encode(), name, reference_date=REFERENCE)
    assert (article.title, article.outlet) == (HEADLINE, "Kestrel Evening Post")
    assert not article.text.startswith((masthead, "Evening edition"))
    assert "labour mobility" in article.text


def test_newsletter_subject_without_a_masthead_is_kept_whole():
    subject = "Copra | Ferries | A new envoy: the week in Samoa"
    (article,) = read_document(_newsletter(subject, "KESTREL EVENING POST").encode(), "letter.eml", reference_date=REFERENCE)
    assert article.title == subject


@pytest.mark.parametrize(
    "title, expected",
    [
        (f"Kestrel Evening Post | {HEADLINE}", HEADLINE),
        (f"THE ATOLL TIMES \u00b7 {HEADLINE}", HEADLINE),
        ("Wellington | Apia envoy row ends with a handshake", "Wellington | Apia envoy row ends with a handshake"),
        ("Kestrel Evening Post | Opinion", "Kestrel Evening Post | Opinion"),  # no headline after the name
    ],
)
def test_without_masthead(title, expected):
    assert without_masthead(title, outlets=("Kestrel Evening Post",)) == expected


@pytest.mark.parametrize("menu", ["Home\tPacific\tEconomy\tTech\tOpinion", "News | Sport | Weather | Culture | Money"])
def test_word_copy_of_a_page_takes_the_headline_under_masthead_and_menu(menu):
    paragraphs = ["NORTHERN LANTERN", menu, HEADLINE, "17 September 2024", *BODY.split("\n\n")]
    (article,) = read_document(_docx(paragraphs), "lantern_page.docx", reference_date=REFERENCE)
    assert (article.title, article.published) == (HEADLINE, "2024-09-17")


def test_pdf_print_of_a_page_takes_the_headline_under_masthead_and_menu():
    entries = ["Home", "Pacific", "Economy", "Technology", "Travel", "More"]
    runs = [(50, 800, 16, "NORTHERN LANTERN")]
    runs += [(50 + 80 * i, 780, 9, entry) for i, entry in enumerate(entries)]  # the menu's entries spread across the page
    runs += [(50, 750, 16, HEADLINE), (50, 732, 9, "17 September 2024")]
    y = 700
    for paragraph in BODY.split("\n\n"):
        words = paragraph.split()
        for start in range(0, len(words), 12):
            runs.append((50, y, 10, " ".join(words[start : start + 12])))
            y -= 13
        y -= 10
    (article,) = read_document(build_pdf([runs]), "lantern_print.pdf", reference_date=REFERENCE)
    assert (article.title, article.published) == (HEADLINE, "2024-09-17")
    assert "Technology" not in article.text
