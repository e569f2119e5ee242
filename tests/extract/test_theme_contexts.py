"""Phrases inside which a theme's term does not carry the theme (`not_in` in data/themes.toml): the soldiers of a coup
are its news, not a security agenda; the gathering where a leader spoke is no meeting he seeks; history that "will
judge" is no shared past. The same words in the speaker's own agenda still count."""

import re

import pytest

from tracker.extract.lexicon import THEME_LEXICON
from tracker.extract.themes import match_themes


def test_every_not_in_phrase_is_a_valid_regular_expression():
    for key, spec in THEME_LEXICON.items():
        for phrase in spec.get("not_in", ()):
            re.compile(phrase.replace("{country}", "x")), (key, phrase)


@pytest.mark.parametrize(
    "text",
    [
        "the envoy said the military takeover in Ruritania was no answer to the crisis",
        "a military council holding power for three years is not acceptable",
        "urged the soldiers and the army to return to their barracks at once",
        "the Lagosian army should not have forced the president to resign",
        "called for talks between civilians and the military and for respect of rights",
        "the Ostrian military had kept out of politics and respected its oath",
        "any seizure of power by the army will be rejected",
        "concerned by the excessive use of force against protesters in the capital",
        "the minister deplored the use of force against peaceful demonstrators",
        "Vienna offered help through defence and diplomatic intermediaries",
        "a civil security team with sniffer dogs left for the port",
        "Brussels would drop the movement from its list of terrorist organisations",
        "Washington would review the group's designation as a foreign terrorist organization",
        "Tallinn would never bow to Moscow's coercion",
        "the islands would stand firm against coercion from Beijing",
        "May he rest in peace.",
        "condemned the police brutality against students in the capital",
        "said troops opened fire on marchers outside parliament",
        "hoped his party would secure a majority in the senate",
        "we pray that her soul rests in eternal peace",
    ],
)
def test_coups_crackdowns_channels_and_terror_lists_are_no_security(text):
    assert "security" not in match_themes(text), match_themes(text)


@pytest.mark.parametrize(
    "text",
    [
        "the army would help clear the rubble",
        "our army will remain ready to defend the border",
        "the army withdrew from the frontier villages",
        "the armed forces will take part in joint exercises",
        "she thanked Norway for its military support",
        "we will deepen our military and economic ties",
        "warned against any foreign military intervention in the region",
        "to resolve disputes without the threat or use of force or coercion",
        "the two navies held military exercises off the coast",
        "the security forces of both countries will train together",
    ],
)
def test_the_armed_forces_in_the_speaker_s_own_agenda_still_count_as_security(text):
    assert "security" in match_themes(text), match_themes(text)


@pytest.mark.parametrize(
    "text",
    [
        "In his opening address to the regional summit, the emir called for unity",
        "the premier, who is attending the Commonwealth summit in Apia, praised her",
        "the chancellor told a meeting of party delegates that the result was clear",
        "the minister said on Tuesday at a cabinet meeting that ties were strong",
        "he spoke on the sidelines of the Pacific Islands Forum summit in Suva",
        "the two ministers said in a joint text after meeting in Amman on Monday",
        "Meeting in Accra on Saturday, the bloc's leaders demanded his release",
        "Lome said after an emergency closed-door meeting that the vote must be respected",
        "the chancellor recalled her meetings with the late king in Oslo",
        "the prime minister fondly recalled his state visit to Amman",
        "the president recalled the late queen's historic state visit to Dublin",
        "the minister spoke during her 2019 working visit to Hanoi",
        "Skopje hoped to open its EU accession talks this year",
        "the former leader arrived in Malta on a private visit",
        "he tweeted his thanks weeks after his visit to Dakar",
        "he knows how to speak to Ottawa",
        "tourist visits to the island doubled last year",
        "the budget is still under discussion in parliament",
    ],
)
def test_where_the_speaker_spoke_and_meetings_past_are_no_summit(text):
    assert "summit" not in match_themes(text), match_themes(text)


@pytest.mark.parametrize(
    "text",
    [
        "looked forward to meeting the new president soon",
        "the two leaders agreed to meet at the summit in Lima next month",
        "he invited her to pay a visit to Canberra",
        "she will attend the inauguration in Quito",
        "hoped to hold talks with the president-elect before May",
        "proposed that the two meet on the sidelines of next month's summit",
    ],
)
def test_meetings_the_speaker_seeks_still_count_as_summit(text):
    assert "summit" in match_themes(text), match_themes(text)


@pytest.mark.parametrize(
    "text",
    [
        "history will judge the legacy of this singular man",
        "congratulations on your historical victory",
        "this historical day for the nation",
        "spoke of a new chapter of peace and reconciliation for the country",
        "called for national reconciliation after the civil war",
        "China welcomed the reconciliation between the Gulf monarchies",
        "would keep supporting Pristina's path to the EU and the normalisation of relations with Belgrade",
    ],
)
def test_the_record_sense_and_reconciliation_as_the_news_are_no_history(text):
    assert "history" not in match_themes(text), match_themes(text)


@pytest.mark.parametrize(
    "text",
    [
        "our two nations share a long history",
        "to strengthen the close and historical ties between our peoples",
        "she praised decades of reconciliation between Germany and Poland",
        "it is in our interest to work on historical reconciliation",
        "on the 40th anniversary of the normalisation of relations",
    ],
)
def test_a_shared_past_still_counts_as_history(text):
    assert "history" in match_themes(text), match_themes(text)


@pytest.mark.parametrize(
    "text",
    [
        "called for a \"credible and inclusive political process\" that meets the people's hopes",
        "urged restraint and a peaceful, credible transition through new elections",
    ],
)
def test_a_way_back_to_an_elected_government_is_democracy(text):
    assert "democracy" in match_themes(text), match_themes(text)


@pytest.mark.parametrize(
    ("text", "theme"),
    [
        ("Oslo will keep supporting Ukraine's armed forces.", "security"),
        ("we salute the courage of the Ukrainian army, and stand by it", "security"),
        ("she condemned the shelling of the port by the invading army", "security"),
        ("the two sides will hold talks after the summit meeting in Lima next month", "summit"),
    ],
)
def test_armed_forces_supported_and_meetings_to_come_keep_their_theme(text, theme):
    assert theme in match_themes(text), match_themes(text)


@pytest.mark.parametrize(
    ("text", "theme", "other"),
    [
        ("Tokyo asked for close coordination on the threat from Pyongyang", "north_korea", "security"),
        ("our friendship rests on the shared heritage of the Tamil diaspora", "history", None),
    ],
)
def test_a_country_s_own_theme_and_a_shared_heritage(text, theme, other):
    themes = match_themes(text)
    assert theme in themes, themes
    assert other is None or other not in themes, themes


def test_the_threat_of_a_country_without_a_theme_of_its_own_is_security():
    assert "security" in match_themes("the Baltic states face a growing threat from Russia")
