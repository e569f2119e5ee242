"""A speaker whose main clause says only how he reacted ("was quick off the mark", "went further") and whose
words come in a participle after it ("..., tweeting on Sunday that ...") is a row, as with "..., saying that"."""

from __future__ import annotations

import pytest

from tests.extract.conftest import extract_text, speakers


@pytest.mark.parametrize(
    "sentence",
    [
        "Chile's foreign minister Ana Ruiz was quick off the mark, tweeting on Sunday that the two countries would keep working together.",
        "Chile's foreign minister Ana Ruiz went further, tweeting that Santiago would send observers to the next vote.",
        'Chile\'s foreign minister Ana Ruiz was among the first to react, tweeting that the result was "a victory for the region".',
    ],
)
def test_words_in_a_tweeting_participle_are_the_subjects(sentence):
    rows = extract_text(sentence, host="PER")
    assert speakers(rows) == {("CHL", "Ana Ruiz")}, rows


def test_people_tweeting_about_a_speaker_give_him_no_row():
    rows = extract_text("Supporters of Chile's foreign minister Ana Ruiz were tweeting on Sunday that the vote was rigged.", host="PER")
    assert ("CHL", "Ana Ruiz") not in speakers(rows), rows
