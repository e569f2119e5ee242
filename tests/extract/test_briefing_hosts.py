"""A briefing transcript's host running it ("Official Spokesperson, Ms. Ana Lee: Good afternoon, and welcome to this
briefing. We have with us the Minister. Over to you."): those sentences react to nothing, so a host who only runs
the briefing gets no row; what he says besides stays his."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.extract.conftest import extract_text

_GUEST = (
    "Foreign Minister of Hungary, Mr. Tomas Varga: Thank you. Hungary stands ready to deepen its trade with "
    "Kenya, and we signed two agreements on water and energy today."
)


def _rows(host_turns: tuple[str, str]) -> list[tuple[str | None, str]]:
    text = (
        "Transcript of a special media briefing in Nairobi\n\n"
        f"Deputy Spokesperson, Ms. Ana Lee: {host_turns[0]}\n\n{_GUEST}\n\n"
        "Question (Ivo Kask, Harbour Radio): Will the President visit Budapest?\n\n"
        f"Deputy Spokesperson, Ms. Ana Lee: {host_turns[1]}"
    )
    rows = extract_text(text, host="KEN", published="2024-03-14", reference=dt.date(2024, 3, 15))
    return [(r.country, r.speaker) for r in rows]


@pytest.mark.parametrize(
    "turns",
    [
        (("Good afternoon, and welcome to this special briefing in Nairobi. We have with us the Foreign Minister of "
         "Hungary, Mr. Tomas Varga. Over to you now."), "With that we come to the close of today's briefing. Thank you."),
        ("Good morning, everyone. Welcome to today's press conference. I now hand over to the Minister.",
         "Thank you all. With that, we bring this briefing to a close."),
    ],
)
def test_a_host_who_only_runs_the_briefing_gets_no_row(turns):
    rows = _rows(turns)
    assert all(speaker != "Ana Lee" for _, speaker in rows), rows
    assert ("HUN", "Tomas Varga") in rows, rows


def test_a_host_s_own_answer_after_a_greeting_stays_hers():
    rows = _rows(("Good afternoon, and welcome to this briefing. We have with us the Minister. Over to you.",
                  "Thank you. The Deputy Spokesperson can confirm that an invitation was extended and gladly accepted."))
    assert any(speaker == "Ana Lee" for _, speaker in rows), rows
