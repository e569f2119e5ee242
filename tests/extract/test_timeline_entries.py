"""A timeline's or live blog's entries: the present tense ("calls", "rejects", "pledges"), a stamp before a
body reporting a leader's act ("18:00 - The White House says X spoke with ..."), and a government speaking
through its president."""

import pytest

from tests.extract.conftest import extract_text, speakers


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('June 3, 11:40 \u2014 Portugal\'s Luis Montenegro calls the result "a historic day".', {("PRT", "Luis Montenegro")}),
        ("09:05 - Venezuela rejects the result.", {("VEN", "Venezuelan government")}),
        ("Japan pledges $10 million in aid to the flood victims.", {("JPN", "Japanese government")}),
        ("Chilean President Gabriel Boric expresses his solidarity with the Mexican people.", {("CHL", "Gabriel Boric")}),
        # near miss: the noun
        ("The calls from Chilean President Gabriel Boric came late in the evening.", set()),
    ],
)
def test_present_tense_entries(text, expected):
    assert speakers(extract_text(text, host="MEX", published="2024-06-04")) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("June 3, 18:00 \u2014 The White House says Biden spoke with Sheinbaum by phone.", {("USA", "Joe Biden")}),
        ("18:00 GMT - The White House says Biden spoke with Sheinbaum by phone.", {("USA", "Joe Biden")}),
        # near miss: words quoted before the dash stay the body's
        ('"We look forward to working with her," \u2014 the White House said.', {("USA", "White House")}),
    ],
)
def test_a_stamp_before_a_body_is_no_frame(text, expected):
    assert speakers(extract_text(text, host="MEX", published="2024-06-04")) == expected


def test_a_government_speaking_through_its_president():
    rows = extract_text("The Cuban government, through President Miguel Diaz-Canel, hailed the historic victory.", host="MEX",
                        published="2024-06-04")
    assert speakers(rows) == {("CUB", "Miguel Diaz-Canel")}


def test_a_name_inside_a_communiques_operative_paragraph_is_the_object_of_the_bodys_verb():
    text = ("The Peace and Security Council of the African Union, meeting in Addis Ababa on 10 August 2023:\n\n"
            "Condemns the detention of the elected president;\n\n"
            "Requests the Chairperson of the Commission to send envoys to Niamey without delay, and calls on the army to "
            "guarantee the security of civilians;\n\nDecides to remain seized of the matter.")
    rows = extract_text(text, host="NER", published="2023-08-11")
    assert [(r.country, r.speaker) for r in rows] == [(None, "African Union Peace and Security Council")], rows
    assert "calls on the army" in rows[0].quote and "security" in rows[0].themes, rows
