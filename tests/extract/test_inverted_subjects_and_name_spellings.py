"""A leader named with a given name spelt another way ("Binyamin Netanyahu"), and a subject after "did"
with the verb's bare form ("Only on Thursday did X express ..."), as magazines write them."""

import pytest

from tests.extract.conftest import extract_text, speakers


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        ("Binyamin Netanyahu said on Monday that Israel shared the grief of the Nepalese people.", "2023-01-16", ("ISR", "Benjamin Netanyahu")),
        ("Recep Erdogan wrote on Monday that Ankara stood ready to help the survivors.", "2023-02-07", ("TUR", "Recep Tayyip Erdogan")),
    ],
)
def test_a_leader_s_given_name_spelt_another_way_is_still_the_leader(text, published, expected):
    rows = extract_text(text, published=published)
    assert expected in speakers(rows), rows


@pytest.mark.parametrize(
    "text",
    [
        # a relative with the leader's surname is not the leader
        "Yair Netanyahu said on Monday that Israel shared the grief of the Nepalese people.",
        "Hunter Biden said on Monday that America shared the grief of the Nepalese people.",
    ],
)
def test_a_relative_with_the_leader_s_surname_is_not_the_leader(text):
    rows = extract_text(text, published="2023-01-16")
    assert not {r.speaker for r in rows} & {"Benjamin Netanyahu", "Joe Biden"}, rows


@pytest.mark.parametrize(
    "text",
    [
        "Analysts said Tokyo might send a patrol boat, an offer the ministry had floated before.",
        "Kyrgyzstan's parliament debated whether to send its own contingent to Almaty.",
        "The foreign ministry did not respond to a request for comment on the offer.",
    ],
)
def test_a_bare_verb_without_did_before_its_subject_is_no_act(text):
    assert extract_text(text, published="2022-01-07") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Only on Thursday did Fumio Kishida express his deep condolences to the people of Nepal.", ("JPN", "Fumio Kishida", "2023-01-19")),
        ("Only on Friday did the Japanese prime minister send a message to Kathmandu.", ("JPN", "Fumio Kishida", "2023-01-20")),
        ("Only on Thursday did Binyamin Netanyahu offer his condolences to the Nepalese people.", ("ISR", "Benjamin Netanyahu", "2023-01-19")),
    ],
)
def test_a_subject_after_did_acts_with_the_bare_verb(text, expected):
    rows = extract_text(text, published="2023-01-21")
    assert expected in {(r.country, r.speaker, r.date) for r in rows}, rows
