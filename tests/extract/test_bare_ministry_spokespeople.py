""""a ministry spokesman added" after a named foreign ministry spoke is that ministry's spokesman: one row for
the ministry, not a second one for an unnamed "Ministry"."""

from __future__ import annotations

import pytest

from tests.extract.conftest import extract_text


@pytest.mark.parametrize(
    "text",
    [
        'Norway\'s foreign ministry said on Thursday that Oslo welcomed the ceasefire. "We stand ready to help," a ministry spokeswoman added.',
        'The Ministry of Foreign Affairs of Chile welcomed the ceasefire on Thursday. A ministry spokesman said Santiago "will support the monitors".',
    ],
)
def test_a_bare_ministry_spokesperson_is_the_named_ministrys(text):
    rows = extract_text(text, host="SDN", published="2024-03-15")
    assert len(rows) == 1 and rows[0].speaker.endswith("Foreign Ministry"), rows


def test_a_ministry_spokesperson_placed_elsewhere_is_that_countrys():
    text = 'Norway\'s foreign ministry welcomed the ceasefire on Thursday. In Stockholm, a ministry spokeswoman said Sweden "will help".'
    rows = extract_text(text, host="SDN", published="2024-03-15")
    assert {r.country for r in rows} == {"NOR", "SWE"}, rows


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a lower-case title before the name opens the clause of its own, and the bare "department" or "ministry"
        # is the one just named
        (
            "The State Department welcomed the vote, and department spokeswoman Rita Okafor said the country had shown resilience.",
            {("USA", "Rita Okafor")},
        ),
        (
            "China's foreign ministry welcomed the vote, and ministry spokesman Lin Jian said Beijing respected the choice.",
            {("CHN", "Lin Jian")},
        ),
        (
            "Australia's Department of Foreign Affairs and Trade welcomed the vote. "
            "Department spokesman Tom Verity said on Tuesday that Canberra would work with the new government.",
            {("AUS", "Tom Verity")},
        ),
    ],
)
def test_a_named_spokesperson_of_a_bare_department_is_the_named_departments(text, expected):
    rows = extract_text(text, published="2024-03-15")
    assert {(r.country, r.speaker) for r in rows} == expected, rows


def test_a_bare_department_spokesperson_of_the_named_departments_country_is_that_department():
    text = ("Australia's Department of Foreign Affairs and Trade welcomed the vote. "
            "A department spokeswoman said Canberra would work with the new government.")
    rows = extract_text(text, published="2024-03-15")
    assert [(r.country, r.speaker) for r in rows] == [("AUS", "Department of Foreign Affairs and Trade")], rows


def test_a_bare_department_named_nowhere_is_no_bodys_name():
    text = ("Secretary of State Antony Blinken welcomed the vote. "
            "A department spokesman said the United States would work with the new government.")
    rows = extract_text(text, published="2024-03-15")
    assert ("USA", "American government department") in {(r.country, r.speaker) for r in rows}, rows


def test_a_department_named_for_its_portfolio_keeps_its_name():
    rows = extract_text("From London, the Department for International Development said it would send relief supplies.")
    assert [(r.country, r.speaker) for r in rows] == [("GBR", "Department for International Development")], rows


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a capital named after the first ministry places the spokesperson who follows: hers is that country's
        (
            "Kenya's foreign ministry said on Monday it hoped for closer ties. Tokyo struck a cooler note. "
            '"We oppose any contact that harms regional stability," foreign ministry spokesperson Aiko Mori told reporters on Tuesday.',
            {("KEN", "Kenyan Foreign Ministry"), ("JPN", "Aiko Mori")},
        ),
        (
            "The Peruvian Foreign Ministry welcomed the result in a statement on Monday. Ottawa struck a more guarded tone. "
            '"We will study the results closely," foreign ministry spokesman Tom Hale told reporters.',
            {("PER", "Peruvian Foreign Ministry"), ("CAN", "Tom Hale")},
        ),
    ],
)
def test_a_place_named_after_the_ministry_places_the_next_spokesperson(text, expected):
    rows = extract_text(text, host="POL", published="2024-03-15")
    assert {(r.country, r.speaker) for r in rows} == expected and len(rows) == 2, rows
