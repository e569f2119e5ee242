"""A row is dated by the sentence that holds its quoted words: "On Friday he wrote ..." after an unquoted
sentence about something the speaker did on Monday dates the row Friday."""

import pytest

from tests.extract.conftest import extract_text


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("Kenya swore in its new president on Thursday. Japan's Prime Minister Fumio Kishida laid a wreath at the "
         "Kenyan embassy on Monday. On Friday he posted that Japan hoped \"to build on the partnership\" with Nairobi.",
         "2023-06-09"),
        ("Kenya swore in its new president on Thursday. Japan's Prime Minister Fumio Kishida laid a wreath at the "
         "Kenyan embassy on Monday. He said on Friday that Japan would \"stand with Kenya\".", "2023-06-09"),
        # the reaction itself, told without quotes, keeps its day over a later explanation in quotes
        ("Kenya swore in its new president on Thursday. Japan's Prime Minister Fumio Kishida sent a message of "
         "congratulations on Thursday night. On Friday he explained that it was \"a matter of protocol\".",
         "2023-06-08"),
        ("Kenya swore in its new president on Thursday. Japan's Prime Minister Fumio Kishida congratulated the winner "
         "on Thursday. He said on Friday that Japan would \"stand with Kenya\".", "2023-06-08"),
        # a lead telling the country's reaction on another day does not date the minister's own quoted words
        ("Japan questioned the count on Friday. \"The figures do not add up,\" Japan's Foreign Minister Yoko "
         "Kamikawa declared on Thursday.", "2023-06-08"),
        # the words in the first sentence keep its day
        ("Kenya swore in its new president on Thursday. Japan's Prime Minister Fumio Kishida called the vote "
         "\"a credit to Kenya\" on Thursday. On Friday he wrote that the two nations were partners.", "2023-06-08"),
    ],
)
def test_the_day_of_the_quoted_words_dates_the_row(text, date):
    rows = extract_text(text, host="KEN", published="2023-06-10")
    assert [(r.country, r.date) for r in rows] == [("JPN", date)], rows
