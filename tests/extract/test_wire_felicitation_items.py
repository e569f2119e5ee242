"""A state wire's felicitation items: a leader whose message came "through the embassy on Monday" is no embassy
official; an office title keeps its holder's office before an academic title ("Chief Adviser Professor X"); the
leader's capitalised "Media Division" or "Media Unit" is his office, no person; a sentence opening with a place
("From Harare, State House said President X had ...") reports the leader named after the office."""

from __future__ import annotations

import pytest

from tests.extract.conftest import extract_text


@pytest.mark.parametrize(
    ("sentence", "iso3", "speaker"),
    [
        ("In a message delivered through the Brazilian Embassy on Monday, President Lula da Silva said Brazil and Ghana "
         "were old friends.", "BRA", "Luiz Inacio Lula da Silva"),
        ("In a letter handed over by the Swiss embassy on Tuesday, Foreign Minister Ignazio Cassis said Switzerland "
         "wished Ghana well.", "CHE", "Ignazio Cassis"),
        ("Through the Turkish Embassy in March, President Recep Tayyip Erdogan said Ankara stood with Ghana.", "TUR", "Recep Tayyip Erdogan"),
    ],
)
def test_a_day_between_an_embassy_and_a_leader_is_no_appositive(sentence, iso3, speaker):
    rows = extract_text(sentence, host="GHA", published="2024-09-24")
    assert [(r.country, r.speaker) for r in rows] == [(iso3, speaker)], rows


@pytest.mark.parametrize(
    ("sentence", "iso3", "speaker"),
    [
        ("Norway's ambassador in Accra, Eli Strand, said the vote was calm.", "NOR", "Eli Strand"),
        ("The French ambassador to Ghana, Jules Armand, welcomed the result.", "FRA", "Jules Armand"),
    ],
)
def test_a_place_between_a_title_and_a_name_still_joins_them(sentence, iso3, speaker):
    rows = extract_text(sentence, host="GHA", published="2024-09-24")
    assert [(r.country, r.speaker, r.role is not None) for r in rows] == [(iso3, speaker, True)], rows


@pytest.mark.parametrize(
    "title",
    ["Finance Minister Professor", "Foreign Minister Prof.", "Chief Adviser Professor", "President Professor"],
)
def test_an_academic_title_after_an_office_keeps_the_office(title):
    rows = extract_text(f"Kenya's {title} Wanjiru Otieno welcomed the peaceful vote in Ghana.", host="GHA", published="2024-09-24")
    assert [(r.country, r.speaker) for r in rows] == [("KEN", "Wanjiru Otieno")], rows


@pytest.mark.parametrize(
    "sentence",
    [
        "Professor Wanjiru Otieno, a Kenyan economist, welcomed the peaceful vote in Ghana.",
        "Political analyst Wanjiru Otieno welcomed the peaceful vote in Ghana.",
    ],
)
def test_an_academic_alone_still_speaks_for_no_government(sentence):
    assert extract_text(sentence, host="GHA", published="2024-09-24") == []


@pytest.mark.parametrize("office", ["the President's Media Division", "the Prime Minister's Media Unit", "the President's Office"])
def test_a_leaders_media_division_reports_the_caller(office):
    text = f"Togo's President Faure Gnassingbe telephoned the President on Monday evening and invited him to Lome, {office} said."
    rows = extract_text(text, host="GHA", published="2024-09-24")
    assert [(r.country, r.speaker) for r in rows] == [("TGO", "Faure Gnassingbé")], rows


def test_a_named_countrys_media_division_speaks_for_itself():
    rows = extract_text("Togo's Media Division said the vote in Ghana had been a triumph.", host="GHA", published="2024-09-24")
    assert [(r.country, r.speaker) for r in rows] == [("TGO", "Media Division")], rows


@pytest.mark.parametrize(
    ("sentence", "iso3", "speaker"),
    [
        ("From Lusaka, State House said President Hakainde Hichilema had sent a message wishing the new leader success.", "ZMB", "Hakainde Hichilema"),
        ("In Dodoma, the Office of the President said President Samia Suluhu Hassan had sent a message of goodwill.", "TZA", "Samia Suluhu Hassan"),
    ],
)
def test_a_place_opening_the_sentence_leaves_the_office_reporting_its_leader(sentence, iso3, speaker):
    rows = extract_text(sentence, host="MWI", published="2024-11-04")
    assert [(r.country, r.speaker) for r in rows] == [(iso3, speaker)], rows


def test_an_office_after_a_place_opening_speaks_for_itself_when_it_names_no_leader():
    rows = extract_text("In Lusaka, State House said Zambia welcomed the peaceful vote.", host="MWI", published="2024-11-04")
    assert [r.country for r in rows] == ["ZMB"], rows
