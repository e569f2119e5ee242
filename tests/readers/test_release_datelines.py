"""A government press release's dateline names the island or country after its town, and the weekday before
its date; it dates the release when the page's "Posted:" line gives a date whose month it does not tell."""

import datetime as dt

import pytest

from tracker.readers import read_document
from tracker.readers.dates import parse_dateline

REFERENCE = dt.date(2025, 3, 8)


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        ("KINGSTOWN, St Vincent, Monday 3 March 2025 - The Cabinet met today.", "2025-03-03"),
        ("BASSETERRE, St Kitts and Nevis, 2 March 2025 - The Government announced ...", "2025-03-02"),
        ("ROSEAU, Dominica, Tuesday, March 4, 2025 - The Prime Minister said ...", "2025-03-04"),
        ("NUKU'ALOFA, Tonga, March 5 - The Ministry said ...", "2025-03-05"),
        ("APIA, Samoa, Friday 7 March -- The cabinet said ...", "2025-03-07"),
        # the plain wire forms are still read
        ("SUVA, March 6 (Wire) - The minister said ...", "2025-03-06"),
        # a sentence that only names a place and a day is no dateline
        ("In Apia, the minister said on March 3 - after the vote - that ...", None),
        ("Samoa, Tonga and Fiji said on Monday that ...", None),
    ],
)
def test_a_release_dateline_with_its_island_and_weekday_gives_the_date(paragraph, expected):
    assert parse_dateline(paragraph, reference_date=REFERENCE) == expected


_PAGE = """<html><head><title>Press Releases | Government Information Office</title></head><body>
<div id="banner">GOVERNMENT OF SAINT VINCENT | Information Office</div>
<div class="release">
<h2>Cabinet Thanks Partners for Flood Relief After Week of Heavy Rains</h2>
<p class="posted">Posted: {posted} | Category: Press Releases</p>
<p>KINGSTOWN, St Vincent, Wednesday 5 March 2025 - The Government thanks the many partners who sent help after the floods of Monday.</p>
<p>The Prime Minister said on Tuesday that the relief had reached every village in the north of the island.</p>
<p>Residents are reminded that the curfew remains in effect in the affected districts until further notice.</p>
</div></body></html>"""


@pytest.mark.parametrize(("posted", "expected"), [("05/03/2025", "2025-03-05"), ("5 March 2025", "2025-03-05"), ("17/03/2025", "2025-03-17")])
def test_a_posted_line_whose_month_is_unclear_gives_way_to_the_release_dateline(posted, expected):
    # "05/03/2025" may be 5 March or 3 May: the dateline under it says which day it is; a date the line
    # tells plainly is kept (even one the dateline does not repeat)
    [article] = read_document(_PAGE.format(posted=posted).encode(), "release.html", reference_date=dt.date(2025, 3, 20))
    assert article.published[:10] == expected, article
