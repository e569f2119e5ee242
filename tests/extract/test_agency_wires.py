"""A state news agency's wire: a dateline with an ordinal day ("MUSCAT, 3rd March, 2021 (ONA) --") is no
speaker; the capital it names places an official the text places nowhere else; a leader written with one
name more than the table's ("Cyril Ramaphosa Matamela": a father's name, a second surname) is that leader."""

from __future__ import annotations

import pytest

from tests.extract.conftest import extract_text


@pytest.mark.parametrize(
    "dateline",
    ["MUSCAT, 3rd March, 2021 (ONA) --", "MUSCAT, 3rd March 2021 (ONA) -", "MUSCAT, March 3rd (ONA) --", "Muscat, 3 March 2021 -"],
)
def test_an_unplaced_minister_is_of_the_capital_the_dateline_names(dateline):
    text = f"{dateline} Dr. Salim Al Harthy, Minister of State for Foreign Affairs, welcomed the ceasefire in Sudan."
    rows = extract_text(text, host="SDN", published="2021-03-03")
    assert [(r.country, r.speaker) for r in rows] == [("OMN", "Salim Al Harthy")], rows


def test_a_dateline_of_two_cities_places_no_one():
    text = "NEW YORK / GENEVA, 3rd March (Wire) -- Dr. Salim Al Harthy, Minister of State for Foreign Affairs, welcomed the ceasefire."
    rows = extract_text(text, host="SDN", published="2021-03-03")
    assert [r.country for r in rows] in ([], ["SDN"]), rows


def test_a_named_official_keeps_his_own_country_under_another_capitals_dateline():
    text = "MUSCAT, 3rd March, 2021 (ONA) -- Ghana's foreign minister, Ana Owusu, welcomed the ceasefire in Sudan."
    rows = extract_text(text, host="SDN", published="2021-03-03")
    assert [(r.country, r.speaker) for r in rows] == [("GHA", "Ana Owusu")], rows


@pytest.mark.parametrize(
    ("written", "iso3", "speaker"),
    [
        ("Cyril Ramaphosa Matamela", "ZAF", "Cyril Ramaphosa"),
        ("Dr. Abiy Ahmed Ali", "ETH", "Abiy Ahmed"),
    ],
)
def test_a_leader_written_with_one_more_name_is_that_leader(written, iso3, speaker):
    rows = extract_text(f'{written} told reporters in Nairobi that the ceasefire was "a hopeful start".', host="SDN", published="2021-03-03")
    assert [(r.country, r.speaker) for r in rows] == [(iso3, speaker)], rows


def test_a_juniors_name_is_not_his_fathers():
    rows = extract_text('Donald Trump Jr. told reporters that the ceasefire was "a hopeful start".', host="SDN", published="2021-03-03")
    assert all(r.speaker != "Donald Trump" for r in rows), rows


def test_a_dateline_at_the_eus_seat_places_no_one_in_the_eu():
    text = "BRUSSELS, 3rd March (Wire) -- Dr. Salim Al Harthy, Minister of State for Foreign Affairs, welcomed the ceasefire."
    rows = extract_text(text, host="BEL", published="2021-03-03")
    assert all(r.country != "EUU" for r in rows), rows


@pytest.mark.parametrize(
    ("sentence", "iso3"),
    [
        ('Sen. Ana Whitfield wrote on Friday that Kiribati had "fallen for a trap".', "USA"),
        ('Opposition MP Tessie Teiwaki said the cabinet had decided "without consulting parliament".', "KIR"),
    ],
)
def test_a_lawmaker_is_not_placed_by_another_capitals_dateline(sentence, iso3):
    text = f"TAIPEI, Sept 21 (Wire) -- Taiwan cut ties with Kiribati on Friday.\n\n{sentence}"
    rows = extract_text(text, host="KIR", published="2019-09-21")
    assert [r.country for r in rows if "Whitfield" in r.speaker or "Teiwaki" in r.speaker] == [iso3], rows
