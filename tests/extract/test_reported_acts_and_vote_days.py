"""The day of a vote "held on" a date names the vote, not the words; givers after "among those to congratulate";
a readout's "the two leaders" reported by a ministry is the leader's; a minister reporting his own head's act."""

import datetime as dt

import pytest

from tests.extract.conftest import extract_text, speakers


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("Norway congratulates the people of Ghana on the peaceful conduct of the election held on 7 December.", "2024-12-09"),
        ("Norway congratulated the people of Ghana on the polls conducted on Saturday.", "2024-12-09"),
        # near misses: the words' own day
        ("Norway on Saturday congratulated the people of Ghana on the election.", "2024-12-07"),
        ("Norway congratulated the people of Ghana on Sunday on the election held on Saturday.", "2024-12-08"),
    ],
)
def test_a_day_after_held_on_names_the_vote(text, day):
    (row,) = extract_text(text, host="GHA", published="2024-12-09", reference=dt.date(2024, 12, 10))
    assert row.date == day, row


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Also among those to congratulate Mahama were Ivorian President Alassane Ouattara and Liberia's Joseph Boakai.",
         {("CIV", "Alassane Ouattara"), ("LBR", "Joseph Boakai")}),
        ("Among the leaders who called him was Ivorian President Alassane Ouattara.", {("CIV", "Alassane Ouattara")}),
        ("Among those who voted for Mahama were many young people.", set()),
    ],
)
def test_givers_after_among_those_to_congratulate(text, expected):
    rows = extract_text(text, host="GHA", published="2024-12-10", reference=dt.date(2024, 12, 11))
    assert {(c, s) for c, s in speakers(rows) if c != "GHA"} == expected, rows


def test_a_pair_in_a_ministry_readout_is_the_leader():
    text = ("Prime Minister Narendra Modi spoke with President-elect Mahama. The two leaders agreed to further strengthen "
            "the partnership, the Ministry of External Affairs said in a readout.")
    rows = extract_text(text, host="GHA", published="2024-12-09")
    assert speakers(rows) == {("IND", "Narendra Modi")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Prime Minister Shigeru Ishiba sent a congratulatory message, Chief Cabinet Secretary Yoshimasa Hayashi added.",
         {("JPN", "Shigeru Ishiba")}),
        # near misses: the minister's own judgement, and what the head did not do
        ("President Emmanuel Macron is right, Foreign Minister Jean-Noel Barrot said.", {("FRA", "Jean-Noel Barrot")}),
        ("Prime Minister Shigeru Ishiba had no plans to call Mahama, Chief Cabinet Secretary Yoshimasa Hayashi said.",
         {("JPN", "Yoshimasa Hayashi")}),
    ],
)
def test_a_minister_reporting_his_heads_own_act(text, expected):
    rows = extract_text(text, host="GHA", published="2024-12-10", reference=dt.date(2024, 12, 11))
    assert speakers(rows) == expected, rows


def test_the_reporting_minister_keeps_his_own_later_words():
    text = ("Prime Minister Shigeru Ishiba sent a congratulatory message, Chief Cabinet Secretary Yoshimasa Hayashi said. "
            "Japan would keep supporting Ghana's development, Hayashi added on Wednesday.")
    rows = extract_text(text, host="GHA", published="2024-12-10", reference=dt.date(2024, 12, 11))
    assert speakers(rows) == {("JPN", "Shigeru Ishiba"), ("JPN", "Yoshimasa Hayashi")}, rows
