"""Speakers in sentence shapes that gave no row or the wrong one: a time phrase opening the sentence, a
second official joined by ", and the ...", an envoy posted to a body, titled names in a list, a giver
before "was among the first to", a verb placed before its subject, a scene ("was seen ..."), a foreign
leader's call reported by the host's office, messages received "from X and from Y", and a relayed
pronoun after "According to his spokesman"."""

import pytest

from tests.extract.conftest import extract_text


def _rows(text, host, published="2024-03-15"):
    return [(r.country, r.speaker, r.date) for r in extract_text(text, host=host, published=published)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 2024-03-15 is a Friday
        ("Pretoria spoke first. Later that day Naledi Pandor told reporters the junta had to step down.",
         [("ZAF", "Naledi Pandor", "2024-03-15")]),
        ("The following afternoon Foreign Minister Naledi Pandor said the junta had to step down.",
         [("ZAF", "Naledi Pandor", "2024-03-15")]),
        ("The count stalled on Wednesday. The same day Chile's Foreign Minister Alberto van Klaveren said the count was flawed.",
         [("CHL", "Alberto van Klaveren", "2024-03-13")]),
    ],
)
def test_a_time_phrase_opening_the_sentence_leaves_the_name_its_subject(text, expected):
    assert _rows(text, "NER") == expected


def test_hours_earlier_takes_the_day_of_the_statement_before():
    text = (
        "Italian Prime Minister Giorgia Meloni telephoned the winner on Wednesday, her office said. "
        "Hours earlier, Chile's Foreign Minister Alberto van Klaveren had urged the new government to respect the courts."
    )
    assert sorted(_rows(text, "PER")) == [("CHL", "Alberto van Klaveren", "2024-03-13"), ("ITA", "Giorgia Meloni", "2024-03-13")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (("Chile's foreign minister, Alberto van Klaveren, called the vote orderly, and the Secretary-General of the "
         "OAS, Luis Almagro, praised the turnout."),
         [("CHL", "Alberto van Klaveren", None), (None, "Luis Almagro", "Organization of American States")]),
        ("Italian Prime Minister Giorgia Meloni welcomed the result, and the Kremlin said Moscow would wait for the final count.",
         [("ITA", "Giorgia Meloni", None), ("RUS", "Kremlin", None)]),
    ],
)
def test_a_second_official_after_and_the_is_a_speaker_of_his_own(text, expected):
    rows = extract_text(text, host="PER")
    assert [(r.country, r.speaker, r.organization) for r in rows] == expected, rows
    # each keeps only the words of his own clause
    assert "turnout" not in rows[0].quote and "final count" not in rows[0].quote


@pytest.mark.parametrize(
    ("text", "iso3", "speaker"),
    [
        ("Brazil's ambassador to the UN, Sergio Danese, said the junta's decree was void.", "BRA", "Sergio Danese"),
        ("Japan's deputy envoy to the African Union, Kenji Mori, told reporters the decree was void.", "JPN", "Kenji Mori"),
        ("The Dutch ambassador to the OSCE, Eva Smit, said the decree was void.", "NLD", "Eva Smit"),
    ],
)
def test_the_body_an_envoy_is_posted_to_is_not_his_employer(text, iso3, speaker):
    assert [(c, s) for c, s, _ in _rows(text, "NER")] == [(iso3, speaker)]


@pytest.mark.parametrize(
    "text",
    [
        "On Friday ECOWAS went further and suspended Niger from all its decision-making bodies.",
        "ECOWAS suspended Niger from the bloc on Friday.",
    ],
)
def test_a_body_suspending_a_member_is_a_reaction(text):
    assert [(c, s) for c, s, _ in _rows(text, "NER")] == [(None, "ECOWAS")]


def test_a_member_being_suspended_is_no_speaker():
    assert _rows("Niger was suspended from the bloc on Friday.", "NER") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Senegal's president, Macky Sall, was among the first to phone, late on Thursday.", [("SEN", "Macky Sall", "2024-03-14")]),
        ("Italian Prime Minister Giorgia Meloni was one of the first leaders to call the winner.", [("ITA", "Giorgia Meloni", "2024-03-15")]),
    ],
)
def test_a_giver_before_was_among_the_first_to_call(text, expected):
    assert _rows(text, "NER") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (("The European Council President Charles Michel, the High Representative Josep Borrell and the crisis commissioner "
         "Janez Lenarcic said on Thursday that the count had to be published."),
         ["Charles Michel", "Josep Borrell", "Janez Lenarcic"]),
        ("Italian Prime Minister Giorgia Meloni and the partnerships commissioner Jutta Urpilainen said the count had to be published.",
         ["Giorgia Meloni", "Jutta Urpilainen"]),
    ],
)
def test_titled_names_in_a_list_are_each_a_speaker(text, expected):
    rows = extract_text(text, host="NER")
    assert [r.speaker for r in rows] == expected, rows


def test_an_eu_commissioner_speaks_for_the_eu():
    rows = extract_text("The trade commissioner, Valdis Dombrovskis, said the tariffs would stay.", host="NER")
    assert [(r.country, r.speaker) for r in rows] == [("EUU", "Valdis Dombrovskis")]


@pytest.mark.parametrize(
    "text",
    [
        ("Peru's foreign minister praised the vote, while President Luiz Inacio Lula da Silva, still in Belem, was seen "
        "congratulating his own negotiators."),
        "President Luiz Inacio Lula da Silva was pictured hailing the result with his aides in Brasilia.",
    ],
)
def test_a_scene_someone_was_seen_in_is_no_reaction(text):
    assert "Luiz Inacio Lula da Silva" not in [s for _, s, _ in _rows(text, "VEN")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (("Brasilia will keep its embassy open, confirmed on Wednesday at his weekly briefing President Luiz Inacio Lula "
         "da Silva, who cited the principle of non-intervention."),
         [("BRA", "Luiz Inacio Lula da Silva", "2024-03-13")]),
        ("\"We are watching closely,\" said on Wednesday from Rome Prime Minister Giorgia Meloni.",
         [("ITA", "Giorgia Meloni", "2024-03-13")]),
    ],
)
def test_a_verb_before_its_subject_across_a_time_or_place(text, expected):
    assert _rows(text, "VEN") == expected


def test_a_place_after_said_in_is_no_inverted_subject():
    text = ("The foreign ministers of Chile and Japan, Alberto van Klaveren and Yoko Kamikawa, said in a joint note after "
            "talks in Santiago on Thursday that the count had to be published.")
    assert sorted(c for c, _, _ in _rows(text, "VEN")) == ["CHL", "JPN"]


def test_a_pronoun_after_a_colon_is_the_subject_named_before_it():
    text = ("Japan's foreign minister, Yoko Kamikawa, was more cautious: in a written note to reporters she urged "
            "all sides to respect the count.")
    assert _rows(text, "NER") == [("JPN", "Yoko Kamikawa", "2024-03-15")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Italian Prime Minister Giorgia Meloni called Macron on Tuesday evening, the Elysee said.", [("ITA", "Giorgia Meloni", "2024-03-12")]),
        # what a foreign leader did that is no act of his own stays the office's words
        ("Russian President Vladimir Putin broke the truce, the Elysee said.", [("FRA", "Elysee Palace", "2024-03-15")]),
    ],
)
def test_the_hosts_office_reporting_a_foreign_leaders_call(text, expected):
    rows = [(c, s, d) for c, s, d in _rows(text, "DEU")]
    assert rows == expected


@pytest.mark.parametrize(
    "text",
    [
        ("Tokayev also received congratulatory telegrams from the President of Uzbekistan Shavkat Mirziyoyev and from "
        "the Emir of Qatar Tamim bin Hamad Al Thani."),
        "Tokayev received messages from Uzbek President Shavkat Mirziyoyev and from Qatar's emir, Tamim bin Hamad Al Thani.",
    ],
)
def test_messages_received_from_x_and_from_y(text):
    assert sorted((c, s) for c, s, _ in _rows(text, "KAZ")) == [("QAT", "Tamim bin Hamad Al Thani"), ("UZB", "Shavkat Mirziyoyev")]


def test_a_pronoun_after_according_to_a_spokesman_is_the_principal():
    text = ("Italian Prime Minister Giorgia Meloni wrote to him on Tuesday. According to her spokesman Paolo Rossi, she "
            "wished him \"every success\" and raised the gas contracts.")
    assert _rows(text, "KAZ") == [("ITA", "Giorgia Meloni", "2024-03-12")]


def test_did_the_same_repeats_a_reaction():
    text = ("Italian Prime Minister Giorgia Meloni congratulated the winner on Wednesday. "
            "The Chilean president, Gabriel Boric, did the same.")
    assert sorted((c, s) for c, s, _ in _rows(text, "PER")) == [("CHL", "Gabriel Boric"), ("ITA", "Giorgia Meloni")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Kenya - William Ruto, President - Congratulated the winner - Wednesday", [("KEN", "William Ruto", "2024-03-13")]),
        ("Chile - Alberto van Klaveren, foreign minister - Warned that the count was slow - Thursday",
         [("CHL", "Alberto van Klaveren", "2024-03-14")]),
    ],
)
def test_a_table_row_line_whose_words_open_with_a_capitalised_verb(text, expected):
    assert _rows(text, "PER") == expected


def test_the_presidents_after_a_call_are_the_callers_words():
    text = ("Uzbek President Shavkat Mirziyoyev called Tokayev on Monday morning, the Akorda said. "
            "The presidents discussed trade and investment and agreed to meet in Tashkent.")
    rows = extract_text(text, host="KAZ", published="2024-03-15")
    assert [(r.country, r.speaker, r.date) for r in rows] == [("UZB", "Shavkat Mirziyoyev", "2024-03-11")]
    assert set(rows[0].themes) >= {"economy", "summit"}


def test_the_presidents_of_places_are_no_joint_subject():
    # the presidents of the places named speak for themselves, not for the caller before them
    rows = extract_text("Italian Prime Minister Giorgia Meloni called him on Monday. The presidents of Chile and Peru "
                        "said the count was fair.", host="KAZ", published="2024-03-15")
    assert [r.speaker for r in rows] == ["Giorgia Meloni", "Gabriel Boric", "Dina Boluarte"]
    assert "count was fair" not in rows[0].quote
