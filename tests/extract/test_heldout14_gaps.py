"""Gaps found on a tuning set, each tested on fresh sentences: a lower-case portfolio between a country's
possessive and "minister", a capital that is the surname of a person of the article, the EU's delegation
written with a possessive, an envoy who speaks in a relative clause, SADC by its usual name, and themes
from the writer's clause about the speaker or from a meeting the speaker only weighs."""

import pytest

from tests.extract.conftest import extract_text, speakers


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            ("In Lisbon, Portugal's climate minister, Rui Matos, told reporters on Thursday that the government would "
            '"study the ruling closely".'),
            ("PRT", "Rui Matos"),
        ),
        (
            "Ghana's tourism minister Ama Owusu said on Monday that the country would \"welcome every visitor\".",
            ("GHA", "Ama Owusu"),
        ),
        (
            "Chile's environment minister, Diego Soto, said on Friday that the accord was \"a debt we owe our children\".",
            ("CHL", "Diego Soto"),
        ),
    ],
)
def test_a_portfolio_between_the_countrys_possessive_and_minister(text, expected):
    rows = extract_text(text)
    assert expected in speakers(rows), rows
