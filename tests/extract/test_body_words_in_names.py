"""Names that hold a body's or a month's word: a listed leader whose first name is also a body's word
("President Duma Boko": not Russia's parliament), a first name spelt as a month's short name ("Jan", "Mar"), and a
full name "of" a government body the tables place ("X of the Mainland Affairs Council": that body's row, as "X of the
State Department" gives the department's)."""

from __future__ import annotations

import pytest

from tests.extract.conftest import extract_text


@pytest.mark.parametrize(
    "text",
    [
        "President Duma Boko congratulated Ruto on Monday, saying Botswana stood ready to deepen ties.",
        "\"We welcome the peaceful vote,\" said President Duma Boko.",
        "Botswana's President Duma Boko said on Monday that the region had shown its democratic maturity.",
    ],
)
def test_a_listed_leaders_first_name_that_is_a_bodys_word_stays_his(text):
    rows = extract_text(text, host="KEN", published="2025-03-15")
    assert [(r.country, r.speaker) for r in rows] == [("BWA", "Duma Boko")], rows


def test_the_body_itself_is_still_read_before_a_name_no_table_lists():
    rows = extract_text("Duma Speaker Vyacheslav Volodin said the vote was a farce.", host="KEN", published="2025-03-15")
    assert [r.country for r in rows] == ["RUS"], rows


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Jan Kowalski, the Polish foreign minister, said Warsaw welcomed the result.", ("POL", "Jan Kowalski")),
        ("Jan Kowalski, Poland's foreign minister, said on Monday that Warsaw welcomed the result.", ("POL", "Jan Kowalski")),
        ("On Jan 5, Jan Lipavsky said Prague welcomed the result.", ("CZE", "Jan Lipavsky")),
        ("Mar Ortega, the Spanish foreign minister, said Madrid welcomed the result.", ("ESP", "Mar Ortega")),
    ],
)
def test_a_first_name_spelt_as_a_months_short_name_is_part_of_the_name(text, expected):
    rows = extract_text(text, host="KEN", published="2024-03-15")
    assert [(r.country, r.speaker) for r in rows] == [expected], rows


@pytest.mark.parametrize(
    "text",
    [
        # the month before a day, or before a title and a name, is still no name word
        "On Jan 5 President William Ruto said the vote was fair.",
        "\"The vote was fair,\" President William Ruto said on Jan 5.",
    ],
)
def test_a_month_before_a_title_is_no_first_name(text):
    rows = extract_text(text, host="TZA", published="2024-03-15")
    assert [(r.country, r.speaker) for r in rows] == [("KEN", "William Ruto")], rows


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Liang Wen-chieh of the Mainland Affairs Council said on Thursday that Beijing should respect the vote.",
         ("TWN", "Mainland Affairs Council")),
        ("The Mainland Affairs Council said on Thursday that Beijing should respect the vote.", ("TWN", "Mainland Affairs Council")),
    ],
)
def test_a_full_name_of_a_placed_government_body_gives_that_bodys_row(text, expected):
    rows = extract_text(text, host="KEN", published="2024-03-15")
    assert [(r.country, r.speaker) for r in rows] == [expected], rows


@pytest.mark.parametrize(
    "text",
    [
        # a think tank or a charity no table knows: a private voice, no row
        "Ana Ruiz of the Norwegian Institute of International Affairs said the vote was a turning point.",
        "Ana Ruiz of the Harbour Policy Institute said the vote was a turning point.",
        "Ana Ruiz of the Chilean Council on Foreign Relations said the vote was a turning point.",
    ],
)
def test_a_full_name_of_an_unplaced_body_gives_no_row(text):
    assert extract_text(text, host="KEN", published="2024-03-15") == []
