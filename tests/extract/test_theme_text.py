"""Which words a row's themes come from: the speaker's own words, not where or with whom the writer puts them."""

import pytest

from tests.extract.conftest import extract_text


def _row(rows, speaker):
    found = [r for r in rows if r.speaker == speaker]
    assert found, [r.speaker for r in rows]
    return found[0]


@pytest.mark.parametrize(
    ("follow_up", "theme"),
    [
        ('The outcome, they wrote, proved "how strong Kenyan institutions are", and they stressed the need for checks and balances.', "democracy"),
        ("They added that trade between the two countries would grow.", "economy"),
        ("They said they would invite the new president to The Hague soon.", "summit"),
    ],
)
def test_they_after_two_named_speakers_gives_the_words_to_both(follow_up, theme):
    rows = extract_text(
        "NAIROBI - Kenya's parliament confirmed the new cabinet on Tuesday.\n\n"
        "Dutch Prime Minister Mark Rutte and Foreign Minister Wopke Hoekstra said in a joint message on Wednesday "
        f"that the Dutch government took note of the vote. {follow_up}\n",
        host="KEN",
    )
    assert theme in _row(rows, "Mark Rutte").themes
    assert theme in _row(rows, "Wopke Hoekstra").themes


@pytest.mark.parametrize(
    ("paragraphs", "theme"),
    [
        (["\u201cAustralia and the United States are old friends and allies.", "\u201cWe will work together on our shared security.\u201d"], "alliance"),
        (["\u201cOur two peoples are close.", "\u201cOur trade and investment ties are deep.\u201d"], "economy"),
        (["\u201cOur two peoples are close.", "\u201cI hope we meet soon.", "\u201cI look forward to welcoming President-elect Biden to Canberra.\u201d"], "summit"),
        (['"Our two peoples are close.', '"Our trade and investment ties are deep."'], "economy"),
    ],
)
def test_a_statement_quoted_over_several_paragraphs_is_the_speaker_s_throughout(paragraphs, theme):
    text = (
        "Statement by the Prime Minister on the election in the United States\n\n"
        "Today, the Prime Minister of Australia, Scott Morrison, issued the following statement:\n\n"
        "\u201cOn behalf of all Australians, I congratulate Joe Biden on his election.\n\n" + "\n\n".join(paragraphs) + "\n"
    )
    rows = extract_text(text, host="USA")
    assert theme in _row(rows, "Scott Morrison").themes


def test_a_closed_quotation_ends_the_statement():
    text = (
        "Statement by the Prime Minister on the election in the United States\n\n"
        "Today, the Prime Minister of Australia, Scott Morrison, issued the following statement:\n\n"
        "\u201cOn behalf of all Australians, I congratulate Joe Biden on his election.\u201d\n\n"
        "\u201cThe trade deal is dead,\u201d a farmer in Dubbo said.\n"
    )
    rows = extract_text(text, host="USA")
    assert "economy" not in _row(rows, "Scott Morrison").themes


@pytest.mark.parametrize(
    ("setting", "theme"),
    [
        ("At a meeting with her cabinet in Dodoma on Tuesday,", "summit"),
        ("In the ensuing discussion at the council,", "summit"),
        ("During the regular security briefing in Dodoma,", "security"),
    ],
)
def test_the_gathering_where_the_speaker_spoke_is_no_theme(setting, theme):
    rows = extract_text(
        "NAIROBI - Kenya's parliament confirmed the new cabinet on Tuesday.\n\n"
        f"{setting} Tanzanian President Samia Suluhu Hassan said she welcomed the vote and hoped trade would grow.\n",
        host="KEN",
    )
    row = _row(rows, "Samia Suluhu Hassan")
    assert theme not in row.themes
    assert "economy" in row.themes


def test_a_summit_where_the_speaker_spoke_still_counts():
    rows = extract_text(
        "NAIROBI - Kenya's parliament confirmed the new cabinet on Tuesday.\n\n"
        "At a summit in Addis Ababa, Ethiopian Prime Minister Abiy Ahmed said he hoped for closer ties.\n",
        host="KEN",
    )
    assert "summit" in _row(rows, "Abiy Ahmed").themes


@pytest.mark.parametrize(
    ("beside", "theme"),
    [
        ("as the island's most loyal ally in the region chose continuity", "alliance"),
        ("as the two economies drift apart on trade", "economy"),
        ("as a summit of the region's leaders opened in Lima", "summit"),
    ],
)
def test_what_the_writer_sets_beside_a_closed_quotation_is_no_theme(beside, theme):
    rows = extract_text(
        "ASUNCION - Paraguay's electoral court confirmed the result on Monday.\n\n"
        f"Taiwan's President Lai Ching-te said on Monday that the result was \"a victory for our shared values,\" {beside}.\n",
        host="PRY",
    )
    row = _row(rows, "Lai Ching-te")
    assert theme not in row.themes


def test_the_speaker_s_own_as_clause_without_a_quotation_still_counts():
    rows = extract_text(
        "ASUNCION - Paraguay's electoral court confirmed the result on Monday.\n\n"
        "Brazilian President Lula da Silva said on Monday that he was ready to work on trade, as the two countries share a long border.\n",
        host="PRY",
    )
    assert "economy" in _row(rows, "Luiz Inacio Lula da Silva").themes


@pytest.mark.parametrize(
    ("clause", "theme"),
    [
        ("Duda promising to push ahead with more trade", "economy"),
        ("Duda also inviting her to visit Warsaw", "summit"),
        ("Duda hoping for closer defence ties", "security"),
    ],
)
def test_a_clause_one_of_two_speakers_opens_is_that_speaker_s_only(clause, theme):
    rows = extract_text(
        "TALLINN - Estonia's parliament approved the new government on Monday.\n\n"
        f"Lithuanian President Gitanas Nauseda and Polish President Andrzej Duda also congratulated her on Tuesday, {clause}.\n",
        host="EST",
    )
    assert theme not in _row(rows, "Gitanas Nauseda").themes
    assert theme in _row(rows, "Andrzej Duda").themes


@pytest.mark.parametrize(
    ("sentence", "theme"),
    [
        # what the speaker has not spoken about
        (
            ("Norway's foreign ministry had not commented on the ceasefire by noon, though Prime Minister Jonas Gahr Store "
             "said on Monday that the shelling was unacceptable."),
            "security",
        ),
        # the writer's aside on the speaker's own plight
        (
            ("Oslo, despite its own trade slump, offered help. Prime Minister Jonas Gahr Store said on Monday that a ship "
             "with tents was on its way."),
            "economy",
        ),
        # others' worries the speaker set aside
        (
            ("Prime Minister Jonas Gahr Store said on Monday that he looked forward to working with her, brushing aside "
             "doubts among some in Oslo about her plans for the oil industry."),
            "economy",
        ),
        # another's claim the speaker rejects
        (
            ("Prime Minister Jonas Gahr Store on Monday dismissed the Icelandic minister's claim that Norwegian warships "
             "had entered the fishing zone."),
            "security",
        ),
        # the background the writer sets the reaction in
        (
            ("Prime Minister Jonas Gahr Store welcomed the result on Monday, as the new cabinet prepares to steer between "
             "the two powers amid a trade war."),
            "economy",
        ),
    ],
)
def test_the_writer_s_narrative_beside_the_speaker_is_no_theme(sentence, theme):
    rows = extract_text(f"REYKJAVIK - Iceland's parliament confirmed the new cabinet on Sunday.\n\n{sentence}\n", host="ISL")
    assert theme not in _row(rows, "Jonas Gahr Store").themes


def test_the_speaker_s_own_despite_and_as_words_still_count():
    rows = extract_text(
        "REYKJAVIK - Iceland's parliament confirmed the new cabinet on Sunday.\n\n"
        "Prime Minister Jonas Gahr Store said on Monday that despite the slump, trade between the two countries would "
        "grow, as the new fishing deal takes effect.\n",
        host="ISL",
    )
    assert "economy" in _row(rows, "Jonas Gahr Store").themes
