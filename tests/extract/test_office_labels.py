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


def test_a_turn_under_a_capitals_label_is_the_official_s_from_its_greeting_on():
    text = (
        "Pacific Morning, radio programme\n\n"
        "PRESENTER: With us on the line is Kenya's president, William Ruto. Good morning.\n\n"
        "WILLIAM RUTO: Good morning to you. We warmly congratulate the new prime minister. I told him Kenya would "
        "stand by his government.\n\n"
        "PRESENTER: Thank you, Mr President."
    )
    rows = extract_text(text, host="TON", published="2024-03-14", reference=dt.date(2024, 3, 15))
    assert [(r.country, r.speaker) for r in rows if r.country != "TON"] == [("KEN", "William Ruto")]
