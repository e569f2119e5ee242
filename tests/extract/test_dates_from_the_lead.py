"""Undated words dated from the lead or from a message's own day: a lead naming international bodies dates
their words, a body the lead does not name keeps the article's day, and a message made public on a day is
dated by it."""

import pytest

from tests.extract.conftest import extract_text


@pytest.mark.parametrize(
    ("lead", "org_sentence", "org"),
    [
        (
            (
                "NIAMEY - The regional bloc ECOWAS, the African Union and the United Nations condemned on Wednesday the "
                "seizure of power in Niger, where guards detained the president."
            ),
            "The African Union Commission chairperson Moussa Faki Mahamat urged the guards to free the president.",
            "African Union",
        ),
        (
            (
                "LIBREVILLE - The African Union and the Economic Community of Central African States denounced on "
                "Wednesday the takeover in Gabon."
            ),
            (
                "The Economic Community of Central African States said in a communique that it rejected any seizure "
                "of power by force."
            ),
            "ECCAS",
        ),
    ],
)
def test_a_lead_naming_international_bodies_dates_their_undated_words(
    lead, org_sentence, org
):
    text = f"{lead}\n\n{org_sentence}\n\nSoldiers patrolled the capital on Thursday afternoon."
    rows = extract_text(text, published="2023-08-31")
    row = next(r for r in rows if r.organization == org)
    assert row.date == "2023-08-30", rows


def test_a_body_the_lead_does_not_name_keeps_the_articles_day():
    text = (
        "The African Union condemned on Wednesday the seizure of power in Niger.\n\n"
        "The Economic Community of West African States said in a statement that it rejected the takeover."
    )
    rows = extract_text(text, published="2023-07-27")
    row = next(r for r in rows if r.organization == "ECOWAS")
    assert row.date == "2023-07-27", rows


@pytest.mark.parametrize("verb", ["published", "posted"])
def test_a_message_made_public_on_a_day_is_dated_by_it(verb):
    text = (
        "COLOMBO - The election commission proclaimed the results on Sunday.\n\n"
        "Chad's President Idriss Deby followed with a message praising the calm. "
        "Indian Prime Minister Narendra Modi's message, "
        f"{verb} by the Indian embassy on Tuesday, said New Delhi was ready to deepen trade with Colombo."
    )
    rows = extract_text(text, published="2024-09-26")
    # the day is the message's own, not one borrowed from the paragraph around it
    assert [(r.date, r.date_basis) for r in rows if r.speaker == "Narendra Modi"] == [
        ("2024-09-24", "statement")
    ], rows
