"""A capital describing a private person ("A Warsaw historian told our channel ..."): the person is no official and
his words are no government's; the capital alone as a subject still speaks for its government."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.extract.conftest import extract_text


def _rows(text: str) -> set[tuple[str | None, str]]:
    return {(r.country, r.speaker) for r in extract_text(text, host="BIH", published="2024-05-24", reference=dt.date(2024, 5, 25))}


@pytest.mark.parametrize(
    "text",
    [
        "A Warsaw political scientist told our channel the vote would harden positions ahead of local elections.",
        "A Budapest historian said the vote would change little on the ground.",
        "One Lisbon academic told the paper that the result had been expected for weeks.",
        "A Vienna sociologist said voters had been tired of the campaign.",
    ],
)
def test_a_private_person_named_by_a_capital_gives_no_government_row(text):
    assert _rows(text) == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Warsaw told the council on Friday that the vote was a step towards reconciliation.", ("POL", "Polish government")),
        ("Poland's foreign minister, a historian by training, told reporters the vote was welcome.", ("POL", "Radoslaw Sikorski")),
    ],
)
def test_near_misses_keep_their_rows(text, expected):
    assert expected in _rows(text)
