"""Observation missions and their heads: the body speaks, or its named head for it."""

import pytest

from tests.extract.conftest import extract_text


@pytest.mark.parametrize(
    ("text", "organization", "speaker_word"),
    [
        # the head's office told before the name, set off by commas
        ('Meanwhile the head of the CIS observer mission, Ilkhom Nazarov, said the vote was "orderly".',
         "Commonwealth of Independent States", "Nazarov"),
        ("The chief of the SADC observer mission, Amina Diallo, told reporters the count was credible.",
         "SADC", "Diallo"),
        ("The head of the OSCE observation mission, Kamil Ayupov, said the campaign lacked real competition.", "OSCE", "Ayupov"),
        # two names of one body joined by a slash
        ("The international observation mission of the OSCE/ODIHR stated at a press conference that the vote lacked competition.",
         "OSCE", "OSCE"),
    ],
)
def test_a_mission_or_its_named_head_speaks_for_the_body(text, organization, speaker_word):
    rows = extract_text(text, host="ARM")
    assert [(r.country, r.organization) for r in rows] == [(None, organization)], rows
    assert speaker_word in rows[0].speaker, rows


@pytest.mark.parametrize(
    "text",
    [
        "Telegrams also came from the presidents of Kenya and Uganda, William Ruto and Yoweri Museveni.",
        "Congratulations were also received from the heads of state of Kenya and Uganda, William Ruto and Yoweri Museveni.",
        "Cables came from William Ruto and Yoweri Museveni.",
    ],
)
def test_givers_named_after_their_offices_in_a_came_from_sentence(text):
    rows = extract_text(text, host="ARM")
    assert {(r.country, r.speaker) for r in rows} == {("KEN", "William Ruto"), ("UGA", "Yoweri Museveni")}, rows


@pytest.mark.parametrize(
    ("text", "organization"),
    [
        ("The Special Representative of the UN Secretary-General for Haiti, Ms. Maria Isabel Salvador, welcomed the vote.",
         "United Nations"),
        ("The UN envoy for Libya, Abdoulaye Bathily, said the vote was calm.", "United Nations"),
        ("The African Union's special envoy to Sudan, Mohamed Hassan Lebatt, congratulated the winner.", "African Union"),
    ],
)
def test_an_envoy_posted_to_a_country_speaks_for_the_body_not_the_country(text, organization):
    rows = extract_text(text, host="KEN")
    assert [(r.country, r.organization) for r in rows] == [(None, organization)], rows
