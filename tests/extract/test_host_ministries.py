"""A ministry named by its portfolio alone ("the Ministry of Foreign Affairs said", "the foreign ministry said in a
statement") in a paragraph that names no other country is the host's own ministry, not that of the foreign leader
who spoke last; a paragraph or sentence that speaks of another country keeps its ministry there."""

from __future__ import annotations

import pytest

from tests.extract.conftest import extract_text


@pytest.mark.parametrize(
    "text",
    [
        # the paragraph after a foreign leader's message tells the host's own ceremony
        "Norway's King Harald sent a message of congratulations to President Ruto on Monday.\n\n"
        "Delegations from more than thirty countries attended the swearing-in, the Ministry of Foreign Affairs said.",
        "Japanese Prime Minister Shigeru Ishiba telephoned President Ruto on Tuesday to offer his congratulations.\n\n"
        "The foreign ministry said in a statement that forty heads of state had confirmed their attendance.",
        "Canada's foreign minister Melanie Joly welcomed the peaceful vote on Sunday.\n\n"
        "A reception for visiting delegations was cancelled because of the rain, the Foreign Ministry said. "
        "The ceremony itself went ahead at the stadium.",
    ],
)
def test_a_bare_ministry_in_a_paragraph_naming_no_country_is_the_hosts(text):
    rows = extract_text(text, host="KEN", published="2024-03-15")
    ministries = [r for r in rows if "Ministry" in r.speaker]
    assert [r.country for r in ministries] == ["KEN"], rows
    # the foreign leader keeps his own row
    assert any(r.country not in (None, "KEN") for r in rows), rows


@pytest.mark.parametrize(
    ("text", "country"),
    [
        # the sentence names the government: that country's ministry
        ("Norway's King Harald sent a message of congratulations to President Ruto on Monday. "
         "The foreign ministry said Oslo would send a delegation.", "NOR"),
        ("Norway sent its congratulations on Monday.\n\nThe Ministry of Foreign Affairs said Oslo would send a delegation.", "NOR"),
        # the paragraph speaks of another country before the ministry
        ("President Ruto spoke by telephone with Prime Minister Ishiba on Tuesday.\n\n"
         "Tokyo struck a warm note. The foreign ministry said the call had lasted half an hour.", "JPN"),
        # a department's own name belongs to one government, never simply the host's
        ("Australian Prime Minister Anthony Albanese congratulated President Ruto on Friday.\n\n"
         "The Department of Foreign Affairs and Trade said in a statement that it looked forward to working with the new government.", "AUS"),
    ],
)
def test_a_ministry_of_a_named_country_or_a_departments_name_stays_there(text, country):
    rows = extract_text(text, host="KEN", published="2024-03-15")
    bodies = [r for r in rows if "Ministry" in r.speaker or "Department" in r.speaker]
    assert [r.country for r in bodies] == [country], rows


def test_without_a_host_the_bare_ministry_still_follows_the_last_government():
    text = ("Norway's King Harald sent a message of congratulations to President Ruto on Monday.\n\n"
            "Delegations from more than thirty countries attended the swearing-in, the Ministry of Foreign Affairs said.")
    rows = extract_text(text, published="2024-03-15")
    assert "NOR" in {r.country for r in rows if "Ministry" in r.speaker}, rows


def test_a_bare_ministry_referring_back_stays_the_named_ministry():
    text = ("Norway's foreign ministry welcomed the peaceful vote on Monday.\n\n"
            "The ministry said a delegation would attend the swearing-in.")
    rows = extract_text(text, host="KEN", published="2024-03-15")
    assert [(r.country, r.speaker) for r in rows] == [("NOR", "Norwegian Foreign Ministry")], rows


@pytest.mark.parametrize(
    "text",
    [
        # a court or council the tables do not know is read as a body of the ministry kind, but "the foreign ministry"
        # after it is no reference back to it (nor to the country the sentence between stood on)
        "The Constitutional Council proclaimed the results on Monday. France took its time.\n\n"
        "The foreign ministry said it took note of the results.",
        "The Supreme Electoral Commission announced the count on Sunday. Spain was cautious.\n\n"
        "The Ministry of Foreign Affairs said the vote had been calm.",
    ],
)
def test_a_ministry_after_a_council_or_commission_is_not_that_bodys(text):
    rows = extract_text(text, host="CMR", published="2024-03-15")
    assert not {r.country for r in rows if "Ministry" in r.speaker} - {"CMR"}, rows


def test_a_ministry_named_with_its_country_after_a_council_stays_that_countrys():
    text = ("The Constitutional Council proclaimed the results on Monday. France took its time. "
            "The French foreign ministry said it took note of the results.")
    rows = extract_text(text, host="CMR", published="2024-03-15")
    assert [(r.country, r.speaker) for r in rows] == [("FRA", "French Foreign Ministry")], rows


@pytest.mark.parametrize(
    "text",
    [
        # the ministry's own sentence places the event abroad: a foreign ministry's release about the host's vote
        "Norway's King Harald sent a message of congratulations on Monday.\n\n"
        "The Ministry of Foreign Affairs said it had followed the vote held in Kenya closely.",
        # no foreign leader spoke before: nothing to override
        "The Ministry of Foreign Affairs notes the referendum held on Sunday.",
    ],
)
def test_a_ministry_whose_paragraph_names_a_place_or_follows_no_foreign_speaker_is_not_made_the_hosts(text):
    rows = extract_text(text, host="KEN", published="2024-03-15")
    assert "KEN" not in {r.country for r in rows if "Ministry" in r.speaker}, rows


def test_a_mission_after_a_high_commission_is_that_high_commission():
    text = ("Canada's envoy delivered the message in person, the Canadian High Commission said in a post. "
            "\"Canada stands ready to deepen ties with Ghana,\" the mission added.")
    rows = extract_text(text, host="GHA", published="2024-03-15")
    assert [(r.country, r.speaker) for r in rows] == [("CAN", "Canadian High Commission")], rows
