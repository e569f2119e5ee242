"""A peer named by courtesy title and surname alone ("Lord Dahl", "Baroness Ruiz") with no office speaks for the UK
when his sentence places him in, or speaking to, the upper house or the government (data/peers.toml); the same
words without such a cue give no row, and a peer in leaders.csv keeps his table row."""

import pytest

from tests.extract.conftest import extract_text


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Baroness Whitfield told peers the peaceful vote in Zambia deserved praise.", "Whitfield"),
        ("Speaking in the Lords, Lord Pendry said the count had been orderly.", "Pendry"),
        ("Lord Marsh said the vote was fair, answering questions in the House of Lords.", "Marsh"),
        ("Lord Okafor, answering for the government, told the upper house that Britain welcomed the result.", "Okafor"),
    ],
)
def test_a_peer_in_the_lords_speaks_for_the_uk(text, speaker):
    rows = extract_text(text, host="ZMB")
    assert [(r.country, r.speaker) for r in rows] == [("GBR", speaker)], rows


def test_a_peer_in_the_leaders_table_keeps_his_row():
    rows = extract_text("Lord Ahmad told peers the count had been orderly.", host="ZMB", published="2023-08-20")
    assert [(r.country, r.speaker) for r in rows] == [("GBR", "Tariq Ahmad")], rows


def test_a_peer_without_a_cue_is_no_speaker():
    assert extract_text("Lord Pendry said the count had been orderly.", host="ZMB") == []
