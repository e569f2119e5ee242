"""A place opening the sentence without its comma ("In Moscow the Kremlin spokesman X said") is no part of the
speaker's name and does not hide the subject after it; "Prince" is a courtesy before a royal's name, so a prince
the leaders table knows speaks for his country, and one it does not know makes no row."""

from __future__ import annotations

import pytest

from tests.extract.conftest import extract_text


@pytest.mark.parametrize(
    ("sentence", "iso3", "speaker"),
    [
        ("And in Ankara the presidential spokesman Ibrahim Kalin told reporters that Turkey respected the result.",
         "TUR", "Ibrahim Kalin"),
        ("In Lima the foreign minister Ana Ruiz told reporters that Peru respected the choice of voters.", "PER", "Ana Ruiz"),
        ("From New Delhi the external affairs ministry said India respected the choice of voters.", "IND", None),
    ],
)
def test_a_place_opening_the_sentence_without_a_comma_leaves_its_subject(sentence, iso3, speaker):
    rows = extract_text(sentence, host="CHL", published="2021-11-22")
    assert [r.country for r in rows] == [iso3], rows
    if speaker:
        assert rows[0].speaker == speaker


@pytest.mark.parametrize(
    ("sentence", "rows_expected"),
    [
        ("Prince Charles said on Monday that the friendship between the two peoples would endure.",
         [("GBR", "Prince Charles", "2021-11-29")]),
        # a royal the leaders table does not know holds no office: no row, and not the host's
        ("Prince Harry said on Monday that the friendship between the two peoples would endure.", []),
    ],
)
def test_a_prince_the_table_knows_speaks_for_his_country(sentence, rows_expected):
    rows = extract_text(sentence, host="BRB", published="2021-11-30")
    assert [(r.country, r.speaker, r.date) for r in rows] == rows_expected, rows


def test_a_place_opening_a_transcript_turn_without_a_comma_leaves_its_subject():
    text = 'REPORTER: In Ottawa the foreign ministry spokeswoman, Ana Ruiz, said on Tuesday that it was "a turning point".'
    rows = extract_text(text, host="CHL", published="2021-11-24")
    assert [(r.country, r.speaker, r.date) for r in rows] == [("CAN", "Ana Ruiz", "2021-11-23")], rows
