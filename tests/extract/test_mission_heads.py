"""A former head of state or government who now heads an observer mission speaks for the mission's body,
not for the country he once led."""

import pytest

from tests.extract.conftest import extract_text


@pytest.mark.parametrize(
    ("text", "published", "speaker", "organization"),
    [
        ("Zambians voted on Thursday. Former Kenyan president Uhuru Kenyatta, who heads the African Union observer "
         "mission, said the vote was peaceful.", "2023-08-14", "Uhuru Kenyatta", "African Union"),
        ("Zambians voted on Thursday. Uhuru Kenyatta, the former Kenyan president who leads the AU observer mission, "
         "said the count was orderly.", "2023-08-14", "Uhuru Kenyatta", "African Union"),
        ("Zambians voted on Thursday. Former Nigerian president Goodluck Jonathan, head of the Commonwealth observer "
         "group, said the vote was peaceful.", "2021-08-14", "Goodluck Jonathan", "Commonwealth"),
    ],
)
def test_a_former_leader_heading_an_observer_mission_speaks_for_its_body(text, published, speaker, organization):
    rows = extract_text(text, host="ZMB", published=published)
    assert [(r.country, r.speaker, r.organization) for r in rows] == [(None, speaker, organization)], rows


def test_a_former_leader_without_a_mission_keeps_his_country():
    rows = extract_text("Zambians voted on Thursday. Former Kenyan president Uhuru Kenyatta said the vote was peaceful.",
                        host="ZMB", published="2023-08-14")
    assert [r.country for r in rows] == ["KEN"], rows
