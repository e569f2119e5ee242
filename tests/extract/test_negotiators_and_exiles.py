"""A country's (chief) negotiator speaks for it; a name quoted inside an appositive ("a leader of the 'green
bloc'") does not cut the appositive off its title; a place where an opposition figure lives in exile is no
country he speaks for; a government that "informed that" in translated official English has spoken."""

from __future__ import annotations

import pytest

from tests.extract.conftest import extract_text


@pytest.mark.parametrize(
    ("sentence", "iso3", "speaker"),
    [
        ("Brazil's chief negotiator Ana Souza said the text was weaker than hoped.", "BRA", "Ana Souza"),
        ("Ruth Achieng, Kenya's chief negotiator, told reporters the finance pledge fell short.", "KEN", "Ruth Achieng"),
        ("Norwegian negotiator Lars Dahl said the compromise would hold.", "NOR", "Lars Dahl"),
    ],
)
def test_a_countrys_negotiator_speaks_for_it(sentence, iso3, speaker):
    rows = extract_text(sentence, host="EGY", published="2022-11-20")
    assert [(r.country, r.speaker) for r in rows] == [(iso3, speaker)], rows


@pytest.mark.parametrize(
    ("sentence", "iso3", "speaker"),
    [
        ("Ana Lopez, foreign minister of Chile and a leader of the 'green bloc', said the accord was fair.", "CHL", "Ana Lopez"),
        ('Kofi Mensah, environment minister of Ghana and head of the "forest alliance", said poorer states had been heard.',
         "GHA", "Kofi Mensah"),
        ("Ana Lopez, foreign minister of Chile and a founder of the 'Lima group', said: \"We kept our word.\"", "CHL", "Ana Lopez"),
    ],
)
def test_a_quoted_name_inside_an_appositive_keeps_the_title(sentence, iso3, speaker):
    rows = extract_text(sentence, host="EGY", published="2022-11-20")
    assert [(r.country, r.speaker) for r in rows] == [(iso3, speaker)], rows


@pytest.mark.parametrize(
    "sentence",
    [
        "Opposition leader Maria Lenska, in exile in Warsaw, called for the reporter's release.",
        "Opposition leader Maria Lenska, exiled in Riga, called for the reporter's release.",
        "Opposition leader Maria Lenska, based in Prague, urged the European Union to act.",
    ],
)
def test_an_exiled_opposition_leader_keeps_the_host(sentence):
    rows = extract_text(sentence, host="BLR", published="2021-05-24")
    assert [(r.country, r.speaker) for r in rows] == [("BLR", "Maria Lenska")], rows


def test_a_senator_of_a_named_country_is_still_that_countrys():
    rows = extract_text("Senator Ana Ruiz of Chile called for the reporter's release.", host="BLR", published="2021-05-24")
    assert [(r.country, r.speaker) for r in rows] == [("CHL", "Ana Ruiz")], rows


@pytest.mark.parametrize(
    ("sentence", "iso3"),
    [
        ("The Government of Chile informed that a rescue team would fly to Lima.", "CHL"),
        ("Colombia's foreign ministry informs that its consulates are in contact with the families.", "COL"),
    ],
)
def test_a_government_that_informed_that_has_spoken(sentence, iso3):
    rows = extract_text(sentence, host="PER", published="2019-05-27")
    assert [r.country for r in rows] == [iso3], rows


@pytest.mark.parametrize(
    "sentence",
    [
        "The embassy informed its citizens that flights were cancelled.",
        "Informed sources said the talks had stalled.",
    ],
)
def test_informed_without_that_or_as_an_adjective_is_no_statement(sentence):
    assert extract_text(sentence, host="PER", published="2019-05-27") == []
