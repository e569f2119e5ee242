"""Readers: a monitoring service's daily translations pasted as text: each item's headline over its "Text of report
by <broadcaster> on <day>" line is an article of its own, dated by that line; the source note under it is no text."""

from __future__ import annotations

import datetime as dt

import pytest

from tracker.readers import read_document

REFERENCE = dt.date(2023, 5, 20)

DIGEST = """DANUBE MONITORING - DAILY TRANSLATIONS
Friday 19 May 2023

Hungarian TV reports Austrian, Slovak reactions to dam deal

{first}

[Presenter] The dam agreement signed in Budapest yesterday has drawn reactions from neighbouring capitals.

[Correspondent] Austrian Foreign Minister Alexander Schallenberg said the deal was "a model of good neighbourliness".

(Description of Source: Budapest M1 in Hungarian - state television)

Slovak radio: Bratislava wants guarantees

{second}

[Newsreader] Slovak Foreign Minister Miroslav Wlachovsky said this morning that Bratislava wanted "firm guarantees on water levels".

(Description of Source: Bratislava Slovak Radio in Slovak - public broadcaster)
"""


@pytest.mark.parametrize(
    ("first", "second", "days"),
    [
        ("Text of report by Hungarian state television M1 on 17 May", "Text of report by Slovak Radio on 18 May",
         ("2023-05-19", "2023-05-18")),
        ("Excerpt from report by M1 television on 18 May 2023", "Report by Slovak Radio on May 19",
         ("2023-05-19", "2023-05-19")),
    ],
)
def test_each_translated_item_is_an_article_dated_by_its_report_line(first, second, days):
    one, two = read_document(DIGEST.format(first=first, second=second).encode(), "digest.txt", reference_date=REFERENCE)
    assert one.title == "Hungarian TV reports Austrian, Slovak reactions to dam deal", one.title
    assert two.title == "Slovak radio: Bratislava wants guarantees", two.title
    # the digest's own date above the first item dates it; the second item's report line dates the second
    assert (one.published[:10], two.published[:10]) == days
    for article in (one, two):
        assert "Description of Source" not in article.text and "Text of report" not in article.text, article.text
    assert two.text.startswith("[Newsreader] Slovak Foreign Minister"), two.text


def test_a_sentence_about_a_report_stays_text():
    line = "Text of the report by the inspectors on 17 May was never published."
    dump = f"Slovak radio: Bratislava wants guarantees\n19 May 2023\n\n{line}\n\nThe minister spoke on Friday.\n"
    (article,) = read_document(dump.encode(), "one.txt", reference_date=REFERENCE)
    assert line in article.text, article.text
