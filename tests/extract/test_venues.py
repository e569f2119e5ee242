"""Where a speaker spoke from ("speaking from Brussels", "talking to reporters in Geneva") is no country of
the speaker's: no EU row for Brussels unless the speaker is the EU's own."""

import pytest

from tests.extract.conftest import extract_text


@pytest.mark.parametrize(
    ("text", "iso3", "speaker"),
    [
        ("Speaking from Brussels, Chile's Foreign Minister Ana Ruiz said the result was a victory for democracy.", "CHL", "Ana Ruiz"),
        ("Ola Berg, the Norwegian envoy, speaking from Brussels, said the result was a victory for democracy.", "NOR", "Ola Berg"),
        ("Speaking in Brussels, Norway's Ola Berg said the result was a victory for democracy.", "NOR", "Ola Berg"),
        ("The EU special representative Ana Ruiz, speaking from Brussels, welcomed the count.", "EUU", "Ana Ruiz"),
    ],
)
def test_the_speakers_own_country_stays(text, iso3, speaker):
    rows = extract_text(text, host="GHA")
    assert [(r.country, r.speaker) for r in rows] == [(iso3, speaker)], rows


@pytest.mark.parametrize(
    "text",
    [
        "Speaking from Brussels, Foreign Minister Ana Ruiz said the result was a victory for democracy.",
        "Speaking from Brussels, the special envoy Ana Ruiz said the result was a victory for democracy.",
        "Senator Ana Ruiz, speaking from Brussels, said the vote was fair.",
        "Speaking from Beijing, Ana Ruiz, a senator, said the vote was fair.",
        "Ana Ruiz, talking to reporters in Geneva, said the vote was fair.",
        "Speaking to reporters in Berlin, Ola Berg said the vote had been peaceful.",
    ],
)
def test_the_place_spoken_from_gives_no_country(text):
    rows = extract_text(text, host="GHA")
    assert all(r.country not in ("EUU", "CHN", "CHE", "DEU") for r in rows), rows
