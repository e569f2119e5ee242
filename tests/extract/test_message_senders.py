"""A royal court's or presidency's bulletin: "X received a cable from Y, in which he affirmed ...". The "he" of the
message is one of the two people of that sentence (the one whose country's stance the clause states, else the
sender named last), never the head of state of the paragraph before."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.extract.conftest import extract_text

_BEFORE = "His Majesty King Mohammed VI thanked the brotherly nations for their messages.\n\n"


def _rows(text: str) -> set[tuple[str | None, str]]:
    rows = extract_text(_BEFORE + text, host="MAR", published="2024-03-15", reference=dt.date(2024, 3, 16))
    return {(r.country, r.speaker) for r in rows if r.country != "MAR"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the sender named after the receiver
        (("The Royal Court received a cable from King Abdullah II of Jordan, in which he affirmed the full support of "
         "the Hashemite Kingdom for the measures taken to preserve stability."), ("JOR", "King Abdullah II")),
        (("His Majesty received a telephone call on Sunday from President Kassym-Jomart Tokayev of Kazakhstan, during "
         "which he conveyed his solidarity with the Kingdom."), ("KAZ", "Kassym-Jomart Tokayev")),
        # the receiver is the reacting one: his country's stance is the clause's
        (("His Excellency President Kassym-Jomart Tokayev of the Republic of Kazakhstan received a telephone call today "
         "from His Majesty, in which he expressed Kazakhstan's support for the Kingdom's stability."),
         ("KAZ", "Kassym-Jomart Tokayev")),
        (("President Kassym-Jomart Tokayev of Kazakhstan received a telephone call from His Majesty King Mohammed VI, "
         "during which he expressed Kazakhstan's full support for the measures."), ("KAZ", "Kassym-Jomart Tokayev")),
        (("His Majesty King Mohammed VI received a cable from King Abdullah II, in which he affirmed the solidarity of "
         "the Hashemite Kingdom of Jordan with Morocco."), ("JOR", "King Abdullah II")),
    ],
)
def test_the_message_in_which_he_speaks_is_one_of_the_sentence_s_people(text, expected):
    assert expected in _rows(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a country named in what he said is no stance of that country's person: still the sender's words
        (("His Majesty King Mohammed VI received a cable from King Abdullah II of Jordan, in which he said Morocco's "
         "stability mattered to the whole region."), ("JOR", "King Abdullah II")),
        # the subject made the call: "he" of the call is the caller, not the one called, named last
        (("President Gabriel Boric of Chile held a telephone call with His Majesty King Mohammed VI on Sunday, during "
          "which he congratulated him on the reforms."), ("CHL", "Gabriel Boric")),
        (("Prime Minister Mark Carney of Canada sent a letter to King Mohammed VI, in which he praised the reforms."),
         ("CAN", "Mark Carney")),
        # no message clause: the pronoun of a new sentence is still the person met last
        (("President Kassym-Jomart Tokayev of Kazakhstan called the king on Sunday. He expressed his full solidarity "
         "with the Kingdom."), ("KAZ", "Kassym-Jomart Tokayev")),
    ],
)
def test_near_misses_keep_their_speaker(text, expected):
    assert expected in _rows(text)


def test_the_host_king_of_the_paragraph_before_does_not_take_the_sender_s_words():
    text = ("The Royal Court received a cable from King Abdullah II of Jordan, in which he affirmed the Hashemite "
            "Kingdom's full support for the measures.")
    rows = extract_text(_BEFORE + text, host="MAR", published="2024-03-15", reference=dt.date(2024, 3, 16))
    host_rows = [r for r in rows if r.country == "MAR"]
    assert all("cable" not in (r.quote or "") for r in host_rows), host_rows
