"""Someone introduced as an adviser or aide to a government's office or ministry ("X, an adviser to Peru's
presidential office, wrote ...") serves that government: the row is the person's, for that country. An adviser
at a think tank or a bank holds no office and gives no row."""

import pytest

from tests.extract.conftest import extract_text


@pytest.mark.parametrize(
    ("text", "iso3", "speaker"),
    [
        ("Tomas Varga, an adviser to Slovakia's presidential office, wrote on Telegram on Friday that Bratislava had no part in the blast.", "SVK", "Tomas Varga"),
        ("Lucia Rossi, a senior aide in the Italian foreign ministry, said the strike had nothing to do with Rome.", "ITA", "Lucia Rossi"),
        ("Pedro Alves, a close advisor to Portugal's foreign ministry, called the attack an act of terror.", "PRT", "Pedro Alves"),
    ],
)
def test_an_adviser_to_a_governments_office_speaks_for_its_country(text, iso3, speaker):
    rows = extract_text(text, host="MDA", published="2024-03-15")
    assert [(r.country, r.speaker) for r in rows] == [(iso3, speaker)], rows


@pytest.mark.parametrize(
    "text",
    [
        "Tomas Varga, an adviser at the Danube Policy Institute, said the blast would unsettle markets.",
        "Lucia Rossi, an aide to the striking dockers' union, said the strike would go on.",
    ],
)
def test_an_adviser_outside_government_gives_no_row(text):
    assert extract_text(text, host="MDA", published="2024-03-15") == []
