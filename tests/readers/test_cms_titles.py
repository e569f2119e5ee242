"""Readers: a title a CMS stores as HTML ("&#8220;", "&amp;") reads as its characters in JSON and CSV records."""

import datetime as dt
import json

import pytest

from tracker.readers import read_document

REF = dt.date(2024, 3, 14)
TEXT = "Lagoonia's foreign minister said on Tuesday that the accord would protect the reefs for a generation."


@pytest.mark.parametrize(
    ("stored", "title"),
    [
        ("Lagoonia &amp; Port Alvo: &#8220;A shared sea&#8221;", "Lagoonia & Port Alvo: \u201cA shared sea\u201d"),
        ("Port Alvo&rsquo;s envoy hails the accord", "Port Alvo\u2019s envoy hails the accord"),
        ("Reef accord signed &#x2013; fleets to share data", "Reef accord signed \u2013 fleets to share data"),
        ("R&D funds for the reef & the fleet", "R&D funds for the reef & the fleet"),  # no reference: as written
    ],
)
def test_a_wordpress_titles_character_references_are_resolved(stored, title):
    record = {"title": {"rendered": stored}, "content": {"rendered": f"<p>{TEXT}</p>"}}
    [article] = read_document(json.dumps([record]).encode(), "posts.json", reference_date=REF)
    assert article.title == title


def test_a_csv_title_with_a_character_reference():
    [article] = read_document(f'title,text\n"Lagoonia &amp; Port Alvo sign an accord","{TEXT}"\n'.encode(), "export.csv", reference_date=REF)
    assert article.title == "Lagoonia & Port Alvo sign an accord"


def test_a_record_without_a_title_loses_the_headline_opening_its_text():
    record = {"date": "2024-03-12", "text": f"Lagoonia and Port Alvo sign a fisheries accord\n\n{TEXT}"}
    [article] = read_document(json.dumps([record]).encode(), "channel.json", reference_date=REF)
    assert (article.title, article.text) == ("Lagoonia and Port Alvo sign a fisheries accord", TEXT)


def test_a_record_without_a_title_whose_text_opens_with_a_sentence_keeps_it():
    record = {"date": "2024-03-12", "text": f"{TEXT}\n\nThe talks resume in May."}
    [article] = read_document(json.dumps([record]).encode(), "channel.json", reference_date=REF)
    assert article.text.startswith(TEXT)


def test_a_numeric_media_id_is_no_outlet():
    # a WordPress post's "featured_media" is the id of its picture, not the outlet's name
    record = {"title": {"rendered": "Reef accord signed"}, "content": {"rendered": f"<p>{TEXT}</p>"}, "featured_media": 48123, "link": "https://lagoon-courier.example/reef"}
    [article] = read_document(json.dumps([record]).encode(), "posts.json", reference_date=REF)
    assert article.outlet is None
