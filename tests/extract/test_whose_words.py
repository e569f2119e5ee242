"""Whose words a sentence gives: a spokesperson's own words about a foreign envoy, a leader relayed by his
spokesman, an observer mission led by a named body, an envoy speaking in a relative clause, a leader
congratulating someone who answers, and no speaker for an indefinite pronoun before an anonymous source."""

import pytest

from tests.extract.conftest import extract_text, speakers


@pytest.mark.parametrize(
    ("spokesperson", "subject", "iso3"),
    [
        ("Russia's Foreign Ministry spokeswoman Maria Zakharova", "Berger", "RUS"),
        ("China's Foreign Ministry spokesman Wang Wenbin", "the envoy", "CHN"),
    ],
)
def test_a_spokespersons_words_about_a_foreign_envoy_stay_hers(
    spokesperson, subject, iso3
):
    text = (
        "The international envoy Hans Berger said on Sunday that the new electoral rules would take effect at once.\n\n"
        f"{spokesperson} said on Monday that {subject} had no mandate and that his decisions were void."
    )
    rows = extract_text(text, published="2022-10-04")
    row = next(
        (r for r in rows if r.country == iso3 and r.speaker != "Hans Berger"), None
    )
    assert row is not None and row.date == "2022-10-03", rows
    assert not any(
        "had no mandate" in r.quote for r in rows if r.speaker == "Hans Berger"
    ), rows


def test_a_spokesman_relaying_his_own_leader_still_makes_the_leader_the_speaker():
    rows = extract_text(
        "Kremlin spokesman Dmitry Peskov said on Monday that Vladimir Putin had congratulated the winner."
    )
    assert [(r.country, r.speaker) for r in rows] == [("RUS", "Vladimir Putin")], rows


@pytest.mark.parametrize(
    ("mission", "org"),
    [
        (
            "The joint observation mission led by the OSCE's Office for Democratic Institutions and Human Rights",
            "OSCE",
        ),
        (
            "The election observer mission deployed by the African Union",
            "African Union",
        ),
    ],
)
def test_an_observer_mission_led_by_a_named_body_is_that_bodys(mission, org):
    text = (
        "The embassy of Norway said on Monday that it welcomed the calm vote.\n\n"
        f"{mission} said in an interim statement on Monday that the count had been orderly."
    )
    rows = extract_text(text, published="2022-10-04")
    assert any(r.organization == org and r.date == "2022-10-03" for r in rows), rows
    assert not any(r.country == "NOR" and "orderly" in r.quote for r in rows), rows


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


@pytest.mark.parametrize("pronoun", ["Nobody", "Everyone", "Someone"])
def test_an_indefinite_pronoun_before_an_anonymous_source_is_no_speaker(pronoun):
    text = f"{pronoun}, an Asian diplomat in Nairobi said privately, expects the new cabinet to change course."
    rows = extract_text(text)
    assert not any(r.speaker == pronoun for r in rows), rows
