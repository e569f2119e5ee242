"""A page copied whole from a site brings its cookie-consent banner, its menu and the organisation's site
header above the headline; none of them is the article's title (every row filed under a banner's
"Your privacy, your choice" is lost to whoever looks for the story by its headline)."""

from __future__ import annotations

import datetime as dt

import pytest

from tracker.readers import read_document
from tracker.readers.titles import headline_below, title_fault

REFERENCE = dt.date(2024, 5, 20)

HEADLINE = "Malta and Cyprus agree a ferry corridor; Athens and Rome welcome the deal"
BODY = (
    "VALLETTA, May 14 (Island Wire) -- Malta's foreign minister said on Tuesday that the ferry corridor "
    "with Cyprus was \"a lifeline for both islands\".\n\n"
    "Greece's prime minister said on Wednesday that Athens supported the agreement."
)
RELEASE_BODY = "The Minister for Foreign Affairs said on Wednesday that the corridor was a lifeline for both islands."
RELEASE = "Statement by the Spokesperson on the ferry corridor between Malta and Cyprus, 15 May 2024"


def read(text: str, name: str = "page.txt"):
    return read_document(text.encode(), name, reference_date=REFERENCE)


CONSENT_PAGES = {
    # a consent heading, its notice, its buttons on one line, then the masthead, a menu and a section label
    "heading_notice_buttons": (
        "Your privacy, your choice\n"
        "We use cookies and similar technologies to improve your experience and show you relevant advertising. "
        "You can change your choices at any time under Cookie Settings.\n"
        "Accept all cookies   Reject non-essential   Cookie settings\n\n"
        "THE ISLAND OBSERVER\n"
        "Home  World  Mediterranean  Climate  Sport  Newsletters\n\n"
        "WORLD | EUROPE\n\n"
        f"{HEADLINE}\n\nBy Carmen Vella | The Island Observer\n15 May 2024\n\n{BODY}"
    ),
    # a notice with the vendors' count and its buttons each on a line of their own
    "buttons_on_their_own_lines": (
        "This website uses cookies\n"
        "We and our 148 vendors store and access information on your device to measure audiences and "
        "personalise ads. By clicking \"I agree\" you consent to this processing.\n"
        "I agree\nDisagree\nMore options\n\n"
        f"{HEADLINE}\n15 May 2024\n\n{BODY}"
    ),
    # a short notice and two buttons, then the outlet's masthead in title case
    "short_notice": (
        "Cookie notice\n"
        "This site uses cookies. Read our cookie policy to find out more.\n"
        "Accept \u00b7 Decline\n"
        "Mediterranean Herald\n\n"
        f"{HEADLINE}\n15 May 2024\n\n{BODY}"
    ),
    # a privacy centre's heading and a button row between bars
    "preference_centre": (
        "Privacy preference centre\n"
        "Manage consent preferences | Allow all | Confirm my choices\n\n"
        f"{HEADLINE}\nMediterranean Herald, 15 May 2024\n\n{BODY}"
    ),
}


@pytest.mark.parametrize("layout", CONSENT_PAGES)
def test_consent_banner_above_a_copied_page_is_no_title(layout):
    articles = read(CONSENT_PAGES[layout])
    assert [a.title for a in articles] == [HEADLINE]
    assert articles[0].published == "2024-05-15"
    assert "cookie" not in articles[0].text.lower()  # the banner is no part of the story either


SITE_HEADERS = [
    "Ministry of Foreign Affairs | Press Releases and Statements",
    "Council of the European Union | Press releases",
    "Government of Malta | Newsroom | Speeches and statements",
    "Office of the Spokesperson | Daily Briefings",
    "Harbour Council \u203a Media Centre \u203a Remarks",
]


@pytest.mark.parametrize("header", SITE_HEADERS)
def test_organisation_site_header_gives_way_to_the_release_title(header):
    (article,) = read(f"{header}\n\n{RELEASE}\n\n{RELEASE_BODY}")
    assert (article.title, article.published) == (RELEASE, "2024-05-15")


@pytest.mark.parametrize(
    "line, fault",
    [
        ("We value your privacy", "consent"),
        ("Your privacy matters to us", "consent"),
        ("Manage cookie preferences", "consent"),
        ("Accept all | Manage options | Reject", "consent"),
        ("Accept  Reject  Customise", "consent"),
        (
            (
                "We and our partners use cookies to store and access personal data such as browsing data to personalise "
                "content and ads. Click \"Accept all\" to consent or \"Manage options\" to choose."
            ),
            "consent",
        ),
        ("Home  World  Mediterranean  Climate  Sport  Newsletters", "menu"),
        ("Home World Business Opinion Podcasts Subscribe", "menu"),
        ("Ministry of Foreign Affairs | Press Releases and Statements", "label"),
        # headlines about cookies and privacy, and about a ministry, are headlines
        ("Brussels fines app maker over misleading cookie consent banners", None),
        ("Privacy watchdog says 'accept all' buttons mislead users", None),
        ("We value your support, Valletta tells its neighbours", None),
        ("Malta's foreign ministry summons Libyan envoy over ferry seizure", None),
        ("Malta Fishermen Protest | Why the ferry corridor worries Gozo", None),
        ("Cyprus ferry deal: what it means for Malta", None),
    ],
)
def test_page_furniture_faults(line, fault):
    assert title_fault(line) == fault


def test_headline_below_passes_over_a_long_consent_banner_without_counting_it():
    lines = [
        "We value your privacy",
        "We and our partners use cookies to personalise content and ads. Click Accept all to consent.",
        "Accept all | Manage options | Reject",
        "ISLAND OBSERVER",
        "Home  World  Mediterranean  Climate  Sport",
        "WORLD | EUROPE",
        "15 May 2024",
        HEADLINE,
    ]
    assert headline_below(lines, 1) == 7
    # a paragraph of news under a banner still stops the search: the page has no headline line
    assert headline_below(["Accept all | Reject all", "Malta's foreign minister said on Tuesday that the corridor would open.", HEADLINE], 0) is None


def test_headline_about_cookies_is_kept():
    text = f"Brussels fines app maker over misleading cookie consent banners\n15 May 2024\n\n{BODY}"
    assert [a.title for a in read(text)] == ["Brussels fines app maker over misleading cookie consent banners"]


def test_consent_banner_of_a_page_saved_as_markdown():
    text = CONSENT_PAGES["short_notice"].replace(HEADLINE, f"# {HEADLINE}")
    assert [a.title for a in read(text, "page.md")] == [HEADLINE]


@pytest.mark.parametrize("separator", [" \u2014 ", ", ", " | "])
def test_wire_name_with_its_initials_dates_the_story_and_names_the_outlet(separator):
    text = (
        f"{HEADLINE}\nLagoon News Service (LNS){separator}Wednesday, May 15, 2024\nBy Carmen Vella\n"
        "VALLETTA/NICOSIA, 15 May 2024 - Malta's foreign minister said the corridor was a lifeline."
    )
    (article,) = read(text, "wire.rtf.txt")
    assert (article.title, article.published, article.outlet) == (HEADLINE, "2024-05-15", "Lagoon News Service (LNS)")
    assert article.text.startswith("VALLETTA/NICOSIA")
