"""Acts of help and homage make a row on their own: a leader ordering or dispatching aid, paying tribute."""

import pytest

from tests.extract.conftest import extract_text


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The Kenyan president paid tribute on Saturday to a statesman who had fought for independence.", "KEN"),
        ("Ghana's foreign minister pays tribute to the late leader in a message released on Saturday.", "GHA"),
        ("Kuwait's Emir on Saturday ordered two field hospitals to be flown to the quake zone.", "KWT"),
        ("The Turkish president dispatched two search-and-rescue teams on Saturday, his office said.", "TUR"),
    ],
)
def test_help_ordered_or_tribute_paid_is_a_reaction(sentence, expected):
    rows = extract_text("The disaster struck on Friday.\n\n" + sentence, published="2023-09-10", host="MAR")
    assert [(r.country, r.date) for r in rows] == [(expected, "2023-09-09")], rows


def test_declaring_mourning_by_order_is_still_no_row():
    rows = extract_text("The disaster struck on Friday.\n\nMalawi ordered three days of national mourning.", published="2023-09-10", host="MAR")
    assert rows == [], rows
