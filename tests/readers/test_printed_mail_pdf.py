"""Readers: e-mails printed to PDF, one message a page or more, each page headed by the same print and From lines."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.test_readers_pdf_columns import build_pdf
from tracker.readers import read_document

REFERENCE = dt.date(2019, 9, 20)
SENDER = "From: Ines Vallo <ines.vallo@harbourline.example>"


def _message_page(headers: list[str], paragraphs: list[str], *, printed: str | None = "Printed by: Tomas Berg") -> list[tuple[float, float, float, str]]:
    """One printed page: an optional small print line, the header lines, then the body a paragraph a line or more."""
    runs: list[tuple[float, float, float, str]] = []
    y = 806
    if printed:
        runs.append((40, y, 8, printed))
    y -= 27
    for header in headers:
        runs.append((40, y, 10, header))
        y -= 29
    y -= 20
    for paragraph in paragraphs:
        words = paragraph.split()
        for start in range(0, len(words), 13):
            runs.append((40, y, 10, " ".join(words[start : start + 13])))
            y -= 12
        y -= 14
    return runs


FORWARD_HEADERS = [SENDER, "Subject: Fwd: Reef closure - first reactions", "Date: 16 September 2019 18:20:03 BST", "To: Tomas Berg <t.berg@harbourline.example>"]
FORWARD_BODY = [
    "Tomas - Piet's note from the morning, for the Wednesday pack.",
    "Ines",
    "Begin forwarded message:",
    "From: Piet Olsen <p.olsen@harbourline.example>",
    "Subject: Reef closure - first reactions",
    "Date: 16 September 2019 11:02:44 BST",
    "To: Pacific desk <pacific@harbourline.example>",
    "Hi all,",
    "Fiji's fisheries minister said the closure of the northern reef was a blow to coastal villages and asked for talks.",
    "Samoa's prime minister said Apia would send observers to the survey.",
    "Piet",
]
REPLY_HEADERS = [SENDER, "Subject: Re: Reef closure - Tuesday updates", "Date: 17 September 2019 16:40:10 BST", "To: Tomas Berg <t.berg@harbourline.example>"]
REPLY_BODY = [
    "Hi Tomas,",
    "Tonga's foreign minister said on Tuesday that Nuku'alofa backed the survey and would share its own data.",
    "The Australian high commissioner said on Monday evening that Canberra would fund the monitoring buoys.",
    "Ines",
    "On 17 Sep 2019, at 09:15, Tomas Berg wrote:",
    "> Could you send Tuesday's updates before the call?",
]


@pytest.mark.parametrize("printed", ["Printed by: Tomas Berg", None])
def test_each_printed_message_is_its_own_article_when_every_page_opens_with_the_same_sender(printed):
    pages = [_message_page(FORWARD_HEADERS, FORWARD_BODY, printed=printed), _message_page(REPLY_HEADERS, REPLY_BODY, printed=printed)]
    first, second = read_document(build_pdf(pages), "desk_mails.pdf", reference_date=REFERENCE)
    assert (first.title, first.published) == ("Reef closure - first reactions", "2019-09-16T11:02:44")
    assert (second.title, second.published) == ("Reef closure - Tuesday updates", "2019-09-17T16:40:10")
    assert "Samoa's prime minister" in first.text and "Tonga" not in first.text
    assert second.text.startswith("Hi Tomas,") and "Tonga's foreign minister" in second.text
    assert "Samoa" not in second.text


def test_a_message_running_over_a_page_break_keeps_its_tail_and_the_next_message_starts_at_its_headers():
    tail = [(40, 804, 10, "Palau's president said on Monday the closure was overdue."), (40, 777, 10, "Piet")]
    pages = [_message_page(FORWARD_HEADERS, FORWARD_BODY[:-1]), tail, _message_page(REPLY_HEADERS, REPLY_BODY)]
    first, second = read_document(build_pdf(pages), "desk_mails.pdf", reference_date=REFERENCE)
    assert "Palau's president" in first.text and "Palau" not in second.text
    assert second.title == "Reef closure - Tuesday updates"


def test_the_quoted_message_closing_a_reply_is_no_part_of_its_text():
    pages = [_message_page(FORWARD_HEADERS, FORWARD_BODY), _message_page(REPLY_HEADERS, REPLY_BODY)]
    _, reply = read_document(build_pdf(pages), "desk_mails.pdf", reference_date=REFERENCE)
    assert reply.text.rstrip().endswith("Ines")
    assert "wrote:" not in reply.text and "Could you send" not in reply.text


@pytest.mark.parametrize("intro", ["On Tue, 17 Sep 2019 at 09:15, Tomas Berg <t.berg@harbourline.example> wrote:", ""])
def test_a_saved_reply_ends_before_the_quoted_request(intro):
    body = "\n\n".join(REPLY_BODY[:4]) + f"\n\n{intro}\n> Could you send Tuesday's updates before the call?\n> Thanks, T.\n"
    data = (
        "From: Ines Vallo <ines.vallo@harbourline.example>\nTo: Tomas Berg <t.berg@harbourline.example>\n"
        "Subject: Re: Reef closure - Tuesday updates\nDate: Tue, 17 Sep 2019 16:40:10 +0100\n"
        f'MIME-Version: 1.0\nContent-Type: text/plain; charset="utf-8"\n\n{body}'
    ).encode()
    (article,) = read_document(data, "reply.eml", reference_date=REFERENCE)
    assert article.title == "Reef closure - Tuesday updates"
    assert "Could you send" not in article.text and "wrote:" not in article.text
    assert "Tonga's foreign minister" in article.text
