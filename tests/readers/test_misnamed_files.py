"""Readers: a file named for another format, or for none, is read as what its bytes are (their
signature: ``%PDF-``, a zip package's parts, an OLE compound file's streams), or refused with a
message naming the file, what it is and what to do."""

from __future__ import annotations

import datetime as dt
import io
import zipfile
from pathlib import Path

import pytest

from tracker.readers import ReadError, read_document

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "readers"
REFERENCE = dt.date(2024, 11, 5)
# Written by LibreOffice from office_sources/harbour_monitor.csv (see the fixtures' README).
OLD_EXCEL = FIXTURES / "harbour_monitor_libreoffice.xls"
OLD_WORD = FIXTURES / "old_word_note_libreoffice.doc"


def read(data: bytes, name: str):
    return read_document(data, name, reference_date=REFERENCE)


def refusal(data: bytes, name: str) -> ReadError:
    with pytest.raises(ReadError) as caught:
        read(data, name)
    return caught.value


@pytest.mark.parametrize("name", ["monitoring_export", "monitoring_export.xlsx", "monitoring_export.txt", "monitoring_export.docx", "export.csv"])
def test_old_excel_workbook_under_another_name_is_read_as_a_workbook(name):
    articles = read(OLD_EXCEL.read_bytes(), name)
    assert [(a.title, a.published, a.outlet) for a in articles] == [
        ("Namibia congratulates Botswana's new president", "2024-11-02", "Kalahari Wire"),
        ("Zambia looks to closer rail links with Gaborone", "2024-11-03", "Copperbelt Daily"),
    ]
    assert articles[1].text.startswith("Zambia's president said on Sunday")


def _workbook() -> bytes:
    import openpyxl

    book = openpyxl.Workbook()
    book.active.append(["Headline", "Outlet", "Body"])
    book.active.append(["Angola thanks Namibia", "Benguela Post", "Angola's president thanked Windhoek on Monday."])
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def _zip_of_text() -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("desk/comma_bylines.txt", (FIXTURES / "comma_bylines.txt").read_bytes())
    return buffer.getvalue()


@pytest.mark.parametrize(
    ("make", "name", "first_title"),
    [
        (_workbook, "angola.xls", "Angola thanks Namibia"),
        (_workbook, "angola", "Angola thanks Namibia"),
        (_workbook, "angola.docx", "Angola thanks Namibia"),
        (lambda: (FIXTURES / "highway.docx").read_bytes(), "highway.pdf", "Kenya and Ethiopia open new highway"),
        (lambda: (FIXTURES / "highway.docx").read_bytes(), "highway.odt", "Kenya and Ethiopia open new highway"),
        (lambda: (FIXTURES / "ministry_statement.pdf").read_bytes(), "statement.docx", "Palau congratulates the new Government of"),
        (lambda: (FIXTURES / "ministry_statement.pdf").read_bytes(), "statement.txt", "Palau congratulates the new Government of"),
        (lambda: (FIXTURES / "andean_statements.rtf").read_bytes(), "statements.txt", "Lima welcomes the Bolivian cabinet"),
        (_zip_of_text, "clippings", "Uruguay hails Paraguay's new cabinet"),
        (_zip_of_text, "clippings.docx", "Uruguay hails Paraguay's new cabinet"),
    ],
)
def test_a_document_under_a_wrong_name_is_read_as_what_it_is(make, name, first_title):
    articles = read(make(), name)
    assert articles[0].title.startswith(first_title)
    assert "\\rtf" not in articles[0].text and "PK" not in articles[0].title


def _renamed_stream(data: bytes, old: str, new: str) -> bytes:
    """The compound file with one directory entry renamed (its streams are all the check reads)."""
    at = data.index(old.encode("utf-16-le") + b"\x00\x00")
    entry = (new.encode("utf-16-le") + b"\x00\x00").ljust(64, b"\x00") + (2 * len(new) + 2).to_bytes(2, "little")
    return data[:at] + entry + data[at + 66 :]


@pytest.mark.parametrize(
    ("make", "name", "reason"),
    [
        (lambda: OLD_WORD.read_bytes(), "lesotho.docx",
         "an old Word document (.doc) under the name .docx, a type that is not read: save it as .docx (or .odt, .rtf, .pdf)"),
        (lambda: OLD_WORD.read_bytes(), "lesotho",
         "an old Word document (.doc) without an extension, a type that is not read: save it as .docx"),
        (lambda: _renamed_stream(OLD_WORD.read_bytes(), "WordDocument", "__substg1.0_0037001F"), "reply.txt",
         "an Outlook message (.msg) under the name .txt, a type that is not read: save it as .eml, or as text (.txt)"),
        (lambda: _renamed_stream(OLD_WORD.read_bytes(), "WordDocument", "EncryptedPackage"), "budget.xlsx",
         "a password-protected Office document under the name .xlsx: the document is encrypted (password-protected); save it without a password"),
        (lambda: (FIXTURES / "scanned_page.pdf").read_bytes(), "scan.docx", "a PDF document under the name .docx: the PDF has no text layer"),
        (lambda: OLD_EXCEL.read_bytes()[:3000], "cut.xlsx", "the workbook is encrypted (password-protected) or an old .xls"),
    ],
)  # fmt: skip
def test_a_document_it_cannot_read_under_a_wrong_name_is_refused_saying_what_it_is(make, name, reason):
    error = refusal(make(), name)
    assert error.name == name
    assert error.reason.startswith(reason), error.reason
    assert str(error).startswith(f"{name}: ")


def test_an_archive_holding_an_archive_under_another_name_is_still_refused():
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("inner.txt", _zip_of_text())
    error = refusal(buffer.getvalue(), "outer.zip")
    assert "member 'inner.txt': a zip archive under the name .txt: nested archive" in error.reason
