"""Gaps found on a tuning set, each tested on fresh sentences: a lower-case portfolio between a country's
possessive and "minister", a capital that is the surname of a person of the article, the EU's delegation
written with a possessive, SADC by its usual name, a place inside a body's name, a US party before a
lawmaker's title, an envoy who speaks in a relative clause, and themes from the writer's clause about the
speaker or from a meeting the speaker only weighs."""

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
        "The European Union's delegation in Maputo also conveyed its condolences to the people of Mozambique.",
        "The EU's delegation to Bolivia said on Tuesday it was saddened by the loss of life.",
    ],
)
def test_the_eus_delegation_written_with_a_possessive(text):
    rows = extract_text(text)
    assert ("EUU", "EU Delegation") in speakers(rows), rows


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            ("Brazil sent Lucia Campos, a secretary in the foreign ministry, who said on Sunday that Brazil would "
            '"keep talking to both sides".'),
            ("BRA", "Lucia Campos"),
        ),
        (
            ("Kenya was represented by Peter Mwangi, a senior official of the foreign ministry, who told reporters on "
            'Monday that Nairobi "respects the outcome".'),
            ("KEN", "Peter Mwangi"),
        ),
    ],
)
def test_an_envoy_who_speaks_in_a_relative_clause_is_the_speaker(text, expected):
    rows = extract_text(text)
    assert speakers(rows) == {expected}, rows


def test_a_leader_congratulating_someone_who_answers_keeps_the_row():
    rows = extract_text('Chile congratulated Lucia Campos on Sunday, who said she was "grateful".')
    assert ("CHL", "Chilean government") in speakers(rows), rows


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


def _themes(text: str) -> set[str]:
    rows = extract_text(text)
    assert rows, text
    return set(rows[0].themes)


@pytest.mark.parametrize(
    "text",
    [
        # the body the speaker chairs, named in the writer's clause after her title
        ("Ana Lopez, Peru's ambassador to the UN, who chairs the Alliance of Andean States, said on Monday the ruling "
        'must be "heard in every room".'),
        "Tomas Berg, Sweden's envoy, who chaired the security talks, said on Monday that the ruling was \"a beginning\".",
    ],
)
def test_a_relative_clause_after_the_title_gives_no_theme(text):
    assert _themes(text) == set(), extract_text(text)


@pytest.mark.parametrize(
    "text",
    [
        'Austria\'s chancellor said on Sunday the summit showed that "borders are not for sale".',
        'The Kremlin\'s spokesman Yuri Ivanov said on Monday that the results of the meeting were "meagre".',
        'Norway\'s foreign minister Eva Lund said the outcome of the meeting was "disappointing".',
    ],
)
def test_a_meeting_the_speaker_only_weighs_is_no_summit(text):
    assert "summit" not in _themes(text), extract_text(text)


@pytest.mark.parametrize(
    ("text", "summit"),
    [
        ('Fiji\'s prime minister Sitiveni Rabuka said on Friday the ruling was "why we want COP33 in the Pacific".', True),
        ('Japan\'s foreign minister Taro Kono said on Friday he hoped to meet his counterpart "at the summit".', True),
        ('Britain\'s minister Ann Ford said on Friday the rebels must "join the peace talks without delay".', False),
        ('Britain\'s minister Ann Ford urged the rebels on Friday to take part in talks "without preconditions".', False),
    ],
)
def test_summit_words(text, summit):
    assert ("summit" in _themes(text)) is summit, extract_text(text)


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
