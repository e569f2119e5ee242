"""A felicitation told in the passive ("X was congratulated by Y") is the act of Y, named after "by"; the one
congratulated gives nothing. A writer's who-clause in brackets about the speaker does not date the words."""

import datetime as dt

import pytest

from tests.extract.conftest import extract_text, speakers


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Prabowo was congratulated by Malaysian Prime Minister Anwar Ibrahim, who said the two neighbours would grow closer.",
         {("MYS", "Anwar Ibrahim")}),
        ("On Thursday, Prabowo was also congratulated by Indian Prime Minister Narendra Modi.", {("IND", "Narendra Modi")}),
        ("Prabowo was congratulated on Thursday by Malaysian Prime Minister Anwar Ibrahim.", {("MYS", "Anwar Ibrahim")}),
        ("Prabowo has been congratulated by Singapore's Prime Minister Lee Hsien Loong, who said the two countries would "
         "stay close partners.", {("SGP", "Lee Hsien Loong")}),
        ("The president-elect was also telephoned by the leaders of Vietnam and Laos.",
         {("VNM", "Vietnamese government"), ("LAO", "Lao government")}),
    ],
)
def test_the_giver_after_by_reacts(text, expected):
    rows = extract_text(text, host="IDN", published="2024-02-15", reference=dt.date(2024, 2, 16))
    assert speakers(rows) == expected, rows


@pytest.mark.parametrize(
    "text",
    [
        "Prabowo was congratulated by phone on Thursday evening.",
        "Prabowo was congratulated by thousands of supporters at a rally in Jakarta.",
    ],
)
def test_a_passive_without_a_named_giver_gives_no_row(text):
    rows = extract_text(text, host="IDN", published="2024-02-15")
    assert [r for r in rows if r.country != "IDN"] == [], rows


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Canada's Foreign Minister Melanie Joly (who met Prabowo in Jakarta last year) said Ottawa welcomed the peaceful vote.",
         {("CAN", "Melanie Joly")}),
        ("New Zealand Prime Minister Christopher Luxon (who visited Jakarta last year) said he looked forward to working "
         "with Prabowo.", {("NZL", "Christopher Luxon")}),
        ("Canada's Foreign Minister Melanie Joly (who met Prabowo in Jakarta) said last year that Ottawa welcomed closer ties.",
         set()),
    ],
)
def test_a_bracketed_who_clause_is_background_only(text, expected):
    rows = extract_text(text, host="IDN", published="2024-02-15")
    assert speakers(rows) == expected, rows


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('Chile welcomed the result (Foreign Minister Alberto van Klaveren called it "a historic mandate").',
         {("CHL", "Alberto van Klaveren")}),
        ('Several governments reacted within hours (Norway\'s Prime Minister Jonas Gahr Store said he was "delighted").',
         {("NOR", "Jonas Gahr Store")}),
        # near misses: a caption's note or a credit in brackets
        ("Canada's Foreign Minister Melanie Joly (pictured) said Ottawa welcomed the peaceful vote.", {("CAN", "Melanie Joly")}),
        ("Chile welcomed the result (AFP).", {("CHL", "Chilean government")}),
    ],
)
def test_a_speakers_own_clause_in_brackets(text, expected):
    assert speakers(extract_text(text, host="IDN", published="2024-02-15")) == expected
