"""A speaker introduced by title alone ("Fiji's foreign minister was among the first to respond.") and named
at the head of the next sentence is that office-holder: the name takes the title's country or body, and the
introducing sentence's day dates the words when the named sentence gives none."""

import datetime as dt

import pytest

from tests.extract.conftest import extract_text

PUBLISHED = "2021-09-27"


def _rows(text: str, host: str = "TON"):
    return extract_text(text, host=host, published=PUBLISHED, reference=dt.date(2021, 9, 28))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            'Samoa\'s foreign minister was among the first to respond. Ana Reef wrote on Twitter on Monday that the vote was "a step forward".',
            ("WSM", None, "Ana Reef", "2021-09-27"),
        ),
        (
            "The Council of Europe's human rights commissioner welcomed the vote. Ivo Marek wrote on Sunday that it was "
            '"an important step for the rights of women".',
            (None, "Council of Europe", "Ivo Marek", "2021-09-26"),
        ),
        (
            'In Suva, the Fijian leader sent word on Saturday evening. Lisa Vaipulu said in a statement that the vote was "clean".',
            ("FJI", None, "Lisa Vaipulu", "2021-09-25"),
        ),
        (
            'In Suva, the Fijian leader sent word on Saturday evening. Prime Minister Lisa Vaipulu said in a statement that the vote was "clean".',
            ("FJI", None, "Lisa Vaipulu", "2021-09-25"),
        ),
    ],
)
def test_a_name_after_a_sentence_giving_only_a_title_is_that_office_holder(text, expected):
    rows = _rows(text)
    assert [(r.country, r.organization, r.speaker, r.date) for r in rows] == [expected], rows


@pytest.mark.parametrize(
    "text",
    [
        # another paragraph: no introduction
        "Samoa's foreign minister was among the first to respond.\n\nAna Reef said the vote was good.",
        # the title's sentence names its holder already
        "Samoa's foreign minister, Ivo Marek, was among the first to respond. Ana Reef said the vote was good.",
    ],
)
def test_no_introduction_across_paragraphs_or_after_a_named_holder(text):
    assert not any(r.speaker == "Ana Reef" and r.country == "WSM" for r in _rows(text))


@pytest.mark.parametrize(
    "sentence",
    [
        'Fiji: the minister for equal opportunities, Ana Reef, said on Monday that the result "speaks to all of us".',
        "Fiji's equal opportunities minister Ana Reef said on Monday that the result was a relief.",
    ],
)
def test_an_equal_opportunities_minister_is_a_minister(sentence):
    (row,) = _rows(sentence)
    assert (row.country, row.speaker, row.role) == ("FJI", "Ana Reef", "Minister for Equal Opportunities")


@pytest.mark.parametrize(
    ("sentence", "organization"),
    [
        ("The FATF's president, Ana Reef, told a news conference that the listing was \"not a blacklist\".", "Financial Action Task Force"),
        ("Moneyval, the Council of Europe's anti-money-laundering committee, said in a statement on Friday that it would keep helping.", "Moneyval"),
    ],
)
def test_anti_money_laundering_bodies_are_international(sentence, organization):
    (row,) = _rows(sentence, host="MCO")
    assert (row.country, row.organization) == (None, organization), row


def test_an_office_holder_of_a_named_body_introduced_before_the_name():
    text = "The Foreign Office's minister for the Pacific was blunt. Ana Reef, speaking in the Commons yesterday, said the law was \"a step back\"."
    (row,) = _rows(text)
    assert (row.country, row.speaker, row.date) == ("GBR", "Ana Reef", "2021-09-26"), row


def test_an_office_in_a_capital_of_three_words_belongs_to_that_capitals_country():
    text = (
        "Malaysia\n\nA neighbour took a different line.\n\nBrunei\n\n"
        "The Prime Minister's Office in Bandar Seri Begawan said in a statement on Saturday that the law aimed to \"educate\"."
    )
    (row,) = _rows(text, host="FJI")
    assert row.country == "BRN", row


def test_a_government_that_had_announced_nothing_by_the_time_of_writing_gives_no_row():
    assert _rows("Samoa's government had not announced any aid by the time of writing.") == []


def test_the_caribbean_disaster_agencys_director_speaks_for_the_agency():
    (row,) = _rows("The Caribbean Disaster Emergency Management Agency's executive director, Ana Reef, told reporters on Thursday that teams would fly in.")
    assert (row.country, row.organization) == (None, "Caribbean Disaster Emergency Management Agency"), row
