"""A briefing transcript whose labels give the office before the name ("Secretary of State, Mr. Antony Blinken: ..."):
each turn is the named official's, from its first words on, and a journalist's question stays nobody's."""

import datetime as dt

from tests.extract.conftest import extract_text

_TRANSCRIPT = (
    "Transcript of a press briefing in Lima\n\n"
    "Deputy Spokesperson, Ms. Ana Lee: Good afternoon, everyone.\n\n"
    "Secretary of State, Mr. Antony Blinken: Thank you. This visit opened a new chapter with Peru. "
    "We agreed to expand trade and to work together on the fisheries.\n\n"
    "Question (Tom Reyes, Radio Sur): Did you raise the port with the president?\n\n"
    "Secretary of State, Mr. Antony Blinken: Yes, and our position on the port is unchanged."
)


def test_each_turn_under_an_office_label_is_the_named_official_s():
    rows = extract_text(_TRANSCRIPT, host="PER", published="2024-03-14", reference=dt.date(2024, 3, 15))
    blinken = [r for r in rows if r.speaker == "Antony Blinken"]
    assert [r.country for r in blinken] == ["USA"], rows
    assert "new chapter" in blinken[0].quote and "Question" not in blinken[0].quote
