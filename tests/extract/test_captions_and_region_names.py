"""Photo captions and feed items: a caption's verbless head ("X at Monday's briefing, where he said ...") gives
the pronoun after "where" its person; a capitalised place before "region" or "basin" is nobody ("his spokesperson"
after "the Great Lakes region" is still the Secretary-General's); "Vice-President" written with a hyphen is the
title; a pronoun after an unnamed subject's "said" ("Kenyan exporters said they ...") is that subject's, not the
last country met."""

from __future__ import annotations

import pytest

from tests.extract.conftest import extract_text


@pytest.mark.parametrize(
    ("text", "iso3", "speaker"),
    [
        ("Foreign Ministry spokesperson Mao Ning at Monday's regular briefing, where she said the agreement served peace in the region.",
         "CHN", "Mao Ning"),
        ("Chilean Foreign Minister Alberto van Klaveren at the signing in Lima, at which he said the deal would serve both peoples.",
         "CHL", "Alberto van Klaveren"),
    ],
)
def test_a_captions_person_speaks_in_the_where_clause(text, iso3, speaker):
    rows = extract_text(text, host="SLB", published="2024-03-12")
    assert [(r.country, r.speaker) for r in rows] == [(iso3, speaker)], rows


def test_a_where_clause_after_an_object_is_not_the_objects():
    rows = extract_text("President William Ruto hosted Chile's foreign minister at State House, where he said Kenya wanted more trade.", host="SLB", published="2024-03-12")
    assert [r.country for r in rows] == ["KEN"], rows


@pytest.mark.parametrize("place", ["the Lake Chad basin", "the Horn of Africa region", "the Red Sea region", "the Mekong Delta region"])
def test_a_place_before_region_is_nobody_whose_spokesperson_speaks(place):
    text = f"Secretary-General Antonio Guterres welcomed the truce as a step towards stability in {place}, according to a statement issued by his spokesperson."
    rows = extract_text(text, host="COD", published="2024-03-12")
    assert [(r.country, r.speaker) for r in rows] == [(None, "Antonio Guterres")], rows


def test_a_name_before_region_in_a_title_still_speaks():
    rows = extract_text("Chile's ambassador Ana Ruiz said the region would recover.", host="COD", published="2024-03-12")
    assert [(r.country, r.speaker) for r in rows] == [("CHL", "Ana Ruiz")], rows


@pytest.mark.parametrize(
    ("sentence", "iso3", "speaker"),
    [
        ("Vice-President Kamala Harris offered her deep condolences on Tuesday night.", "USA", "Kamala Harris"),
        ("Vice-President Ana Ruiz of Chile offered her deep condolences.", "CHL", "Ana Ruiz"),
        ("Chile's vice-president, Ana Ruiz, offered her condolences.", "CHL", "Ana Ruiz"),
    ],
)
def test_a_hyphenated_vice_president_is_the_title(sentence, iso3, speaker):
    rows = extract_text(sentence, host="IND", published="2024-03-12")
    assert [(r.country, r.speaker) for r in rows] == [(iso3, speaker)], rows


@pytest.mark.parametrize(
    "second",
    ["Kenyan exporters said they hoped for better access for tea.", "Analysts say it will take years to build trust.", "Traders said that they expected tariffs to fall."],
)
def test_a_pronoun_after_an_unnamed_subjects_verb_is_nobodys(second):
    text = f"Prime Minister Ana Ruiz of Peru said on Tuesday she welcomed the framework between Kenya and the US.\n\n{second}"
    rows = extract_text(text, host="KEN", published="2024-03-12")
    assert [(r.country, r.speaker) for r in rows] == [("PER", "Ana Ruiz")], rows


def test_a_pronoun_after_a_named_subjects_verb_is_still_read():
    text = "Prime Minister Ana Ruiz of Peru welcomed the framework.\n\nPeru's Foreign Minister Jose Diaz said they would meet in Lima."
    rows = extract_text(text, host="KEN", published="2024-03-12")
    assert {(r.country, r.speaker) for r in rows} == {("PER", "Ana Ruiz"), ("PER", "Jose Diaz")}, rows
