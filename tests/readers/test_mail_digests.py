"""Readers: an e-mail digest or newsletter whose stories stand between rules, each under its own headline,
is one article a story (its own headline, date line and outlet), not one article titled by the subject."""

from __future__ import annotations

import datetime as dt

import pytest

from tracker.readers import read_document

REFERENCE = dt.date(2021, 5, 6)
RULE = "-" * 60


def _eml(subject: str, body: str, *, sender: str = "Harbour Desk <digest@harbourdesk.example>") -> bytes:
    return (
        f"From: {sender}\nTo: readers@example.org\nSubject: {subject}\nDate: Tue, 04 May 2021 07:15:00 +1200\n"
        f'MIME-Version: 1.0\nContent-Type: text/plain; charset="utf-8"\nContent-Transfer-Encoding: 8bit\n\n{body}'
    ).encode()


def _printed(subject: str, body: str) -> bytes:
    return f"From: Harbour Desk <digest@harbourdesk.example>\nSent: Tuesday, May 4, 2021 7:15 AM\nTo: Pacific team\nSubject: {subject}\n\n{body}".encode()


STORIES = [
    ("Vanuatu names a new prime minister after a week of talks", "Melanesia Courier | 3 May 2021",
     "PORT VILA - Vanuatu's parliament elected a new prime minister on Monday.\n\n"
     "Fiji's prime minister said on Monday that Suva looked forward to working with Port Vila on labour mobility."),
    ("Canberra and Wellington send messages to Port Vila", "Tasman Wire | 4 May 2021",
     "Australia's foreign minister said on Tuesday that Canberra would keep funding the police partnership.\n\n"
     "New Zealand's prime minister wrote on Monday evening that she hoped to meet the new leader soon."),
    ("Kava exports reach a record in April", "Tasman Wire | 4 May 2021",
     "Kava shipments to Fiji and Hawaii rose by a third in April, the customs office said."),
]  # fmt: skip


def _digest(stories=STORIES) -> str:
    parts = ["HARBOUR DESK DIGEST\nTuesday 4 May 2021\n\nGood morning. Three items from Port Vila today."]
    parts += [f"{headline}\n{dateline}\n\n{text}" for headline, dateline, text in stories]
    parts.append("You are receiving this digest because you subscribed to Harbour Desk.\nManage alerts | Unsubscribe")
    return f"\n\n{RULE}\n\n".join(parts) + "\n"


@pytest.mark.parametrize(("data", "name"), [(_eml("Harbour Desk Digest - Tuesday 4 May 2021", _digest()), "digest.eml"),
                                            (_printed("Harbour Desk Digest - Tuesday 4 May 2021", _digest()), "digest.txt")])  # fmt: skip
def test_each_story_between_rules_is_an_article_with_its_own_headline_date_and_outlet(data, name):
    articles = read_document(data, name, reference_date=REFERENCE)
    assert [(a.title, a.published, a.outlet) for a in articles] == [
        ("Vanuatu names a new prime minister after a week of talks", "2021-05-03", "Melanesia Courier"),
        ("Canberra and Wellington send messages to Port Vila", "2021-05-04", "Tasman Wire"),
        ("Kava exports reach a record in April", "2021-05-04", "Tasman Wire"),
    ]
    assert articles[0].text.startswith("PORT VILA - ") and "Canberra" not in articles[0].text
    assert articles[1].text.startswith("Australia's foreign minister") and "Kava" not in articles[1].text
    assert all("Good morning" not in a.text and "Unsubscribe" not in a.text for a in articles)


def test_stories_under_section_labels_with_bylines_take_the_message_date_and_sender():
    body = "\n\n".join([
        "View this email in your browser", "REEF LETTER\nThe week in the islands\nFriday 7 May 2021 | Issue 12", RULE,
        "POLITICS", RULE, "Vanuatu names a new prime minister after a week of talks", "By Leilani Tomas, Reef Letter",
        "Fiji's prime minister said on Monday that Suva looked forward to working with Port Vila.", RULE,
        "REGION", RULE, "Canberra and Wellington send messages to Port Vila", "By Ana Soape, Reef Letter",
        "Australia's foreign minister said on Tuesday that Canberra would keep funding the police partnership.", RULE,
        "Reef Letter, PO Box 88, Apia",
    ])  # fmt: skip
    first, second = read_document(_eml("Reef Letter", body, sender="Reef Letter <news@reefletter.example>"), "letter.eml", reference_date=REFERENCE)
    assert (first.title, first.published[:10], first.outlet) == ("Vanuatu names a new prime minister after a week of talks", "2021-05-04", "Reef Letter")
    assert second.title == "Canberra and Wellington send messages to Port Vila"
    assert "Australia" not in first.text and "Fiji" not in second.text


def test_one_story_and_a_section_of_briefs_between_rules_stays_one_article():
    body = "\n\n".join([
        "HARBOUR DESK\nMorning note | Tuesday 4 May 2021", RULE,
        "Vanuatu names a new prime minister after a week of talks",
        "Fiji's prime minister said on Monday that Suva looked forward to working with Port Vila on labour mobility.", RULE,
        "SHIPPING\nFreight rates to Port Vila rose by 4% in April.\n\nFUEL\nDiesel prices were unchanged.", RULE,
        "You are receiving this note because you subscribed.",
    ])  # fmt: skip
    (article,) = read_document(_eml("Harbour Desk | Vanuatu names a new prime minister after a week of talks", body), "note.eml", reference_date=REFERENCE)
    assert article.title == "Vanuatu names a new prime minister after a week of talks"
    assert "Fiji's prime minister" in article.text
