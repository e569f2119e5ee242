"""Theme words found missing or read in another sense across several evaluation sets (session 16).

Each row is a sentence written for this file: the theme and whether the speaker's words carry it. Near misses
(the same word in another sense) sit beside each rule.
"""

import pytest

from tests.extract.conftest import extract_text
from tracker.extract.themes import match_themes


@pytest.mark.parametrize(
    ("text", "theme", "carried"),
    [
        # economy: the commerce of two states and minerals as wealth
        ("Ottawa wants to renew its commercial ties with Quito", "economy", True),
        ("a stake in the highlands' mineral rights", "economy", True),
        ("links from energy to fisheries", "economy", True),
        ("a commercial flight was diverted to Vilnius", "economy", False),
        # ... not trade in goods that are crimes, nor "business" meaning a concern, nor the forum where he spoke
        ("the navy will stop the illicit trade in fuel through the strait", "economy", False),
        ("the arms trade into the region must end", "economy", False),
        ("the reef's safety is the business of every island", "economy", False),
        ("the minister spoke at the margins of an investment fair in Lagos", "economy", False),
        ("trade across the border has doubled", "economy", True),
        ("both sides will sign a free-trade agreement", "economy", True),
        # security: missile shields and terrorism fought, said with a verb
        ("Lima will not accept a new anti-missile battery on its coast", "security", True),
        ("the planned missile-defence system worries us", "security", True),
        ("terrorism has to be defeated by all nations jointly", "security", True),
        ("our two states will keep countering terrorism in the desert", "security", True),
        ("Oslo stands firmly with Kenya against terrorism", "security", True),
        ("Riga wants to keep its skies secure", "security", True),
        ("we mourn those killed in the bombing at the station", "security", False),
        ("a relief for the eastern flank of the bloc", "security", False),
        # ... not a police force that raided an embassy or is thanked for its work on a crime
        ("Quito protested the raid by the Ruritanian police on its consulate", "security", False),
        ("the envoy lauded the work of the port police in the hostage case", "security", False),
        ("both sides agreed on joint police patrols along the river", "security", True),
        # democracy: a free vote, the constitutional order preserved; not a body's name
        ("Malawians voted freely and in great numbers", "democracy", True),
        ("Rome stresses the preservation of constitutional order in the islands", "democracy", True),
        ("Lima will appeal to the Human Rights Council in Geneva", "democracy", False),
        ("Lima will defend human rights at every forum", "democracy", True),
        # history: the comfort women dispute, reconciliation between two peoples
        ("both sides should settle the comfort women issue", "history", True),
        ("our reconciliation with Chile took decades of patient work", "history", True),
        ("reconciliation in the valley needs patience", "history", False),
        ("the treaty will serve the reconciliation of our two peoples", "history", True),
        # summit: a trip to a city of several words for a ceremony, a ministerial mission sent
        ("he would travel to Port Louis for the inauguration", "summit", True),
        ("the bloc will dispatch a presidential mission to Apia", "summit", True),
        ("he will travel to the coast to inspect the damage", "summit", False),
        # ... not a team of rescuers, a trip cut short, a body whose members met where they decided
        ("Oslo will send a delegation of flood experts to the valley", "summit", False),
        ("the president curtailed his trip to Norway on Sunday", "summit", False),
        ("the bloc's leaders meeting in Rome on Monday called for new sanctions", "summit", False),
        # china: China joined to a partner by a dash; not the sea named as a place
        ("warmer Laos-China ties suit us", "china", True),
        ("the China-Peru trade deal will be signed next year", "china", True),
        ("fishing rights in the South China Sea matter to us", "china", False),
    ],
)
def test_theme_senses_and_gaps(text: str, theme: str, carried: bool) -> None:
    found = match_themes(text)
    assert (theme in found) is carried, found


def _row(rows, speaker):
    found = [r for r in rows if r.speaker == speaker]
    assert found, [r.speaker for r in rows]
    return found[0]


@pytest.mark.parametrize(
    ("asked", "theme"),
    [
        ("Asked about the planned missile-defence battery in the south, the spokesman Tomas Lind said", "security"),
        ("Asked whether trade with Lima would suffer, the spokesman Tomas Lind said", "economy"),
        ("In response to a question about the trade deal, the spokesman Tomas Lind said", "economy"),
        ("Responding to questions on the naval drills, the spokesman Tomas Lind said", "security"),
        ("When asked about the port investment, the spokesman Tomas Lind said", "economy"),
        ("Pressed on whether the allies would send troops, the spokesman Tomas Lind said", "alliance"),
    ],
)
def test_the_question_the_speaker_was_asked_is_no_theme(asked, theme):
    rows = extract_text(
        "OSLO - Norway's foreign ministry reacted on Tuesday to the vote in Peru.\n\n"
        f'{asked} Oslo "hopes for warm ties with the incoming cabinet".\n',
        host="PER",
    )
    assert theme not in _row(rows, "Tomas Lind").themes


def test_the_speaker_s_own_question_still_counts():
    rows = extract_text(
        "LIMA - Peru's congress met on Tuesday.\n\n"
        "Norwegian Foreign Minister Tomas Lind asked whether the new missile-defence battery would be moved north.\n",
        host="PER",
    )
    assert "security" in _row(rows, "Tomas Lind").themes


def test_another_country_s_act_told_beside_the_speaker_s_is_not_his_words():
    rows = extract_text(
        "OSLO - The two Koreas signed a declaration on Friday.\n\n"
        "The Kremlin on Tuesday hailed the accord, while Chile and Peru pledged on Wednesday to widen trade "
        "with Pyongyang. Kremlin spokesman Ivan Petrov called it a hopeful step.\n",
        host="KOR",
    )
    row = _row(rows, "Ivan Petrov")
    assert "north_korea" not in row.themes and "economy" not in row.themes, row.themes


@pytest.mark.parametrize(
    "clause",
    [
        "while Russia also sent a trade mission to Pyongyang",  # the speaker's own country
        'while "Chile and Peru agreed to widen trade with Pyongyang"',  # his own quoted words
    ],
)
def test_the_speaker_s_own_while_clause_still_counts(clause):
    rows = extract_text(
        "OSLO - The two Koreas signed a declaration on Friday.\n\n"
        f"Kremlin spokesman Ivan Petrov on Tuesday hailed the accord, {clause}.\n",
        host="KOR",
    )
    assert "north_korea" in _row(rows, "Ivan Petrov").themes


def test_each_of_two_speakers_keeps_only_the_clause_his_country_opens():
    rows = extract_text(
        "QUITO - Ecuador's new leader took the oath on Saturday.\n\n"
        "Peruvian President Ana Ruiz and Chilean President Tomas Lind congratulated the winner on Tuesday, the "
        "Peruvian leader stressing commerce along the frontier and the Chilean one inviting the winner to Santiago.\n",
        host="ECU",
    )
    peru, chile = _row(rows, "Ana Ruiz"), _row(rows, "Tomas Lind")
    assert "economy" in peru.themes and "summit" not in peru.themes, peru.themes
    assert "summit" in chile.themes and "economy" not in chile.themes, chile.themes


@pytest.mark.parametrize(
    ("named", "theme"),
    [
        ("NATO Secretary General Tomas Lind", "alliance"),
        ("Estonian Defence Minister Tomas Lind", "security"),
    ],
)
def test_the_speaker_s_own_title_relayed_by_a_spokesperson_is_no_theme(named, theme):
    rows = extract_text(
        "RIGA - The new Latvian cabinet was confirmed on Thursday.\n\n"
        f"{named} phoned Prime Minister Ruiz on Sunday to wish her well, a spokesperson said.\n",
        host="LVA",
    )
    assert theme not in _row(rows, "Tomas Lind").themes


def test_the_speaker_s_own_words_about_his_alliance_still_count():
    rows = extract_text(
        "RIGA - The new Latvian cabinet was confirmed on Thursday.\n\n"
        "NATO Secretary General Tomas Lind phoned Prime Minister Ruiz on Sunday and said the allies would "
        "stand by Riga, a spokesperson said.\n",
        host="LVA",
    )
    assert "alliance" in _row(rows, "Tomas Lind").themes


@pytest.mark.parametrize(
    ("event", "carried"),
    [
        ("hours after the premier resigned over the fishing-quota trade dispute", False),
        ("days after the founder of the trade bloc died in a clinic abroad", False),
        ("after the trade talks in the spring", True),  # no fall or death told: the speaker's own words
    ],
)
def test_a_fall_or_death_told_as_the_event_is_not_the_speaker_s_words(event, carried):
    rows = extract_text(
        "OSLO - Ruritania has a new government.\n\n"
        f"Norwegian Foreign Minister Tomas Lind sent his good wishes on Monday, {event}.\n",
        host="RUR",
    )
    assert ("economy" in _row(rows, "Tomas Lind").themes) is carried
