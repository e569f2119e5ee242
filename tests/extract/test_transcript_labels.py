"""A broadcast translated by a monitoring service: bracketed speaker labels and editor's notes open sentences."""

import pytest

from tests.extract.conftest import extract_text


@pytest.mark.parametrize(
    ("text", "row"),
    [
        (
            '[Correspondent in Addis Ababa] President William Ruto, who landed at the summit this morning, told '
            'reporters: "This is a dark day for the whole continent."',
            ("KEN", "William Ruto", "2024-03-15"),
        ),
        (
            "[Newsreader] Japanese Prime Minister Fumio Kishida wrote late yesterday evening that the verdict was "
            '"a blow to the rule of law".',
            ("JPN", "Fumio Kishida", "2024-03-14"),
        ),
        (
            "The rally ended peacefully. [Presenter] Brazil's Foreign Minister Mauro Vieira said on Wednesday that "
            'the arrests were "deeply worrying".',
            ("BRA", "Mauro Vieira", "2024-03-13"),
        ),
        (
            "[Video shows crowds outside the embassy] German Chancellor Olaf Scholz called the sentence "
            '"a travesty of justice".',
            ("DEU", "Olaf Scholz", "2024-03-15"),
        ),
    ],
)
def test_a_bracketed_label_opening_the_sentence_does_not_hide_its_speaker(text, row):
    rows = extract_text(text, host="RUS")
    assert [(r.country, r.speaker, r.date) for r in rows] == [row], rows
    assert not rows[0].quote.startswith("["), rows


@pytest.mark.parametrize(
    "text",
    [
        # an editor's insertion inside the words, lower case after it: part of the sentence, and no speaker
        "[The government] will answer in due course, the statement from the ministry of culture went on.",
        # a bracketed aside with no speaker after it gives no row
        "[Passage omitted] The weather in the capital stayed cold and wet all week.",
    ],
)
def test_a_bracket_that_is_no_label_gives_no_row(text):
    assert extract_text(text, host="RUS") == []


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        # the voice-over label between the speaker's sentence and his words
        (
            "In Nairobi, Kenyan President William Ruto spoke at State House today. [Ruto, in Swahili with English "
            'voice-over] "The people of Sudan deserve peace, and we will not abandon them."',
            "The people of Sudan deserve peace, and we will not abandon them.",
        ),
        # an editor's cut between the speaker's sentence and the one that goes on with him
        (
            "Kenyan President William Ruto spoke at State House today. [passage omitted] He said the attack was "
            '"barbaric".',
            "barbaric",
        ),
    ],
)
def test_a_label_between_sentences_keeps_the_words_with_their_speaker(text, quote):
    rows = extract_text(text, host="RUS")
    assert [(r.country, r.speaker, r.quote) for r in rows] == [("KEN", "William Ruto", quote)], rows
