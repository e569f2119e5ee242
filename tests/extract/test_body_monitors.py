"""A body's monitors speak for it as its observers do: "Monitors from the OSCE said ..." is the OSCE's row."""

import pytest

from tests.extract.conftest import extract_text


@pytest.mark.parametrize(
    "sentence",
    [
        "Monitors from the African Union said on Monday that the count in Dodoma had been orderly.",
        "LUSAKA, March 12 - Monitors from the African Union said on Monday that the count had been orderly.",
        "Election monitors of the African Union said the count had been orderly, and the opposition disagreed.",
    ],
)
def test_a_body_s_monitors_speak_for_it(sentence):
    assert [(r.country, r.speaker) for r in extract_text(sentence, host="TZA")] == [(None, "African Union")]
