"""Leaders only mentioned in narrative or background make no row; a verb belongs to the name right before it."""

import pytest

from tests.extract.conftest import extract_text


@pytest.mark.parametrize(
    "text",
    [
        "US President Joe Biden has yet to call the new prime minister, a silence noticed in Islamabad.",
        "Saudi Crown Prince Mohammed bin Salman hosted the premier in Riyadh last year and pledged billions in deposits.",
        "Turkish President Recep Tayyip Erdogan called the premier in 2022 to offer condolences after the floods.",
        "In March 2019, Chinese President Xi Jinping said the corridor would be expanded.",
        "Indian Prime Minister Narendra Modi made a surprise stopover in Lahore two years ago.",
        "Imran Khan was jailed in 2023. President Joe Biden never telephoned Khan, a slight Khan often recalled, and "
        "Biden has so far not called.",
    ],
)
def test_narrative_and_background_make_no_row(text):
    rows = extract_text(text, host="PAK")
    assert [r for r in rows if not r.domestic] == [], rows


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Chinese Premier Li Qiang congratulated Sharif on Monday, saying the corridor launched in 2015 was "
         "\"a flagship\".", {("CHN", "Li Qiang")}),
        ("Xi said the corridor, launched in 2015, would be expanded.", {("CHN", "Xi Jinping")}),
        ("Zardari and Sharif sent separate messages to Colombo.", {("PAK", "Asif Ali Zardari"), ("PAK", "Shehbaz Sharif")}),
        ("White House press secretary Karoline Leavitt said the president would call soon.",
         {("USA", "Karoline Leavitt")}),
        ("Democratic Rep. Joaquin Castro of Texas posted on social media that the result was \"a milestone\".",
         {("USA", "Joaquin Castro")}),
        ("President Gabriel Boric of Chile said the vote was \"exemplary\".", {("CHL", "Gabriel Boric")}),
    ],
)
def test_current_reactions_are_kept(text, expected):
    rows = extract_text(text, published="2025-03-15", host="PAK")
    assert {(r.country, r.speaker) for r in rows} == expected, rows


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # background about the speaker in a relative clause does not date the words
        ("Turkish President Recep Tayyip Erdogan, who first won power in 2003, said on Monday that the result was "
         "\"a victory\".", {("TUR", "Recep Tayyip Erdogan")}),
        # a relative clause holding the act itself still dates it
        ("The Saudi crown prince, Mohammed bin Salman, who hosted Sharif last year, and Turkey's Recep Tayyip "
         "Erdogan, who telephoned him in 2022, are likely to call again.", set()),
        ("Ukraine's Zelenskiy wrote on Telegram that he had congratulated the winner.", {("UKR", "Volodymyr Zelensky")}),
        # the clause is an appositive's: "a Virginia Democrat who visited ... two years ago"
        ("Senator Tim Kaine, a Virginia Democrat who visited Islamabad two years ago, called the vote \"a model\".",
         {("USA", "Tim Kaine")}),
        # the clause holds a verb of its own, but the main clause has the act
        ("Indian Prime Minister Narendra Modi, whose government protested in 2021 when he said the border was "
         "\"settled\", telephoned on Monday.", {("IND", "Narendra Modi")}),
    ],
)
def test_relative_clauses_and_background(text, expected):
    rows = extract_text(text, published="2024-03-06", host="PAK")
    assert {(r.country, r.speaker) for r in rows} == expected, rows


@pytest.mark.parametrize(
    "text",
    [
        "Relations had been strained last week when Secretary of State Marco Rubio denounced the court's ruling.",
        "Ties had soured in March after Chinese Foreign Minister Wang Yi criticised the visit.",
    ],
)
def test_an_act_inside_the_writers_past_perfect_narrative_is_no_reaction(text):
    assert extract_text(text, host="DEU") == []


def test_a_when_clause_in_plain_narrative_keeps_its_speaker():
    rows = extract_text("The count ended when Chinese Foreign Minister Wang Yi welcomed the result.", host="DEU")
    assert [(r.country, r.speaker) for r in rows] == [("CHN", "Wang Yi")], rows


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        # the backdrop the writer gives an act ("amid ...") is none of the speaker's words
        ("Norway and Denmark called the new president on Friday amid worries in both capitals that allies would pay more.", "alliance"),
        ("Brazil congratulated the winner on Sunday amid fears of a trade war with China.", "china"),
    ],
)
def test_a_writers_backdrop_gives_the_row_no_theme(text, absent):
    rows = extract_text(text, host="PAK")
    assert rows and all(absent not in r.themes for r in rows), [(r.country, r.themes) for r in rows]
