"""A list of countries after a plural office ("the presidents of ...", "Leaders of ...") or before a plural body
("X, Y and Z's foreign ministries"): every country listed gives its own row, as a plain list of countries does."""

import pytest

from tests.extract.conftest import extract_text, speakers


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a capitalised plural opening the sentence is no name with the first country in it
        ("Leaders of Ghana, Senegal and Kenya welcomed the ceasefire on Tuesday.", {"GHA", "SEN", "KEN"}),
        ("Heads of state of Malawi, Zambia and Botswana sent their congratulations.", {"MWI", "ZMB", "BWA"}),
        ("The leaders of Chile, Uruguay and Paraguay congratulated the winner.", {"CHL", "URY", "PRY"}),
        ("Leaders of Fiji and Samoa said they welcomed the agreement.", {"FJI", "WSM"}),
    ],
)
def test_every_country_after_a_plural_leaders_word_reacts(text, expected):
    rows = extract_text(text)
    assert {r.country for r in rows} == expected, speakers(rows)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an office with one holder per country is that holder, as "the president of Peru" is
        ("The presidents of Peru and Ecuador welcomed the vote on Wednesday.", {("PER", "Dina Boluarte"), ("ECU", "Daniel Noboa")}),
        ("Presidents of Peru, Ecuador and Kenya congratulated the winner.", {("PER", "Dina Boluarte"), ("ECU", "Daniel Noboa"), ("KEN", "William Ruto")}),
        # the office repeated for each country is the same list
        (
            "The president of Ghana, the president of Togo and the president of Kenya welcomed the result.",
            {("GHA", "Nana Akufo-Addo"), ("TGO", "Faure Gnassingbé"), ("KEN", "William Ruto")},
        ),
        (
            "The foreign ministers of Norway, Sweden and Denmark welcomed the agreement.",
            {("NOR", "Espen Barth Eide"), ("SWE", "Tobias Billstrom"), ("DNK", "Lars Lokke Rasmussen")},
        ),
    ],
)
def test_a_plural_office_before_a_country_list_is_each_countrys_holder(text, expected):
    rows = extract_text(text)
    assert speakers(rows) == expected, speakers(rows)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Oman, Qatar and Kuwait's foreign ministries said they welcomed the agreement.", {"OMN", "QAT", "KWT"}),
        ("Egypt, Jordan and Iraq's foreign ministries issued statements welcoming the truce.", {"EGY", "JOR", "IRQ"}),
        ("Chile and Peru's governments welcomed the vote on Monday.", {"CHL", "PER"}),
    ],
)
def test_a_country_list_before_a_possessive_plural_body_is_each_countrys_body(text, expected):
    rows = extract_text(text)
    assert {r.country for r in rows} == expected, speakers(rows)
    if "ministries" in text:
        assert all("Ministry" in r.speaker for r in rows), speakers(rows)


@pytest.mark.parametrize(
    "text",
    [
        # no list of countries: the plural has no owner to share out
        "Leaders from across the region congratulated the winner.",
        "Leaders of several countries sent messages of congratulations.",
    ],
)
def test_a_plural_office_without_countries_gives_no_row(text):
    assert extract_text(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the holders named after the list, set off by dashes or commas, are the speakers
        (
            "The presidents of Peru and Ecuador \u2014 Dina Boluarte and Daniel Noboa \u2014 said in a joint statement on Tuesday that they welcomed the vote.",
            {("PER", "Dina Boluarte"), ("ECU", "Daniel Noboa")},
        ),
        (
            "The leaders of Kenya and Peru, William Ruto and Dina Boluarte, sent messages of congratulations.",
            {("KEN", "William Ruto"), ("PER", "Dina Boluarte")},
        ),
    ],
)
def test_holders_named_after_a_plural_office_speak(text, expected):
    assert speakers(extract_text(text)) == expected


def test_unnamed_leaders_told_in_passing_after_as_did_give_no_row():
    rows = extract_text("Kenyan President William Ruto sent a message of congratulations, as did the leaders of Ghana, Togo and Benin.")
    assert speakers(rows) == {("KEN", "William Ruto")}

