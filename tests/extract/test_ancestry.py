"""Where a speaker's family came from is no country he speaks for: "Senator X, the son of Haitian immigrants,"
is an American lawmaker, "a Kenyan-born British MP" a British one."""

import datetime as dt

import pytest

from tests.extract.conftest import extract_text


@pytest.mark.parametrize(
    ("text", "iso3", "speaker"),
    [
        ("Senator Ana Ruiz, a Texas Democrat and daughter of Mexican immigrants, said the vote was rigged.", "USA", "Ana Ruiz"),
        ("Ana Ruiz, a congresswoman of Mexican descent, said the vote was rigged.", "USA", "Ana Ruiz"),
        ("Congresswoman Ana Ruiz, whose parents fled Laos, said the vote was rigged.", "USA", "Ana Ruiz"),
        ("Ana Ruiz, a Haitian-American lawmaker from Florida, said the vote was rigged.", "USA", "Ana Ruiz"),
        ("Ola Berg, a Kenyan-born British MP, said the vote had been a sham.", "GBR", "Ola Berg"),
    ],
)
def test_a_family_story_gives_no_country(text, iso3, speaker):
    rows = extract_text(text, host="GHA", published="2018-04-20", reference=dt.date(2018, 4, 21))
    assert [(r.country, r.speaker) for r in rows] == [(iso3, speaker)], rows


@pytest.mark.parametrize(
    ("text", "iso3"),
    [
        ("Ola Berg, the Kenyan foreign minister, said the vote had been a sham.", "KEN"),
        ("Kenya's foreign minister, Ola Berg, born in Mombasa, said the vote had been a sham.", "KEN"),
        ("Ola Berg, an MP from Kenya's ruling party, said the vote had been a sham.", "KEN"),
    ],
)
def test_the_speakers_own_country_stays(text, iso3):
    rows = extract_text(text, host="GHA", published="2018-04-20", reference=dt.date(2018, 4, 21))
    assert [r.country for r in rows] == [iso3], rows
