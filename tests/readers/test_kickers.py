"""Readers: labels stacked above a headline ("ANALYSIS", "WORLD | EUROPE") are dropped when the title
judge (``titles.looks_like_headline``) finds a headline under them, or the outlet's publication line."""

from __future__ import annotations

import datetime as dt

import pytest

from tracker.readers import read_document

REFERENCE = dt.date(2024, 6, 1)
HEADLINE = "Lisbon and Rabat sign a fisheries accord for the Atlantic coast"
BODY = "RABAT - Morocco's fisheries minister Karim Alaoui said on Tuesday the accord would run for five years."


def read(text: str):
    return read_document(text.encode(), "clip.txt", reference_date=REFERENCE)


@pytest.mark.parametrize(
    "labels",
    [["ANALYSIS"], ["WORLD | AFRICA", "ANALYSIS"], ["Coastal Radio One | Morning desk"], ["EVENING BULLETIN", "TRANSCRIPT"]],
)
def test_labels_above_a_headline_are_no_title_and_no_text(labels):
    (article,) = read("\n".join(labels) + f"\n{HEADLINE}\n3 May 2024\n\n{BODY}")
    assert (article.title, article.published) == (HEADLINE, "2024-05-03")
    assert article.text == BODY


def test_a_label_above_the_outlets_publication_line_leaves_the_outlet_to_that_line():
    (article,) = read(f"NEWS\nThe Atlantic Ledger (Porto, Portugal)\n{HEADLINE}\n\n{BODY}")
    assert (article.title, article.outlet) == (HEADLINE, "The Atlantic Ledger")


def test_a_label_above_an_official_title_in_capitals_is_dropped():
    (article,) = read(f"PRESS ROOM\nSTATEMENT BY THE SPOKESPERSON ON THE FISHERIES ACCORD\n\n{BODY}")
    assert article.title == "STATEMENT BY THE SPOKESPERSON ON THE FISHERIES ACCORD"
    assert article.text == BODY


def test_a_label_above_a_wrapped_dateline_paragraph_leaves_the_paragraph_whole():
    # No headline under the label: the story's opening line is text (its speaker and its date), not a title.
    text = "NEWS\nRABAT, May 4 (Atlantic Wire) - Morocco's fisheries minister Karim Alaoui said on\nTuesday the accord would run for five years."
    (article,) = read(text)
    assert article.text.startswith("RABAT, May 4 (Atlantic Wire) - Morocco's fisheries minister Karim Alaoui said on")
    assert article.published == "2024-05-04"
