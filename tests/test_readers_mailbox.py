"""Readers: several e-mails in one file (an mbox mailbox, messages pasted one after another)."""

from __future__ import annotations

import datetime as dt

import pytest

from tracker.readers import ReadError, read_document

REFERENCE = dt.date(2025, 3, 12)


def read(data: bytes | str, name: str):
    return read_document(data.encode() if isinstance(data, str) else data, name, reference_date=REFERENCE)


MBOX = (
    "From press@mfa.example.lk Tue Mar  4 09:12:01 2025\n"
    "From: Ministry Press Desk <press@mfa.example.lk>\n"
    "To: desk@tracker.example\n"
    "Subject: Colombo congratulates the new Maldivian cabinet\n"
    "Date: Tue, 4 Mar 2025 09:10:00 +0530\n"
    "MIME-Version: 1.0\n"
    "Content-Type: text/plain; charset=utf-8\n"
    "\n"
    "The Ministry of Foreign Affairs congratulated the new cabinet in Mal\u00e9 on Tuesday.\n"
    ">From the capital, the minister sent a message of support.\n"
    "\n"
    "From news@wire.example.np Wed Mar  5 18:40:22 2025\n"
    "From: South Asia Wire <news@wire.example.np>\n"
    "Subject: =?utf-8?q?Kathmandu_welcomes_the_vote_in_Mal=C3=A9?=\n"
    "Date: Wed, 5 Mar 2025 18:40:00 +0545\n"
    "MIME-Version: 1.0\n"
    "Content-Type: text/plain; charset=utf-8\n"
    "Content-Transfer-Encoding: quoted-printable\n"
    "\n"
    "Nepal's foreign minister said on Wednesday that the vote was =\n"
    "peaceful and orderly.\n"
)


@pytest.mark.parametrize("name", ["mailbox.mbox.txt", "inbox", "export.txt"])
def test_mbox_mailbox_gives_one_article_per_message(name):
    first, second = read(MBOX, name)
    assert (first.title, first.published, first.outlet, first.position) == (
        "Colombo congratulates the new Maldivian cabinet", "2025-03-04T09:10:00+05:30", "Ministry Press Desk", 0,
    )  # fmt: skip
    assert "Nepal" not in first.text  # the next message is no part of the first
    assert (second.title, second.published, second.outlet, second.position) == (
        "Kathmandu welcomes the vote in Mal\u00e9", "2025-03-05T18:40:00+05:45", "South Asia Wire", 1,
    )  # fmt: skip
    assert second.text == "Nepal's foreign minister said on Wednesday that the vote was peaceful and orderly."


def test_a_bad_message_in_a_mailbox_is_named():
    bad = MBOX.replace("Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding", "Content-Type: image/png\nContent-Transfer-Encoding")
    with pytest.raises(ReadError) as caught:
        read(bad, "inbox.txt")
    assert caught.value.reason.startswith("message 2 of the mailbox:")
    assert "inbox.txt" in str(caught.value)


PASTED = """From: Embassy of Ghana Press <press@ghana-embassy.example>
Sent: Monday, March 3, 2025 4:05 PM
To: Desk
Subject: Accra hails the Namibian inauguration

Ghana's President congratulated the new Namibian president on Monday and
spoke of "a shared history of liberation".

{divider}From: Zambia Daily Digest <digest@zambia.example>
Sent: Tuesday, March 4, 2025 8:30 AM
To: Desk
Subject: RE: Lusaka sends its greetings to Windhoek

Zambia's foreign minister sent greetings to Windhoek on Tuesday.
"""


@pytest.mark.parametrize("divider", ["", "==========\n\n", "-----\n", "* * *\n\n"])
def test_messages_pasted_one_after_another_are_separate_articles(divider):
    first, second = read(PASTED.format(divider=divider), "pasted_mails.txt")
    assert (first.title, first.published, first.outlet) == ("Accra hails the Namibian inauguration", "2025-03-03T16:05", "Embassy of Ghana Press")
    assert first.text == "Ghana's President congratulated the new Namibian president on Monday and spoke of \"a shared history of liberation\"."
    assert (second.title, second.published, second.outlet) == ("Lusaka sends its greetings to Windhoek", "2025-03-04T08:30", "Zambia Daily Digest")
    assert second.text == "Zambia's foreign minister sent greetings to Windhoek on Tuesday."


def test_a_quoted_original_under_a_reply_is_not_another_message():
    mail = (
        "From: Desk Editor <editor@tracker.example>\nSent: Tuesday, March 4, 2025 9:00 AM\nTo: Team\n"
        "Subject: RE: Namibia reactions\n\nAdding the Angolan statement below.\n\n"
        "-----Original Message-----\nFrom: Luanda Bureau <luanda@tracker.example>\n"
        "Sent: Monday, March 3, 2025 7:00 PM\nTo: Desk Editor\nSubject: Namibia reactions\n\n"
        "Angola's president congratulated Windhoek on Monday.\n"
    )
    articles = read(mail, "reply.txt")
    assert len(articles) == 1


def test_a_line_starting_with_from_inside_a_message_does_not_split_it():
    mail = (
        "From: Desk <desk@tracker.example>\nDate: Mon, 3 Mar 2025 10:00:00 +0000\nSubject: Windhoek\n\n"
        "From the capital, envoys sent messages of support.\n\nFrom: the minister's office, a short note.\n"
    )
    (article,) = read(mail, "note.txt")
    assert article.text.endswith("From: the minister's office, a short note.")


@pytest.mark.parametrize("newline", ["\r\n", "\n"])
@pytest.mark.parametrize(
    ("mark", "date_line", "published"),
    [
        ("---------- Forwarded message ---------", "Date: Thu, 6 Mar 2025 at 16:05", "2025-03-06T16:05"),
        ("-----Original Message-----", "Sent: Thursday, March 6, 2025 4:05 PM", "2025-03-06T16:05"),
        ("Begin forwarded message:", "Date: 6 March 2025 at 16:05:11 GMT", "2025-03-06T16:05"),
    ],
)
def test_a_raw_eml_forwarding_a_wire_story_is_the_forwarded_story(newline, mark, date_line, published):
    # The forward's own date, note and signature are no article: the original's Date dates "on Wednesday".
    lines = [
        "From: Ana Kovac <a.kovac@desk.example>", "To: team@desk.example", "Subject: Fwd: Lisbon backs the Praia result",
        "Date: Sat, 8 Mar 2025 10:02:11 +0100", "MIME-Version: 1.0", "Content-Type: text/plain; charset=utf-8",
        "Content-Transfer-Encoding: 8bit", "",
        "Team, see below. I would not add Dakar yet.", "", "Ana", "--", "Ana Kovac | Lusophone desk", "",
        mark, "From: Atlantic Wire <desk@atlanticwire.example>", date_line,
        "Subject: Lisbon backs the Praia result", "To: subscribers@atlanticwire.example", "",
        "PRAIA, 6 March (Atlantic Wire) - Portugal's foreign minister said on Wednesday that the count was credible.", "",
    ]
    (article,) = read(newline.join(lines), "forward.eml")
    assert (article.title, article.published, article.outlet) == ("Lisbon backs the Praia result", published, "Atlantic Wire")
    assert article.text.startswith("PRAIA, 6 March") and "Dakar" not in article.text and "Kovac" not in article.text


# --- a saved .eml forwarding an original below the forwarder's note and signature -----------------


@pytest.mark.parametrize(
    ("mark", "date_line"),
    [
        ("---------- Forwarded message ---------", "Date: Mon, 10 Mar 2025 at 16:05"),  # Gmail
        ("-----Original Message-----", "Sent: Monday, March 10, 2025 4:05 PM"),  # Outlook
    ],
)
def test_saved_eml_reads_the_forwarded_original(mark, date_line):
    raw = (
        "From: Petra Lind <p.lind@analysts.example>\r\nTo: Baltic Desk <baltic@analysts.example>\r\n"
        "Subject: Fwd: Vilnius and Riga welcome the Estonian coalition\r\nDate: Tue, 11 Mar 2025 08:30:00 +0100\r\n"
        "MIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n"
        "Hi all,\r\n\r\nThe cleanest summary so far, below. I will update the tracker tomorrow.\r\n\r\nPetra\r\n\r\n"
        "-- \r\nPetra Lind | Baltic Desk\r\n\r\n"
        f"{mark}\r\nFrom: Northern Wire <desk@northernwire.example>\r\n{date_line}\r\n"
        "Subject: Vilnius and Riga welcome the Estonian coalition\r\nTo: subscribers@northernwire.example\r\n\r\n"
        "TALLINN, 10 March (Northern Wire) - Lithuania and Latvia welcomed the new Estonian coalition on Monday.\r\n\r\n"
        "Latvia's foreign minister called it \"a steady hand for the region\".\r\n"
    )
    (article,) = read(raw, "forward.eml")
    # The original's subject, date and sender; the forwarder's note and signature are no part of it.
    assert (article.title, article.published, article.outlet) == ("Vilnius and Riga welcome the Estonian coalition", "2025-03-10T16:05", "Northern Wire")
    assert article.text.startswith("TALLINN, 10 March (Northern Wire) - ")
    assert "Petra" not in article.text


def test_saved_eml_without_a_forward_loses_its_signature_and_reply_prefix():
    raw = (
        "From: Press Office <press@mfa.example>\nSubject: RE: Statement on the Estonian coalition\nDate: Tue, 11 Mar 2025 08:30:00 +0100\n\n"
        "The ministry welcomed the new coalition in Tallinn on Tuesday.\n\n-- \nPress Office | +372 555 0100\n"
    )
    (article,) = read(raw, "statement.eml")
    assert (article.title, article.text) == ("Statement on the Estonian coalition", "The ministry welcomed the new coalition in Tallinn on Tuesday.")
