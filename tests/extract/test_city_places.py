"""A big city or second seat of government plainly in one country places a speaker there, as its capital does."""

import pytest

from tests.extract.conftest import extract_text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("In Dubai, the foreign ministry said it welcomed the agreement.", "ARE"),
        ("In Jeddah, the foreign ministry said it welcomed the agreement.", "SAU"),
        ("In Karachi, the foreign office said it welcomed the agreement.", "PAK"),
        ("In Lagos, the presidency said it welcomed the agreement.", "NGA"),
        ("In Istanbul, the foreign minister said he welcomed the agreement.", "TUR"),
        # the seat of a rival government speaks for its country
        ("Benghazi welcomed the agreement on Tuesday.", "LBY"),
    ],
)
def test_a_city_plainly_in_one_country_places_the_speaker(text, expected):
    rows = extract_text(text, host="PER")
    assert [r.country for r in rows] == [expected], rows


@pytest.mark.parametrize(
    "text",
    [
        # a firm in the city is nobody's government
        '"The market shrugged it off," said the head of research at a Dubai brokerage.',
        "Stocks in Mumbai edged lower on Sunday as traders waited for the result.",
    ],
)
def test_a_city_named_in_business_news_gives_no_row(text):
    assert extract_text(text, host="PER") == []
