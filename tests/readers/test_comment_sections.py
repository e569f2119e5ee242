"""A page copied with its readers' comments: the comments section's heading, however a site words it ("Join the
conversation (2)", "READER COMMENTS", "Show 14 comments", "3 responses to ...", "Have your say"), ends the story,
so a reader's words naming a president or a ministry are no statement. A heading of the story ("Reactions")
and a sentence about comments stay in the text. A promoted link inside the story ("You may also like: ...")
is no text either."""

from __future__ import annotations

import datetime as dt

import pytest

from tracker.readers import read_document

REFERENCE = dt.date(2024, 9, 3)
STORY = (
    "Gabon's neighbours hail calm vote\nBy Ines Mba | Equator Ledger\n2 September 2024\n\n"
    "LIBREVILLE - Cameroon's foreign minister said on Monday that Yaounde welcomed the calm conduct of the vote.\n\n"
    "Congo's government said in a statement that it hoped the result would bring stability to the region.\n\n"
)
COMMENT = "Ngozi_B\n2 September 2024 at 21:04\nThe Nigerian president said the same thing last year and nothing changed.\n"


def _text(page: str) -> str:
    (article,) = read_document(page.encode(), "gabon_vote.txt", reference_date=REFERENCE)
    return article.text


@pytest.mark.parametrize(
    "heading",
    [
        "Join the conversation (2)",
        "READER COMMENTS",
        "Readers' comments (2)",
        "Show 14 comments",
        "View all 2 comments",
        "2 responses to \u201cGabon's neighbours hail calm vote\u201d",
        "Have your say",
        "Discussion (2)",
    ],
)
def test_a_comments_heading_ends_the_story(heading):
    text = _text(f"{STORY}{heading}\n\n{COMMENT}")
    assert "Congo's government" in text and "Nigerian president" not in text


@pytest.mark.parametrize(
    "line",
    [
        "Reactions",  # a section of the story
        "Readers' comments on the first round were mixed, the paper's editor said on Monday.",
        "Discussion of the result will continue in parliament on Tuesday, the speaker said.",
    ],
)
def test_a_heading_or_sentence_of_the_story_does_not_end_it(line):
    text = _text(f"{STORY}{line}\n\nChad's foreign ministry said on Monday that N'Djamena congratulated the winner.\n")
    assert "Chad's foreign ministry" in text


def test_a_readers_name_over_a_stamped_comment_opens_no_article():
    comments = f"Comments (2)\n\n{COMMENT}\nGrace Amina Bello\n3 September 2024 at 06:10\nThe French foreign ministry said much the same.\n"
    articles = read_document(f"{STORY}{comments}".encode(), "gabon_vote.txt", reference_date=REFERENCE)
    assert [a.title for a in articles] == ["Gabon's neighbours hail calm vote"]
    assert "French foreign ministry" not in articles[0].text


def test_the_next_pasted_story_under_the_comments_is_still_an_article():
    second = (
        "Chad and Niger agree to reopen their shared border crossings\n3 September 2024\n\n"
        "NIAMEY - Niger's interior minister said on Tuesday that the crossings would reopen next week.\n"
    )
    articles = read_document(f"{STORY}Comments (1)\n\n{COMMENT}\n{second}".encode(), "dump.txt", reference_date=REFERENCE)
    assert [a.title for a in articles] == [
        "Gabon's neighbours hail calm vote", "Chad and Niger agree to reopen their shared border crossings",
    ]
    assert "Nigerian president" not in articles[0].text and "interior minister" in articles[1].text


@pytest.mark.parametrize(
    "promo",
    [
        "You may also like: Senegal condemns delay in aid to Gabon, says minister",
        "Don't miss: Nigeria's president urges calm in Libreville",
        "Continue reading below",
        "Continue reading after the advertisement",
    ],
)
def test_a_promoted_link_inside_the_story_is_no_text(promo):
    text = _text(f"{STORY}{promo}\n\nChad's foreign ministry said on Monday that N'Djamena congratulated the winner.\n")
    assert promo not in text and "Chad's foreign ministry" in text
