"""Themes of condolence and aid messages: an attack called terrorist, a message's channel, the gathering where the
speaker spoke and a unit's name are no theme; the fight against terrorism is security."""

import pytest

from tests.extract.conftest import extract_text
from tracker.extract.themes import match_themes


@pytest.mark.parametrize(
    "text",
    [
        "Chile strongly condemned the cowardly terrorist attack on worshippers",
        "the bombing was a reminder of the cruelty of terrorism",
        "Oslo had passed its offer to Damascus through security and diplomatic channels",
        "the message went through diplomatic and security channels",
        "the Military Emergencies Unit flew forty rescuers to the coast",
    ],
)
def test_condolence_words_carry_no_security_theme(text):
    assert "security" not in match_themes(text), match_themes(text)


@pytest.mark.parametrize(
    "text",
    [
        "Norway stood ready to cooperate with Kenya in the fight against terrorism",
        "the two countries would deepen counter-terrorism cooperation",
        "we will stand together against terrorism in all its forms",
        "the region faced a growing threat of terrorism",
        "the security of the whole region had been strengthened",
        "the army would help clear the rubble",
    ],
)
def test_the_fight_against_terrorism_and_security_words_still_count(text):
    assert "security" in match_themes(text), match_themes(text)


@pytest.mark.parametrize(
    "sentence",
    [
        "Opening the regional summit on Saturday, Indonesian President Joko Widodo said the world stood with the victims.",
        "Addressing a donors' conference on Saturday, Indonesian President Joko Widodo said the world stood with the victims.",
        "Indonesian President Joko Widodo, in Nairobi for a summit, said on Saturday the world stood with the victims.",
        "Indonesian President Joko Widodo, in New York for the General Assembly, said on Saturday the world stood with the victims.",
    ],
)
def test_the_gathering_where_the_speaker_spoke_is_not_a_summit_theme(sentence):
    rows = extract_text("An earthquake struck on Friday.\n\n" + sentence, published="2023-09-10", host="MAR")
    assert [(r.country, r.themes) for r in rows] == [("IDN", ())], rows


def test_a_meeting_the_speaker_seeks_is_still_a_summit_theme():
    rows = extract_text(
        "An earthquake struck on Friday.\n\nIndonesian President Joko Widodo said on Saturday he hoped to meet the King soon.",
        published="2023-09-10",
        host="MAR",
    )
    assert [(r.country, r.themes) for r in rows] == [("IDN", ("summit",))], rows


@pytest.mark.parametrize(
    ("text", "theme", "found"),
    [
        ("the cabinet would meet in special session to weigh the consequences", "summit", False),
        ("ministers will meet in an emergency session on Monday", "summit", False),
        ("the two leaders agreed to meet in Madrid next month", "summit", True),
        ("with Sweden inside, the whole Nordic region will be safer", "security", True),
    ],
)
def test_a_government_in_session_is_no_summit_and_safer_is_security(text, theme, found):
    assert (theme in match_themes(text)) is found, match_themes(text)
