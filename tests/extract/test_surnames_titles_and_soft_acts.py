"""Speakers a news page names in ways the extractor missed: a surname spelt like a title's abbreviation
("Hun Sen"), offices of one country ("State Counsellor", "State Councilor"), and acts in softer words
(a prayer for the victims, encouraging both sides to talk)."""

import pytest

from tests.extract.conftest import extract_text, speakers


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # a surname that reads like "Sen." without its stop closes the name, after the title or alone
        ("Cambodian Prime Minister Hun Sen said on Monday that Phnom Penh welcomed the ceasefire.", "2016-05-03", ("KHM", "Hun Sen")),
        ("Cambodia \u2013 Prime Minister Hun Sen ordered flags lowered for three days and said his people grieved with Laos.", "2016-05-03", ("KHM", "Hun Sen")),
        ("India's ambassador in Washington, Ronen Sen, told reporters on Monday that New Delhi welcomed the vote.", "2008-11-05", ("IND", "Ronen Sen")),
    ],
)
def test_a_surname_spelt_like_a_title_abbreviation_is_the_speaker(text, published, expected):
    rows = extract_text(text, published=published)
    assert expected in speakers(rows), rows


def test_the_abbreviation_with_its_stop_is_still_the_title():
    rows = extract_text("Sen. Bob Menendez said on Monday that Washington should press both sides for talks.", published="2019-05-07")
    assert [(r.country, r.speaker, r.role) for r in rows] == [("USA", "Bob Menendez", "Senator")]


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        ("Myanmar \u2013 State Counsellor Aung San Suu Kyi wrote to the Japanese prime minister on 3 March.", "2017-03-05", ("MMR", "Aung San Suu Kyi", "State Counsellor")),
        ("State Counsellor Aung San Suu Kyi sent a message of sympathy to Dhaka on Friday.", "2019-06-09", ("MMR", "Aung San Suu Kyi", "State Counsellor")),
        ("State Councilor Wang Yi told his Lao counterpart on Tuesday that Beijing respected the choice of the Lao people.", "2021-03-25", ("CHN", "Wang Yi", "State Councilor")),
    ],
)
def test_a_state_counsellor_or_councilor_speaks_for_their_country(text, published, expected):
    rows = extract_text(text, published=published)
    assert expected in {(r.country, r.speaker, r.role) for r in rows}, rows


@pytest.mark.parametrize(
    "text",
    [
        "Pope Francis prayed on Sunday for the victims of the floods in Bolivia.",
        "Pope Francis led prayers for the dead at the Angelus on Sunday, asking the faithful to stand by the survivors in Bolivia.",
        "Pope Francis offered prayers for Bolivia after the Angelus on Sunday.",
    ],
)
def test_a_prayer_for_the_victims_is_a_reaction(text):
    rows = extract_text(text, published="2018-03-06")
    assert ("VAT", "Pope Francis") in speakers(rows), rows


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Canada's foreign minister Melanie Joly encouraged both sides to settle the dispute through talks.", {("CAN", "Melanie Joly")}),
        ("Norway encourages the parties to return to the table, the foreign ministry said on Monday.", {("NOR", "Norwegian Foreign Ministry")}),
        ("The rise in copper prices encouraged investors in Lima, analysts said.", set()),
    ],
)
def test_encouraging_the_parties_is_a_reaction(text, expected):
    rows = extract_text(text, published="2023-02-14")
    assert speakers(rows) == expected, rows
