"""A former leader chairing the host's commission or an organisation's mission speaks for that body, not for the
country of his former office."""

import pytest

from tests.extract.conftest import extract_text


@pytest.mark.parametrize(
    "text",
    [
        "The Timor-Leste Electoral Commission announced the result in Dili on Tuesday.\n\n"
        "The commission's chairman, former Australian prime minister Malcolm Turnbull, said the count had been fair.",
        "Former Australian prime minister Malcolm Turnbull, chairman of the referendum commission, said the count had "
        "been fair. Turnbull added that turnout was high.",
        "Former Finnish president Tarja Halonen, who chairs the electoral commission, said the vote had been credible.",
    ],
)
def test_a_former_leader_chairing_the_hosts_commission_is_the_hosts(text):
    rows = [r for r in extract_text(text, host="TLS") if r.speaker != "Electoral Commission"]
    assert [(r.country, r.role, r.domestic) for r in rows] == [("TLS", "Chair", True)], rows


def test_a_former_leader_heading_an_organisations_mission_has_no_country():
    text = ("Former Nigerian president Olusegun Obasanjo, head of the African Union observer mission, said the vote "
            "had been credible.")
    (row,) = extract_text(text, host="TLS")
    assert (row.country, row.organization) == (None, "African Union"), row


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # no body chaired: his former office's country, as before
        ("Former Nigerian president Olusegun Obasanjo said the vote had been credible.", "NGA"),
        ("Former Finnish president Tarja Halonen, who chairs a Helsinki peace foundation, said the vote had been credible.", "FIN"),
    ],
)
def test_a_former_leader_chairing_nothing_keeps_his_country(text, expected):
    (row,) = extract_text(text, host="TLS")
    assert row.country == expected, row


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a person the text places only by the national body he chairs speaks for that body's country
        ("Lindsey Carrow, who chairs the Senate Foreign Relations Committee, said on Tuesday that Manila had an ally.",
         [("USA", "Lindsey Carrow")]),
        ("Tom Brevik, who heads the House Armed Services Committee, said on Tuesday that Manila had an ally.",
         [("USA", "Tom Brevik")]),
        ("Ana Kessel, who chairs the Bundestag's foreign affairs committee, said on Tuesday that Manila had an ally.",
         [("DEU", "Ana Kessel")]),
        # near misses: a body of no country, or one the text does not place, gives him none
        ("Lindsey Carrow, who chairs a local schools committee, said on Tuesday that Manila had an ally.", []),
        ("Lindsey Carrow, who chairs the Harbour Climate Committee, said on Tuesday that Manila had an ally.", []),
    ],
)  # fmt: skip
def test_a_person_chairing_a_national_committee_speaks_for_its_country(sentence, expected):
    rows = extract_text(sentence, published="2024-05-22", host="PHL")
    assert [(r.country, r.speaker) for r in rows] == expected, rows
