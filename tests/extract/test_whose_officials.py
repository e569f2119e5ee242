""""X, whose foreign minister Y said on Friday that ..., has suspended aid": the official the relative clause
names, speaking there, is the speaker; a clause telling something else he did leaves the act to X."""

from __future__ import annotations

import pytest

from tests.extract.conftest import extract_text


@pytest.mark.parametrize(
    ("sentence", "iso3", "speaker"),
    [
        ('Norway, whose foreign minister Eli Strand said on Friday that Oslo "will not recognise the junta", has frozen its aid.', "NOR", "Eli Strand"),
        ('The EU, whose foreign policy chief Josep Borrell told reporters on Friday that the bloc "stands with the elected president", has cut budget support.', "EUU", "Josep Borrell"),
        ('Ghana, whose deputy foreign minister Kofi Mensah wrote on Friday that the coup was "a step backwards", has recalled its envoy.', "GHA", "Kofi Mensah"),
    ],
)
def test_the_official_speaking_in_a_whose_clause_is_the_speaker(sentence, iso3, speaker):
    rows = extract_text(sentence, host="GAB", published="2023-09-02")
    assert [(r.country, r.speaker) for r in rows] == [(iso3, speaker)], rows
    assert rows[0].date == "2023-09-01"


def test_a_whose_clause_telling_another_act_leaves_the_reaction_to_the_country():
    rows = extract_text("Chile, whose foreign minister Ana Ruiz visited Libreville last year, condemned the coup on Friday.", host="GAB", published="2023-09-02")
    assert [r.country for r in rows] == ["CHL"] and "Ruiz" not in rows[0].speaker, rows
