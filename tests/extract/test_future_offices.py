"""A leader-table office held only years after the story's day gives the speaker neither that office nor its
country: the text says who the person was then."""

import pytest

from tests.extract.conftest import extract_text


@pytest.mark.parametrize(
    ("published", "sentence", "expected"),
    [
        # governor of Britain's central bank long before becoming Canada's prime minister
        ("2019-03-29", "Mark Carney, the governor of the Bank of England, said on Thursday that the Bank would act if needed.", "GBR"),
        ("2019-03-29", "Bank of England Governor Mark Carney warned on Thursday that firms were not ready.", "GBR"),
        # the same person on a day the table's office is held
        ("2025-05-02", "Prime Minister Mark Carney said on Thursday that Ottawa would respond.", "CAN"),
    ],
)
def test_a_table_office_not_yet_held_gives_no_country(published, sentence, expected):
    rows = extract_text("Markets fell sharply on Wednesday.\n\n" + sentence, published=published, host="USA")
    assert [(r.country, r.speaker) for r in rows] == [(expected, "Mark Carney")], rows


def test_the_office_held_later_is_not_the_persons_organisation():
    # an international body's head from a later year: in an earlier story she still speaks for her country
    rows = extract_text(
        "Markets fell sharply on Monday.\n\nFrench Finance Minister Christine Lagarde said on Tuesday that Paris was watching the markets.",
        published="2008-09-17",
        host="USA",
    )
    assert [(r.country, r.speaker) for r in rows] == [("FRA", "Christine Lagarde")], rows
    assert rows[0].organization is None, rows
