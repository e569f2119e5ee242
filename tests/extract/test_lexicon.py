"""The knowledge files load and agree with each other (an analyst's edit that breaks them fails here)."""

import re

import pytest

from tracker.extract.lexicon import (
    COUNTRIES,
    INSTITUTIONS,
    KIND_LEXICON,
    LEADERS,
    ORGANIZATIONS,
    THEME_LEXICON,
    TITLES,
)

RANKS = {"head", "minister", "official", "diplomat", "spokesperson", "legislator", "honorific", "nonofficial", "courtesy"}


def test_every_leader_belongs_to_a_known_country_or_organisation():
    orgs = {o.name for o in ORGANIZATIONS.values()}
    for leader in LEADERS:
        assert leader.country in COUNTRIES or leader.organization in orgs, leader


def test_leader_terms_are_in_order():
    for leader in LEADERS:
        if leader.start and leader.end:
            assert leader.start < leader.end, leader


def test_titles_have_a_known_rank():
    assert {t.rank for t in TITLES.values()} <= RANKS


def test_institutions_with_a_fixed_owner_name_a_known_country():
    for pattern, inst in INSTITUTIONS.items():
        assert inst.country is None or inst.country in COUNTRIES, pattern
        assert inst.kind in {"office", "ministry", "embassy", "government", "legislature"}, pattern


def test_the_nine_required_themes_are_shipped():
    assert {"alliance", "trilateral", "china", "economy", "security", "democracy", "north_korea", "history", "summit"} <= set(
        THEME_LEXICON
    )


@pytest.mark.parametrize("lexicon", [THEME_LEXICON, KIND_LEXICON], ids=["themes", "kinds"])
def test_every_term_is_a_valid_regular_expression(lexicon):
    for key, spec in lexicon.items():
        for term in spec["terms"]:
            re.compile(term)
