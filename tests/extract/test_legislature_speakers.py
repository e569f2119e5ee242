"""The presiding officer or a member of a national legislature named by its own name ("Speaker of the People's
Majlis X", "the Verkhovna Rada's speaker") speaks for that legislature's country."""

from __future__ import annotations

import pytest

from tests.extract.conftest import extract_text


@pytest.mark.parametrize(
    ("sentence", "iso3", "speaker"),
    [
        ('Speaker of the People\'s Majlis Ahmed Rasheed on Thursday called the resignation "the right step".', "MDV", "Ahmed Rasheed"),
        ('Speaker of the Verkhovna Rada Ivan Kovalenko on Thursday called the resignation "the right step".', "UKR", "Ivan Kovalenko"),
        ('Speaker of the Althing Anna Jonsdottir on Thursday called the resignation "the right step".', "ISL", "Anna Jonsdottir"),
    ],
)
def test_a_legislatures_speaker_is_of_its_country(sentence, iso3, speaker):
    rows = extract_text(sentence, host="LKA", published="2022-07-15")
    assert [(r.country, r.speaker) for r in rows] == [(iso3, speaker)], rows
