"""An international body's spokesperson speaks for the body (no country): named, unnamed ("a NATO spokeswoman"), or
with a name the tables cannot read as one."""

import pytest

from tests.extract.conftest import extract_text


@pytest.mark.parametrize(
    ("text", "organization"),
    [
        ("NATO spokeswoman Farah Lindqvist said the alliance welcomed the vote.", "NATO"),
        ("Georgia Banks, an OSCE spokeswoman, said the organisation was concerned by the violence.", "OSCE"),
        ("A NATO spokesperson said the alliance welcomed the vote.", "NATO"),
        ("A UN spokeswoman said the organisation welcomed the vote on Monday.", "United Nations"),
        ("An ECOWAS spokesman told reporters the bloc welcomed the vote.", "ECOWAS"),
        ("NATO spokesman Dylan White said the alliance welcomed the vote.", "NATO"),
    ],
)
def test_a_bodys_spokesperson_speaks_for_the_body(text, organization):
    rows = extract_text(text, host="KGZ")
    assert [(r.country, r.organization) for r in rows] == [(None, organization)], rows
