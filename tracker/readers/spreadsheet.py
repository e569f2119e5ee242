"""Spreadsheets (.xlsx, .xlsm, .xls, .ods): news-monitoring exports, one article per row under a header row.

The workbook is opened with openpyxl (read-only, cached values of formulas, no macros run) after
the archive reader's caps are checked on the package (entries, sizes, compression ratio). Each
sheet whose header row names a title or text column is read as a CSV export is (columns matched
by ``fields``); report lines above the header ("Media monitoring report", "Exported on ...") are
skipped, and sheets without such a header (a summary, a chart's data) are passed over. Excel dates
become ISO dates; a cell under no header is ignored. An OpenDocument spreadsheet (.ods) is read
from its ``content.xml`` with the OpenDocument text reader's caps and XML safety (``opendocument``), an
old Excel workbook (.xls, Excel 97-2003) with xlrd.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import io
from collections.abc import Iterable, Iterator

from tracker.models import Article
from tracker.readers.archive import MAX_ENTRIES, MAX_TOTAL_BYTES, check_member, open_zip
from tracker.readers.errors import FormatError
from tracker.readers.tabular import no_article_column, table_articles

WORKBOOK_PART = "xl/workbook.xml"
MAX_ROWS = 200_000
# An encrypted workbook is an OLE compound file, not a zip.
_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


def _check_package(data: bytes) -> None:
    if data.startswith(_OLE_MAGIC):
        raise FormatError("the workbook is encrypted (password-protected) or an old .xls saved as .xlsx; save an unprotected .xlsx or a .csv")
    with open_zip(data, invalid="not an Excel workbook: not a valid .xlsx package") as package:
        infos = package.infolist()
        if len(infos) > MAX_ENTRIES:
            raise FormatError(f"the workbook has {len(infos)} parts, more than the limit of {MAX_ENTRIES}")
        if WORKBOOK_PART not in package.namelist():
            raise FormatError(f"not an Excel workbook: the package has no {WORKBOOK_PART} (a Word or OpenDocument file renamed?)")
        total = 0
        for info in infos:
            check_member(info, what=f"the workbook's part {info.filename!r}", encrypted="the workbook is encrypted (password-protected)")
            total += info.file_size
        if total > MAX_TOTAL_BYTES:
            raise FormatError(f"the workbook declares {total} uncompressed bytes, over the limit of {MAX_TOTAL_BYTES}")


def _cell_text(value: object) -> str:
    """A cell's value as the text a CSV export would hold: dates in ISO 8601, whole numbers without ".0"."""
    if value is None:
        return ""
    if isinstance(value, dt.datetime):
        return value.date().isoformat() if value.time() == dt.time() else value.isoformat()
    if isinstance(value, (dt.date, dt.time)):
        return value.isoformat()
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def _rows(sheet) -> Iterator[list[str]]:
    for number, row in enumerate(sheet.iter_rows(values_only=True), start=1):
        if number > MAX_ROWS:
            raise FormatError(f"sheet {sheet.title!r} has more than {MAX_ROWS} rows")
        yield [_cell_text(value) for value in row]


def _workbook_articles(sheets: Iterable[tuple[str, Iterable[list[str]]]], *, first_position: int, reference_date: dt.date | None = None) -> list[Article]:
    """The articles of a workbook's sheets, given as (sheet name, rows of cell texts) pairs, each read
    as a CSV export is (``tabular.table_articles``: a header naming a title or text column, report
    lines above it). A sheet without such a header (a summary, a chart's data) is passed over, and
    its reason kept for the refusal when no sheet is a list of articles; a sheet that cannot be read
    refuses the workbook, by its name."""
    found_sheets: list[list[Article]] = []
    passed_over: list[str] = []
    for title, rows in sheets:
        try:
            found, first_row = table_articles(
                rows, first_position=first_position + sum(map(len, found_sheets)), where=f"sheet {title!r}, ", sheet=True,
                reference_date=reference_date,
            )
        except FormatError:
            raise
        except Exception as exc:  # noqa: BLE001 - a sheet's XML or records are parsed as it is read (ParseError, KeyError...)
            raise FormatError(f"sheet {title!r} cannot be read ({type(exc).__name__}: {' '.join(str(exc).split())[:120]})") from None
        if found is None:
            passed_over.append(f"{title!r}" + (f" ({no_article_column(first_row)})" if first_row else " (empty)"))
        else:
            found_sheets.append(found)
    return _found(found_sheets, passed_over, first_position=first_position)


def read_xlsx(data: bytes, *, first_position: int = 0, reference_date: dt.date | None = None) -> list[Article]:
    """Articles of every sheet of an Excel workbook that holds an export (a header row, then one row an article)."""
    _check_package(data)
    import openpyxl  # imported when a workbook comes, as pypdf is for a PDF

    try:
        workbook = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=True, keep_links=False)
    except Exception as exc:  # noqa: BLE001 - openpyxl on a damaged or hostile package raises many kinds
        raise FormatError(f"the workbook cannot be read (damaged or not an .xlsx: {type(exc).__name__}: {' '.join(str(exc).split())[:120]})") from None
    try:
        return _workbook_articles(((sheet.title, _rows(sheet)) for sheet in workbook.worksheets), first_position=first_position, reference_date=reference_date)
    finally:
        workbook.close()


def _found(sheets: list[list[Article]], passed_over: list[str], *, first_position: int) -> list[Article]:
    """The articles of the workbook's article sheets, numbered from ``first_position``. A sheet of
    bare headlines (a pivot of the article list: "Headline | Mentions") is passed over when another
    sheet gives the articles' text."""
    if any(article.text for sheet in sheets for article in sheet):
        sheets = [sheet for sheet in sheets if any(article.text for article in sheet)]
    articles = [article for sheet in sheets for article in sheet]
    if not articles:
        raise FormatError("no sheet is a list of articles (a header row naming a title or text column): " + "; ".join(passed_over or ["the workbook has no sheets"]))
    return [dataclasses.replace(article, position=first_position + index) for index, article in enumerate(articles)]


def _xls_sheet_rows(book, index: int) -> Iterator[list[str]]:
    """The rows of the workbook's sheet ``index``, loaded when the first row is asked for (its
    records are parsed then, and a damaged sheet fails where its name is known)."""
    yield from _xls_rows(book, book.sheet_by_index(index))


def _xls_rows(book, sheet) -> Iterator[list[str]]:
    import xlrd

    if sheet.nrows > MAX_ROWS:
        raise FormatError(f"sheet {sheet.name!r} has more than {MAX_ROWS} rows")
    for number in range(sheet.nrows):
        cells = []
        for cell in sheet.row(number):
            if cell.ctype == xlrd.XL_CELL_DATE:
                try:
                    cells.append(_cell_text(xlrd.xldate_as_datetime(cell.value, book.datemode)))
                except (ValueError, OverflowError, xlrd.xldate.XLDateError):
                    cells.append(_cell_text(cell.value))
            elif cell.ctype in (xlrd.XL_CELL_EMPTY, xlrd.XL_CELL_BLANK, xlrd.XL_CELL_ERROR):
                cells.append("")
            elif cell.ctype == xlrd.XL_CELL_BOOLEAN:
                cells.append("TRUE" if cell.value else "FALSE")
            else:
                cells.append(_cell_text(cell.value))
        yield cells


def read_xls(data: bytes, *, first_position: int = 0, reference_date: dt.date | None = None) -> list[Article]:
    """Articles of every sheet of an old Excel workbook (.xls, Excel 97-2003) that holds an export, read with xlrd."""
    if not data.startswith(_OLE_MAGIC):
        raise FormatError("not an old Excel workbook (no OLE header): save it as .xlsx or .csv")
    import xlrd  # imported when a workbook comes

    try:
        book = xlrd.open_workbook(file_contents=data, on_demand=True)
    except Exception as exc:  # noqa: BLE001 - xlrd on a damaged or hostile file raises many kinds
        reason = " ".join(str(exc).split())[:120]
        if "encrypted" in reason.lower():
            raise FormatError("the workbook is encrypted (password-protected); save an unprotected .xlsx or a .csv") from None
        raise FormatError(f"the workbook cannot be read (damaged or not an .xls: {type(exc).__name__}: {reason})") from None
    try:
        sheets = [(name, _xls_sheet_rows(book, index)) for index, name in enumerate(book.sheet_names())]
        return _workbook_articles(sheets, first_position=first_position, reference_date=reference_date)
    finally:
        book.release_resources()


def read_ods(data: bytes, *, first_position: int = 0, reference_date: dt.date | None = None) -> list[Article]:
    """Articles of every sheet of an OpenDocument spreadsheet (LibreOffice Calc) that holds an export."""
    from tracker.readers.opendocument import sheet_rows

    return _workbook_articles(sheet_rows(data), first_position=first_position, reference_date=reference_date)
