"""Country aliases, demonyms and capitals map to ISO3 codes."""

import pytest

from tracker.extract.countries import country_in, country_name


@pytest.mark.parametrize(
    ("text", "iso3"),
    [
        ("the ROK government", "KOR"),
        ("Republic of Korea", "KOR"),
        ("Korea's exports", "KOR"),
        ("the DPRK", "PRK"),
        ("North Korean state media", "PRK"),
        ("the PRC", "CHN"),
        ("Beijing's envoy", "CHN"),
        ("the U.S. envoy", "USA"),
        ("US officials", "USA"),
        ("the UK", "GBR"),
        ("British diplomats", "GBR"),
        ("the EU", "EUU"),
        ("Brussels", "EUU"),
        ("Taipei", "TWN"),
        ("Türkiye", "TUR"),
        ("the UAE", "ARE"),
        ("New Delhi", "IND"),
    ],
)
def test_country_in_maps_aliases_to_iso3(text, iso3):
    assert country_in(text) == iso3


def test_country_in_finds_nothing_in_plain_words():
    assert country_in("the minister spoke to reporters") is None


def test_country_in_last_takes_the_nearest_place():
    assert country_in("From Oslo to Canberra", last=True) == "AUS"


def test_country_name_is_the_short_english_name():
    assert country_name("TWN") == "Taiwan"
    assert country_name("EUU") == "European Union"
    assert country_name(None) is None
