"""A leader's residence named as the source ("Villa Somalia said") relays the leader's own act, and an aid
agency's head ("USAID Administrator X") speaks for the agency's government (data/institutions.csv, titles.csv)."""

import pytest

from tests.extract.conftest import extract_text


@pytest.mark.parametrize(
    ("sentence", "country", "speaker"),
    [
        ("Somalia's President Hassan Sheikh Mohamud phoned Guelleh on Sunday, Villa Somalia said, thanking Djibouti for its troops.",
         "SOM", "Hassan Sheikh Mohamud"),
        ("Bangladesh's President Mohammed Shahabuddin wrote to Guelleh on Sunday, Bangabhaban said.", "BGD", "Mohammed Shahabuddin"),
        ("Portugal's President Marcelo Rebelo de Sousa telephoned Guelleh on Sunday, Belem Palace said.", "PRT", "Marcelo Rebelo de Sousa"),
    ],
)
def test_a_residence_relays_its_leader_s_act(sentence, country, speaker):
    rows = extract_text("Guelleh won on Friday. " + sentence, host="DJI")
    assert [(r.country, r.speaker) for r in rows] == [(country, speaker)], rows


@pytest.mark.parametrize(
    "sentence",
    [
        "USAID Administrator Samantha Power announced on Wednesday that the United States was providing emergency aid to Malawi.",
        "The administrator of USAID, Samantha Power, pledged emergency aid to Malawi on Wednesday.",
        "The U.S. Agency for International Development's administrator, Samantha Power, said on Wednesday that aid was on its way.",
    ],
)
def test_an_aid_agency_s_administrator_speaks_for_its_government(sentence):
    rows = extract_text("Floods hit Malawi on Monday. " + sentence, host="MWI")
    assert [(r.country, r.speaker) for r in rows] == [("USA", "Samantha Power")], rows
