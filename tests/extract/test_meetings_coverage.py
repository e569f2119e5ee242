"""A meetings-coverage summary (a UN body's, a regional assembly's) gives each delegate in turn as his name, often
in capitals, and the country he speaks for in brackets ("ANA RUIZ (Peru) said ..."): he is a row of that
country, his name written as a name; "speaking also for" others keeps him one row of his own country."""

from __future__ import annotations

import pytest

from tests.extract.conftest import extract_text, speakers

SUMMARY = (
    "The Security Council today renewed for a year the mandate of its mission in the Sahel.\n\n"
    "TOMAS BERGQVIST (Sweden) said the renewal sends a clear signal that the Council stands with the people of Mali.\n\n"
    "MARIA JOSE DE LA PENA (Ecuador) said the mission must be given the means to protect civilians.\n\n"
    "Kwame Asante-Boateng (Ghana), speaking also for Niger and Mozambique, said the three African members "
    "welcomed the text.\n\n"
    "LI WEIMING (China) stressed that the sovereignty of Mali must be respected."
)


def test_every_delegate_of_a_summary_is_a_row_of_the_country_in_his_brackets():
    rows = extract_text(SUMMARY, host="MLI")
    assert speakers(rows) == {
        ("SWE", "Tomas Bergqvist"), ("ECU", "Maria Jose de la Pena"), ("GHA", "Kwame Asante-Boateng"), ("CHN", "Li Weiming"),
    }, rows


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Ines Salgado (Portugal) said the resolution was a step towards peace in Mali.", {("PRT", "Ines Salgado")}),
        ("HIROSHI TANAKA (Japan) said his delegation had voted in favour.", {("JPN", "Hiroshi Tanaka")}),
    ],
)
def test_bracketed_country_after_a_name_is_the_speakers(sentence, expected):
    assert speakers(extract_text(sentence, host="MLI")) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "Ines Salgado (Reuters) said the resolution was a step towards peace in Mali.",  # a credit, not a country
        "Ines Salgado (Lab) said the resolution was a step towards peace in Mali.",  # a party
        "Ines Salgado (Peru's envoy) said the resolution was a step towards peace in Mali.",  # more than a country
    ],
)
def test_other_brackets_after_a_name_give_no_country(sentence):
    assert all(r.country is None or r.country == "MLI" for r in extract_text(sentence, host="MLI")), sentence
