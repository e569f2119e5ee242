"""Days counted from another: "a day earlier", "the previous day", "the day before", "two days later" count from
the day named just before them; "the day before yesterday" from the article's date; "on Friday last week" is that
weekday of the week before; a day inside a clause about what was held ("the count, held on Sunday,") dates no words."""

import datetime as dt

import pytest

from tests.extract.conftest import extract_text
from tracker.extract.dates import day_words

# published Friday 2024-03-15
ANCHOR = dt.date(2024, 3, 15)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Mexico's president Andres Manuel Lopez Obrador called the winner on Wednesday. A day earlier, "
         "Panama's foreign minister Janaina Tewaney had welcomed the count.", "2024-03-12"),
        ("Mexico's president Andres Manuel Lopez Obrador called the winner on Wednesday. The day before, "
         "Panama's foreign minister Janaina Tewaney had welcomed the count.", "2024-03-12"),
        ("Mexico's president Andres Manuel Lopez Obrador called the winner on Wednesday. On the previous day, "
         "Panama's foreign minister Janaina Tewaney had welcomed the count.", "2024-03-12"),
        ("Mexico's president Andres Manuel Lopez Obrador called the winner on Monday. Two days later, "
         "Panama's foreign minister Janaina Tewaney welcomed the count.", "2024-03-13"),
        ("Panama's foreign minister Janaina Tewaney said the day before yesterday that the count was calm.", "2024-03-13"),
        ("Panama's foreign minister Janaina Tewaney said on Friday last week that the count was calm.", "2024-03-08"),
        ("Panama's foreign minister Janaina Tewaney said on Tuesday of last week that the count was calm.", "2024-03-05"),
        # near misses: the day a clause about the count tells, a day before an event, a day counted from nothing
        ("Panama's foreign minister Janaina Tewaney said the count, held on Sunday, was calm.", "2024-03-15"),
        ("Panama's foreign minister Janaina Tewaney said on Thursday that the count, held on Sunday, was calm.", "2024-03-14"),
        ("Panama's foreign minister Janaina Tewaney, speaking the day before the count, said it would be calm.", "2024-03-15"),
        ("Panama's foreign minister Janaina Tewaney had welcomed the count a day earlier.", "2024-03-15"),
        ("Panama's foreign minister Janaina Tewaney said on Friday that the count was calm.", "2024-03-15"),
    ],
)
def test_counted_days_date_the_words(text, expected):
    rows = {r.country: r for r in extract_text(text)}
    assert rows["PAN"].date == expected, rows


@pytest.mark.parametrize(
    "text",
    [
        "Officials met on Tuesday, a day before polls opened.",  # the day before an event, not before Tuesday
        "The talks began on Tuesday, the day before the Pacific summit.",
    ],
)
def test_the_day_before_an_event_counts_from_no_day(text):
    assert [d.kind for d in day_words(text, anchor=ANCHOR)] == ["weekday"]


def test_a_day_earlier_after_a_sentence_about_something_else_counts_from_no_day():
    text = "X called on Wednesday. The island had faced unrest in 2019 and again in 2021. A day earlier, Y called."
    assert [d.date for d in day_words(text, anchor=ANCHOR)] == [dt.date(2024, 3, 13)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "within hours of the ceremony" (capital W opening the sentence): the day the oath was told
        ("On Tuesday, in a hall in Lusaka, Hakainde Hichilema took the oath of office. Within hours of the ceremony, "
         "Kenya's president William Ruto welcomed the handover.", "2024-03-12"),
        ("Hakainde Hichilema was sworn in on Tuesday. Shortly after the inauguration, Kenya's president William Ruto "
         "congratulated him.", "2024-03-12"),
        # near misses: a ceremony that is no "within hours of", and one whose day the article never gave
        ("Hakainde Hichilema was sworn in on Tuesday. Kenya's president William Ruto congratulated him after a "
         "ceremony in Nairobi.", "2024-03-15"),
        ("Hakainde Hichilema took the oath of office in Lusaka. Within hours of the ceremony, Kenya's president "
         "William Ruto welcomed the handover.", "2024-03-15"),
    ],
)
def test_within_hours_of_the_ceremony_takes_the_day_of_the_oath(text, expected):
    rows = {r.country: r for r in extract_text(text)}
    assert rows["KEN"].date == expected, rows


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a clause telling when the words were drawn from him dates them
        ("Panama's foreign minister Janaina Tewaney, interviewed on Monday by Radio Lagoon, said the count was calm.", "2024-03-11"),
        # near miss: a clause telling something else done to him
        ("Panama's foreign minister Janaina Tewaney, elected to the senate on Monday, said the count was calm.", "2024-03-15"),
    ],
)
def test_interviewed_clause_dates_the_words(text, expected):
    rows = {r.country: r for r in extract_text(text)}
    assert rows["PAN"].date == expected, rows
