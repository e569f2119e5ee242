"""An official's briefing turn naming his own head by the office alone ("Foreign Secretary of India, Shri Vikram
Rao: ... Prime Minister told President Ruto that India ..."): the head is the official's country's holder of the office
that day, and the official's first-person sentences after it ("We signed ...") stay the official's."""

from __future__ import annotations

import datetime as dt

from tests.extract.conftest import extract_text


def _rows(turn: str, *, label: str = "Foreign Secretary of India, Shri Vikram Rao") -> dict[tuple[str | None, str], str]:
    text = f"Transcript of a special briefing on the visit to Kenya\n\n{label}: Thank you. {turn}"
    rows = extract_text(text, host="KEN", published="2024-03-15", reference=dt.date(2024, 3, 16))
    return {(r.country, r.speaker): r.quote for r in rows}


def test_the_office_alone_in_an_official_s_turn_is_his_own_head():
    rows = _rows("Prime Minister told President Ruto very clearly that India is ready to help bring peace to the "
                 "region. We concluded three agreements on health and energy as well.")
    assert "ready to help bring peace" in rows[("IND", "Narendra Modi")], rows
    assert "three agreements" in rows[("IND", "Shri Vikram Rao")], rows


def test_a_president_named_alone_in_a_minister_s_turn():
    rows = _rows("President conveyed to the Kenyan leader that France would stand with Kenya. We agreed to meet "
                 "again in Paris.", label="French Foreign Minister, Mr. Pierre Lamy")
    assert ("FRA", "Emmanuel Macron") in rows, rows


def test_near_misses_keep_their_speakers():
    # a head with a name, or the office after "the" describing someone else, is not read as the official's own head
    rows = _rows("Prime Minister Ana Reef of Fiji told President Ruto that Fiji was ready to help. We concluded "
                 "three agreements on health and energy.")
    assert ("IND", "Narendra Modi") not in rows, rows
    rows = _rows("This was the first visit by an Indian Prime Minister to Kenya, and we signed three agreements.")
    assert list(rows) == [("IND", "Shri Vikram Rao")], rows
