"""Readers: a news database's print puts the edition printed under the outlet and its date ("Edition 1; National
Edition", "Late City Final Edition"): no headline and no text."""

from __future__ import annotations

import datetime as dt

import pytest

from tracker.readers import read_document

REFERENCE = dt.date(2023, 6, 9)

RECORD = """Fjord Times

June 6, 2023 Tuesday

{edition}

Norway hails Arctic fisheries accord

BYLINE: Ingrid Solheim

SECTION: WORLD; Pg. 9

LENGTH: 112 words

BODY

OSLO - Iceland's prime minister welcomed the accord on Monday.

LOAD-DATE: June 7, 2023

End of Document
"""


@pytest.mark.parametrize(
    "edition",
    ["Edition 1; National Edition", "Late City Final Edition", "FINAL EDITION", "Second Edition - Metro", "Edition 2"],
)
def test_an_edition_line_under_the_date_is_no_headline(edition):
    (article,) = read_document(RECORD.format(edition=edition).encode(), "print.txt", reference_date=REFERENCE)
    assert (article.title, article.published) == ("Norway hails Arctic fisheries accord", "2023-06-06"), article
    assert article.text == "OSLO - Iceland's prime minister welcomed the accord on Monday.", article.text


@pytest.mark.parametrize(
    "line",
    [
        # a headline that speaks of an edition, and a sentence: kept
        "Festival opens its largest edition yet",
        "The final edition of the talks ended without a deal on Monday.",
    ],
)
def test_a_line_about_an_edition_stays(line):
    dump = f"Fjord Times\n\nJune 6, 2023 Tuesday\n\nNorway hails Arctic fisheries accord\n\n{line}\n\nOSLO - The deal was signed.\n"
    (article,) = read_document(dump.encode(), "print.txt", reference_date=REFERENCE)
    assert line in article.text, article.text
