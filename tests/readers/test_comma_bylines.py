"""Readers: a byline whose name is followed by a comma and the outlet or the author's role
("By Ana Lind, Fjord Post", "By A. Berg, Staff Reporter") is no part of the text; the outlet it
names is the article's, a role names none."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from tracker.readers import read_document
from tracker.readers.credits import credit_of

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "readers"
REFERENCE = dt.date(2024, 8, 20)


def test_comma_bylines_give_the_outlet_and_stay_out_of_the_text():
    articles = read_document((FIXTURES / "comma_bylines.txt").read_bytes(), "comma_bylines.txt", reference_date=REFERENCE)
    assert [(a.title, a.published, a.outlet) for a in articles] == [
        ("Uruguay hails Paraguay's new cabinet", "2024-08-12", "River Plate Courier"),
        ("Bolivia sends greetings to Asunción", "2024-08-13", None),
        ("Brazil's envoy meets Paraguay's foreign minister", "2024-08-14", None),
    ]
    assert [a.text.split(" - ", 1)[0] for a in articles] == ["MONTEVIDEO", "LA PAZ", "BRASÍLIA"]
    assert not any("By " in a.text for a in articles)


@pytest.mark.parametrize(
    ("line", "outlet"),
    [
        ("By Ana Lind, Fjord Post", "Fjord Post"),
        ("By Ana Lind, The Kestrel Herald", "The Kestrel Herald"),
        ("By Ana Lind, Baltic Radio News, 3 May 2024", "Baltic Radio News"),
        ("By Ana Lind, Defence Editor, Fjord Post", "Fjord Post"),
        ("By A. Berg, Staff Reporter", None),
        ("By A. Berg, Staff Reporter, Friday, May 3, 2024", None),
        ("By Ana Lind, Diplomatic Correspondent", None),
        ("By Ana Lind, Rui Sa", None),  # two authors
        ("By Ana Lind, Tartu", None),  # the author's place
        ("By Ana Lind, The Hague", None),  # a place, though it opens with "The"
    ],
)
def test_comma_byline_is_a_credit_naming_its_outlet(line, outlet):
    credit = credit_of(line)
    assert credit is not None
    assert credit.outlet == outlet


def test_comma_byline_in_a_web_page_gives_the_outlet():
    page = (
        "<html><head><title>Ghana thanks Togo</title></head><body><article><h1>Ghana thanks Togo</h1>"
        "<p>By Kofi Mensah, Volta Evening News</p>"
        "<p>ACCRA - Ghana's foreign minister thanked Togo on Friday for its help at the border crossing, "
        "and said talks on the coastal road would resume next month in Lomé.</p></article></body></html>"
    )
    (article,) = read_document(page.encode(), "ghana.html", reference_date=REFERENCE)
    assert article.outlet == "Volta Evening News"
    assert article.text.startswith("ACCRA - Ghana's foreign minister")


@pytest.mark.parametrize(
    "line",
    [
        "By Late Monday, Chile had recalled its envoy.",
        "By Land and Sea, Allies Gather in Valletta",
        "By Ana Lind, who covered the talks for a decade",
    ],
)
def test_lines_opening_with_by_and_a_comma_that_are_no_byline(line):
    assert credit_of(line) is None


COMMA_BYLINES = [
    ("By Rui Sousa, Harbour Ledger, 4 March 2024", "2024-03-04"),
    ("By Rui Sousa, Staff Reporter, Monday, March 4, 2024", "2024-03-04"),
    ("By Rui Sousa | Harbour Ledger | 4 March 2024", "2024-03-04"),
]
OPENING = (
    "MAPUTO - Mozambique's foreign minister said on Friday the rail corridor would reopen next month, "
    "and thanked Malawi and Zambia for their patience during the repairs."
)


@pytest.mark.parametrize(("byline", "published"), COMMA_BYLINES)
def test_a_bylines_date_dates_a_web_page_as_it_dates_a_text(byline, published):
    page = (
        "<html><head><title>Mozambique to reopen the rail corridor</title></head><body><article>"
        f"<h1>Mozambique to reopen the rail corridor</h1><p>{byline}</p><p>{OPENING}</p></article></body></html>"
    )
    (article,) = read_document(page.encode(), "corridor.html", reference_date=REFERENCE)
    (as_text,) = read_document(f"Mozambique to reopen the rail corridor\n{byline}\n\n{OPENING}".encode(), "corridor.txt", reference_date=REFERENCE)
    assert article.published == as_text.published == published
    assert article.text == OPENING


def test_each_story_of_a_newsletter_page_is_dated_by_its_own_byline():
    stories = "".join(
        f"<article><h2>{title}</h2><p>By Rui Sousa, Harbour Ledger, {day} March 2024</p><p>{OPENING}</p><p>{OPENING}</p></article>"
        for title, day in (("Mozambique to reopen the rail corridor", 4), ("Malawi welcomes the corridor's reopening", 6))
    )
    page = f"<html><head><title>Corridor newsletter</title></head><body>{stories}</body></html>"
    articles = read_document(page.encode(), "newsletter.html", reference_date=REFERENCE)
    assert [(a.title, a.published) for a in articles] == [
        ("Mozambique to reopen the rail corridor", "2024-03-04"),
        ("Malawi welcomes the corridor's reopening", "2024-03-06"),
    ]


@pytest.mark.parametrize(("byline", "published"), COMMA_BYLINES)
def test_a_bylines_date_dates_a_word_document(byline, published):
    from tests.readers.test_titles import docx

    (article,) = read_document(docx(["Mozambique to reopen the rail corridor", byline, OPENING]), "corridor.docx", reference_date=REFERENCE)
    assert (article.published, article.text) == (published, OPENING)
