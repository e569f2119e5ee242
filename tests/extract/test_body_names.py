"""A capitalised body's name ending in "Survey", "Center", "Agency" ... is no person's name: a scientific
agency's warning after a quake is no diplomatic row (before: a person "Geological Survey" of the US)."""

import pytest

from tests.extract.conftest import extract_text


@pytest.mark.parametrize(
    "text",
    [
        "The US Geological Survey warned of strong aftershocks on Sunday.",
        "The Pacific Tsunami Warning Center said on Sunday that waves of up to a metre were possible.",
        "The US National Hurricane Center said on Monday the storm would strengthen.",
    ],
)
def test_a_scientific_bodys_name_is_no_speaker(text):
    assert [(r.country, r.speaker) for r in extract_text(text, host="TON", published="2024-03-15")] == []


def test_a_person_named_beside_such_a_body_still_speaks():
    text = "Secretary of State Antony Blinken said on Sunday, as the US Geological Survey warned of aftershocks, that aid was on its way."
    assert [(r.country, r.speaker) for r in extract_text(text, host="TON", published="2024-03-15")] == [("USA", "Antony Blinken")]
