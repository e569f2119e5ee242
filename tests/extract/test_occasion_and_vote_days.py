"""A possessive weekday naming the gathering the words were spoken or read at dates them ("in a message read at
Monday's ceremony"); a day telling when a vote was held ("the referendum held in X on Sunday 10 March") names the
vote, not the words; a spokesperson's own day beats that of her ministry's announcement merged into her row."""

import pytest

from tests.extract.conftest import extract_text

# published Friday 2024-03-15


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("UN Secretary-General Antonio Guterres, in remarks delivered by his envoy at Monday's ceremony, said the "
         "handover was a milestone.", "2024-03-11"),
        ("Chile's foreign minister Alberto van Klaveren said at Wednesday's summit in Lima that the region stood united.", "2024-03-13"),
        ("Chile's foreign minister Alberto van Klaveren told Tuesday's session of the council that the count was fair.", "2024-03-12"),
        # near misses: a gathering he will miss, and one not told as where he spoke
        ("Chile's foreign minister Alberto van Klaveren said he would skip Wednesday's summit.", "2024-03-15"),
        ("Chile's foreign minister Alberto van Klaveren praised Wednesday's summit.", "2024-03-15"),
    ],
)
def test_possessive_weekday_of_the_gathering_dates_the_words(text, expected):
    (row,) = extract_text(text)
    assert row.date == expected, row


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Chile's foreign ministry notes the referendum held in Lagoonia on Sunday 10 March 2024. The Government of "
         "Chile reiterates that the referendum has no legal effect.", "2024-03-15"),
        ("Chile's foreign ministry said the run-off held on Sunday was orderly.", "2024-03-15"),
        ("Chile's foreign ministry said the elections were held across the Lagoon Islands on March 10 in calm.", "2024-03-15"),
        # near misses: the day of the words beside the vote's, and a day that is no vote's
        ("Chile's foreign ministry said on Tuesday that the referendum held on Sunday had no legal effect.", "2024-03-12"),
        ("Chile's foreign ministry held talks on Tuesday and said the count was fair.", "2024-03-12"),
    ],
)
def test_day_the_vote_was_held_dates_no_words(text, expected):
    rows = {r.country: r for r in extract_text(text)}
    assert rows["CHL"].date == expected, rows


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the ministry's announcement and its spokesperson's words make one row: her own day dates it
        ("On Sunday, China's foreign ministry announced that it was recalling its ambassador to Vilnius, saying in a "
         "statement that the move \"crossed a red line\".\n\nThe tone a day later was harsher. At Monday's briefing, "
         "spokesperson Mao Ning warned that Lithuania \"will pay a price\".", "2024-03-11"),
        # near miss: no day of her own, so the ministry's dates the row
        ("On Sunday, China's foreign ministry announced that it was recalling its ambassador to Vilnius, saying in a "
         "statement that the move \"crossed a red line\".\n\nSpokesperson Mao Ning warned that Lithuania \"will pay a price\".", "2024-03-10"),
    ],
)
def test_spokespersons_own_day_beats_her_ministrys(text, expected):
    rows = {r.country: r for r in extract_text(text)}
    assert rows["CHN"].date == expected, rows
