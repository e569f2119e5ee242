"""Which country or body a speaker's row is given to: a lower-case portfolio between a country's possessive
and "minister", a capital that is the surname of a person of the article (or, with no such person, its
government), the EU's delegation and External Action Service written with a possessive, SADC by its usual name, a US party before a
lawmaker's title, a place inside a body's name, and a title in the text over an office held only later."""

import pytest

from tests.extract.conftest import extract_text, speakers


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            ("In Lisbon, Portugal's climate minister, Rui Matos, told reporters on Thursday that the government would "
            '"study the ruling closely".'),
            ("PRT", "Rui Matos"),
        ),
        (
            "Ghana's tourism minister Ama Owusu said on Monday that the country would \"welcome every visitor\".",
            ("GHA", "Ama Owusu"),
        ),
        (
            "Chile's environment minister, Diego Soto, said on Friday that the accord was \"a debt we owe our children\".",
            ("CHL", "Diego Soto"),
        ),
    ],
)
def test_a_portfolio_between_the_countrys_possessive_and_minister(text, expected):
    rows = extract_text(text)
    assert expected in speakers(rows), rows


@pytest.mark.parametrize("capital", ["Lima", "Victoria", "Kingston"])
def test_a_capital_that_is_a_surname_met_before_is_that_person(capital):
    text = (
        f"The ruling party picked Ana Prado on Saturday to succeed Jorge {capital}, who stepped down after a "
        "funding scandal.\n\n"
        f'"Nothing changes for our partners," Prado told supporters. {capital}, in a farewell letter, said he was '
        'going "with a clear conscience".'
    )
    rows = extract_text(text, host="BRA")
    # no row for the government whose capital shares his name
    assert all(r.speaker != capital and "government" not in r.speaker for r in rows), rows


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('The ruling party picked Ana Prado on Saturday.\n\nLima welcomed the vote on Monday as "a good sign".', ("PER", "Peruvian government")),
        # a word before a capital that is no first name makes no person of it
        ('Greater Tehran was calm. Tehran welcomed the vote on Monday as "a good sign".', ("IRN", "Iranian government")),
        ('Air Astana resumed flights on Sunday. Astana welcomed the vote on Monday as "a good sign".', ("KAZ", "Kazakh government")),
    ],
)
def test_a_capital_with_no_such_person_still_names_its_government(text, expected):
    rows = extract_text(text, host="BRA")
    assert expected in speakers(rows), rows


@pytest.mark.parametrize(
    "text",
    [
        ("A spokesperson for the EU's External Action Service said the bloc expected Mongolia to respect the right of "
         "peaceful assembly."),
        "The European Union's External Action Service, in a statement on Friday, urged calm in Tbilisi.",
    ],
)
def test_the_eus_external_action_service_named_without_european(text):
    rows = extract_text(text, host="GEO")
    assert ("EUU", "European External Action Service") in speakers(rows), rows


def test_a_report_of_the_external_action_service_is_no_statement():
    rows = extract_text("Analysts cited a report by the EU's External Action Service on disinformation in the region.", host="GEO")
    assert not rows, rows


@pytest.mark.parametrize(
    "text",
    [
        "The European Union's delegation in Maputo also conveyed its condolences to the people of Mozambique.",
        "The EU's delegation to Bolivia said on Tuesday it was saddened by the loss of life.",
    ],
)
def test_the_eus_delegation_written_with_a_possessive(text):
    rows = extract_text(text)
    assert ("EUU", "EU Delegation") in speakers(rows), rows


@pytest.mark.parametrize(
    "text",
    [
        'The SADC Secretariat said in a statement on Friday that envoys would "assess the situation".',
        'The Southern African Development Community said on Friday it was "deeply concerned".',
    ],
)
def test_sadc_is_named_by_its_usual_short_name(text):
    rows = extract_text(text)
    assert [(r.country, r.speaker) for r in rows] == [(None, "SADC")], rows


@pytest.mark.parametrize(
    "text",
    [
        'Republican Senator Ann Lake said on Friday that the switch was "a reward for bullying".',
        "Democratic Senator Joe Marsh, who chairs a Senate subcommittee on Asia, said on Friday the decision \"must have a cost\".",
        'Democratic Rep. Ann Lake said on Friday that the switch was "a reward for bullying".',
    ],
)
def test_a_us_party_before_a_lawmakers_title_places_him_in_the_united_states(text):
    rows = extract_text(text)
    assert [r.country for r in rows] == ["USA"], rows


@pytest.mark.parametrize(
    "text",
    [
        'The Secretary General of the Indian Ocean Commission, Hamada Madi, expressed the commission\'s "warm congratulations".',
        'Indian Ocean Commission Secretary General Hamada Madi said on Monday it sent its "warm congratulations".',
    ],
)
def test_a_place_inside_a_bodys_name_is_not_the_speakers_country(text):
    rows = extract_text(text)
    assert [(r.country, r.organization) for r in rows] == [(None, "Indian Ocean Commission")], rows


@pytest.mark.parametrize(
    ("text", "published", "iso3"),
    [
        # both held a national office only later: the title in the text says whom they spoke for then
        (
            (
                "Radoslaw Sikorski, the European Parliament's standing rapporteur on Moldova, said the vote had been "
                "orderly and urged the new majority to fight corruption."
            ),
            "2021-07-13",
            "EUU",
        ),
        (
            (
                "Stephane Sejourne, the European Parliament's rapporteur on Ukraine, said the result showed democracy "
                "at work."
            ),
            "2021-07-13",
            "EUU",
        ),
    ],
)
def test_a_title_in_the_text_beats_an_office_the_person_held_only_later(
    text, published, iso3
):
    rows = extract_text(text, published=published)
    assert [r.country for r in rows] == [iso3], rows
