"""Two voices read where the article gives no other cue: a transcript's turn labelled "The Foreign Minister (Mr X):"
outside a parliament's record is X's, as "Foreign Minister, Mr X:" is; a bare "Commission spokeswoman X" in an
article that named the European Union or its Commission speaks for the EU, not the host."""

from __future__ import annotations

import pytest

from tests.extract.conftest import extract_text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Foreign Minister (Mr Winston Peters): New Zealand stands with Samoa and congratulates the new government.",
         ("NZL", "Winston Peters")),
        ("Foreign Minister (Winston Peters): We welcome the result and congratulate the new government.", ("NZL", "Winston Peters")),
        ("The Prime Minister (Mr Anthony Albanese): Australia welcomes the result. We look forward to working with the "
         "new government.", ("AUS", "Anthony Albanese")),
    ],
)
def test_a_bracketed_office_label_opens_the_named_officials_turn(text, expected):
    rows = extract_text(text, host="WSM", published="2025-09-17")
    assert [(r.country, r.speaker) for r in rows] == [expected], rows


@pytest.mark.parametrize(
    "text",
    [
        # an outlet's or a place's brackets are no office's
        "Reuters (London): Markets rose on the news of the new government.",
        "The Harbour Times (Suva): We welcome the result.",
    ],
)
def test_a_bracketed_label_without_an_office_opens_no_turn(text):
    assert extract_text(text, host="WSM", published="2025-09-17") == []


@pytest.mark.parametrize(
    "text",
    [
        "The European Union urged restraint on Monday.\n\nCommission spokeswoman Ana Ruiz said the bloc respected the result.",
        "The European Commission welcomed the vote.\n\nCommission spokeswoman Ana Ruiz said Brussels would keep its aid flowing.",
        "EU foreign policy chief Kaja Kallas said the vote was flawed. Commission spokeswoman Ana Ruiz said the bloc "
        "would review its aid.",
    ],
)
def test_a_bare_commission_spokesperson_in_an_eu_article_is_the_eus(text):
    rows = extract_text(text, host="GEO", published="2024-05-15")
    assert ("EUU", "Ana Ruiz") in {(r.country, r.speaker) for r in rows}, rows


@pytest.mark.parametrize(
    "text",
    [
        # the host's own election body named last, or no EU at all: the host's commission
        "The European Union urged restraint. The National Electoral Commission published the results. "
        "Commission spokeswoman Ana Ruiz said turnout was high.",
        "Commission spokeswoman Ana Ruiz said turnout was high.",
        # another commission's spokeswoman named in full
        "The European Union urged restraint. Electoral Commission spokeswoman Ana Ruiz said turnout was high.",
    ],
)
def test_a_commission_spokesperson_of_another_body_is_not_the_eus(text):
    rows = extract_text(text, host="GEO", published="2024-05-15")
    assert ("EUU", "Ana Ruiz") not in {(r.country, r.speaker) for r in rows}, rows
