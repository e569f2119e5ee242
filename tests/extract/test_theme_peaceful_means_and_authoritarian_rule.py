"""Theme words of agency English: a dispute to be settled "by peaceful means" is `security`; "authoritarian"
rule, like autocracy, is `democracy`. "A peaceful resolution" alone stays themeless (the tuning labels split)."""

import pytest

from tests.extract.conftest import extract_text


@pytest.mark.parametrize(
    ("text", "theme", "expected"),
    [
        ("Norway's foreign minister said the two neighbours should settle their border quarrel by peaceful means.", "security", True),
        ('Norway\'s foreign minister urged both sides to "resolve the matter through peaceful means".', "security", True),
        ('Norway\'s foreign minister said the allies would stand together "against authoritarian regimes" in the region.', "democracy", True),
        ('Norway\'s foreign minister warned of "creeping authoritarianism" after the vote.', "democracy", True),
        # near misses: a peaceful resolution of a political crisis, a peaceful transfer of power
        ('Norway\'s foreign minister called for "a peaceful resolution" of the standoff over the budget.', "security", False),
        ('Norway\'s foreign minister said she hoped for "a peaceful transfer of power".', "security", False),
    ],
)
def test_peaceful_means_and_authoritarian_rule_carry_their_themes(text, theme, expected):
    (row,) = extract_text(text, host="PER")
    assert (theme in row.themes) is expected, row.themes
