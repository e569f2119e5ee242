"""Readers: news-database exports saved as text (Factiva-style records ending in a document number)."""

from __future__ import annotations

import datetime as dt

import pytest

from tracker.readers import read_document

REFERENCE = dt.date(2025, 9, 10)

EXPORT = """Ghana hails Namibian vote as "model for the region"
By Kofi Mensah
412 words
5 September 2025
{time}Accra Daily Wire
ADWIRE
{extra}English
Copyright 2025 Accra Daily Wire. All Rights Reserved.

ACCRA, Sept 5 (ADW) - Ghana's foreign minister congratulated Namibia on Friday, calling the vote "a model for the region".

The minister said Accra would send a delegation to the inauguration.

Document ADWIRE0020250905el950001a


Zambia sends greetings to Windhoek
1,298 words
6 September 2025
Lusaka Evening Post
LUSEP
English
(c) 2025 Lusaka Evening Post

Zambia's president sent a message of congratulations to Windhoek on Saturday.

Document LUSEP00020250906el960002b
"""


@pytest.mark.parametrize(
    ("time", "extra"),
    [("", ""), ("14:05\n", ""), ("", "Final\nA4\n"), ("09:30 GMT\n", "Page 12\n")],
    ids=["plain", "time", "edition-page", "time-page"],
)
@pytest.mark.parametrize("name", ["factiva_export.txt", "factiva_export.rtf"])
def test_database_export_gives_each_record_its_title_date_and_source(time, extra, name):
    text = EXPORT.format(time=time, extra=extra)
    data = text.encode() if name.endswith(".txt") else ("{\\rtf1\\ansi " + text.replace("\n", "\\par\n") + "}").encode()
    first, second = read_document(data, name, reference_date=REFERENCE)
    assert (first.title, first.published, first.outlet) == ('Ghana hails Namibian vote as "model for the region"', "2025-09-05", "Accra Daily Wire")
    assert first.text == (
        'ACCRA, Sept 5 (ADW) - Ghana\'s foreign minister congratulated Namibia on Friday, calling the vote "a model for the region".'
        "\n\nThe minister said Accra would send a delegation to the inauguration."
    )
    assert (second.title, second.published, second.outlet, second.position) == ("Zambia sends greetings to Windhoek", "2025-09-06", "Lusaka Evening Post", 1)
    assert second.text == "Zambia's president sent a message of congratulations to Windhoek on Saturday."


def test_a_word_count_without_a_date_under_it_changes_nothing():
    dump = "Windhoek swears in its new president\n\n850 words\n\nNamibia's new president was sworn in on Friday.\n"
    (article,) = read_document(dump.encode(), "story.txt", reference_date=REFERENCE)
    assert article.outlet is None
    assert article.text == "850 words\n\nNamibia's new president was sworn in on Friday."
