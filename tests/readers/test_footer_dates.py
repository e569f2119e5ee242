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


HTML_PAGE = """<!DOCTYPE html><html><head><title>International reactions to the 2022 Tongan eruption - Atollpedia</title></head>
<body><div id="content"><h1>International reactions to the 2022 Tongan eruption</h1>
<p>The eruption of Hunga Tonga on 15 January 2022 drew offers of help from governments across the Pacific and
beyond, most of them pledging ships, water and money for the kingdom's recovery.</p>
<ul><li><b>Fiji</b> \u2013 Prime Minister Frank Bainimarama said Fiji would send a navy vessel with water.[1]</li>
<li><b>Japan</b> \u2013 The foreign ministry said on 17 January that it would provide emergency relief goods.[2]</li></ul>
<h2>References</h2><ol><li>"Fiji sends water". Reef Wire. 16 January 2022.</li></ol></div>
{footer}</body></html>"""


@pytest.mark.parametrize(
    "footer, published",
    [
        ('<div id="footer"><ul><li id="footer-info-lastmod">This page was last edited on 19 January 2022, at 07:15 (UTC).</li>'
         "<li>Text is available under a Creative Commons licence.</li></ul></div>", "2022-01-19"),
        ('<footer class="site-footer"><p>Page last updated: 18 January 2022</p><p>About us</p></footer>', "2022-01-18"),
        # near miss: a footer with no such line leaves the page undated
        ('<footer><p>Text is available under a Creative Commons licence.</p></footer>', None),
    ],
)
def test_an_html_page_dated_only_by_its_footer_takes_that_day(footer, published):
    html = HTML_PAGE.format(footer=footer).encode()
    (article,) = read_document(html, "tonga_reactions.html", reference_date=dt.date(2022, 1, 21))
    assert article.published == published
    assert "last edited" not in article.text and "Bainimarama" in article.text


def test_an_html_page_with_its_own_date_keeps_it_over_the_footer():
    html = HTML_PAGE.format(footer='<div id="footer"><p>This page was last edited on 19 January 2022.</p></div>').replace(
        "<head>", '<head><meta property="article:published_time" content="2022-01-16T09:00:00Z">'
    ).encode()
    (article,) = read_document(html, "tonga_reactions.html", reference_date=dt.date(2022, 1, 21))
    assert article.published.startswith("2022-01-16")
