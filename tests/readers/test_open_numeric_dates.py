"""Date lines in the shapes outlets print them: a numeric date whose order the numbers leave open
("04/06/2024") read as the reading nearest before the collection day, dashed day-first dates, a weekday in
brackets after the date, and an update stamp set after a full stop. The article's date is what "yesterday"
and "on Monday" count back from, so a date line missed dates every reaction by the collection day."""

from __future__ import annotations

import datetime as dt

import pytest

from tracker.extract import extract_statements
from tracker.readers import read_document
from tracker.readers.dates import parse_date_line

BODY = "\n\nChile's foreign minister Alberto van Klaveren said yesterday that the count had been calm and orderly.\n"


def _article(date_line: str, reference: dt.date):
    [article] = read_document(("Chile welcomes the Peruvian count\n\n" + date_line + BODY).encode(), "page.txt", reference_date=reference)
    return article


@pytest.mark.parametrize(
    ("date_line", "reference", "expected"),
    [
        # both numbers could be the month: the reading just before the collection day
        ("Posted: 04/05/2024 09:00", dt.date(2024, 5, 6), "2024-05-04"),
        ("Posted: 04/05/2024 09:00", dt.date(2024, 4, 7), "2024-04-05"),
        ("03/07/2024", dt.date(2024, 7, 5), "2024-07-03"),
        ("Updated: 12/03/2024 14:20 | Published: 11/03/2024 09:00", dt.date(2024, 3, 13), "2024-03-11"),
        # dashed, as Indian and Dutch sites print it
        ("Posted on 21-08-2024", dt.date(2024, 8, 23), "2024-08-21"),
        ("Posted on 08-09-2024", dt.date(2024, 9, 9), "2024-09-08"),
        # a weekday in brackets after the date
        ("11 March 2024 (Monday)", dt.date(2024, 3, 14), "2024-03-11"),
        ("March 11, 2024 (Monday)", dt.date(2024, 3, 14), "2024-03-11"),
        # an update stamp after a full stop: the first publication dates the story
        ("Published 11 March 2024, 09:00 GMT. Updated 12 March 2024, 14:20 GMT", dt.date(2024, 3, 14), "2024-03-11"),
        ("Published 11 March 2024. Last updated 13 March 2024", dt.date(2024, 3, 14), "2024-03-11"),
    ],
)
def test_date_line_dates_the_article_and_its_day_words(date_line, reference, expected):
    article = _article(date_line, reference)
    assert (article.published or "")[:10] == expected, article
    assert not article.text.startswith(date_line[:6]), article.text  # the date line is no part of the text
    [row] = extract_statements(article, reference_date=reference, host_country=None)
    assert row.date == (dt.date.fromisoformat(expected) - dt.timedelta(days=1)).isoformat(), row


@pytest.mark.parametrize(
    ("date_line", "reference"),
    [
        # both readings long before the collection day: the order stays unknown
        ("03/07/2024", dt.date(2024, 12, 30)),
        # both readings after it: no date
        ("03/07/2024", dt.date(2024, 2, 1)),
    ],
)
def test_open_numeric_date_far_from_the_collection_day_is_left_alone(date_line, reference):
    assert _article(date_line, reference).published is None


def test_open_numeric_date_without_a_collection_day_is_left_alone():
    assert parse_date_line("06/04/2025") is None
    assert parse_date_line("06/04/2025", reference_date=dt.date(2025, 6, 5)) == "2025-06-04"


@pytest.mark.parametrize(
    "line",
    [
        "Talks resumed. Updated figures follow",  # a sentence, not a stamp
        "The minister (Monday) spoke",
        "Score 11-03-2024 x",
    ],
)
def test_near_miss_lines_are_no_date(line):
    assert parse_date_line(line, reference_date=dt.date(2024, 3, 14)) is None


def _export(dates: list[str]) -> bytes:
    lines = ["Clip ID,Pub. date (local),Outlet,Headline,Full text"]
    for i, day in enumerate(dates):
        lines.append(f'C{i},{day},Valley Daily,"Headline number {i} on the flood","Peru\'s foreign minister Ana Ruiz said yesterday that Peru stood with the valley."')
    return ("\n".join(lines) + "\n").encode()


@pytest.mark.parametrize(
    ("dates", "expected"),
    [
        # no cell shows the order: the one that keeps the export's days within a week of each other
        (["03/04/2015 07:10", "04/04/2015 09:15"], ["2015-04-03", "2015-04-04"]),
        (["03/04/2015", "03/05/2015"], ["2015-03-04", "2015-03-05"]),
        # the same number twice reads the same either way
        (["04/04/2015"], ["2015-04-04"]),
        # near misses: one open cell alone, and two orders that both spread the days
        (["03/04/2015"], [None]),
        (["03/04/2015", "05/06/2015"], [None, None]),
    ],
)
def test_export_column_of_open_dates_read_by_their_spread(dates, expected):
    articles = read_document(_export(dates), "export.csv", reference_date=dt.date(2015, 7, 1))
    assert [(a.published or "")[:10] or None for a in articles] == expected, articles
