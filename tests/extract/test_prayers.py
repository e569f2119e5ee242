"""A prayer for the victims ("prayed for the dead and the injured") is a reaction of the one who prays."""

from __future__ import annotations

import pytest

from tests.extract.conftest import extract_text


@pytest.mark.parametrize(
    ("sentence", "iso3", "speaker"),
    [
        ("Pope Francis, speaking to pilgrims in St. Peter's Square after the Angelus on Sunday, prayed for the dead and the injured.", "VAT", "Pope Francis"),
        ("On Sunday Pope Francis prayed for the families who lost loved ones and for the rescuers.", "VAT", "Pope Francis"),
        ("Indonesian President Joko Widodo prayed for the victims during a visit to Jakarta on Sunday.", "IDN", "Joko Widodo"),
    ],
)
def test_a_prayer_for_the_victims_is_a_reaction(sentence, iso3, speaker):
    rows = extract_text(sentence, host="MAR", published="2023-09-11")
    assert [(r.country, r.speaker) for r in rows] == [(iso3, speaker)], rows
    assert rows[0].date == "2023-09-10"


def test_a_prayer_for_something_else_by_nobody_in_office_gives_no_row():
    assert extract_text("Farmers in the Atlas prayed for rain on Sunday.", host="MAR", published="2023-09-11") == []
