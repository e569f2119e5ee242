"""Institutions known by a building, a street or their own long name speak for their country."""

import pytest

from tests.extract.conftest import extract_text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('The MEA said New Delhi was "closely following" the situation.', ("IND", "Ministry of External Affairs")),
        ('The Gaimusho said Tokyo would "respond firmly".', ("JPN", "Japanese Foreign Ministry")),
        ('Foggy Bottom said the sanctions would "remain in place".', ("USA", "State Department")),
        ('La Moneda said in a statement that Chile "rejects" the decision.', ("CHL", "La Moneda")),
        ('Palazzo Chigi said Rome was "ready to help".', ("ITA", "Palazzo Chigi")),
        ('Global Affairs Canada said Ottawa was "deeply concerned" by the arrests.', ("CAN", "Global Affairs Canada")),
        ('DFAT said Canberra was "deeply concerned" by the arrests.', ("AUS", "Department of Foreign Affairs and Trade")),
        ("Brazil's Ministry of External Relations said the vote was \"a victory for democracy\".",
         ("BRA", "Brazilian Foreign Ministry")),
        ('The Federal Department of Foreign Affairs said Bern "welcomes" the ceasefire.', ("CHE", "Swiss Foreign Ministry")),
        # (the office telling its head's act places the head: see test_office_heads.py)
        ("Qatar's Amiri Diwan said the emir \"congratulated\" the new president.", ("QAT", "Tamim bin Hamad Al Thani")),
        ('The Quai d\u2019Orsay said Paris "condemns" the attack.', ("FRA", "Quai d'Orsay")),
        # a name holding "and" is one name, and an organisation inside it is not the speaker
        ("Britain's Foreign and Commonwealth Office said London was \"deeply concerned\".", ("GBR", "Foreign Office")),
        ('The Foreign, Commonwealth and Development Office said London was "deeply concerned".',
         ("GBR", "Foreign Office")),
        ("New Zealand's Ministry of Foreign Affairs and Trade said Wellington was \"deeply concerned\".",
         ("NZL", "Ministry of Foreign Affairs and Trade")),
        ('The National Security Council said the strike was "unacceptable".', ("USA", "National Security Council")),
        ("Turkey's National Security Council said the operation would \"continue\".", ("TUR", "National Security Council")),
    ],
)
def test_an_institution_known_by_another_name_speaks_for_its_country(text, expected):
    assert [(r.country, r.speaker) for r in extract_text(text, published="2023-06-01")] == [expected]


@pytest.mark.parametrize(
    ("text", "organization"),
    [
        ('WFP said the convoy had been "looted".', "WFP"),
        ('UNRWA said its schools were "overwhelmed".', "UNRWA"),
        ("The Commonwealth Secretariat said the vote was \"credible\".", "Commonwealth"),
    ],
)
def test_more_international_bodies_speak_without_a_country(text, organization):
    assert [(r.country, r.organization) for r in extract_text(text, published="2023-06-01")] == [(None, organization)]



@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Russia's Emergencies Ministry sent two aircraft with rescuers on Saturday.", ("RUS", "Russian Emergencies Ministry")),
        ("The Italian Civil Protection Department sent a team on Saturday.", ("ITA", "Italian Civil Protection Department")),
        ("The Greek ministry said on Saturday it would send help.", ("GRC", "Greek Ministry")),
    ],
)
def test_a_ministry_outside_the_table_keeps_its_own_name_and_country(sentence, expected):
    rows = extract_text("An earthquake struck on Friday.\n\n" + sentence, published="2025-03-30", host="MMR")
    assert [(r.country, r.speaker) for r in rows] == [expected], rows


def test_a_line_ministry_acting_beside_its_leader_is_the_leaders_row():
    rows = extract_text(
        "An earthquake struck on Friday.\n\n"
        "Turkey's Disaster Ministry sent two aircraft with rescuers. President Recep Tayyip Erdogan, in a message on "
        "Friday, said Turkey was ready to help.",
        published="2023-03-25",
        host="MMR",
    )
    assert [(r.country, r.speaker, r.date) for r in rows] == [("TUR", "Recep Tayyip Erdogan", "2023-03-24")], rows


def test_a_foreign_ministry_beside_its_leader_keeps_its_own_row():
    rows = extract_text(
        "An earthquake struck on Friday.\n\n"
        "Turkey's foreign ministry said on Friday it was following events closely. President Recep Tayyip Erdogan, in a "
        "message on Friday, said Turkey was ready to help.",
        published="2023-03-25",
        host="MMR",
    )
    assert {(r.country, r.speaker) for r in rows} == {("TUR", "Recep Tayyip Erdogan"), ("TUR", "Turkish Foreign Ministry")}, rows


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # "a European ministry" is one of Europe's national ministries, unnamed: nobody's row, never the Union's
        ("A European government said on Monday that the count had been flawed.", []),
        ("A European foreign ministry said on Monday that the count had been flawed.", []),
        ("An European embassy in Dakar said on Monday that the count had been flawed.", []),
        # near misses: a named country's body, and the Union's own bodies
        ("A Portuguese ministry said on Monday that the count had been flawed.", [("PRT", "Portuguese Ministry")]),
        ("The European Commission said on Monday that the count had been flawed.", [("EUU", "European Commission")]),
        ("A European Commission spokesman said on Monday that the count had been flawed.", [("EUU", "European Commission")]),
        ("An EEAS spokesperson said on Monday that the count had been flawed.", [("EUU", "European External Action Service")]),
    ],
)  # fmt: skip
def test_an_unnamed_european_government_is_not_the_union(sentence, expected):
    rows = extract_text(sentence, published="2024-08-16", host="SEN")
    assert [(r.country, r.speaker) for r in rows] == expected, rows
