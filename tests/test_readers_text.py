"""Readers: e-mails saved or printed as text, and header date lines with reading-time parts."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from tracker.readers import read_document
from tracker.readers.dates import parse_date_line, parse_date_parts

FIXTURES = Path(__file__).parent / "fixtures" / "readers"
REFERENCE = dt.date(2025, 3, 11)  # a Tuesday


def read(data: bytes | str, name: str):
    return read_document(data.encode() if isinstance(data, str) else data, name, reference_date=REFERENCE)


# --- e-mails saved as text ------------------------------------------------------------------


def test_forwarded_statement_saved_as_txt_is_the_original_message():
    (article,) = read((FIXTURES / "forwarded_statement.txt").read_bytes(), "forwarded_statement.txt")
    # The forwarded original is what was published: its subject, date and sender, not the forwarder's.
    assert (article.title, article.published, article.published_basis, article.outlet) == (
        "Manila welcomes the Indonesian vote", "2025-03-07T16:30", "field", "DFA Philippines Press Office",
    )  # fmt: skip
    paragraphs = article.text.split("\n\n")
    assert paragraphs[0].startswith("The Department of Foreign Affairs congratulates the people of Indonesia")
    assert paragraphs[0].endswith("incoming administration in Jakarta.")  # hard-wrapped lines rejoined
    assert paragraphs[1].endswith("Secretary Rosa Villanueva said on Friday.")
    for header_or_footer in ("From:", "Subject:", "Forwarded message", "For the tracker", "Unsubscribe", "Pasay City"):
        assert header_or_footer not in article.text


def test_outlook_printed_mail_without_a_blank_line_after_its_headers():
    (article,) = read((FIXTURES / "outlook_printed_mail.txt").read_bytes(), "outlook_printed_mail.txt")
    # The account name printed above the headers, "RE:" and the mailto link are no part of the article.
    assert (article.title, article.outlet) == ("Stockholm statement on the Finnish coalition", "Press Service")
    assert article.published is not None and article.published.startswith("2025-03-06T11:45")
    assert article.text == (
        "Stockholm welcomed the new Finnish coalition on Thursday, the foreign ministry said.\n\n"
        'The minister, Johan Ek, called Finland "our closest partner in the north".'
    )


def test_apple_mail_forward_with_quoted_headers():
    mail = (
        "From: Lena Brandt <lena@desk.example>\nSubject: Fw: Vienna reacts\nDate: 10 March 2025 at 08:00:00 CET\n"
        "To: desk@desk.example\n\nBegin forwarded message:\n\n"
        "> From: Austrian Foreign Ministry <presse@bmeia.example>\n> Subject: Vienna reacts to the Czech vote\n"
        "> Date: March 7, 2025 at 10:04:00 AM GMT+1\n> To: Lena Brandt <lena@desk.example>\n>\n"
        "> Austria congratulated the Czech Republic on Friday.\n> The minister called it a good day for Europe.\n"
    )
    (article,) = read(mail, "vienna.txt")
    assert (article.title, article.published, article.outlet) == ("Vienna reacts to the Czech vote", "2025-03-07T10:04", "Austrian Foreign Ministry")
    assert article.text == "Austria congratulated the Czech Republic on Friday.\n\nThe minister called it a good day for Europe."


def test_raw_mime_message_saved_as_txt_has_its_parts_decoded():
    message = (
        b"From: Andes Wire <wire@andes.example>\r\nTo: desk@desk.example\r\nSubject: =?utf-8?q?Bogot=C3=A1_welcomes_the_vote?=\r\n"
        b"Date: Sat, 08 Mar 2025 10:00:00 -0500\r\nMIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\n"
        b"Content-Transfer-Encoding: quoted-printable\r\n\r\n"
        b"Colombia's foreign ministry welcomed the Ecuadorian vote on Saturday and praised the =\r\nelectoral council.\r\n"
    )
    for name in ("bogota.txt", "bogota"):  # named .txt, or with no extension at all
        (article,) = read(message, name)
        assert (article.title, article.published, article.outlet) == ("Bogot\u00e1 welcomes the vote", "2025-03-08T10:00:00-05:00", "Andes Wire")
        assert article.text == "Colombia's foreign ministry welcomed the Ecuadorian vote on Saturday and praised the electoral council."


def test_mail_text_inside_a_word_document_is_read_as_the_mail():
    from xml.sax.saxutils import escape

    from tests.test_readers_fields import docx_of

    body = "".join(
        f"<w:p><w:r><w:t>{escape(line)}</w:t></w:r></w:p>"
        for line in (
            "From: Press Office <press@mfa.example>", "Sent: Friday, March 7, 2025 9:00 AM", "To: desk@desk.example",
            "Subject: Rabat congratulates Nouakchott", "Morocco congratulated Mauritania on Friday.",
        )
    )  # fmt: skip
    (article,) = read(docx_of(body), "printed.docx")
    assert (article.title, article.outlet, article.text) == ("Rabat congratulates Nouakchott", "Press Office", "Morocco congratulated Mauritania on Friday.")


@pytest.mark.parametrize(
    "dump",
    [
        "From: the archives\nHow the 1990 vote was counted\n\nThe count took three days.\n",
        "Subject: fisheries\nThe ministers met on Monday to discuss quotas.\n",
        "To: the editor\nFrom: a reader in Quito\n\nYour report on the vote was fair.\n",
    ],
)
def test_text_that_only_starts_like_a_mail_stays_plain_text(dump):
    (article,) = read(dump, "page.txt")
    assert article.title == dump.split("\n", 1)[0]
    assert article.outlet is None and article.published is None


# --- header date lines with reading time and update parts ----------------------------------


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("12:04 GMT, 7 March 2025", "2025-03-07T12:04"),
        ("Published 10:04 a.m. ET, March 7, 2025", "2025-03-07T10:04"),
        ("14.30 CET on Friday 7 March 2025", "2025-03-07T14:30"),
        ("Updated 9:15 pm EST, Fri March 7, 2025", "2025-03-07T21:15"),
        ("12:04 GMT, 30 February 2025", None),
        ("12:04 the ministers met on 7 March 2025", None),
    ],
)
def test_parse_date_line_with_the_time_before_the_date(line, expected):
    assert parse_date_line(line) == expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Fri, March 7, 2025 \u00b7 4 min read", ("2025-03-07", "dateline")),
        ("Updated 3 hours ago \u00b7 5 min read", ("2025-03-11", "relative")),
        ("2 days ago | 6 min read | 14 comments", ("2025-03-09", "relative")),
        ("Published 12:04 GMT, 7 March 2025 | Updated 14:30 GMT, 8 March 2025", ("2025-03-07T12:04", "dateline")),
        ("Updated 14:30 GMT, 8 March 2025 | Published 12:04 GMT, 7 March 2025", ("2025-03-07T12:04", "dateline")),
        ("7 March 2025 \u2014 Reading time: 3 min", ("2025-03-07", "dateline")),
        ("9:40 AM \u00b7 Mar 7, 2025", ("2025-03-07T09:40", "dateline")),
        ("Mar 7, 2025 \u00b7 9:40 AM", ("2025-03-07T09:40", "dateline")),
        ("6 min read \u00b7 09:40 \u00b7 7 Mar 2025", ("2025-03-07", "dateline")),
        ("09:40 \u00b7 12 comments", None),
        ("Lagoon Post \u00b7 3 hours ago", None),  # an outlet is no reading-time part
        ("Oslo \u00b7 Bergen \u00b7 Troms\u00f8", None),
        ("5 min read \u00b7 12 comments", None),
    ],
)
def test_parse_date_parts(line, expected):
    assert parse_date_parts(line, reference_date=REFERENCE) == expected


@pytest.mark.parametrize(
    ("header", "published"),
    [
        ("Fri, March 7, 2025 \u00b7 4 min read", "2025-03-07"),
        ("Updated 3 hours ago \u00b7 5 min read", "2025-03-11"),
        ("Published 12:04 GMT, 7 March 2025 | Updated 14:30 GMT, 8 March 2025", "2025-03-07T12:04"),
        ("9:40 am, March 6, 2025", "2025-03-06T09:40"),
    ],
)
def test_txt_header_date_line_with_reading_time_dates_the_article(header, published):
    dump = f"Home \u203a World \u203a Europe\nPortugal and Spain renew their water treaty\nIberian Courier\n{header}\n\nLisbon and Madrid renewed the treaty on Thursday.\n"
    (article,) = read(dump, "water.txt")
    assert (article.title, article.published, article.outlet) == ("Portugal and Spain renew their water treaty", published, "Iberian Courier")
    assert article.text == "Lisbon and Madrid renewed the treaty on Thursday."  # the outlet and date lines are gone


def test_txt_outlet_and_time_line_under_the_headline_gives_both():
    dump = "Portugal and Spain renew their water treaty\nIberian Courier \u00b7 2 days ago\n\nLisbon and Madrid renewed the treaty.\n"
    (article,) = read(dump, "water.txt")
    assert (article.outlet, article.published, article.published_basis) == ("Iberian Courier", "2025-03-09", "relative")
    assert article.text == "Lisbon and Madrid renewed the treaty."


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        ("VILNIUS, 9 March (Amber Wire) - Lithuania welcomed the result ...", "2025-03-09"),
        ("ROME, 28 June (Agency) - Italy said ...", "2024-06-28"),  # June 2025 is after the reference
        ("LISBON, 3rd March 2025 -- Portugal said ...", "2025-03-03"),
        ("The talks on 9 March - a first - went well", None),
    ],
)
def test_dateline_with_the_day_before_the_month(paragraph, expected):
    from tracker.readers.dates import parse_dateline

    assert parse_dateline(paragraph, reference_date=REFERENCE) == expected


def test_txt_wire_story_is_dated_by_a_day_first_dateline():
    dump = "Lithuania welcomes the Latvian result\n\nVILNIUS, 9 March (Amber Wire) - Lithuania welcomed the result on Sunday.\n"
    (article,) = read(dump, "wire.txt")
    assert (article.published, article.published_basis) == ("2025-03-09", "dateline")


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Apia, 7 March 2025", "2025-03-07"),
        ("Port Moresby, March 7, 2025", "2025-03-07"),
        ("Nuku'alofa, Friday 7 March 2025 10:00", "2025-03-07T10:00"),
        ("Apia, 7 March", None),  # no year: may open a sentence
        ("Samoa, Tonga and Fiji, 2025 talks", None),
    ],
)
def test_press_release_date_line_with_the_place_before_the_date(line, expected):
    assert parse_date_line(line) == expected


# --- labels and notes above the headline ------------------------------------------------------


@pytest.mark.parametrize("kicker", ["WORLD | EUROPE", "NEWS / AFRICA", "SPORT \u203a RUGBY", "ANALYSIS"])
def test_section_label_above_a_headline_ending_in_a_quote_is_not_the_title(kicker):
    dump = f"{kicker}\n\nSTAND-OFF! Lisbon recalls envoy over 'insulting' map\n\nMadrid says the map was a printing error\n\nBy ANA COSTA\nTuesday, March 4 2025, 6:10 pm\n\nLisbon recalled its envoy on Tuesday.\n"
    (article,) = read(dump, "tabloid.txt")
    assert (article.title, article.published) == ("STAND-OFF! Lisbon recalls envoy over 'insulting' map", "2025-03-04T18:10")
    assert article.text == "Madrid says the map was a printing error\n\nLisbon recalled its envoy on Tuesday."


@pytest.mark.parametrize(
    ("banner", "date_line", "published"),
    [
        ("COASTAL RADIO ONE - THE MIDDAY REPORT\nTRANSCRIPT", "Broadcast: Monday 3 March 2025, 13:00 EAT", "2025-03-03T13:00"),
        ("NORTHERN LIGHTS TV | EVENING NEWS", "Aired: 3 March 2025", "2025-03-03"),
        ("Harbour Radio \u2013 World Tonight\nRUSH TRANSCRIPT", "First broadcast: March 3, 2025", "2025-03-03"),
    ],
)
def test_broadcast_transcript_takes_its_story_headline_not_the_channel_banner(banner, date_line, published):
    # A channel's or programme's banner on top of a bulletin transcript is no headline, and its
    # "Broadcast:" / "Aired:" line is the date that "today" and "this morning" count from.
    dump = (
        f"{banner}\r\n\r\nPort Louis votes in a new cabinet: lunchtime bulletin\r\n\r\n{date_line}\r\n"
        "Programme: The Midday Report | Duration: 14:10\r\n\r\n[13:00:04]\r\n"
        "PRESENTER (AMINA WARUI): Good afternoon. Mauritius swore in a new cabinet this morning.\r\n\r\n"
        "PRESENTER: Kenya's foreign ministry welcomed the vote today.\r\n"
    )
    (article,) = read(dump, "bulletin.txt")
    assert (article.title, article.published) == ("Port Louis votes in a new cabinet: lunchtime bulletin", published)
    assert "TRANSCRIPT" not in article.text and "Harbour Radio" not in article.text
    assert article.text.endswith("Kenya's foreign ministry welcomed the vote today.")


@pytest.mark.parametrize("note", ["(This story was translated from the Thai original)", "This article has been translated from the Khmer"])
def test_section_label_and_a_sentence_noting_the_translation_stay_out_of_the_title(note):
    dump = (
        f"MEKONG TIMES | Online edition\nWORLD / ASIA\n{note}\n\nBangkok and Phnom Penh agree to reopen a border crossing\n\n"
        "Posted : 2025-03-04 10:20 | Updated : 2025-03-04 12:05\nBy Somchai Rattana\n\n"
        "Thailand's foreign ministry welcomed the agreement on Tuesday.\n"
    )
    (article,) = read(dump, "translated_daily.txt")
    assert (article.title, article.published) == ("Bangkok and Phnom Penh agree to reopen a border crossing", "2025-03-04T10:20")
    assert article.text == "Thailand's foreign ministry welcomed the agreement on Tuesday."


def test_edition_line_and_translation_note_above_the_headline_are_dropped():
    dump = (
        "Gazeta do Norte \u00b7 International edition\r\nTranslated from the Portuguese original\r\n\r\n"
        "Maputo and Pretoria agree on a new border post\r\n\r\nTuesday, 4 March 2025 \u2013 9:15 a.m.\r\n"
        "By Redac\u00e7\u00e3o Norte \u00b7 Translation: Jo\u00e3o Mendes\r\n\r\n"
        "MAPUTO \u2013 Mozambique and South Africa agreed on Tuesday to open a new border post.\r\n"
    )
    (article,) = read(dump.encode("cp1252"), "translated.txt")
    assert (article.title, article.published) == ("Maputo and Pretoria agree on a new border post", "2025-03-04T09:15")
    assert article.text == "MAPUTO \u2013 Mozambique and South Africa agreed on Tuesday to open a new border post."


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Tuesday, 4 March 2025 \u2013 9:15 a.m.", "2025-03-04T09:15"),
        ("March 4, 2025 \u2014 21:05", "2025-03-04T21:05"),
        ("Mar 4, 2025 / 9:05 PM", "2025-03-04T21:05"),
        ("04-Mar-2025", "2025-03-04"),
        ("4-March-2025 21:05", "2025-03-04T21:05"),
    ],
)
def test_date_line_with_a_dash_before_the_time(line, expected):
    assert parse_date_line(line) == expected


@pytest.mark.parametrize("name", ["brief.txt", "brief.eml"])
def test_newsletter_subject_with_its_name_and_the_headline_repeated_in_the_body(name):
    mail = (
        "From: Andes Brief <brief@andes.example>\nDate: Fri, 07 Mar 2025 07:00:00 -0500\n"
        "Subject: Andes Brief | Lima and La Paz reopen the lake ferry\nContent-Type: text/plain; charset=utf-8\n\n"
        "Lima and La Paz reopen the lake ferry\n\nGood morning. Peru and Bolivia reopened the ferry on Thursday.\n"
    )
    (article,) = read(mail, name)
    assert (article.title, article.outlet) == ("Lima and La Paz reopen the lake ferry", "Andes Brief")
    assert article.text == "Good morning. Peru and Bolivia reopened the ferry on Thursday."  # the headline is not repeated


def test_sentence_opening_with_by_the_is_no_byline():
    dump = "Laos and Cambodia sign river accord\nBy the time the talks ended, both sides had signed.\n"
    (article,) = read(dump, "accord.txt")
    assert article.text == "By the time the talks ended, both sides had signed."


@pytest.mark.parametrize(
    ("masthead", "outlet_lines"),
    [
        ("The Fjord Courier | Foreign desk", ""),
        ("PAMPAS DIARIO | English service", "Translated from the Spanish original\n"),
        ("Seoul Ilbo \u2014 English digital edition", "World | Diplomacy\n(Translated from the Korean)\n"),
        ("Andes Wire \u203a Politics \u203a Region", "[Translated from the Portuguese]\n"),
    ],
)
def test_masthead_and_section_lines_above_the_headline_are_not_the_title(masthead, outlet_lines):
    dump = (
        f"{masthead}\n{outlet_lines}\n"
        "Quito and Lima sign a fisheries accord after two years of talks\n\n"
        "07.03.2025 \u2013 10:20 | Last update: 07.03.2025 \u2013 12:05\n\n"
        "Ecuador and Peru signed a fisheries accord on Thursday.\n"
    )
    (article,) = read(dump, "masthead.txt")
    assert (article.title, article.published) == ("Quito and Lima sign a fisheries accord after two years of talks", "2025-03-07T10:20")
    assert article.text == "Ecuador and Peru signed a fisheries accord on Thursday."


@pytest.mark.parametrize("symbol", ["GA/12544", "PR-2025-031", "SC/9981"])
def test_dated_release_header_and_document_number_above_the_title(symbol):
    dump = (
        "General Assembly | Meetings Coverage | 6 March 2025\n\n"
        f"{symbol}\n\n"
        "Assembly Members Welcome Ceasefire Between Two Neighbours, Urge Talks\n\n"
        "The Assembly met this afternoon to hear a briefing.\n"
    )
    (article,) = read(dump, "release.txt")
    assert (article.title, article.published) == ("Assembly Members Welcome Ceasefire Between Two Neighbours, Urge Talks", "2025-03-06")
    assert article.text == "The Assembly met this afternoon to hear a briefing."


def test_a_headline_with_a_bar_and_long_parts_is_still_the_title():
    dump = "Live | Ministers gather in Rabat for the migration summit\n\nMorocco hosted the talks on Friday, 7 March 2025.\n"
    (article,) = read(dump, "live.txt")
    assert article.title == "Live | Ministers gather in Rabat for the migration summit"


# --- social-media roundups ------------------------------------------------------------------


_ROUNDUP = (
    "Pacific Desk | Social\n\nHow the region greeted Fiji's new prime minister online\n\nTuesday 11 March 2025, 08:00\n\n"
    "Congratulations poured in on social media after the vote on Monday.\n\n"
    "{card_one}\n"
    "Congratulations to my friend on a great win. Australia and Fiji will keep building our security partnership.\n"
    "\u21bb 1.2K \u2665 8.4K\n\n"
    "Wellington followed within the hour.\n\n"
    "{card_two}\n"
    "Warm congratulations! New Zealand looks forward to working with you on trade.\n"
    "\U0001f501 310 \u2764\ufe0f 2,1K\n\n"
    "@islandreader: about time!\n"
)


@pytest.mark.parametrize(
    ("card_one", "card_two", "posted_one", "posted_two"),
    [
        ("Anthony Albanese \u2714 @AlboMP \u00b7 10 Mar", "Christopher Luxon \u2713 @chrisluxonmp \u00b7 11 Mar", "posted on 10 Mar", "posted on 11 Mar"),
        ("Anthony Albanese (@AlboMP) \u00b7 Mar 10", "Christopher Luxon @chrisluxonmp | 3h", "posted on Mar 10", "posted"),
    ],
)
def test_post_cards_in_a_social_roundup_become_the_posters_words(card_one, card_two, posted_one, posted_two):
    (article,) = read(_ROUNDUP.format(card_one=card_one, card_two=card_two), "roundup.txt")
    assert article.title == "How the region greeted Fiji's new prime minister online"
    paragraphs = article.text.split("\n\n")
    handle_one = "AlboMP"
    assert paragraphs[1] == (
        f"Anthony Albanese (@{handle_one}) {posted_one}: \u201cCongratulations to my friend on a great win. "
        "Australia and Fiji will keep building our security partnership.\u201d"
    )
    assert paragraphs[3].startswith(f"Christopher Luxon (@chrisluxonmp) {posted_two}: \u201cWarm congratulations!")
    assert paragraphs[4] == "@islandreader: about time!"  # a reader's handle is no card
    assert not any("8.4K" in p or "2,1K" in p for p in paragraphs)  # the counts lines are furniture


def test_post_cards_are_rows_of_their_posters_dated_by_the_stamp():
    from tracker.extract import extract_statements

    (article,) = read(_ROUNDUP.format(card_one="Anthony Albanese \u2714 @AlboMP \u00b7 10 Mar", card_two="Christopher Luxon \u2714 @chrisluxonmp \u00b7 11 Mar"), "roundup.txt")
    rows = extract_statements(article, reference_date=dt.date(2025, 3, 12), host_country="FJI")
    assert [(r.country, r.speaker, r.date) for r in rows] == [
        ("AUS", "Anthony Albanese", "2025-03-10"), ("NZL", "Christopher Luxon", "2025-03-11"),
    ]  # fmt: skip
    assert (tuple(rows[0].themes), tuple(rows[1].themes)) == (("security",), ("economy",))


def test_a_handle_line_without_a_stamp_is_not_a_card():
    dump = "Rabat hosts migration talks\n\nTuesday 11 March 2025\n\nFollow us @rabatdesk\nMorocco hosted the talks on Monday.\n"
    (article,) = read(dump, "talks.txt")
    assert article.text == "Follow us @rabatdesk\n\nMorocco hosted the talks on Monday."


@pytest.mark.parametrize("slug", ["TONGA-CABINET/REACTION (UPDATE 3)", "PERU-ELECTION/RUNOFF-REACTIONS (URGENT)", "FIJI-POLITICS/"])
def test_wire_slug_line_above_the_headline_is_no_title(slug):
    wire = (
        f"{slug}\n\nWellington and Canberra greet Tonga's new cabinet\n\nBy Ana Taufa\n\n"
        "NUKU'ALOFA, March 5 (Pacific Wire) -- Tonga's new cabinet took office on Wednesday.\n\n"
        "New Zealand's foreign minister welcomed the cabinet on Wednesday.\n"
    )
    (article,) = read(wire, "wire.txt")
    assert (article.title, article.published) == ("Wellington and Canberra greet Tonga's new cabinet", "2025-03-05")
    assert slug not in article.text
