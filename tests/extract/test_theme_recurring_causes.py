"""Theme causes that recur across the evaluation sets (session 17): words in another sense, lexicon gaps, the
boundaries settled in data/README.md ("Theme conventions"), each with near misses that must keep their old reading.

Every sentence is written for this file."""

import pytest

from tests.extract.conftest import extract_text
from tracker.extract.clauses import without_narrative
from tracker.extract.themes import match_themes


@pytest.mark.parametrize(
    ("text", "theme", "carried"),
    [
        # coercion named alone is no security: a named country's pressure is that country's theme
        ("Oslo condemned what it called Beijing's attempt at coercion of a small island state", "security", False),
        ("the minister accused Beijing of economic coercion against our salmon farmers", "security", False),
        ("the minister accused Beijing of economic coercion against our salmon farmers", "economy", False),
        ("the minister accused Beijing of economic coercion against our salmon farmers", "china", True),
        ("differences must be settled without the threat or use of force", "security", True),
        # a missile as the object of an incident is no security; missile programmes, tests and kinds are
        ("we are certain the missile was not one of ours", "security", False),
        ("reports that a stray missile had landed on a farm were a provocation", "security", False),
        ("the missile test over the strait was reckless", "security", True),
        ("Tehran must halt its ballistic missile work", "security", True),
        ("a missile-defence battery near the coast", "security", True),
        # terrorism fought, said in other words, and a phrase the writer quotes in part
        ('the kingdom stood "shoulder to shoulder" with Peru against terrorism', "security", True),
        ("Rome stands with its Maltese friends against terror", "security", True),
        ("Lima must take decisive action against all terrorist groups on its soil", "security", True),
        ("terrorists will never break the unity of the Andean nations", "security", True),
        ("we condemn this cowardly attack and send our condolences", "security", False),
        # the Cold War is a past era, not a war
        ("I came to close the last chapter of the Cold War in the Caribbean", "security", False),
        ("the war in the Sahel has displaced millions", "security", True),
        # military ties reviewed or suspended after a coup are a sanction
        ("Canberra was reviewing all defence training with the junta", "security", False),
        ("Washington is reviewing military and other assistance to the country", "security", False),
        ("the bloc has suspended budget support and security cooperation", "security", False),
        ("our defence cooperation with Lisbon will grow", "security", True),
        # a team sent from the armed forces after a storm is relief
        ("Bridgetown would dispatch a team from the Barbados Defence Force to the island", "security", False),
        ("Canberra will send a team of police trainers to the capital", "security", True),
        # the armed forces told what to do after a coup are the coup's story
        ("the military must accept the constitution as the basis of government", "security", False),
        ("our military will guard the northern border", "security", True),
        # threats to a democratic future are the democracy theme's; a free and secure internet is no security
        ('the bill threatened "the democratic future of Moldova"', "security", False),
        ("the bill threatened Moldova's democratic path", "security", False),
        ("the build-up threatened the whole region", "security", True),
        ("the EU stood by a free, interoperable and secure internet", "security", False),
        ("we will keep our borders secure", "security", True),
        # nuclear of a legacy, waste or water is no nuclear arms
        ("the islands should not bear the nuclear legacy of others", "security", False),
        ("the release of treated nuclear wastewater into the ocean", "security", False),
        ("a world without nuclear weapons", "security", True),
        # a dispute to be settled peacefully is security; a peaceful vote or an unnamed resolution is not
        ("Washington supports a peaceful resolution of the border dispute", "security", True),
        ("both sides agreed to settle their differences by peaceful means", "security", True),
        ("the quarrel over the river must be resolved peacefully", "security", True),
        ("she called for a peaceful resolution.", "security", False),
        ("we praise the peaceful conduct of the vote", "security", False),
        ("parties should pursue their grievances peacefully in the courts", "security", False),
        # a security mission by its kind, even in a name; not peacekeepers named among the hurt
        ("we will keep funding the Multinational Security Support mission", "security", True),
        ("the UN was treating the injured, among them several peacekeepers", "security", False),
        ("the Security Council will meet on Friday", "security", False),
        # the meeting the speaker had just held, and meeting a target
        ("Speaking after the meeting, the envoy said the partners were united", "summit", False),
        ("said after a bilateral meeting on Monday that the two shared a view on migration", "summit", False),
        ("thanked the Danes for meeting the defence spending target", "summit", False),
        ("we look forward to meeting the new president in Lima", "summit", True),
        ("a meeting of the two leaders will take place in May", "summit", True),
        # democracy: the will of the voters, and a way opened to elections
        ("the observers found a process that respected the will of Chilean voters", "democracy", True),
        ("Ottawa will help clear the path to early elections", "democracy", True),
        ("the new road will pave the way for more trade", "democracy", False),
        # another state's constitution as the legal frame of its own measure
        ("the change was an internal matter as laid down by the Ruritanian constitution", "democracy", False),
        ("the reform was carried out within the framework of the Constitution of Ruritania", "democracy", False),
        ("the soldiers must respect the constitution", "democracy", True),
        # economy: a named economic partnership agreement, a farm commodity traded between states
        ("we hope to bring the Comprehensive Economic Partnership Agreement into force soon", "economy", True),
        ("leaders met at the Asia-Pacific Economic Cooperation forum", "economy", False),
        ("the two governments will push back against a ban on palm oil imports", "economy", True),
        ("coffee exports to the Gulf doubled last year", "economy", True),
    ],
)
def test_recurring_theme_causes(text: str, theme: str, carried: bool) -> None:
    assert (theme in match_themes(text)) is carried, match_themes(text)


@pytest.mark.parametrize(
    ("sentence", "kept"),
    [
        # the writer's background after the colon: no quotation, no speech or reaction verb
        ("Norway has weighed in: the atoll is one of the few places that still fly its flag beside Beijing's.", False),
        # the speaker's own words after the colon stay
        ('Norway has weighed in: "We stand by Beijing\'s neighbours."', True),
        ("Norway has weighed in: its envoy said Beijing must show restraint.", True),
    ],
)
def test_a_background_after_weighed_in_is_the_writer_s(sentence, kept):
    assert ("Beijing" in without_narrative(sentence, sentence)) is kept


def test_a_background_after_weighed_in_gives_the_speaker_no_theme():
    rows = extract_text(
        "Reactions to the killing of the island's governor\n\n"
        "Norway's Foreign Ministry has weighed in: the atoll is one of the few places that still recognise Oslo rather "
        "than Beijing. The Norwegian Foreign Ministry said on Monday it condemned the killing.\n",
        host="NZL",
    )
    row = next(r for r in rows if r.country == "NOR")
    assert "china" not in row.themes


@pytest.mark.parametrize(
    ("text", "speaker_country", "carried"),
    [
        # a meeting of a body and another country, neither the speaker's: theirs, not his summit
        ("Vienna would lift its veto on high-level meetings between NATO and Georgia", "AUT", False),
        ("we want regular meetings between NATO and Austria", "AUT", True),
        ("Tbilisi welcomes the meeting between the European Union and Georgia next week", "GEO", True),
    ],
)
def test_a_meeting_of_a_body_and_another_country_is_not_the_speaker_s(text, speaker_country, carried):
    assert ("summit" in match_themes(text, speaker_country=speaker_country)) is carried


@pytest.mark.parametrize(
    ("text", "carried"),
    [
        # three countries as one actor of what the speaker wants done
        ("Chile, Peru and Bolivia should turn the altiplano into a zone of trade", True),
        ("Norway, Iceland and Denmark, the minister said, must act as one in the Arctic", True),
        # three countries that something is given to, or the stops of a trip
        ("aid to Malawi, Mozambique and Zimbabwe will arrive on Monday", False),
        ("he will travel to Malaysia, Japan and South Korea from Sunday", False),
        ("we mourn with Cuba, Haiti and Jamaica", False),
    ],
)
def test_three_countries_as_one_actor_are_trilateral(text, carried):
    assert ("trilateral" in match_themes(text)) is carried


def test_the_writer_s_gloss_on_what_a_quotation_names_is_not_the_speaker_s():
    rows = extract_text(
        "Chile's new president sworn in\n\n"
        'Indian Prime Minister Narendra Modi wrote on Monday that he looked forward to "implementing our Vision 2035", '
        "a plan that includes a trade pact still being negotiated.\n",
        host="CHL",
    )
    row = next(r for r in rows if r.country == "IND")
    assert "economy" not in row.themes


def test_a_gloss_inside_the_speaker_s_own_words_still_counts():
    rows = extract_text(
        "Chile's new president sworn in\n\n"
        'Indian Prime Minister Narendra Modi said on Monday that "Vision 2035, a plan that includes a trade pact, '
        'will guide our ties".\n',
        host="CHL",
    )
    row = next(r for r in rows if r.country == "IND")
    assert "economy" in row.themes
