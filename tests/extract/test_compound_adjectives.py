"""A verb form joined by a hyphen to "so", "self", "well" ... is the writer's adjective ("the so-called trigger
clause"), no act of anyone named in the sentence: a body or country beside it gives no row."""

import pytest

from tests.extract.conftest import extract_text


@pytest.mark.parametrize(
    "text",
    [
        "World Bank loans to Malawi resumed on Monday, after Japan and Korea used the so-called bridge clause.",
        "African Union flags flew over the self-declared capital on Monday as Chad and Niger watched.",
    ],
)
def test_a_compound_adjective_is_no_act(text):
    assert extract_text(text, host="MWI", published="2024-03-15") == []


def test_a_real_verb_beside_such_an_adjective_still_counts():
    rows = extract_text("Ghana welcomed the so-called bridge clause on Monday.", host="MWI", published="2024-03-15")
    assert [r.country for r in rows] == ["GHA"], rows
