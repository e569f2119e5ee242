"""Readers: Excel workbooks (.xlsx) exported by news-monitoring services, and refused office files."""

from __future__ import annotations

import datetime as dt
import io
import zipfile

import pytest

openpyxl = pytest.importorskip("openpyxl")

from tracker.readers import ReadError, read_document  # noqa: E402

REFERENCE = dt.date(2025, 5, 20)


def read(data: bytes, name: str):
    return read_document(data, name, reference_date=REFERENCE)


def workbook(sheets: dict[str, list[list[object]]]) -> bytes:
    book = openpyxl.Workbook()
    book.remove(book.active)
    for title, rows in sheets.items():
        sheet = book.create_sheet(title)
        for row in rows:
            sheet.append(row)
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


HEADER = ["Published Date", "Headline", "Source Name", "Link", "Summary", "Article Text", "Sentiment"]
ROWS = [
    [dt.datetime(2025, 5, 18, 14, 5), "Lima and La Paz hail Ecuador's runoff", "Andes Monitor", "https://andes.example/a1",
     "Two neighbours congratulated the winner.", "Peru's foreign minister congratulated Quito on Sunday.\n\nBolivia's president called the vote \"a lesson in democracy\".", "Positive"],
    [dt.date(2025, 5, 19), "Brasília sends its greetings", "Planalto Wire", "https://planalto.example/b2",
     "Brazil's president called the winner.", None, 0.4],
]


def monitoring_export() -> bytes:
    return workbook({
        "Overview": [["Media monitoring report: Ecuador runoff"], ["Source", "Mentions"], ["Andes Monitor", 12], ["Planalto Wire", 3]],
        "Articles": [["Media monitoring report: Ecuador runoff"], ["Exported on 20 May 2025, 08:00"], [], HEADER, *ROWS],
    })  # fmt: skip


def test_monitoring_export_gives_one_article_per_row_of_its_article_sheet():
    first, second = read(monitoring_export(), "ecuador_monitoring.xlsx")
    assert (first.title, first.outlet, first.published, first.url, first.position) == (
        "Lima and La Paz hail Ecuador's runoff", "Andes Monitor", "2025-05-18T14:05:00", "https://andes.example/a1", 0,
    )  # fmt: skip
    assert first.text == "Peru's foreign minister congratulated Quito on Sunday.\n\nBolivia's president called the vote \"a lesson in democracy\"."
    # No article text: the summary is the text; an Excel date is a date.
    assert (second.title, second.published, second.text, second.position) == ("Brasília sends its greetings", "2025-05-19", "Brazil's president called the winner.", 1)


def test_workbook_inside_a_zip_is_read():
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("exports/ecuador.xlsx", monitoring_export())
    assert [a.title for a in read(buffer.getvalue(), "exports.zip")] == ["Lima and La Paz hail Ecuador's runoff", "Brasília sends its greetings"]


def test_a_cell_under_no_header_is_ignored():
    data = workbook({"Sheet1": [["Title", "Text"], ["Quito thanks its neighbours", "The president-elect thanked Peru.", "analyst note: follow up"]]})
    (article,) = read(data, "notes.xlsx")
    assert (article.title, article.text) == ("Quito thanks its neighbours", "The president-elect thanked Peru.")


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (lambda: workbook({"Overview": [["Source", "Mentions"], ["Andes Monitor", 12]]}),
         "no sheet is a list of articles (a header row naming a title or text column): 'Overview' (no title or text column in the header (found 'Source', 'Mentions'"),
        (lambda: workbook({"Articles": [HEADER, ROWS[0], [dt.date(2025, 5, 19), None, "Planalto Wire"]]}),
         "sheet 'Articles', row 3 has no title and no text"),
        (lambda: workbook({"Empty": []}), "no sheet is a list of articles (a header row naming a title or text column): 'Empty' (empty)"),
        (lambda: b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(100), "the workbook is encrypted (password-protected) or an old .xls"),
        (lambda: b"Headline,Text\nA,B\n", "not an Excel workbook: not a valid .xlsx package"),
        (lambda: _zip(("word/document.xml", b"<w:document/>")), "not an Excel workbook: the package has no xl/workbook.xml"),
        (lambda: _zip(("xl/workbook.xml", b"<workbook/>")), "the workbook cannot be read"),
        (lambda: _with_part(workbook({"Articles": [HEADER, ROWS[0]]}), "xl/worksheets/sheet1.xml", b"<worksheet><sheetData><row>"),
         "ParseError: no element found"),
        (lambda: _zip(("xl/workbook.xml", b"<workbook/>"), ("xl/worksheets/sheet1.xml", b" " * 30_000_000)), "over the limit"),
    ],
)  # fmt: skip
def test_bad_workbook_is_refused_with_the_reason(data, reason):
    with pytest.raises(ReadError) as caught:
        read(data(), "monitoring.xlsx")
    assert caught.value.name == "monitoring.xlsx"
    assert reason in caught.value.reason, caught.value.reason


def _with_part(package: bytes, name: str, content: bytes) -> bytes:
    """The package with one part replaced (a damaged sheet)."""
    with zipfile.ZipFile(io.BytesIO(package)) as original:
        parts = {part: original.read(part) for part in original.namelist()}
    parts[name] = content
    return _zip(*parts.items())


def _zip(*members: tuple[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, content in members:
            archive.writestr(name, content)
    return buffer.getvalue()


@pytest.mark.parametrize(
    ("name", "advice"),
    [
        ("slides.ppt", "an old PowerPoint presentation: save it as .pptx"),
        ("letter.doc", "an old Word document: save it as .docx"),
        ("statement.msg", "an Outlook message: save it as .eml"),
        ("clippings.numbers", "a Numbers spreadsheet: export it as .xlsx or .csv"),
    ],
)
def test_refused_office_file_says_what_to_save_it_as(name, advice):
    with pytest.raises(ReadError) as caught:
        read(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(100), name)
    assert caught.value.reason.startswith(f"unsupported file type .{name.rsplit('.', 1)[1]} ({advice}")
    assert ".xlsx" in caught.value.reason  # the accepted types are listed


@pytest.mark.parametrize("name", ["download", "export.dat"])
def test_workbook_saved_without_its_extension_is_still_read(name):
    assert [a.title for a in read(monitoring_export(), name)] == ["Lima and La Paz hail Ecuador's runoff", "Brasília sends its greetings"]


@pytest.mark.parametrize(
    ("text", "titles"),
    [
        ("Media monitoring report: Ecuador runoff\nExported on 20 May 2025\n\nHeadline,Source,Text\nQuito thanks Lima,Andes Monitor,Peru congratulated Quito.\n",
         ["Quito thanks Lima"]),
        ("Text\nPeru congratulated Quito on Sunday.\n", ["Peru congratulated Quito on Sunday."]),
    ],
)  # fmt: skip
def test_csv_export_with_report_lines_above_its_header(text, titles):
    assert [a.title for a in read(text.encode(), "monitoring.csv")] == titles


def test_single_column_sheet_is_read():
    (article,) = read(workbook({"Sheet1": [["Text"], ["Peru congratulated Quito on Sunday."]]}), "one.xlsx")
    assert article.text == "Peru congratulated Quito on Sunday."


# --- OpenDocument spreadsheets (LibreOffice Calc) -------------------------------------------------------

_ODS_NS = (
    'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
    'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
    'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"'
)


def ods(tables: str, *, body: str = "spreadsheet") -> bytes:
    content = f'<?xml version="1.0" encoding="UTF-8"?><office:document-content {_ODS_NS}><office:body><office:{body}>{tables}</office:{body}></office:body></office:document-content>'
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as package:
        # As the format wants it: the media type first and stored uncompressed.
        package.writestr("mimetype", b"application/vnd.oasis.opendocument.spreadsheet", compress_type=zipfile.ZIP_STORED)
        package.writestr("content.xml", content.encode())
    return buffer.getvalue()


def _row(*cells: str, repeat: int = 1) -> str:
    attribute = f' table:number-rows-repeated="{repeat}"' if repeat > 1 else ""
    return f"<table:table-row{attribute}>" + "".join(cells) + "</table:table-row>"


def _cell(*paragraphs: str, date: str | None = None, repeat: int = 1) -> str:
    attributes = (f' office:value-type="date" office:date-value="{date}"' if date else "") + (f' table:number-columns-repeated="{repeat}"' if repeat > 1 else "")
    return f"<table:table-cell{attributes}>" + "".join(f"<text:p>{p}</text:p>" for p in paragraphs) + "</table:table-cell>"


CALC_EXPORT = (
    '<table:table table:name="Summary">' + _row(_cell("Source"), _cell("Mentions")) + _row(_cell("Andes Monitor"), _cell("12")) + "</table:table>"
    '<table:table table:name="Clippings">'
    + _row(_cell("Monitoring report: Ecuador runoff"), _cell(repeat=1023))
    + _row(_cell(repeat=1024), repeat=3)
    + _row(_cell("Date"), _cell("Headline"), _cell("Outlet"), _cell("Body"), _cell(repeat=1020))
    + _row(_cell("18/05/2025", date="2025-05-18T14:05:00"), _cell("Lima hails Ecuador's runoff"), _cell("Andes Monitor"),
           _cell("Peru's foreign minister congratulated Quito on Sunday.", "Bolivia's president called it a lesson in democracy."))
    + _row(_cell(repeat=1024), repeat=1048000)
    + "</table:table>"
)  # fmt: skip


@pytest.mark.parametrize("name", ["clippings.ods", "clippings"])
def test_libreoffice_calc_export_is_read_like_a_workbook(name):
    (article,) = read(ods(CALC_EXPORT), name)
    assert (article.title, article.outlet, article.published) == ("Lima hails Ecuador's runoff", "Andes Monitor", "2025-05-18T14:05:00")
    assert article.text == "Peru's foreign minister congratulated Quito on Sunday.\n\nBolivia's president called it a lesson in democracy."


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (lambda: ods("", body="text"), "not an OpenDocument spreadsheet: no spreadsheet body"),
        (lambda: ods('<table:table table:name="Notes">' + _row(_cell("Weekly notes")) + "</table:table>"),
         "no sheet is a list of articles (a header row naming a title or text column): 'Notes' (no title or text column in the header (found 'Weekly notes'"),
        (lambda: b"PK\x03\x04 not really", "not an OpenDocument spreadsheet: not a valid .ods package"),
    ],
)  # fmt: skip
def test_bad_ods_is_refused_with_the_reason(data, reason):
    with pytest.raises(ReadError) as caught:
        read(data(), "clippings.ods")
    assert reason in caught.value.reason, caught.value.reason


@pytest.mark.parametrize(
    ("dates", "expected"),
    [
        (("05/06/2025 14:05", "18/06/2025"), ["2025-06-05T14:05:00", "2025-06-18"]),  # a European export: day first
        (("05/06/2025", "06/18/2025"), ["2025-05-06", "2025-06-18"]),  # an American one: month first
        (("05/06/2025", "06/07/2025"), [None, None]),  # nothing shows which: no date rather than a wrong one
        (("05/06/2025", "07/07/2025"), [None, "2025-07-07"]),  # a day and month alike read the same either way
    ],
)
def test_slashed_dates_are_read_in_the_order_their_column_shows(dates, expected):
    text = "Date;Headline;Text\n" + "".join(f"{d};Headline {n};Peru congratulated Quito.\n" for n, d in enumerate(dates))
    assert [a.published for a in read(text.encode(), "export.csv")] == expected
    sheet = workbook({"Sheet1": [["Date", "Headline", "Text"], *([d, f"Headline {n}", "Peru congratulated Quito."] for n, d in enumerate(dates))]})
    assert [a.published for a in read(sheet, "export.xlsx")] == expected
