"""A verb that opens a table cell or a clipped line ("Said Lima would ...") is no first name: the capital after
it is the government, not a surname, and the row stays the named speaker's."""

import pytest

from tests.extract.conftest import extract_text


@pytest.mark.parametrize(
    ("text", "iso3", "speaker"),
    [
        ("Peru - Dmitry Peskov, Kremlin spokesman - Said Moscow hoped the count would be calm - Monday", "RUS", "Dmitry Peskov"),
        ("Kenya - William Ruto, President - Said Nairobi hoped the result would be respected - Tuesday", "KEN", "William Ruto"),
    ],
)
def test_a_verb_before_a_capital_is_no_name(text, iso3, speaker):
    rows = extract_text(text, host="GIN", published="2023-09-07")
    assert [(r.country, r.speaker) for r in rows] == [(iso3, speaker)], rows
