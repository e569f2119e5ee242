"""An HTML page whose only date is its footer ("This page was last edited on ...", an encyclopedia's or a site's
page) is dated by it, as the same page copied as text is: its undated reactions fall on that day, not on the
day the dump was collected. The footer is furniture the text extraction drops, so it is looked for in the page."""

from __future__ import annotations

import datetime as dt

import pytest

from tracker.extract import extract_statements
from tracker.readers import read_document

REFERENCE = dt.date(2022, 9, 20)

PAGE = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">{meta}<title>Reactions to the 2022 Lagoon Strait ferry disaster - Atollpedia</title></head>
<body><div id="content"><h1>Reactions to the 2022 Lagoon Strait ferry disaster</h1>
<p>The sinking of the ferry Marama in the Lagoon Strait on 11 September 2022 drew messages of sympathy from
governments across the Pacific and beyond.<sup>[1]</sup></p>
<h2>Governments</h2>
<ul>
<li><b>Fiji</b> \u2013 Prime Minister Vore Tabua offered the navy's help and said Fiji grieved "with every family on
the strait".<sup>[2]</sup></li>
<li><b>Samoa</b> \u2013 The Ministry of Foreign Affairs and Trade expressed its condolences and sent a patrol
boat to join the search.<sup>[3]</sup></li>
</ul>
<h2>References</h2><ol><li>"Ferry lost in the strait". <i>Reef Wire</i>. 11 September 2022.</li></ol>
</div>
<div id="footer"><ul><li id="lastmod">{footer}</li>
<li>Text is available under a Creative Commons licence; additional terms may apply.</li></ul></div>
</body></html>"""


def _read(footer: str, meta: str = ""):
    [article] = read_document(PAGE.format(footer=footer, meta=meta).encode(), "ferry_reactions.html", reference_date=REFERENCE)
    return article


@pytest.mark.parametrize(
    ("footer", "published"),
    [
        ("This page was last edited on 14 September 2022, at 16:42 (UTC).", "2022-09-14"),
        ("Page last updated: 15 September 2022", "2022-09-15"),
        ("Last modified on September 13, 2022", "2022-09-13"),
    ],
)
def test_an_html_page_dated_only_by_its_footer_takes_that_day(footer, published):
    article = _read(footer)
    assert article.published == published, article
    assert "last" not in article.text.lower(), article.text
    rows = extract_statements(article, reference_date=REFERENCE, host_country=None)
    assert {row.date for row in rows} == {published}, rows


def test_a_dated_page_keeps_its_own_date():
    article = _read("This page was last edited on 14 September 2022, at 16:42 (UTC).", meta='<meta property="article:published_time" content="2022-09-12T08:00:00">')
    assert (article.published or "")[:10] == "2022-09-12"


@pytest.mark.parametrize(
    "footer",
    [
        # near misses: a footer line with no date, and a sentence of the text that mentions an update
        "Content is reviewed regularly.",
        "The ministry said its travel advice page was last updated on 13 September 2022 after the search was called off.",
    ],
)
def test_a_footer_without_an_edit_date_dates_nothing(footer):
    assert _read(footer).published is None
