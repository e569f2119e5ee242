"""A body no list knows ("the Harbour Policy Council") and a person named "of" it take no country from a private
person quoted before them: an analyst or an economist speaks for no government, so what follows him is not his
(placed) country's; an official who spoke last still lends his government to the body met after him."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.extract.conftest import extract_text

_ANALYST_OPENERS = [
    "'The result surprised nobody in the capital,' said Tomas Berg, an analyst at the Northern Policy Institute.",
    "'Markets will take it calmly,' Lena Ortiz, a political scientist at Meridian University, told reporters.",
    "Ravi Menon, an economist at the Eastern Trade Centre, said the vote had been expected.",
]


def _rows(text: str) -> set[tuple[str | None, str]]:
    rows = extract_text(text, host="NPL", published="2025-03-06", reference=dt.date(2025, 3, 7))
    return {(r.country, r.speaker) for r in rows}


def _article(opener: str, sentence: str) -> str:
    return "Ram Sharan was sworn in as Nepal's prime minister on Wednesday.\n\n" + opener + "\n\n" + sentence


@pytest.mark.parametrize("opener", _ANALYST_OPENERS)
@pytest.mark.parametrize(
    "sentence",
    [
        "Rural voters cared most about roads and clinics, Hana Novak of the Civic Research Council noted.",
        "Marta Lind of the Harbour Studies Council said turnout had been the highest in a decade.",
        "Youth turnout rose sharply, the Lakeside Policy Council noted in a briefing.",
        "Pavel Dorn of the Regional Dialogue Council added that the coalition would be fragile.",
    ],
)
def test_a_body_or_its_member_after_an_analyst_gives_no_row(opener, sentence):
    rows = _rows(_article(opener, sentence))
    assert not {r for r in rows if r[0] == "NPL"}, rows


@pytest.mark.parametrize("opener", [*_ANALYST_OPENERS, "Ram Sharan thanked voters for their trust."])
@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Jane Roe of the State Department said Washington looked forward to working with him.", ("USA", "State Department")),
        ("Ana Ruiz of the European Commission noted that Brussels would keep its aid flowing.", ("EUU", "European Commission")),
        ("Luis Pardo of the National Security Council said the White House welcomed the result.", ("USA", "National Security Council")),
        ("Chile's foreign ministry congratulated him, saying the vote was a credit to Nepal.", ("CHL", "Chilean Foreign Ministry")),
    ],
)
def test_government_bodies_and_their_people_keep_their_rows(opener, sentence, expected):
    assert expected in _rows(_article(opener, sentence))


def test_an_official_who_spoke_last_still_places_the_body_after_him():
    text = _article(
        "'We congratulate the new government,' said Foreign Minister Alberto van Klaveren of Chile.",
        "The Foreign Ministry added that Santiago would send a delegation to the swearing-in.",
    )
    assert any(country == "CHL" for country, _ in _rows(text))
