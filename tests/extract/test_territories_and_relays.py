"""Who speaks in a live blog or roundup: a territory's own leader is that territory's, a state news
agency named after a title word relays and never speaks, a consultant with an honorific gives no row,
and an adviser's title in lower case still makes an official."""

import pytest

from tests.extract.conftest import extract_text, speakers


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Gibraltar's chief minister, Ana Reef, said on Monday that the port had acted lawfully.", ("GIB", "Ana Reef")),
        ("The Premier of Anguilla, Ivo Marek, said on Friday that the region was watching closely.", ("AIA", "Ivo Marek")),
        ("Bermuda's premier, Lisa Vaipulu, said the island stood with its neighbours.", ("BMU", "Lisa Vaipulu")),
        ("The Cayman Islands government said on Tuesday that it welcomed the inquiry.", ("CYM", "Caymanian Government")),
    ],
)
def test_a_british_territorys_own_leader_is_the_territorys(sentence, expected):
    rows = extract_text(sentence, host="FJI")
    assert speakers(rows) == {expected}, rows


@pytest.mark.parametrize(
    "sentence",
    [
        "Fiji condemned the boarding, according to the official Kora news agency.",
        "Fiji condemned the boarding, the state Lagoon Television reported on Monday.",
        'Fiji called the boarding "an act of piracy", the official Reef news agency said.',
    ],
)
def test_a_state_news_agency_relays_its_government_and_is_no_speaker(sentence):
    rows = extract_text(sentence, host="TON")
    assert [r.country for r in rows] == ["FJI"], rows
    assert not any(w in rows[0].speaker for w in ("Kora", "Lagoon", "Reef")), rows


@pytest.mark.parametrize(
    "sentence",
    [
        'Captain Ivo Marek, a maritime security consultant in Suva, said the legal basis was "novel but sound".',
        'Dr Ana Reef, a shipping consultant at Lagoon Partners, said the boarding was "lawful".',
    ],
)
def test_an_honorific_before_a_consultant_makes_no_official(sentence):
    assert extract_text(sentence, host="TON") == []


@pytest.mark.parametrize(
    "sentence",
    [
        'From Canberra, the national security adviser, Ana Reef, hailed the vote in a post on Thursday: "Good news for the region."',
        "Australia's national security advisor Ana Reef said on Thursday that the vote was a good sign.",
        "The Australian security adviser, Ana Reef, welcomed the result on Thursday.",
    ],
)
def test_a_national_security_adviser_in_lower_case_is_an_official(sentence):
    rows = extract_text(sentence, host="TON")
    assert [(r.country, r.speaker, r.role) for r in rows] == [("AUS", "Ana Reef", "National Security Adviser")], rows


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("In Bermuda, another British territory, Premier Ana Reef said on Friday that she was troubled.", ("BMU", "Ana Reef")),
        ("In Fiji, a former British colony, Prime Minister Ana Reef said on Friday that she was troubled.", ("FJI", "Ana Reef")),
        ("In Anguilla, Premier Ivo Marek said on Friday that he was troubled.", ("AIA", "Ivo Marek")),
    ],
)
def test_a_places_status_in_an_appositive_does_not_place_the_speaker(sentence, expected):
    assert speakers(extract_text(sentence, host="TON")) == {expected}


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Antigua and Barbuda's government said in a statement that the islanders \"must decide\".", "Antigua and Barbuda Government"),
        ("Trinidad and Tobago's foreign ministry said on Monday that it welcomed the vote.", "Trinidad and Tobago Foreign Ministry"),
        ("Fiji's government said on Monday that it welcomed the vote.", "Fijian Government"),
    ],
)
def test_a_two_island_states_bodies_are_named_for_the_whole_state(sentence, expected):
    (row,) = extract_text(sentence, host="TON")
    assert row.speaker == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "Prime Minister Boris Johnson's official spokesman said on Friday that the allegations were \"very serious\".",
        "President Joe Biden's spokeswoman said on Friday that the vote had been fair.",
    ],
)
def test_an_unnamed_spokesman_of_a_named_leader_relays_the_leader(sentence):
    import datetime as dt

    (row,) = extract_text(sentence, host="TON", published="2022-05-02", reference=dt.date(2022, 5, 2))
    assert row.speaker in ("Boris Johnson", "Joe Biden") and row.date == "2022-04-29", row


@pytest.mark.parametrize(
    ("row_text", "expected"),
    [
        ('Pacific Islands Forum - "The Forum stands with the people of Tonga" - Sunday', (None, "Pacific Islands Forum")),
        ('Caribbean Community (CARICOM) Secretariat - "We stand with the people of Tonga" - Sunday', (None, "CARICOM")),
        ('Ana Reef, Fiji foreign minister - "We congratulate our friends in Tonga" - Sunday', ("FJI", "Ana Reef")),
    ],
)
def test_a_who_said_what_table_row_gives_its_speaker_the_quoted_words_and_the_day(row_text, expected):
    import datetime as dt

    text = f"Who said what\n\nWho - Said - When\n\n{row_text}\n\nIvo Marek, Samoa health minister - No statement so far"
    rows = extract_text(text, host="TON", published="2022-05-02", reference=dt.date(2022, 5, 2))
    assert [((r.country, r.speaker), r.date) for r in rows] == [(expected, "2022-05-01")], rows


@pytest.mark.parametrize(
    "sentence",
    [
        "At the Pentagon, press secretary Ana Reef told a briefing on Thursday that operations would continue.",
        "At the Pentagon, press secretary Maj Gen Ana Reef said on Thursday that operations would continue.",
        "At the Kremlin, spokesman Ana Reef told reporters on Thursday that the deal was fair.",
    ],
)
def test_a_body_whose_seat_opens_the_sentence_places_the_press_secretary(sentence):
    rows = extract_text(sentence, host="TON")
    assert [(r.speaker, r.country in ("USA", "RUS")) for r in rows] == [("Ana Reef", True)], rows


@pytest.mark.parametrize(
    "sentence",
    [
        "Canberra had not yet announced any aid for Tonga, officials in Nuku'alofa said.",
        "Wellington has not commented on the vote, officials in Apia said on Friday.",
    ],
)
def test_officials_at_a_place_own_the_verb_after_a_government_that_did_nothing(sentence):
    assert extract_text(sentence, host="TON", published="2022-05-02") == []
