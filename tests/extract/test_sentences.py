"""Sentence splitting with offsets: abbreviations and quotes do not end a sentence."""

import pytest

from tracker.extract.quotes import find_quotes
from tracker.extract.sentences import split_sentences


def _split(text):
    return [s.text for s in split_sentences(text, find_quotes(text))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Sen. Ana Ruiz spoke first. The vote followed.", ["Sen. Ana Ruiz spoke first.", "The vote followed."]),
        ("The U.S. envoy arrived on Jan. 9 in Lima. Talks began.", ["The U.S. envoy arrived on Jan. 9 in Lima.", "Talks began."]),
        (
            '"We are ready. The door is open," the premier said. Others agreed.',
            ['"We are ready. The door is open," the premier said.', "Others agreed."],
        ),
        (
            "He replied: \u201cWe do not accept this.\u201d Later he left.",
            ["He replied: \u201cWe do not accept this.\u201d", "Later he left."],
        ),
        ("One paragraph.\nAnother paragraph here.", ["One paragraph.", "Another paragraph here."]),
        # initials before a surname, as Russian-style texts write leaders' names
        ("The President of Belarus A.G. Lukashenko sent a telegram. It was warm.", ["The President of Belarus A.G. Lukashenko sent a telegram.", "It was warm."]),
        ("Premier M.V. Mishustin also called. Talks followed.", ["Premier M.V. Mishustin also called.", "Talks followed."]),
        # a country's initials still end a sentence before its opening word
        ("He flew to the U.A.E. Its minister met him.", ["He flew to the U.A.E.", "Its minister met him."]),
    ],
)
def test_split_sentences(text, expected):
    assert _split(text) == expected


def test_sentence_offsets_and_paragraph_numbers():
    text = "Alpha speaks. Beta listens.\n\nGamma ends."
    sentences = split_sentences(text, [])
    assert [text[s.start : s.end] for s in sentences] == ["Alpha speaks.", "Beta listens.", "Gamma ends."]
    assert sentences[0].paragraph == sentences[1].paragraph != sentences[2].paragraph


def test_all_capitals_line_is_a_header():
    (header, body) = split_sentences("KENYAN PRESIDENT WILLIAM RUTO\nRuto sent greetings.", [])
    assert header.header and not body.header
