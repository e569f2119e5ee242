"""A portfolio written in lower case between an office and its title: "the Commission's fisheries spokeswoman, X,"."""

import pytest

from tests.extract.conftest import extract_text


@pytest.mark.parametrize(
    ("text", "row"),
    [
        (
            "The European Commission's fisheries spokeswoman, Lea Zuber, said the bloc \"welcomes any step toward "
            'sustainable quotas".',
            ("EUU", "Lea Zuber"),
        ),
        (
            'The European Commission\'s transport spokesman, Piet Van Damme, called the closure "regrettable".',
            ("EUU", "Piet Van Damme"),
        ),
        (
            'Croatia\'s tourism minister, Tonci Glavina, said on Friday that the coast was "open and safe".',
            ("HRV", "Tonci Glavina"),
        ),
    ],
)
def test_a_lower_case_portfolio_before_the_title_keeps_the_speaker(text, row):
    rows = extract_text(text, host="KOR")
    assert [(r.country, r.speaker) for r in rows] == [row], rows


@pytest.mark.parametrize(
    "text",
    [
        # the portfolio word names an industry or a sector, not an official
        "Croatia's tourism industry said bookings were \"holding up well\".",
        "Croatia's tourism board said bookings were \"holding up well\".",
        "The Commission's transport figures, published on Monday, showed a fall of 4 percent.",
    ],
)
def test_a_portfolio_word_with_no_title_gives_no_row(text):
    assert extract_text(text, host="KOR") == []
