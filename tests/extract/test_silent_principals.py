"""A spokesman reporting that his principal gave no reaction ("The secretary-general did not comment on the
ruling itself, his spokesman said") gives no row: neither the principal nor the spokesman reacted. A principal who
held back on one point but reacted on another still gives his row."""

import pytest

from tests.extract.conftest import extract_text


@pytest.mark.parametrize(
    "text",
    [
        "OAS Secretary General Elsa Moreno did not comment on the ruling itself, her spokeswoman said.",
        "Portuguese President Rui Tavares has not commented on the dispute, his spokesman said on Tuesday.",
    ],
)
def test_a_principals_silence_reported_by_his_spokesman_gives_no_row(text):
    assert extract_text(text, host="GUY", published="2024-03-15") == []


def test_a_principal_who_reacted_on_another_point_keeps_his_row():
    text = "Portuguese President Rui Tavares did not comment on the dispute but welcomed the talks, his spokesman said."
    rows = extract_text(text, host="GUY", published="2024-03-15")
    assert [(r.country, r.speaker) for r in rows] == [("PRT", "Rui Tavares")], rows
