"""Givers named by a list after their group ("World leaders including X and Y sent"), the rest of a list after
"as did", an office-holder named by his title whose spokesperson speaks for him, and an unnamed ministry closing
a sentence whose subject is a country acting on another ("Algeria sent aid to Tunisia, the foreign ministry said")."""

import pytest

from tests.extract.conftest import extract_text, speakers


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Leaders including Saudi Arabia's King Salman and Jordan's King Abdullah II sent messages of condolence.",
         {("SAU", "King Salman"), ("JOR", "King Abdullah II")}),
        ("World leaders including Kenyan President William Ruto, Ghana's Nana Akufo-Addo and Senegal's Macky Sall sent "
         "condolences to the king.", {("KEN", "William Ruto"), ("GHA", "Nana Akufo-Addo"), ("SEN", "Macky Sall")}),
        # near misses: the list is whom someone met, or it sits after "from"
        ("The king met leaders including Saudi Arabia's King Salman and Jordan's King Abdullah II last year.", set()),
        ("Messages from leaders including Saudi Arabia's King Salman arrived on Sunday.", set()),
    ],
)
def test_a_group_named_by_its_list_gives_each_name(text, expected):
    assert speakers(extract_text(text, host="MAR", published="2023-09-10")) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ecuador's foreign ministry expressed its deepest condolences, as did Peru, Colombia and Chile.",
         {("ECU", "Ecuadorian Foreign Ministry"), ("PER", "Peruvian government"), ("COL", "Colombian government"),
          ("CHL", "Chilean government")}),
        # near miss: a comma run that "and" does not close is no list
        ("Ecuador's foreign ministry expressed its deepest condolences, as did Peru, Colombia's neighbour.",
         {("ECU", "Ecuadorian Foreign Ministry"), ("PER", "Peruvian government")}),
    ],
)
def test_as_did_gives_every_name_of_its_list(text, expected):
    assert speakers(extract_text(text, host="MAR", published="2023-09-10")) == expected


def test_a_spokesperson_speaks_for_the_office_holder_named_by_his_title():
    rows = extract_text('The UN Secretary-General is "deeply saddened" by the loss of life, his spokesperson said.', host="MAR")
    assert speakers(rows) == {(None, "Antonio Guterres")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Algeria sent aid to Tunisia, the foreign ministry said.", ("DZA", "Algerian Foreign Ministry")),
        ("Algeria, which borders Tunisia, congratulated the winner, the presidency said.", ("DZA", "Presidency")),
        # near misses: no act of the country's own, and a ministry placed by its adjective
        ("Algeria is a neighbour of Tunisia, the foreign ministry said.", ("TUN", "Tunisian Foreign Ministry")),
        ("Algeria sent aid to Tunisia, the Tunisian foreign ministry said.", ("TUN", "Tunisian Foreign Ministry")),
    ],
)
def test_an_unnamed_ministry_closing_the_sentence_is_the_acting_countrys(text, expected):
    assert speakers(extract_text(text, host="TUN", published="2023-09-10")) == {expected}


def test_a_title_inside_a_clause_about_the_speaker_is_not_the_one_whose_spokesman_speaks():
    text = ('UN Secretary-General Antonio Guterres, who as Portugal\'s prime minister in 1999 pressed for the referendum, '
            'welcomed the "peaceful conduct" of the vote, his spokesman said.')
    rows = extract_text(text, host="TLS", published="2022-04-22")
    assert speakers(rows) == {(None, "Antonio Guterres")}, rows
