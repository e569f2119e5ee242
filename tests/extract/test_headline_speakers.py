"""A short item (a monitoring export's row, a single post) whose headline names who speaks ("Boric congratulates
...", "Ruto: ..."): its first-person words and its government's are that official's, not a bare government row."""

import datetime as dt

import pytest

from tracker.extract import extract_statements
from tracker.models import Article


def _rows(title: str, text: str):
    article = Article(title=title, text=text, published="2024-03-14", published_basis="field")
    return [(r.country, r.speaker) for r in extract_statements(article, reference_date=dt.date(2024, 3, 15), host_country="PER")]


@pytest.mark.parametrize(
    ("title", "text", "expected"),
    [
        ("Boric congratulates Peru's new cabinet",
         "Congratulations to the new cabinet in Lima! Chile and Peru will keep building a shared future for our peoples.",
         [("CHL", "Gabriel Boric")]),
        ("Ruto: a new chapter for the region",
         "Warm wishes to the people of Peru. I look forward to deeper ties across the Pacific.",
         [("KEN", "William Ruto")]),
        ("Ruto on Peru's floods",
         'From a press event in Nairobi, answer to a reporter: "Kenya grieves with Peru. We stand ready to send help."',
         [("KEN", "William Ruto")]),
    ],
)
def test_a_short_item_s_words_are_the_official_its_headline_names(title, text, expected):
    assert _rows(title, text) == expected


def test_another_speaker_named_in_the_item_keeps_his_words():
    rows = _rows("Boric congratulates Peru's new cabinet", "Kenyan President William Ruto said on Thursday that Kenya welcomed the vote.")
    assert ("KEN", "William Ruto") in rows and ("CHL", "Gabriel Boric") not in rows


def test_a_long_report_under_such_a_headline_keeps_its_own_speakers():
    # a report naming many people is no single item: its unattributed first-person line is nobody's
    filler = "Analysts in Lima said the cabinet faced a crowded agenda of budget talks and regional visits. " * 8
    rows = _rows("Boric congratulates Peru's new cabinet", filler + "We will see how the markets take it.")
    assert ("CHL", "Gabriel Boric") not in rows
