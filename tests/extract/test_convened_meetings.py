"""A leader or body that convenes an emergency summit or meeting over the event reacts (the gold convention
of the evaluation sets counts the act, as it counts a suspension): one row for the convener."""

import pytest

from tests.extract.conftest import extract_text


@pytest.mark.parametrize(
    ("text", "iso3", "speaker"),
    [
        ("ECOWAS convened an emergency summit in Abuja on Sunday after the coup.", None, "ECOWAS"),
        ("The Economic Community of Central African States convened an emergency summit, where members discussed the "
         "takeover.", None, "ECCAS"),
        ("Senegal's President Macky Sall, who chairs the regional bloc, convened on Monday an extraordinary virtual summit "
         "for Thursday to discuss the situation.", "SEN", "Macky Sall"),
        ("The African Union's Peace and Security Council called an extraordinary meeting to discuss the coup.", None,
         "African Union Peace and Security Council"),
    ],
)
def test_convening_a_meeting_over_the_event_is_a_reaction(text, iso3, speaker):
    rows = extract_text(text, host="GAB", published="2024-03-15")
    assert [(r.country, r.speaker) for r in rows] == [(iso3, speaker)], rows


def test_a_convened_meeting_is_dated_by_the_convening_not_the_meeting():
    rows = extract_text("Senegal's President Macky Sall convened on Monday an extraordinary summit for Thursday to "
                        "discuss the coup.", host="GAB", published="2024-03-15")
    assert [r.date for r in rows] == ["2024-03-11"], rows
