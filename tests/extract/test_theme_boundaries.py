"""Themes that hang on what a phrase means: a call for constitutional order or for the integrity of elections
is democracy, "colonial" is history only for the colonial past, a trip, a summit already judged or a meeting the
speaker only weighs is no summit, projects and a coming leaders' meeting give their themes, and the writer's
clause after a title gives none."""

import pytest

from tests.extract.conftest import extract_text


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
