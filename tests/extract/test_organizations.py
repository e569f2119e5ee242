"""International organisations and their officials speak with no country and their organisation named."""

import datetime as dt

import pytest

from tests.extract.conftest import extract_text


@pytest.mark.parametrize(
    ("text", "organization", "speaker"),
    [
        ("The Director-General of the WHO, Dr Tedros Adhanom Ghebreyesus, congratulates the new government.",
         "World Health Organization", "Tedros Adhanom Ghebreyesus"),
        ("Moussa Faki Mahamat, chairperson of the African Union Commission, welcomed the peaceful vote.",
         "African Union", "Moussa Faki Mahamat"),
        ("The IMF said it was ready to help. Kristalina Georgieva, the fund's managing director, said the new "
         "authorities had \"a strong mandate\".", "International Monetary Fund", "Kristalina Georgieva"),
        ("The election observation mission of the Organization for Security and Co-operation in Europe told "
         "reporters that the count was \"transparent\".", "OSCE", "OSCE"),
        ("The Organisation of American States' electoral observation mission said in a statement that voting had "
         "been orderly.", "Organization of American States", "Organization of American States"),
        ("The ECOWAS Commission urged all parties to accept the result.", "ECOWAS", "ECOWAS"),
        ("Commonwealth Secretary-General Patricia Scotland said the vote was \"a credit to the people\".",
         "Commonwealth", "Patricia Scotland"),
        ("Pacific Islands Forum Secretary General Henry Puna congratulated the prime minister-elect.",
         "Pacific Islands Forum", "Henry Puna"),
        # a place word inside the organisation's name in an appositive does not place its official
        ("Albert Ramdin, secretary general of the Organization of American States, said the count had to be "
         "respected by all parties.", "Organization of American States", "Albert Ramdin"),
        ("Nestor Mendez, the assistant secretary general of the Organisation of American States, welcomed the "
         "orderly vote.", "Organization of American States", "Nestor Mendez"),
    ],
)
def test_organisation_speakers_have_no_country(text, organization, speaker):
    rows = extract_text(text, host="KEN")
    assert [(r.country, r.organization, r.speaker) for r in rows] == [(None, organization, speaker)], rows


@pytest.mark.parametrize(
    ("text", "iso3", "speaker"),
    [
        ("Trinidad and Tobago Prime Minister Keith Rowley said the result was \"a victory for democracy\".",
         "TTO", "Keith Rowley"),
        ("The Bosnia and Herzegovina presidency said it welcomed the outcome.", "BIH", None),
    ],
)
def test_country_names_with_small_words_name_the_speaker(text, iso3, speaker):
    rows = extract_text(text)
    assert rows and rows[0].country == iso3, rows
    if speaker:
        assert rows[0].speaker == speaker


@pytest.mark.parametrize(
    ("text", "iso3", "organization", "speaker"),
    [
        # the head of a body's mission speaks for the body, not for the country of a former post
        ("The Organization of American States' observation mission, led by former Uruguayan foreign minister "
         "Luis Porto, said on Monday that it had seen no fraud. \"The result must be respected,\" Porto said.",
         None, "Organization of American States", "Luis Porto"),
        ("The African Union observer mission, headed by former Kenyan president Mwai Odhiambo, said the count "
         "was orderly. \"Voters were patient,\" Odhiambo said.", None, "African Union", "Mwai Odhiambo"),
        ("Anna Berg, the Swedish lawmaker who leads the European Union's observation mission, told reporters "
         "the campaign had been uneven.", "EUU", None, "Anna Berg"),
    ],
)
def test_the_head_of_an_observation_mission_speaks_for_its_body(text, iso3, organization, speaker):
    rows = extract_text(text, host="ECU")
    assert [(r.country, r.organization, r.speaker) for r in rows] == [(iso3, organization, speaker)], rows


@pytest.mark.parametrize(
    "text",
    [
        "The ODIHR observation mission said the vote was \"competitive but marred by pressure on voters\".",
        "The Office for Democratic Institutions and Human Rights said on Monday that the count had been "
        "\"orderly and transparent\".",
        "The observation mission of the OSCE's Office for Democratic Institutions and Human Rights urged the "
        "authorities to investigate reports of intimidation.",
    ],
)
def test_odihr_under_its_full_name_is_the_osce(text):
    rows = extract_text(text, host="ARM")
    assert [(r.country, r.organization) for r in rows] == [(None, "OSCE")], rows


@pytest.mark.parametrize(
    "text",
    [
        "Chile's Andean neighbours and its Mercosur partners welcomed the result of the run-off.",
        "Commonwealth countries welcomed the peaceful conduct of the vote.",
        "Several NATO allies said they looked forward to working with the new government.",
    ],
)
def test_a_blocs_members_are_not_the_bloc_speaking(text):
    assert [r.organization for r in extract_text(text, host="CHL") if r.organization] == []


def test_the_bloc_itself_still_speaks():
    rows = extract_text("NATO said it looked forward to working with the new government.", host="CHL")
    assert [(r.country, r.organization) for r in rows] == [(None, "NATO")]


def test_a_body_s_earlier_act_relayed_with_its_own_date_is_that_body_s_row():
    text = (
        "The Security Council met on Tuesday to discuss Gabon. "
        "Ana Ruiz, Under-Secretary-General for Political Affairs, recalled that the Secretary-General had on 30 August "
        "condemned the seizure of power. She also noted that the AU Peace and Security Council had on 31 August "
        "demanded that the soldiers return to their barracks and restore constitutional rule."
    )
    rows = extract_text(text, published="2023-09-05", reference=dt.date(2023, 9, 6), host="GAB")
    got = {(r.speaker, r.organization, r.date) for r in rows}
    assert ("Antonio Guterres", "United Nations", "2023-08-30") in got
    assert ("African Union Peace and Security Council", "African Union Peace and Security Council", "2023-08-31") in got


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The UN Secretary-General condemned the seizure of power in Gabon.", "Antonio Guterres"),
        ("NATO ministers met in Brussels. The Secretary-General said the alliance stood united.", "Mark Rutte"),
    ],
)
def test_an_international_body_s_office_named_without_its_holder_is_the_holder_on_the_date(text, expected):
    rows = extract_text(text, published="2025-02-04", reference=dt.date(2025, 2, 5))
    assert [(r.country, r.speaker) for r in rows] == [(None, expected)]


def test_an_under_secretary_general_met_before_is_not_the_secretary_general():
    text = (
        "Ana Ruiz, Under-Secretary-General for Peace Operations, briefed the Security Council on Tuesday. "
        "The UN Secretary-General condemned the seizure of power in Gabon."
    )
    rows = extract_text(text, published="2023-09-05", reference=dt.date(2023, 9, 6))
    assert ("Antonio Guterres", "United Nations") in {(r.speaker, r.organization) for r in rows}


def test_a_second_body_s_act_relayed_in_the_same_sentence_gives_the_first_none_of_its_themes():
    text = (
        "Ana Ruiz, Under-Secretary-General for Political Affairs, noted that the AU Peace and Security Council had on "
        "31 August demanded that soldiers restore constitutional rule, and that the Southern African Development "
        "Community had announced trade sanctions at its summit in Luanda."
    )
    rows = extract_text(text, published="2023-09-05", reference=dt.date(2023, 9, 6), host="GAB")
    psc = [r for r in rows if r.speaker == "African Union Peace and Security Council"]
    assert psc and list(psc[0].themes) == ["democracy"]


@pytest.mark.parametrize(
    "text",
    [
        "Within an hour of the count the Security Council adopted a resolution that backs the regional mediators.",
        "Late on Tuesday the UN Security Council unanimously passed a resolution that welcomes the peaceful handover.",
        "Shortly after the announcement the United Nations Security Council adopted a statement that urges calm.",
    ],
)
def test_a_council_voting_a_resolution_is_a_row_of_the_council_apart_from_the_secretary_general(text):
    text += " Secretary-General Antonio Guterres, through his spokesman, welcomed the result on Wednesday."
    rows = extract_text(text, host="GHA")
    assert {(r.country, r.speaker, r.organization) for r in rows} == {
        (None, "UN Security Council", "UN Security Council"),
        (None, "Antonio Guterres", "United Nations"),
    }, rows


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # the body's long English name, and its secretary with a Portuguese "do" in her name
        ("The executive secretary of the Community of Portuguese Language Countries, Maria do Ceu Tavares, hailed "
         "the calm vote.", "Maria do Ceu Tavares"),
        ("The Community of Portuguese-Speaking Countries welcomed the result on Monday.", "CPLP"),
    ],
)
def test_the_portuguese_language_community_is_an_organisation_not_a_country(text, speaker):
    rows = extract_text(text, host="STP")
    assert [(r.country, r.organization, r.speaker) for r in rows] == [(None, "CPLP", speaker)], rows


@pytest.mark.parametrize(
    "text",
    [
        "The Security Council met on Monday to hear a briefing on Gabon, days after officers of the republican guard "
        "seized the palace and declared a transitional committee in power.",
        "The Security Council convened this afternoon, hours after mutinous soldiers stormed the radio station and "
        "announced the dissolution of the government.",
    ],
)
def test_a_council_meeting_after_soldiers_declared_something_is_no_reaction(text):
    assert extract_text(text, host="GAB") == []


@pytest.mark.parametrize(
    ("text", "organization"),
    [
        # the writer describes the body before naming it: the body is still the subject, with its own day
        ('The spokesman of the junta said order had returned. The regional bloc ECOWAS said on Monday that it '
         '"rejects any transition imposed by force".', "ECOWAS"),
        ('The Southern African bloc SADC said on Monday it was "deeply concerned" by the arrests.',
         "SADC"),
        ('The ten-member grouping ASEAN said on Monday that it "stands ready to help".', "ASEAN"),
    ],
)
def test_a_body_behind_its_description_is_the_speaker(text, organization):
    rows = extract_text(text, published="2024-03-12", reference=dt.date(2024, 3, 13), host="GAB")
    foreign = [(r.organization, r.date) for r in rows if not r.domestic]
    assert foreign == [(organization, "2024-03-11")], rows
    assert all("rejects" not in r.quote for r in rows if r.domestic), rows
