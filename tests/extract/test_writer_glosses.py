"""The writer's gloss on a speaker's words is no theme of the row: what a closed quotation "refers to" in the writer's
words, and the aim the writer gives them ("tried to calm Moscow by ..."). The speaker's own words keep theirs."""

import pytest

from tests.extract.conftest import extract_text

_LEAD = "ASUNCION - Paraguay's electoral court confirmed the result on Monday.\n\n"


def _row(rows, speaker):
    return next(r for r in rows if r.speaker == speaker)


@pytest.mark.parametrize(
    ("gloss", "theme"),
    [
        ("a reference to the oil revenues auditors say were diverted", "economy"),
        ("in a veiled swipe at Beijing", "china"),
        ("an apparent allusion to the military build-up on the border", "security"),
    ],
)
def test_what_the_writer_says_a_quotation_refers_to_is_no_theme(gloss, theme):
    rows = extract_text(
        _LEAD + f"US Secretary of State Marco Rubio said on Monday that the new government \"must serve its people\", {gloss}.\n",
        host="PRY",
    )
    assert theme not in _row(rows, "Marco Rubio").themes, _row(rows, "Marco Rubio").theme_terms


@pytest.mark.parametrize("verb", ["tried to soothe", "sought to reassure", "moved to placate"])
def test_the_aim_the_writer_gives_the_words_is_no_theme(verb):
    rows = extract_text(
        _LEAD + f'US President Joe Biden {verb} Beijing by telling reporters, "We respect the voters\' choice."\n',
        host="PRY",
    )
    assert "china" not in _row(rows, "Joe Biden").themes, _row(rows, "Joe Biden").theme_terms


def test_the_speaker_s_own_words_after_the_aim_keep_their_theme():
    rows = extract_text(
        _LEAD + 'US President Joe Biden sought to reassure Tokyo, saying the alliance with Japan "remains ironclad".\n',
        host="PRY",
    )
    assert "alliance" in _row(rows, "Joe Biden").themes
