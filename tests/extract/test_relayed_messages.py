"""A messenger who "conveyed the message of" an official, followed by that official's quoted words, relays
them: the words are the official's row, not the messenger's."""

import pytest

from tests.extract.conftest import extract_text


@pytest.mark.parametrize(
    ("text", "iso3", "speaker"),
    [
        ("Mr. Diallo conveyed the message of the Secretary-General of the United Nations, Antonio Guterres, who "
         "\"supports a swift return to civilian rule\" in Niger.", None, "Antonio Guterres"),
        ("Mr. Diallo delivered a message from UN Secretary-General Antonio Guterres calling for \"a swift return to "
         "civilian rule\" in Niger.", None, "Antonio Guterres"),
        ("Secretary of State Antony Blinken delivered a message from President Joe Biden, who \"stands with the "
         "people of Niger\".", "USA", "Joe Biden"),
    ],
)
def test_the_quoted_words_after_a_relayed_message_are_its_authors(text, iso3, speaker):
    rows = extract_text(text, host="NER", published="2023-08-03")
    assert [(r.country, r.speaker) for r in rows] == [(iso3, speaker)], rows


def test_words_quoted_before_the_message_stay_the_messengers():
    text = ("\"We stand with Niger,\" Secretary of State Antony Blinken said on Thursday, after he delivered a message "
            "from President Joe Biden.")
    rows = extract_text(text, host="NER", published="2023-08-03")
    assert [(r.country, r.speaker) for r in rows] == [("USA", "Antony Blinken")], rows
