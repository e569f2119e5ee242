"""The country a sentence is about, with an aside after it naming others ("Spain, the former colonial power and
Bolivia's largest investor, was slower to react."): "the foreign ministry" of the next sentence is that country's,
not the one named last inside the aside."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.extract.conftest import extract_text


def _rows(text: str) -> set[tuple[str | None, str]]:
    return {(r.country, r.speaker) for r in extract_text(text, host="BOL", published="2021-12-01", reference=dt.date(2021, 12, 2))}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (("Spain, the former colonial power and Bolivia's largest investor, was slower to react. The foreign ministry's "
         "deputy spokesman said on Monday that Spain \"noted\" the official results."), ("ESP", "Spanish Foreign Ministry")),
        (("Portugal, a longtime partner of Bolivia in the Andes, waited two days. The foreign ministry said on Monday "
         "that it \"noted\" the official results."), ("PRT", "Portuguese Foreign Ministry")),
    ],
)
def test_the_ministry_after_a_subject_with_an_aside_is_the_subject_s(text, expected):
    rows = _rows(text)
    assert expected in rows and not any(country == "BOL" for country, _ in rows), rows


def test_a_place_named_after_the_verb_still_places_the_next_ministry():
    # no aside: the place the sentence names last is still the next ministry's (the rule reads only the aside)
    text = ("Spain said on Sunday it was studying the count. Observers from Peru arrived on Monday. The foreign "
            "ministry said on Monday that it \"noted\" the official results.")
    assert ("PER", "Peruvian Foreign Ministry") in _rows(text)
