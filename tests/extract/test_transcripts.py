"""Press-briefing transcripts: "Name:" labels answers, "Q:" labels a journalist's question."""

import pytest

from tests.extract.conftest import extract_text

BRIEFING = (
    "Transcript of the regular press conference.\n\n"
    "Q: The parliament of {host} elected a new prime minister this morning. What is your comment?\n\n"
    "{label}: {country} congratulates the new prime minister on her election. We stand ready to deepen "
    "trade and investment with the new government.\n\n"
    "Q: A neighbouring government said yesterday that the border talks had failed. Your response?\n\n"
    "{label}: We have nothing to add on the border."
)


@pytest.mark.parametrize(
    ("label", "country", "iso3", "speaker"),
    [
        ("Mao Ning", "China", "CHN", "Mao Ning"),
        ("Maria Zakharova", "Russia", "RUS", "Maria Zakharova"),
        ("Matthew Miller", "The United States", "USA", "Matthew Miller"),
    ],
)
def test_a_labelled_answer_is_the_spokespersons_with_his_governments_voice(label, country, iso3, speaker):
    text = BRIEFING.format(host="Thailand", label=label, country=country)
    rows = extract_text(text, published="2024-08-16", host="THA")
    assert [(r.country, r.speaker) for r in rows] == [(iso3, speaker)], rows
    assert "economy" in rows[0].themes, rows  # "We stand ready to deepen trade" is the labelled speaker's too


@pytest.mark.parametrize(
    "question",
    [
        "Q: Yesterday the Japanese government said the election was unfair. How do you view that?",
        "Question: Germany's foreign ministry said on Monday that the vote was flawed. Do you agree?",
    ],
)
def test_a_journalists_question_quoting_a_government_gives_no_row(question):
    text = f"{question}\n\nMao Ning: I would refer you to the competent authorities."
    assert extract_text(text, published="2024-08-16", host="THA") == []


def test_a_label_does_not_take_an_answer_on_another_topic_before_its_own():
    text = (
        "Mao Ning: This is the first summit of the group in three years, held in a spirit of openness.\n\n"
        "Q: What is China's comment on the election in Thailand?\n\n"
        "Mao Ning: China congratulates the new prime minister and wishes Thailand prosperity."
    )
    (row,) = extract_text(text, published="2024-08-16", host="THA")
    assert (row.country, row.speaker) == ("CHN", "Mao Ning")
    assert "summit" not in row.themes, row


@pytest.mark.parametrize("label", ["MR MILLER", "MATTHEW MILLER"])
def test_a_label_in_capitals_names_the_spokesperson(label):
    text = (
        "QUESTION: A European government said the vote was flawed. What is your view?\n\n"
        f"{label}: The United States congratulates the winner and looks forward to deeper trade."
    )
    rows = extract_text(text, published="2024-07-14", host="ARM")
    assert [(r.country, r.speaker) for r in rows] == [("USA", "Matthew Miller")], rows


@pytest.mark.parametrize(
    "answer",
    [
        "We are aware that the spokesperson of the Chinese Ministry of Foreign Affairs commented at a press conference.",
        "We have noted that the Indian foreign ministry issued a statement. I will not comment on it.",
        "I understand that the Brazilian embassy sent a note on Saturday.",
    ],
)
def test_what_a_labelled_speaker_says_others_did_is_no_row_of_theirs(answer):
    rows = extract_text(
        "Question (Daily Post): Has anyone reacted to the former prime minister's death?\n\n"
        f"Minister Tanaka: {answer}",
        published="2022-07-12",
        host="JPN",
    )
    assert [r.country for r in rows if r.country != "JPN"] == [], rows


@pytest.mark.parametrize(
    "question",
    [
        "Lagoon Radio: New Zealand's Foreign Minister Winston Peters said yesterday that Wellington welcomed the vote. "
        "What is your response?",
        "Kyodo News: The German foreign ministry also congratulated the new leader on Sunday. "
        "Some say the result favours the West. How do you view this?",
        "Harbour TV: Former President Ana Vaipulu wrote last month that the deal was \"a trap\". Has China raised this with her?",
    ],
)
def test_a_question_labelled_by_an_outlet_gives_no_row_to_the_governments_it_quotes(question):
    text = f"{question}\n\nMao Ning: China congratulates the new president and stands ready to deepen trade with Tonga."
    rows = extract_text(text, published="2024-08-16", host="TON")
    assert [(r.country, r.speaker) for r in rows] == [("CHN", "Mao Ning")], rows


def test_an_answer_that_ends_in_a_rhetorical_question_stays_the_spokespersons():
    text = (
        "Q: What is China's comment on the vote in Tonga?\n\n"
        "Mao Ning: China congratulates the new president of Tonga. Who could object to closer trade between friends?"
    )
    rows = extract_text(text, published="2024-08-16", host="TON")
    assert [(r.country, r.speaker) for r in rows] == [("CHN", "Mao Ning")], rows
