"""An article whose headline tells an international body's own act ("Security Council lifts ...", "ECOWAS eases
sanctions on ...") is about that act: the body's act told again in the text is the event, not a reaction to it.
The body's quoted words still count, and so does a headline where it reacts ("AU condemns ...")."""

import datetime as dt

import pytest

from tracker.extract import extract_statements
from tracker.models import Article

_TEXT = (
    "NEW YORK, May 6 - The UN Security Council on Tuesday unanimously adopted a resolution ending the sanctions on the "
    "government of Ruritania. France's ambassador Jean Roche told the council the decision recognised real progress."
)


def _rows(title: str, text: str = _TEXT):
    article = Article(title=title, text=text, published="2025-05-07", published_basis="field")
    return extract_statements(article, reference_date=dt.date(2025, 5, 8), host_country=None)


@pytest.mark.parametrize(
    "title",
    ["Security Council lifts sanctions on Ruritania's government", "UN Security Council ends Ruritania sanctions after a decade"],
)
def test_the_body_whose_act_the_headline_tells_gives_no_row_for_that_act(title):
    rows = _rows(title)
    assert [(r.country, r.speaker) for r in rows] == [("FRA", "Jean Roche")], rows


@pytest.mark.parametrize(
    "title",
    [
        "Security Council urges Ruritania to hold elections", "Diplomats welcome end of Ruritania sanctions",
        "UN calls for calm in Ruritania as sanctions end", "UN Security Council members split over Ruritania",
    ],
)
def test_a_body_reacting_in_the_headline_or_not_named_there_keeps_its_row(title):
    rows = _rows(title)
    assert {r.speaker for r in rows} == {"UN Security Council", "Jean Roche"}, rows


def test_the_body_s_quoted_words_still_make_a_row():
    text = _TEXT + ' The Council said in its resolution that it "stands ready to review the measures".'
    rows = _rows("Security Council lifts sanctions on Ruritania's government", text)
    assert {r.speaker for r in rows} == {"UN Security Council", "Jean Roche"}, rows


_DEAL_TEXT = (
    "OSLO, May 6 - Norway said on Thursday it would hand control of the disputed fisheries zone to Iceland under a "
    "treaty signed in Reykjavik. Sweden's foreign minister Maria Malmer Stenergard welcomed the deal on Friday."
)


@pytest.mark.parametrize(
    "title", ["Norway agrees to hand fisheries zone to Iceland", "Norway cedes disputed fisheries zone to Iceland after talks"]
)
def test_the_country_whose_act_the_headline_tells_gives_no_row_for_that_act(title):
    rows = _rows(title, _DEAL_TEXT)
    assert [r.country for r in rows] == ["SWE"], rows


@pytest.mark.parametrize(
    ("title", "text"),
    [
        # the headline names another's act, or the country reacts in it
        ("Sweden welcomes fisheries deal", _DEAL_TEXT),
        ("Norway extends congratulations to Iceland on fisheries deal", _DEAL_TEXT),
        ("Norway welcomes its own fisheries deal with Iceland", _DEAL_TEXT),
        # the country's own words about its act still count
        ("Norway agrees to hand fisheries zone to Iceland", _DEAL_TEXT.replace("to Iceland under", 'to Iceland, calling it "a fair settlement", under')),
    ],
)
def test_a_country_reacting_or_speaking_keeps_its_row(title, text):
    rows = _rows(title, text)
    assert "NOR" in [r.country for r in rows], rows
