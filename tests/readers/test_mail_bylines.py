"""Readers: the byline a newsletter or a forwarded story carries under its headline ("By Mara Volkova | Baltic
Ledger", "Mara Volkova" over her role, "Baltic Desk | 12 March 2024") is no text of the e-mail's story."""

import datetime as dt

import pytest

from tracker.readers import read_document

REF = dt.date(2024, 3, 14)
SUBJECT = "Estonia and Latvia welcome the new Lithuanian cabinet"
BODY = (
    "VILNIUS - The foreign ministers of Estonia and Latvia on Tuesday welcomed the new cabinet, saying it would strengthen Baltic unity."
    '\n\n"We look forward to working together," said Latvian Foreign Minister Anna Berzina.'
)


def message(body: str) -> bytes:
    return (
        "From: Baltic Morning <desk@baltic.example>\nTo: reader@example.com\n"
        f"Subject: {SUBJECT}\nDate: Tue, 12 Mar 2024 08:00:00 +0000\nContent-Type: text/plain; charset=utf-8\n\n{body}\n"
    ).encode()


def forward(body: str) -> bytes:
    return (
        f"From: Ana Lind <ana@desk.example>\nTo: desk@example.com\nSubject: Fwd: {SUBJECT}\n"
        "Date: Tue, 12 Mar 2024 09:00:00 +0000\nContent-Type: text/plain; charset=utf-8\n\nFYI, see below.\n\n"
        "---------- Forwarded message ---------\nFrom: Baltic Morning <desk@baltic.example>\n"
        f"Date: Tue, 12 Mar 2024 at 08:00\nSubject: {SUBJECT}\nTo: Ana Lind <ana@desk.example>\n\n{body}\n"
    ).encode()


@pytest.mark.parametrize(
    "byline",
    [
        "By Mara Volkova",
        "By Mara Volkova | Baltic Ledger",
        "By Mara Volkova, Baltic correspondent",
        "Mara Volkova\n\nBaltic correspondent",
        "Baltic Desk | Tuesday 12 March 2024",
        f"{SUBJECT}\nBy Mara Volkova",  # the headline repeated with the byline right under it
    ],
)
@pytest.mark.parametrize("build", [message, forward])
def test_byline_in_a_mail_body_is_no_text(byline, build):
    [article] = read_document(build(f"{byline}\n\n{BODY}"), "story.eml", reference_date=REF)
    assert article.title == SUBJECT
    assert article.text == BODY


def test_byline_in_a_mail_printed_as_text_is_no_text():
    text = f"From: Baltic Morning <desk@baltic.example>\nSent: Tuesday, March 12, 2024 8:00 AM\nTo: Ana Lind\nSubject: {SUBJECT}\n\nBy Mara Volkova | Baltic Ledger\n\n{BODY}\n"
    [article] = read_document(text.encode(), "story.txt", reference_date=REF)
    assert article.text == BODY


def test_a_name_opening_a_letter_stays():
    # a name alone with no date or role next to it is the letter's own text ("Dear ..." lines aside)
    body = f"Anna Berzina\n\n{BODY}"
    [article] = read_document(message(body), "story.eml", reference_date=REF)
    assert article.text.startswith("Anna Berzina")
