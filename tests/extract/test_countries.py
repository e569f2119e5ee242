"""Country aliases, demonyms and capitals map to ISO3 codes."""

import pytest

from tests.extract.conftest import extract_text, speakers
from tracker.extract.countries import countries_in, country_in, country_name


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


@pytest.mark.parametrize(
    ("text", "iso3"),
    [
        ("the Solomon Islands government", "SLB"),
        ("a Bissau-Guinean delegation", "GNB"),
        ("Guinea-Bissau's leader", "GNB"),
        ("officials in Conakry", "GIN"),
        ("Nigerien officials", "NER"),
        ("Niger's junta", "NER"),
        ("Nigeria's senate", "NGA"),
        ("the Ivory Coast presidency", "CIV"),
        ("Côte d'Ivoire", "CIV"),
        ("Fijian ministers", "FJI"),
        ("Somali troops", "SOM"),
        ("Equatorial Guinea", "GNQ"),
        ("Papua New Guinean police", "PNG"),
        ("East Timor", "TLS"),
        ("Kosovar police", "XKX"),
        ("the Gambia", "GMB"),
        ("Santo Domingo", "DOM"),
        ("a Dominican court", "DOM"),
        ("Ulaanbaatar", "MNG"),
        ("Tongan nobles", "TON"),
    ],
)
def test_country_in_knows_small_and_african_states(text, iso3):
    assert country_in(text) == iso3


def test_every_un_member_and_observer_is_in_the_gazetteer():
    import pycountry

    from tracker.extract.lexicon import COUNTRIES

    # UN members and observers that pycountry lists as ISO countries; territories are left out
    territories = set(
        "ABW AIA ALA ASM ATA ATF BES BLM BMU BVT CCK COK CUW CXR CYM ESH FLK FRO GGY GIB GLP GRL GUF GUM HKG HMD "
        "IMN IOT JEY MAC MAF MNP MSR MTQ MYT NCL NFK NIU PCN PRI PYF REU SGS SHN SJM SPM SXM TCA TKL UMI VGB VIR WLF".split()
    )
    missing = {c.alpha_3 for c in pycountry.countries} - territories - set(COUNTRIES)
    assert not missing
    assert {"TWN", "XKX", "EUU", "VAT", "PSE"} <= set(COUNTRIES)


@pytest.mark.parametrize(
    ("text", "iso3"),
    [
        # a place inside a country named like another country belongs to its own country
        ("New Mexico Gov. Deb Haaland", "USA"),
        ("Northern Ireland's first minister", "GBR"),
        ("British Columbia Premier David Eby", "CAN"),
        # a US state before a state office or a party label
        ("Georgia Governor Brian Kemp", "USA"),
        ("a Georgia Republican", "USA"),
        ("Georgia's secretary of state", "USA"),
        # the country itself
        ("Georgian President Mikheil Kavelashvili", "GEO"),
        ("Georgia's foreign ministry", "GEO"),
        ("Tbilisi, Georgia", "GEO"),
    ],
)
def test_subnational_places_named_like_countries(text, iso3):
    assert country_in(text) == iso3


@pytest.mark.parametrize(
    ("text", "iso3", "speaker"),
    [
        ("Georgia Gov. Brian Kemp said the new government would be welcome to invest in Savannah.", "USA", "Brian Kemp"),
        ("Sen. Jon Ossoff, a Georgia Democrat, said the vote was \"a proud day\".", "USA", "Jon Ossoff"),
        ("Northern Ireland First Minister Michelle O'Neill welcomed the outcome.", "GBR", "Michelle O'Neill"),
    ],
)
def test_state_officials_are_not_rows_of_the_country_their_state_is_named_like(text, iso3, speaker):
    rows = extract_text(text, host="TWN")
    assert [(r.country, r.speaker) for r in rows] == [(iso3, speaker)], rows


@pytest.mark.parametrize(
    "text",
    [
        # a country naming a currency or a market is not the government speaking
        "The U.S. dollar rose on Monday, traders said.",
        "The Indonesian rupiah held steady against the U.S. dollar as the new government took office on Monday, banks said.",
        "Japanese stocks closed higher after the vote, brokers said.",
    ],
)
def test_a_currency_or_market_named_by_a_country_makes_no_row(text):
    assert extract_text(text, host="IDN") == []


def test_a_currency_word_does_not_hide_the_government_speaking_in_the_same_sentence():
    rows = extract_text("The United States, whose dollar rose on the news, welcomed the peaceful vote.", host="IDN")
    assert speakers(rows) == {("USA", "American government")}, rows


@pytest.mark.parametrize(
    ("text", "iso3"),
    [
        ("a new dawn for all of Latin America", None),
        ("the leaders of Central America and the Caribbean", None),
        ("trade between South America and Asia, Chile's minister said", "CHL"),
        ("North America's largest port; America welcomed it", "USA"),
    ],
)
def test_a_region_named_like_a_country_is_no_place(text, iso3):
    assert country_in(text) == iso3
    assert all(found != "USA" for *_, found in countries_in(text)) or iso3 == "USA"


def test_a_region_named_like_a_country_does_not_make_the_host():
    from tracker.extract import infer_host_country
    from tracker.models import Article

    article = Article(
        title="Accord signed in Arequipa",
        text=("AREQUIPA, Peru - The accord was signed on Monday. Diplomats called it a victory for Latin America, "
              "which had waited decades; South America and Central America would follow, they said."),
        published="2016-09-27",
    )
    assert infer_host_country([article]) == "PER"


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("President of the Islamic Republic of Afghanistan, Karim Rahimi, telephoned the Prime Minister today and felicitated him.", {("AFG", "Karim Rahimi")}),
        ('The Foreign Minister of the Islamic Republic of Mauritania, Sidi Ould Ahmed, said the vote was "a model for the region".', {("MRT", "Sidi Ould Ahmed")}),
        ("The Islamic Republic said on Monday it welcomed the accord.", {("IRN", "Iranian government")}),  # alone it is Iran's
    ],
)
def test_an_islamic_republics_full_name_is_its_country_not_iran(sentence, expected):
    assert speakers(extract_text(sentence, host="KEN")) == expected
