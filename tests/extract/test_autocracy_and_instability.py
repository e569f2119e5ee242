"""Theme words common in reactions to coups and crises: autocracy is the democracy theme, and instability in a region is
security's, as stability is (economic and financial instability stay out of security)."""

import pytest

from tracker.extract.themes import match_themes


@pytest.mark.parametrize(
    "text,theme",
    [
        ("we watch closely for any autocratic contagion in the region", "democracy"),
        ("the country must not slide into autocracy", "democracy"),
        ("this will only increase instability along the whole coast", "security"),
    ],
)
def test_autocracy_and_instability_carry_their_theme(text, theme):
    assert theme in match_themes(text), match_themes(text)


@pytest.mark.parametrize(
    "text",
    ["economic instability weighs on the currency", "financial instability in the banks worries investors"],
)
def test_economic_instability_is_no_security(text):
    assert "security" not in match_themes(text), match_themes(text)
