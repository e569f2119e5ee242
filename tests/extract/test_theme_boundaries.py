"""Gaps found on a tuning set, each tested on fresh sentences: a lead naming international bodies dates
them, a call to respect the constitutional order, the trip a speaker was on when he spoke."""

import pytest

from tests.extract.conftest import extract_text


@pytest.mark.parametrize(
    ("lead", "org_sentence", "org"),
    [
        (
            (
                "NIAMEY - The regional bloc ECOWAS, the African Union and the United Nations condemned on Wednesday the "
                "seizure of power in Niger, where guards detained the president."
            ),
            "The African Union Commission chairperson Moussa Faki Mahamat urged the guards to free the president.",
            "African Union",
        ),
        (
            (
                "LIBREVILLE - The African Union and the Economic Community of Central African States denounced on "
                "Wednesday the takeover in Gabon."
            ),
            (
                "The Economic Community of Central African States said in a communique that it rejected any seizure "
                "of power by force."
            ),
            "ECCAS",
        ),
    ],
)
def test_a_lead_naming_international_bodies_dates_their_undated_words(
    lead, org_sentence, org
):
    text = f"{lead}\n\n{org_sentence}\n\nSoldiers patrolled the capital on Thursday afternoon."
    rows = extract_text(text, published="2023-08-31")
    row = next(r for r in rows if r.organization == org)
    assert row.date == "2023-08-30", rows


def test_a_body_the_lead_does_not_name_keeps_the_articles_day():
    text = (
        "The African Union condemned on Wednesday the seizure of power in Niger.\n\n"
        "The Economic Community of West African States said in a statement that it rejected the takeover."
    )
    rows = extract_text(text, published="2023-07-27")
    row = next(r for r in rows if r.organization == "ECOWAS")
    assert row.date == "2023-07-27", rows


@pytest.mark.parametrize(
    "words",
    [
        "demanded respect for constitutional order and the release of the president",
        "urged the officers to respect the constitutional order",
    ],
)
def test_a_call_to_respect_the_constitutional_order_is_democracy(words):
    rows = extract_text(
        f"Canada's foreign minister Melanie Joly {words}, her office said on Thursday."
    )
    assert rows and "democracy" in rows[0].themes, rows


@pytest.mark.parametrize(
    ("text", "found"),
    [
        (
            "Chancellor Olaf Scholz said during a visit to Lisbon that the coup in Niger was a setback for the region.",
            False,
        ),
        (
            "Italy's Giorgia Meloni, on a visit to Tunis, said the takeover in Niger threatened the whole Sahel.",
            False,
        ),
        (
            "Chancellor Olaf Scholz said he would visit Niamey once the president was freed.",
            True,
        ),
    ],
)
def test_the_trip_a_speaker_was_on_when_he_spoke_is_no_summit(text, found):
    rows = extract_text(text, published="2023-07-28")
    assert rows, rows
    assert ("summit" in rows[0].themes) is found, rows


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
    ("words", "found"),
    [
        ('called the envoy\'s decisions "colonial" and null', False),
        ("said the two nations must heal the wounds of the colonial era", True),
    ],
)
def test_colonial_is_history_only_for_the_colonial_past(words, found):
    rows = extract_text(
        f"Algeria's foreign minister Ahmed Attaf {words}, his ministry said on Tuesday."
    )
    assert rows and ("history" in rows[0].themes) is found, rows


@pytest.mark.parametrize(
    ("mission", "org"),
    [
        (
            "The observation mission led by the OSCE's Office for Democratic Institutions and Human Rights",
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
        f"{mission} said in its preliminary findings on Monday that the elections were competitive."
    )
    rows = extract_text(text, published="2022-10-04")
    assert any(r.organization == org and r.date == "2022-10-03" for r in rows), rows
    assert not any(r.country == "NOR" and "competitive" in r.quote for r in rows), rows


@pytest.mark.parametrize(
    ("words", "found"),
    [
        ("welcomed the outcome of the summit in Lusaka", False),
        ('described the summit as "a turning point"', False),
        ("hoped the two leaders would hold a summit in Lusaka soon", True),
    ],
)
def test_a_summit_already_held_and_judged_is_no_summit_theme(words, found):
    rows = extract_text(
        f"Zambia's foreign minister Mulambo Haimbe {words}, his ministry said on Friday."
    )
    assert rows and ("summit" in rows[0].themes) is found, rows


@pytest.mark.parametrize(
    ("words", "theme"),
    [
        (
            "promised cooperation in fisheries, health care and renewable energy",
            "economy",
        ),
        (
            "said the subsea cable Japan had financed brought faster internet to Tuvalu",
            "economy",
        ),
        (
            "said he looked forward to working with him when Pacific leaders meet in Honiara",
            "summit",
        ),
        ("said she would see him when the bloc's leaders gather in Apia", "summit"),
    ],
)
def test_projects_and_a_coming_leaders_meeting_give_their_themes(words, theme):
    rows = extract_text(
        f"New Zealand's foreign minister Winston Peters {words}, his office said on Friday."
    )
    assert rows and theme in rows[0].themes, rows


@pytest.mark.parametrize("pronoun", ["Nobody", "Everyone", "Someone"])
def test_an_indefinite_pronoun_before_an_anonymous_source_is_no_speaker(pronoun):
    text = f"{pronoun}, an Asian diplomat in Nairobi said privately, expects the new cabinet to change course."
    rows = extract_text(text)
    assert not any(r.speaker == pronoun for r in rows), rows


@pytest.mark.parametrize("verb", ["published", "posted"])
def test_a_message_made_public_on_a_day_is_dated_by_it(verb):
    text = (
        "COLOMBO - The election commission proclaimed the results on Sunday.\n\n"
        "Chad's President Idriss Deby followed with a message praising the calm. "
        "Indian Prime Minister Narendra Modi's message, "
        f"{verb} by the Indian embassy on Tuesday, said New Delhi was ready to deepen trade with Colombo."
    )
    rows = extract_text(text, published="2024-09-26")
    # the day is the message's own, not one borrowed from the paragraph around it
    assert [(r.date, r.date_basis) for r in rows if r.speaker == "Narendra Modi"] == [
        ("2024-09-24", "statement")
    ], rows


@pytest.mark.parametrize(
    "words",
    [
        "said the new rules would protect the integrity of elections",
        "said it doubted the integrity of the presidential vote",
    ],
)
def test_the_integrity_of_elections_is_democracy(words):
    rows = extract_text(
        f"The Canadian Embassy in Tirana {words}, in a statement on Monday."
    )
    assert rows and "democracy" in rows[0].themes, rows
