"""A summit already held that the speaker welcomes or judges is the news he reacts to, and a meeting just held where he
then spoke is his setting: neither is a meeting he seeks (the `summit` theme). Meetings and summits still to come keep
the theme."""

import pytest

from tracker.extract.themes import match_themes


@pytest.mark.parametrize(
    "text",
    [
        "the foreign ministry welcomed the summit in a short note on Friday",
        "Quito also welcomes the summit between the two neighbours",
        "she said the summit had opened a new chapter for the region",
        "the minister said the summit was a turning point for the isthmus",
        "Lima hoped the summit would bring calm to the border",
        "After a meeting at the palace on Monday evening, the envoy read a short statement",
        "following the meeting in the capital late on Friday, the premier told reporters the plan stood",
        "the president said after an emergency National Defence Council meeting on Sunday that the border was shut",
    ],
)
def test_a_summit_held_or_a_meeting_just_held_is_no_summit(text):
    assert "summit" not in match_themes(text), match_themes(text)


@pytest.mark.parametrize(
    "text",
    [
        "he looked forward to the summit in Lima next month",
        "the summit is due in Accra in June and both leaders will attend",
        "the two leaders agreed to meet again before the end of the year",
        "After a meeting with the Kenyan president, she said both would meet again in Nairobi",
        "the premier hoped a summit would be held before the rainy season",
    ],
)
def test_summits_and_meetings_to_come_keep_the_theme(text):
    assert "summit" in match_themes(text), match_themes(text)


@pytest.mark.parametrize(
    "text",
    [
        "offered condolences, recalling the late queen's friendship with our royal house and her state visit to Lisbon in 1957",
        "the chancellor remembered her official visit to Oslo in 2009",
    ],
)
def test_a_visit_of_long_ago_recalled_is_history(text):
    assert "history" in match_themes(text), match_themes(text)


def test_a_visit_recalled_is_no_summit():
    assert "summit" not in match_themes("the chancellor remembered her official visit to Oslo in 2009")


def test_a_state_visit_to_come_in_a_named_year_stays_summit():
    assert match_themes("he will pay a state visit to Japan in 2027") == {"summit": ["state visit"]}
