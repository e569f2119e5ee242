"""Readers: a section label with no text under it ("World & Politics" over each chapter of an e-reader's news
download) is no article, and a book's way back to its contents ("Contents | Article 2 of 3") is no text."""

import datetime as dt
import io
import zipfile

from tracker.readers import read_document

REF = dt.date(2024, 3, 14)
STORIES = [
    (
        "Lagoonia and Port Alvo sign a fisheries accord",
        "Lagoonia's foreign minister said on Tuesday that the accord would protect the reefs for a generation, and thanked "
        "the Port Alvo government for two years of patient talks.",
    ),
    (
        "Reef nations welcome the Port Alvo accord",
        "The Pacific islands forum said on Wednesday that it welcomed the accord and hoped other fleets would follow, its "
        "secretary general said in a statement.",
    ),
]


def chapter(title: str, text: str, number: int) -> str:
    return (
        "<?xml version='1.0' encoding='utf-8'?><html xmlns='http://www.w3.org/1999/xhtml'><head><title>x</title></head><body>"
        f"<p class='kicker'>World &amp; Politics</p><h1>{title}</h1><p>By Ana Lind</p><p>Tuesday 12 March 2024</p><p>{text}</p>"
        f"<p>Contents | Article {number} of {len(STORIES)}</p></body></html>"
    )


def news_download() -> bytes:
    names = [f"article_{n}.xhtml" for n in range(len(STORIES))]
    items = "".join(f"<item id='a{n}' href='{name}' media-type='application/xhtml+xml'/>" for n, name in enumerate(names))
    refs = "".join(f"<itemref idref='a{n}'/>" for n in range(len(names)))
    opf = (
        "<?xml version='1.0' encoding='utf-8'?><package xmlns='http://www.idpf.org/2007/opf' version='3.0' unique-identifier='id'>"
        "<metadata xmlns:dc='http://purl.org/dc/elements/1.1/'><dc:title>Lagoon Courier</dc:title><dc:identifier id='id'>x</dc:identifier>"
        f"<dc:publisher>Lagoon Courier</dc:publisher></metadata><manifest>{items}</manifest><spine>{refs}</spine></package>"
    )
    container = (
        "<?xml version='1.0'?><container version='1.0' xmlns='urn:oasis:names:tc:opendocument:xmlns:container'>"
        "<rootfiles><rootfile full-path='OEBPS/content.opf' media-type='application/oebps-package+xml'/></rootfiles></container>"
    )
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as package:
        package.writestr("mimetype", "application/epub+zip", compress_type=zipfile.ZIP_STORED)
        package.writestr("META-INF/container.xml", container)
        package.writestr("OEBPS/content.opf", opf)
        for number, (name, (title, text)) in enumerate(zip(names, STORIES, strict=True), start=1):
            package.writestr(f"OEBPS/{name}", chapter(title, text, number))
    return buffer.getvalue()


def test_a_section_label_over_each_chapter_is_no_article():
    articles = read_document(news_download(), "download.epub", reference_date=REF)
    assert [(a.title, a.text, a.position) for a in articles] == [(title, text, n) for n, (title, text) in enumerate(STORIES)]


def test_a_label_with_no_text_among_pasted_stories_is_no_article():
    text = f"{STORIES[0][0]}\n\n{STORIES[0][1]}\n\n* * *\n\nSPORT\n\n* * *\n\n{STORIES[1][0]}\n\n{STORIES[1][1]}\n"
    articles = read_document(text.encode(), "pages.txt", reference_date=REF)
    assert [(a.title, a.position) for a in articles] == [(STORIES[0][0], 0), (STORIES[1][0], 1)]


def test_a_headline_with_no_text_stays():
    # a related story's headline under a page is an entry of its own, text or not
    text = f"{STORIES[0][0]}\n\n{STORIES[0][1]}\n\n* * *\n\n{STORIES[1][0]}\n"
    articles = read_document(text.encode(), "pages.txt", reference_date=REF)
    assert [a.title for a in articles] == [STORIES[0][0], STORIES[1][0]]


def test_a_ministers_letterhead_over_a_dated_release_is_no_article():
    text = (
        "Minister for Lagoon Affairs\nThe Hon Ana Lind MP\n\nMedia release\n\n"
        f"{STORIES[0][0]}\n\n12 March 2024\n\n{STORIES[0][1]}\n\nMedia enquiries: the minister's office\n"
    )
    [article] = read_document(text.encode(), "release.txt", reference_date=REF)
    assert (article.title, article.published, article.position) == (STORIES[0][0], "2024-03-12", 0)
    assert STORIES[0][1] in article.text


def test_a_print_header_over_a_section_label_is_no_article():
    text = (
        "3/12/2024 Lagoonia and Port Alvo sign a fisheries accord - Lagoon Courier Sections | Lagoon Courier | Subscribe | Sign in\n\n"
        f"Oceans\n\n{STORIES[0][0]}\n\n12 March 2024\n\n{STORIES[0][1]}\n"
    )
    [article] = read_document(text.encode(), "print.txt", reference_date=REF)
    assert (article.title, article.published, article.position) == (STORIES[0][0], "2024-03-12", 0)
    assert article.text == STORIES[0][1]


def test_a_first_story_without_a_full_stop_stays_when_it_is_long():
    # a head is short: a story written without full stops (a list of bullet points) is no head
    items = "\n".join(f"Port Alvo envoy number {n} met the Lagoonian delegation to discuss the reefs and the fleets" for n in range(6))
    text = f"Envoys meet on the reef accord\n\n{items}\n\n{STORIES[1][0]}\n\n13 March 2024\n\n{STORIES[1][1]}\n"
    articles = read_document(text.encode(), "pages.txt", reference_date=REF)
    assert [a.title for a in articles] == ["Envoys meet on the reef accord", STORIES[1][0]]


def test_a_compilers_note_above_the_first_story_is_no_article():
    text = (
        "_Clippings on the reef accord, compiled by the Pacific desk, 12 March 2024. Text as published._\n\n"
        f"# {STORIES[0][0]}\n\n{STORIES[0][1]}\n\n# {STORIES[1][0]}\n\n{STORIES[1][1]}\n"
    )
    articles = read_document(text.encode(), "clippings.md", reference_date=REF)
    assert [(a.title, a.position) for a in articles] == [(STORIES[0][0], 0), (STORIES[1][0], 1)]

