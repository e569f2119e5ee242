"""A parliament's question time record with a heading per question ("2. Tonga\u2014Volcano Relief" over "2. ANA RUIZ
(Green) to the Minister of Foreign Affairs: ...?") is one article a question, titled by its heading, as a record's
debates are one article a heading; the record's masthead ("NEW ZEALAND PARLIAMENT", "Parliament of Fiji") is their
outlet and names the parliament whose members speak, and the sitting's day dates them."""

from __future__ import annotations

import datetime as dt

import pytest

from tracker.extract import extract_statements
from tracker.extract.chambers import record_chamber
from tracker.readers import read_document

REFERENCE = dt.date(2022, 1, 21)

RECORD = """{masthead}

Questions for Oral Answer

Wednesday, 19 January 2022

1. Tonga\u2014Volcano Relief

1. Hon MERE TAKAI (Labour\u2014Northcote) to the Prime Minister: What support is the Government giving Tonga after the eruption?

Rt Hon ARAMA HOLT (Prime Minister): New Zealand has pledged $2 million, and more will follow. I spoke to Prime Minister Siaosi Sovaleni on Monday and told him that New Zealand would stand with Tonga for as long as it takes.

Hon Mere Takai: Will more flights be sent?

Rt Hon ARAMA HOLT: Yes. Two more flights will leave tomorrow.

2. Trade\u2014Dairy Access

2. TOBY KERR (National\u2014Rangitata) to the Minister for Trade: Has she raised dairy access with her Canadian counterpart?

Hon SINA LAUTI (Minister for Trade): I raised it on Monday, and Canada agreed to a review of the quotas by the end of the year.
"""


def _read(masthead: str = "NEW ZEALAND PARLIAMENT"):
    return read_document(RECORD.format(masthead=masthead).encode(), "question_time.txt", reference_date=REFERENCE)


def test_each_question_is_an_article_titled_by_its_heading_and_dated_by_the_sitting():
    articles = _read()
    assert [a.title for a in articles] == ["Tonga\u2014Volcano Relief", "Trade\u2014Dairy Access"]
    assert {a.published for a in articles} == {"2022-01-19"}
    assert {a.outlet for a in articles} == {"NEW ZEALAND PARLIAMENT"}
    assert articles[0].text.startswith("1. Hon MERE TAKAI") and "Dairy" not in articles[0].text
    assert articles[1].text.startswith("2. TOBY KERR")


def test_the_masthead_names_the_parliament_whose_members_speak():
    first = _read()[0]
    rows = extract_statements(first, reference_date=REFERENCE, host_country="TON")
    assert [(row.country, row.speaker) for row in rows] == [("NZL", "Arama Holt")], rows


@pytest.mark.parametrize(
    ("outlet", "country"),
    [
        ("NEW ZEALAND PARLIAMENT", "NZL"),
        ("Parliament of Fiji", "FJI"),
        ("PARLIAMENT OF THE REPUBLIC OF FIJI", "FJI"),
        ("Legislative Assembly of Tonga", "TON"),
        # near misses: a chamber word alone, an outlet's name, two countries, a headline naming a parliament
        ("Parliament", None),
        ("Fiji Times", None),
        ("Parliament of Fiji and Tonga", None),
        ("Fiji parliament backs the relief bill", None),
    ],
)
def test_record_chamber_of_a_masthead(outlet, country):
    assert record_chamber(outlet, "Tonga\u2014Volcano Relief") == country


@pytest.mark.parametrize(
    "dump",
    [
        # near misses: a numbered list of points (no question under a heading of its number), and numbered
        # paragraphs of a statement
        "Pacific leaders meet in Suva\n\n19 January 2022\n\nThe communique lists three points.\n\n1. Climate finance\n\n"
        "The leaders asked donors to double their pledges by 2025.\n\n2. Fisheries\n\nThey agreed to share patrol data.\n",
        "Statement on the eruption\n\n19 January 2022\n\n1. The Government of Samoa offers its condolences to Tonga.\n\n"
        "2. Samoa will send a patrol boat to Nuku'alofa with water and generators?\n",
    ],
)
def test_numbered_lines_that_are_no_question_time_stay_one_article(dump):
    assert len(read_document(dump.encode(), "page.txt", reference_date=REFERENCE)) == 1
