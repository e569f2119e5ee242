"""Readers: e-books (.epub, one article a chapter) and PowerPoint presentations (.pptx, the deck's slides)."""

from __future__ import annotations

import datetime as dt
import io
import zipfile
from pathlib import Path
from xml.sax.saxutils import escape

import pytest

from tracker.readers import ReadError, read_document

FIXTURES = Path(__file__).parent / "fixtures" / "readers"
REFERENCE = dt.date(2025, 11, 14)


def zip_of(*members: tuple[str, str | bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as package:
        for name, content in members:  # an e-book's "mimetype" comes first, stored, as the format asks
            package.writestr(name, content, compress_type=zipfile.ZIP_STORED if name == "mimetype" else None)
    return buffer.getvalue()


# --- e-books ----------------------------------------------------------------------------------

CHAPTERS = {
    "cover.xhtml": "<html xmlns='http://www.w3.org/1999/xhtml'><head><title>Cover</title></head><body><p>Morning Digest</p></body></html>",
    "story1.xhtml": (
        "<?xml version='1.0' encoding='utf-8'?><html xmlns='http://www.w3.org/1999/xhtml'><head><title>Oslo welcomes the Icelandic vote</title>"
        "</head><body><h1>Oslo welcomes the Icelandic vote</h1><p class='date'>Wednesday, 12 November 2025</p>"
        "<p>Norway's foreign minister said on Wednesday that the Icelandic election had been a model of calm, and that Oslo "
        "looked forward to working with the new cabinet in Reykjavik on fisheries and Arctic research.</p>"
        "<p>The minister added that the two countries would meet again before the end of the year.</p></body></html>"
    ),
    "story2.xhtml": (
        "<?xml version='1.0' encoding='utf-8'?><html xmlns='http://www.w3.org/1999/xhtml'><head><title>Helsinki sends its congratulations</title>"
        "</head><body><h1>Helsinki sends its congratulations</h1><p>13 November 2025</p>"
        "<p>Finland's president congratulated the winner of the Icelandic election on Thursday and called the Nordic "
        "countries \u201ca family that votes in peace\u201d, his office said in a statement published in Helsinki.</p>"
        "<p>The statement did not mention the coalition talks, which are expected to last several weeks.</p></body></html>"
    ),
}


def epub(*, spine: list[str], publisher: str | None = "Nordic Morning Digest") -> bytes:
    items = "".join(f"<item id='{Path(name).stem}' href='text/{name}' media-type='application/xhtml+xml'/>" for name in CHAPTERS)
    items += "<item id='nav' href='nav.xhtml' media-type='application/xhtml+xml' properties='nav'/>"
    refs = "".join(f"<itemref idref='{Path(name).stem}'/>" for name in spine)
    publisher_xml = f"<dc:publisher>{publisher}</dc:publisher>" if publisher else ""
    opf = (
        "<?xml version='1.0' encoding='utf-8'?><package xmlns='http://www.idpf.org/2007/opf' version='3.0' unique-identifier='id'>"
        "<metadata xmlns:dc='http://purl.org/dc/elements/1.1/'><dc:title>Morning Digest</dc:title><dc:identifier id='id'>digest-1</dc:identifier>"
        f"{publisher_xml}</metadata><manifest>{items}</manifest><spine><itemref idref='nav'/>{refs}</spine></package>"
    )
    container = (
        "<?xml version='1.0'?><container version='1.0' xmlns='urn:oasis:names:tc:opendocument:xmlns:container'>"
        "<rootfiles><rootfile full-path='OEBPS/content.opf' media-type='application/oebps-package+xml'/></rootfiles></container>"
    )
    nav = "<html xmlns='http://www.w3.org/1999/xhtml'><body><nav><ol><li>Oslo</li><li>Helsinki</li></ol></nav></body></html>"
    members = [("mimetype", "application/epub+zip"), ("META-INF/container.xml", container), ("OEBPS/content.opf", opf), ("OEBPS/nav.xhtml", nav)]
    members += [(f"OEBPS/text/{name}", body) for name, body in CHAPTERS.items()]
    members.append(("OEBPS/images/cover.jpg", b"\xff\xd8\xff\xe0 not read"))
    return zip_of(*members)


def test_epub_gives_one_article_a_chapter_in_reading_order():
    data = epub(spine=["cover.xhtml", "story2.xhtml", "story1.xhtml"])  # the spine, not the zip, gives the order
    first, second = read_document(data, "digest.epub", reference_date=REFERENCE)
    assert (first.title, first.published, first.position) == ("Helsinki sends its congratulations", "2025-11-13", 0)
    assert first.text.startswith("Finland's president congratulated the winner")
    assert (second.title, second.published, second.position) == ("Oslo welcomes the Icelandic vote", "2025-11-12", 1)
    # The cover and the contents page hold no story; the book's publisher is each story's outlet.
    assert {first.outlet, second.outlet} == {"Nordic Morning Digest"}
    assert "Morning Digest" not in first.text + second.text


def test_epub_without_its_extension_is_read_as_a_book():
    articles = read_document(epub(spine=["story1.xhtml"]), "download", reference_date=REFERENCE)
    assert [a.title for a in articles] == ["Oslo welcomes the Icelandic vote"]


def test_epub_of_covers_only_is_refused():
    with pytest.raises(ReadError, match="the e-book holds no chapter with article text"):
        read_document(epub(spine=["cover.xhtml"]), "empty.epub", reference_date=REFERENCE)


# --- presentations ----------------------------------------------------------------------------

PRESENTATION_NS = (
    "xmlns:a='http://schemas.openxmlformats.org/drawingml/2006/main' "
    "xmlns:r='http://schemas.openxmlformats.org/officeDocument/2006/relationships' "
    "xmlns:p='http://schemas.openxmlformats.org/presentationml/2006/main'"
)


def shape(lines: list[str], placeholder: str | None = None) -> str:
    ph = f"<p:nvSpPr><p:cNvPr id='2' name='s'/><p:cNvSpPr/><p:nvPr><p:ph type='{placeholder}'/></p:nvPr></p:nvSpPr>" if placeholder else ""
    paragraphs = "".join(f"<a:p><a:r><a:rPr lang='en-GB'/><a:t>{escape(line)}</a:t></a:r></a:p>" for line in lines)
    return f"<p:sp>{ph}<p:txBody><a:bodyPr/>{paragraphs}</p:txBody></p:sp>"


def table(rows: list[list[str]]) -> str:
    cells = "".join("<a:tr>" + "".join(f"<a:tc><a:txBody><a:p><a:r><a:t>{escape(c)}</a:t></a:r></a:p></a:txBody></a:tc>" for c in row) + "</a:tr>" for row in rows)
    return f"<p:graphicFrame><a:graphic><a:graphicData><a:tbl>{cells}</a:tbl></a:graphicData></a:graphic></p:graphicFrame>"


def pptx(slides: list[str], hidden: frozenset[int] = frozenset()) -> bytes:
    ids = "".join(f"<p:sldId id='{256 + n}' r:id='rId{n + 10}'/>" for n in range(len(slides)))
    rels = "".join(
        f"<Relationship Id='rId{n + 10}' Type='http://schemas.openxmlformats.org/officeDocument/2006/relationships/slide' Target='slides/slide{n + 1}.xml'/>"
        for n in range(len(slides))
    )
    members: list[tuple[str, str | bytes]] = [
        ("[Content_Types].xml", "<Types xmlns='http://schemas.openxmlformats.org/package/2006/content-types'/>"),
        ("ppt/presentation.xml", f"<p:presentation {PRESENTATION_NS}><p:sldIdLst>{ids}</p:sldIdLst></p:presentation>"),
        ("ppt/_rels/presentation.xml.rels", f"<Relationships xmlns='http://schemas.openxmlformats.org/package/2006/relationships'>{rels}</Relationships>"),
    ]
    # Written in the zip in reverse: the presentation's list gives the order.
    for n in reversed(range(len(slides))):
        show = " show='0'" if n in hidden else ""
        members.append((f"ppt/slides/slide{n + 1}.xml", f"<p:sld {PRESENTATION_NS}{show}><p:cSld><p:spTree>{slides[n]}</p:spTree></p:cSld></p:sld>"))
    return zip_of(*members)


def test_pptx_is_one_article_of_its_slides_titles_and_text():
    deck = pptx(
        [
            shape(["Reactions to the Icelandic election"], "ctrTitle") + shape(["Briefing for the Nordic desk", "14 November 2025"], "subTitle"),
            shape(["Nordic capitals"], "title") + shape(["Norway's foreign minister called the vote a model of calm.", "Finland's president sent his congratulations."]) + shape(["3"], "sldNum"),
            shape(["Draft notes"], "title") + shape(["Not for distribution."]),
            shape(["Who said what"], "title") + table([["Country", "Reaction"], ["Denmark", "Welcomed the result"]]),
        ],
        hidden=frozenset({2}),
    )
    (article,) = read_document(deck, "briefing.pptx", reference_date=REFERENCE)
    assert (article.title, article.published) == ("Reactions to the Icelandic election", "2025-11-14")
    assert article.text.split("\n\n") == [
        "Briefing for the Nordic desk",
        "Nordic capitals",
        "Norway's foreign minister called the vote a model of calm.",
        "Finland's president sent his congratulations.",
        "Who said what",
        "Country",
        "Reaction",
        "Denmark",
        "Welcomed the result",
    ]  # the slide number and the hidden slide left out


def test_pptx_of_dated_summaries_gives_an_article_a_slide():
    deck = pptx(
        [
            shape(["Oslo welcomes the Icelandic vote"], "title") + shape(["12 November 2025", "Norway's foreign minister called the vote a model of calm."]),
            shape(["Helsinki sends its congratulations"], "title") + shape(["13 November 2025", "Finland's president congratulated the winner on Thursday."]),
        ]
    )
    first, second = read_document(deck, "summaries.pptx", reference_date=REFERENCE)
    assert (first.title, first.published) == ("Oslo welcomes the Icelandic vote", "2025-11-12")
    assert (second.title, second.published, second.text) == ("Helsinki sends its congratulations", "2025-11-13", "Finland's president congratulated the winner on Thursday.")


# --- files as LibreOffice writes them (tests/fixtures/readers/README.md) --------------------------


def test_epub_written_by_an_office_suite_splits_its_one_chapter_at_the_headings():
    data = (FIXTURES / "nordic_digest_libreoffice.epub").read_bytes()
    first, second = read_document(data, "nordic_digest.epub", reference_date=REFERENCE)
    assert (first.title, first.published) == ("Oslo welcomes the Icelandic vote", "2025-11-12")
    assert first.text.endswith("would meet again before the end of the year.")
    assert (second.title, second.published) == ("Helsinki sends its congratulations", "2025-11-13")
    assert second.text.startswith("Finland's president congratulated the winner")


def test_pptx_written_by_an_office_suite():
    (article,) = read_document((FIXTURES / "nordic_briefing_libreoffice.pptx").read_bytes(), "briefing.pptx", reference_date=REFERENCE)
    assert (article.title, article.published) == ("Reactions to the Icelandic election", "2025-11-14")
    assert "Norway's foreign minister called the vote a model of calm.\n\nFinland's president sent his congratulations." in article.text
    assert article.text.endswith("Denmark\n\nWelcomed the result")


# --- old Excel workbooks (.xls) -----------------------------------------------------------------


def test_xls_written_by_an_office_suite_gives_an_article_a_row():
    first, second = read_document((FIXTURES / "monitoring_export_libreoffice.xls").read_bytes(), "export.xls", reference_date=REFERENCE)
    assert (first.title, first.outlet, first.published) == ("Dublin welcomes the Maltese vote", "Island Wire", "2025-11-12")
    assert first.text == "Ireland's foreign minister said on Wednesday that the Maltese election had been calm and fair."
    assert (second.title, second.outlet, second.published) == ("Lisbon congratulates Valletta", "Tagus Daily", "2025-11-13")


def test_xls_that_is_a_web_page_or_text_is_read_as_what_it_holds():
    page = "<html><body><table><tr><td>Headline</td></tr></table><h1>Dublin welcomes the Maltese vote</h1><p>Ireland's foreign minister said on Wednesday that the Maltese election had been calm and fair.</p></body></html>"
    (article,) = read_document(page.encode(), "report.xls", reference_date=REFERENCE)
    assert "Ireland's foreign minister said on Wednesday" in article.text


def test_damaged_xls_is_refused_with_the_reason():
    with pytest.raises(ReadError, match="the workbook cannot be read"):
        read_document(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 600, "broken.xls", reference_date=REFERENCE)
