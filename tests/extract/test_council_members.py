"""The members of a council speak as the council when they adopt its text ("Security Council members, in an
agreed text, deplored ..."): the row is the council's. The members of a union are its member
states, and a council's members only talked about give no row."""

import pytest

from tests.extract.conftest import extract_text


@pytest.mark.parametrize(
    "text",
    [
        "The fifteen members of the UN Security Council on Tuesday voiced grave concern over the shelling of the port.",
        "Members of the Security Council deplored the loss of life in a statement on Tuesday.",
        "All members of the Security Council, in a text agreed late on Tuesday, urged both sides to stop fighting.",
    ],
)
def test_a_councils_members_give_the_councils_row(text):
    rows = extract_text(text, host="YEM", published="2024-03-15")
    assert [(r.country, r.organization) for r in rows] == [(None, "UN Security Council")], rows


@pytest.mark.parametrize(
    "text",
    [
        "The 27 members of the European Union welcomed the ceasefire on Tuesday.",
        "Diplomats said the members of the Security Council would meet again on Tuesday.",
    ],
)
def test_members_of_a_union_or_a_council_talked_about_give_no_council_row(text):
    rows = extract_text(text, host="YEM", published="2024-03-15")
    assert all(r.organization != "UN Security Council" and r.speaker != "European Union" for r in rows), rows
