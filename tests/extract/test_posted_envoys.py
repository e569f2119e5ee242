"""An envoy named with his posting between title and name ("US Ambassador in Colombo Ana Ruiz", "British High
Commissioner to Ghana Tom Reed"): one person of the title's country; the posting's place is no part of his name."""

from __future__ import annotations

import pytest

from tests.extract.conftest import extract_text


@pytest.mark.parametrize(
    ("sentence", "iso3", "speaker"),
    [
        ('US Ambassador in Dhaka Peter Haas urged the interim government in a post to hold elections "without delay".', "USA", "Peter Haas"),
        ('British High Commissioner to Bangladesh Sarah Cooke urged all sides to show "restraint".', "GBR", "Sarah Cooke"),
        ('Japanese Ambassador in Dhaka Kiminori Iwama welcomed the calm on Friday.', "JPN", "Kiminori Iwama"),
    ],
)
def test_an_envoy_with_his_posting_before_his_name_is_his_countrys(sentence, iso3, speaker):
    rows = extract_text(sentence, host="BGD", published="2024-08-09")
    assert [(r.country, r.speaker) for r in rows] == [(iso3, speaker)], rows
