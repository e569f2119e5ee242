"""A body's chair: the OSCE's (a member's foreign minister, its Chairperson-in-Office) speaks as the body; the rotating
chair of ECOWAS, SADC, the African Union or CARICOM, a head of state, speaks for his own country (``chair`` in
data/organizations.csv)."""

import pytest

from tests.extract.conftest import extract_text


@pytest.mark.parametrize(
    ("text", "published", "name"),
    [
        ("Finnish Foreign Minister Elina Valtonen, who chairs the OSCE this year, urged all sides to show restraint.", "2025-03-15", "Elina Valtonen"),
        ("Malta's foreign minister, Ian Borg, the OSCE Chairperson-in-Office, said on Friday that he was concerned by the violence.", "2024-03-15", "Ian Borg"),
        ("OSCE Chairperson-in-Office Ian Borg said he was concerned by the violence.", "2024-03-15", "Ian Borg"),
        ("The OSCE chair, Maltese Foreign Minister Ian Borg, said he was concerned by the violence.", "2024-03-15", "Ian Borg"),
    ],
)
def test_the_osce_chair_speaks_as_the_body(text, published, name):
    rows = extract_text(text, published=published, host="KGZ")
    assert [(r.country, r.organization, r.speaker) for r in rows] == [(None, "OSCE", name)], rows


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        ("Ghana's President Nana Akufo-Addo, who chairs ECOWAS, said the vote was credible.", "2022-03-15", ("GHA", "Nana Akufo-Addo")),
        ("Angolan President Joao Lourenco, the current chairperson of the African Union, said the vote was credible.", "2025-03-15", ("AGO", "Joao Lourenco")),
        # the OSCE chair named beside another speaker is not him
        ("Ian Borg, Malta's foreign minister, met the OSCE chair on Monday and said Malta welcomed the vote.", "2024-03-15", ("MLT", "Ian Borg")),
    ],
)
def test_a_rotating_chair_or_a_minister_beside_the_chair_speaks_for_his_country(text, published, expected):
    rows = extract_text(text, published=published, host="KGZ")
    assert [(r.country, r.speaker) for r in rows] == [expected], rows
