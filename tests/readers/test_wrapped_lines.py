"""Plain-text dumps that give each paragraph a line, with one paragraph hard-wrapped: its lines are read as
one paragraph (a sentence cut at the wrap would lose its speaker or its verb), and a label over a story
that opens with no headline gives way to the story's first sentence."""

from __future__ import annotations

import datetime as dt
import textwrap

import pytest

from tracker.readers import read_document

REFERENCE = dt.date(2023, 10, 2)

HEADLINE = "Andean neighbours greet Quito's new cabinet with caution"
OPENING = "QUITO, Sept 29 (Andes Desk) - Ecuador's new cabinet was sworn in on Friday after a week of talks."
CLOSING = "Bolivia's government said it would send its trade minister to Quito next week."

WRAPPED = [
    # the next line opens in lower case
    ("Peru's foreign minister said on Saturday that Lima was ready to reopen the border crossings",
     "closed since the spring, and that a joint commission would meet in Tumbes."),
    # the line ends with a word no sentence ends with; the next line opens with a name
    ("Colombia's president told reporters in Bogota that he had spoken by telephone with",
     "President Daniel Noboa and invited him to visit before the end of the year."),
    # the line ends with a comma
    ("Chile's government, which had criticised the vote count in August,",
     "Santiago's foreign ministry said, now welcomed the new cabinet."),
]


def _read(text: str):
    return read_document(text.encode(), "andes_desk_copy.txt", reference_date=REFERENCE)


@pytest.mark.parametrize("first, second", WRAPPED)
@pytest.mark.parametrize("gap", ["\n", "\n\n"], ids=["one-line-paragraphs", "blank-line-paragraphs"])
def test_hard_wrapped_paragraph_is_one_paragraph(first, second, gap):
    text = gap.join([HEADLINE, "29 September 2023", OPENING, f"{first}\n{second}", CLOSING])
    (article,) = _read(text)
    assert article.title == HEADLINE
    assert f"{first} {second}" in article.text.split("\n\n")
    assert article.text.split("\n\n")[-1] == CLOSING


def test_paragraph_wrapped_in_a_copy_with_a_blank_line_after_every_line_is_one_paragraph():
    # a Word or e-mail copy of a wrapped page: a blank line after each line; only a lower-case opening tells
    first, second = WRAPPED[0]
    text = f"{HEADLINE}\n\n29 September 2023\n\n{OPENING}\n\n{first}\n\n{second}\n\n{CLOSING}"
    (article,) = _read(text)
    assert article.text.split("\n\n") == [OPENING, f"{first} {second}", CLOSING]


@pytest.mark.parametrize(
    "lines",
    [
        # a standfirst ending with a particle, over the story's first paragraph
        ["Lima and Bogota weigh in as the cabinet takes office in", "THE new ministers took their oaths on Friday."],
        # a sub-heading over its paragraph, no blank line between
        ["What the neighbours said", "Argentina's foreign ministry said the cabinet had its support."],
        # a paragraph ending with a sentence, the next opening another
        ["Brazil's foreign minister said talks were going well.", "Uruguay did not comment."],
        # a short list entry
        ["Signed by", "the ministers of Peru and Chile."],
    ],
)
def test_separate_lines_stay_separate_paragraphs(lines):
    text = "\n".join([HEADLINE, "29 September 2023", OPENING, *lines, CLOSING])
    (article,) = _read(text)
    paragraphs = article.text.split("\n\n")
    assert all(line in paragraphs for line in lines), paragraphs


@pytest.mark.parametrize("label", ["NEWS", "World news", "ANALYSIS", "Americas | Andes"])
def test_label_over_a_wrapped_dateline_paragraph_gives_way_to_its_first_sentence(label):
    text = (
        f"{label}\n"
        "LIMA, Oct 1 (Andes Desk) - Peru's prime minister said on\n"
        "Sunday the new cabinet in Quito deserved a fair chance. Talks resume next week.\n"
    )
    (article,) = _read(text)
    assert article.title == "LIMA, Oct 1 (Andes Desk) - Peru's prime minister said on Sunday the new cabinet in Quito deserved a fair chance."
    assert article.text.startswith("LIMA, Oct 1 (Andes Desk) - Peru's prime minister said on Sunday the new cabinet")
    assert article.published == "2023-10-01"


def test_label_over_a_headline_still_gives_way_to_the_headline():
    (article,) = _read(f"ANALYSIS\n{HEADLINE}\n\n{OPENING}\n")
    assert article.title == HEADLINE
    assert article.text == OPENING


ANDEAN = [
    (
        "Peru's foreign minister said on Saturday that Lima was ready to reopen the border crossings closed since "
        "the spring, and that a joint commission would meet in Tumbes before the end of the month."
    ),
    "Colombia's president said he had spoken by telephone with the Ecuadorean President Daniel Noboa and invited him to Bogota.",
    "Bolivia's government said it would send its trade minister to Quito next week.",
]


@pytest.mark.parametrize("width", [60, 66, 72, 78])
def test_paragraph_wrapped_before_a_capitalised_word_is_joined_at_the_dump_s_wrap_width(width):
    body = "\n\n".join(textwrap.fill(paragraph, width) for paragraph in ANDEAN)
    (article,) = _read(f"{HEADLINE}\n29 September 2023\n\n{body}\n")
    assert article.text.split("\n\n") == ANDEAN


def test_list_of_headlines_at_the_wrap_width_stays_a_list():
    wrapped = "Peru's foreign minister said on Saturday that Lima was ready to reopen\nthe border crossings closed since the spring, the ministry said."
    headlines = ["Quito names a new finance minister after the cabinet reshuffle", "Lima and Bogota agree on a joint commission for the Amazon border"]
    (article,) = _read(f"{HEADLINE}\n29 September 2023\n\n{wrapped}\n\nIn this issue\n" + "\n".join(headlines) + "\n")
    assert all(headline in article.text.split("\n\n") for headline in headlines)
