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


@pytest.mark.parametrize(
    "text",
    [
        # only a promise of a reaction to come: no words on the event yet
        'Peru\'s foreign ministry told our Lima bureau it would "comment in due course".',
        "The Uruguayan foreign ministry said it would comment on the killing later.",
        'Chile\'s foreign minister told reporters that he would "react at the appropriate time".',
        "The Ecuadorian government said on Monday that it would respond once the count was complete.",
    ],
)
def test_a_promise_to_comment_later_makes_no_row(text):
    assert extract_text(text, host="BOL") == []


@pytest.mark.parametrize(
    "text",
    [
        "The Uruguayan foreign ministry condemned the attack and said it would comment further later.",
        'Chile\'s foreign minister said he would "react at the appropriate time", but called the attack "barbaric".',
    ],
)
def test_a_reaction_given_besides_the_promise_is_still_a_row(text):
    assert len(extract_text(text, host="BOL")) == 1


@pytest.mark.parametrize(
    "sentence",
    [
        "The Thai embassy in Lima said three Thai nationals were among the injured.",
        "Norway's foreign ministry confirmed that two Norwegian citizens had been killed.",
        "The Canadian foreign ministry said four of its nationals were hospitalised.",
    ],
)
def test_news_of_a_countrys_own_casualties_is_no_reaction(sentence):
    assert extract_text("A bomb exploded in the market on Sunday.\n\n" + sentence, host="PER") == []


def test_casualty_news_with_a_reaction_beside_it_is_still_a_row():
    rows = extract_text(
        "A bomb exploded in the market on Sunday.\n\n"
        'The Kenyan embassy said two of its citizens were among the dead and condemned the "cowardly" attack.',
        host="PER",
    )
    assert [r.country for r in rows] == ["KEN"], rows
