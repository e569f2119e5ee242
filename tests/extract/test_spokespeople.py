"""Spokespeople: whose words a spokesperson gives, and when they are the spokesperson's own."""

import pytest

from tests.extract.conftest import extract_text, speakers


@pytest.mark.parametrize(
    ("text", "expected", "via"),
    [
        # a leader's press secretary or spokesman, named with the leader's possessive, reports the leader's act
        (
            "Tokayev's press secretary Ruslan Zheldibay said he had sent a telegram of congratulations to the new president.",
            ("KAZ", "Kassym-Jomart Tokayev"), "Ruslan Zheldibay",
        ),
        (
            "Erdogan's spokesman Ibrahim Kalin said he had called the new president on Sunday.",
            ("TUR", "Recep Tayyip Erdogan"), "Ibrahim Kalin",
        ),
        (
            "Kazakh President Kassym-Jomart Tokayev's spokesman Ruslan Zheldibay said he had sent a message.",
            ("KAZ", "Kassym-Jomart Tokayev"), "Ruslan Zheldibay",
        ),
    ],
)
def test_a_leaders_own_spokesperson_gives_the_leaders_act(text, expected, via):
    (row,) = extract_text(text, published="2024-03-12")
    assert (row.country, row.speaker) == expected
    assert row.via == via


@pytest.mark.parametrize(
    "text",
    [
        # what the leader may do later is the spokesman's own word, not an act of the leader
        '"It is too early to talk about cooperation," Dmitry Peskov, the Kremlin spokesman, told reporters on Monday. '
        "Vladimir Putin would judge the new leader by his deeds, he said.",
        "Kremlin spokesman Dmitry Peskov said Putin would decide later whether to congratulate him.",
        # the institution and its spokesman in one article are one speaker
        "Brussels cheered the result, while the Kremlin said the vote could not be called fair.\n\n"
        "Turnout was 54 per cent.\n\nQueues formed at polling stations abroad.\n\nThe count took two days.\n\n"
        'Kremlin spokesman Dmitry Peskov told reporters on Monday that the election "cannot be called free".',
    ],
)
def test_a_kremlin_spokesman_speaking_for_himself_is_his_own_row(text):
    rows = extract_text(text, published="2024-03-12")
    assert speakers(rows) == {("RUS", "Dmitry Peskov")}


def test_a_press_secretary_after_an_office_is_still_the_speaker():
    (row,) = extract_text("White House press secretary Karoline Leavitt said on Tuesday that the talks went well.", published="2025-03-12")
    assert (row.country, row.speaker, row.role) == ("USA", "Karoline Leavitt", "press secretary")


@pytest.mark.parametrize(
    "text",
    [
        'Manele spoke at a meeting of the Pacific Islands Forum in Suva last month.\n\n"The Forum family congratulates Prime Minister '
        'Manele on a peaceful transition," Baron Waqa, the Forum\'s Secretary General, said.',
        "Manele spoke at a meeting of the Pacific Islands Forum in Suva last month.\n\nThe Forum's Secretary General Baron Waqa "
        "congratulated Manele on a peaceful transition.",
    ],
)
def test_the_head_of_a_body_called_by_its_last_word_speaks_for_the_body(text):
    (row,) = [r for r in extract_text(text, published="2024-05-03", host="SLB") if not r.domestic]
    assert (row.country, row.organization, row.speaker) == (None, "Pacific Islands Forum", "Baron Waqa")


@pytest.mark.parametrize(
    "text",
    [
        # the writer's flashback to words said before the event
        'Last week, before Chun stepped down, UN human rights chief Volker Turk had called for a "prompt and transparent" inquiry.',
        'Vice President Kamala Harris had told the Summit of the Americas in Lima last Saturday that Washington would not "stand idly by".',
    ],
)
def test_words_recalled_from_before_the_event_give_no_row(text):
    assert extract_text(text, published="2024-03-12") == []


@pytest.mark.parametrize(
    "text",
    [
        "The Kremlin said on Monday that President Vladimir Putin had sent a telegram of congratulations.",
        "Bulgarian President Rumen Radev had sent his congratulations as early as Wednesday night.",
    ],
)
def test_a_reaction_told_in_the_past_perfect_still_counts(text):
    assert len(extract_text(text, published="2024-03-12")) == 1


def test_a_press_secretarys_words_about_the_president_join_the_presidents_row():
    text = (
        "White House press secretary Karoline Leavitt said on Tuesday that the president had not yet spoken to Carney "
        'but that the vote "changes nothing for Canada." Trump still wanted "a fair deal" with Ottawa, she told reporters.'
    )
    rows = extract_text(text, published="2025-04-29")
    assert speakers(rows) == {("USA", "Donald Trump")}
    assert "changes nothing for Canada." in rows[0].quote


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a two-word country closing the title is the place, not the name ("El" and "Salvador" are name words too)
        ("“Congratulations, Daniel. The region needs leaders who work,” wrote the president of El Salvador, Nayib Bukele.",
         ("SLV", "Nayib Bukele")),
        ("The president of El Salvador congratulated him on Monday.", ("SLV", "Nayib Bukele")),
        ("The prime minister of Sierra Leone, David Moinina Sengeh, welcomed the vote.", ("SLE", "David Moinina Sengeh")),
    ],
)
def test_a_country_closing_a_title_is_no_name(text, expected):
    (row,) = extract_text(text, published="2022-04-04")
    assert (row.country, row.speaker) == expected


def test_an_embassy_and_the_foreign_ministry_spokesperson_are_two_speakers():
    text = (
        "The Chinese Embassy in Honiara said on Thursday that China was ready to work with the new government on port projects.\n\n"
        'Asked about the vote at a regular briefing on Friday, Chinese Foreign Ministry spokesperson Lin Jian said China "respects '
        'the choice of the people".'
    )
    rows = extract_text(text, published="2024-05-04")
    assert speakers(rows) == {("CHN", "Chinese Embassy in Honiara"), ("CHN", "Lin Jian")}
    assert {r.speaker: r.date for r in rows} == {"Chinese Embassy in Honiara": "2024-05-02", "Lin Jian": "2024-05-03"}


@pytest.mark.parametrize(
    "text",
    [
        # the words are a company's: the government body named earlier in the sentence does not take "said"
        "The Quai d'Orsay guidance against visiting the coast stayed unchanged on Monday, a spokesman for one airline said.",
        "The State Department advisory on the islands was still in force, a spokeswoman for a cruise company told reporters.",
        "The Foreign Ministry of Japan recommendation stays, a spokesperson with one ferry operator said on Tuesday.",
    ],
)
def test_an_unnamed_company_spokesperson_gives_no_row_to_a_government_named_before(text):
    assert extract_text(text, host="GHA") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an official of a government body the sentence names still speaks for that government
        ("Japan is watching closely, an official at the foreign ministry said.", {("JPN", "Japanese government")}),
        ("Italy welcomed the vote, a spokesman for the coalition said.", {("ITA", "Italian government")}),
    ],
)
def test_a_government_officials_inverted_attribution_still_makes_a_row(text, expected):
    assert speakers(extract_text(text, host="GHA")) == expected


def test_a_named_press_secretary_s_own_words_without_the_leader_are_her_row():
    # the leader's statement and, separately, his press secretary's own words that never name him
    text = (
        "British Prime Minister Mark Tully issued a written statement. \"We are appalled by this attack,\" it reads.\n\n"
        "Earlier, Downing Street press secretary Helen Marsh told reporters the shooting was \"senseless\" and that "
        "officials were \"still establishing the facts\"."
    )
    rows = extract_text(text, host="FJI")
    assert sorted((r.country, r.speaker, r.quote) for r in rows) == [
        ("GBR", "Helen Marsh", "senseless \u2026 still establishing the facts"),
        ("GBR", "Mark Tully", "We are appalled by this attack,"),
    ], rows


def test_a_press_secretary_relaying_the_leader_stays_the_leader_s_row():
    text = (
        "British Prime Minister Mark Tully condemned the attack. Downing Street press secretary Helen Marsh said on Tuesday "
        "that the prime minister would call the Fijian leader."
    )
    rows = extract_text(text, host="FJI")
    assert [(r.country, r.speaker) for r in rows] == [("GBR", "Mark Tully")], rows


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the leader named by surname alone after "a spokesman for": the leader's row and country, not the host's
        ("A spokeswoman for Albanese said the prime minister welcomed the result.", ("AUS", "Anthony Albanese")),
        ("A spokesman for Macron said the vote had been peaceful.", ("FRA", "Emmanuel Macron")),
        ("Elif Kaya, a spokeswoman for Erdogan, said the vote had been peaceful.", ("TUR", "Recep Tayyip Erdogan")),
    ],
)
def test_a_spokesperson_for_a_leader_named_alone_gives_the_leaders_country(text, expected):
    rows = extract_text(text, host="PER", published="2024-03-12")
    assert [(r.country, r.speaker) for r in rows] == [expected], rows


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the unnamed spokesperson named by his leader's possessive gives the leader's row
        ("Macron's spokesman said the vote had been peaceful.", ("FRA", "Emmanuel Macron")),
        ("Albanese's spokeswoman said the prime minister welcomed the result.", ("AUS", "Anthony Albanese")),
    ],
)
def test_a_leaders_unnamed_spokesperson_gives_the_leaders_row(text, expected):
    rows = extract_text(text, host="PER", published="2024-03-12")
    assert [(r.country, r.speaker) for r in rows] == [expected], rows


def test_an_unknown_persons_spokesperson_gives_no_row():
    assert extract_text("Smith's spokesman said the vote had been peaceful.", host="PER", published="2024-03-12") == []
