"""A "who said what" table read as lines: "Country - Title Name: the gist of the words - Day". The country's
label, its titled official and a colon make a row even without quotation marks, dated by the row's last cell."""

import datetime as dt

import pytest

from tests.extract.conftest import extract_text

_HEAD = "Governments split on Saturday over the ruling.\n\nWho said what\n\nCountry - Position - When\n\n"


@pytest.mark.parametrize(
    ("line", "country", "speaker", "date"),
    [
        ("Belgium - Foreign Minister Hadja Lahbib: Belgium will respect the court - Thursday", "BEL", "Hadja Lahbib", "2024-03-14"),
        ("Norway - Prime Minister Jonas Gahr Store: the ruling must be respected by all - Friday", "NOR", "Jonas Gahr Store", "2024-03-15"),
        ("Chile: Foreign Minister Ana Ruiz: Santiago would comply with the court", "CHL", "Ana Ruiz", "2024-03-16"),
    ],
)
def test_a_labelled_row_with_a_titled_official_and_a_colon_is_the_official_s(line, country, speaker, date):
    rows = extract_text(_HEAD + line, host="ISR", published="2024-03-16", reference=dt.date(2024, 3, 17))
    assert [(r.country, r.speaker, r.date) for r in rows] == [(country, speaker, date)], rows


@pytest.mark.parametrize(
    "line",
    [
        # another country's label than the official's own: no row of the label's nor of the official's
        "Peru - Chilean Foreign Minister Ana Ruiz: will respect the ruling - Friday",
        # a list of facts, not words
        "Belgium - Foreign Minister Ana Ruiz: born 1970 in Ghent",
    ],
)
def test_a_row_that_gives_no_words_of_the_label_s_official_makes_none(line):
    assert extract_text(_HEAD + line, host="ISR") == []
