"""A title's portfolio ("... for Peace Operations", "... for Latin America") is neither its holder's
name nor its holder's country; lower-case offices with a nationality resolve like capitalised ones."""

import pytest

from tests.extract.conftest import extract_text


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Under-Secretary-General for Peace Operations Kofi Mensah said the mission in Mali would stay.", "Kofi Mensah"),
        ("Under-Secretary-General for Field Support Lena Varga said the coup in Mali was a setback.",
         "Lena Varga"),
        ("The UN Under-Secretary-General for Political Affairs, Rosa Delgado, said the vote in Mali was a setback.",
         "Rosa Delgado"),
        ("UN Special Envoy for Libya Petra Kowalski said the talks in Mali had to resume.", "Petra Kowalski"),
    ],
)
def test_a_portfolio_after_for_is_not_part_of_the_un_officials_name(text, speaker):
    rows = extract_text(text, host="MLI")
    assert [(r.country, r.speaker, r.organization) for r in rows] == [(None, speaker, "United Nations")], rows


@pytest.mark.parametrize(
    ("text", "iso3", "speaker"),
    [
        ("Britain's Minister for Latin America, Owen Price, said the election in Peru was \"a step forward\".",
         "GBR", "Owen Price"),
        ("Canada's Minister for Latin America Claire Dube said the election in Peru was \"a step forward\".",
         "CAN", "Claire Dube"),
        ("London urged calm. Its Minister for North America, Owen Price, said the election in Peru was fair.",
         "GBR", "Owen Price"),
        ("US Special Envoy for Venezuela Mark Dalton said the election in Peru was \"a step forward\".",
         "USA", "Mark Dalton"),
    ],
)
def test_the_region_or_country_a_minister_deals_with_is_not_his_country(text, iso3, speaker):
    rows = extract_text(text, host="PER")
    assert [(r.country, r.speaker) for r in rows] == [(iso3, speaker)], rows


@pytest.mark.parametrize(
    ("text", "iso3", "speaker"),
    [
        ("The US secretary of state said the runoff in Peru had been \"free and fair\".", "USA", "Antony Blinken"),
        ("The American secretary of state told reporters the runoff in Peru was \"a model\".", "USA", "Antony Blinken"),
        ("The British foreign secretary said the runoff in Peru had been \"orderly\".", "GBR", "David Cameron"),
        ("The German head of state said the runoff in Peru had been \"orderly\".", "DEU", "Frank-Walter Steinmeier"),
        ("The Spanish head of state sent a message saying the runoff in Peru was \"a model\".", "ESP", "King Felipe VI"),
        ("US secretary of state Antony Blinken said the runoff in Peru was \"a model\".", "USA", "Antony Blinken"),
    ],
)
def test_a_lower_case_office_with_a_nationality_names_its_holder_on_the_date(text, iso3, speaker):
    rows = extract_text(text, host="PER", published="2024-03-15")
    assert [(r.country, r.speaker) for r in rows] == [(iso3, speaker)], rows


def test_state_media_is_still_no_speaker():
    # "state" joins a run only to close "secretary of state" / "head of state"
    assert extract_text("Chinese state media said the runoff in Peru was orderly.", host="PER") == []


@pytest.mark.parametrize(
    ("text", "speaker", "organization", "iso3"),
    [
        ("Under-Secretary-General for Political and Peacebuilding Affairs Ines Moreau said the vote in Mali was a setback.",
         "Ines Moreau", "United Nations", None),
        ("Under-Secretary-General for Humanitarian Affairs and Emergency Relief Coordinator Jonas Falk said aid must flow.",
         "Jonas Falk", "United Nations", None),
        ("New Zealand's Minister for Trade and Tourism Hemi Parata said the vote in Mali was a setback.",
         "Hemi Parata", None, "NZL"),
        ("Canada's Minister for Tourism Odile Brassard said the vote in Mali was a setback.", "Odile Brassard", None, "CAN"),
    ],
)
def test_a_portfolio_joined_by_and_keeps_the_title_on_the_name_after_it(text, speaker, organization, iso3):
    rows = extract_text(text, host="MLI")
    assert [(r.country, r.speaker, r.organization) for r in rows] == [(iso3, speaker, organization)], rows


def test_a_minister_for_a_region_and_a_named_president_stay_two_speakers():
    rows = extract_text("The Minister for Africa and President Macron said the vote in Mali was a setback.", host="MLI")
    assert ("FRA", "Emmanuel Macron") in {(r.country, r.speaker) for r in rows}, rows
