"""Readers: an e-book chapter without a date of its own takes the book's date from the package
metadata (``dc:date``; an EPUB 2 modification event last; EPUB 3's ``dcterms:modified`` stamp as a
last resort); a chapter's own date line wins."""

from __future__ import annotations

import datetime as dt
import io
import re
import zipfile
from pathlib import Path

import pytest

from tracker.readers import read_document

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "readers"
# Written by pandoc from office_sources/sahel_digest.md (see the fixtures' README).
DIGEST = FIXTURES / "sahel_digest_pandoc.epub"
REFERENCE = dt.date(2024, 8, 5)


def read(data: bytes):
    return read_document(data, "sahel_digest.epub", reference_date=REFERENCE)


def with_metadata(dates: str) -> bytes:
    """The digest with its package's dates replaced by ``dates`` (metadata elements)."""
    source = zipfile.ZipFile(io.BytesIO(DIGEST.read_bytes()))
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as target:
        for info in source.infolist():
            data = source.read(info)
            if info.filename.endswith(".opf"):
                opf = data.decode()
                opf = re.sub(r"\s*<dc:date[^>]*>[^<]*</dc:date>|\s*<meta property=\"dcterms:modified\">[^<]*</meta>", "", opf)
                data = opf.replace("</metadata>", f"{dates}</metadata>").encode()
            target.writestr(info, data)
    return buffer.getvalue()


def test_chapter_without_a_date_takes_the_books_date_and_a_dated_chapter_keeps_its_own():
    first, second = read(DIGEST.read_bytes())
    assert (first.title, first.published, first.published_basis, first.outlet) == (
        "Senegal welcomes the Mauritanian vote", "2024-07-28", "meta", "Niger River Press",
    )  # fmt: skip
    assert first.text.startswith("Senegal\u2019s foreign ministry on Sunday welcomed")
    assert (second.title, second.published) == ("Mali\u2019s transitional leaders send greetings", "2024-07-30")


@pytest.mark.parametrize(
    ("dates", "published"),
    [
        ('<meta property="dcterms:modified">2024-07-29T18:30:00Z</meta>', "2024-07-29T18:30:00+00:00"),
        ('<dc:date opf:event="modification">2024-09-01</dc:date><dc:date opf:event="publication">2024-07-27</dc:date>', "2024-07-27"),
        ('<meta property="dcterms:modified">2024-09-01T00:00:00Z</meta><dc:date>2024-07-26</dc:date>', "2024-07-26"),
        ('<dc:date opf:event="modification">2024-07-31</dc:date>', "2024-07-31"),
        ("<dc:date>2024</dc:date>", None),  # a bare year dates nothing
        ("", None),
    ],
)
def test_book_date_from_the_package_metadata(dates, published):
    first, second = read(with_metadata(dates))
    assert first.published == published
    assert first.published_basis == ("meta" if published else "reference")
    assert second.published == "2024-07-30"
