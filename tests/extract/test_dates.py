"""Day words: weekday arithmetic, month-day dates, yesterday, relative times, "the same day"."""

import datetime as dt

import pytest

from tracker.extract.dates import day_words, latest_weekday, month_day, relative_time


@pytest.mark.parametrize(
    ("weekday", "anchor", "expected"),
    [
        ("Wednesday", dt.date(2024, 3, 1), dt.date(2024, 2, 28)),  # back across a leap-year month end
        ("Friday", dt.date(2024, 3, 1), dt.date(2024, 3, 1)),  # the anchor's own weekday is that day
        ("Sunday", dt.date(2025, 1, 2), dt.date(2024, 12, 29)),  # back across a year end
        ("Saturday", dt.date(2023, 5, 1), dt.date(2023, 4, 29)),
        ("Monday", dt.date(2024, 7, 7), dt.date(2024, 7, 1)),
    ],
)
def test_latest_weekday_on_or_before_anchor(weekday, anchor, expected):
    assert latest_weekday(weekday, anchor) == expected


@pytest.mark.parametrize(
    ("text", "anchor", "expected"),
    [
        ("the minister said on Tuesday that", dt.date(2024, 10, 3), dt.date(2024, 10, 1)),
        ("issued a statement Thursday", dt.date(2024, 11, 1), dt.date(2024, 10, 31)),
        ("said yesterday", dt.date(2024, 1, 1), dt.date(2023, 12, 31)),
        ("told reporters today", dt.date(2024, 6, 2), dt.date(2024, 6, 2)),
        ("wrote on Nov. 30 that", dt.date(2024, 12, 2), dt.date(2024, 11, 30)),
        ("posted on 4 June", dt.date(2024, 6, 6), dt.date(2024, 6, 4)),
        ("replied on December 31", dt.date(2025, 1, 3), dt.date(2024, 12, 31)),  # the previous year
        ("said on Saturday (Feb. 3) that", dt.date(2024, 2, 5), dt.date(2024, 2, 3)),
        ("on March 2, 2023, he said", dt.date(2024, 2, 5), dt.date(2023, 3, 2)),
        ("in a letter dated Sept. 5, the envoy", dt.date(2024, 9, 10), dt.date(2024, 9, 5)),
        ("on 21st January 2024 she wrote", dt.date(2024, 2, 1), dt.date(2024, 1, 21)),
        ("the 9 May post and the May 8th reply", dt.date(2024, 5, 9), dt.date(2024, 5, 9)),
        # a weekday or date before words that are not the vote still dates
        ("said on Sunday the vote had been calm", dt.date(2024, 2, 6), dt.date(2024, 2, 4)),
        ("on Sunday polls opened late, the envoy said", dt.date(2024, 2, 6), dt.date(2024, 2, 4)),
        ("wrote on 3 February that elections matter", dt.date(2024, 2, 6), dt.date(2024, 2, 3)),
        # a possessive weekday naming the occasion of the words dates them
        ("At last Thursday's briefing, the spokeswoman said", dt.date(2024, 2, 6), dt.date(2024, 2, 1)),
        ("the envoy told Monday's news conference that", dt.date(2024, 2, 7), dt.date(2024, 2, 5)),
        ("at Friday's regular press briefing, she said", dt.date(2024, 2, 12), dt.date(2024, 2, 9)),
        # the body holding the briefing named between the weekday and the occasion
        ("At Wednesday's Foreign Office briefing, the spokesman said", dt.date(2024, 2, 9), dt.date(2024, 2, 7)),
        ("the minister told Tuesday's Kremlin press conference that", dt.date(2024, 2, 9), dt.date(2024, 2, 6)),
        # "last Monday" on a Monday is the Monday before; "on Monday" is the day itself
        ("the envoy wrote last Monday that", dt.date(2024, 2, 12), dt.date(2024, 2, 5)),
        ("the envoy wrote on Monday that", dt.date(2024, 2, 12), dt.date(2024, 2, 12)),
        ("At last Monday's briefing, she said", dt.date(2024, 2, 12), dt.date(2024, 2, 5)),
    ],
)
def test_day_words_resolve_against_the_anchor(text, anchor, expected):
    found = day_words(text, anchor=anchor)
    assert found and found[0].date == expected


@pytest.mark.parametrize(
    "text",
    [
        "after Sunday's vote the count began",  # a possessive weekday names the event
        "he will be sworn in on May 20",  # a coming date is not when anyone spoke
        "the talks run until Friday",
        "she said she may attend",
        "the coalition held next Monday's session",
        "ahead of Thursday's speech to parliament",  # an occasion still to come
        "after Monday's statement by the commission",
        "after Monday's Electoral Commission statement the envoy spoke",  # "after": the occasion is the event's
        "no day word here at all",
        # a date or weekday naming the vote itself
        "commended the conduct of the 14th January General Elections",
        "the result of the 28 January presidential election was announced",
        "turnout in the Sunday vote was high",
        "the count of this January 28 ballot",
        "observers of the January 9 run-off said",
        "the will of the voters in the ballot of 7 March must be respected",
        "as shown in the presidential election of February 2, the people chose",
    ],
)
def test_day_words_ignores_event_and_future_days(text):
    assert day_words(text, anchor=dt.date(2024, 2, 1)) == []


def test_same_day_refers_back_to_the_previous_date():
    previous = dt.date(2024, 8, 12)
    (found,) = day_words("Later in the day, the premier wrote", anchor=dt.date(2024, 8, 14), previous=previous)
    assert found.date == previous and found.kind == "same_day"


def test_same_day_without_a_previous_date_is_nothing():
    assert day_words("On the same day, he wrote", anchor=dt.date(2024, 8, 14)) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("12 minutes ago", dt.date(2024, 3, 1)),
        ("2 hours ago", dt.date(2024, 3, 1)),
        ("an hour ago", dt.date(2024, 3, 1)),
        ("1 day ago", dt.date(2024, 2, 29)),
        ("3 days ago", dt.date(2024, 2, 27)),
        ("two weeks ago", dt.date(2024, 2, 16)),
    ],
)
def test_relative_time_counts_back_from_the_reference(text, expected):
    assert relative_time(text, dt.date(2024, 3, 1)) == expected


def test_relative_time_without_one_is_none():
    assert relative_time("Reuters", dt.date(2024, 3, 1)) is None


def test_month_day_without_year_after_anchor_is_a_coming_event():
    assert month_day(9, 1, dt.date(2024, 8, 20)) is None


@pytest.mark.parametrize(
    ("text", "anchor"),
    [
        # next year's date is nearer than this year's: a coming handover or deadline
        ("the result must stand until the inauguration on 15 January", dt.date(2024, 8, 22)),
        ("she said the new cabinet takes office on Feb. 1", dt.date(2023, 10, 3)),
        # a limit, not when anyone spoke
        ("the mission will stay until June 2 to watch the count", dt.date(2024, 6, 20)),
        ("the ministry had warned since March 3 that", dt.date(2024, 3, 20)),
    ],
)
def test_day_words_ignore_coming_dates_and_limits(text, anchor):
    assert day_words(text, anchor=anchor) == []


@pytest.mark.parametrize(
    ("text", "anchor", "expected"),
    [
        ("the envoy said on 2 April that", dt.date(2024, 8, 22), dt.date(2024, 4, 2)),  # still the nearer one
        ("in a note dated Dec. 28 the embassy", dt.date(2025, 1, 4), dt.date(2024, 12, 28)),
    ],
)
def test_earlier_year_less_dates_stay_in_the_past(text, anchor, expected):
    (found,) = day_words(text, anchor=anchor)
    assert found.date == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Foreign Minister Park sent a message on the 9th to his counterpart", dt.date(2025, 3, 9)),
        ("at a news conference on the morning of the 10th, the spokesman stated", dt.date(2025, 3, 10)),
        ("on the 1st in Seoul, the minister told reporters", dt.date(2025, 3, 1)),
    ],
)
def test_an_ordinal_day_alone_is_a_day_of_the_articles_month(text, expected):
    assert [d.date for d in day_words(text, anchor=dt.date(2025, 3, 11))] == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "marking the 30th anniversary of ties",
        "a relic of the 19th century",
        "the leader is due to be sworn in on the 20th",  # after the article: a coming day
        "the party's congress opens on the 5th of April",
        "the country was the 7th largest buyer",
    ],
)
def test_an_ordinal_that_is_no_day_or_a_coming_one_is_ignored(text):
    assert all(d.kind != "month_day" or d.date.day not in (5, 7, 19, 20, 30) for d in day_words(text, anchor=dt.date(2025, 3, 11)))


@pytest.mark.parametrize("phrase", ["the next day", "the following day", "a day later"])
def test_the_next_day_is_the_day_after_the_date_named_before(phrase):
    text = f"The embassy wrote on Tuesday that it welcomed the vote. In the capital {phrase}, the minister said"
    found = day_words(text, anchor=dt.date(2024, 8, 16))  # a Friday
    assert [(d.date, d.kind) for d in found] == [(dt.date(2024, 8, 13), "weekday"), (dt.date(2024, 8, 14), "next_day")]


def test_the_next_day_after_the_articles_own_date_is_a_coming_day():
    found = day_words("He spoke on Friday and will travel the next day", anchor=dt.date(2024, 8, 16))
    assert [d.kind for d in found] == ["weekday"]
