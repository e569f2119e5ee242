"""A public body the tables do not know whose name opens with a region's ("the Caribbean Public Health Agency",
"the Pacific Fisheries Commission") is a regional body: it and its head speak for no government, not for the
host the article is about. A body named after one country stays that country's."""

import pytest

from tests.extract.conftest import extract_text

_LEAD = "Floods hit Malawi on Monday. "


@pytest.mark.parametrize(
    ("text", "speaker", "organization"),
    [
        ("The Indian Ocean Cyclone Response Agency (IOCRA) sent a team on Tuesday. Its Executive Director, Ruth Banda, said "
         "the agency was coordinating relief.", "Ruth Banda", "Indian Ocean Cyclone Response Agency"),
        ("The executive director of the Caribbean Public Health Agency, Lisa Indar, said on Tuesday that experts were on "
         "their way.", "Lisa Indar", "Caribbean Public Health Agency"),
        ("Omar Diallo, the director of the West African Power Pool Secretariat, said on Tuesday that the grid had held.",
         "Omar Diallo", "West African Power Pool Secretariat"),
        ("The Pacific Fisheries Management Commission said on Tuesday that it stood ready to help.",
         "Pacific Fisheries Management Commission", "Pacific Fisheries Management Commission"),
    ],
)
def test_a_region_s_body_and_its_head_speak_for_no_government(text, speaker, organization):
    rows = extract_text(_LEAD + text, host="MWI")
    assert [(r.country, r.speaker, r.organization) for r in rows] == [(None, speaker, organization)], rows


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("The Zambian Disaster Management Agency said on Tuesday that it was sending experts.", "ZMB"),
        ("The Central African Defence Council said on Tuesday that it was sending troops.", "CAF"),
    ],
)
def test_a_body_named_after_a_country_stays_that_country_s(text, country):
    rows = extract_text(_LEAD + text, host="MWI")
    assert [r.country for r in rows] == [country], rows
