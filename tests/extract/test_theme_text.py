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
