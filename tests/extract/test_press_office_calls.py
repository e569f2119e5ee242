"""A government press office's list of calls and messages to its president: the caller speaks, even when
the day stands between "received" and the call; a community's leader named with a compound demonym
("Greek Cypriot", "Turkish Cypriot") is of the island's country, not of the first word's."""

import pytest

from tests.extract.conftest import extract_text


@pytest.mark.parametrize(
    ("text", "host", "expected"),
    [
        ("The President of the Republic, Mr Gitanas Nauseda, received on Friday a telephone call from the Prime Minister "
         "of Poland, Mr Mateusz Morawiecki, who thanked Lithuania for its help with the border crisis.",
         "LTU", {("POL", "Mateusz Morawiecki", "2024-03-15")}),
        ("President Gitanas Nauseda received on Friday evening a call from Latvia's prime minister, Krisjanis Karins, "
         "who praised the joint patrols.", "LTU", {("LVA", "Krisjanis Karins", "2024-03-15")}),
        ("President Gitanas Nauseda received late on Thursday a message from Estonia's prime minister, Kaja Kallas, "
         "who offered Tallinn's support.", "LTU", {("EST", "Kaja Kallas", "2024-03-14")}),
    ],
)  # fmt: skip
def test_the_caller_speaks_when_the_day_stands_between_received_and_the_call(text, host, expected):
    rows = extract_text(text, host=host)
    assert {(r.country, r.speaker, r.date) for r in rows} == expected, rows


@pytest.mark.parametrize(
    ("text", "host", "expected"),
    [
        ("The Turkish Cypriot leader, Mr Ersin Tatar, said on Thursday that the crossing points would reopen.", "CYP",
         {("CYP", "Ersin Tatar")}),
        ("Greek Cypriot government spokesman Pavlos Ioannou said on Thursday that the talks would resume in Geneva.", None,
         {("CYP", "Pavlos Ioannou")}),
        # the first word alone still names its own country
        ("Turkish Foreign Minister Hakan Fidan said on Thursday that Ankara backed the reopening.", "CYP",
         {("TUR", "Hakan Fidan")}),
    ],
)  # fmt: skip
def test_a_community_demonym_names_the_island_not_the_first_word(text, host, expected):
    rows = extract_text(text, host=host)
    assert {(r.country, r.speaker) for r in rows} == expected, rows
