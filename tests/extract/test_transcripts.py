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
    ("question", "expected"),
    [
        # a turn labelled as a question ("Q:", "Question:") reports statements about the event (it names the host,
        # or tells a reaction) as an article would: each is a row of its speaker, dated by its own day word; what
        # the turn asks is nobody's
        ("Q: The Japanese government said yesterday that the election in Thailand was unfair. How do you view that?",
         [("JPN", "2024-08-15")]),
        ("Question: Germany's foreign ministry said on Monday that the Thai vote was flawed. Do you agree?",
         [("DEU", "2024-08-12")]),
        ("Q: Kenya's foreign ministry welcomed the outcome in a statement on Tuesday. Will Beijing do the same?",
         [("KEN", "2024-08-13")]),
        ("QUESTION: Chile's foreign minister, Alberto van Klaveren, said on Tuesday that Santiago welcomed the result. "
         "And Brazil's President Lula congratulated the winner on Wednesday. Will China send an envoy?",
         [("CHL", "2024-08-13"), ("BRA", "2024-08-14")]),
    ],
)  # fmt: skip
def test_a_statement_reported_in_a_question_turn_is_its_speakers_row(question, expected):
    text = f"{question}\n\nMao Ning: I would refer you to the competent authorities."
    rows = [r for r in extract_text(text, published="2024-08-16", host="THA") if r.speaker != "Mao Ning"]
    assert [(r.country, r.date) for r in rows] == expected, rows
    assert not any(r.quote.startswith(("Q", "QUESTION")) for r in rows), rows  # the label is no part of the words


@pytest.mark.parametrize(
    "question",
    [
        "Q: Does the Japanese government welcome the election result?",
        "Question: Has Germany's foreign ministry said anything about the vote?",
        "Q: Will Brazil congratulate the winner, as Chile did?",
        "Question: A European government said the vote was flawed. Do you agree?",  # an unnamed government
        # another topic of the briefing: a statement about something else is no reaction to the event
        "Q: Japan's government said today that the new ferry line to Busan will open in May. What is China's response?",
        "Question: The Philippine coast guard says another supply mission is planned this week. Will China allow it?",
    ],
)
def test_what_a_question_turn_asks_gives_no_row(question):
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


@pytest.mark.parametrize(
    "clip",
    [
        # a broadcast's clip of a leader speaking another language, labelled by his name in capitals
        "RAMAPHOSA (through translator): I congratulate the new president and our trade will only grow.",
        "CYRIL RAMAPHOSA (via interpreter): We congratulate the people on a peaceful vote and stand ready to deepen trade.",
        "RAMAPHOSA: I congratulate the new president and our trade will only grow.",
    ],
)
def test_a_broadcast_clip_labelled_by_a_leaders_name_is_his_row(clip):
    text = (
        "ANCHOR (Mira Dale): Let's hear from Pretoria. This is President Cyril Ramaphosa, speaking at a rally.\n\n"
        f"{clip}\n\nANCHOR: The markets were calm."
    )
    rows = extract_text(text, published="2024-06-03", host="MWI")
    assert [(r.country, r.speaker) for r in rows] == [("ZAF", "Cyril Ramaphosa")], rows
    assert "economy" in rows[0].themes and not rows[0].quote.startswith(("RAMAPHOSA", "CYRIL")), rows


@pytest.mark.parametrize(
    "clip",
    [
        # near misses: a labelled official's first-person small talk reacts to nothing, and a label that is no
        # official's (a reporter) gives no row
        "RAMAPHOSA (through translator): I think it will rain at the rally later.",
        "MIRA DALE (through translator): I congratulate the new president and our trade will only grow.",
    ],
)
def test_a_clip_without_a_reaction_or_an_official_gives_no_row(clip):
    text = f"ANCHOR: Let's hear from Pretoria. This is President Cyril Ramaphosa, speaking at a rally.\n\n{clip}"
    assert extract_text(text, published="2024-06-03", host="MWI") == []


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a presenter's aside between the subject and its verb ("I should say") is no speech of the subject's
        ("Laos, I should say, had not commented by this morning.", []),
        ("Pyongyang, I have to say, has not reacted at all.", []),
        ("Hanoi, it must be said, has yet to comment.", []),
        # near misses: the subject's own reaction after the aside stays its row
        ("Vietnam, I should say, has welcomed the result.", [("VNM", "Vietnamese government")]),
        ("Laos said on Sunday that it mourned the victims.", [("LAO", "Lao government")]),
    ],
)  # fmt: skip
def test_a_presenters_aside_is_no_speech_of_the_subject(sentence, expected):
    rows = extract_text(sentence, published="2022-10-30", host="KOR")
    assert [(r.country, r.speaker) for r in rows] == expected, rows


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a spoken roundup's fragment names the giver of a statement, his words in the clause after him
        ("A short statement from Foreign Minister Winston Peters, who said New Zealand wanted a calm Pacific.",
         [("NZL", "Winston Peters")]),
        ("Then a message from Prime Minister Jacinda Ardern, who wrote that Wellington stood with Fiji.",
         [("NZL", "Jacinda Ardern")]),
        ("There was also a brief statement from Foreign Minister Winston Peters, who urged calm.",
         [("NZL", "Winston Peters")]),
        ("CORRESPONDENT: A short statement from Foreign Minister Winston Peters, who said Wellington wanted calm.",
         [("NZL", "Winston Peters")]),
        # near misses: the person met or visited is not the giver, and a fragment without his words gives nothing
        ("Rabuka met Winston Peters, who said New Zealand wanted a calm Pacific.", [("FJI", "Sitiveni Rabuka")]),
        ("A delegation from New Zealand, who toured the port, flew home on Monday.", []),
        ("A short statement from Foreign Minister Winston Peters.", []),
    ],
)  # fmt: skip
def test_a_statement_from_a_named_giver_who_said_is_his_row(sentence, expected):
    rows = extract_text(sentence, published="2023-01-10", host="FJI")
    assert [(r.country, r.speaker) for r in rows] == expected, rows
