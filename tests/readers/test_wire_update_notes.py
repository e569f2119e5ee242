"""Readers: a wire story's update note under its byline ("(Adds minister's quotes in paragraphs 4-5)") is the
desk's note, no part of the story; a sentence in brackets that is no such note stays."""

from __future__ import annotations

import datetime as dt

import pytest

from tracker.extract import extract_statements
from tracker.readers import read_document

REFERENCE = dt.date(2025, 3, 20)

STORY = """Danube Wire
World | Europe

UPDATE 3-Romania says drone debris fell on farmland; NATO sees no attack

By Ana Popescu
March 19, 2025 2:10 PM GMT

{note}

BUCHAREST, March 19 (Danube Wire) - Drone debris fell on farmland in eastern Romania overnight, the defence ministry said on Wednesday.

Speaking after a meeting of allies, NATO Secretary-General Mark Rutte said there was "no sign of a deliberate attack".

"But let me be clear: Moscow bears the responsibility," Rutte said.
"""


@pytest.mark.parametrize(
    "note",
    [
        "(Adds Rutte quotes in paragraphs 2-3, Kremlin comment in paragraph 6)",
        "(Updates with NATO statement, changes dateline, previous BRUSSELS)",
        "(Corrects spelling of minister's name in paragraph 4)",
        "(Recasts with Romanian defence ministry statement)",
    ],
)
def test_a_wire_update_note_is_no_text_and_names_no_speaker(note):
    (article,) = read_document(STORY.format(note=note).encode(), "wire.txt", reference_date=REFERENCE)
    assert article.title.startswith("UPDATE 3-Romania says"), article.title
    assert note not in article.text and article.text.startswith("BUCHAREST, March 19"), article.text
    # the surname in the note does not become a speaker of its own: the chief's words stay one row
    rows = [r for r in extract_statements(article, reference_date=REFERENCE, host_country="ROU") if r.speaker == "Mark Rutte"]
    assert len(rows) == 1 and "Moscow bears the responsibility" in rows[0].quote, rows


def test_a_bracketed_sentence_of_the_story_stays():
    aside = "(The ministry later said the debris belonged to a Russian drone.)"
    (article,) = read_document(STORY.format(note=aside).encode(), "wire.txt", reference_date=REFERENCE)
    assert aside in article.text, article.text
