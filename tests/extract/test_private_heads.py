"""The head of a body no table knows ("X, the Vostok chief,", "Y, the Tesla boss,": a militia, a company) holds
no office: his words make no row. A chief of a known body keeps his office."""

from __future__ import annotations

import pytest

from tests.extract.conftest import extract_text


@pytest.mark.parametrize(
    "sentence",
    [
        "Dmitry Utkin, the Redut chief, hailed the takeover on his Telegram channel.",
        "Elena Morozova, the Sibneft chief, welcomed the junta's promise of stability.",
        "Marcus Hale, the Blackstone chief, praised the new rulers in a post.",
    ],
)
def test_the_head_of_an_unknown_body_gives_no_row(sentence):
    assert extract_text(sentence, host="NER", published="2023-07-31") == []


@pytest.mark.parametrize(
    ("sentence", "iso3", "speaker"),
    [
        ("Rafael Grossi, the IAEA chief, welcomed the talks on Sunday.", None, "Rafael Grossi"),
        ("Ana Ruiz, the Pentagon chief, condemned the coup on Sunday.", "USA", "Ana Ruiz"),
    ],
)
def test_a_chief_of_a_known_body_keeps_his_office(sentence, iso3, speaker):
    rows = extract_text(sentence, host="NER", published="2023-07-31")
    assert [(r.country, r.speaker) for r in rows] == [(iso3, speaker)], rows
