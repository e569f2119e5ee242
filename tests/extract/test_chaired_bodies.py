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
