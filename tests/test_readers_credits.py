"""Readers: credit lines under a headline ("By Ivo Marek | The Lakeside Gazette", "Staff and agencies")
and closing a wire story ("Reporting by ...; Editing by ...") are no part of the text; the outlet
they name is the article's."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from tracker.readers import read_document
from tracker.readers.credits import credit_of

REFERENCE = dt.date(2025, 10, 9)
BODY = (
    "VALLETTA, Oct. 7 (Wire) - Malta's foreign minister said on Tuesday that the Baltic accord was "
    '"a welcome step for the whole region".\n\nTalks continue next week.\n'
)


def read(text: str, name: str = "dump.txt"):
    return read_document(text.encode(), name, reference_date=REFERENCE)


@pytest.mark.parametrize(
    ("credit", "outlet"),
    [
        ("By Ivo Marek | The Lakeside Gazette", "The Lakeside Gazette"),
        ("By Ivo Marek and Lea Santos in Riga \u00b7 Lakeside Gazette", "Lakeside Gazette"),
        ("By Ivo Marek, Associated Press", "Associated Press"),
        ("By IVO MAREK", None),
        ("Reporting by Ivo Marek; Editing by Lea Santos", None),
        ("(Additional reporting by Ana Lind in Tallinn and Rui Sa in Vilnius)", None),
        ("Staff and agencies", None),
        ("From our correspondent", None),
        ("Lakeside Gazette staff", "Lakeside Gazette"),
        ("Foreign Staff", None),
        ("\u2014 The Northern Ledger", "The Northern Ledger"),
        ("AFP", "AFP"),
        ("Xinhua / Reuters", "Xinhua / Reuters"),
    ],
)
def test_credit_line_under_the_headline_is_no_text_and_names_the_outlet(credit, outlet):
    (article,) = read(f"Malta welcomes the Baltic accord\n\n{credit}\n\n{BODY}")
    assert article.title == "Malta welcomes the Baltic accord"
    assert article.outlet == outlet
    # The wire dateline is now the first paragraph: it dates the story.
    assert article.text.startswith("VALLETTA, Oct. 7 (Wire) - ")
    assert (article.published, article.published_basis) == ("2025-10-07", "dateline")


def test_credit_line_after_a_standfirst_and_a_date_line():
    dump = (
        "Malta welcomes the Baltic accord\n\nValletta calls the deal a model for the Mediterranean\n\n"
        "Staff and agencies\nWed 8 Oct 2025 10.30 BST\n\n" + BODY
    )
    (article,) = read(dump)
    assert article.published == "2025-10-08T10:30"
    assert "Staff and agencies" not in article.text
    assert article.text.startswith("Valletta calls the deal a model")


def test_byline_above_the_headline_is_not_the_title():
    (article,) = read("By Ivo Marek | The Lakeside Gazette\n\nMalta welcomes the Baltic accord\n\n" + BODY)
    assert (article.title, article.outlet) == ("Malta welcomes the Baltic accord", "The Lakeside Gazette")


def test_wire_credit_closing_the_story_is_dropped():
    (article,) = read("Malta welcomes the Baltic accord\n\n" + BODY + "\n(Reporting by Ivo Marek in Valletta; Editing by Lea Santos)\n")
    assert article.text.endswith("Talks continue next week.")


@pytest.mark.parametrize(
    "line",
    [
        "Reporting by the state agency suggested that the talks had failed.",
        "By Land and Sea, Allies Gather in Valletta",
        "By Tuesday, the envoys had left.",
        "Rescue team",
        "Map",
        "Lakeside Gazette",
    ],
)
def test_lines_that_only_look_like_credits(line):
    assert credit_of(line) is None


def test_sentence_opening_with_a_credit_word_stays_in_the_text():
    sentence = "Reporting by the state agency suggested that the talks had failed."
    (article,) = read(f"Malta welcomes the Baltic accord\n\n{sentence}\n\n" + BODY)
    assert article.text.startswith(sentence)


def test_html_byline_kept_by_the_text_extractor_is_dropped_and_gives_the_outlet():
    page = (
        "<html><head><title>Malta welcomes the Baltic accord</title></head><body><article>"
        "<h1>Malta welcomes the Baltic accord</h1><p>By Ivo Marek | The Lakeside Gazette</p>"
        "<p>VALLETTA, Oct. 7 (Wire) - Malta's foreign minister said on Tuesday that the Baltic accord was "
        "\u201ca welcome step for the whole region\u201d, adding that the talks had been long and hard.</p>"
        "<p>Talks continue next week in the capital, where envoys of all the Baltic states are expected.</p>"
        "</article></body></html>"
    )
    (article,) = read(page, "page.html")
    assert article.outlet == "The Lakeside Gazette"
    assert "Ivo Marek" not in article.text
    assert article.published == "2025-10-07"


def test_json_body_opening_with_a_credit_line():
    record = {"headline": "Malta welcomes the Baltic accord", "body": "Staff and agencies\n\n" + BODY}
    (article,) = read(json.dumps([record]), "export.json")
    assert article.text.startswith("VALLETTA, Oct. 7")
    record = {"headline": "Malta welcomes the Baltic accord", "body": "By Ivo Marek | Lakeside Gazette\n\n" + BODY, "source": "Wire Digest"}
    (article,) = read(json.dumps([record]), "export.json")
    assert (article.outlet, article.text.startswith("VALLETTA")) == ("Wire Digest", True)  # the record's own field wins


# --- outlet lines and labels around the headline ---------------------------------------------------


def test_outlet_line_between_headline_and_date_line_gives_the_outlet():
    dump = "Malta welcomes the Baltic accord\nThe Lakeside Gazette\nWed, October 8, 2025 \u00b7 3 min read\n\n" + BODY
    (article,) = read(dump)
    assert (article.outlet, article.published) == ("The Lakeside Gazette", "2025-10-08")
    assert article.text.startswith("VALLETTA")


def test_a_short_standfirst_under_the_headline_is_no_outlet():
    dump = "Malta welcomes the Baltic accord\nValletta calls it a model\n\n" + BODY
    (article,) = read(dump)
    assert article.outlet is None
    assert article.text.startswith("Valletta calls it a model")


def test_related_entries_opening_with_their_outlet_and_time_line():
    dump = (
        "Malta welcomes the Baltic accord\n\n" + BODY + "\nRelated Articles\n\n"
        "Harbour Business Daily \u00b7 6 hours ago\nMaltese bonds steady after the accord\n"
        "Maltese bonds were little changed on Thursday as investors welcomed the accord.\n\n"
        "Island Dispatch \u00b7 1 day ago\nOpposition leader accepts the accord\nThe opposition leader on Wednesday said she would not contest the accord.\n"
    )
    main, first, second = read(dump)
    assert main.title == "Malta welcomes the Baltic accord" and "Related" not in main.text
    assert (first.title, first.outlet, first.published) == ("Maltese bonds steady after the accord", "Harbour Business Daily", "2025-10-09")
    assert first.text == "Maltese bonds were little changed on Thursday as investors welcomed the accord."
    assert (second.title, second.outlet, second.published) == ("Opposition leader accepts the accord", "Island Dispatch", "2025-10-08")


@pytest.mark.parametrize(
    "header",
    [
        "THE LAKESIDE GAZETTE | International edition\nWORLD / EUROPE\n(This story was translated from the Maltese original)",
        "Lakeside Gazette \u2014 English digital edition\nPolitics | Diplomacy\n(Translated from the Maltese)",
    ],
)
def test_masthead_section_and_translation_lines_above_the_headline_make_no_article(header):
    dump = f"{header}\n\nMalta welcomes the Baltic accord\n\n8 October 2025\n\n" + BODY
    (article,) = read(dump)
    assert (article.title, article.published) == ("Malta welcomes the Baltic accord", "2025-10-08")
    assert article.text.startswith("VALLETTA")
