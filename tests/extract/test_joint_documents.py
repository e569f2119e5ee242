"""Two communique shapes: a joint communique or statement "issued after talks between X and his counterpart, Y"
as the subject of "said" gives both sides a row; a statement welcomed "by" a bloc's leaders or an official,
followed by their own clause (", who reaffirmed ..."), gives its author a row besides the one welcoming it."""

from __future__ import annotations

import pytest

from tests.extract.conftest import extract_text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "A joint communique issued in Lusaka on Friday after talks between Zambia's Foreign Minister Mulambo Haimbe "
            "and his Malawian counterpart, Nancy Tembo, said the two ministers \"welcomed the peaceful transfer of power\".",
            {("ZMB", "Mulambo Haimbe"), ("MWI", "Nancy Tembo")},
        ),
        (
            "A joint statement released after talks between President Cyril Ramaphosa and his Kenyan counterpart, "
            "William Ruto, said the two leaders backed the ceasefire.",
            {("ZAF", "Cyril Ramaphosa"), ("KEN", "William Ruto")},
        ),
        (
            "The joint communique issued after a meeting between Prime Minister Narendra Modi and his Japanese "
            "counterpart Fumio Kishida said both sides supported a free and open Indo-Pacific.",
            {("IND", "Narendra Modi"), ("JPN", "Fumio Kishida")},
        ),
    ],
)
def test_a_joint_document_of_two_sides_talks_gives_each_side(text, expected):
    rows = extract_text(text, host="SDN", published="2024-03-15")
    assert {(r.country, r.speaker) for r in rows} == expected, rows


@pytest.mark.parametrize(
    "text",
    [
        # no joint document is the subject: the writer's background on the talks
        "Talks between President Cyril Ramaphosa and his Kenyan counterpart, William Ruto, said to have lasted three hours, ended late.",
        # the document is the object of someone else's act, told by the writer
        "Reporters read a joint statement after talks between President Cyril Ramaphosa and William Ruto.",
        # a person named after the verb, in the document's words, is no author
        "A joint communique issued after talks in Nairobi said President Cyril Ramaphosa would visit in May.",
    ],
)
def test_no_joint_document_subject_gives_the_talks_no_rows(text):
    rows = extract_text(text, host="SDN", published="2024-03-15")
    assert not {(r.country, r.speaker) for r in rows} & {("ZAF", "Cyril Ramaphosa"), ("KEN", "William Ruto")}, rows


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The ministry welcomed the statement issued on Monday by the Pacific Islands Forum leaders, who reaffirmed "
         "their \"full support for the people of Tonga\".", (None, "Pacific Islands Forum")),
        ("The Ministry welcomes the statement issued on Friday by the ECOWAS Heads of State, who reaffirmed their "
         "firm support for the transition.", (None, "ECOWAS")),
        ("The ministry welcomed the statement by Foreign Minister Penny Wong, who reaffirmed her full support.", ("AUS", "Penny Wong")),
        ("Chile welcomed the statement by the African Union, which called for calm.", (None, "African Union")),
    ],
)
def test_the_author_of_a_welcomed_statement_speaks_in_his_own_clause(text, expected):
    rows = extract_text(text, host="TON", published="2024-03-15")
    assert expected in {(r.country, r.speaker) for r in rows}, rows


@pytest.mark.parametrize(
    "text",
    [
        # the clause tells something of the statement, not its author's words
        "Chile welcomed the statement by the African Union, which was adopted on Monday.",
        "The ministry welcomed the statement by the African Union, whose chairman called for calm.",
        # no statement: the one "by" is no author
        "Chile was surprised by the African Union, which called for calm.",
    ],
)
def test_no_author_clause_gives_the_named_body_no_row(text):
    rows = extract_text(text, host="TON", published="2024-03-15")
    assert (None, "African Union") not in {(r.country, r.speaker) for r in rows}, rows
