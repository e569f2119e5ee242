"""A body's communiqué: a heading clause naming the body and ending with a colon, then operative paragraphs
that open with their verb and no subject ("Condemns ...", "2. Welcomes ..."), are the body's words, dated
by the heading's meeting day; and "The two leaders called for ..." after a call between two speakers is
both speakers' words ("X and Y spoke by phone ..." before it)."""

import pytest

from tests.extract.conftest import extract_text


@pytest.mark.parametrize(
    ("text", "speaker", "date"),
    [
        ("The ECOWAS Authority of Heads of State and Government, meeting in extraordinary session in Abuja on "
         "10 August 2023:\n\n1. Condemns in the strongest terms the coup in Niger;\n\n2. Directs the Committee "
         "of Chiefs of Defence Staff to activate the standby force.", "ECOWAS", "2023-08-10"),
        ("The AU Peace and Security Council, in a session in Addis Ababa on 9 August 2023 devoted to Niger:\n\n"
         "Condemns the detention of the elected president;\n\nUrges the region to keep talking to the junta.",
         "African Union Peace and Security Council", "2023-08-09"),
    ],
)
def test_a_communiques_operative_paragraphs_are_the_bodys_words(text, speaker, date):
    rows = extract_text(text, host="NER", published="2023-08-11")
    assert [(r.country, r.speaker, r.date) for r in rows] == [(None, speaker, date)], rows


def test_verb_first_paragraphs_without_a_body_heading_give_no_row():
    text = "The junta met on Monday. Its statement read as follows:\n\nWelcomes the support of the people."
    assert extract_text(text, host="NER", published="2023-08-11") == []


@pytest.mark.parametrize(
    "text",
    [
        "Bola Tinubu and Macky Sall spoke by phone on 2 August 2023 about Niger. "
        "The two leaders demanded the \"immediate release\" of the detained president.",
        "Bola Tinubu and Macky Sall met in Abuja on 2 August 2023 to discuss Niger.\n\n"
        "The two leaders urged the junta to \"step aside\".",
    ],
)
def test_the_two_leaders_after_a_call_between_two_speakers_are_both(text):
    rows = extract_text(text, host="NER", published="2023-08-03")
    assert {(r.country, r.speaker, r.date) for r in rows} == {("NGA", "Bola Tinubu", "2023-08-02"), ("SEN", "Macky Sall", "2023-08-02")}, rows


def test_the_two_sides_after_a_message_relayed_from_another_are_not_that_pair():
    # "X conveyed the message of Y": Y is named after the verb, so "the two sides" are not X and Y
    text = ("Mr. Diallo conveyed the message of the Secretary-General of the United Nations, Antonio Guterres, on the "
            "transition in Niger. The two sides agreed to stay in close touch.")
    rows = extract_text(text, host="NER", published="2023-08-03")
    assert all(r.speaker != "Antonio Guterres" for r in rows), rows
