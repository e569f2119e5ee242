"""Reaction kinds from the speaker's sentences."""

import pytest

from tracker.extract.kinds import classify_kind


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("The prime minister congratulated the winner on a clear victory.", "congratulation"),
        ("She sent her best wishes to the new government.", "congratulation"),
        ("The ministry welcomed the peaceful conduct of the vote.", "welcome"),
        ("Canberra remains concerned about reports of intimidation.", "concern"),
        ("The embassy condemned the remarks and lodged solemn representations.", "criticism"),
        ("Moscow said the vote was not free or fair.", "criticism"),
        ("The spokesperson noted the result and declined to comment further.", "other"),
        ("The premier said he looked forward to working with the new cabinet.", "congratulation"),
        ("The office warned foreign countries against meddling in internal affairs.", "criticism"),
        ("The minister congratulated the winner but condemned the arrests and protested the ban.", "criticism"),
    ],
)
def test_classify_kind(text, kind):
    assert classify_kind(text) == kind
