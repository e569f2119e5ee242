""""Lord", "Baroness", "Dame", "Sheikh" before a name are no part of it: the name is still found, with its
country and its leaders.csv row ("Lord Cameron" in 2024 is the Foreign Secretary, David Cameron), and a peer's
territorial designation ("of Highbury") is no name."""

import pytest

from tests.extract.conftest import extract_text


@pytest.mark.parametrize(
    ("text", "iso3", "speaker"),
    [
        ("Foreign Secretary Lord Cameron said the result was a victory for democracy.", "GBR", "David Cameron"),
        ("Lord Cameron, the British foreign secretary, said the result was a victory for democracy.", "GBR", "David Cameron"),
        ("Lord Cameron said the result was a victory for democracy.", "GBR", "David Cameron"),
        ("Lord Collins of Highbury, the British minister for Africa, said the election was a credit to Ghana.", "GBR", "Collins"),
        ("Lord Ahmad of Wimbledon, Britain's minister for the Middle East, welcomed the count.", "GBR", "Ahmad"),
        ("British foreign minister Baroness Chapman welcomed the peaceful vote.", "GBR", "Chapman"),
        ("Dame Karen Pierce, Britain's ambassador to Washington, praised the vote.", "GBR", "Karen Pierce"),
        ("Sheikh Mohammed bin Abdulrahman Al Thani, Qatar's prime minister, urged all sides to show restraint.", "QAT",
         "Mohammed bin Abdulrahman Al Thani"),
        ("Sheikh Tamim said Qatar was ready to mediate between the two sides.", "QAT", "Tamim bin Hamad Al Thani"),
    ],
)
def test_a_courtesy_title_keeps_the_name_and_its_country(text, iso3, speaker):
    rows = extract_text(text, host="GHA", published="2024-03-15")
    assert [(r.country, r.speaker) for r in rows] == [(iso3, speaker)], rows


def test_a_peers_designation_is_no_speaker():
    rows = extract_text("Lord Collins of Highbury, the British minister for Africa, said the vote was fair.", host="GHA")
    assert all("Highbury" not in r.speaker for r in rows), rows
