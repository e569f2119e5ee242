"""Readers: PDF documents by their text layer (fixtures printed with chromium, see tests/fixtures/readers/README.md)."""

from __future__ import annotations

import datetime as dt
import io
import json
import subprocess
import sys
import zipfile
from pathlib import Path

import pypdf
import pytest

from tests.readers.word_files import odt_of_text
from tracker.readers import ReadError, read_document
from tracker.readers.pdf import _join

ROOT = Path(__file__).parent.parent
FIXTURES = Path(__file__).parent / "fixtures" / "readers"
REFERENCE = dt.date(2025, 3, 11)


def read(data: bytes, name: str):
    return read_document(data, name, reference_date=REFERENCE)


def _zip_of(*members: tuple[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as package:
        for name, data in members:
            package.writestr(name, data)
    return buffer.getvalue()


def refusal(data: bytes, name: str) -> str:
    with pytest.raises(ReadError) as caught:
        read(data, name)
    assert str(caught.value).startswith(f"{name}: ")  # the message names the file
    return caught.value.reason


def encrypted(path: Path, *, user_password: str, algorithm: str) -> bytes:
    writer = pypdf.PdfWriter(clone_from=pypdf.PdfReader(path))
    writer.encrypt(user_password=user_password, owner_password="owner-only", algorithm=algorithm)
    buffer = io.BytesIO()
    writer.write(buffer)
    return buffer.getvalue()


# --- what is read -----------------------------------------------------------------------------


def test_press_digest_pdf_holds_two_articles_with_their_titles_and_dates():
    uruguay, argentina = read((FIXTURES / "press_digest.pdf").read_bytes(), "press_digest.pdf")
    assert (uruguay.title, uruguay.published, uruguay.position) == ("Montevideo and Asunci\u00f3n welcome the Chilean cabinet", "2025-03-07", 0)
    assert (argentina.title, argentina.published, argentina.position) == ("Buenos Aires cautious on the Chilean energy plan", "2025-03-06", 1)
    paragraphs = uruguay.text.split("\n\n")
    assert len(paragraphs) == 4  # wrapped lines joined into their paragraphs, one blank line between
    assert paragraphs[0].startswith("MONTEVIDEO - Uruguay's foreign minister, Teresa Aldama, welcomed on Thursday the new Chilean cabinet and said")
    assert "our shared Pacific and Atlantic trade" in paragraphs[0]  # the "fi" ligature is two letters again
    assert "according to officials familiar with the text." in paragraphs[2]
    # The paragraph that runs over the page break is one paragraph; the browser's header and footer are gone.
    assert argentina.text.split("\n\n")[0].endswith("which several Argentine provinces see as competition rather than cooperation.")
    for furniture in ("file://", "Southern Cone Morning Digest", "1/2", "2/2", " AM ", "min read"):
        assert furniture not in uruguay.text + argentina.text, furniture


def test_ministry_statement_pdf_mends_hyphenation_and_drops_running_header_and_page_numbers():
    (article,) = read((FIXTURES / "ministry_statement.pdf").read_bytes(), "ministry_statement.pdf")
    assert (article.title, article.published, article.published_basis) == ("Palau congratulates the new Government of Tuvalu", "2025-03-07", "dateline")
    paragraphs = article.text.split("\n\n")
    assert len(paragraphs) == 3  # paragraphs told apart by their indented first lines
    assert paragraphs[0].startswith("The Ministry of Foreign Affairs of the Republic of Palau extends its warmest congratulations")
    for mended in ("looked forward to deepening cooperation", "in a message to his counterpart", "on Friday morning", "Micronesian and Polynesian leaders", "every success in its work."):
        assert mended in article.text, mended
    assert "he also invited the Tuvaluan foreign minister to visit Koror" in paragraphs[1]  # over the page break
    for furniture in ("Page 1 of 2", "Page 2 of 2", "Press Release", "Koror, 7 March"):
        assert furniture not in article.text, furniture


def test_clippings_pdf_with_one_article_a_page_keeps_each_page_s_date():
    articles = read((FIXTURES / "clippings.pdf").read_bytes(), "clippings.pdf")
    assert [(a.title, a.published) for a in articles] == [
        ("Nairobi hails the Tanzanian ballot", "2025-03-07"),
        ("Kampala sends a delegation to Dodoma", "2025-03-07"),  # the same date line atop two pages is no running header
        ("Kigali silent on the Tanzanian result", "2025-03-06"),
    ]
    assert articles[1].text == (
        "Uganda will send its foreign minister to Dodoma next week, the government spokesman said on Friday, "
        "adding that the two countries wanted to finish the oil pipeline talks before June."
    )  # the running header and the bare page number are gone
    assert all("clippings service" not in a.text for a in articles)


def test_news_page_printed_from_a_browser_keeps_only_the_story():
    (article,) = read((FIXTURES / "printed_page.pdf").read_bytes(), "printed_page.pdf")
    assert article.title == "Ghana and Togo agree border patrols"  # not the cookie banner or the menu above it
    assert article.text.split("\n\n")[1] == "ACCRA, March 4 (WAD) - Ghana and Togo agreed on Tuesday to run joint patrols along their shared border."
    assert article.text.endswith("would be reviewed after six months.")
    for furniture in ("cookies", "Share on", "Advertisement", "Read more", "Cocoa prices", "Comments", "Great news", "Copyright", "file://"):
        assert furniture not in article.text, furniture


def test_e_mail_printed_to_pdf_is_read_as_the_e_mail():
    (article,) = read((FIXTURES / "printed_mail.pdf").read_bytes(), "printed_mail.pdf")
    assert (article.title, article.outlet) == ("Fiji welcomes the formation of the Samoan government", "Fiji Ministry of Foreign Affairs")
    assert article.published.startswith("2025-03-08T09:15")
    assert article.text.startswith("The Government of Fiji warmly welcomes the formation of the new Government of Samoa")
    assert "Pacific Desk" not in article.text and "Subject:" not in article.text


def test_pdf_without_its_extension_and_inside_a_zip_is_read_the_same():
    data = (FIXTURES / "ministry_statement.pdf").read_bytes()
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("statements/palau.pdf", data)
        archive.writestr("notes.txt", "Fiji and Tonga meet\n\nThe two ministers met on Monday.\n")
    for name, payload in (("download", data), ("statements.zip", buffer.getvalue())):
        articles = read(payload, name)
        assert articles[0].title == "Palau congratulates the new Government of Tuvalu", name
    assert [a.title for a in read(buffer.getvalue(), "statements.zip")] == ["Palau congratulates the new Government of Tuvalu", "Fiji and Tonga meet"]


def test_pdf_locked_only_against_editing_is_read():
    # An owner password alone (as ministries lock statements against changes) does not keep the text from a reader.
    data = encrypted(FIXTURES / "ministry_statement.pdf", user_password="", algorithm="AES-256")
    (article,) = read(data, "locked.pdf")
    assert article.title == "Palau congratulates the new Government of Tuvalu"


def test_command_line_extract_reads_a_pdf():
    result = subprocess.run(
        [sys.executable, "-m", "tracker", "extract", str(FIXTURES / "press_digest.pdf"), "--reference-date", "2025-03-08"],
        cwd=ROOT, capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    rows = [json.loads(line) for line in result.stdout.splitlines() if line.strip()]
    assert {row["article_title"] for row in rows} <= {"Montevideo and Asunci\u00f3n welcome the Chilean cabinet", "Buenos Aires cautious on the Chilean energy plan"}
    assert any(row["country"] == "URY" for row in rows), rows


@pytest.mark.parametrize(
    ("first", "second", "joined"),
    [
        ("the govern-", "ment said", "the government said"),
        ("a Franco-", "German plan", "a Franco-German plan"),
        ("the COVID-", "19 rules", "the COVID-19 rules"),
        ("inter\u00ad", "national", "international"),
        ("ends here -", "and goes on", "ends here - and goes on"),
        ("a line", "and the next", "a line and the next"),
    ],
)
def test_lines_of_a_paragraph_are_joined_and_hyphenated_words_mended(first, second, joined):
    assert _join(first, second) == joined


def test_a_compound_the_document_writes_with_its_hyphen_keeps_it_when_broken_there():
    compounds = frozenset({"sea-level", "long-term"})
    assert _join("rising sea-", "level threats", compounds) == "rising sea-level threats"
    assert _join("a long-", "term plan", compounds) == "a long-term plan"
    assert _join("the govern-", "ment said", compounds) == "the government said"
    from tracker.readers.pdf import _compounds, _Line

    assert _compounds([_Line("on sea-level rise and long-term Franco-German plans")]) == {"sea-level", "long-term", "franco-german"}


# --- what is refused --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("make", "name", "reason"),
    [
        (lambda: (FIXTURES / "scanned_page.pdf").read_bytes(), "scan.pdf", "the PDF has no text layer (scanned pages or images only; no OCR is done)"),
        (lambda: encrypted(FIXTURES / "press_digest.pdf", user_password="secret", algorithm="RC4-128"), "secret.pdf", "the PDF is encrypted (password-protected)"),
        (lambda: encrypted(FIXTURES / "press_digest.pdf", user_password="secret", algorithm="AES-256"), "secret_aes.pdf", "the PDF is encrypted (password-protected)"),
        (lambda: (FIXTURES / "press_digest.pdf").read_bytes()[:5000], "cut_short.pdf", "the PDF cannot be read (damaged or not a PDF"),
        (lambda: b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n", "stub.pdf", "the PDF cannot be read (damaged or not a PDF"),
        (lambda: b"Chile and Peru meet\n\nA text file renamed.", "renamed.pdf", "not a PDF document (no %PDF- header at the start)"),
        (lambda: (FIXTURES / "scanned_page.pdf").read_bytes(), "scan", "a PDF document without an extension: the PDF has no text layer"),
    ],
)
def test_pdf_that_cannot_be_read_is_refused_with_a_clear_reason(make, name, reason):
    assert refusal(make(), name).startswith(reason)


def test_pdf_over_the_page_limit_is_refused(monkeypatch):
    from tracker.readers import pdf

    monkeypatch.setattr(pdf, "MAX_PAGES", 1)
    assert refusal((FIXTURES / "press_digest.pdf").read_bytes(), "long.pdf") == "the PDF has 2 pages, over the limit of 1"


# --- OpenDocument text (.odt) and RTF ----------------------------------------------------------

def test_odt_digest_holds_one_article_under_each_top_heading():
    lima, quito = read((FIXTURES / "andean_statements.odt").read_bytes(), "andean_statements.odt")
    assert (lima.title, lima.published, quito.title, quito.published) == (
        "Lima welcomes the Bolivian cabinet", "2025-03-07", "Quito cautious on La Paz\u2019s gas plan", "2025-03-06",
    )  # fmt: skip
    assert lima.text.startswith("LIMA - Peru\u2019s foreign ministry welcomed on Thursday the new Bolivian cabinet")
    assert "Congratulations sent on Thursday" in lima.text  # table cells are read
    assert "By Luc\u00eda Paredes" not in lima.text and "last met in 2019" not in lima.text  # byline and footnote left out
    assert quito.text == "QUITO - Ecuador\u2019s government said on Wednesday it would study the Bolivian gas export plan \u201cwith an open mind\u201d."


def test_odt_inline_markup_spaces_and_what_is_left_out():
    body = (
        '<text:h text:outline-level="1">Chile and Argentina<text:s text:c="2"/>sign a <text:span>border</text:span> accord</text:h>'
        "<text:p>7 March 2025</text:p>"
        '<text:p>Santiago and Buenos Aires signed the accord on Friday,<text:note text:note-class="footnote"><text:note-body>'
        "<text:p>A footnote.</text:p></text:note-body></text:note> <text:a xlink:href=\"https://x.example\">the ministry said</text:a>."
        "<office:annotation><dc:creator>Editor</dc:creator><text:p>Check this</text:p></office:annotation></text:p>"
        "<text:tracked-changes><text:changed-region><text:deletion><text:p>Deleted draft sentence.</text:p></text:deletion>"
        "</text:changed-region></text:tracked-changes>"
        '<text:p><draw:frame><draw:text-box><text:p>Boxed aside</text:p></draw:text-box></draw:frame></text:p>'
        '<text:h text:outline-level="2">Background</text:h>'
        "<text:list><text:list-item><text:p>The two countries share a long border.</text:p></text:list-item></text:list>"
    )
    (article,) = read(odt_of_text(body), "accord.odt")  # a lower heading is a section, not another article
    assert (article.title, article.published) == ("Chile and Argentina  sign a border accord", "2025-03-07")
    assert article.text == (
        "Santiago and Buenos Aires signed the accord on Friday, the ministry said.\n\nBackground\n\nThe two countries share a long border."
    )


@pytest.mark.parametrize(
    ("make", "reason"),
    [
        (lambda: b"PK\x03\x04 not really a package", "not an OpenDocument text: not a valid .odt package"),
        (lambda: odt_of_text("<text:p>x</text:p>")[:60], "not an OpenDocument text: not a valid .odt package"),
        (lambda: _zip_of(("mimetype", b"application/vnd.oasis.opendocument.text"), ("styles.xml", b"<office:document-styles/>")),
         "not an OpenDocument text: the package has no content.xml"),
        (lambda: odt_of_text("", kind="spreadsheet"), "not an OpenDocument text: no text body (a spreadsheet or a presentation?)"),
        (lambda: odt_of_text("<text:p/>"), "the OpenDocument text holds no text"),
        (lambda: odt_of_text("<text:p>x</text:p>", manifest='<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0">'
                        '<manifest:file-entry manifest:full-path="content.xml"><manifest:encryption-data/></manifest:file-entry></manifest:manifest>'),
         "the OpenDocument text is encrypted (password-protected)"),
    ],
)
def test_odt_that_cannot_be_read_is_refused(make, reason):
    assert refusal(make(), "notes.odt").startswith(reason)


def test_odt_declaring_entities_is_refused_unread():
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as package:
        package.writestr("content.xml", '<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaa">]><office:document-content/>')
    assert refusal(buffer.getvalue(), "laughs.odt").startswith("the OpenDocument text declares XML entities")


def test_rtf_digest_is_read_like_a_text_dump():
    lima, quito = read((FIXTURES / "andean_statements.rtf").read_bytes(), "andean_statements.rtf")
    assert (lima.title, lima.published, quito.title, quito.published) == (
        "Lima welcomes the Bolivian cabinet", "2025-03-07", "Quito cautious on La Paz\u2019s gas plan", "2025-03-06",
    )  # fmt: skip
    assert lima.text.split("\n\n")[:2] == [
        "LIMA - Peru\u2019s foreign ministry welcomed on Thursday the new Bolivian cabinet and said it hoped to revive the binational commission on Lake Titicaca.",
        "\u201cPeru and Bolivia share a lake, a history and a future,\u201d Foreign Minister Elmer Quispe said in a statement.",
    ]  # \u escapes decoded, the footnote left out
    assert "|" not in lima.text and "Congratulations sent on Thursday" in lima.text


def test_rtf_as_word_saves_it_code_page_header_and_hyperlink():
    rtf = (
        rb"{\rtf1\ansi\ansicpg1252\deff0{\fonttbl{\f0\froman\fcharset0 Times New Roman;}}"
        rb"{\header \pard Ministry of Foreign Affairs \endash  internal\par}"
        rb"{\info{\title Draft}{\author Desk}}"
        rb"\pard\plain\b Bogot\'e1 welcomes the Venezuelan talks\b0\par" b"\r\n"
        rb"Updated 2 hours ago \bullet  3 min read\par" b"\r\n"
        rb"Colombia\rquote s foreign minister welcomed the talks on Tuesday, "
        rb"{\field{\*\fldinst{HYPERLINK \"https://mfa.example/statement\"}}{\fldrslt{the statement said}}}.\par}"
    )
    (article,) = read(rtf, "bogota.rtf")
    assert (article.title, article.published, article.published_basis) == ("Bogot\u00e1 welcomes the Venezuelan talks", "2025-03-11", "relative")
    assert article.text == "Colombia\u2019s foreign minister welcomed the talks on Tuesday, the statement said."


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"Bogota welcomes the talks\n\nA text file renamed.", "not an RTF document (no {\\rtf header at the start)"),
        (rb"{\rtf1\ansi{\fonttbl{\f0 Arial;}}{\info{\title Only metadata}}}", "the RTF document holds no text"),
    ],
)
def test_rtf_that_cannot_be_read_is_refused(data, reason):
    assert refusal(data, "notes.rtf") == reason


# --- headings in Word and OpenDocument files ---------------------------------------------------

W_NAMESPACE = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def docx_with_styles(paragraphs: list[tuple[str | None, str]], styles: dict[str, str] | None = None) -> bytes:
    """A .docx whose paragraphs carry style ids; ``styles`` maps an id to its name in word/styles.xml."""
    from xml.sax.saxutils import escape

    body = "".join(
        (f'<w:p><w:pPr><w:pStyle w:val="{style}"/></w:pPr>' if style else "<w:p>") + f"<w:r><w:t>{escape(text)}</w:t></w:r></w:p>"
        for style, text in paragraphs
    )
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as package:
        package.writestr("word/document.xml", f"<w:document {W_NAMESPACE}><w:body>{body}</w:body></w:document>")
        if styles:
            defined = "".join(f'<w:style w:type="paragraph" w:styleId="{i}"><w:name w:val="{n}"/></w:style>' for i, n in styles.items())
            package.writestr("word/styles.xml", f"<w:styles {W_NAMESPACE}>{defined}</w:styles>")
    return buffer.getvalue()


DIGEST = [
    ("Title", "Morning Press Review"),
    ("Heading1", "Hanoi welcomes the Lao cabinet"),
    (None, "7 March 2025"),
    (None, "Vietnam's foreign ministry welcomed the new Lao cabinet on Friday."),
    ("Heading2", "Trade"),
    (None, "Both sides want more trade."),
    ("Heading1", "Bangkok sends a message to Vientiane"),
    (None, "6 March 2025"),
    (None, "Thailand's prime minister sent a message on Thursday."),
]


@pytest.mark.parametrize(
    ("paragraphs", "styles"),
    [
        (DIGEST, None),  # the usual style ids, no styles part
        ([({"Title": "Titel", "Heading1": "berschrift1", "Heading2": "berschrift2"}.get(s, s) if s else None, t) for s, t in DIGEST],
         {"Titel": "Title", "berschrift1": "heading 1", "berschrift2": "heading 2"}),  # ids as a German Word writes them
    ],
)
def test_word_digest_holds_one_article_under_each_dated_heading(paragraphs, styles):
    hanoi, bangkok = read(docx_with_styles(paragraphs, styles), "review.docx")
    assert (hanoi.title, hanoi.published, bangkok.title, bangkok.published) == (
        "Hanoi welcomes the Lao cabinet", "2025-03-07", "Bangkok sends a message to Vientiane", "2025-03-06",
    )  # fmt: skip
    assert hanoi.text == "Vietnam's foreign ministry welcomed the new Lao cabinet on Friday.\n\nTrade\n\nBoth sides want more trade."
    assert "Morning Press Review" not in hanoi.text + bangkok.text  # the digest's own title is no article


@pytest.mark.parametrize(
    "source_line",
    [
        "Source: Gazeta do Litoral | Wednesday 5 March 2025 | translated from the Portuguese",
        "Source: La Voz del Altiplano Boliviano | 5 March 2025 | translated from the Spanish",
        "From: Harbour Times | 5 March 2025",
    ],
)
def test_word_clippings_split_at_headings_whose_source_line_holds_the_date(source_line):
    paragraphs = [
        ("Title", "Clippings file - Bolivian cabinet (foreign reactions)"),
        (None, "Compiled by the press office, Monday 10 March 2025"),
        ("Heading1", "Lima and Santiago greet the new Bolivian cabinet"),
        (None, source_line),
        (None, "Peru's foreign minister welcomed the cabinet on Tuesday."),
        ("Heading1", "Brasilia sends its good wishes"),
        (None, "Source: Diario do Planalto | Sunday 9 March 2025 | translated from the Portuguese"),
        (None, "Brazil's president sent a message on Saturday."),
    ]
    *_, lima, brasilia = read(docx_with_styles(paragraphs), "clippings.docx")
    assert (lima.title, lima.published, brasilia.title, brasilia.published) == (
        "Lima and Santiago greet the new Bolivian cabinet", "2025-03-05", "Brasilia sends its good wishes", "2025-03-09",
    )  # fmt: skip
    assert lima.text == "Peru's foreign minister welcomed the cabinet on Tuesday."
    assert brasilia.text == "Brazil's president sent a message on Saturday."


def test_word_article_with_section_headings_stays_one_article():
    paragraphs = [
        ("Title", "Jakarta and Canberra sign a maritime pact"),
        (None, "Indonesia and Australia signed the pact on Monday."),
        ("Heading1", "Background"),
        (None, "Talks began in 2023."),
        ("Heading1", "Reactions"),
        (None, "Both ministers welcomed the deal."),
    ]
    (article,) = read(docx_with_styles(paragraphs), "pact.docx")
    assert article.title == "Jakarta and Canberra sign a maritime pact"
    assert article.text.split("\n\n") == ["Indonesia and Australia signed the pact on Monday.", "Background", "Talks began in 2023.", "Reactions", "Both ministers welcomed the deal."]


def test_txt_menu_above_the_headline_keeps_its_time_line():
    dump = b"2 days ago\nHome\nNews\nWorld\nLeaders welcome the vote in the capital\nBody text here.\n"
    (article,) = read(dump, "menu.txt")
    assert (article.title, article.published, article.text) == ("Leaders welcome the vote in the capital", "2025-03-09", "Body text here.")


def test_relative_time_too_far_back_for_the_calendar_is_no_date():
    from tracker.readers.dates import parse_relative

    assert parse_relative("9999 years ago", reference_date=REFERENCE) is None
    assert parse_relative("2 days ago", reference_date=dt.date.min) is None


def test_pdf_lines_without_their_places_are_joined_by_their_lengths():
    # When pypdf gives no positions for a page's text, a short line ends its paragraph and a full one runs on
    # (a full line ending a paragraph is joined to the next: a merged paragraph harms less than a cut sentence).
    from tracker.readers.pdf import _Line, _paragraphs

    page = [
        "Accra and Lome open a joint border post",
        "Friday, March 7, 2025",
        "Ghana and Togo opened a joint border post at Aflao on Friday, the two",
        "governments said, after three years of talks on customs and on the move-",
        "ment of traders between the two capitals.",
        "The post will open around the clock from April, officials said.",
    ]
    paragraphs = [text for text, _ in _paragraphs([[_Line(line) for line in page]])]
    assert paragraphs == [
        "Accra and Lome open a joint border post",
        "Friday, March 7, 2025",
        "Ghana and Togo opened a joint border post at Aflao on Friday, the two governments said, after three years "
        "of talks on customs and on the movement of traders between the two capitals.",
        "The post will open around the clock from April, officials said.",
    ]
