"""Who acts in sentences that carry two speakers or a government's report: a second clause after ", and"
with its own named subject, a capital reporting its own leader's act, plural bodies of several countries,
and a list of places that names no one country for an unnamed ministry."""

import pytest

from tests.extract.conftest import extract_text, speakers


@pytest.mark.parametrize(
    ("text", "first", "second"),
    [
        (
            "Canada's foreign minister Melanie Joly encouraged both sides to settle the dispute through talks, and Japan's "
            "envoy in Manila, Kazuya Endo, said on Wednesday that Tokyo backed the mediation.",
            (("CAN", "Melanie Joly"), "2024-03-15"),
            (("JPN", "Kazuya Endo"), "2024-03-13"),
        ),
        (
            "Kenya's President William Ruto congratulated the winner, and the Ugandan foreign ministry said on Tuesday "
            "that Kampala looked forward to closer trade.",
            (("KEN", "William Ruto"), "2024-03-15"),
            (("UGA", "Ugandan Foreign Ministry"), "2024-03-12"),
        ),
    ],
)
def test_a_second_clause_after_and_with_its_own_subject_is_a_second_speaker(text, first, second):
    rows = {(r.country, r.speaker): r.date for r in extract_text(text, published="2024-03-15")}
    assert rows.get(first[0]) == first[1], rows
    assert rows.get(second[0]) == second[1], rows


def test_and_before_a_verb_of_the_same_subject_keeps_one_speaker():
    rows = extract_text("Chile's foreign minister Alberto van Klaveren welcomed the vote, and said on Monday that Santiago would send observers.")
    assert speakers(rows) == {("CHL", "Alberto van Klaveren")}, rows


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Floods hit Guatemala on Sunday. Chile's President Gabriel Boric offered a hospital ship with medical teams, Santiago said on Monday.", ("CHL", "Gabriel Boric")),
        ("Floods hit Guatemala on Sunday. Mexico's foreign minister Alicia Barcena telephoned her counterpart, Mexico City said.", ("MEX", "Alicia Barcena")),
    ],
)
def test_a_capital_reporting_its_own_leader_s_act_gives_the_leader(text, expected):
    rows = extract_text(text, published="2024-03-04", host="GTM")
    assert speakers(rows) == {expected}, rows


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The foreign ministries of Oman and Kuwait welcomed the ceasefire.", {("OMN", "Omani Foreign Ministry"), ("KWT", "Kuwaiti Foreign Ministry")}),
        (
            "Qatar's foreign ministry welcomed the ceasefire on Tuesday, and the foreign ministries of Oman and Kuwait issued similar statements.",
            {("QAT", "Qatari Foreign Ministry"), ("OMN", "Omani Foreign Ministry"), ("KWT", "Kuwaiti Foreign Ministry")},
        ),
        ("The governments of Oman and Kuwait issued statements welcoming the ceasefire.", {("OMN", "Omani Government"), ("KWT", "Kuwaiti Government")}),
        # the plural named in passing is no subject
        ("Ties between the governments of Oman and Kuwait improved, analysts said.", set()),
    ],
)
def test_a_plural_body_of_listed_countries_is_one_body_each(text, expected):
    assert speakers(extract_text(text)) == expected


def test_an_unnamed_ministry_after_a_list_of_places_takes_no_country_of_the_list():
    text = (
        "Hotels in Mindelo were full in September as airlines restored routes from Lisbon, Paris and Amsterdam. "
        "The tourism ministry welcomed the figures and expects more visitors next year."
    )
    rows = extract_text(text, host="CPV")
    assert not {r.country for r in rows} & {"PRT", "FRA", "NLD"}, rows
