"""Readers: prints of several e-mails pasted into one text file (alert digests, forwarded wires)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from tracker.readers import read_document

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "readers"
REFERENCE = dt.date(2025, 7, 1)


def read_text(text: str, name: str = "digest.txt"):
    return read_document(text.encode(), name, reference_date=REFERENCE)


def message(subject: str, *, sent: str = "Thursday, May 22, 2025 8:05 AM", body: str | None = None) -> str:
    body = body or "QUITO - Ecuador's Foreign Minister Paola Andrade said on Wednesday that Quito welcomed the ceasefire."
    return f"From: Andes Alerts <alerts@andes.example>\nSent: {sent}\nTo: Desk <desk@firm.example>\nSubject: {subject}\n\n{body}\n"


TWO_MESSAGES = message("Quito welcomes the ceasefire") + "\n\n" + message(
    "Lima offers to host the talks", sent="Friday, May 23, 2025 7:30 AM",
    body="LIMA - Peru's Foreign Minister Lucia Calderon said on Thursday that Lima would host the next round.",
)


def test_printed_alert_digest_gives_one_article_per_message():
    first, second = read_document((FIXTURES / "printed_alert_digest.txt").read_bytes(), "printed_alert_digest.txt", reference_date=REFERENCE)
    assert (first.title, first.published, first.outlet) == (
        "Vilnius and Riga condemn cable cut in the Baltic Sea", "2025-03-04T07:40", "Amber Coast Alerts",
    )  # fmt: skip
    assert (second.title, second.published, second.outlet) == (
        "Helsinki offers divers as investigation widens", "2025-03-05T06:15", "Daugava Morning Note",
    )  # fmt: skip
    assert first.text.startswith("VILNIUS, March 4 (Amber Coast) - Lithuania's Foreign Minister Rasa Kaunaite")
    assert second.text.endswith("Estonia's government said on Tuesday it would share radar records with investigators.")


def test_print_lines_and_alert_footers_are_not_text():
    articles = read_document((FIXTURES / "printed_alert_digest.txt").read_bytes(), "printed_alert_digest.txt", reference_date=REFERENCE)
    for article in articles:
        for furniture in ("Printed by", "You are receiving", "Unsubscribe", "Manage", "---"):
            assert furniture not in article.text and furniture not in article.title


@pytest.mark.parametrize(
    ("subject", "title"),
    [
        ("FW: News alert: Quito welcomes the ceasefire", "Quito welcomes the ceasefire"),
        ("RE: FW: Quito welcomes the ceasefire", "Quito welcomes the ceasefire"),
        ("[EXTERNAL] Quito welcomes the ceasefire", "Quito welcomes the ceasefire"),
        ("Google Alert - Quito welcomes the ceasefire", "Quito welcomes the ceasefire"),
        ("Breaking: Quito welcomes the ceasefire", "Quito welcomes the ceasefire"),
        ("RV: Alerta: Quito celebra el alto el fuego", "Quito celebra el alto el fuego"),
        ("[Andes watch] Alert | Quito welcomes the ceasefire", "Quito welcomes the ceasefire"),
        # an alert or an urgent matter in the headline itself stays
        ("Alert levels raised along the Colombian border", "Alert levels raised along the Colombian border"),
        ("Urgent talks on the ceasefire open in Quito", "Urgent talks on the ceasefire open in Quito"),
    ],
)
def test_the_subject_without_forward_and_alert_prefixes_is_the_title(subject, title):
    (article,) = read_text(message(subject))
    assert article.title == title


@pytest.mark.parametrize(
    "above",
    [
        "Printed by: Ana Villacis\n",
        "Printed by: Ana Villacis\nRidgeline Advisory - Andes watch - alerts of 22 May\n\n",
        "Ana Villacis\n\nRidgeline Advisory - Andes watch\nAlerts of 22-23 May\n\n",
    ],
)
def test_lines_above_the_first_message_do_not_stop_the_print_being_read_as_mail(above):
    first, second = read_text(above + TWO_MESSAGES)
    assert (first.title, first.published) == ("Quito welcomes the ceasefire", "2025-05-22T08:05")
    assert (second.title, second.published) == ("Lima offers to host the talks", "2025-05-23T07:30")


def test_an_alert_footer_in_a_plain_text_dump_is_no_article_title():
    text = (
        "Quito welcomes the ceasefire\n\n"
        "QUITO - Ecuador's Foreign Minister Paola Andrade said on Wednesday that Quito welcomed the ceasefire.\n\n"
        "You are receiving this briefing because you subscribed to: ECUADOR.\n"
        "Manage alerts | Unsubscribe\n"
    )
    articles = read_text(text, "briefing.txt")
    assert [a.title for a in articles] == ["Quito welcomes the ceasefire"]
    assert "receiving" not in articles[0].text and "Unsubscribe" not in articles[0].text


@pytest.mark.parametrize(
    "above",
    [
        # a webmail print: the program, the account, the folder, the print's title and its page counter
        "Outlook on the web\nTomas Quispe <tquispe@ridgeline.example>\nFolder: Inbox\nAndes monitoring alerts of 22-23 May\nPage 1 of 2\n\n",
        # a browser's print stamp and page counter, the printer's name, the digest's title and two notes
        "23/05/2025, 09:14 Mail - Ridgeline desk\nPrinted by: Tomas Quispe\nInbox (2)\nAndes watch - press digest\nFor the Thursday meeting\nPlease read before noon\n1/2\n\n",
    ],
)
def test_a_long_print_header_of_print_lines_is_read_as_mail(above):
    first, second = read_text(above + TWO_MESSAGES)
    assert (first.title, first.published, first.outlet) == ("Quito welcomes the ceasefire", "2025-05-22T08:05", "Andes Alerts")
    assert (second.title, second.published) == ("Lima offers to host the talks", "2025-05-23T07:30")


@pytest.mark.parametrize(
    "above",
    [
        # a story's own short lines above a quoted message: more than a print header's few lines of text
        "Quito and Lima trade notes on the ceasefire\n22 May 2025\nBy Tomas Quispe\nThe notes were short.\nBoth sides kept them private.\n\n",
        # print lines, then more lines of text than a print header holds
        "Printed by: Tomas Quispe\nPage 1 of 2\nQuito and Lima trade notes on the ceasefire\nBy Tomas Quispe\nThe notes were short.\nBoth sides kept them private.\n\n",
    ],
)
def test_text_with_a_mail_header_block_deep_inside_is_no_mail(above):
    articles = read_text(above + message("Quito welcomes the ceasefire"))
    assert articles[0].title == "Quito and Lima trade notes on the ceasefire"
    assert "Subject: Quito welcomes the ceasefire" in articles[0].text
