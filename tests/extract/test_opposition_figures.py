"""Opposition figures: another country's is that country's (the owner's gold marks them optional); one the text
places nowhere is the host's own politics (domestic)."""

import pytest

from tests.extract.conftest import extract_text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the owner's convention: an opposition figure of another country is that country's; one the text places
        # nowhere is the host's own (domestic) politics
        ("Hungarian opposition leader Peter Magyar said the result was a warning to Budapest.", ("HUN", False)),
        ("Opposition senator Ana Ruiz of Colombia congratulated the winner.", ("COL", False)),
        ("Opposition leader Tomasz Lis welcomed the result.", ("POL", True)),
    ],
)
def test_an_opposition_figure_is_his_own_countrys_and_the_hosts_when_placed_nowhere(text, expected):
    (row,) = extract_text(text, host="POL")
    assert (row.country, row.domestic) == expected, row
