"""A Markdown copy of a page without ``#`` headings: its headline, date line and byline stand on lines of
their own with no blank line between. Markdown would join them into one paragraph; the reader keeps the
headline as the title and reads the date line and byline for what they are."""

from __future__ import annotations

import datetime as dt

import pytest

from tracker.readers import read_document

REFERENCE = dt.date(2022, 3, 20)
HEADLINE = "Baltic capitals back Vilnius in the rail transit row"
BODY = (
    "VILNIUS - Latvia's foreign minister said on Tuesday that Riga stood with Lithuania in the dispute.\n\n"
    "Estonia's prime minister said the transit rules were a matter for the whole union."
)


@pytest.mark.parametrize(
    "header, published, outlet",
    [
        (["March 15, 2022"], "2022-03-15", None),
        (["*15 March 2022*"], "2022-03-15", None),
        (["By Ruta Kalnina", "Tuesday, 15 March 2022"], "2022-03-15", None),
        (["**By Ruta Kalnina | Amber Coast Courier**", "15.03.2022"], "2022-03-15", "Amber Coast Courier"),
        (["Amber Coast Courier, 15 March 2022"], "2022-03-15", "Amber Coast Courier"),
    ],
)
def test_headline_over_date_line_without_blank_line_is_the_title(header, published, outlet):
    text = "\n".join([HEADLINE, *header]) + f"\n\n{BODY}\n"
    (article,) = read_document(text.encode(), "courier_copy.md", reference_date=REFERENCE)
    assert article.title == HEADLINE
    assert article.published == published
    assert article.outlet == outlet
    assert article.text == BODY


def test_soft_wrapped_markdown_prose_is_still_one_paragraph():
    text = (
        f"# {HEADLINE}\n\n"
        "Latvia's foreign minister said on Tuesday that Riga stood with\n"
        "Lithuania in the dispute and would raise it in Brussels on\n"
        "15 March 2022 or soon after.\n"
    )
    (article,) = read_document(text.encode(), "courier_copy.md", reference_date=REFERENCE)
    assert article.text == (
        "Latvia's foreign minister said on Tuesday that Riga stood with Lithuania in the dispute and would "
        "raise it in Brussels on 15 March 2022 or soon after."
    )
