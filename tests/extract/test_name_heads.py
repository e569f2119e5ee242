"""A body's last name word on its own ("the Union", "the Commission", "the Council") stands for the EU or the
international body met last under a name ending in it; after an electoral commission, or with no such body named,
it is no speaker."""

import pytest

from tests.extract.conftest import extract_text


@pytest.mark.parametrize(
    ("text", "iso3", "speaker"),
    [
        ("EU monitors reached Lusaka on Friday. The Union said the count had been orderly.", "EUU", "European Union"),
        ("The European Union sent forty monitors to polling stations in Dakar. The Union said the count had been "
         "orderly.", "EUU", "European Union"),
        ("The European Commission has paid for voter registration in Zambia. The Commission said the count had been "
         "orderly.", "EUU", "European Commission"),
        ("The European Council gathered in Brussels on Thursday. The Council welcomed the calm vote.", "EUU",
         "European Council"),
        ("The Council of the EU held a session on Monday. The Council welcomed the calm vote.", "EUU",
         "Council of the European Union"),
    ],
)
def test_a_body_s_last_name_word_is_the_eu_body_named_before(text, iso3, speaker):
    rows = extract_text(text, host="ZMB")
    assert [(r.country, r.speaker) for r in rows] == [(iso3, speaker)], rows


@pytest.mark.parametrize(
    "text",
    [
        "The Union said the count had been orderly.",
        "The electoral commission published turnout figures. The Commission said results would follow.",
        "The European Commission has paid for voter registration. The National Electoral Commission counted the "
        "ballots. The Commission said results would follow on Friday.",
    ],
)
def test_no_eu_body_or_a_later_national_one_gives_no_row(text):
    assert extract_text(text, host="ZMB") == []
