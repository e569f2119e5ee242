"""A country's possessive before a lone capitalised word ("Sweden's Volvo said") names a company, a paper or
a person the data does not know: no row, since a company's view of an election is no diplomatic reaction and
nothing says the word is a person. (A rule that read the word as a surname was tried in session 12 and
dropped: it made rows of firms and newspapers.)"""

import pytest

from tests.extract.conftest import extract_text


@pytest.mark.parametrize(
    "text",
    [
        "Sweden's Volvo said it would keep its plant open whatever the outcome of the vote.",
        "Italy's Eni welcomed the result, saying it would continue to invest in the country.",
        "Brazil's Embraer said the vote would not change its export plans.",
        "Korea's Samsung said it saw no change to its investment plans after the vote.",
    ],
)
def test_a_possessive_before_a_lone_name_gives_no_row(text):
    assert extract_text(text, host="GHA") == []
