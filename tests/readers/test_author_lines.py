"""Readers: an author's name standing alone on its line (a page copied without the "By"), and a byline or an
outlet's line with its date above a pasted story's headline, are no title and keep pasted stories apart."""

import datetime as dt

import pytest

from tracker.readers import read_document
from tracker.readers.credits import is_author_line

REF = dt.date(2024, 3, 14)
HEADLINE = "Estonia and Latvia welcome the new Lithuanian cabinet"
BODY = "VILNIUS - The foreign ministers of Estonia and Latvia on Tuesday welcomed the new cabinet, saying it would strengthen Baltic unity."
# A pasted story has two paragraphs at least above the next page's head (a standfirst alone is no story).
STORY = BODY + '\n\n"We look forward to working together with the new cabinet," said Latvian Foreign Minister Anna Berzina.'
OTHER_HEADLINE = "Poland pledges support for the Vilnius government"
OTHER_BODY = "WARSAW - Poland's foreign minister said on Wednesday that Warsaw stood ready to help the new government in Vilnius."


def read(text: str):
    return read_document(text.encode(), "page.txt", reference_date=REF)


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Mara Volkova", True),
        ("Ana de Lima", True),
        ("J. R. Okafor", True),
        ("Mara Volkova, Baltic correspondent", True),
        ("MARA VOLKOVA", True),
        ("Mara Volkova and Ola Berg", True),
        ("Mara Volkova in Riga", True),
        ("Mara Volkova, Ola Berg and Ivo Kask", True),
        ("Talks Resume In Riga", False),
        ("By Mara Volkova", False),  # a byline, read by ``credit_of``
        ("Harbour Ledger", False),  # an outlet's word
        ("Estonia and Latvia welcome the cabinet", False),
        ("Ministers Meet In Riga", False),  # a headline's small word
        ("Politics", False),
    ],
)
def test_author_line_shape(line, expected):
    assert is_author_line(line) is expected


@pytest.mark.parametrize(
    "head",
    [
        "Mara Volkova\n12 March 2024\n",
        "Mara Volkova\n\nTuesday 12 March 2024, 10:05\n\n",
        "Mara Volkova, Baltic correspondent\n12 March 2024\n",
        "MARA VOLKOVA\n12 March 2024\n",
        "Mara Volkova and Ola Berg\n12 March 2024\n",
        "Mara Volkova in Riga\nUpdated 12 March 2024\n",
    ],
)
def test_author_name_above_the_date_line_is_no_title(head):
    [article] = read(f"{head}{HEADLINE}\n\n{BODY}\n")
    assert article.title == HEADLINE
    assert article.published.startswith("2024-03-12")
    assert article.text == BODY


def test_author_name_under_the_headline_and_its_date_is_no_text():
    [article] = read(f"{HEADLINE}\n12 March 2024\nMara Volkova\n\n{BODY}\n")
    assert article.title == HEADLINE
    assert article.text == BODY


def test_a_name_opening_the_story_under_no_date_stays():
    [article] = read(f"{HEADLINE}\n\nMara Volkova\n\n{BODY}\n")
    assert article.text.startswith("Mara Volkova")


@pytest.mark.parametrize(
    "head",
    [
        "Mara Volkova\n13 March 2024\n",
        "By Mara Volkova\n13 March 2024\n",
        "By Mara Volkova | 13 March 2024\n",
        "Nordlys | 13 March 2024\n",
        "Baltic Compass | Wednesday, 13 March 2024\n\n",
    ],
)
def test_a_credit_and_date_above_a_pasted_headline_start_another_story(head):
    first, second = read(f"{HEADLINE}\n\n{STORY}\n\n{head}{OTHER_HEADLINE}\n\n{OTHER_BODY}\n")
    assert (first.title, first.text) == (HEADLINE, STORY)
    assert (second.title, second.text) == (OTHER_HEADLINE, OTHER_BODY)
    assert second.published == "2024-03-13"


def test_a_byline_and_caption_under_a_standfirst_with_its_full_stop_open_no_story():
    # "Headline / Standfirst. / By ... / date / caption with no full stop / story": one story, the caption no headline
    text = f"{HEADLINE}\n\nRiga and Tallinn say the vote ends months of uncertainty in the region.\n\nBy Mara Volkova\n12 March 2024\n\nMinisters meet the press in Vilnius on Tuesday\n\n{STORY}\n"
    [article] = read(text)
    assert article.title == HEADLINE
    assert article.text.endswith(STORY)


def test_a_byline_under_a_standfirst_opens_no_story():
    # the headline's standfirst ends with no full stop: the byline and the caption under it are the same story's
    text = f"{HEADLINE}\n\nRiga and Tallinn say the vote ends months of uncertainty\n\nBy Mara Volkova | 12 March 2024\n\nMinisters Meet The Press In Vilnius On Tuesday\n\n{BODY}\n"
    [article] = read(text)
    assert article.title == HEADLINE
    assert article.text.endswith(BODY)


@pytest.mark.parametrize(
    "kicker",
    ["Nordlys\n", "THE BALTIC COMPASS\n", "Baltic Compass\n", "WORLD | EUROPE\n", "Nordlys\nWorld\n", "Opinion\n"],
)
@pytest.mark.parametrize(
    "under",
    ["13 March 2024\n", "By Ana Lind\n13 March 2024\n", "\nBy Ana Lind | 13 March 2024\n"],
)
def test_a_masthead_or_label_over_a_dated_pasted_headline_starts_another_story(kicker, under):
    # "...closing sentence." / "Nordlys" / "Headline" / "13 March 2024": the next page pasted under the last
    first, second = read(f"{HEADLINE}\n\n{STORY}\n\n{kicker}{OTHER_HEADLINE}\n{under}\n{OTHER_BODY}\n")
    assert (first.title, first.text, first.published) == (HEADLINE, STORY, None)
    assert (second.title, second.text, second.published) == (OTHER_HEADLINE, OTHER_BODY, "2024-03-13")


def test_an_outlet_name_over_a_dated_headline_is_no_title():
    [article] = read(f"Baltic Compass\n{HEADLINE}\n12 March 2024\n\n{BODY}\n")
    assert (article.title, article.outlet, article.text) == (HEADLINE, "Baltic Compass", BODY)


def test_a_short_title_over_a_standfirst_stays_the_title():
    # no date under the line below: a short title and its standfirst, not a masthead over a headline
    [article] = read(f"Baltic Unity\n{HEADLINE}\n\n{BODY}\n")
    assert article.title == "Baltic Unity"


@pytest.mark.parametrize("byline", ["By Ana Lind", "By Ana Lind | Baltic Ledger", "By Ana Lind, Baltic correspondent"])
def test_a_pasted_headline_with_its_byline_and_no_date_starts_another_story(byline):
    first, second = read(f"{HEADLINE}\n12 March 2024\n\n{STORY}\n\n{OTHER_HEADLINE}\n{byline}\n\n{OTHER_BODY}\n")
    assert (first.title, first.text) == (HEADLINE, STORY)
    assert (second.title, second.text) == (OTHER_HEADLINE, OTHER_BODY)


def test_a_byline_under_a_subheading_after_an_unfinished_line_opens_no_story():
    # the line above ends with no full stop: a standfirst, then the headline's own byline
    [article] = read(f"{HEADLINE}\n\nRiga and Tallinn say the vote ends months of uncertainty\n\nBaltic leaders hail the Vilnius vote\nBy Ana Lind\n\n{BODY}\n")
    assert article.title == HEADLINE


@pytest.mark.parametrize("line", ["Nordlys | 12 March 2024", "Baltic Compass · Tuesday, 12 March 2024", "12 March 2024"])
def test_an_outlet_line_with_its_date_over_a_pages_headline_dates_it(line):
    page = f"<html><body><article><p>{line}</p><h1>{HEADLINE}</h1><p>{BODY}</p><p>{OTHER_BODY}</p></article></body></html>"
    [article] = read_document(page.encode(), "page.html", reference_date=REF)
    assert (article.title, article.published) == (HEADLINE, "2024-03-12")
    assert article.text.startswith(BODY)
