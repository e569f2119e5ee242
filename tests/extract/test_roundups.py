"""Reaction round-ups and wire idiom: a bullet per country, labels in capitals, translated phrasing."""

import pytest

from tests.extract.conftest import extract_text, speakers


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a two-word label in capitals is a place, not a person taking the verb from the president
        (
            "• COSTA RICA — President Rodrigo Chaves, who hosts a summit in March, phoned Mahama on Friday to congratulate him.",
            {("CRI", "Rodrigo Chaves")},
        ),
        (
            "• SRI LANKA — President Anura Kumara Dissanayake, who visits India in March, phoned Mahama to congratulate him.",
            {("LKA", "Anura Kumara Dissanayake")},
        ),
        (
            "- SIERRA LEONE — President Julius Maada Bio, who chairs ECOWAS, sent his best wishes.",
            {("SLE", "Julius Maada Bio")},
        ),
        # the label places an institution named without its country
        ("• NORWAY — The foreign ministry said it looked forward to close cooperation.", {("NOR", "Norwegian Foreign Ministry")}),
        ("• SAUDI ARABIA — The foreign ministry welcomed the peaceful transfer of power.", {("SAU", "Saudi Foreign Ministry")}),
    ],
)
def test_a_round_up_label_in_capitals_is_the_entry_country(text, expected):
    rows = extract_text(text)
    assert speakers(rows) == expected, [(r.country, r.speaker) for r in rows]


def test_a_label_in_capitals_for_a_country_that_said_nothing_gives_no_row():
    rows = extract_text("• INDIA — New Delhi had not reacted by Tuesday evening.")
    assert rows == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a government reacting through a named official: the official speaks
        (
            "Ankara reacted through the spokesperson of the Turkish Ministry of Foreign Affairs, Oncu Keceli, at Monday's "
            "regular briefing: Turkey «is ready to work with the new authorities».",
            {("TUR", "Oncu Keceli")},
        ),
        (
            "Moscow responded by the voice of Kremlin spokesman Dmitry Peskov: Russia «respects the choice of the voters».",
            {("RUS", "Dmitry Peskov")},
        ),
        # the speaker named after the quotation with a verb other than "said"
        (
            "«We urge the new government to protect freedom of the press», declared the spokesperson Matthew Miller.",
            {("USA", "Matthew Miller")},
        ),
        (
            "«The door to dialogue remains open», insisted the German foreign minister Annalena Baerbock on Monday.",
            {("DEU", "Annalena Baerbock")},
        ),
        # "the French diplomacy": a ministry, in a turn translated from French
        (
            "At the Farnesina, the Italian diplomacy indicated on Tuesday that Italy «will support the reforms».",
            {("ITA", "Italian Foreign Ministry")},
        ),
    ],
)
def test_translated_wire_turns_name_the_speaker(text, expected):
    rows = extract_text(text, published="2024-11-06")
    assert speakers(rows) == expected, [(r.country, r.speaker) for r in rows]


@pytest.mark.parametrize(
    "text",
    [
        "Chinese diplomacy has long favoured quiet talks, analysts said.",
        "Shuttle diplomacy by Qatar continued through the night, the broadcaster said.",
    ],
)
def test_diplomacy_as_a_concept_is_no_speaker(text):
    assert extract_text(text) == []


def test_a_speaking_occasion_named_by_its_weekday_dates_the_words():
    (row,) = extract_text(
        "At last Thursday's briefing, foreign ministry spokeswoman Mao Ning said China respected the choice of the Ghanaian people.",
        published="2024-12-16",
    )
    assert (row.country, row.date) == ("CHN", "2024-12-12")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a form of address opened by "His" is part of the name, so both rulers of the sentence sent cables
        (
            "King Hamad bin Isa Al Khalifa and His Royal Highness Crown Prince Salman bin Hamad sent cables to the new emir.",
            {("BHR", "Hamad bin Isa Al Khalifa"), ("BHR", "Salman bin Hamad Al Khalifa")},
        ),
        # "His Majesty" alone refers back to the king; a telephone call made is an act of its own
        (
            "His Majesty King Abdullah II made a telephone call to the new president on Monday evening. "
            "His Majesty affirmed Jordan's wish to expand the gas pipeline between the two countries.",
            {("JOR", "King Abdullah II")},
        ),
        # ", as did X": X did the same
        (
            "The Emir of Kuwait Sheikh Mishal Al-Ahmad Al-Jaber Al-Sabah sent a cable of congratulation, as did "
            "the King of Bahrain Hamad bin Isa Al Khalifa, who wished the new government success.",
            {("KWT", "Mishal Al-Ahmad Al-Jaber Al-Sabah"), ("BHR", "Hamad bin Isa Al Khalifa")},
        ),
        (
            "Prime Minister Keir Starmer welcomed the result, as did French President Emmanuel Macron and German Chancellor Olaf Scholz.",
            {("GBR", "Keir Starmer"), ("FRA", "Emmanuel Macron"), ("DEU", "Olaf Scholz")},
        ),
    ],
)
def test_gulf_wire_turns_name_every_speaker(text, expected):
    rows = extract_text(text, published="2024-06-04")
    got = {(c, s) for c, s in speakers(rows)}
    assert len(got) == len(expected), got
    for country, name in expected:
        assert any(c == country and set(name.split()) & set(s.split()) - {"bin", "Al", "King"} for c, s in got), (name, got)


def test_his_majesty_continues_the_kings_words_into_his_row():
    (row,) = extract_text(
        "His Majesty King Abdullah II made a telephone call to the new president on Monday evening. "
        "His Majesty affirmed Jordan's wish to expand the gas pipeline between the two countries.",
        published="2024-06-04",
    )
    assert row.date == "2024-06-03"
    assert "economy" in row.themes  # the pipeline, said in the second sentence


@pytest.mark.parametrize(
    "opening",
    ["Before leaving he said", "On arrival he said", "At the airport, he told reporters"],
)
def test_a_pronoun_after_an_opening_phrase_goes_on_from_the_sentence_before(opening):
    (row,) = extract_text(
        f"Qatar's Emir Sheikh Tamim bin Hamad Al Thani flew to Kuwait on Saturday to offer condolences. "
        f"{opening} Qatar would always stand by its neighbour.",
        published="2024-06-04",
    )
    assert row.country == "QAT"
    assert row.date == "2024-06-01"  # the day of the journey told just before


def test_a_translated_list_of_office_holders_gives_each_a_row():
    rows = extract_text(
        "The presidents of Ghana, John Mahama, and of Senegal, Bassirou Diomaye Faye, also sent greetings on Monday morning.",
        published="2025-04-08",
    )
    assert speakers(rows) == {("GHA", "John Mahama"), ("SEN", "Bassirou Diomaye Faye")}
    assert {r.date for r in rows} == {"2025-04-07"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            '"Congratulations to my friend Daniel! Ghana will always be a good neighbour," gushed Togolese President '
            "Faure Gnassingbe, one of the few to send warm words.",
            {("TGO", "Faure Gnassingbé")},
        ),
        (
            'EU chief Ursula von der Leyen waded in on X, reminding Accra that respecting binding agreements is "part of the rule of law".',
            {("EUU", "Ursula von der Leyen")},
        ),
        ('"A farce," scoffed Senator Marco Rubio.', {("USA", "Marco Rubio")}),
    ],
)
def test_tabloid_speech_verbs_attribute_the_words(text, expected):
    assert speakers(extract_text(text, published="2024-12-10")) == expected


def test_a_tabloid_verb_without_a_speaker_gives_no_row():
    assert extract_text("Fighting raged in the north, and the vote reminded many of the 2016 crisis.") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Prime Minister of Côte d'Ivoire, Robert Beugré Mambé, has addressed his congratulations to Mr. Mahama.",
         {("CIV", "Robert Beugre Mambe")}),
        ("The President of Côte d’Ivoire, Alassane Ouattara, has welcomed the vote.", {("CIV", "Alassane Ouattara")}),
        ("The Quai d'Orsay has indicated on Tuesday that France «will accompany the reforms».", {("FRA", "Quai d'Orsay")}),
    ],
)
def test_a_place_written_with_d_apostrophe_closes_a_title(text, expected):
    assert speakers(extract_text(text, published="2024-12-10", host="GHA")) == expected


def test_a_newsletters_other_stories_give_no_rows():
    text = (
        "WHAT LEADERS SAID\n\nKazakh President Kassym-Jomart Tokayev congratulated Japarov on Monday.\n\n"
        "ELSEWHERE IN THE REGION\n\nUzbekistan and Tajikistan held border talks in Khujand on Monday. "
        '"Progress has been made on the delimitation," the Uzbek foreign ministry said.\n\n'
        "IN OTHER NEWS\n\nTurkmenistan's foreign minister Rashid Meredov said on Tuesday that gas exports to China would rise."
    )
    assert speakers(extract_text(text, published="2024-03-12")) == {("KAZ", "Kassym-Jomart Tokayev")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "Congo" alone places nobody (two countries share it): the known leader after it still speaks
        ("Congo's Denis Sassou Nguesso congratulated her on Friday.", {("COG", "Denis Sassou Nguesso")}),
        ("The vote was praised, and Congo's Felix Tshisekedi said it was fair.", {("COD", "Felix Tshisekedi")}),
        # in a list of givers, an aside about a chair role after the second name
        (
            "Chile's Gabriel Boric and Congo's Denis Sassou Nguesso, who also chairs the regional bloc this year, welcomed the result.",
            {("CHL", "Gabriel Boric"), ("COG", "Denis Sassou Nguesso")},
        ),
        ("Congo's Felix Tshisekedi and Ghana's Nana Akufo-Addo sent messages on Friday.", {("COD", "Felix Tshisekedi"), ("GHA", "Nana Akufo-Addo")}),
    ],
)
def test_a_leader_after_an_owner_no_table_places_still_speaks(text, expected):
    assert speakers(extract_text(text)) == expected
