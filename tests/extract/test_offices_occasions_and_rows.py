"""A leader's office reporting what a foreign leader did ("X telephoned Lee, according to Lee's office") gives the
caller's row; the spokesperson of a leader's office in the sentence telling the leader's own act is the leader's
voice; "told the same meeting" takes the day of the meeting told just before; a "who said what" table row dates
a speaker the prose left undated."""

from __future__ import annotations

import pytest

from tests.extract.conftest import extract_text


@pytest.mark.parametrize(
    ("sentence", "iso3", "speaker"),
    [
        (("Chilean President Gabriel Boric telephoned Milei on Monday and invited him to visit Santiago, according to "
          "Milei's office."), "CHL", "Gabriel Boric"),
        ("Spanish Prime Minister Pedro Sanchez called Milei on Monday to congratulate him, Milei's office said.",
         "ESP", "Pedro Sanchez"),
    ],
)
def test_a_leaders_office_reports_the_foreign_callers_act(sentence, iso3, speaker):
    rows = [r for r in extract_text(sentence, host="ARG", published="2023-11-21") if not r.domestic]
    assert [(r.country, r.speaker, r.date) for r in rows] == [(iso3, speaker, "2023-11-20")], rows


def test_a_leader_quoted_by_his_own_office_stays_his():
    rows = extract_text("Javier Milei welcomed the calls on Monday, according to Milei's office.", host="ARG", published="2023-11-21")
    assert [(r.country, r.speaker) for r in rows] == [("ARG", "Javier Milei")], rows


@pytest.mark.parametrize(
    "text",
    [
        ("NSC spokesman Ned Price said the United States stood ready to help the Belgian authorities, and President "
         "Barack Obama telephoned the Belgian prime minister on Tuesday."),
        ("White House spokesman Josh Earnest said the United States stood ready to help, and President Barack Obama "
         "telephoned the Belgian prime minister on Tuesday."),
    ],
)
def test_the_spokesperson_of_a_leaders_office_in_the_leaders_sentence_is_his_voice(text):
    rows = extract_text(text, host="BEL", published="2016-03-23")
    assert [(r.country, r.speaker, r.date) for r in rows] == [("USA", "Barack Obama", "2016-03-22")], rows


def test_the_spokesperson_in_a_sentence_of_his_own_keeps_his_row():
    text = (
        "White House spokesman Josh Earnest said the United States stood ready to help.\n\n"
        "President Barack Obama telephoned the Belgian prime minister on Tuesday."
    )
    rows = extract_text(text, host="BEL", published="2016-03-23")
    assert sorted(r.speaker for r in rows) == ["Barack Obama", "Josh Earnest"], rows


@pytest.mark.parametrize("occasion", ["the same meeting", "the same session", "the same briefing"])
def test_the_same_meeting_takes_the_day_of_the_meeting_told_before(occasion):
    text = (
        "At a closed session of the Security Council in New York on Monday, French envoy Claire Dubois said Paris "
        "backed the inquiry.\n\n"
        f"Chinese Ambassador Fu Cong told {occasion} that Beijing opposed any sanctions."
    )
    rows = extract_text(text, host="SDN", published="2024-03-13")
    assert {(r.speaker, r.date) for r in rows} == {("Claire Dubois", "2024-03-11"), ("Fu Cong", "2024-03-11")}, rows


def test_a_meeting_without_same_keeps_the_articles_date():
    text = (
        "At a closed session of the Security Council in New York on Monday, French envoy Claire Dubois said Paris "
        "backed the inquiry.\n\n"
        "Chinese Ambassador Fu Cong told a later meeting that Beijing opposed any sanctions."
    )
    rows = extract_text(text, host="SDN", published="2024-03-13")
    assert {(r.speaker, r.date) for r in rows} == {("Claire Dubois", "2024-03-11"), ("Fu Cong", "2024-03-13")}, rows


def test_a_table_row_dates_a_speaker_the_prose_left_undated():
    text = (
        "Danish Prime Minister Mette Frederiksen said she was deeply shaken.\n\n"
        "Who said what\n\n"
        "Who - What - When\n\n"
        "Mette Frederiksen, Danish Prime Minister - Deeply shaken - Monday"
    )
    rows = extract_text(text, host="SWE", published="2024-03-13")
    assert [(r.country, r.speaker, r.date) for r in rows] == [("DNK", "Mette Frederiksen", "2024-03-11")], rows


def test_the_same_meeting_outranks_a_day_of_the_speakers_country_merged_into_his_row():
    # the lead's "Beijing promised ... on Tuesday" is China's, merged into the ambassador's row; his own words were
    # spoken at Monday's session
    text = (
        "Beijing promised a firm response on Tuesday after the vote.\n\n"
        "At a closed session of the Security Council in New York on Monday, French envoy Claire Dubois said Paris "
        "backed the inquiry.\n\n"
        "Chinese Ambassador Fu Cong told the same meeting that Beijing opposed any sanctions."
    )
    rows = extract_text(text, host="SDN", published="2024-03-13")
    assert {(r.speaker, r.date) for r in rows} == {("Claire Dubois", "2024-03-11"), ("Fu Cong", "2024-03-11")}, rows
