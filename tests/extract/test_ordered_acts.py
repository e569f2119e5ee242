"""A day in the clause of an act ordered for later ("ordered flags lowered to half-mast on Monday") is that act's,
not the day of the order or of the words: the row keeps the article's date. The day of the order itself stays."""

from __future__ import annotations

import pytest

from tests.extract.conftest import extract_text


@pytest.mark.parametrize(
    "sentence",
    [
        'Chile\'s President Gabriel Boric ordered flags on public buildings lowered to half-mast on Monday and called him "a friend of Chile".',
        'Chile\'s President Gabriel Boric ordered flags to be flown at half-mast on Monday and called him "a friend of Chile".',
        'Chile\'s President Gabriel Boric directed ministries to hold a minute of silence on Monday and called him "a friend of Chile".',
    ],
)
def test_the_day_of_an_ordered_act_does_not_date_the_row(sentence):
    rows = extract_text(sentence, host="JPN", published="2022-07-09")  # a Saturday
    assert [(r.country, r.date) for r in rows] == [("CHL", "2022-07-09")], rows


@pytest.mark.parametrize(
    ("sentence", "day"),
    [
        ("Chile's President Gabriel Boric ordered rescue teams on Friday to fly to Osaka.", "2022-07-08"),
        ('Chile\'s President Gabriel Boric on Friday ordered flags lowered to half-mast and called him "a friend".', "2022-07-08"),
    ],
)
def test_the_day_of_the_order_itself_dates_the_row(sentence, day):
    rows = extract_text(sentence, host="JPN", published="2022-07-09")
    assert [(r.country, r.date) for r in rows] == [("CHL", day)], rows
