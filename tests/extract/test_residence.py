"""A place where a speaker lives or shelters ("from exile in Canada", "who lives in Paris") is not the
country he speaks for: an exiled opposition leader stays his own country's politician."""

import pytest

from tests.extract.conftest import extract_text


@pytest.mark.parametrize(
    "text",
    [
        "Zambia swore in its new president on Friday. Writing from exile in South Africa, opposition leader Grace "
        "Mwale demanded an amnesty for jailed activists.",
        "Zambia swore in its new president on Friday. Opposition leader Grace Mwale, who lives in exile in Canada, "
        "urged the new president to free political prisoners.",
        "Zambia swore in its new president on Friday. Speaking from exile in Britain, opposition leader Grace Mwale "
        "said the new president must free political prisoners.",
        "Zambia swore in its new president on Friday. Based in Sweden, opposition leader Grace Mwale said the new "
        "president must free political prisoners.",
    ],
)
def test_a_place_of_exile_or_residence_is_not_the_speakers_country(text):
    rows = extract_text(text, host="ZMB", published="2021-03-20")
    assert [(r.country, r.speaker) for r in rows] == [("ZMB", "Grace Mwale")], rows


def test_a_place_that_opens_the_sentence_still_places_the_speaker():
    rows = extract_text("Zambia swore in its new president on Friday. In Namibia, opposition leader Peter Hango "
                        "urged the new president to free political prisoners.", host="ZMB", published="2021-03-20")
    assert [(r.country, r.speaker) for r in rows] == [("NAM", "Peter Hango")], rows
