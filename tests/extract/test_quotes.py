"""Quotations: straight, curly and single quotes, apostrophes left alone."""

import pytest

from tracker.extract.quotes import find_quotes, mask_quotes


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('The mayor said "we will rebuild the bridge" on Monday.', ["we will rebuild the bridge"]),
        ("She called it \u201ca turning point\u201d for the region.", ["a turning point"]),
        ("'Our doors stay open to Ottawa,' the minister said.", ["Our doors stay open to Ottawa,"]),
        ("'Canada's farmers deserve better,' he said.", ["Canada's farmers deserve better,"]),
        ("The envoy\u2019s remarks were \u2018measured\u2019 and calm.", ["measured"]),
        ("Ruto's aides didn't comment on the premier's trip.", []),
        ('He said "the talks \u2018Phase Two\u2019 will start" soon.', ["the talks \u2018Phase Two\u2019 will start"]),
        ('An unclosed "quote runs to the end of the line', []),
    ],
)
def test_find_quotes_returns_the_quoted_words(text, expected):
    assert [q.text for q in find_quotes(text)] == expected


def test_find_quotes_offsets_point_into_the_text():
    text = 'First line.\nThe minister said "trade will grow" today.'
    (quote,) = find_quotes(text)
    assert text[quote.start : quote.end] == "trade will grow"


def test_quote_never_spans_a_line_break():
    assert find_quotes('He said "this opens\nand this closes" later.') == []


def test_mask_quotes_hides_quoted_words_and_keeps_length():
    text = 'Kenya said "Nairobi welcomes it" firmly.'
    masked = mask_quotes(text, find_quotes(text))
    assert len(masked) == len(text)
    assert "Nairobi" not in masked and masked.startswith("Kenya said")


def test_guillemets_and_low_opening_marks_are_quotations():
    from tracker.extract.quotes import find_quotes

    found = [q.text for q in find_quotes("« Nous avons besoin de vous », said X. „Gut“, sagte er. He said \"fine\".")]
    assert found == [" Nous avons besoin de vous ", "Gut", "fine"]


def test_words_in_guillemets_do_not_become_speakers():
    from tests.extract.conftest import extract_text

    rows = extract_text(
        "French President Emmanuel Macron posted a message. «Félicitations ! La France et le Canada continueront», "
        "he wrote, before repeating it in English."
    )
    assert [(r.country, r.speaker) for r in rows] == [("FRA", "Emmanuel Macron")]
    assert "Félicitations" in rows[0].quote
