"""Readers: a transcript's or statement's title closing with a date ("... Press Conference on
March 4, 2024", "Remarks ..., 3 May 2022") dates it when nothing else in it does."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from tracker.extract import extract_statements
from tracker.readers import read_document

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "readers"
REFERENCE = dt.date(2024, 3, 20)


def read(text: str, name: str = "transcript.txt"):
    (article,) = read_document(text.encode(), name, reference_date=REFERENCE)
    return article


def test_press_conference_transcript_is_dated_by_its_title():
    (article,) = read_document((FIXTURES / "press_conference_transcript.txt").read_bytes(), "briefing.txt", reference_date=REFERENCE)
    assert (article.title, article.published) == ("Ghana's Deputy Foreign Minister Amara Diallo's Press Conference on March 4, 2024", "2024-03-04")
    assert article.text.startswith("Amara Diallo: Good afternoon.")
    # The day the words were said is the briefing's, not the day the transcript was collected.
    rows = extract_statements(article, reference_date=REFERENCE)
    assert rows and {row.date for row in rows} == {"2024-03-04"}


BODY = "\n\nThank you, chair. Our government welcomes the peaceful vote and looks forward to close ties.\n"


@pytest.mark.parametrize(
    ("title", "published"),
    [
        ("Remarks by the Minister of Trade at the Atlantic Forum, 3 May 2022", "2022-05-03"),
        ("Transcript: Media briefing by the Deputy Spokesperson \u2013 Tuesday, 12 March 2024", "2024-03-12"),
        ("Statement of the Foreign Ministry (8 February 2024)", "2024-02-08"),
        ("Joint Press Conference of the Two Prime Ministers on 1 March 2024", "2024-03-01"),
        ("Interview with the Foreign Minister, 2024-03-15", "2024-03-15"),
        # Not a transcript's title, or no date closing it: undated.
        ("Chile marks the anniversary of the coup of September 11, 1973", None),
        ("Fiji and Tonga agree on fisheries, 3 May 2022", None),
        ("Statement on the summit planned for 20 June 2024", None),  # after the collection day
        ("Press conference on the budget", None),
    ],
)
def test_title_date_of_a_transcript(title, published):
    article = read(title + BODY)
    assert article.title == title
    assert article.published == published


def test_a_date_line_under_the_title_wins_over_the_title():
    article = read("Remarks by the Minister of Trade at the Atlantic Forum, 3 May 2022\n\n5 May 2022" + BODY)
    assert article.published == "2022-05-05"


def test_web_page_of_a_transcript_is_dated_by_its_title():
    page = (
        "<html><head><title>Remarks by the Foreign Minister at the Harbour Dialogue, 7 February 2024</title></head><body>"
        "<h1>Remarks by the Foreign Minister at the Harbour Dialogue, 7 February 2024</h1>"
        "<p>Thank you, chair. Our government welcomes the peaceful vote in El Salvador and looks forward to close ties "
        "with its new government, and we will keep working together on trade and security across the region.</p>"
        "</body></html>"
    )
    (article,) = read_document(page.encode(), "remarks.html", reference_date=REFERENCE)
    assert (article.title, article.published) == ("Remarks by the Foreign Minister at the Harbour Dialogue, 7 February 2024", "2024-02-07")


@pytest.mark.parametrize("place", ["Suva, Fiji", "Apia, Samoa", "Port Moresby, Papua New Guinea"])
def test_transcript_s_venue_and_place_lines_under_its_title_open_no_second_article(place):
    text = (
        "Remarks by the Prime Minister to the Pacific Islands Forum\n\nGrand Hall of the University of the South Pacific\n"
        f"{place}\n\nMarch 12, 2024\n\n9:05 A.M. FJT\n\nTHE PRIME MINISTER: Thank you. (Applause.) Our government "
        "welcomes the peaceful vote and looks forward to close ties. (Applause.)\n\nEND\n"
    )
    article = read(text)
    assert (article.title, article.published) == ("Remarks by the Prime Minister to the Pacific Islands Forum", "2024-03-12")
    assert "Our government welcomes" in article.text
