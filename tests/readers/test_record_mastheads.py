"""Readers: the masthead lines a Word or OpenDocument record opens with (a parliament's official report, a
digest's issue line) make no article, but their date line dates the debates or stories under them that give
none, and their service line is those articles' outlet."""

from __future__ import annotations

import datetime as dt
import io
import zipfile
from xml.sax.saxutils import escape

import pytest

from tests.readers.word_files import odt
from tracker.readers import read_document

REFERENCE = dt.date(2019, 3, 20)
W_NAMESPACE = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def docx(*blocks: str) -> bytes:
    body = "".join(
        (f'<w:p><w:pPr><w:pStyle w:val="Heading1"/></w:pPr><w:r><w:t>{escape(b[2:])}</w:t></w:r></w:p>' if b.startswith("# ")
         else f"<w:p><w:r><w:t>{escape(b)}</w:t></w:r></w:p>")
        for b in blocks
    )
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as package:
        package.writestr("word/document.xml", f"<w:document {W_NAMESPACE}><w:body>{body}</w:body></w:document>")
    return buffer.getvalue()


RECORDS = [
    (
        ("Dáil Éireann Debates, Official Report (unrevised)", "Wednesday 13 March 2019", "Vol. 979 No. 4",
         "# Venezuela", "Leaders' Questions", "Mary Lou McDonald (Dublin Central) (SF): The Taoiseach must say where Ireland stands.",
         "# Order of Business", "The Ceann Comhairle: We move to the Order of Business."),
        "Dáil Éireann Debates, Official Report (unrevised)", "2019-03-13",
    ),
    (
        ("Assembly Record Service | Legislative Assembly, Hansard", "Thursday, 7 March 2019",
         "# Sudan", "Questions without notice", "Ms Ana Ruiz (Northbay): Will the Minister condemn the crackdown?"),
        "Assembly Record Service | Legislative Assembly, Hansard", "2019-03-07",
    ),
    (
        # the chamber and the sitting day on one line, and the sitting's opening under them ("The Speaker took the Chair")
        ("PARLIAMENTARY DEBATES (HANSARD)", "Legislative Council \u2014 Thursday, 14 March 2019", "Volume 88 \u2014 Uncorrected proof",
         "The President took the Chair at 10.30 a.m.", "# Samoa", "Ms ANA RUIZ (Northbay): Will the Minister send help to Samoa?"),
        "PARLIAMENTARY DEBATES (HANSARD)", "2019-03-14",
    ),
]


@pytest.mark.parametrize("make", [docx, odt])
@pytest.mark.parametrize(("blocks", "outlet", "day"), RECORDS)
def test_a_records_masthead_dates_its_debates_and_names_their_outlet(make, blocks, outlet, day):
    articles = read_document(make(*blocks), f"record.{make.__name__}", reference_date=REFERENCE)
    assert articles[0].title == blocks[blocks.index(next(b for b in blocks if b.startswith("# ")))][2:]
    assert all(a.published == day and a.outlet == outlet for a in articles), articles
    assert articles[0].position == 0


def test_a_story_with_its_own_date_keeps_it_under_a_dated_masthead():
    blocks = ("Reef Weekly \u2014 Issue 41", "Sunday 10 March 2019", "# Vanuatu welcomes the vote", "8 March 2019",
              "Port Vila welcomed the calm count on Friday.", "# Fiji sends a message", "Suva sent a message on Saturday.")
    articles = read_document(docx(*blocks), "reef.docx", reference_date=REFERENCE)
    assert [(a.title, a.published) for a in articles] == [
        ("Vanuatu welcomes the vote", "2019-03-08"),
        ("Fiji sends a message", "2019-03-10"),
    ]
