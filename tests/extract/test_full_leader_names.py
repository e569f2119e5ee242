"""A leader written with every given name ("President Mohamed Irfaan Ali") is the same leader as his short name."""

import pytest

from tests.extract.conftest import extract_text


@pytest.mark.parametrize("name", ["President Mohamed Irfaan Ali", "President Irfaan Ali"])
def test_guyana_s_president_by_his_full_and_short_name(name):
    rows = extract_text(f"{name} said on Tuesday that Georgetown would host the regional summit.", host="SUR", published="2023-11-14")
    assert [(r.country, r.speaker) for r in rows] == [("GUY", "Mohamed Irfaan Ali")]
