"""Readers: a Word or OpenDocument digest's masthead and edition line above its first story make no
article of their own (a title with no sentence under it), and the host country is still inferred."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from tests.readers.word_files import odt
from tracker.extract import extract_statements, infer_host_country
from tracker.readers import read_document

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "readers"
REFERENCE = dt.date(2022, 12, 30)


@pytest.mark.parametrize("name", ["pacific_sunday_digest.odt", "pacific_sunday_digest.docx"])
def test_digest_masthead_is_no_article_and_the_host_is_still_found(name):
    # Written by pandoc from office_sources/pacific_sunday_digest.md (see the fixtures' README).
    articles = read_document((FIXTURES / name).read_bytes(), name, reference_date=REFERENCE)
    assert [(a.position, a.title, a.published) for a in articles] == [
        (0, "Tonga and Samoa congratulate Fiji\u2019s new prime minister", "2022-12-26"),
        (1, "Interview: a Wellington view of the Pacific vote", "2022-12-27"),
    ]
    assert infer_host_country(articles) == "FJI"
    rows = [row for article in articles for row in extract_statements(article, reference_date=REFERENCE, host_country="FJI")]
    assert {row.country for row in rows} == {"TON", "WSM", "NZL"}


STORY = ("# Vanuatu welcomes the Solomon Islands vote", "Port Vila welcomed the calm count on Friday.")


def test_a_preamble_holding_a_sentence_stays_an_article():
    articles = read_document(odt("Reef Weekly", "Pacific desk briefing", "Palau congratulated Honiara on Thursday.", *STORY), "reef.odt", reference_date=REFERENCE)
    assert len(articles) == 2
    assert articles[0].text.endswith("Palau congratulated Honiara on Thursday.")
    assert (articles[1].position, articles[1].title) == (1, "Vanuatu welcomes the Solomon Islands vote")


def test_a_preamble_of_masthead_lines_is_dropped():
    articles = read_document(odt("Reef Weekly \u2014 Issue 41", "Compiled by the Pacific desk", *STORY), "reef.odt", reference_date=REFERENCE)
    assert [(a.position, a.title) for a in articles] == [(0, "Vanuatu welcomes the Solomon Islands vote")]


def test_a_document_that_is_only_a_title_is_still_read():
    (article,) = read_document(odt("Reef Weekly \u2014 Issue 41"), "cover.odt", reference_date=REFERENCE)
    assert article.title == "Reef Weekly \u2014 Issue 41"


@pytest.mark.parametrize(
    ("title", "published", "host"),
    [
        # "Kallas" alone is Estonia's prime minister in 2021-2024 and the EU's foreign-policy chief from December 2024.
        ("Congratulations pour in for Kallas", "2021-02-02", "EST"),
        ("Congratulations pour in for Kallas", "2025-03-10", "EUU"),
    ],
)
def test_a_leader_named_by_surname_alone_follows_the_article_date(title, published, host):
    from tracker.models import Article

    assert infer_host_country([Article(title=title, text="", published=published)]) == host
