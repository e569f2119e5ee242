"""A speaker met without a country does not pick one up from a place named around a later mention: the
place is another government speaking ("Beijing stayed silent, while X said") or where he spoke."""

import pytest

from tests.extract.conftest import extract_text


@pytest.mark.parametrize(
    "text",
    [
        "Ola Berg, the special envoy, praised the vote. Beijing, for its part, stayed silent, while Berg said the count was clean.",
        "The envoy Ola Berg praised the vote. In Moscow, Berg said the vote was fair.",
        "Ana Ruiz welcomed the count. Havana went the other way, and Ruiz said the vote was fair.",
    ],
)
def test_a_later_place_is_no_country_of_a_speaker_met_before(text):
    rows = extract_text(text, host="VEN")
    assert [r for r in rows if r.speaker in ("Ola Berg", "Ana Ruiz") and r.country in ("CHN", "RUS", "CUB")] == [], rows


def test_the_speakers_own_country_named_later_still_counts():
    rows = extract_text("Ola Berg praised the vote on Monday. Later, Norwegian envoy Berg said the count was clean.", host="VEN")
    assert [(r.country, r.speaker) for r in rows] == [("NOR", "Ola Berg")], rows
