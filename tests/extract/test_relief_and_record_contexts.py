"""Words that carry a theme elsewhere but not here: the armed forces' planes and teams sent with relief after a disaster
are aid, not security; opposition to military coups is about the coup; history as the record that teaches ("a lesson
of recent history") is no shared past; an invitation to begin or join a process is no visit."""

import pytest

from tracker.extract.themes import match_themes


@pytest.mark.parametrize(
    "text",
    [
        "Quito offered a military aircraft with relief supplies for the flooded towns",
        "the air force's transport planes carrying tents and water landed in the north",
        "an army field hospital with medical staff would be flown in",
        "the Ostrian military dispatched a search team to the collapsed hotel",
        "the army sent a team of engineers from its base in the south",
        "the secretary-general restated his firm opposition to military coups",
    ],
)
def test_relief_by_the_armed_forces_and_coups_are_no_security(text):
    assert "security" not in match_themes(text), match_themes(text)


@pytest.mark.parametrize(
    "text",
    [
        "military aircraft violated our airspace twice this week",
        "the army will send troops to the border to deter any incursion",
        "we will strengthen military cooperation with our partners and aid the coastguard",
        "the military must stay ready to defend our skies",
    ],
)
def test_the_armed_forces_as_defence_stay_security(text):
    assert "security" in match_themes(text), match_themes(text)


@pytest.mark.parametrize(
    "text",
    ["a lesson from modern history is that occupations outlast their promises", "the lessons of history must not be forgotten"],
)
def test_history_as_a_lesson_is_no_shared_past(text):
    assert "history" not in match_themes(text), match_themes(text)


@pytest.mark.parametrize(
    "text,theme",
    [
        ("our shared history binds the two peoples", "history"),
        ("the history of our relations goes back centuries", "history"),
        ("he will invite Lula to Brasilia next month", "summit"),
    ],
)
def test_shared_past_and_invitations_to_a_place_keep_their_theme(text, theme):
    assert theme in match_themes(text), match_themes(text)


@pytest.mark.parametrize(
    "text",
    [
        "the bloc was ready to invite Ruritania to begin accession talks",
        "the council invited Ostria to join the customs union",
        "we invite all parties to take part in the ceasefire monitoring",
    ],
)
def test_an_invitation_to_begin_or_join_a_process_is_no_visit(text):
    assert "summit" not in match_themes(text), match_themes(text)
