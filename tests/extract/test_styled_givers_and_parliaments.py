"""A cable or message received "from the <style>, <Name>" (a style no title table knows, "the Custodian of the Two
Holy Mosques") is the named giver's; the Arab Parliament and the Pan-African Parliament are international bodies,
whose speakers speak for them, not for the host."""

from __future__ import annotations

import pytest

from tests.extract.conftest import extract_text


@pytest.mark.parametrize(
    ("sentence", "iso3", "speaker"),
    [
        (("The Amiri Diwan received a cable from the Custodian of the Two Holy Mosques, King Salman bin Abdulaziz, in "
          "which he congratulated the Emir."), "SAU", "King Salman"),
        (("The palace received a letter from the Head of the Holy See, Pope Francis, in which he offered prayers for "
          "the victims."), "VAT", "Pope Francis"),
    ],
)
def test_a_giver_named_after_his_style_gives_the_message(sentence, iso3, speaker):
    rows = extract_text(sentence, host="QAT", published="2023-04-05")
    assert [(r.country, r.speaker) for r in rows] == [(iso3, speaker)], rows


def test_messages_from_a_list_of_countries_stay_each_countrys():
    rows = extract_text("The president received messages from Chile, Peru and Brazil on Monday.", host="QAT", published="2023-04-05")
    assert sorted(r.country for r in rows) == ["BRA", "CHL", "PER"], rows


@pytest.mark.parametrize(
    ("sentence", "organization"),
    [
        ("Speaker of the Arab Parliament Adel Al-Asoumi affirmed on Sunday the body's solidarity with Bahrain.", "Arab Parliament"),
        ("The Pan-African Parliament condemned the attack on Sunday.", "Pan-African Parliament"),
    ],
)
def test_a_regional_parliament_is_an_international_body(sentence, organization):
    rows = extract_text(sentence, host="BHR", published="2023-04-05")
    assert [(r.country, r.organization) for r in rows] == [(None, organization)], rows
