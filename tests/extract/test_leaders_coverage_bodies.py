"""Offices filled in for news the tuning sets never showed: heads and spokespeople of international bodies
(UN agencies, regional commissions, the World Bank) and foreign ministers, heads of state and heads of
government of smaller members. A surname alone names the person inside their term and no one outside it; "the
<country> <role>" names whoever held the office on the article's date; a common word stays no one."""

import pytest

from tests.extract.conftest import extract_text


def _rows(text, published):
    return {(r.country, r.organization, r.speaker) for r in extract_text(text, published=published)}


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # a body's head or spokesperson speaks for the body, with no country
        ('Steiner said the recovery in the region was "fragile".', "2021-03-01", {(None, "UNDP", "Achim Steiner")}),
        ('Mathuki said the bloc "welcomes" the border talks.', "2022-03-01",
         {(None, "East African Community", "Peter Mathuki")}),
        ('Krähenbühl said the shortfall was "alarming".', "2018-03-01", {(None, "UNRWA", "Pierre Krahenbuhl")}),
        ('Shamdasani said the sentences were "deeply troubling".', "2023-03-01",
         {(None, "United Nations", "Ravina Shamdasani")}),
        ('Lungescu said the alliance "condemns" the strike.', "2022-03-01", {(None, "NATO", "Oana Lungescu")}),
        ('Malpass said the lending would "continue".', "2021-03-01", {(None, "World Bank", "David Malpass")}),
        ('Bensouda said her office "will investigate" the killings.', "2019-03-01",
         {(None, "International Criminal Court", "Fatou Bensouda")}),
        # one person in two offices: the article's date picks the office
        ('Guterres said the camps were "overwhelmed".', "2014-03-01", {(None, "UNHCR", "Antonio Guterres")}),
        ('Barham Salih said the camps were "overwhelmed".', "2026-03-01", {(None, "UNHCR", "Barham Salih")}),
        ('Barham Salih said the vote was "a turning point".', "2020-03-01", {("IRQ", None, "Barham Salih")}),
        ('Baerbock said the assembly "must act".', "2026-01-10", {(None, "United Nations", "Annalena Baerbock")}),
        ('Baerbock said Berlin "stands with" Kyiv.', "2023-01-10", {("DEU", None, "Annalena Baerbock")}),
        ('De Mistura said the talks were "at a critical stage".', "2016-03-01",
         {(None, "United Nations", "Staffan de Mistura")}),
        ('Lagarde said inflation was "too high".', "2023-01-10", {("EUU", None, "Christine Lagarde")}),
        ('Lagarde said the fund "stands ready".', "2015-01-10", {(None, "International Monetary Fund", "Christine Lagarde")}),
        ('Zerbo said the test was "a grave violation".', "2017-09-04", {(None, "CTBTO", "Lassina Zerbo")}),
        ('Zerbo said Ouagadougou "will not yield".', "2022-01-10", {("BFA", None, "Lassina Zerbo")}),
        ('Adesina said the bank "will double" its lending.', "2019-01-10",
         {(None, "African Development Bank", "Akinwumi Adesina")}),
        # a newly listed body speaks by its own name, and its data is no speaker
        ('The OPCW said the attack was "unacceptable".', "2018-05-01", {(None, "OPCW", "OPCW")}),
        ("Food prices rose, according to FAO data published on Monday.", "2021-01-10", set()),
        # foreign ministers and leaders of smaller members, by surname inside the term
        ('Pacolli said Pristina "will not back down".', "2018-05-01", {("XKX", None, "Behgjet Pacolli")}),
        ('Gakosso said Brazzaville "welcomes" the ceasefire.', "2019-03-01", {("COG", None, "Jean-Claude Gakosso")}),
        ('Henfield said Nassau "welcomes" the agreement.', "2019-03-01", {("BHS", None, "Darren Henfield")}),
        ('Beccari said the republic "welcomes" the agreement.', "2022-03-01", {("SMR", None, "Luca Beccari")}),
        ('Parolin said the Holy See "deplores" the violence.', "2022-03-01", {("VAT", None, "Pietro Parolin")}),
        ('Kasymaliev said Bishkek "welcomes" the agreement.', "2025-03-01", {("KGZ", None, "Adylbek Kasymaliev")}),
    ],
)
def test_a_named_official_speaks_for_the_office_held_that_day(text, published, expected):
    assert _rows(text, published) == expected


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        ('The Kosovar foreign minister said the vote was "historic".', "2019-03-01",
         {("XKX", None, "Behgjet Pacolli")}),
        ('The Bahamian foreign minister said Nassau "welcomes" the deal.', "2019-03-01",
         {("BHS", None, "Darren Henfield")}),
        ('The Malian prime minister said Bamako "will not negotiate".', "2018-06-01",
         {("MLI", None, "Soumeylou Boubeye Maiga")}),
        ('The Taiwanese premier said the drills were "provocative".', "2020-06-01", {("TWN", None, "Su Tseng-chang")}),
        ('The Fijian president said the result was "good news".', "2022-06-01", {("FJI", None, "Wiliame Katonivere")}),
        ('The Montenegrin foreign minister said Podgorica "supports" the mission.', "2018-06-01",
         {("MNE", None, "Srdjan Darmanovic")}),
        ('The Peruvian prime minister said Lima "rejects" the claim.', "2023-03-01", {("PER", None, "Alberto Otarola")}),
        ('The Korean prime minister said Seoul "will respond firmly".', "2015-03-01", {("KOR", None, "Lee Wan-koo")}),
    ],
)
def test_an_unnamed_holder_resolves_on_the_date(text, published, expected):
    assert _rows(text, published) == expected


@pytest.mark.parametrize(
    ("text", "published"),
    [
        ('Pacolli said the decision was "regrettable".', "2024-05-01"),  # years after his term, no country named
        ('Cousin said the pipeline was "broken".', "2016-03-01"),  # Ertharin Cousin: a common word
        ('Lake said the pipeline was "broken".', "2016-03-01"),  # Anthony Lake
        ('Elder said the pipeline was "broken".', "2023-03-01"),  # James Elder
        ('Mitchell said the pipeline was "broken".', "2023-03-01"),  # Fred Mitchell, and two Grenadian Mitchells
    ],
)
def test_a_surname_outside_the_term_or_a_common_word_names_no_one(text, published):
    assert extract_text(text, published=published) == []
