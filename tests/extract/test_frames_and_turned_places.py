"""An opening "according to" frame names the source of an act, not its actor; "The Hague" is the Netherlands'
capital with its article; a ministry spokesman right after a sentence standing on another country speaks for
that country's ministry; a pledge told with "assured" is an act."""

import pytest

from tests.extract.conftest import extract_text, speakers


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("According to the Kremlin's website, President Vladimir Putin sent a telegram to the president-elect.",
         {("RUS", "Vladimir Putin")}),
        ("According to the Vietnamese foreign ministry's website, Minister Bui Thanh Son sent a message of "
         "congratulations to his new counterpart.", {("VNM", "Bui Thanh Son")}),
        ("According to Japan's foreign ministry, Prime Minister Fumio Kishida and the president-elect spoke by phone.",
         {("JPN", "Fumio Kishida")}),
        # near misses: what the leader did not do, and a country's plan, stay as they were
        ("According to the Kremlin, President Vladimir Putin has no plans to call the president-elect.", set()),
        ("According to the Kremlin, Russia will send a delegation to the inauguration.", set()),
    ],
)
def test_an_opening_according_frame_gives_the_act_to_the_person_after_it(text, expected):
    assert speakers(extract_text(text, host="IDN")) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Hague struck a warier tone, saying it would judge the new government by its actions.", {("NLD", "Dutch government")}),
        ("The Hague welcomed the vote.", {("NLD", "Dutch government")}),
        ("In The Hague, Prime Minister Dick Schoof said the Netherlands welcomed the vote.", {("NLD", "Dick Schoof")}),
        # near misses: the surname, a court there, a body based there
        ("Former British foreign secretary William Hague said the vote was a turning point.", {("GBR", "William Hague")}),
        ("The Hague-based court said it would study the result.", set()),
    ],
)
def test_the_hague_names_the_netherlands(text, expected):
    assert speakers(extract_text(text, host="LKA")) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("France's foreign ministry welcomed the result. Stockholm was more guarded. \"We will follow developments "
         "closely,\" a foreign ministry spokesman said.", {("FRA", "French Foreign Ministry"), ("SWE", "Swedish Foreign Ministry")}),
        ("The German foreign ministry said it hoped for swift reforms.\n\nOslo was cooler. \"We take note of the "
         "result,\" the foreign ministry said.", {("DEU", "German Foreign Ministry"), ("NOR", "Norwegian Foreign Ministry")}),
        # near misses: a country only named inside the ministry's words, and the host standing as the subject
        ("Chile's foreign ministry said ties with Bolivia would improve. A ministry spokeswoman added that trade would grow.",
         {("CHL", "Chilean Foreign Ministry")}),
        ("France's foreign ministry welcomed the result. Sri Lanka was calm. \"We will follow developments closely,\" a "
         "foreign ministry spokesman said.", {("FRA", "French Foreign Ministry")}),
    ],
)
def test_a_ministry_spokesman_after_a_turn_to_another_capital_is_its_ministry(text, expected):
    assert speakers(extract_text(text, host="LKA")) == expected


def test_an_assurance_is_an_act():
    rows = extract_text("Pope Francis assured the Sri Lankan people of his prayers, the Vatican said.", host="LKA")
    assert speakers(rows) == {("VAT", "Pope Francis")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('For Norway\'s prime minister, Jonas Gahr Store, the vote was "a milestone for democracy in the region".',
         {("NOR", "Jonas Gahr Store")}),
        ('In Store\'s words, the vote was "a milestone for democracy in the region".', {("NOR", "Jonas Gahr Store")}),
        ('The vote was "a milestone for democracy", in the words of Norwegian Prime Minister Jonas Gahr Store.',
         {("NOR", "Jonas Gahr Store")}),
        # near misses: another's verb, no quoted words, a country's stakes
        ('For the European Union, the vote was a "turning point", analysts said.', set()),
        ("For Norway's prime minister, Jonas Gahr Store, the vote came at a busy time.", set()),
        ('For Norway, the vote was "a milestone for democracy".', set()),
    ],
)
def test_words_told_without_a_verb_after_an_opening_naming_their_speaker(text, expected):
    assert speakers(extract_text(text, host="LKA", published="2024-09-24")) == expected


def test_a_two_word_countrys_ministry_is_named_once():
    rows = extract_text("South Korea's foreign ministry said the vote was a milestone.", host="LKA", published="2024-09-24")
    assert speakers(rows) == {("KOR", "South Korean Foreign Ministry")}
