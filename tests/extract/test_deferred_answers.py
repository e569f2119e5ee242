"""A government asked about the event that only says it will respond later gives no reaction, whatever
question opens the sentence ("Asked about the vote, the ministry said it would comment in due course")."""

import pytest

from tests.extract.conftest import extract_text


@pytest.mark.parametrize(
    "text",
    [
        "Asked about the result, the Chilean government said it would respond later.",
        "Asked about the vote, Chile's foreign ministry said it would comment in due course.",
        "Asked about the election, a spokesman for the Norwegian foreign ministry said Oslo would comment in due course.",
        "Asked about Mahama's victory, the Kremlin said it would respond at a later date.",
        "When asked about the result, the Brazilian foreign ministry said it would issue a statement in due course.",
        "Contacted by reporters on Monday, the Japanese embassy said its government would comment at the appropriate time.",
    ],
)
def test_a_promise_to_answer_later_is_no_row(text):
    assert extract_text(text, host="GHA") == []


def test_an_answer_after_the_question_is_a_row():
    rows = extract_text("Asked about the result, Chile's foreign minister Alberto van Klaveren said he welcomed the "
                        "peaceful vote.", host="GHA")
    assert [(r.country, r.speaker) for r in rows] == [("CHL", "Alberto van Klaveren")], rows
