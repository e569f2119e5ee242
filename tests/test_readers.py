"""Readers: every accepted format, encodings, archives and the bad inputs they must refuse."""

from __future__ import annotations

import codecs
import datetime as dt
import io
import json
import socket
import unicodedata
import zipfile
from pathlib import Path

import pytest

from tracker import readers
from tracker.readers import ReadError, archive, read_document
from tracker.readers.dates import normalize_field_date, parse_date_line, parse_dateline, parse_relative

FIXTURES = Path(__file__).parent / "fixtures" / "readers"
SAMPLES = Path(__file__).parent.parent / "data" / "samples"
SHARED_DEV = Path("/work/shared/dev")
SHARED_SEED_GOLD = Path("/work/shared/gold/seed.gold.json")
REFERENCE = dt.date(2025, 3, 11)  # a Tuesday


def read_fixture(name: str, reference_date: dt.date = REFERENCE):
    return read_document((FIXTURES / name).read_bytes(), name, reference_date=reference_date)


def read_error(data: bytes, name: str) -> ReadError:
    with pytest.raises(ReadError) as caught:
        read_document(data, name, reference_date=REFERENCE)
    return caught.value


def make_zip(members: dict[str, bytes], *, compression: int = zipfile.ZIP_DEFLATED) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression) as archive:
        for member_name, content in members.items():
            archive.writestr(member_name, content)
    return buffer.getvalue()


# --- plain text -----------------------------------------------------------------------------


def test_aggregator_txt_splits_main_article_and_related_entries():
    articles = read_fixture("aggregator.txt")
    assert [a.title for a in articles] == [
        "Nordic and Baltic leaders welcome Estonia's new coalition, promise closer energy links",
        "Tallinn port strike ends after overnight talks",
        'Swedish minister calls Estonian deal "good news for the region"',
        "Grid operators test new Baltic interconnector",
        "Finnish exporters eye Estonian rail project",
    ]
    assert [a.position for a in articles] == [0, 1, 2, 3, 4]
    assert [a.outlet for a in articles] == [None, "Baltic Courier", "Nordic Wire", "Riga Daily", "Helsinki Times Review"]


def test_aggregator_txt_dates_related_entries_from_relative_times():
    articles = read_fixture("aggregator.txt")
    assert [(a.published, a.published_basis) for a in articles] == [
        (None, "reference"),
        ("2025-03-11", "relative"),  # 12 minutes ago
        ("2025-03-11", "relative"),  # 3 hours ago
        ("2025-03-10", "relative"),  # yesterday
        ("2025-03-09", "relative"),  # 2 days ago
    ]


def test_aggregator_txt_drops_boilerplate_and_keeps_paragraphs():
    main, port, *_ = read_fixture("aggregator.txt")
    for furniture in ("Try Our AI Features", "Explore what", "Comments", "No comments", "Share this", "Facebook", "Related"):
        assert furniture not in main.text
    assert main.text.count("\n\n") == 2, main.text
    assert main.text.startswith("Leaders from across northern Europe")
    assert main.title not in main.text
    assert port.text == (
        "Dock workers in Tallinn returned to work on Tuesday morning after unions and the port authority "
        "agreed on a new pay scale.\n\nThe agreement runs for two years."
    )
    assert "Baltic Courier" not in port.text and "minutes ago" not in port.text


@pytest.mark.parametrize(
    ("fixture", "published", "title"),
    [
        ("published_line.txt", "2025-03-11T09:30", "Canada and Mexico agree to revive trade working group"),
        ("month_day_line.txt", "2025-03-09", "Kenyan president hails Ghana vote as model for the region"),
        ("iso_date_line.txt", "2025-03-08", "Portugal and Spain sign water-sharing protocol"),
        ("newswire_dateline.txt", "2025-02-27", "Uruguay welcomes new Mercosur tariff schedule"),
    ],
)
def test_txt_date_lines_and_datelines_give_published(fixture, published, title):
    (article,) = read_fixture(fixture)
    assert (article.title, article.published, article.published_basis) == (title, published, "dateline")
    first_line = article.text.split("\n", 1)[0]
    assert parse_date_line(first_line) is None, "the date line must not stay in the text"


def test_txt_without_any_date_falls_back_to_reference_basis():
    (article,) = read_fixture("hard_wrapped.txt")
    assert (article.published, article.published_basis) == (None, "reference")


def test_txt_hard_wrapped_blocks_are_rejoined_into_paragraphs():
    (article,) = read_fixture("hard_wrapped.txt")
    paragraphs = article.text.split("\n\n")
    assert len(paragraphs) == 2
    assert "\n" not in paragraphs[0]
    assert "Wednesday covering rare earth" in paragraphs[0]


def test_txt_one_line_per_paragraph_keeps_each_line():
    text = "Title of a short piece\nFirst paragraph here.\nSecond paragraph here.\n"
    (article,) = read_document(text.encode(), "short.txt", reference_date=REFERENCE)
    assert article.text == "First paragraph here.\n\nSecond paragraph here."


def test_txt_single_huge_line_is_read_with_a_short_title():
    data = ("Delegates met again. " * 500_000).encode()  # one 10 MB line
    (article,) = read_document(data, "huge.txt", reference_date=REFERENCE)
    assert article.title == "Delegates met again."
    assert len(article.text) == len(data.strip())


# --- dates ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("34 minutes ago", "2025-03-11"),
        ("2 hours ago", "2025-03-11"),
        ("an hour ago", "2025-03-11"),
        ("1 day ago", "2025-03-10"),
        ("3 days ago", "2025-03-08"),
        ("12 days ago", "2025-02-27"),  # across a month end
        ("2 weeks ago", "2025-02-25"),
        ("2 months ago", "2025-01-10"),
        ("34 mins ago", "2025-03-11"),
        ("3d ago", "2025-03-08"),
        ("yesterday", "2025-03-10"),
        ("Yesterday", "2025-03-10"),
        ("just now", "2025-03-11"),
        ("5h ago", "2025-03-11"),
        ("Tuesday's vote was 3 days ago", None),
        ("3 days later", None),
    ],
)
def test_parse_relative(line, expected):
    assert parse_relative(line, reference_date=REFERENCE) == expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Published: 04 Jun. 2025, 14:01", "2025-06-04T14:01"),
        ("June 4, 2025", "2025-06-04"),
        ("date 2025-06-04", "2025-06-04"),
        ("January 14, 2024", "2024-01-14"),
        ("Updated: Jan. 14, 2024 4:40 p.m.", "2024-01-14T16:40"),
        ("Fri 5 Jul 2024 21.40 BST", "2024-07-05T21:40"),
        ("5 July 2024", "2024-07-05"),
        ("Posted on 2024/07/05", "2024-07-05"),
        ("2024-07-05T21:40:00+01:00", "2024-07-05T21:40:00+01:00"),
        ("Updated: 2025-06-04 10:00 KST", "2025-06-04T10:00"),
        ("04.06.2025", "2025-06-04"),
        ("Input 2025.06.04. 14:01", "2025-06-04T14:01"),
        ("Last modified: Wednesday, 4 June 2025", "2025-06-04"),
        ("25/12/2024", "2024-12-25"),
        ("12/25/2024 10:00", "2024-12-25T10:00"),
        ("06/04/2025", None),  # June 4 or April 6: ambiguous, left alone
        ("07/07/2025 06:30", "2025-07-07T06:30"),  # day and month alike: the same either way round
        ("February 30, 2024", None),
        ("June 4, 2025 was a busy day for the ministry", None),
        ("The summit opens June 4, 2025", None),
        ("Tue, March 4, 2025 \u00b7 3 min read", "2025-03-04"),  # an aggregator's reading time after the date
        ("12 May 2024 | 6 mins read", "2024-05-12"),
        ("5 min read", None),
    ],
)
def test_parse_date_line(line, expected):
    assert parse_date_line(line) == expected


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        ("SEOUL, March 4 (Yonhap) -- President Lee said ...", "2025-03-04"),
        ("SEOUL, June 4 (Yonhap) -- President Lee said ...", "2024-06-04"),  # June 2025 is after the reference
        ("NEW DELHI, Dec. 30 (Agency) - India said ...", "2024-12-30"),  # year before the reference
        ("Brussels, March 3, 2025 \u2014 The EU said ...", "2025-03-03"),
        ("NAIROBI, 2 March (Agency) - Kenya said ...", "2025-03-02"),  # day first, as British wires write it
        ("LISBON, 14 December 2024 - Portugal said ...", "2024-12-14"),
        ("Kenya, 12 of whom voted - ...", None),
        ("TAIPEI - Officials said ...", None),
        ("Officials said on June 4 that ...", None),
    ],
)
def test_parse_dateline_infers_missing_year_from_reference(paragraph, expected):
    assert parse_dateline(paragraph, reference_date=REFERENCE) == expected


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2025-10-21T21:15:00+09:00", "2025-10-21T21:15:00+09:00"),
        ("2025-10-21T12:15:00Z", "2025-10-21T12:15:00+00:00"),
        ("2025-10-21", "2025-10-21"),
        ("Tue, 21 Oct 2025 12:15:00 GMT", "2025-10-21T12:15:00+00:00"),
        ("October 21, 2025", "2025-10-21"),
        (1761048900, "2025-10-21T12:15:00+00:00"),
        ("soon", None),
        (None, None),
        ({"$date": "2025-10-21T12:15:00Z"}, "2025-10-21T12:15:00+00:00"),
        ({"nested": 1}, None),
    ],
)
def test_normalize_field_date(value, expected):
    assert normalize_field_date(value) == expected


# --- JSON and JSON Lines ------------------------------------------------------------------


def test_json_object_with_articles_list_maps_field_variants():
    first, second = read_fixture("articles.json")
    assert first.title == "Argentina and Peru congratulate Chile's president-elect"
    assert first.outlet == "Andes Report"  # {"name": ...} source objects
    assert (first.published, first.published_basis) == ("2025-12-15T08:20:00-03:00", "field")
    assert first.url == "https://andes.example/chile-reactions"
    assert first.text.split("\n\n")[1].startswith("Peru's foreign minister")
    assert second.title == "Bolivia calls for talks on sea access after Chile vote"  # "headline"
    assert second.text == "La Paz said on Monday it hoped the new government would reopen talks.\n\nChile has rejected the request in the past."
    assert second.published == "2025-12-15T14:05:00+00:00"
    assert (second.outlet, second.position) == ("Altiplano News", 1)


def test_json_single_object_and_plain_list():
    (single,) = read_fixture("single.json")
    assert (single.title, single.outlet, single.published) == ("Iceland offers to host Arctic fisheries talks", "North Atlantic Post", "2025-05-02")
    listed = json.dumps([{"title": "One", "text": "First text."}, {"title": "Two", "content": "Second text."}]).encode()
    assert [(a.title, a.text, a.position) for a in read_document(listed, "list.json", reference_date=REFERENCE)] == [
        ("One", "First text.", 0),
        ("Two", "Second text.", 1),
    ]


def test_jsonl_reads_one_article_per_line_skipping_blank_lines():
    articles = read_fixture("feed.jsonl")
    assert [(a.title, a.outlet, a.published, a.position) for a in articles] == [
        ("Jordan welcomes ceasefire extension", "Levant Wire", "2025-04-16", 0),
        ("Egypt to host follow-up meeting", "Nile Desk", "2025-04-17", 1),
    ]


def test_jsonl_with_one_broken_line_is_refused_naming_the_line():
    lines = (FIXTURES / "feed.jsonl").read_bytes() + b'{"title": "cut off", "text": "no end\n'
    error = read_error(lines, "feed.jsonl")
    assert error.name == "feed.jsonl"
    assert "line 4" in error.reason and "invalid JSON" in error.reason


# --- HTML -----------------------------------------------------------------------------------


def test_html_page_gives_title_date_outlet_and_main_text_only():
    (article,) = read_fixture("page.html")
    assert article.title == "Vietnam and the Philippines agree coast guard hotline"
    assert (article.published, article.published_basis) == ("2025-02-20T10:15:00+07:00", "meta")  # JSON-LD @graph
    assert article.outlet == "Harbour Times"
    assert article.url == "https://harbour.example/news/hotline"
    assert article.text.startswith("HANOI \u2014 Vietnam and the Philippines agreed")
    assert len(article.text.split("\n\n")) == 3
    for furniture in ("Subscribe", "Most read", "beaches", "All rights reserved", "Privacy"):
        assert furniture not in article.text
    assert article.title not in article.text


def test_html_time_element_and_title_suffix():
    (article,) = read_fixture("time_only.html")
    assert (article.title, article.published, article.outlet) == ("Slovenia backs Croatian bid to join OECD", "2025-01-28", "Adriatic Ledger")


def test_html_meta_published_time_wins_and_title_drops_site_suffix():
    page = (
        b"<html><head><title>Chad and Niger reopen border crossing | Sahel Post</title>"
        b'<meta property="article:published_time" content="2025-02-01T07:00:00Z"></head>'
        b"<body><p>Chad and Niger reopened their main border crossing on Saturday after a year of closure, "
        b"officials in N'Djamena said.</p></body></html>"
    )
    (article,) = read_document(page, "border.htm", reference_date=REFERENCE)
    assert (article.title, article.published, article.outlet) == ("Chad and Niger reopen border crossing", "2025-02-01T07:00:00+00:00", "Sahel Post")


def test_html_reading_opens_no_network_connection(monkeypatch):
    def refuse(*args, **kwargs):
        raise AssertionError("a reader tried to open a network connection")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)
    read_fixture("page.html")
    read_fixture("time_only.html")


def test_html_labelled_latin1_with_curly_quotes_decodes_as_windows_1252():
    page = '<html><head><meta charset="ISO-8859-1"></head><body><p>The envoy called it \u201ca fresh start\u201d on Monday.</p></body></html>'
    (article,) = read_document(page.encode("cp1252"), "latin.html", reference_date=REFERENCE)
    assert "\u201ca fresh start\u201d" in article.text


def test_html_declared_charset_is_used_for_non_utf8_pages():
    page = '<html><head><meta charset="iso-8859-2"></head><body><p>Łódź and Brno signed a twinning agreement on Friday.</p></body></html>'
    (article,) = read_document(page.encode("iso-8859-2"), "twin.html", reference_date=REFERENCE)
    assert "Łódź" in article.text


# --- encodings ------------------------------------------------------------------------------

ENCODED_TEXT = "Chile\u2019s \u201cnew era\u201d begins\nThe minister said the caf\u00e9 talks in S\u00e3o Paulo went well.\n"


@pytest.mark.parametrize(
    "data",
    [
        pytest.param(ENCODED_TEXT.encode("utf-8"), id="utf-8"),
        pytest.param(codecs.BOM_UTF8 + ENCODED_TEXT.encode("utf-8"), id="utf-8-bom"),
        pytest.param(codecs.BOM_UTF16_LE + ENCODED_TEXT.encode("utf-16-le"), id="utf-16-le-bom"),
        pytest.param(codecs.BOM_UTF16_BE + ENCODED_TEXT.encode("utf-16-be"), id="utf-16-be-bom"),
        pytest.param(ENCODED_TEXT.encode("utf-16-le"), id="utf-16-le-no-bom"),
        pytest.param(ENCODED_TEXT.encode("utf-16-be"), id="utf-16-be-no-bom"),
        pytest.param(ENCODED_TEXT.encode("utf-32"), id="utf-32-bom"),
        pytest.param(ENCODED_TEXT.encode("cp1252"), id="cp1252-curly-quotes"),
        pytest.param(ENCODED_TEXT.replace("\n", "\r\n").encode("utf-8"), id="crlf"),
    ],
)
def test_encodings_decode_to_the_same_article(data):
    (article,) = read_document(data, "enc.txt", reference_date=REFERENCE)
    assert article.title == "Chile\u2019s \u201cnew era\u201d begins"
    assert article.text == "The minister said the caf\u00e9 talks in S\u00e3o Paulo went well."


def test_text_is_nfc_without_invisible_or_control_characters():
    raw = "Title\u200b with\x07 bell\nCafe\u0301 talks\u2028resumed\u202e today.\tTabs stay.\n"
    (article,) = read_document(raw.encode(), "norm.txt", reference_date=REFERENCE)
    assert article.title == "Title with bell"
    assert article.text == "Caf\u00e9 talks\n\nresumed today.\tTabs stay."


# every character the readers clean out or turn into a line break (beside newline and tab)
_CLEANED = [
    c for c in map(chr, range(0x110000))
    if c not in "\n\t" and (c in "\r\u2028\u2029\x85\x0b\x0c" or unicodedata.category(c) == "Cc")
] + list("\u200b\u2060\ufeff\u180e\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")


@pytest.mark.parametrize("char", _CLEANED, ids=lambda c: f"U+{ord(c):04X}")
def test_no_control_invisible_or_odd_line_break_character_reaches_an_article(char):
    body = f"Lima recalled its ambassador{char} on Monday after the remarks.\n\nThe ministry said talks would resume."
    item = {"title": f"Peru{char} recalls envoy", "text": body, "source": f"El{char} Comercio"}
    (article,) = read_document(json.dumps([item]).encode(), "feed.json", reference_date=REFERENCE)
    for value in (article.title, article.text, article.outlet):
        assert char not in value, (value, article)
    assert (article.title, article.outlet) == ("Peru recalls envoy", "El Comercio")
    assert "Lima recalled its ambassador" in article.text and "on Monday" in article.text


def test_stray_nul_bytes_in_a_text_file_are_removed():
    data = b"Peru recalls envoy\x00\nLima recalled its ambassador on Monday " + b"after the remarks. " * 20 + b"\x00\n"
    (article,) = read_document(data, "nul.txt", reference_date=REFERENCE)
    assert article.title == "Peru recalls envoy"
    assert "\x00" not in article.text


def test_rtl_text_and_emoji_survive():
    raw = "\u0645\u0635\u0631 \u062a\u0631\u062d\u0628 \U0001f1ea\U0001f1ec\nThe statement ended with \U0001f91d\u200d\U0001f3fd.\n"
    (article,) = read_document(raw.encode(), "rtl.txt", reference_date=REFERENCE)
    assert article.title == "\u0645\u0635\u0631 \u062a\u0631\u062d\u0628 \U0001f1ea\U0001f1ec"
    assert "\U0001f91d\u200d\U0001f3fd" in article.text


# --- zip --------------------------------------------------------------------------------------


def test_zip_reads_members_in_order_with_continuing_positions():
    data = make_zip(
        {
            "dump/aggregator.txt": (FIXTURES / "aggregator.txt").read_bytes(),
            "dump/page.html": (FIXTURES / "page.html").read_bytes(),
            "dump/feed.jsonl": (FIXTURES / "feed.jsonl").read_bytes(),
            "dump/photo.jpg": b"\xff\xd8\xff\xe0 not read: an image",
            "__MACOSX/dump/._page.html": b"\x00\x05\x16\x07",
        }
    )
    articles = read_document(data, "bundle.zip", reference_date=REFERENCE)
    assert [a.position for a in articles] == list(range(8))
    assert articles[5].title == "Vietnam and the Philippines agree coast guard hotline"
    assert articles[7].title == "Egypt to host follow-up meeting"


@pytest.mark.parametrize(
    ("members", "reason_part"),
    [
        ({"inner.zip": make_zip({"a.txt": b"Title\nBody text."})}, "nested archive"),
        ({"../escape.txt": b"Title\nBody text."}, "unsafe member name"),
        ({"/etc/evil.txt": b"Title\nBody text."}, "unsafe member name"),
        ({"dir/../../evil.txt": b"Title\nBody text."}, "unsafe member name"),
        ({"cover.png": b"\x89PNG\r\n\x1a\n", "notes.log": b"not an archive member type"}, "no readable article"),
        ({"bad.txt": b"\x89PNG\r\n\x1a\n\x00\x00"}, "member 'bad.txt': binary data"),
    ],
)
def test_zip_refusals(members, reason_part):
    error = read_error(make_zip(members), "upload.zip")
    assert error.name == "upload.zip"
    assert reason_part in error.reason


def test_zip_bomb_is_refused_by_ratio():
    bomb = make_zip({"bomb.txt": b"A" * (20 * 1024 * 1024)})
    assert len(bomb) < 100_000
    assert "zip bomb" in read_error(bomb, "bomb.zip").reason


def test_zip_with_lying_size_header_stops_at_the_declared_size():
    content = b"Title\n" + b"Body text that goes on. " * 100_000
    data = bytearray(make_zip({"a.txt": content}, compression=zipfile.ZIP_STORED))
    # Rewrite the declared uncompressed size (local header and central directory) to 100 bytes.
    local = data.index(b"PK\x03\x04")
    data[local + 22 : local + 26] = (100).to_bytes(4, "little")
    central = data.index(b"PK\x01\x02")
    data[central + 24 : central + 28] = (100).to_bytes(4, "little")
    error = read_error(bytes(data), "liar.zip")
    assert "member 'a.txt'" in error.reason
    assert "CRC" in error.reason or "larger than its header" in error.reason, error.reason


def test_zip_with_too_many_entries_is_refused():
    data = make_zip({f"f{i}.txt": b"" for i in range(2_001)}, compression=zipfile.ZIP_STORED)
    assert "entries" in read_error(data, "many.zip").reason


def test_zip_declared_total_over_limit_is_refused(monkeypatch):
    monkeypatch.setattr(archive, "MAX_TOTAL_BYTES", 50_000)  # the real cap is 100 MB; same rule, smaller test
    chunk = b"Title\n" + b"Body text. " * 2_000
    assert read_document(make_zip({"part0.txt": chunk, "part1.txt": chunk}), "fine.zip", reference_date=REFERENCE)
    data = make_zip({f"part{i}.txt": chunk for i in range(3)})
    assert "declares 66018 uncompressed bytes, over the limit" in read_error(data, "total.zip").reason


# --- bad input ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("data", "name", "reason_part"),
    [
        (b"", "empty.txt", "empty file"),
        (b"  \n\t\r\n   ", "blank.txt", "whitespace"),
        (codecs.BOM_UTF8 + b"\n\n", "bom-only.txt", "whitespace"),
        (b"\x89PNG\r\n\x1a\n" + bytes(200), "image.txt", "PNG"),
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", "paper.txt", "PDF"),
        (b"\x7fELF\x02\x01\x01" + bytes(100), "program.txt", "ELF"),
        (b"PK\x03\x04" + bytes(40), "renamed.txt", "zip archive"),
        (bytes(range(0, 32)) * 20, "controls.txt", "binary"),
        (b"\x00\x01\x02\x00\xff\x00\x13\x00" * 50, "nuls.txt", "binary"),
        ("Caf\u00e9 \u00fcber ".encode() + b"\xff\xfe broken " + "na\u00efve".encode(), "mixed.txt", "invalid UTF-8"),
        (b"<html><head><script>var a = 1;</script></head></html>", "scripts.html", "no article text"),
        (b"<html><body><nav><a href='/'>Home</a></nav></body></html>", "nav.html", "no article text"),
        (b"", "empty.html", "empty file"),
        (b"{not json", "bad.json", "invalid JSON"),
        (b"42", "number.json", "expected an article object"),
        (b'"a string"', "string.json", "expected an article object"),
        (b"[]", "emptylist.json", "no articles"),
        (b"[1, 2]", "numbers.json", "item 1"),
        (b'{"author": "nobody"}', "fields.json", "no title or text"),
        (b'{"title": "x", "text": {"deep": true}}', "nested.json", "expected text"),
        (b"[" * 100_000 + b"]" * 100_000, "deep.json", "JSON"),
        (b"\n\n", "blank.jsonl", "whitespace"),
        (b'{"title": "ok", "text": "fine"}\n[1]\n', "list-line.jsonl", "line 2"),
        (b"Title\nBody.", "notes.docx", "not a Word document: not a valid .docx package"),
        (b"Title\nBody.", "notes.doc", "unsupported file type .doc"),
        (b"[InternetShortcut]\nURL=https://news.example/a\n", "story.url", "a link to a page, not the page"),
        (b"\x89PNG\r\n\x1a\n" + bytes(40), "image", "unsupported file type (no extension): binary data (a PNG image); accepted: .txt"),
        (bytes(range(256)) * 4, "dump.dat", "unsupported file type .dat: not text"),
        (b"not a zip at all", "fake.zip", "not a valid zip"),
    ],
)
def test_bad_input_gets_a_clear_reason(data, name, reason_part):
    error = read_error(data, name)
    assert error.name == name
    assert reason_part in error.reason, error.reason
    assert str(error) == f"{name}: {error.reason}"


def test_unsupported_extension_names_the_accepted_ones():
    reason = read_error(b"x", "slides.key").reason
    for extension in (".txt", ".html", ".json", ".jsonl", ".zip"):
        assert extension in reason


def test_uppercase_extension_is_accepted():
    (article,) = read_document(b"Title line\nBody line.", "SHOUT.TXT", reference_date=REFERENCE)
    assert article.title == "Title line"


# --- the project sample and the shared development set -----------------------------------


def test_project_sample_reads_into_the_four_articles():
    path = SAMPLES / "000_d94fa23e33a765b1.txt"
    articles = read_document(path.read_bytes(), path.name, reference_date=dt.date(2025, 6, 6))
    assert [a.title for a in articles] == [
        "US, Japan congratulate Lee Jae-myung as South Korean president-elect, pledge strong trilateral partnership",
        "More picks made for Lee's presidential office",
        "Hyundai Rotem nears W8.5tr K2 tank deal with Poland",
        "World leaders congratulate Lee Jae-myung on election win",
    ]
    assert [a.published for a in articles] == [None, "2025-06-06", "2025-06-06", "2025-06-06"]
    assert [a.outlet for a in articles[1:]] == ["Korea Herald"] * 3
    assert "Try Our AI Features" not in articles[0].text and "Comments" not in articles[0].text
    assert articles[0].text.startswith("The United States and Japan on Wednesday congratulated")


def _shared_gold_files():
    """(file, gold entry) for the shared development set and the sample's gold, when present."""
    cases = []
    if SHARED_SEED_GOLD.is_file():
        for entry in json.loads(SHARED_SEED_GOLD.read_text(encoding="utf-8")):
            cases.append(pytest.param(SAMPLES / entry["file"], entry, id=f"samples/{entry['file']}"))
    for gold_path in sorted(SHARED_DEV.glob("*/gold.json")) if SHARED_DEV.is_dir() else []:
        for entry in json.loads(gold_path.read_text(encoding="utf-8")):
            cases.append(pytest.param(gold_path.parent / entry["file"], entry, id=f"{gold_path.parent.name}/{entry['file']}"))
    return cases or [pytest.param(None, None, marks=pytest.mark.skip(reason="no shared gold files on this machine"))]


@pytest.mark.parametrize(("path", "gold"), _shared_gold_files())
def test_shared_gold_files_match_titles_and_dates(path, gold):
    articles = read_document(path.read_bytes(), path.name, reference_date=dt.date.fromisoformat(gold["reference_date"]))
    assert [a.title for a in articles] == [g["title"] for g in gold["articles"]]
    assert [a.published_date.isoformat() if a.published_date else None for a in articles] == [g.get("published") for g in gold["articles"]]
    for article in articles:
        assert article.title not in article.text
        assert "\r" not in article.text and "\n\n\n" not in article.text


# --- other plain-text layouts -------------------------------------------------------------


def test_txt_record_headers_give_title_outlet_url_and_date():
    dump = (
        "Title: Ecuador and Colombia reopen consulates\n"
        "Source: Pacific Observer\n"
        "Date: 2025-02-14\n"
        "URL: https://pacific.example/consulates\n"
        "Author: Desk staff\n"
        "\n"
        "Quito and Bogota reopened their consulates on Friday.\n"
    )
    (article,) = read_document(dump.encode(), "record.txt", reference_date=REFERENCE)
    assert (article.title, article.outlet, article.url) == ("Ecuador and Colombia reopen consulates", "Pacific Observer", "https://pacific.example/consulates")
    assert (article.published, article.published_basis) == ("2025-02-14", "dateline")
    assert article.text == "Quito and Bogota reopened their consulates on Friday."


def test_txt_divider_lines_separate_articles_but_not_section_breaks():
    dump = (
        "Malaysia welcomes ASEAN chair handover\n"
        "Kuala Lumpur said on Monday it was ready to lead the bloc.\n"
        "* * *\n"
        "The handover ceremony will be held in Vientiane.\n"
        "\n"
        "==========\n"
        "Thailand backs Malaysian priorities\n"
        "March 10, 2025\n"
        "Bangkok said it supported the agenda.\n"
    )
    first, second = read_document(dump.encode(), "two.txt", reference_date=REFERENCE)
    assert first.title == "Malaysia welcomes ASEAN chair handover"
    assert first.text == "Kuala Lumpur said on Monday it was ready to lead the bloc.\n\nThe handover ceremony will be held in Vientiane."
    assert (second.title, second.published, second.position) == ("Thailand backs Malaysian priorities", "2025-03-10", 1)
    assert second.text == "Bangkok said it supported the agenda."


def test_txt_repeated_title_headers_separate_articles():
    dump = "Title: First story\nBody of the first.\n\nTitle: Second story\nSource: Wire\nBody of the second.\n"
    articles = read_document(dump.encode(), "records.txt", reference_date=REFERENCE)
    assert [(a.title, a.text, a.outlet) for a in articles] == [("First story", "Body of the first.", None), ("Second story", "Body of the second.", "Wire")]


def test_html_saved_as_txt_is_read_as_html():
    data = (FIXTURES / "page.html").read_bytes()
    (article,) = read_document(data, "saved-page.txt", reference_date=REFERENCE)
    assert article.title == "Vietnam and the Philippines agree coast guard hotline"
    assert "<p>" not in article.text and "Subscribe" not in article.text


@pytest.mark.parametrize("encoding", ["utf-32-le", "utf-32-be"])
def test_utf32_without_bom(encoding):
    (article,) = read_document(ENCODED_TEXT.encode(encoding), "wide.txt", reference_date=REFERENCE)
    assert article.title == "Chile\u2019s \u201cnew era\u201d begins"


@pytest.mark.parametrize(
    ("byline", "published"),
    [
        ("By Sok Dara | Updated: 2025-03-04 10:00 ICT", "2025-03-04T10:00"),
        ("By Staff Writer \u00b7 Jan. 14, 2024 4:40 p.m.", "2024-01-14T16:40"),
        ("By Sok Dara, Staff Reporter", None),
        ("By the Mekong desk, River Post \u2014 Vientiane, 4 March 2025", "2025-03-04"),
        ("By THE WIRE STAFF | 4 March 2025", "2025-03-04"),
        # a desk's byline with the place before the date
        ("By the Mekong desk, River Post \u2014 Vientiane, 3 March 2025", "2025-03-03"),
    ],
)
def test_txt_byline_is_dropped_and_its_date_used(byline, published):
    dump = f"Home > World > Asia\nLaos and Cambodia sign river accord\n{byline}\nBy Wednesday the accord was signed.\n"
    (article,) = read_document(dump.encode(), "byline.txt", reference_date=REFERENCE)
    assert article.title == "Laos and Cambodia sign river accord"  # breadcrumb dropped
    assert article.text == "By Wednesday the accord was signed."  # a sentence, not a byline
    assert article.published == published


def test_txt_a_lead_opening_with_by_the_is_no_byline():
    dump = "Laos and Cambodia sign river accord\nBy the time the talks ended, the accord was signed.\n"
    (article,) = read_document(dump.encode(), "byline.txt", reference_date=REFERENCE)
    assert article.text == "By the time the talks ended, the accord was signed."


def test_html_cluttered_page_keeps_only_the_story():
    (article,) = read_fixture("cluttered.html")
    assert (article.title, article.outlet) == ("Ghana and Togo agree border patrols", "West Africa Daily")
    assert (article.published, article.published_basis) == ("2025-03-04", "meta")  # "20250304" is a date, not midnight
    paragraphs = article.text.split("\n\n")
    assert len(paragraphs) == 3, article.text
    assert paragraphs[0].startswith("ACCRA, March 4 (WAD) - Ghana and Togo agreed")
    for furniture in ("cookies", "Share on", "Advertisement", "Read more", "Cocoa prices", "Comments", "Great news", "Copyright"):
        assert furniture not in article.text


def test_html_without_date_meta_uses_the_dateline():
    page = (FIXTURES / "cluttered.html").read_bytes().replace(b'name="pubdate"', b'name="robots"')
    (article,) = read_document(page, "cluttered.html", reference_date=REFERENCE)
    assert (article.published, article.published_basis) == ("2025-03-04", "dateline")


def test_json_article_list_found_one_wrapper_deeper():
    wrapped = {"status": "ok", "response": {"total": 1, "results": [{"headline": "Qatar hosts Gulf mediation round", "body": "Doha hosted the talks."}]}}
    (article,) = read_document(json.dumps(wrapped).encode(), "wrapped.json", reference_date=REFERENCE)
    assert (article.title, article.text) == ("Qatar hosts Gulf mediation round", "Doha hosted the talks.")


def test_txt_related_looking_line_inside_an_article_keeps_the_rest():
    long_paragraph = "The minister listed the ports, rail links and power lines that the agreement covers, " * 4
    dump = f"Oman and Yemen open new crossing\nThe crossing opened on Sunday.\nSee also\n{long_paragraph.strip()}\n"
    (article,) = read_document(dump.encode(), "see-also.txt", reference_date=REFERENCE)
    assert article.text.endswith(long_paragraph.strip())


def test_txt_related_link_list_without_dates_is_dropped():
    dump = "Oman and Yemen open new crossing\nThe crossing opened on Sunday.\nRelated Articles\nFuel prices in Muscat\nWeather warning for Aden\n"
    (article,) = read_document(dump.encode(), "links.txt", reference_date=REFERENCE)
    assert article.text == "The crossing opened on Sunday."


@pytest.mark.parametrize(
    "body",
    [
        "First paragraph.\nSecond paragraph.",
        "First paragraph.\r\n\r\n\r\nSecond paragraph.  ",
        ["First paragraph.", "Second paragraph."],
        "<p>First paragraph.</p>\n<p>Second <b>paragraph</b>.</p>",
    ],
)
def test_json_body_paragraphs_are_separated_by_one_blank_line(body):
    data = json.dumps({"title": "Fiji and Tonga renew fisheries pact", "text": body}).encode()
    (article,) = read_document(data, "pacific.json", reference_date=REFERENCE)
    assert article.text == "First paragraph.\n\nSecond paragraph."


def test_file_over_the_reader_limit_is_refused_before_parsing(monkeypatch):
    monkeypatch.setattr(readers, "MAX_DOCUMENT_BYTES", 1_048_576)
    error = read_error(b"Title\n" + b"x" * 1_048_576, "huge.txt")
    assert "over the reader limit of 1 MB" in error.reason


def test_html_prefers_the_article_time_over_a_masthead_clock():
    page = (
        b"<html><head><meta property='og:title' content='Benin and Niger settle port dispute | Gulf of Guinea Review'>"
        b"<meta property='og:site_name' content='Gulf of Guinea Review'></head><body>"
        b"<header><time datetime='2025-03-11'>Tuesday 11 March</time></header>"
        b"<article><h1>Benin and Niger settle port dispute</h1><p class='byline'>Filed <time datetime='2025-03-07T18:00'>7 March</time></p>"
        b"<p>Benin and Niger agreed on Friday to reopen the pipeline terminal at Seme after months of dispute.</p></article>"
        b"</body></html>"
    )
    (article,) = read_document(page, "port.html", reference_date=REFERENCE)
    assert article.published == "2025-03-07T18:00:00"
    assert article.title == "Benin and Niger settle port dispute"  # og:title minus " | Site"
    assert article.text.startswith("Benin and Niger agreed on Friday")


def test_txt_menu_lines_above_the_headline_are_skipped():
    dump = (
        "Skip to main content\nAndes Morning Post\nWorld\nPolitics\n"
        "Paraguay and Brazil agree on Itaipu tariff\nPublished: 10 Mar. 2025, 08:00\n"
        "Asuncion and Brasilia settled the tariff on Monday.\n"
    )
    (article,) = read_document(dump.encode(), "menu.txt", reference_date=REFERENCE)
    assert (article.title, article.published) == ("Paraguay and Brazil agree on Itaipu tariff", "2025-03-10T08:00")
    assert article.text == "Asuncion and Brasilia settled the tariff on Monday."


def test_txt_short_title_is_not_mistaken_for_a_menu():
    dump = "Peace deal signed\nThe two sides signed the deal on Monday.\n"
    (article,) = read_document(dump.encode(), "short-title.txt", reference_date=REFERENCE)
    assert article.title == "Peace deal signed"


def test_txt_page_in_aggregator_layout_from_the_first_line():
    dump = (
        "Gulf Ledger\n2 hours ago\n- Gulf Ledger\nKuwait welcomes Iraqi border commission\nKuwait's foreign ministry welcomed the commission on Tuesday.\n"
        "\n\nDesert Wire\n1 day ago\n- Desert Wire\nSaudi Arabia hosts trade fair\nThe fair opened in Riyadh.\n"
    )
    first, second = read_document(dump.encode(), "agg-top.txt", reference_date=REFERENCE)
    assert (first.title, first.outlet, first.published, first.position) == ("Kuwait welcomes Iraqi border commission", "Gulf Ledger", "2025-03-11", 0)
    assert first.text == "Kuwait's foreign ministry welcomed the commission on Tuesday."
    assert (second.title, second.outlet, second.published) == ("Saudi Arabia hosts trade fair", "Desert Wire", "2025-03-10")


def test_txt_time_and_outlet_lines_under_the_title_are_header():
    dump = "Kuwait welcomes Iraqi border commission\n2 hours ago\n- Gulf Ledger\nKuwait's foreign ministry welcomed the commission.\n"
    (article,) = read_document(dump.encode(), "header.txt", reference_date=REFERENCE)
    assert (article.title, article.outlet, article.published, article.published_basis) == ("Kuwait welcomes Iraqi border commission", "Gulf Ledger", "2025-03-11", "relative")
    assert article.text == "Kuwait's foreign ministry welcomed the commission."


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("March 3, 2025 Monday", "2025-03-03"),
        ("7 February 2025, Friday", "2025-02-07"),
        ("January 9, 2025 Thursday 10:30 AM EST", "2025-01-09T10:30"),
    ],
)
def test_parse_date_line_with_the_weekday_after_the_year(line, expected):
    assert parse_date_line(line) == expected


@pytest.mark.parametrize("key", ["date_published", "publishedAt"])
def test_json_feed_date_published_rfc2822_is_the_published_date(key):
    line = json.dumps({"title": "Belize and Guatemala agree on court ruling", key: "Tue, 04 Mar 2025 09:15:00 -0600", "text": "Belmopan welcomed the ruling."})
    (article,) = read_document((line + "\n").encode(), "feed.jsonl", reference_date=REFERENCE)
    assert (article.published, article.published_basis) == ("2025-03-04T09:15:00-06:00", "field")


NEXIS_EXPORT = """Document 1 of 2

Laos and Vietnam open a new border gate

Mekong Ledger
March 3, 2025 Monday
Copyright 2025 Mekong Ledger All Rights Reserved

Section: WORLD; Pg. 7
Length: 212 words
Byline: Somchai Phan

Body

VIENTIANE -- Laos and Vietnam opened a border gate on Monday.

The foreign ministry in Hanoi welcomed the opening.

Load-Date: March 5, 2025

End of Document

Document 2 of 2

Cambodia hosts Mekong water talks

Mekong Ledger
February 27, 2025 Thursday

Length: 120 words

Body

PHNOM PENH -- Cambodia hosted the talks on Thursday.

Load-Date: March 1, 2025

End of Document
"""


def test_txt_database_export_records_are_articles_dated_by_their_published_line():
    first, second = read_document(NEXIS_EXPORT.encode(), "export.txt", reference_date=REFERENCE)
    assert (first.title, first.published, first.position) == ("Laos and Vietnam open a new border gate", "2025-03-03", 0)
    assert (second.title, second.published, second.position) == ("Cambodia hosts Mekong water talks", "2025-02-27", 1)
    # The load date is when the database took the record, not when the story ran; record fields are no text.
    for furniture in ("Load-Date", "End of Document", "Length:", "Document 2 of 2", "Copyright"):
        assert furniture not in first.text and furniture not in second.text
    assert first.text.endswith("The foreign ministry in Hanoi welcomed the opening.")
    assert second.text.endswith("Cambodia hosted the talks on Thursday.")


@pytest.mark.parametrize(
    ("header", "published"),
    [
        ("Dhaka | Tuesday, March 4, 2025", "2025-03-04"),
        ("Compiled by the Bay of Bengal Desk | 4 March 2025", "2025-03-04"),
        ("4 March 2025 | Delta Business Review - Markets", "2025-03-04"),
    ],
)
def test_txt_header_line_of_parts_gives_the_date_in_one_part(header, published):
    dump = f"Bangladesh and Nepal sign a power trade deal\n{header}\n\nDhaka and Kathmandu signed the deal on Tuesday.\n"
    (article,) = read_document(dump.encode(), "parts.txt", reference_date=REFERENCE)
    assert (article.title, article.published) == ("Bangladesh and Nepal sign a power trade deal", published)
    assert article.text == "Dhaka and Kathmandu signed the deal on Tuesday."


def test_txt_header_line_with_a_bar_but_no_date_stays_text():
    dump = "Bangladesh and Nepal sign a power trade deal\nDhaka | Kathmandu\n\nThe deal was signed.\n"
    (article,) = read_document(dump.encode(), "bar.txt", reference_date=REFERENCE)
    assert article.text.startswith("Dhaka | Kathmandu")


@pytest.mark.parametrize("kicker", ["WORLD BRIEFING", "ANALYSIS"])
def test_txt_all_capitals_kicker_above_the_headline_is_not_the_title(kicker):
    dump = f"{kicker}\nChile and Peru settle their maritime fishing quotas\n\nSantiago and Lima agreed the quotas on Friday.\n"
    (article,) = read_document(dump.encode(), "kicker.txt", reference_date=REFERENCE)
    assert article.title == "Chile and Peru settle their maritime fishing quotas"
    assert article.text == "Santiago and Lima agreed the quotas on Friday."


def test_txt_all_capitals_headline_is_kept_as_the_title():
    dump = "PEACE DEAL SIGNED\nThe two sides signed the deal on Monday.\n"
    (article,) = read_document(dump.encode(), "caps.txt", reference_date=REFERENCE)
    assert article.title == "PEACE DEAL SIGNED"


@pytest.mark.parametrize("separator", ["\u00b7", "|"])
def test_txt_related_entries_with_title_above_an_outlet_and_time_line(separator):
    dump = (
        "Jordan and Egypt sign a gas deal\nAmman and Cairo signed the deal on Monday.\n\nRelated Articles\n"
        f"Iraq joins the regional grid talks\nLevant Wire {separator} 5 hours ago\nBaghdad's foreign ministry welcomed the talks on Tuesday.\n"
        f"Syria reopens a border crossing\nDesert Post {separator} 2 days ago\nDamascus reopened the crossing.\nOfficials said trucks were moving.\n"
    )
    main, first, second = read_document(dump.encode(), "related.txt", reference_date=REFERENCE)
    assert main.text == "Amman and Cairo signed the deal on Monday."
    assert (first.title, first.outlet, first.published) == ("Iraq joins the regional grid talks", "Levant Wire", "2025-03-11")
    assert first.text == "Baghdad's foreign ministry welcomed the talks on Tuesday."
    assert (second.title, second.outlet, second.published) == ("Syria reopens a border crossing", "Desert Post", "2025-03-09")
    assert second.text == "Damascus reopened the crossing.\n\nOfficials said trucks were moving."


# --- feeds, CSV/TSV exports, Markdown, e-mails, sniffed files ------------------------------


def test_rss_items_give_title_full_text_date_outlet_and_link():
    articles = read_fixture("world_desk.rss")
    assert [(a.title, a.published, a.published_basis, a.outlet, a.position) for a in articles] == [
        ("Chile and Argentina welcome Andean water accord", "2025-03-08T16:45:00-03:00", "field", "Meridian World Desk", 0),
        ("Uruguay offers to host next river commission meeting", "2025-03-09T09:10:00-03:00", "field", "Plata Courier", 1),
        ('Paraguay\'s president calls the accord "overdue"', "2025-03-10T07:30:00+00:00", "field", "Meridian World Desk", 2),
    ]
    assert articles[0].url == "https://meridian.example/world/andean-water-accord"


def test_rss_body_is_the_full_content_as_prose_without_markup():
    accord, uruguay, paraguay = read_fixture("world_desk.rss")
    # content:encoded (the whole story) wins over the teaser and over a photo caption
    assert accord.text == (
        "Santiago and Buenos Aires praised the new water accord on Saturday, calling it a model for shared rivers.\n\n"
        "\u201cThis agreement protects farmers on both sides of the mountains,\u201d Chile\u2019s foreign minister said in a statement.\n\n"
        "Argentina\u2019s government said the two countries would meet again in June."
    )
    # an HTML-escaped <description> is read as the HTML it holds
    assert uruguay.text == "Montevideo said on Sunday it was ready to host the commission.\n\nOfficials gave no date & no agenda yet."
    assert paraguay.text.startswith("Asuncion, which shares none")


def test_atom_entries_read_html_and_xhtml_content():
    patrol, fiji = read_fixture("pacific_brief.atom")
    assert (patrol.title, patrol.published, patrol.outlet, patrol.url) == (
        "Samoa and Tonga sign fisheries patrol pact", "2025-03-07T11:00:00+13:00", "Pacific Brief",
        "https://pacificbrief.example/samoa-tonga-patrols",
    )  # fmt: skip
    assert patrol.text == "Samoa and Tonga signed a pact on Friday to patrol their fishing grounds together.\n\nBoth governments said the patrols would start within a month."
    assert (fiji.title, fiji.published, fiji.outlet) == ("Fiji welcomes the patrol pact", "2025-03-09T08:15:00+12:00", "Suva Evening Star")
    assert fiji.text == "Fiji's government welcomed the pact on Sunday.\n\nIt said it wanted to join the patrols next year."


def test_feed_title_drops_the_outlet_an_aggregator_appends():
    feed = (
        b"<rss><channel><title>Search results</title><item><title>Laos and Cambodia open river port - Mekong Daily</title>"
        b"<source url='https://mekong.example'>Mekong Daily</source><description>The port opened on Monday.</description>"
        b"</item></channel></rss>"
    )
    (article,) = read_document(feed, "search.xml", reference_date=REFERENCE)
    assert (article.title, article.outlet) == ("Laos and Cambodia open river port", "Mekong Daily")


def test_feed_with_an_external_dtd_neither_loads_it_nor_resolves_its_entities(tmp_path):
    dtd = tmp_path / "feed.dtd"
    dtd.write_text('<!ENTITY secret "LEAKED">', encoding="utf-8")
    feed = (
        f'<?xml version="1.0"?><!DOCTYPE rss SYSTEM "{dtd.as_uri()}"><rss><channel><item>'
        "<title>Gabon thanks &secret; mediators</title><description>Libreville thanked the mediators.</description>"
        "</item></channel></rss>"
    ).encode()
    (article,) = read_document(feed, "dtd.rss", reference_date=REFERENCE)
    assert "LEAKED" not in article.title + article.text
    assert article.text == "Libreville thanked the mediators."


def test_csv_export_with_bom_semicolons_and_multiline_quoted_fields():
    articles = read_fixture("newsdesk_export.csv")
    assert [(a.title, a.published, a.outlet, a.url) for a in articles] == [
        ("Kenya and Tanzania agree to reopen border post", "2025-03-06T14:20", "Rift Valley Times", "https://riftvalley.example/namanga"),
        ("Uganda welcomes the border deal", "2025-03-07", "Lake Region Post", "https://lakeregion.example/uganda-welcomes"),
        ("Rwanda asks for a seat at the next round", "2025-03-08", "Hills Gazette", None),
    ]
    assert articles[0].text == (
        "Nairobi and Dodoma said on Thursday the Namanga post would reopen next week.\n\n"
        "\"Trade will move again,\" Kenya's trade minister told reporters."
    )
    assert [a.position for a in articles] == [0, 1, 2]


def test_tsv_export_is_read_by_its_tabs():
    articles = read_fixture("rail_link.tsv")
    assert [(a.title, a.text, a.published, a.outlet) for a in articles] == [
        ("Malawi and Zambia open rail link", "The first train crossed the border on Monday.", "2025-03-10", "Zambezi Wire"),
        ("Mozambique hails rail link", "Maputo said the line would carry copper to its ports.", "2025-03-11", "Indian Ocean Herald"),
    ]


@pytest.mark.parametrize(
    "header",
    ["title,text,publishedAt,source", "Headline,Body,Published Date,Outlet", "TITLE,CONTENT,PUB_DATE,PUBLICATION",
     "sep=,\nheadline,article_text,date,media"],
)  # fmt: skip
def test_csv_column_names_are_matched_however_the_exporter_spells_them(header):
    data = f'{header}\nBhutan and Nepal sign hydropower deal,"Thimphu signed the deal on Monday.",2025-03-10,Himalaya Times\n'
    (article,) = read_document(data.encode(), "export.csv", reference_date=REFERENCE)
    assert (article.title, article.text, article.published, article.outlet) == (
        "Bhutan and Nepal sign hydropower deal", "Thimphu signed the deal on Monday.", "2025-03-10", "Himalaya Times",
    )  # fmt: skip


def test_markdown_page_gives_front_matter_fields_and_clean_prose():
    (article,) = read_fixture("ministers_page.md")
    assert (article.title, article.published, article.published_basis, article.outlet, article.url) == (
        "Baltic ministers welcome Nordic grid plan", "2025-03-06", "field", "North Sea Notes", "https://northsea.example/grid-plan",
    )  # fmt: skip
    assert article.text == (
        'The foreign ministers of Estonia, Latvia and Lithuania welcomed the plan on Thursday, calling it "a real step '
        'toward energy security" in a joint statement.\n\n'
        '"We are ready to connect our grids by 2027," Latvia\'s minister said.\n\n'
        "Their next steps:\n\na meeting in Riga in April;\n\na shared study of sea cables, led by the grid_operator_council.\n\n"
        "More at."
    )


def test_markdown_with_several_top_headings_holds_one_article_under_each():
    ferries, portugal = read_fixture("digest.markdown")
    assert (ferries.title, ferries.published, ferries.text) == (
        "Morocco and Spain agree on ferry schedule", "2025-03-04", "Rabat and Madrid agreed on Tuesday to add summer ferries across the strait.",
    )  # fmt: skip
    assert (portugal.title, portugal.position) == ("Portugal welcomes the ferry deal", 1)
    assert portugal.text == "Lisbon welcomed the deal on Wednesday and asked to join the next talks."


@pytest.mark.parametrize(
    ("line", "text"),
    [
        ("President [[Hakainde Hichilema]] called her on Monday.", "President Hakainde Hichilema called her on Monday."),
        ("The [[Lusaka Accord#Annex II|accord]] was ==signed in 2019==.", "The accord was signed in 2019."),
        ("[[Zambia#Elections]] voted. ![[ballot.png]]", "Zambia voted."),
    ],
)  # fmt: skip
def test_markdown_wiki_links_and_highlights_show_their_words(line, text):
    # an Obsidian note links names as [[Note]] or [[Note|words]] and marks passages ==like this==
    (article,) = read_document(f"# Zambia votes\n\n{line}\n".encode(), "note.md", reference_date=REFERENCE)
    assert article.text == text


def test_markdown_wiki_linked_name_is_the_speaker_with_his_own_day():
    from tracker.extract import extract_statements

    note = (
        "---\ntitle: Malawi swears in its president\ndate: 2025-03-12\n---\n\n"
        "Zambian President [[Hakainde Hichilema]] phoned [[Peter Mutharika]] yesterday, his office said. "
        'The two spoke of the rail link, and Hichilema promised "a new chapter for our trade".\n'
    )
    (article,) = read_document(note.encode(), "clip.md", reference_date=dt.date(2025, 3, 13))
    rows = extract_statements(article, reference_date=dt.date(2025, 3, 13), host_country="MWI")
    assert [(r.country, r.speaker, r.date) for r in rows if not r.domestic] == [("ZMB", "Hakainde Hichilema", "2025-03-11")]


def test_markdown_setext_heading_is_the_title():
    page = b"Eritrea and Sudan reopen Red Sea route\n=======================================\n\nShips crossed on **Monday**.\n"
    (article,) = read_document(page, "route.md", reference_date=REFERENCE)
    assert (article.title, article.text) == ("Eritrea and Sudan reopen Red Sea route", "Ships crossed on Monday.")


def test_email_newsletter_subject_date_sender_and_plain_text_part():
    (article,) = read_fixture("horn_newsletter.eml")
    assert (article.title, article.published, article.outlet) == (
        "Ethiopia and Djibouti renew port deal \u2013 reactions", "2025-03-05T07:02:11+03:00", "Horn of Africa Brief",
    )  # fmt: skip
    assert article.text == (
        "Ethiopia and Djibouti renewed their port agreement on Tuesday, extending access to the Doraleh terminal for ten years.\n\n"
        "\u201cThis is good news for the whole region,\u201d Kenya\u2019s foreign ministry said in a statement."
    )  # the quoted-printable soft breaks are joined; the HTML part and the signature are left out


def test_email_with_only_an_html_part_is_read_as_text():
    message = (
        b"From: desk@lagos.example\r\nSubject: Ghana welcomes ECOWAS statement\r\nDate: Mon, 10 Mar 2025 09:00:00 +0000\r\n"
        b"Content-Type: text/html; charset=utf-8\r\n\r\n"
        b"<html><head><style>p{color:red}</style></head><body><p>Accra welcomed the statement.</p><p>It asked for talks.</p></body></html>"
    )
    (article,) = read_document(message, "ghana.eml", reference_date=REFERENCE)
    assert (article.title, article.published, article.outlet) == ("Ghana welcomes ECOWAS statement", "2025-03-10T09:00:00+00:00", "desk@lagos.example")
    assert article.text == "Accra welcomed the statement.\n\nIt asked for talks."


SNIFFED = {
    "HTML": b"<!doctype html><html><head><title>Mali and Niger talk</title></head><body><p>Bamako and Niamey met on Monday to talk trade.</p></body></html>",
    "feed": b'<?xml version="1.0"?><rss version="2.0"><channel><item><title>Mali and Niger talk</title><description>Bamako and Niamey met on Monday to talk trade.</description></item></channel></rss>',
    "JSON": json.dumps([{"title": "Mali and Niger talk", "text": "Bamako and Niamey met on Monday to talk trade."}]).encode(),
    "JSON Lines": b'{"title": "Mali and Niger talk", "text": "Bamako and Niamey met on Monday to talk trade."}\n{"title": "Second", "text": "More."}\n',
    "plain text": b"Mali and Niger talk\n\nBamako and Niamey met on Monday to talk trade.\n",
    "bracketed text": b"[Update] Mali and Niger talk\n\nBamako and Niamey met on Monday to talk trade.\n",
}


@pytest.mark.parametrize("name", ["download", "dump.dat", "page.aspx"])
@pytest.mark.parametrize("kind", list(SNIFFED))
def test_a_file_without_a_telling_extension_is_read_as_what_it_holds(kind, name):
    articles = read_document(SNIFFED[kind], name, reference_date=REFERENCE)
    assert articles[0].title.endswith("Mali and Niger talk")
    assert articles[0].text == "Bamako and Niamey met on Monday to talk trade."


def test_xhtml_page_saved_as_xml_is_read_as_html():
    page = b'<?xml version="1.0"?><html xmlns="http://www.w3.org/1999/xhtml"><head><title>Benin thanks Togo</title></head><body><p>Cotonou thanked Lome for its help on Sunday.</p></body></html>'
    (article,) = read_document(page, "page.xml", reference_date=REFERENCE)
    assert (article.title, article.text) == ("Benin thanks Togo", "Cotonou thanked Lome for its help on Sunday.")


def test_zip_holding_a_csv_and_a_feed_reads_both_in_order():
    data = make_zip({
        "exports/newsdesk_export.csv": (FIXTURES / "newsdesk_export.csv").read_bytes(),
        "exports/world_desk.rss": (FIXTURES / "world_desk.rss").read_bytes(),
    })  # fmt: skip
    articles = read_document(data, "exports.zip", reference_date=REFERENCE)
    assert [a.position for a in articles] == list(range(6))
    assert [a.outlet for a in articles] == [
        "Rift Valley Times", "Lake Region Post", "Hills Gazette", "Meridian World Desk", "Plata Courier", "Meridian World Desk",
    ]  # fmt: skip


BILLION_LAUGHS = (
    '<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY l0 "lol">'
    + "".join(f'<!ENTITY l{i} "{f"&l{i - 1};" * 10}">' for i in range(1, 10))
    + "]><rss><channel><item><title>&l9;</title></item></channel></rss>"
).encode()


@pytest.mark.parametrize(
    ("data", "name", "reason"),
    [
        (b'<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg"><circle r="4"/></svg>', "logo.xml",
         "not an RSS or Atom feed: root element <svg> (nor a NITF or NewsML item, or an export of article records)"),
        (BILLION_LAUGHS, "laughs.rss", "the XML declares entities (<!ENTITY>): refused unread, as expanding them is unsafe"),
        (b'<!DOCTYPE rss [<!ENTITY x SYSTEM "file:///etc/passwd">]><rss><channel><item><title>&x;</title></item></channel></rss>',
         "xxe.xml", "the XML declares entities (<!ENTITY>): refused unread, as expanding them is unsafe"),
        (b"<rss><channel><item><title>One</title><description>Text</description></item><item><title>Two", "cut.rss",
         "invalid XML at line 1, column 93: Premature end of data in tag title line 1"),
        (b'<feed xmlns="http://www.w3.org/2005/Atom"><entry><title>Fine</title><content>Body</content></entry><entry><id>x</id></entry></feed>',
         "hollow.atom", "entry 2 has no title and no text (<title>, <content:encoded>, <content>, <description> or <summary>)"),
        (b'<rss version="2.0"><channel><title>Nothing</title></channel></rss>', "empty.rss", "no articles (the RSS feed has no <item>)"),
        (b"id,score\n1,0.5\n", "scores.csv",
         "no title or text column in the header (found 'id', 'score'; expected a title such as 'title' or 'headline', "
         "or a text such as 'text', 'body' or 'content')"),
        (b'title,text,date\nOne,"Body one.",2025-03-01\nTwo,Body, with a comma,2025-03-02\n', "shifted.csv",
         "row 3 has 4 cells, the header has 3 (an unquoted delimiter?)"),
        (b'title,text\nOne,"Body that never ends\nTwo,Body two\n', "unclosed.csv", "unreadable CSV at line 3: unexpected end of data"),
        (b"title,text,source\nOne,Body one.,Wire\n,,Wire\n", "blank_row.csv", "row 3 has no title and no text (its title and text cells are empty)"),
        (b"title\ttext\n", "header_only.tsv", "no articles (the table has a header but no rows)"),
        (b"Just some words that are not an e-mail.\n", "notes.eml", "not an e-mail: no header lines (such as 'Subject:' or 'From:') at the start"),
        (b'From: a@b.example\nSubject: Scan\nMIME-Version: 1.0\nContent-Type: multipart/mixed; boundary="x"\n\n--x\n'
         b"Content-Type: application/pdf\nContent-Transfer-Encoding: base64\n\nJVBERi0=\n--x--\n", "scan.eml",
         "the e-mail has no text/plain or text/html part"),
        (b"%PDF-1.7\n%\xe2\xe3 a scanned page", "scan.eml",
         "a PDF document under the name .eml: the PDF cannot be read (damaged or not a PDF: PdfStreamError: Stream has ended unexpectedly)"),
    ],
)  # fmt: skip
def test_bad_feeds_tables_and_emails_are_refused_with_the_reason(data, name, reason):
    error = read_error(data, name)
    assert (error.name, error.reason) == (name, reason)


@pytest.mark.parametrize(
    "feed",
    [
        b'<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" '
        b'xmlns:dc="http://purl.org/dc/elements/1.1/"><channel><title>Steppe Wire</title></channel><item>'
        b"<title>Kazakhstan and Kyrgyzstan settle water quotas</title><description>Astana and Bishkek agreed on Monday.</description>"
        b"<dc:date>2025-03-10</dc:date></item></rdf:RDF>",
        b'<rss xmlns="http://backend.userland.com/rss2" version="2.0"><channel><title>Steppe Wire</title><item>'
        b"<title>Kazakhstan and Kyrgyzstan settle water quotas</title><description>Astana and Bishkek agreed on Monday.</description>"
        b"<pubDate>Mon, 10 Mar 2025 08:00:00 +0500</pubDate></item></channel></rss>",
    ],
    ids=["rss1.0", "namespaced-rss2"],
)
def test_rss_1_0_and_namespaced_rss_feeds(feed):
    (article,) = read_document(feed, "steppe.rss", reference_date=REFERENCE)
    assert (article.title, article.text, article.outlet) == (
        "Kazakhstan and Kyrgyzstan settle water quotas", "Astana and Bishkek agreed on Monday.", "Steppe Wire",
    )  # fmt: skip
    assert article.published_date == dt.date(2025, 3, 10)
