"""A plural office after an opening phrase ("In a joint statement, the foreign ministers of A and B"), a head of
state named only by his title in a story filed from a foreign capital, and a roundup's 'X on Telegram: "..."'."""

import datetime as dt

import pytest

from tests.extract.conftest import extract_text, speakers


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("In a joint statement, the foreign ministers of Norway and Chile welcomed the orderly transfer of power.",
         {("NOR", "Espen Barth Eide"), ("CHL", "Alberto van Klaveren")}),
        ("On Wednesday, the foreign ministries of Peru and Chile welcomed the orderly transfer of power.",
         {("PER", "Peruvian Foreign Ministry"), ("CHL", "Chilean Foreign Ministry")}),
        ("In a joint statement, the leaders of Fiji and Samoa welcomed the result.",
         {("FJI", "Fijian government"), ("WSM", "Samoan government")}),
    ],
)
def test_a_plural_office_after_an_opening_phrase_is_the_subject(text, expected):
    assert speakers(extract_text(text, host="LKA", published="2024-03-15")) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("DOHA, Sept 24 (QNA) -- The Emir sent a cable of congratulations on Tuesday to the new president of Sri Lanka.",
         {("QAT", "Tamim bin Hamad Al Thani")}),
        # near misses: a story filed from the host's capital, and a head the story named before
        ("COLOMBO, Sept 24 (Wire) -- The President thanked the voters.", set()),
        ("DOHA, Sept 24 (Wire) -- Turkish President Recep Tayyip Erdogan sent a cable to the new president. The President "
         "also invited him to Ankara.", {("TUR", "Recep Tayyip Erdogan")}),
    ],
)
def test_a_title_alone_in_a_story_filed_abroad_is_that_countrys_head(text, expected):
    rows = extract_text(text, host="LKA", published="2024-09-24", reference=dt.date(2024, 9, 25))
    assert {s for s in speakers(rows) if s[0] != "LKA"} == expected, rows


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('Israeli President Isaac Herzog on X: "Israel stands ready to deepen our friendship with Fiji."', {("ISR", "Isaac Herzog")}),
        ('Wrote Chilean President Gabriel Boric on Instagram: "A great day for Fiji."', {("CHL", "Gabriel Boric")}),
    ],
)
def test_a_platform_between_the_name_and_the_colon(text, expected):
    assert speakers(extract_text(text, host="FJI", published="2024-03-15")) == expected


def _headlined(title: str, text: str):
    from tracker.extract import extract_statements
    from tracker.models import Article

    article = Article(title=title, text=text, published="2023-10-15", published_basis="field")
    return {(r.country, r.speaker) for r in extract_statements(article, reference_date=dt.date(2023, 10, 16), host_country="NZL")}


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Trudeau hails Luxon's win", {("CAN", "Justin Trudeau")}),
        # near misses: the headline names no one, or another country's leader
        ("World leaders hail Luxon's win", set()),
        ("Albanese hails Luxon's win", set()),
    ],
)
def test_the_generic_leader_of_a_country_is_the_one_the_headline_names(title, expected):
    text = "In his message, the Canadian leader praised New Zealand's vibrant democracy and invited Luxon to Ottawa."
    assert _headlined(title, text) == expected
