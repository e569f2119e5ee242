"""A state agency's bulletin items: a dateline closed by the agency's bracket and a colon ("LAHORE, Jan 5 (APP):")
is where and when the wire filed, so the item's own day words date it and its capital speaks for no one; a leader
"directed the provision of relief" as he "ordered" it; a form of address inside a titled name ("President of Chad
His Excellency X") is no part of the name; the UK's International Development Secretary is British."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.extract.conftest import extract_text


@pytest.mark.parametrize(
    ("text", "iso3", "speaker", "date"),
    [
        ("LAHORE, Mar 11 (APP): Prime Minister Shehbaz Sharif received a telephone call from President of Kazakhstan "
         "Kassym-Jomart Tokayev on Saturday. The Kazakh President expressed solidarity with the people of Pakistan.",
         "KAZ", "Kassym-Jomart Tokayev", "2024-03-09"),
        ("QUETTA, 11 March (APP): The Australian High Commission announced on Sunday that Australia would provide "
         "A$2 million to support the flood response.", "AUS", "Australian High Commission", "2024-03-10"),
        ("PESHAWAR, Mar 11 (APP): Japanese Ambassador Mitsuhiro Wada, visiting a relief camp near Nowshera, said "
         "yesterday that Japan stood with the people of Pakistan.", "JPN", "Mitsuhiro Wada", "2024-03-10"),
    ],
)
def test_a_dateline_closed_by_the_agency_and_a_colon_gives_way_to_the_items_day(text, iso3, speaker, date):
    rows = extract_text(text, host="PAK", published="2024-03-11", reference=dt.date(2024, 3, 12))
    found = [(r.country, r.speaker, r.date) for r in rows if r.country != "PAK"]
    assert found == [(iso3, speaker, date)], rows


@pytest.mark.parametrize(
    "text",
    [
        "Japan: Prime Minister Fumio Kishida said on Sunday that Japan stood with Pakistan.",
        "Japan (Asia): Prime Minister Fumio Kishida said on Sunday that Japan stood with Pakistan.",
    ],
)
def test_a_country_label_with_a_colon_still_names_the_speaker(text):
    rows = extract_text(text, host="PAK", published="2024-03-11")
    assert [(r.country, r.date) for r in rows] == [("JPN", "2024-03-10")], rows


@pytest.mark.parametrize(
    "text",
    ['Kishida Fumio (Japan): "Japan stands with Pakistan."', 'Tokyo (Kyodo): Prime Minister Fumio Kishida said Japan stands with Pakistan.'],
)
def test_a_speakers_label_in_brackets_with_a_colon_is_no_dateline(text):
    rows = extract_text(text, host="PAK", published="2024-03-11")
    assert [r.country for r in rows] == ["JPN"], rows


@pytest.mark.parametrize(
    ("sentence", "iso3"),
    [
        ("Emir Sheikh Tamim bin Hamad Al Thani has directed the provision of urgent relief assistance to Pakistan.", "QAT"),
        ("King Salman directs the dispatch of relief aircraft to the flood-hit provinces of Pakistan.", "SAU"),
        ("President Tokayev directed urgent humanitarian aid to Pakistan on Monday.", "KAZ"),
    ],
)
def test_a_leader_directing_relief_acts(sentence, iso3):
    rows = extract_text(sentence, host="PAK", published="2024-03-11")
    assert [r.country for r in rows] == [iso3], rows


@pytest.mark.parametrize(
    "sentence",
    [
        "Emir Sheikh Tamim bin Hamad Al Thani directed criticism at the organisers of the talks.",
        "President Tokayev directed the army to clear the roads in Almaty.",
        "The documentary was directed by Ana Ruiz.",
    ],
)
def test_directed_without_relief_is_no_act(sentence):
    assert extract_text(sentence, host="PAK", published="2024-03-11") == []


@pytest.mark.parametrize(
    ("sentence", "iso3", "speaker"),
    [
        ("President of Kenya His Excellency William Ruto sent condolences to the people of Pakistan.", "KEN", "William Ruto"),
        ("Qatari Emir His Highness Sheikh Tamim bin Hamad Al Thani sent condolences to the people of Pakistan.", "QAT", "Tamim bin Hamad Al Thani"),
        ("Prime Minister of Malaysia Her Excellency Ana Ruiz sent condolences to the people of Pakistan.", "MYS", "Ana Ruiz"),
    ],
)
def test_a_form_of_address_after_the_title_is_no_part_of_the_name(sentence, iso3, speaker):
    rows = extract_text(sentence, host="PAK", published="2024-03-11")
    assert [(r.country, r.speaker) for r in rows] == [(iso3, speaker)], rows


def test_the_international_development_secretary_is_british_when_the_text_names_no_country():
    rows = extract_text(
        "International Development Secretary Tom Hale announced up to £4m in aid on Monday and said experts were ready to fly out.",
        host="MOZ", published="2024-03-11",
    )
    assert [(r.country, r.speaker) for r in rows] == [("GBR", "Tom Hale")], rows


def test_another_countrys_development_secretary_stays_that_countrys():
    rows = extract_text("Kenya's International Development Secretary Amina Odhiambo said the storm was a tragedy.", host="MOZ", published="2024-03-11")
    assert [r.country for r in rows] == ["KEN"], rows


def test_a_former_development_secretary_is_found_by_the_articles_date():
    rows = extract_text("Development Secretary Penny Mordaunt said Britain would send a flood-rescue team to Malawi.", host="MOZ", published="2019-03-18")
    assert [(r.country, r.speaker) for r in rows] == [("GBR", "Penny Mordaunt")], rows
