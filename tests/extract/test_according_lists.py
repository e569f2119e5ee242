"""Several leaders named in one list before "according to" the body that reports them ("X, Y and Z also sent
their good wishes, according to the foreign ministry") each give a row with the same words, as the list does
without the citation."""

import pytest

from tests.extract.conftest import extract_text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Estonian President Kaja Rand, Latvian Prime Minister Juris Ozols and Lithuanian President Rasa Vaitkus "
            "also sent messages of congratulation, according to the presidential office.",
            [("EST", "Kaja Rand"), ("LVA", "Juris Ozols"), ("LTU", "Rasa Vaitkus")],
        ),
        (
            "Icelandic Prime Minister Sigrun Olafs and Norwegian Foreign Minister Per Dahl welcomed the result, according to the ministry.",
            [("ISL", "Sigrun Olafs"), ("NOR", "Per Dahl")],
        ),
    ],
)
def test_a_list_of_leaders_cited_by_a_body_gives_each_a_row(text, expected):
    rows = extract_text(text, host="FIN", published="2024-03-15")
    assert [(r.country, r.speaker) for r in rows] == expected, rows


def test_a_leader_named_inside_a_relative_clause_is_no_giver():
    text = "Estonian President Kaja Rand, who met Latvian Prime Minister Juris Ozols last week, sent her congratulations, according to the presidential office."
    rows = extract_text(text, host="FIN", published="2024-03-15")
    assert [(r.country, r.speaker) for r in rows] == [("EST", "Kaja Rand")], rows
