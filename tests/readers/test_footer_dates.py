"""A page copied as text whose only date is its footer ("This page was last edited on ...") is dated by it,
so its undated reactions fall on that day, not on the day the dump was collected."""

from __future__ import annotations

import datetime as dt

import pytest

from tracker.readers import read_document

REFERENCE = dt.date(2019, 3, 30)

ENCYCLOPEDIA = """2019 Tuvalu cyclone
From Wikiatoll, the free encyclopedia
Jump to navigation
Jump to search

Contents
1 Storm
2 International reactions
3 References

Storm
Cyclone Pola struck Funafuti on 24 March 2019, flooding the airstrip and cutting power to the atoll.[1]

International reactions
Fiji \u2013 Prime Minister Frank Bainimarama sent a patrol boat with water and generators and said Fiji stood with "our Tuvaluan family".[2]
New Zealand \u2013 Foreign Minister Winston Peters pledged NZ$500,000 in relief.[3]

References
1. ^ "Pola floods Funafuti". Reef Wire. 24 March 2019.

{footer}
Text is available under a Creative Commons licence; additional terms may apply.
Privacy policy  About Wikiatoll  Disclaimers
"""


@pytest.mark.parametrize(
    "footer, published",
    [
        ("This page was last edited on 27 March 2019, at 18:40 (UTC).", "2019-03-27"),
        ("Page last updated: 26 March 2019", "2019-03-26"),
        ("Last modified on March 28, 2019", "2019-03-28"),
    ],
)
def test_a_page_dated_only_by_its_footer_takes_that_day(footer, published):
    (article,) = read_document(ENCYCLOPEDIA.format(footer=footer).encode(), "tuvalu_cyclone.txt", reference_date=REFERENCE)
    assert (article.title, article.published) == ("2019 Tuvalu cyclone", published)
    assert footer not in article.text
    assert "Bainimarama" in article.text


def test_a_page_with_its_own_date_line_keeps_it():
    page = "Fiji sends a patrol boat to Tuvalu\n25 March 2019\n\nFiji's prime minister said on Monday that a boat had sailed.\n\nThis page was last edited on 29 March 2019, at 08:00.\n"
    (article,) = read_document(page.encode(), "fiji_boat.txt", reference_date=REFERENCE)
    assert article.published == "2019-03-25"


def test_last_updated_in_a_sentence_of_the_story_dates_nothing():
    page = (
        "Tuvalu counts the cost of Cyclone Pola\n\n"
        "The register of damaged homes was last updated on 26 March 2019 and will be published, the council said.\n"
    )
    (article,) = read_document(page.encode(), "tuvalu_cost.txt", reference_date=REFERENCE)
    assert article.published is None
