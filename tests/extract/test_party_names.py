"""A party's name after a title ("leader of the opposition Civic Bloc", "of New Democracy") is no person's
name: the person the sentence names keeps the row, and no row goes to "Democracy" or "Bloc"."""

import pytest

from tests.extract.conftest import extract_text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Pedro Sanchez, leader of the opposition New Socialists, told reporters on Saturday that the accord was a defeat.",
         [("ESP", "Pedro Sanchez")]),
        ("Donald Tusk, leader of the opposition Civic Platform, told reporters on Saturday that the accord was a defeat.",
         [("POL", "Donald Tusk")]),
        ("Greek opposition leader Kyriakos Mitsotakis of New Democracy said on Saturday that the accord was a defeat.",
         [("GRC", "Kyriakos Mitsotakis")]),
        # a title's own capitalised name still counts
        ("Opposition leader Kemal Kilicdaroglu said on Saturday that the accord was a defeat.", [("TUR", "Kemal Kilicdaroglu")]),
    ],
)
def test_a_party_named_after_a_title_is_not_its_leaders_name(text, expected):
    rows = extract_text(text, host="TUR" if "Kilicdaroglu" in text else "MKD", published="2024-03-15")
    assert [(r.country, r.speaker) for r in rows] == expected


def test_a_known_politician_years_before_his_office_keeps_his_country():
    # in 2018, years before he became prime minister: still Greek, not of the body named before
    text = (
        "The EU's rotating presidency backed the accord.\n\n"
        "Kyriakos Mitsotakis, leader of the opposition New Democracy, told lawmakers on Saturday that the accord was a defeat."
    )
    rows = extract_text(text, host="MKD", published="2018-06-19")
    assert ("GRC", "Kyriakos Mitsotakis") in [(r.country, r.speaker) for r in rows]
