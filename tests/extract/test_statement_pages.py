"""A page that is one official's own statement ("Statement by Prime Minister X on ...", or signed at its foot)
speaks in the first person: one row for that official, dated by the page."""

import datetime as dt

import pytest

from tracker.extract import extract_statements
from tracker.models import Article


def _page(title: str, text: str, *, host: str, published: str = "2024-03-15"):
    article = Article(title=title, text=text, published=published, published_basis="field")
    return extract_statements(article, reference_date=dt.date(2024, 3, 16), host_country=host)


@pytest.mark.parametrize(
    ("title", "text", "host", "iso3", "speaker"),
    [
        ("Statement by Prime Minister Mark Carney on the election in Ghana",
         "I extend my warmest congratulations to John Mahama on his election as President of Ghana. Canada and Ghana "
         "share deep ties, and I look forward to working with him.", "GHA", "CAN", "Mark Carney"),
        ("Statement by Foreign Secretary David Lammy on the Malawi elections",
         "We welcome the peaceful conduct of the elections in Malawi. I congratulate the people of Malawi on their "
         "commitment to democracy.", "MWI", "GBR", "David Lammy"),
        ("Statement from President Cyril Ramaphosa",
         "I wish to congratulate President Duma Boko on his victory. South Africa stands ready to deepen our "
         "relations.", "BWA", "ZAF", "Cyril Ramaphosa"),
        ("Congratulations to the new President of Senegal",
         "I warmly congratulate Bassirou Diomaye Faye on his election. We look forward to working together.\n\n"
         "Anthony Albanese\nPrime Minister of Australia", "SEN", "AUS", "Anthony Albanese"),
        ("PRESS RELEASE",
         "Statement by Foreign Minister Penny Wong on the elections in Ghana\n\nAustralia congratulates the people of "
         "Ghana on peaceful elections. We look forward to working with the new government.", "GHA", "AUS", "Penny Wong"),
    ],
)
def test_a_statement_page_is_its_authors_one_row(title, text, host, iso3, speaker):
    rows = _page(title, text, host=host)
    assert [(r.country, r.speaker) for r in rows] == [(iso3, speaker)], rows
    assert rows[0].date == "2024-03-15"


def test_a_statement_page_is_dated_by_its_own_date_line():
    text = ("Ottawa, Ontario\nMarch 11, 2024\n\nI extend my warmest congratulations to John Mahama on his election "
            "as President of Ghana.")
    rows = _page("Statement by Prime Minister Mark Carney on the election in Ghana", text, host="GHA")
    assert [(r.country, r.speaker, r.date) for r in rows] == [("CAN", "Mark Carney", "2024-03-11")], rows


def test_first_person_words_in_a_news_report_stay_unattributed():
    text = "I think this is a good day, said one voter in Accra. We welcome the result."
    assert _page("Ghana election: the world reacts", text, host="GHA") == []
