"""A ministry's own release reporting another government's minister ("The Ministry notes that Chile's Foreign Minister,
Alberto van Klaveren, told reporters that ..."): the words are the minister's, told with his own verb, not the
releasing ministry's."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.extract.conftest import extract_text

_OPENING = ("The Ministry takes note with appreciation of the statements from partners.\n\n"
            "Peru's Ministry of Defence announced on Monday that it had moved two ships north. ")


def _rows(sentence: str) -> set[tuple[str | None, str]]:
    rows = extract_text(_OPENING + sentence, host="ECU", published="2024-04-09", reference=dt.date(2024, 4, 10))
    return {(r.country, r.speaker) for r in rows}


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (("The Ministry notes that Chile's Foreign Minister, Alberto van Klaveren, told reporters in Santiago that Chile "
         "hoped for calm."), ("CHL", "Alberto van Klaveren")),
        (("The Ministry further notes that Colombia's Foreign Minister Luis Gilberto Murillo said the region must "
         "remain a zone of peace."), ("COL", "Luis Gilberto Murillo")),
    ],
)
def test_a_release_reporting_another_government_s_minister_gives_his_row(sentence, expected):
    assert expected in _rows(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        # no words of his own: the visit is told, not a statement
        "The Ministry notes that the visit of Chile's Foreign Minister, Alberto van Klaveren, was postponed.",
        # a minister named before the ministry's verb is not reported by it
        "Chile's Foreign Minister, Alberto van Klaveren, arrived in Quito, and the Ministry notes the visit.",
    ],
)
def test_near_misses_give_the_minister_no_row(sentence):
    assert ("CHL", "Alberto van Klaveren") not in _rows(sentence)
