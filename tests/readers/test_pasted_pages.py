"""Readers: a text file of web pages pasted one after another under a desk's note, each page with its
headline above the outlet's line and the date line, and a government's statement page with its office's
name above the title."""

import datetime as dt

import pytest

from tracker.readers import read_document
from tracker.readers.titles import title_fault

REFERENCE = dt.date(2025, 4, 12)

NEWS_PAGE = """Andorra budget row - pages kept for the Pyrenees desk (saved 11 April 2025)

Home | Europe | Markets | Culture | Video

EUROPE

Andorran ministers agree spending plan; Madrid and Paris welcome deal

{outlet}
Thursday, April 10, 2025 · 3 min read

ANDORRA LA VELLA - The Andorran government agreed its spending plan on Wednesday after a week of talks, officials said.

Spain's Foreign Minister Jose Manuel Albares welcomed the agreement on Thursday and said it would help trade.
"""

WIRE_PAGE = """Lisbon and Rome back Andorra's plan as Brussels weighs in

Friday 11 April 2025 - 09:10 GMT
Iberian News Agency (INA)

ANDORRA LA VELLA, April 11 (INA) - Portugal's prime minister welcomed the spending plan on Friday, his office said.
"""


@pytest.mark.parametrize("outlet", ["Pyrenees Courier", "The Valley Ledger", "Marta Soler"])
def test_a_headline_over_the_outlets_line_and_date_opens_the_page(outlet):
    text = NEWS_PAGE.format(outlet=outlet) + "\n" + "-" * 40 + "\n\n" + WIRE_PAGE
    articles = [a for a in read_document(text.encode(), "pages.txt", reference_date=REFERENCE) if len(a.text) > 60]  # the desk note over the pages has no story
    assert [(a.title, a.published) for a in articles] == [
        ("Andorran ministers agree spending plan; Madrid and Paris welcome deal", "2025-04-10"),
        ("Lisbon and Rome back Andorra's plan as Brussels weighs in", "2025-04-11T09:10"),
    ]
    assert "Albares" in articles[0].text
    # the outlet's (or author's) line is no title and no paragraph of the story
    assert not any(paragraph == outlet for paragraph in articles[0].text.split("\n\n"))


def test_a_masthead_over_its_date_still_opens_the_next_clipping():
    text = (
        "Andorran ministers agree spending plan\n2025-04-10\n\nThe government agreed its spending plan on Wednesday, officials said.\n\n"
        "VALLEY LEDGER\nFriday, April 11, 2025\n\nLisbon backs Andorra's plan\n\nPortugal's prime minister welcomed the plan on Friday.\n"
    )
    articles = read_document(text.encode(), "clips.txt", reference_date=REFERENCE)
    assert [(a.title, a.published) for a in articles] == [
        ("Andorran ministers agree spending plan", "2025-04-10"),
        ("Lisbon backs Andorra's plan", "2025-04-11"),
    ]


STATEMENT_PAGE = """{office}
Office of the Spokesperson

{title}

PRESS STATEMENT
LENA BRANDT, MINISTRY SPOKESPERSON
APRIL 9, 2025

The ministry welcomes the agreement reached in Andorra la Vella and the spirit in which the talks were held.
"""


@pytest.mark.parametrize("office", ["Federal Department of Foreign Affairs", "Ministry for Europe and Foreign Affairs", "Chancellor's Office"])
@pytest.mark.parametrize("title", ["Andorra's Budget Agreement", "Agreement on the Andorran budget and the path to a balanced account"])
def test_an_offices_name_over_a_statement_is_no_title(office, title):
    articles = read_document(STATEMENT_PAGE.format(office=office, title=title).encode(), "statement.txt", reference_date=REFERENCE)
    assert [(a.title, a.published) for a in articles] == [(title, "2025-04-09")]
    assert articles[0].text.endswith("the talks were held.")


@pytest.mark.parametrize(
    ("line", "fault"),
    [
        ("Ministry of Foreign Affairs and Trade", "issuer"),
        ("Embassy of Andorra in Madrid", "issuer"),
        ("Prime Minister's Office", "issuer"),
        ("Permanent Mission of Andorra to the United Nations", "issuer"),
        # a headline in title case that names an office says what happened to it
        ("Embassy Staff Return To Capital", None),
        ("Crowds Gather Outside the Embassy", None),
        ("Foreign Ministry Summons Envoy", None),
    ],
)
def test_an_offices_name_is_told_from_a_headline_naming_it(line, fault):
    assert title_fault(line) == fault


RELEASE = """Minister for Trade
The Hon Lucia Ferreira MP

Media release

Portugal lifts the duties on Andorran wine

{date}

Portugal welcomes the agreement and lifts the duties from today.

Media contact
Minister's office
"""


@pytest.mark.parametrize("date", ["10 April 2025", "Thursday, April 10, 2025"])
def test_a_releases_letterhead_stays_on_top_of_its_text(date):
    articles = read_document(RELEASE.format(date=date).encode(), "release.txt", reference_date=REFERENCE)
    assert [(a.title, a.published) for a in articles] == [("Portugal lifts the duties on Andorran wine", "2025-04-10")]
    assert articles[0].text.startswith("Minister for Trade\n\nThe Hon Lucia Ferreira MP\n\nMedia release\n\nPortugal welcomes")
