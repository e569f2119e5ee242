"""Speaker shapes of UN and parliamentary news: an opening participle or prepositional phrase before the
subject ("Addressing the Senate, X said") does not hide the speaker, and the body it names is no title of
his; a clause after a semicolon with a subject of its own ("...; on Monday, the Y ministry said") is a
second speaker's."""

import pytest

from tests.extract.conftest import extract_text


@pytest.mark.parametrize(
    ("text", "iso3", "speaker"),
    [
        ("Addressing the General Assembly, Chile's Foreign Minister Ana Ruiz said the election had been fair.", "CHL", "Ana Ruiz"),
        ("Addressing the Senate, Peru's Prime Minister Luis Paredes said the vote was a step forward.", "PER", "Luis Paredes"),
        ("Addressing the Security Council, Norway's envoy Ola Berg said the ceasefire must hold.", "NOR", "Ola Berg"),
        ("Briefing the Human Rights Council, Ghana's Foreign Minister Kofi Mensah warned that tensions were rising.", "GHA", "Kofi Mensah"),
        ("Addressing the National Assembly, Kenya's President Amos Kiprono welcomed the outcome.", "KEN", "Amos Kiprono"),
        ("In a speech to parliament, Chile's President Ana Ruiz warned that the result was fragile.", "CHL", "Ana Ruiz"),
        ("In remarks to the General Assembly, Brazil's Foreign Minister Paulo Lima said the talks must continue.", "BRA", "Paulo Lima"),
        ("Addressing the General Assembly in New York, Chile's Foreign Minister Ana Ruiz said the election had been fair.", "CHL", "Ana Ruiz"),
    ],
)
def test_an_opening_phrase_keeps_the_speaker(text, iso3, speaker):
    rows = extract_text(text, host="MLI")
    assert [(r.country, r.speaker) for r in rows] == [(iso3, speaker)], rows


@pytest.mark.parametrize(
    "text",
    [
        "Addressing the General Assembly, Ana Ruiz, Chile's foreign minister, said the election had been fair.",
        "Addressing the Senate, Ana Ruiz, the Chilean foreign minister, said the election had been fair.",
    ],
)
def test_the_body_addressed_is_no_title_of_the_speaker(text):
    rows = extract_text(text, host="MLI")
    assert [(r.country, r.speaker) for r in rows] == [("CHL", "Ana Ruiz")], rows
    assert "Senate" not in (rows[0].role or "") and "Assembly" not in (rows[0].role or ""), rows


@pytest.mark.parametrize(
    ("text", "first", "second"),
    [
        ("Chile's President Ana Ruiz welcomed the result; on Sunday, the Norwegian foreign ministry said the vote was fair.", "CHL", "NOR"),
        ("Peru's Foreign Minister Luis Paredes called the vote credible; later, Brazil's Foreign Minister Paulo Lima said it was a step forward.", "PER", "BRA"),
        ("Ghana's Foreign Minister Kofi Mensah praised the calm polling; on Tuesday the Kenyan foreign ministry stressed that the count was credible.", "GHA", "KEN"),
        ("Norway's Prime Minister Ola Berg hailed the turnout; meanwhile, the Japanese foreign ministry said it hoped for stability.", "NOR", "JPN"),
    ],
)
def test_a_lower_case_clause_after_a_semicolon_has_its_own_speaker(text, first, second):
    rows = extract_text(text, host="MLI")
    by_country = {r.country: r for r in rows}
    assert set(by_country) == {first, second}, rows
    # each speaker keeps only the words of his own clause
    assert ";" not in by_country[first].quote and by_country[first].quote in text.split(";")[0], rows
    assert by_country[second].quote.strip() in text.split(";")[1], rows
