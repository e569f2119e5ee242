"""A statement read out in person is the speaker's act, and the words "he said" in the next sentence share
its day; "Defense Secretary" (the American spelling) places an otherwise unplaced official in the US."""

import pytest

from tests.extract.conftest import extract_text


@pytest.mark.parametrize(
    ("text", "host", "expected"),
    [
        ("After a meeting at the White House on Sunday evening, Defense Secretary Lloyd Austin read a short statement. "
         "Any attack on Guam or on our partners would meet a swift response, he said.", "PRK", ("USA", "Lloyd Austin", "2024-03-10")),
        ("Foreign Minister Penny Wong read a brief statement to reporters in Canberra on Sunday. The launch was reckless, she said.",
         "PRK", ("AUS", "Penny Wong", "2024-03-10")),
        # an unknown holder of the American title is placed in the US, not in the host
        ("Defense Secretary Ana Lind said on Sunday that the launch was reckless.", "PRK", ("USA", "Ana Lind", "2024-03-10")),
        # the Philippines' own Defense Secretary stays Philippine in a Philippine story
        ("Defense Secretary Gilberto Teodoro said on Sunday that Manila would not back down.", "PHL", ("PHL", "Gilberto Teodoro", "2024-03-10")),
    ],
)
def test_read_statement_and_defense_secretary(text, host, expected):
    (row,) = extract_text(text, host=host, published="2024-03-15")
    assert (row.country, row.speaker, row.date) == expected


def test_the_pontiff_is_the_pope_named_before():
    text = (
        "Pope Francis, at the Angelus in St Peter's Square, told pilgrims he was close to the people of Myanmar. "
        "\"I express my closeness to those dear populations,\" the pontiff said on Sunday, asking for \"concrete solidarity\"."
    )
    (row,) = extract_text(text, host="MMR", published="2023-03-15")
    assert (row.country, row.speaker, row.date) == ("VAT", "Pope Francis", "2023-03-12")
    assert "concrete solidarity" in row.quote


@pytest.mark.parametrize(
    ("text", "date"),
    [
        # "yesterday's signing" is the day of the event, as "Sunday's signing" is
        ("Foreign Minister Penny Wong welcomed yesterday's signing of the truce in Lusaka.", "2022-11-03"),
        ("Foreign Minister Penny Wong welcomed Sunday's signing of the truce in Lusaka.", "2022-11-03"),
        # unless it names the occasion of the words
        ("Foreign Minister Penny Wong told yesterday's news conference that the truce in Lusaka was welcome.", "2022-11-02"),
        ("Foreign Minister Penny Wong said yesterday that the truce in Lusaka was welcome.", "2022-11-02"),
    ],
)
def test_a_possessive_yesterday_names_the_event_not_the_words(text, date):
    (row,) = extract_text(text, host="ZMB", published="2022-11-03")
    assert row.date == date
