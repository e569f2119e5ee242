"""A parliament's own record (Hansard and its like): each turn opens with its speaker, a member with his seat and
party in brackets ("Ana Ruiz (Northbay) (Lab):") or an office holder with his name in brackets ("The Minister
for Trade (Ana Ruiz):"), later his name alone ("Ana Ruiz:"). The whole turn is his, as a member of that
parliament's country, when the debate is on the host; an office the record names alone ("the Prime Minister",
"the Foreign Secretary") is that country's holder on the day."""

from __future__ import annotations

import datetime as dt

import pytest

from tracker.extract import extract_statements
from tracker.models import Article

REFERENCE = dt.date(2019, 3, 20)


def rows_of(text: str, *, title: str, outlet: str | None, host: str, published: str = "2019-03-13"):
    article = Article(title=title, text=text, outlet=outlet, published=published, published_basis="dateline")
    return extract_statements(article, reference_date=REFERENCE, host_country=host)


DAIL = (
    "Leaders' Questions\n\n"
    "11.02 am\n\n"
    "Mary Lou McDonald (Dublin Central) (SF) (Topical Issue): To ask the Minister for Foreign Affairs what "
    "assessment he has made of the crisis in Venezuela.\n\n"
    "The Minister of State at the Department of Foreign Affairs (Ms Aoife Brennan): Ireland is deeply "
    "concerned by the crackdown in Venezuela. The Taoiseach spoke to EU leaders on Monday and said that free "
    "elections must be held without delay.\n\n"
    "Mary Lou McDonald: I thank the Minister, but statements will not feed the people of Caracas. Will the "
    "Government recall our honorary consul?\n\n"
    "Aoife Brennan: We keep every option under review.\n\n"
    "Cathal Ó Briain (Cork North-West) (FF): The people of Venezuela have waited long enough for a vote that "
    "counts."
)


@pytest.mark.parametrize(
    ("text", "outlet", "expected"),
    [
        (
            DAIL,
            "Dáil Éireann Debates, Official Report (unrevised)",
            {("IRL", "Mary Lou McDonald"), ("IRL", "Aoife Brennan"), ("IRL", "Leo Varadkar"), ("IRL", "Cathal Ó Briain")},
        ),
        (
            "Urgent Question\n\n"
            "Ana Whitlock (Northbay and Fenwick) (Lab): The Government must say plainly that the crackdown in "
            "Venezuela is unacceptable.\n\n"
            "The Minister for the Americas (Mr Owen Pryce): The United Kingdom condemns the arrests in Venezuela. "
            "The Foreign Secretary issued a statement on Tuesday calling for free elections.\n\n"
            "Owen Pryce: We are working with our partners in the Lima Group.\n\n"
            "Sir Dafydd Lloyd-Jones (Arfon Vale) (PC): Does the Minister agree that the people of Venezuela deserve "
            "a vote that counts?",
            "Westminster Record | House of Commons, Official Report",
            {("GBR", "Ana Whitlock"), ("GBR", "Owen Pryce"), ("GBR", "Jeremy Hunt"), ("GBR", "Dafydd Lloyd-Jones")},
        ),
    ],
)
def test_every_turn_of_a_record_is_its_speakers_as_a_member_of_the_parliaments_country(text, outlet, expected):
    rows = rows_of(text, title="Venezuela", outlet=outlet, host="VEN")
    assert {(r.country, r.speaker) for r in rows} == expected, rows


def test_an_office_the_record_names_alone_is_the_countrys_holder_on_the_day_it_says():
    rows = rows_of(DAIL, title="Venezuela", outlet="Dáil Éireann Debates, Official Report", host="VEN")
    taoiseach = next(r for r in rows if r.speaker == "Leo Varadkar")
    assert taoiseach.date == "2019-03-11"  # "on Monday" before the Wednesday sitting
    assert "free elections" in taoiseach.quote
    brennan = next(r for r in rows if r.speaker == "Aoife Brennan")
    assert brennan.date == "2019-03-13"  # the minister spoke at the sitting
    assert "free elections" not in brennan.quote


def test_a_debate_on_another_subject_gives_no_row():
    text = (
        "Valerie Dunne (Galway East) (Lab): Will the Minister give us the business for next week?\n\n"
        "The Minister for Housing (Mr Colm Tierney): The business for next week will include the Housing Bill."
    )
    assert rows_of(text, title="Business of the House", outlet="Dáil Éireann Debates", host="VEN") == []


def test_bracketed_labels_outside_a_parliaments_record_are_no_turns():
    text = (
        "Ana Whitlock (Reuters) (London): The crackdown in Venezuela drew little comment in the markets today.\n\n"
        "Owen Pryce (Analyst): Investors expect the bonds to fall."
    )
    assert rows_of(text, title="Venezuela", outlet="Harbour Times", host="VEN") == []


def test_a_record_titled_with_its_chamber_is_read_without_an_outlet():
    # a plain-text copy: the record's own title line ("Dáil Éireann Debates") heads the text, the debate's
    # heading is a line of it
    text = "Venezuela\n\n" + DAIL
    rows = rows_of(text, title="Dáil Éireann Debates", outlet=None, host="VEN")
    assert {(r.country, r.speaker) for r in rows} >= {("IRL", "Mary Lou McDonald"), ("IRL", "Aoife Brennan")}, rows


def test_a_news_headline_naming_a_parliament_is_no_record():
    text = ("Ana Whitlock (Northbay) (Lab): a line a reporter quotes from the debate, with the crackdown in "
            "Venezuela in it.")
    rows = rows_of(text, title="MPs clash over Venezuela in the House of Commons", outlet="Harbour Times", host="VEN")
    assert all(r.speaker != "Ana Whitlock" for r in rows), rows


def test_a_turns_words_start_after_its_speaker_label():
    text = (
        "Urgent Question\n\n"
        "Ms Priya Nandakumar (Westfield South) (Lab): The Government must condemn the arrests in Georgia without delay.\n\n"
        "The Minister for Europe (Mr Tom Ashby): The United Kingdom condemns the arrests in Georgia. We have raised them "
        "with the ambassador.\n\n"
        "Mr Gareth Lowe (Kinross Vale) (LD): Does the Minister agree that the people of Georgia deserve free elections?"
    )
    rows = {r.speaker: r for r in rows_of(text, title="Georgia", outlet="House of Commons, Official Report", host="GEO")}
    assert rows["Priya Nandakumar"].quote == "The Government must condemn the arrests in Georgia without delay."
    assert rows["Tom Ashby"].quote.startswith("The United Kingdom condemns")
    assert rows["Gareth Lowe"].quote.startswith("Does the Minister agree")
    assert text[rows["Gareth Lowe"].start : rows["Gareth Lowe"].start + 4] == "Does"


UNNAMED_CHAMBER = (
    "Rt Hon ANA WHITFIELD (Prime Minister): Cyclone Pam struck Vanuatu on Friday night. Australia has today "
    "committed $5 million, and the first flight left Brisbane this morning.\n\n"
    "Hon TOM McCALLUM (Leader of the Opposition): The Opposition supports the Government. Australia must be "
    "generous, because Vanuatu is our neighbour.\n\n"
    "Dr PRIYA NAIR (Greens): Australians have always stood with the people of Vanuatu, and we will again."
)


def test_a_record_whose_masthead_names_no_chamber_is_of_the_country_its_members_speak_of():
    rows = rows_of(UNNAMED_CHAMBER, title="Ministerial Statements\u2014Cyclone Pam, Vanuatu", outlet="PARLIAMENTARY DEBATES (HANSARD)", host="VUT")
    assert {(r.country, r.speaker) for r in rows} == {("AUS", "Ana Whitfield"), ("AUS", "Tom McCallum"), ("AUS", "Priya Nair")}, rows


def test_a_record_naming_two_countries_as_often_gives_its_members_no_country():
    text = UNNAMED_CHAMBER.replace("Australia must", "New Zealand must")  # Australia in two turns, New Zealand in one
    rows = rows_of(text, title="Ministerial Statements\u2014Cyclone Pam, Vanuatu", outlet="PARLIAMENTARY DEBATES (HANSARD)", host="VUT")
    assert not {r.speaker for r in rows} & {"Ana Whitfield", "Tom McCallum"}, rows


def test_a_news_outlet_without_a_record_word_is_no_record():
    rows = rows_of(UNNAMED_CHAMBER, title="Cyclone Pam, Vanuatu", outlet="Coral Sea Times", host="VUT")
    assert not {r.speaker for r in rows} & {"Ana Whitfield", "Tom McCallum", "Priya Nair"}, rows
