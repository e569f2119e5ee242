"""A corpus of hostile and broken uploads, each through the ingest the Upload page and command line use.

For every input the analyst gets one clear line naming the file and the problem (never a
traceback) and every table stays exactly as it was; the benign-but-odd inputs (other
encodings, broken tags, right-to-left text, markup in quotes) are stored as the plain text
they are. A batch holding bad files still stores its good ones. The table in
docs/bad-inputs.md describes the same cases for people.
"""

from __future__ import annotations

import base64
import codecs
import csv
import datetime as dt
import io
import json
import random
import re
import zipfile
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import pytest

from tracker.readers import MAX_DOCUMENT_BYTES
from tracker.store import Database, csv_bytes, ingest_bytes
from tracker.store.filters import Filters

REF = dt.date(2025, 6, 6)


def reaction(quote: str, *, speaker: str = "Australian Foreign Minister Penny Wong", short: str = "Wong") -> str:
    """One paragraph the extractor reads as a reaction quoting ``quote``."""
    return f"{speaker} on Wednesday congratulated the president-elect. \u201c{quote},\u201d {short} said in a statement."


GOOD_TEXT = "Canberra congratulates new president\n\n" + reaction("We look forward to deepening our partnership")


def zip_of(*members: tuple[str, bytes], compression: int = zipfile.ZIP_DEFLATED) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression) as archive:
        for name, data in members:
            archive.writestr(name, data)
    return buffer.getvalue()


@cache
def zip_with_100_000_entries() -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_STORED) as archive:
        for i in range(100_000):
            archive.writestr(f"dump_{i}.txt", b"")
    return buffer.getvalue()


def encrypted_zip() -> bytes:
    """A zip whose member says it is encrypted (flag bit 0), as a password-protected archive does."""
    data = bytearray(zip_of(("secret.txt", GOOD_TEXT.encode())))
    for signature, flag_offset in ((b"PK\x03\x04", 6), (b"PK\x01\x02", 8)):
        at = data.find(signature)
        data[at + flag_offset] |= 0x1
    return bytes(data)


FIXTURES = Path(__file__).parent / "fixtures"


def locked_pdf() -> bytes:
    """A text PDF that needs a password to be opened."""
    import pypdf

    writer = pypdf.PdfWriter(clone_from=pypdf.PdfReader(FIXTURES / "readers" / "ministry_statement.pdf"))
    writer.encrypt(user_password="secret", owner_password="owner", algorithm="AES-256")
    buffer = io.BytesIO()
    writer.write(buffer)
    return buffer.getvalue()


def utf8_broken_midway() -> bytes:
    good = ("Séoul: les réactions\n\n" + reaction("Nous saluons l’élection")).encode("utf-8")
    middle = len(good) // 2
    return good[:middle] + b"\xff\xfe\xc3" + good[middle:]


def billion_laughs(root: str) -> bytes:
    """Nine levels of entities, each ten of the one below: a billion "lol"s if expanded."""
    levels = "".join(f'<!ENTITY l{i} "{f"&l{i - 1};" * 10}">' for i in range(1, 10))
    return (f'<?xml version="1.0"?><!DOCTYPE {root} [<!ENTITY l0 "lol">{levels}]>'
            f"<{root}><channel><item><title>&l9;</title></item></channel></{root}>").encode()  # fmt: skip


def csv_with_an_empty_row(row: int) -> bytes:
    """A CSV export whose spreadsheet row ``row`` has an outlet but neither title nor text."""
    rows = [("title", "text", "source")] + [(f"Leaders react {n}", reaction("We welcome it"), "Wire") for n in range(2, row)]
    rows += [("", "", "Wire"), ("Leaders react again", "More text.", "Wire")]
    buffer = io.StringIO()
    csv.writer(buffer).writerows(rows)
    return buffer.getvalue().encode()


@dataclass(frozen=True)
class Refused:
    """An input refused as a whole: ``reason`` is a part of the message the analyst reads."""

    name: str
    build: object  # bytes, or a function returning them (large inputs are built on demand)
    reason: str

    def data(self) -> bytes:
        return self.build() if callable(self.build) else self.build


REFUSED = [
    Refused("empty.txt", b"", "empty file"),
    Refused("whitespace.txt", b" \n\t\r\n   \n" * 100, "only whitespace"),
    Refused("photo.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 8, "PNG image"),
    Refused("report.txt", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n" * 20, "PDF document"),
    Refused("tool.txt", b"\x7fELF\x02\x01\x01\x00" + bytes(56) + bytes(range(256)) * 4, "ELF executable"),
    Refused("broken_utf8.txt", utf8_broken_midway, "invalid UTF-8 at byte"),
    Refused("too_big.txt", lambda: b"a" * (MAX_DOCUMENT_BYTES + 1), "over the reader limit"),
    Refused("head_only.html", b"<!doctype html><html><head><title>Only a head</title></head></html>", "no article text"),
    Refused("scripts_only.html",
            b"<html><head><script>var a=1;</script></head><body><script>document.write('x')</script>"
            b"<style>p{}</style><noscript></noscript></body></html>", "no article text"),  # fmt: skip
    Refused("number.json", b"42", "JSON holds int"),
    Refused("string.json", b'"just a string"', "JSON holds str"),
    Refused("null.json", b"null", "JSON holds NoneType"),
    Refused("list_of_numbers.json", b"[1, 2, 3]", "expected an article object"),
    Refused("deep.json", b"[" * 200_000 + b"]" * 200_000, "nested too deeply"),
    Refused("text_is_object.json", json.dumps({"title": "T", "text": {"a": [1]}}).encode(), "field 'text'"),
    Refused("feed.jsonl",
            b'{"title": "One", "text": "First article."}\n{"title": "Two", "text": \n'
            b'{"title": "Three", "text": "Third article."}\n', "line 2: invalid JSON"),  # fmt: skip
    Refused("notes.docx", b"PK\x03\x04 a word processor file", "not a Word document: not a valid .docx package"),
    Refused("old_format.doc", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1 a Word 97 file", "unsupported file type .doc"),
    Refused("damaged.docx", lambda: zip_of(("[Content_Types].xml", b"<Types/>"), ("word/styles.xml", b"<w:styles/>")),
            "the package has no word/document.xml"),
    Refused("docx_bomb.docx", lambda: zip_of(("word/document.xml", b" " * 30_000_000)), "over the limit"),
    Refused("page_without_html.mhtml", b"MIME-Version: 1.0\nContent-Type: multipart/related; boundary=b\n\n--b\n"
            b"Content-Type: image/png\nContent-Transfer-Encoding: base64\n\niVBORw0KGgo=\n--b--\n",
            "the saved page (MHTML) holds no HTML part"),
    Refused("notes.odt", b"PK\x03\x04 an office file", "not an OpenDocument text: not a valid .odt package"),
    Refused("renamed.odt", lambda: zip_of(("word/document.xml", b"<w:document/>")), "the package has no content.xml"),
    Refused("letter.rtf", b"Dear desk, a text file renamed.", "not an RTF document (no {\\rtf header at the start)"),
    Refused("metadata.rtf", rb"{\rtf1\ansi{\info{\title Only metadata}}}", "the RTF document holds no text"),
    Refused("slides.ppt", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1 an old presentation", "unsupported file type .ppt (an old PowerPoint presentation: save it as .pptx"),
    Refused("slides.pptx", b"PK\x03\x04 a presentation", "not a PowerPoint presentation: not a valid zip archive"),
    Refused("renamed.pptx", lambda: zip_of(("word/document.xml", b"<w:document/>")), "the package has no ppt/presentation.xml"),
    Refused("book.epub", b"PK\x03\x04 a book", "not an e-book: not a valid zip archive"),
    Refused("covers.epub", lambda: zip_of(("mimetype", b"application/epub+zip"), ("OEBPS/cover.xhtml", b"<html><body><p>Cover</p></body></html>")),
            "no package document (.opf)"),
    Refused("scan.pdf", lambda: (FIXTURES / "readers" / "scanned_page.pdf").read_bytes(), "the PDF has no text layer (scanned pages or images only"),
    Refused("damaged.pdf", b"%PDF-1.4\n%\xe2\xe3 a page cut short", "the PDF cannot be read (damaged or not a PDF"),
    Refused("locked.pdf", locked_pdf, "the PDF is encrypted (password-protected)"),
    Refused("photo", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR an image without an extension",
            "unsupported file type (no extension): binary data (a PNG image); accepted: .txt"),
    Refused("laughs.rss", lambda: billion_laughs("rss"), "the XML declares entities (<!ENTITY>): refused unread"),
    Refused("xxe.xml", b'<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>'
            b"<rss><channel><item><title>&xxe;</title></item></channel></rss>", "the XML declares entities"),
    Refused("drawing.xml", b'<svg xmlns="http://www.w3.org/2000/svg"><text>Leaders react</text></svg>',
            "not an RSS or Atom feed: root element <svg>"),
    Refused("truncated.atom", b'<feed xmlns="http://www.w3.org/2005/Atom"><entry><title>Leaders react</title><content>Text',
            "invalid XML at line 1"),
    Refused("hollow_item.rss", b"<rss><channel><item><title>Leaders react</title></item><item><link>https://x.example/</link>"
            b"</item></channel></rss>", "item 2 has no title and no text"),
    Refused("ids.csv", b"id;score\n1;0.5\n2;0.7\n", "no title or text column in the header (found 'id', 'score'"),
    Refused("api_export.json", b'{"status": "ok", "results": [{"headline": "Leaders react", "body": "Wong spoke."}, '
            b'{"id": 2, "score": 0.7, "authors": ["A. Writer"]}]}',
            "results[2]: no title or text among its fields ('id', 'score', 'authors')"),
    Refused("row14.csv", lambda: csv_with_an_empty_row(14), "row 14 has no title and no text"),
    Refused("shifted.csv", b"title,text\nLeaders react,Wong said, in a statement, that she welcomed it\n",
            "row 2 has 4 cells, the header has 2 (an unquoted delimiter?)"),
    Refused("attachment_only.eml", b'From: desk@x.example\nSubject: Scan\nContent-Type: multipart/mixed; boundary="b"\n\n'
            b"--b\nContent-Type: application/pdf\nContent-Transfer-Encoding: base64\n\nJVBERi0=\n--b--\n",
            "the e-mail has no text/plain or text/html part"),
    Refused("bomb.zip", lambda: zip_of(("bomb.txt", bytes(50_000_000))), "over the limit"),
    Refused("ratio_bomb.zip", lambda: zip_of(("dense.txt", b" " * 20_000_000)), "zip bomb"),
    Refused("traversal.zip", lambda: zip_of(("ok.txt", GOOD_TEXT.encode()), ("../../etc/cron.d/x.txt", b"x")),
            "unsafe member name '../../etc/cron.d/x.txt'"),  # fmt: skip
    Refused("absolute.zip", lambda: zip_of(("/etc/passwd.txt", b"root:x:0:0")), "unsafe member name '/etc/passwd.txt'"),
    Refused("windows_absolute.zip", lambda: zip_of(("C:/Windows/win.ini.txt", b"x")), "unsafe member name"),
    Refused("nested.zip", lambda: zip_of(("inner.zip", zip_of(("a.txt", GOOD_TEXT.encode())))), "nested archive 'inner.zip'"),
    Refused("many.zip", zip_with_100_000_entries, "100000 entries, more than the limit"),
    Refused("encrypted.zip", encrypted_zip, "encrypted"),
    Refused("truncated.zip", lambda: zip_of(("a.txt", GOOD_TEXT.encode() * 50))[:200], "not a valid zip archive"),
    Refused("empty_archive.zip", lambda: zip_of(("picture.png", b"\x89PNG")), "no readable article file"),
]


def message_is_clear(result, name: str) -> None:
    """One short line, naming the file, no Python internals."""
    line = result.summary()
    assert line.startswith(f"{name}: rejected: "), line
    assert "\n" not in line and len(line) < 400, line
    for internal in ("Traceback", 'File "', "Error(", "<class", "0x"):
        assert internal not in result.rejected, result.rejected


@pytest.mark.parametrize("case", REFUSED, ids=[c.name for c in REFUSED])
def test_refused_input_names_the_file_and_problem_and_changes_no_table(case, sample_db, snapshot):
    before = snapshot(sample_db)
    result = ingest_bytes(sample_db, case.data(), case.name, reference_date=REF)
    assert result.rejected, result.summary()
    assert case.reason.lower() in result.rejected.lower(), result.rejected
    message_is_clear(result, case.name)
    assert (result.articles_added, result.statements_added, result.document_id) == (0, 0, None)
    assert snapshot(sample_db) == before


# --- odd but legitimate: stored as the plain text it is ----------------------------------------


def stored_articles(db, document_id: int) -> list[tuple]:
    with db.read() as con:
        return con.execute(
            "SELECT title, outlet, text FROM articles WHERE document_id = ? ORDER BY position", [document_id]
        ).fetchall()


def stored_quotes(db, document_id: int) -> list[str]:
    with db.read() as con:
        rows = con.execute(
            "SELECT quote FROM statement_rows WHERE document_id = ? ORDER BY article_position, statement_id",
            [document_id],
        ).fetchall()
    return [r[0] for r in rows]


def only_added(before: dict, after: dict) -> None:
    """Every row that was there is still there, unchanged (a new document only adds rows).

    The stored reaction groups are derived: a new mention of a known statement rightly changes one.
    """
    for table, rows in before.items():
        if table == "reaction_groups":
            continue
        now = {repr(r) for r in after[table]}
        missing = [r for r in rows if repr(r) not in now]
        assert not missing, (table, missing[:3])


def ingest_ok(db, data: bytes, name: str, **options):
    result = ingest_bytes(db, data, name, reference_date=REF, **options)
    assert result.ok and not result.already_known, result.summary()
    assert result.articles_added >= 1
    return result


@pytest.mark.parametrize(
    ("name", "encode"),
    [
        ("utf16_no_bom.txt", lambda t: t.encode("utf-16-le")),
        ("utf16be_no_bom.txt", lambda t: t.encode("utf-16-be")),
        ("utf8_bom.txt", lambda t: codecs.BOM_UTF8 + t.encode("utf-8")),
        ("windows1252.txt", lambda t: t.encode("cp1252")),
    ],
)
def test_other_encodings_are_stored_as_the_same_text(name, encode, sample_db, snapshot):
    text = "Réactions à l’élection\n\n" + reaction("We welcome the result – a new chapter for Séoul")
    before = snapshot(sample_db)
    result = ingest_ok(sample_db, encode(text), name, host_country="KOR")
    [(title, _, body)] = stored_articles(sample_db, result.document_id)
    assert title == "Réactions à l’élection"
    assert "We welcome the result – a new chapter for Séoul" in body
    assert stored_quotes(sample_db, result.document_id)[0].startswith("We welcome the result – a new chapter for Séoul")
    only_added(before, snapshot(sample_db))


def test_html_with_broken_tags_keeps_its_text(sample_db, snapshot):
    page = (
        "<html><body><h1>Leaders react to the vote<p>Unclosed paragraph <div><b>"
        + reaction("We are ready to work together")
        + "</i></span><<p>>< /body"
    ).encode()
    before = snapshot(sample_db)
    result = ingest_ok(sample_db, page, "broken_tags.html", host_country="KOR")
    [(title, _, body)] = stored_articles(sample_db, result.document_id)
    assert title == "Leaders react to the vote"
    assert "We are ready to work together" in body and "<b>" not in body
    only_added(before, snapshot(sample_db))


def test_emoji_cut_in_half_in_json_is_stored_with_a_replacement_character(sample_db, snapshot):
    # "\ud83d" alone is half of an emoji's UTF-16 escape, as truncating scrapers leave it
    data = ('[{"title": "Leaders react \\ud83d", "source": "Wire \\udc00", "url": "https://x.example/\\ud83d",'
            ' "text": ' + json.dumps(reaction("We welcome the result")) + '}]').encode()  # fmt: skip
    before = snapshot(sample_db)
    result = ingest_ok(sample_db, data, "half_emoji.json", host_country="KOR")
    [(title, outlet, _)] = stored_articles(sample_db, result.document_id)
    assert (title, outlet) == ("Leaders react \ufffd", "Wire \ufffd")
    assert stored_quotes(sample_db, result.document_id)[0].startswith("We welcome the result")
    only_added(before, snapshot(sample_db))


@pytest.mark.parametrize(
    ("name", "data"),
    [
        ("year_9999.txt", ("Leaders react\n\nPublished: December 31, 9999\n\n" + reaction("We welcome it")).encode()),
        ("year_1.json", json.dumps([{"title": "Leaders react", "published": "0001-01-01T00:00:00+05:00",
                                     "text": reaction("We welcome it")}]).encode()),  # fmt: skip
    ],
)
def test_placeholder_publication_date_is_ignored_not_fatal(name, data, sample_db, snapshot):
    before = snapshot(sample_db)
    result = ingest_ok(sample_db, data, name, host_country="KOR")
    with sample_db.read() as con:
        published = con.execute("SELECT published, published_basis FROM articles WHERE document_id = ?",
                                [result.document_id]).fetchall()  # fmt: skip
    assert published == [(None, "reference")]  # the reference date stands in, as for an undated article
    assert stored_quotes(sample_db, result.document_id)[0].startswith("We welcome it")
    only_added(before, snapshot(sample_db))


def test_xml_entities_in_a_page_are_never_expanded_or_fetched(sample_db, snapshot):
    """Billion laughs and an external entity pointing at a local file: both stay inert text."""
    laughs = "".join(f'<!ENTITY l{i} "{f"&l{i - 1};" * 10}">' for i in range(1, 10))
    page = (
        '<?xml version="1.0"?><!DOCTYPE html [<!ENTITY l0 "lol">' + laughs
        + '<!ENTITY xxe SYSTEM "file:///etc/passwd">]><html><body><h1>Leaders react &l9; &xxe;</h1><p>'
        + reaction("We welcome the result") + "</p></body></html>"
    ).encode()  # fmt: skip
    before = snapshot(sample_db)
    result = ingest_ok(sample_db, page, "entities.xhtml", host_country="KOR")
    [(title, _, body)] = stored_articles(sample_db, result.document_id)
    assert "lollol" not in title + body and "root:" not in title + body
    assert len(body) < 1000
    only_added(before, snapshot(sample_db))


def test_single_10_mb_line_page_keeps_only_its_story(sample_db, snapshot):
    """A minified page saved as one 10 MB line (inline data, scripts) is read; only the story is stored."""
    blob = base64.b64encode(random.Random(6).randbytes(7_500_000)).decode()
    page = (
        '<!doctype html><html><head><title>Leaders react | Wire</title><script>var gallery="' + blob + '";</script>'
        '<style>body{margin:0}</style></head><body><nav><a href="/">Home</a> <a href="/world">World</a></nav>'
        "<article><h1>Leaders react</h1><p>" + reaction("We congratulate the people of Korea") + "</p></article>"
        '<img src="data:image/png;base64,' + blob[:1_000_000] + '"></body></html>'
    ).encode()
    assert len(page) > 10_000_000 and b"\n" not in page
    before = snapshot(sample_db)
    result = ingest_ok(sample_db, page, "minified.html", host_country="KOR")
    [(title, _, body)] = stored_articles(sample_db, result.document_id)
    assert title == "Leaders react"
    assert blob[:1000] not in body and "var gallery" not in body
    assert stored_quotes(sample_db, result.document_id)[0].startswith("We congratulate the people of Korea")
    only_added(before, snapshot(sample_db))


def test_single_10_mb_line_in_a_text_dump_is_stored_verbatim(sample_db, snapshot):
    """A .txt dump with a pasted 10 MB data: URI on one line is stored whole, with its reaction found."""
    blob = base64.b64encode(random.Random(7).randbytes(7_500_000)).decode()
    data = ("Photo gallery: the inauguration\n\n" + reaction("We congratulate the people of Korea") + "\n\n"
            + "data:image/png;base64," + blob + "\n").encode()  # fmt: skip
    assert len(data) > 10_000_000
    before = snapshot(sample_db)
    result = ingest_ok(sample_db, data, "gallery.txt", host_country="KOR")
    [(title, _, body)] = stored_articles(sample_db, result.document_id)
    assert title == "Photo gallery: the inauguration"
    assert blob in body
    assert stored_quotes(sample_db, result.document_id)[0].startswith("We congratulate the people of Korea")
    only_added(before, snapshot(sample_db))


RTL_TITLE = "\u05e9\u05dc\u05d5\u05dd \u0627\u0644\u0627\u0646\u062a\u062e\u0627\u0628\u0627\u062a \U0001F1F0\U0001F1F7 \U0001F389 results"
RTL_QUOTE = "\u0646\u0647\u0646\u0626 \u0627\u0644\u0634\u0639\u0628 \U0001F600\U0001F44D\U0001F3FD we welcome the result"


def test_control_characters_rtl_text_and_emoji_in_titles_and_quotes(sample_db, snapshot):
    # BEL, ESC and a right-to-left override (which can disguise text on screen) are dropped;
    # the letters, emoji (with skin tone and flag sequences) and RTL script stay exactly as they were.
    title = RTL_TITLE.replace("results", "re\x07sults\x1b[31m\u202e")
    quote = RTL_QUOTE.replace("we welcome", "we\x00 wel\u202ecome")
    data = json.dumps([{"title": title, "text": reaction(quote), "source": "Wire\x08 \u200fService",
                        "published": "2025-06-04"}]).encode()  # fmt: skip
    before = snapshot(sample_db)
    result = ingest_ok(sample_db, data, "rtl.json", host_country="KOR")
    [(stored_title, outlet, body)] = stored_articles(sample_db, result.document_id)
    assert stored_title == RTL_TITLE.replace("results", "results[31m")  # the ESC byte goes, its visible text stays
    assert "\x07" not in stored_title + body + outlet and "\u202e" not in stored_title + body
    assert stored_quotes(sample_db, result.document_id)[0].startswith(RTL_QUOTE)
    only_added(before, snapshot(sample_db))


HOSTILE_QUOTES = [
    "<script>alert('quote')</script> we welcome the result",
    '<img src=x onerror="alert(document.cookie)"> we look forward to cooperation',
    "[Read more](javascript:alert(document.cookie)) we congratulate the winner",
    '=HYPERLINK("http://evil.example/x","Click here") is what we say',
    "+SUM(A1:A9) and @cmd we stand ready",
]
HOSTILE_SPEAKERS = [
    ("German Chancellor Friedrich Merz", "Merz", "DEU"),
    ("Canadian Prime Minister Mark Carney", "Carney", "CAN"),
    ("Japanese Prime Minister Shigeru Ishiba", "Ishiba", "JPN"),
    ("Australian Foreign Minister Penny Wong", "Wong", "AUS"),
    ("French President Emmanuel Macron", "Macron", "FRA"),
]


def hostile_title(i: int) -> str:
    return f"[Story {i}](javascript:alert({i})) ![pixel](https://evil.example/p{i}.png) <b>bold</b> **{i}**"


def hostile_dump() -> bytes:
    """Five articles whose titles, outlet and quotes carry HTML, Markdown and spreadsheet formulas."""
    items = [
        {"title": hostile_title(i), "text": reaction(quote, speaker=speaker, short=short),
         "source": "<script>steal()</script> Wire", "published": "2025-06-04", "url": "javascript:alert(1)"}
        for i, (quote, (speaker, short, _)) in enumerate(zip(HOSTILE_QUOTES, HOSTILE_SPEAKERS, strict=True))
    ]  # fmt: skip
    return json.dumps(items).encode()


def test_markup_and_formulas_in_quotes_are_stored_verbatim_and_exported_neutralised(sample_db, snapshot):
    before = snapshot(sample_db)
    result = ingest_ok(sample_db, hostile_dump(), "hostile.json", host_country="KOR")
    articles = stored_articles(sample_db, result.document_id)
    assert [a[0] for a in articles] == [hostile_title(i) for i in range(5)]
    assert {a[1] for a in articles} == {"<script>steal()</script> Wire"}
    quotes = stored_quotes(sample_db, result.document_id)
    assert len(quotes) == 5
    for quote, expected in zip(quotes, HOSTILE_QUOTES, strict=True):
        assert quote.startswith(expected)
    only_added(before, snapshot(sample_db))

    exported = csv_bytes(sample_db, Filters(search="we ", countries=("FRA",))).decode("utf-8-sig")
    assert "\"'+SUM(A1:A9) and @cmd we stand ready" in exported
    exported = csv_bytes(sample_db, Filters(countries=("AUS",), search="HYPERLINK")).decode("utf-8-sig")
    assert "\"'=HYPERLINK(" in exported and ',"=HYPERLINK' not in exported


def test_file_name_with_path_and_markup_is_only_a_label(sample_db, tmp_path):
    name = "../../<img src=x onerror=alert(1)>.txt"
    result = ingest_ok(sample_db, GOOD_TEXT.encode(), name, host_country="KOR")
    with sample_db.read() as con:
        assert con.execute("SELECT name FROM documents WHERE document_id = ?", [result.document_id]).fetchall() == [
            (name,)
        ]
    assert not list(tmp_path.parent.glob("*onerror*"))  # nothing written next to the database


# --- a batch with bad files still stores its good ones -----------------------------------------


SMALL_REFUSED = [c for c in REFUSED if c.name not in {"too_big.txt", "bomb.zip", "ratio_bomb.zip", "many.zip"}]


def test_command_line_batch_reports_each_bad_file_and_stores_the_good_ones(db, tmp_path, capsys):
    from tracker.cli import main

    folder = tmp_path / "upload"
    folder.mkdir()
    paths = []
    for case in SMALL_REFUSED:
        path = folder / case.name
        path.write_bytes(case.data())
        paths.append(path)
    good = folder / "good.txt"
    good.write_text(GOOD_TEXT, encoding="utf-8")
    hostile = folder / "hostile.json"
    hostile.write_bytes(hostile_dump())
    files = [str(p) for p in paths[:10]] + [str(good)] + [str(p) for p in paths[10:]] + [str(hostile)]

    code = main(["ingest", *files, "--db", str(db.path), "--reference-date", "2025-06-06", "--host-country", "KOR"])
    out, err = capsys.readouterr()
    assert code == 1
    assert "Traceback" not in out + err
    errors = [line for line in err.splitlines() if line.startswith("error: ")]
    assert len(errors) == len(SMALL_REFUSED)
    for case, path in zip(SMALL_REFUSED, paths, strict=True):
        assert any(line.startswith(f"error: {path}: ") and case.reason.lower() in line.lower() for line in errors), (
            case.name, errors)  # fmt: skip
    assert f"{len(files)} file(s): 2 stored (6 articles, 6 statements added), 0 already ingested, " \
           f"{len(SMALL_REFUSED)} rejected" in out  # fmt: skip
    with db.read() as con:
        assert sorted(r[0] for r in con.execute("SELECT name FROM documents").fetchall()) == ["good.txt", "hostile.json"]


def unescape_markdown(text: str) -> str:
    """The text a person sees from a Markdown string whose punctuation is backslash-escaped."""
    return re.sub(r"\\(.)", r"\1", text)


def test_upload_page_batch_names_each_bad_file_and_saves_the_good_one(db_path, monkeypatch):
    import streamlit as st
    from streamlit.testing.v1 import AppTest

    from tracker import ui

    monkeypatch.setenv("TRACKER_DB", str(db_path))
    monkeypatch.delenv("TRACKER_PASSWORD", raising=False)
    monkeypatch.setattr(ui, "max_upload_bytes", lambda: 1_000_000)  # the server's limit, made small
    st.cache_data.clear()
    st.cache_resource.clear()
    bad = [c for c in SMALL_REFUSED if c.name in {"photo.txt", "broken_utf8.txt", "feed.jsonl", "traversal.zip",
                                                  "number.json", "scripts_only.html", "empty.txt"}]  # fmt: skip
    files = [(c.name, c.data()) for c in bad] + [("good.txt", GOOD_TEXT.encode()), ("huge.txt", b"x " * 600_000)]

    at = AppTest.from_file(str(Path(__file__).resolve().parents[1] / "app.py"), default_timeout=120)
    at.run()
    at.switch_page("tracker/pages/upload.py").run()
    at.date_input(key="upload_reference_date").set_value(REF).run()
    key = f"upload_files_{at.session_state['upload_nonce']}"
    at.file_uploader(key=key).set_value([(name, data, "text/plain") for name, data in files]).run()
    assert not at.exception, [e.value for e in at.exception]
    errors = [unescape_markdown(e.value) for e in at.error]
    for case in bad:
        assert any(e.startswith(f"{case.name}: cannot be read: ") and case.reason.lower() in e.lower() for e in errors), (
            case.name, errors)  # fmt: skip
    assert any(e.startswith("huge.txt: ") and "limit" in e for e in errors), errors
    assert len(errors) == len(bad) + 1
    assert [unescape_markdown(e.label).split(":")[0] for e in at.expander] == ["good.txt"]

    at.button(key="upload_save").click().run()
    assert not at.exception, [e.value for e in at.exception]
    saved = [unescape_markdown(m.value) for m in at.success]
    assert len(saved) == 1 and saved[0].startswith("**good.txt**: added 1 statement"), saved
    with Database(db_path).read() as con:
        names = {r[0] for r in con.execute("SELECT name FROM documents").fetchall()}
    assert "good.txt" in names and not names & {c.name for c in bad} and "huge.txt" not in names
    st.cache_data.clear()
    st.cache_resource.clear()


# --- the dashboard shows dump text as the plain text it is -------------------------------------


HOSTILE_MARKERS = ("<script", "<img", "<b>bold", "](javascript", "![pixel]", "**0**")


def rendered_markdown(at) -> list[str]:
    """Every Markdown string the pages handed to Streamlit, as a person would read it rendered:
    escaped characters (``\\[``) are literal, so they are dropped before looking for markup."""
    texts = []
    for kind in ("markdown", "caption", "title", "header", "subheader", "success", "info", "warning", "error"):
        texts += [str(e.value) for e in at.get(kind)]
    texts += [str(e.label) for e in at.expander]
    return [re.sub(r"\\.", "", t) for t in texts]


def strings_in(value) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return [s for v in value.values() for s in strings_in(v)]
    if isinstance(value, list):
        return [s for v in value for s in strings_in(v)]
    return []


def test_dashboard_shows_markup_from_dumps_as_plain_text_on_every_page(sample_db, monkeypatch):
    import streamlit as st
    from streamlit.testing.v1 import AppTest

    result = ingest_ok(sample_db, hostile_dump(), "hostile.json", host_country="KOR")
    monkeypatch.setenv("TRACKER_DB", str(sample_db.path))
    monkeypatch.delenv("TRACKER_PASSWORD", raising=False)
    st.cache_data.clear()
    st.cache_resource.clear()
    try:
        at = AppTest.from_file(str(Path(__file__).resolve().parents[1] / "app.py"), default_timeout=120)
        at.query_params["search"] = "we"
        at.run()
        for page in ("overview", "timeline", "themes", "sources", "statements"):
            at.switch_page(f"tracker/pages/{page}.py").run()
            assert not at.exception, (page, [e.value for e in at.exception])
            for text in rendered_markdown(at):
                assert not any(m in text for m in HOSTILE_MARKERS), (page, text)
            for chart in at.get("plotly_chart"):
                for text in strings_in(json.loads(chart.proto.spec)):
                    assert not any(m in text for m in HOSTILE_MARKERS[:3]), (page, text)

        # Statements: the table cells hold the quotes verbatim; the source view shows each title literally
        table = next(d for d in at.dataframe if d.key and d.key.startswith("statements_table"))
        rows = table.value.reset_index(drop=True)
        hostile_rows = rows.index[rows["article_title"].isin([hostile_title(i) for i in range(5)])].tolist()
        assert len(hostile_rows) == 5
        for quote in HOSTILE_QUOTES:
            assert any(q.startswith(quote) for q in rows["quote"]), quote
        for position in hostile_rows:
            at.session_state[table.key] = {"selection": {"rows": [position], "columns": []}}
            at.run()
            assert not at.exception, [e.value for e in at.exception]
            title = rows.loc[position, "article_title"]
            assert re.sub(r"\\(.)", r"\1", at.subheader[0].value) == title  # reads exactly as stored
            assert re.sub(r"\\.", "", at.subheader[0].value).count("(") == 0  # no link syntax left
            body = at.get("html")[0].proto.body
            assert "<script" not in body and "<img" not in body
            assert "&lt;script&gt;" in body or "&lt;img" in body or "javascript:" in body or "HYPERLINK" in body \
                or "SUM(A1:A9)" in body  # fmt: skip
            assert not at.get("link_button")  # a javascript: URL gets no "Open the original" button
            for text in rendered_markdown(at):
                assert not any(m in text for m in HOSTILE_MARKERS), text
    finally:
        st.cache_data.clear()
        st.cache_resource.clear()
    assert result.statements_added == 5


# --- the other formats: capped fields, and files whose name does not say their format ----------


@pytest.mark.parametrize(
    ("name", "build"),
    [
        ("huge_cell.csv", lambda text: ('title,text\nLeaders react,"' + text + '"\n').encode()),
        ("huge_item.rss", lambda text: ("<rss><channel><item><title>Leaders react</title><description>" + text
                                        + "</description></item></channel></rss>").encode()),
    ],
)  # fmt: skip
def test_a_field_over_10_mb_in_a_table_or_feed_is_refused(name, build, sample_db, snapshot):
    before = snapshot(sample_db)
    result = ingest_bytes(sample_db, build(reaction("We welcome it") + " word" * 2_200_000), name, reference_date=REF)
    assert result.rejected and "over the 10 MB limit for one field" in result.rejected, result.summary()
    message_is_clear(result, name)
    assert snapshot(sample_db) == before


@pytest.mark.parametrize("name", ["reactions", "reactions.log", "page.php"])
def test_text_under_no_or_an_unknown_extension_is_stored_as_what_it_holds(name, sample_db, snapshot):
    before = snapshot(sample_db)
    result = ingest_ok(sample_db, GOOD_TEXT.encode(), name, host_country="KOR")
    [(title, _, _)] = stored_articles(sample_db, result.document_id)
    assert title == "Canberra congratulates new president"
    assert stored_quotes(sample_db, result.document_id)[0].startswith("We look forward to deepening our partnership")
    only_added(before, snapshot(sample_db))


# Phrases that once made extraction of a long single-line text quadratic (docs/bad-inputs.md):
# each mention or clause read the whole text before or after it.
LONG_LINE_PHRASES = [
    "Foreign Minister Anna Berg said on Monday that ...; ",
    "President Jean Martin of France, ",
    "the foreign minister of France said that ",
    "Anna Berg, ",
    "Sweden, Norway, Denmark, Finland and ",
    "observers from the African Union said that the vote was calm, and ",
    "Congratulations also came from Qatar's emir, Sheikh Tamim, and ",
    "the statement said, its statement said ",
]
# Phrases whose quadratic part (a whole-text "in" test per mention or per name run: fast scans, so small
# beside the per-mention work until the line is long) shows only at 40,000 characters and more.
LONGER_LINE_PHRASES = [
    "Lena Holm, who chairs the Senate Foreign Relations Committee, ",
    "A short statement from Lena Holm, who said that ",
]


def _work_ratios(tmp_path, size: int, phrases: list[str]) -> dict[str, float]:
    """For each phrase, the machine instructions (valgrind's count: the same on any machine and load, unlike a
    timing) that extracting a single line of 4 x ``size`` characters made of it costs, over those of ``size``."""
    import os
    import shutil
    import subprocess
    import sys

    if shutil.which("valgrind") is None:
        if os.environ.get("TRACKER_REQUIRE_VALGRIND") == "1":
            pytest.fail("valgrind is required here (CI installs it) and is missing")
        pytest.skip("valgrind is not installed (CI installs it; apt-get install valgrind)")
    root = Path(__file__).resolve().parent.parent
    out = tmp_path / "callgrind.out"
    subprocess.run(
        ["valgrind", "--tool=callgrind", "--dump-before=getppid", f"--callgrind-out-file={out}", "-q",
         sys.executable, str(root / "tests" / "linear_work.py"), str(size), *phrases],
        cwd=root, env={**os.environ, "PYTHONHASHSEED": "0"}, check=True, capture_output=True, timeout=600,
    )  # fmt: skip
    # dump 1 is the start-up; then one dump per run (N, 4N for each phrase) in order
    counts = [
        int(re.search(r"^totals: (\d+)", (tmp_path / f"callgrind.out.{i}").read_text(), re.M).group(1))
        for i in range(2, 2 + 2 * len(phrases))
    ]
    return {p: round(big / small, 2) for p, small, big in zip(phrases, counts[::2], counts[1::2])}


def test_extraction_work_grows_linearly_with_a_single_line(tmp_path):
    """Four times the text costs about four times the work. Before the fix the ratio at these sizes was 6 to 15
    (quadratic); now it is 3.8 to 4.3."""
    ratios = _work_ratios(tmp_path, 5000, LONG_LINE_PHRASES)
    assert all(r < 5 for r in ratios.values()), list(ratios.values())


def test_extraction_work_grows_linearly_with_a_long_line_of_clauses(tmp_path):
    """The same at 40,000 and 160,000 characters, where a per-mention look for "chair" and a per-run look for a
    peer's "of" over the whole line had made the ratio 8 to 9."""
    ratios = _work_ratios(tmp_path, 40000, LONGER_LINE_PHRASES)
    assert all(r < 5 for r in ratios.values()), list(ratios.values())


def test_a_run_of_hundreds_of_titles_joined_by_of_is_read_and_the_next_paragraph_kept():
    """A formal title repeated down a page with no punctuation once exhausted Python's stack (one
    level per "of") and the whole file was refused; now it is no name and the story around it is read."""
    from tracker.extract import extract_statements
    from tracker.models import Article

    text = "Prime Minister of the Republic of " * 3000 + "Ruritania\n\nChile's President Gabriel Boric congratulated the winner on Monday."
    rows = extract_statements(Article(title="Reactions", text=text), reference_date=dt.date(2025, 6, 6))
    assert [(r.speaker, r.country, r.date) for r in rows] == [("Gabriel Boric", "CHL", "2025-06-02")]
