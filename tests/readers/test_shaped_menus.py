"""A page copied as text whose navigation bar lost its gaps ("Home Nation Provinces Lifestyle Motoring"), with
section names no word list holds: told by its shape (five or more short capitalised words, no small word of a
sentence, no punctuation) where it stands (beside other furniture, repeated on the dump's pages, or between the
masthead and a dated headline), it is no title. A headline in title case keeps its place."""

from __future__ import annotations

import datetime as dt

import pytest

from tracker.readers import read_document
from tracker.readers.titles import has_menu_shape

REFERENCE = dt.date(2023, 8, 30)
HEADLINE = "Gabon's neighbours call for calm after the army seizes power"
BODY = (
    "LIBREVILLE - Cameroon's government said on Wednesday it was following events in Gabon closely and "
    "called on all sides to show restraint.\n\n"
    "The African Union's commission chairman said he strongly condemned the attempt to seize power."
)
MENU = "Home Nation Provinces Kaleidoscope Lifestyle Outdoors Motoring Classifieds"


def _titles(text: str) -> list[str]:
    return [a.title for a in read_document(text.encode(), "equator_page.txt", reference_date=REFERENCE)]


@pytest.mark.parametrize(
    "top",
    [
        f"Skip to content\n{MENU}\n\n",  # beside other furniture
        f"Equator Ledger\nSubscribe\n{MENU}\n\n",
        f"Equator Ledger\n{MENU}\n\n",  # between the masthead and a dated headline
        f"{MENU}\nHome  World  Africa  Opinion\n\n",  # beside a menu with its gaps kept
    ],
)
def test_single_space_menu_of_unlisted_sections_is_no_title(top):
    assert _titles(f"{top}{HEADLINE}\n30 August 2023\n\n{BODY}\n") == [HEADLINE]


PREFIXED_MENU = "Home Region Markets Culture Columns Motoring eEdition"


@pytest.mark.parametrize(
    "top",
    [
        # a section label (or two) between the bar and the headline, the byline and date under it
        f"THE HIGHLAND GAZETTE\n{PREFIXED_MENU}\n\nPOLITICS\n\n",
        f"Highland Gazette\n{MENU}\nWORLD\nAfrica\n\n",
        f"We use cookies to improve your experience.\nAccept all | Manage options\n\nTHE HIGHLAND GAZETTE\n{PREFIXED_MENU}\n\nPOLITICS\n\n",
    ],
)
def test_menu_over_a_section_label_and_a_bylined_headline_is_no_title(top):
    text = f"{top}{HEADLINE}\n\nBy ANA LIND | The Highland Gazette\nWednesday, 30 August 2023 8:15 AM\n\n{BODY}\n"
    assert _titles(text) == [HEADLINE]


@pytest.mark.parametrize(
    "text, expected",
    [
        # a title-case headline under a section label, the masthead above: the headline, not a menu
        (f"Equator Ledger\nWORLD\nCentral African Leaders Demand Swift Gabon Transition\n30 August 2023\n\n{BODY}\n",
         "Central African Leaders Demand Swift Gabon Transition"),
        # a title-case headline naming a product with a lower-case prefix
        (f"Equator Ledger\nGabon Bans Sales Of iPhones Online\n30 August 2023\n\n{BODY}\n",
         "Gabon Bans Sales Of iPhones Online"),
    ],
)
def test_title_case_headline_under_a_label_is_kept(text, expected):
    assert _titles(text) == [expected]


def test_menu_repeated_on_each_page_of_a_dump_is_no_title():
    second = "Libreville's airport reopens to regional flights"
    text = (
        f"{MENU}\n\n{HEADLINE}\n30 August 2023\n\n{BODY}\n\n* * *\n\n"
        f"{MENU}\n\n{second}\n31 August 2023\n\nLIBREVILLE - Flights from Douala resumed on Thursday, the airline said.\n"
    )
    assert _titles(text) == [HEADLINE, second]


@pytest.mark.parametrize(
    "text, expected",
    [
        # a title-case headline under the masthead, its date under it
        (f"Equator Ledger\nCentral African Leaders Demand Swift Gabon Transition\n30 August 2023\n\n{BODY}\n",
         "Central African Leaders Demand Swift Gabon Transition"),
        # the same headline opening the page
        (f"Central African Leaders Demand Swift Gabon Transition\n30 August 2023\n\n{BODY}\n",
         "Central African Leaders Demand Swift Gabon Transition"),
    ],
)
def test_title_case_headline_is_kept(text, expected):
    assert _titles(text) == [expected]


@pytest.mark.parametrize(
    "line, shaped",
    [
        (MENU, True),
        ("Home Politics Regions Farming Motoring Jobs", True),
        ("Gabon Leaders Meet In Libreville Today", False),  # a small word of a headline
        ("FOREIGN MINISTER OF CAMEROON LEJEUNE MBELLA", False),  # a heading in capitals
        ("Home World Business Sport Opinion ePaper", True),  # a section with a lower-case prefix
        ("Home World Business Sport Opinion e-paper", False),  # a word in lower case
        ("Home World Business Sport Opinion epaper", False),
        ("Home News", False),  # too few entries to tell by shape
        ("Equator Ledger: Home Nation Provinces Lifestyle", False),  # punctuation
    ],
)
def test_menu_shape(line, shaped):
    assert has_menu_shape(line) is shaped
