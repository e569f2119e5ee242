"""A title whose portfolio lists its parts with commas ("Minister for Enterprise, Trade and Employment X")
keeps its speaker: the parts are no names, the name after them (with or without a comma) is."""

import pytest

from tests.extract.conftest import extract_text


@pytest.mark.parametrize(
    ("text", "iso3", "speaker"),
    [
        ("Ireland's Minister for Enterprise, Trade and Employment Peter Burke welcomed the result.", "IRL", "Peter Burke"),
        ("Ireland's Minister for Enterprise, Trade and Employment, Peter Burke, welcomed the result.", "IRL", "Peter Burke"),
        ("Minister for Foreign Affairs, Trade and Development Ana Ruiz of Chile congratulated the winner.", "CHL", "Ana Ruiz"),
        ("Australia's Minister for Trade, Tourism and Investment Don Farrell welcomed the vote as a good sign for business.",
         "AUS", "Don Farrell"),
        ("The Irish Minister for Housing, Local Government and Heritage, James Browne, said Dublin was pleased.", "IRL",
         "James Browne"),
        ("Canada's Minister of Foreign Affairs, Trade and Development Anita Anand welcomed the peaceful vote.", "CAN",
         "Anita Anand"),
    ],
)
def test_a_portfolio_listed_with_commas_keeps_the_speaker(text, iso3, speaker):
    rows = extract_text(text, host="GHA")
    assert [(r.country, r.speaker) for r in rows] == [(iso3, speaker)], rows


def test_names_after_a_one_word_portfolio_stay_two_speakers():
    rows = extract_text("Chile's Minister for Trade, Ana Ruiz and Foreign Minister Alberto van Klaveren welcomed the result.",
                        host="GHA")
    assert {(r.country, r.speaker) for r in rows} == {("CHL", "Ana Ruiz"), ("CHL", "Alberto van Klaveren")}, rows
