"""Acts that are no reaction: mourning declared without words, words from before the vote."""

import pytest

from tests.extract.conftest import extract_text


@pytest.mark.parametrize(
    "text",
    [
        "Ghana and Senegal declared three days of official mourning.",
        "Malawi ordered a week of national mourning.",
        "The Zambian government announced seven days of mourning on Monday.",
    ],
)
def test_declaring_mourning_without_words_makes_no_row(text):
    assert extract_text(text, host="KWT") == []


def test_mourning_declared_with_words_is_still_a_row():
    rows = extract_text('Ghana declared three days of national mourning and said the late emir "was a friend of Africa".', host="KWT")
    assert [r.country for r in rows] == ["GHA"]


@pytest.mark.parametrize(
    "opening",
    ["Last week, before the vote,", "Days earlier, ahead of the election,", "On Friday, before the polls,"],
)
def test_words_said_before_the_vote_after_a_time_phrase_make_no_row(opening):
    rows = extract_text(f"{opening} Kenyan President William Ruto said Nairobi would work with whoever won.", host="TZA")
    assert rows == []


def test_a_three_word_leader_named_by_his_last_two_names():
    rows = extract_text("President Tayyip Erdogan telephoned the winner, his office said.", host="TZA", published="2022-05-15")
    assert [(r.country, r.speaker) for r in rows] == [("TUR", "Recep Tayyip Erdogan")], rows
