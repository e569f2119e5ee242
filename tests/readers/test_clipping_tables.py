"""Readers: a briefing in Word or OpenDocument whose clippings sit in a table, one a row (outlet, date,
headline, text), under prose sections: each row is an article titled and dated by its own cells."""

from __future__ import annotations

import datetime as dt
from xml.sax.saxutils import escape

import pytest

from tests.readers.word_files import docx_of_body, odt_of_text
from tracker.readers import read_document

REFERENCE = dt.date(2021, 11, 20)
HEADER = ["Source", "Date", "Headline", "Full text"]
ROWS = [
    ["Lagoon Times", "15 Nov 2021", "Apia welcomes the fisheries pact",
     ["Samoa's prime minister said on Monday that the pact would protect the tuna stocks.",
      "Fiji's fisheries minister said Suva would sign it next month."]],
    ["Reef Courier", "16 Nov 2021", "Wellington pledges patrol boats",
     ["New Zealand's foreign minister said on Tuesday that two patrol boats would be lent to the region."]],
    ["Coral Wire", "16 Nov 2021", "Tuna prices steady after the pact",
     ["Dealers in Suva said prices were unchanged on Tuesday.", "Exporters expect a quiet month."]],
]  # fmt: skip
PROSE = [("h1", "Briefing: the Pacific fisheries pact"), "Prepared by the Oceania desk | 17 November 2021",
         ("h2", "Summary"), "The pact was signed in Apia by nine states after two years of talks.",
         ("h2", "Clippings")]  # fmt: skip


def _docx(items: list) -> bytes:
    """A .docx of paragraphs (str), headings (("h1", text)) and tables (lists of rows of cells; a cell a
    str or a list of paragraphs)."""

    def paragraph(text: str, style: str | None = None) -> str:
        props = f'<w:pPr><w:pStyle w:val="{style}"/></w:pPr>' if style else ""
        return f'<w:p>{props}<w:r><w:t xml:space="preserve">{escape(text)}</w:t></w:r></w:p>'

    body = []
    for item in items:
        if isinstance(item, str):
            body.append(paragraph(item))
        elif isinstance(item, tuple):
            body.append(paragraph(item[1], "Heading" + item[0][1:]))
        else:
            cells = lambda row: "".join("<w:tc>" + "".join(paragraph(p) for p in ([c] if isinstance(c, str) else c)) + "</w:tc>" for c in row)
            body.append("<w:tbl>" + "".join(f"<w:tr>{cells(row)}</w:tr>" for row in item) + "</w:tbl>")
    return docx_of_body("".join(body))


def _odt(items: list) -> bytes:
    """The same document as an OpenDocument text, the table's first row in its header-rows group."""
    body = []
    for item in items:
        if isinstance(item, str):
            body.append(f"<text:p>{escape(item)}</text:p>")
        elif isinstance(item, tuple):
            body.append(f'<text:h text:outline-level="{item[0][1:]}">{escape(item[1])}</text:h>')
        else:
            def row(cells: list) -> str:
                return "<table:table-row>" + "".join(
                    "<table:table-cell>" + "".join(f"<text:p>{escape(p)}</text:p>" for p in ([c] if isinstance(c, str) else c)) + "</table:table-cell>"
                    for c in cells
                ) + "</table:table-row>"  # fmt: skip
            body.append(f"<table:table><table:table-header-rows>{row(item[0])}</table:table-header-rows>{''.join(row(r) for r in item[1:])}</table:table>")
    return odt_of_text("".join(body))


BUILDERS = [(_docx, "briefing.docx"), (_odt, "briefing.odt")]


@pytest.mark.parametrize(("build", "name"), BUILDERS)
def test_each_row_of_a_clipping_table_is_an_article_with_its_own_title_date_and_outlet(build, name):
    articles = read_document(build([*PROSE, [HEADER, *ROWS], "Sources: the outlets' websites."]), name, reference_date=REFERENCE)
    clippings = articles[-3:]
    assert [(a.title, a.published, a.outlet) for a in clippings] == [
        ("Apia welcomes the fisheries pact", "2021-11-15", "Lagoon Times"),
        ("Wellington pledges patrol boats", "2021-11-16", "Reef Courier"),
        ("Tuna prices steady after the pact", "2021-11-16", "Coral Wire"),
    ]
    assert clippings[0].text == "\n\n".join(ROWS[0][3])
    assert clippings[1].text == ROWS[1][3][0]
    assert [a.position for a in articles] == list(range(len(articles)))
    # the briefing's own prose is read as before, none of the clippings in it
    assert all("patrol boats" not in a.text for a in articles[:-3])


@pytest.mark.parametrize(("build", "name"), BUILDERS)
def test_a_document_that_is_only_a_clipping_table_gives_its_rows(build, name):
    articles = read_document(build([[["Outlet", "Published", "Title", "Body"], *ROWS[:2]]]), name, reference_date=REFERENCE)
    assert [a.title for a in articles] == ["Apia welcomes the fisheries pact", "Wellington pledges patrol boats"]


@pytest.mark.parametrize(("build", "name"), BUILDERS)
def test_a_who_said_what_table_without_a_text_column_stays_lines_of_its_article(build, name):
    table = [["Country", "Speaker", "Reaction", "Day"], ["Tonga", "Prime minister", "Welcomed the pact", "Monday"]]
    (article,) = read_document(build(["Pacific states welcome the fisheries pact", "Nine states signed the pact in Apia.", table]), name, reference_date=REFERENCE)
    assert article.title == "Pacific states welcome the fisheries pact"
    assert "Tonga - Prime minister - Welcomed the pact - Monday" in article.text
