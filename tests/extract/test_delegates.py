"""UN meetings coverage: delegates speak for the countries named with them."""

import pytest

from tests.extract.conftest import extract_text


@pytest.mark.parametrize(
    ("text", "iso3", "speaker"),
    [
        ("Ines Arbelo of the Philippines warned against any outside military intervention.", "PHL", "Ines Arbelo"),
        ("Tomas Lindqvist of the Russian Federation said the crisis could not be solved by force.", "RUS", "Tomas Lindqvist"),
        ("Mariam Al Suwaidi of the United Arab Emirates said the stability of the region was at stake.", "ARE", "Mariam Al Suwaidi"),
        ("Karl Obuya of the United Kingdom called for the release of the detained ministers.", "GBR", "Karl Obuya"),
    ],
)
def test_a_delegate_of_the_named_country_speaks_for_it(text, iso3, speaker):
    rows = extract_text(text, host="MLI")
    assert [(r.country, r.speaker) for r in rows] == [(iso3, speaker)], rows


@pytest.mark.parametrize("name", ["Zhang Jun", "Park Jun", "Liu Jan"])
def test_a_name_ending_in_a_months_short_name_is_still_a_name(name):
    text = (
        "Mexico's delegate, Ana Ruiz, condemned the seizure of power.\n\n"
        f"China's representative, {name}, said his country hoped all parties would talk. "
        '"Peace in the region matters to the whole continent," he said.'
    )
    rows = extract_text(text, host="MLI")
    assert [(r.country, r.speaker) for r in rows] == [("MEX", "Ana Ruiz"), ("CHN", name)], rows
    assert "security" not in rows[0].themes  # the second delegate's words are not the first one's


@pytest.mark.parametrize("owner", ["her", "his", "our"])
def test_a_delegates_own_delegation_is_no_meeting(owner):
    rows = extract_text(f"Ines Arbelo of Portugal said {owner} delegation was deeply concerned by the arrests.", host="MLI")
    assert [(r.country, tuple(r.themes)) for r in rows] == [("PRT", ())], rows


def test_a_delegation_sent_to_an_inauguration_is_still_a_visit():
    rows = extract_text("Portugal said it would send a delegation to the inauguration.", host="MLI")
    assert [tuple(r.themes) for r in rows] == [("summit",)], rows


@pytest.mark.parametrize(
    ("text", "iso3", "speaker"),
    [
        ("Prime Minister Kishida Fumio sent a message of congratulation, the ministry said.", "JPN", "Fumio Kishida"),
        ("Chancellor Scholz Olaf said Berlin welcomed the vote.", "DEU", "Olaf Scholz"),
    ],
)
def test_a_leader_named_family_name_first_is_the_same_leader(text, iso3, speaker):
    rows = extract_text(text, host="KWT", published="2023-12-19")
    assert [(r.country, r.speaker) for r in rows] == [(iso3, speaker)], rows


@pytest.mark.parametrize(
    "text",
    [
        "Ana Ruiz, the UN Under-Secretary-General for Political Affairs, said the order must be restored.",
        "UN Under-Secretary-General Ana Ruiz said the order must be restored.",
        "UN Assistant Secretary-General Ana Ruiz said the order must be restored.",
    ],
)
def test_a_un_under_secretary_general_speaks_for_the_un(text):
    rows = extract_text(text, host="MLI")
    assert [(r.country, r.organization, r.speaker) for r in rows] == [(None, "United Nations", "Ana Ruiz")], rows
