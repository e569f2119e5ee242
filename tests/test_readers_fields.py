"""The field resolver: exports from news tools are read whatever they call their fields, in JSON, JSON Lines and CSV."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from tracker.readers import ReadError, read_document
from tracker.readers.fields import field_role, field_words

FIXTURES = Path(__file__).parent / "fixtures" / "readers"
REFERENCE = dt.date(2025, 3, 11)


def read_json(document: object, name: str = "export.json"):
    return read_document(json.dumps(document).encode(), name, reference_date=REFERENCE)


def summary(article) -> tuple:
    return (article.title, article.text, article.published, article.outlet, article.url)


@pytest.mark.parametrize(
    ("name", "words"),
    [
        ("publishedAt", ("published", "at")),
        ("published_at_utc", ("published", "at", "utc")),
        ("webPublicationDate", ("web", "publication", "date")),
        ("og:site_name", ("og", "site", "name")),
        ("Article Body", ("article", "body")),
        ("source-hostname", ("source", "hostname")),
        ("pubdate", ("pub", "date")),
        ("datepublished", ("date", "published")),
        ("bodytext", ("body", "text")),
        ("urlToImage", ("url", "to", "image")),
        ("HTMLBody", ("html", "body")),
        ("dateline", ("dateline",)),
    ],
)  # fmt: skip
def test_field_names_are_split_into_words(name, words):
    assert field_words(name) == words


@pytest.mark.parametrize(
    ("name", "role"),
    [
        ("headline_text", "title"), ("webTitle", "title"), ("title_en", "title"), ("hed", "title"),
        ("article_body", "text"), ("body_text", "text"), ("maintext", "text"), ("fullText", "text"), ("story", "text"),
        ("summary_text", "lead"), ("lead_paragraph", "lead"), ("trailText", "lead"), ("sub_headline", "lead"),
        ("published_at_utc", "date"), ("date_publish", "date"), ("seendate", "date"), ("created_at", "date"),
        ("source_name", "outlet"), ("og:site_name", "outlet"), ("Publication", "outlet"), ("source_title", "outlet"),
        ("feed_title", "outlet"), ("source_domain", "outlet"),
        ("link", "url"), ("web_url", "url"), ("permalink", "url"),
        ("image_url", None), ("urlToImage", None), ("author_name", None), ("source_id", None), ("article_id", None),
        ("section_title", None), ("content_type", None), ("word_count", None), ("site_description", None),
        ("categories", None), ("caption", "caption"), ("Cutline", "caption"), ("image_caption", None),
        ("photoCaption", None),
    ],
)  # fmt: skip
def test_field_role_comes_from_the_last_meaningful_word(name, role):
    found = field_role(field_words(name))
    assert (found.role if found else None) == role


def test_date_fields_rank_published_before_plain_before_updated_before_crawled():
    ranks = [field_role(field_words(n)).rank for n in ("published_at", "date", "created", "last_modified", "crawled_date")]
    assert ranks == sorted(ranks) and len(set(ranks)) == 5


def test_news_api_export_with_unfamiliar_field_names_gives_every_article():
    first, second = read_document((FIXTURES / "news_api_results.json").read_bytes(), "api.json", reference_date=REFERENCE)
    assert summary(first) == (
        "Finland and Sweden welcome Baltic grid link",
        "HELSINKI - Finland and Sweden on Thursday welcomed the new power cable to the Baltic states.\n\n"
        "\"This line makes the whole region safer,\" Sweden's energy minister said.",
        "2025-03-06T10:40:00+00:00",  # published, not updated
        "Nordic Ledger",
        "https://nordic-ledger.example/2025/03/06/grid-link",  # the article's link, not its image
    )  # fmt: skip
    assert second.text == "OSLO - Norway said on Friday it could share reserve power with its neighbours.\n\nThe offer runs until the end of the winter."
    assert (second.position, second.published_basis) == (1, "field")


def test_elasticsearch_dump_reads_each_hits_source_with_nested_fields():
    (article,) = read_document((FIXTURES / "search_index_dump.json").read_bytes(), "dump.json", reference_date=REFERENCE)
    assert summary(article) == (
        "Chad and Cameroon reopen border market",  # headline.main, not the kicker
        "N'DJAMENA - The border market at Kousseri reopened on Monday after two years.\n\nTraders from both sides returned the same morning.",
        "2025-03-10T09:30:00+01:00",  # dates.published, not dates.crawled
        "Sahel Courier",
        "https://sahel-courier.example/border-market",  # not the publisher's home page
    )  # fmt: skip


CUT_OFF = "Accra and Lome agreed on Tuesday to share customs data at the Aflao crossing\u2026 [+2817 chars]"
SHAPES = {
    # NewsAPI: a source object, the outlet appended to the title, content cut off
    "newsapi": {
        "status": "ok", "totalResults": 1,
        "articles": [{
            "source": {"id": None, "name": "Gulf of Guinea Times"}, "author": "A. Writer",
            "title": "Ghana and Togo link customs systems - Gulf of Guinea Times",
            "description": "A short teaser.", "url": "https://gog.example/customs",
            "urlToImage": "https://gog.example/customs.jpg", "publishedAt": "2025-03-04T12:00:00Z", "content": CUT_OFF,
        }],
    },
    # NYT-style: no body at all, only leads; the longest lead is the text
    "response.docs": {
        "status": "OK",
        "response": {"docs": [{
            "headline": {"main": "Ghana and Togo link customs systems", "print_headline": "Customs Link"},
            "abstract": "Two neighbours share data.",
            "lead_paragraph": "Accra and Lome agreed on Tuesday to share customs data at the Aflao crossing.",
            "pub_date": "2025-03-04T12:00:00+0000", "source": "Gulf of Guinea Times", "web_url": "https://gog.example/customs",
            "byline": {"original": "By A. Writer"},
        }]},
    },
    # WordPress REST API: rendered HTML under title/content
    "wordpress": [{
        "id": 77, "date": "2025-03-04T13:00:00", "modified": "2025-03-05T09:00:00", "link": "https://gog.example/customs",
        "title": {"rendered": "Ghana and Togo link customs systems"},
        "content": {"rendered": "<p>Accra and Lome agreed on Tuesday to share customs data at the Aflao crossing.</p>", "protected": False},
        "excerpt": {"rendered": "<p>A short teaser.</p>"},
    }],
    # Event Registry: the source's "title" is the outlet; dateTimePub beats dateTime
    "articles.results": {
        "articles": {"page": 1, "results": [{
            "uri": "8123", "dateTime": "2025-03-05T08:00:00Z", "dateTimePub": "2025-03-04T12:00:00Z",
            "title": "Ghana and Togo link customs systems",
            "body": "Accra and Lome agreed on Tuesday to share customs data at the Aflao crossing.",
            "source": {"uri": "gog.example", "title": "Gulf of Guinea Times"}, "url": "https://gog.example/customs",
        }]},
    },
    # Guardian-style: fields nested under "fields", a teaser beside the body
    "guardian": {
        "response": {"status": "ok", "results": [{
            "id": "world/2025/mar/04/customs", "webTitle": "Ghana and Togo link customs systems",
            "webUrl": "https://gog.example/customs", "webPublicationDate": "2025-03-04T12:00:00Z",
            "fields": {
                "trailText": "A short teaser.", "publication": "Gulf of Guinea Times",
                "bodyText": "Accra and Lome agreed on Tuesday to share customs data at the Aflao crossing.",
            },
        }]},
    },
    # paragraphs as objects, the outlet as a site object, under a "data" wrapper
    "paragraph objects": {
        "data": [{
            "heading": "Ghana and Togo link customs systems",
            "paragraphs": [{"type": "p", "text": "Accra and Lome agreed on Tuesday to share customs data"}, {"type": "p", "text": "at the Aflao crossing."}],
            "date": "2025-03-04", "site": {"name": "Gulf of Guinea Times"}, "permalink": "https://gog.example/customs",
        }],
    },
    # Bing-style: the headline is "name", the outlet a provider list
    "value": {
        "_type": "News",
        "value": [{
            "name": "Ghana and Togo link customs systems", "url": "https://gog.example/customs",
            "description": "Accra and Lome agreed on Tuesday to share customs data at the Aflao crossing.",
            "datePublished": "2025-03-04T12:00:00.0000000Z", "provider": [{"_type": "Organization", "name": "Gulf of Guinea Times"}],
        }],
    },
}  # fmt: skip


@pytest.mark.parametrize("shape", list(SHAPES))
def test_common_api_shapes_give_title_text_date_and_outlet(shape):
    (article,) = read_json(SHAPES[shape])
    assert article.title == "Ghana and Togo link customs systems"
    assert article.text.startswith("Accra and Lome agreed on Tuesday to share customs data")
    assert "[+" not in article.text and "teaser" not in article.text
    assert article.published_date == dt.date(2025, 3, 4), article.published
    if shape != "wordpress":  # WordPress says nothing of its site in a post
        assert article.outlet == "Gulf of Guinea Times"
    assert article.url == "https://gog.example/customs"


def test_cut_off_content_gives_way_to_a_fuller_field():
    full = "Accra and Lome agreed on Tuesday to share customs data at the Aflao crossing. " * 5
    item = {"title": "Customs link", "content": CUT_OFF, "full_text": full.strip(), "description": "A short teaser."}
    (article,) = read_json([item])
    assert article.text == full.strip()


def test_a_lead_is_never_joined_to_the_text_it_opens():
    body = "Accra and Lome agreed on Tuesday to share customs data.\n\nThe system starts in May."
    (article,) = read_json({"title": "Customs link", "summary": "Accra and Lome agreed on Tuesday to share customs data.", "body": body})
    assert article.text == body


PICTURE_CAPTION = (
    "LOME, May 6, 2025 \u2014 Customs officers open the new joint post at the Aflao crossing. Ghana's trade minister "
    "said on Tuesday that the post would halve waiting times. (Photo by Ama Owusu/Gulf Picture Desk)"
)


@pytest.mark.parametrize(
    "item",
    [
        # a picture desk's export: each picture has a headline and a caption, no body
        {"id": "GPD-0506-12", "type": "picture", "headline": "Joint customs post opens", "caption": PICTURE_CAPTION,
         "date_published": "2025-05-06T10:00:00+00:00", "provider": "Gulf Picture Desk"},
        {"slug": "customs-post", "title": "Joint customs post opens", "Cutline": PICTURE_CAPTION,
         "date": "2025-05-06", "source": "Gulf Picture Desk"},
    ],
)  # fmt: skip
def test_a_picture_desk_items_caption_is_its_text(item):
    (article,) = read_json([item])
    assert article.title == "Joint customs post opens"
    assert article.text.startswith("LOME, May 6, 2025") and "halve waiting times" in article.text
    assert "Photo by" not in article.text


@pytest.mark.parametrize(
    "item",
    [
        # the caption of the story's picture is no part of the story when the story is there
        {"title": "Joint customs post opens", "body": "Ghana and Togo opened a joint post on Tuesday.", "caption": PICTURE_CAPTION},
        {"title": "Joint customs post opens", "summary": "Ghana and Togo opened a joint post on Tuesday.", "caption": PICTURE_CAPTION},
        {"title": "Joint customs post opens", "text": "Ghana and Togo opened a joint post on Tuesday.",
         "image": {"url": "https://img.example/a.jpg", "caption": PICTURE_CAPTION}},
    ],
)  # fmt: skip
def test_a_caption_beside_the_story_is_not_its_text(item):
    (article,) = read_json([item])
    assert article.text == "Ghana and Togo opened a joint post on Tuesday."


def test_an_image_caption_alone_gives_no_text():
    item = {"title": "Joint customs post opens", "image_caption": PICTURE_CAPTION, "date": "2025-05-06"}
    (article,) = read_json([item])
    assert article.text == ""


def test_a_photo_desk_csv_reads_its_caption_column_as_the_text():
    data = ("Picture ID,Headline,Caption,Date,Provider\r\n"
            f'GPD-1,Joint customs post opens,"{PICTURE_CAPTION}",2025-05-06,Gulf Picture Desk\r\n').encode()  # fmt: skip
    (article,) = read_document(data, "pictures.csv", reference_date=REFERENCE)
    assert (article.title, article.published) == ("Joint customs post opens", "2025-05-06")
    assert "halve waiting times" in article.text


def test_a_title_that_is_the_sites_name_is_not_the_headline():
    item = {"title": "Gulf of Guinea Times", "headline": "Ghana and Togo link customs systems", "source": "Gulf of Guinea Times", "text": "Accra agreed."}
    (article,) = read_json(item)
    assert (article.title, article.outlet) == ("Ghana and Togo link customs systems", "Gulf of Guinea Times")


def test_feed_wrapper_title_is_not_taken_for_an_article():
    feed = {"version": "https://jsonfeed.org/version/1.1", "title": "Gulf of Guinea Times", "home_page_url": "https://gog.example/",
            "items": [{"id": "1", "title": "Customs link", "content_text": "Accra agreed on Tuesday.", "date_published": "2025-03-04"}]}  # fmt: skip
    (article,) = read_json(feed)
    assert (article.title, article.text, article.published) == ("Customs link", "Accra agreed on Tuesday.", "2025-03-04")


def test_exact_field_name_beats_one_that_only_contains_the_word():
    (article,) = read_json({"title_seo": "Customs link | Best news site", "title": "Customs link", "text": "Accra agreed."})
    assert article.title == "Customs link"


def test_outlet_given_only_as_a_web_address_is_its_host():
    (article,) = read_json({"title": "Customs link", "text": "Accra agreed.", "source": "https://www.gog.example/world/"})
    assert article.outlet == "gog.example"


def test_outlet_name_beats_a_domain_in_an_earlier_field():
    # as trafilatura's JSON output has it: "hostname", and "source" holding the page address
    item = {"title": "Customs link", "hostname": "gog.example", "source": "https://gog.example/customs", "source-hostname": "Gulf of Guinea Times", "text": "Accra agreed."}
    (article,) = read_json(item)
    assert article.outlet == "Gulf of Guinea Times"


@pytest.mark.parametrize("marker", ["\u2026 [+2817 chars]", "... [2817 chars]", " [+12 characters]"])
def test_cut_off_marker_is_removed_when_nothing_fuller_is_there(marker):
    (article,) = read_json({"title": "Customs link", "content": "Accra and Lome agreed on Tuesday" + marker})
    assert article.text == "Accra and Lome agreed on Tuesday"


def test_jsonl_of_elasticsearch_hits_and_of_result_pages():
    lines = [
        {"_id": "1", "_source": {"article_title": "Customs link", "article_text": "Accra agreed.", "site_name": "Coast Wire"}},
        {"page": 2, "results": [{"hed": "Port deal", "story": "Lome agreed."}, {"hed": "Rail deal", "story": "Cotonou agreed."}]},
    ]
    data = "\n".join(json.dumps(line) for line in lines).encode()
    articles = read_document(data, "hits.jsonl", reference_date=REFERENCE)
    assert [(a.title, a.text, a.outlet, a.position) for a in articles] == [
        ("Customs link", "Accra agreed.", "Coast Wire", 0),
        ("Port deal", "Lome agreed.", None, 1),
        ("Rail deal", "Cotonou agreed.", None, 2),
    ]


@pytest.mark.parametrize(
    "header",
    [
        "Headline Text;Article Body;Published At (UTC);Source Name;Link",
        "record_id,headline,byline,body_text,date_published,outlet,image_url,url",
        "webTitle\tbodyText\twebPublicationDate\tpublication\twebUrl",
        # wire desk names: "copy" is the story's text, "filed" when it was filed, a time zone qualifies the clock
        "wire_ref,desk,hed,dek,filed_time_ist,story_copy,source,link",
        "slug;hed;body_copy;filed_at_cet;outlet;url",
        "hed,filedDateJST,copy,provider,permalink",
    ],
)  # fmt: skip
def test_csv_and_tsv_columns_are_matched_by_their_words(header):
    names = header.replace(";", ",").replace("\t", ",").split(",")
    values = {
        "title": "Customs link", "text": "Accra agreed on Tuesday.", "date": "2025-03-04", "outlet": "Coast Wire",
        "url": "https://coast.example/customs", "lead": "Accra and Lome agree", None: "x",
    }  # fmt: skip
    cells = []
    for name in names:
        role = field_role(field_words(name))
        cells.append(values[role.role if role else None] if not (role and role.role == "url" and "image" in name) else "https://img.example/a.jpg")
    delimiter = ";" if ";" in header else "\t" if "\t" in header else ","
    data = f"{header}\n{delimiter.join(cells)}\n".encode()
    (article,) = read_document(data, "export.tsv" if delimiter == "\t" else "export.csv", reference_date=REFERENCE)
    assert summary(article) == ("Customs link", "Accra agreed on Tuesday.", "2025-03-04", "Coast Wire", "https://coast.example/customs")


def test_record_without_a_usable_field_is_refused_naming_the_item_and_its_fields():
    document = {"status": "ok", "results": [{"id": 7, "score": 0.5, "author_list": ["A. Writer"], "meta": {"lang": "fr"}}]}
    with pytest.raises(ReadError) as caught:
        read_json(document, "scores.json")
    assert str(caught.value) == (
        "scores.json: results[1]: no title or text among its fields ('id', 'score', 'author_list', 'meta' (an object: 'lang')); "
        "expected a title ('title', 'headline'...) or a text ('text', 'body', 'content', 'article'...)"
    )


def test_empty_result_list_is_refused_as_holding_no_articles():
    with pytest.raises(ReadError) as caught:
        read_json({"status": "ok", "totalResults": 0, "articles": []}, "none.json")
    assert caught.value.reason == "no articles (the 'articles' list is empty)"


# --- saved pages (.mhtml) and Word documents (.docx) ----------------------------------------


def test_saved_single_file_page_is_read_as_its_html_part():
    data = (FIXTURES / "lithium_accord.mhtml").read_bytes()
    for name in ("lithium_accord.mhtml", "lithium_accord.mht", "download"):  # sniffed without an extension
        (article,) = read_document(data, name, reference_date=REFERENCE)
        assert (article.title, article.outlet, article.published) == (
            "Peru and Chile sign lithium accord", "Andes Report", "2025-03-04T10:00:00-05:00",
        )  # fmt: skip
        assert article.url == "https://andes.example/lithium-accord"
        # quoted-printable undone and decoded by the page's own charset, no navigation, no image data
        assert "\u201cThis is a new chapter for our two countries,\u201d Peru\u2019s foreign minister" in article.text
        assert "Home | World" not in article.text and "iVBOR" not in article.text


def test_word_document_is_read_like_a_text_dump():
    (article,) = read_document((FIXTURES / "highway.docx").read_bytes(), "highway.docx", reference_date=REFERENCE)
    assert (article.title, article.published) == ("Kenya and Ethiopia open new highway", "2025-03-05")
    assert article.text.startswith(
        "NAIROBI - Kenya and Ethiopia opened a new highway on Wednesday. Officials said trade would grow.\n\n"
        "\u201cThis road joins our peoples,\u201d Ethiopia\u2019s transport minister said."
    )  # the byline line is dropped, bold runs are joined into their paragraph


def docx_of(body_xml: str) -> bytes:
    import io
    import zipfile

    namespaces = (
        'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
        'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"'
    )
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as package:
        package.writestr("[Content_Types].xml", '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>')
        package.writestr("word/document.xml", f"<w:document {namespaces}><w:body>{body_xml}</w:body></w:document>")
    return buffer.getvalue()


def test_word_document_skips_deleted_text_and_text_box_copies():
    def paragraph(text: str) -> str:
        return f'<w:p><w:r><w:t xml:space="preserve">{text}</w:t></w:r></w:p>'

    body = (
        paragraph("Laos and Vietnam agree on river dam review")
        + '<w:p><w:r><w:t xml:space="preserve">Vientiane agreed on Monday to a joint review, </w:t></w:r>'
        '<w:del><w:r><w:delText>struck words </w:delText></w:r></w:del>'
        '<w:hyperlink><w:r><w:t>the ministry said</w:t></w:r></w:hyperlink><w:r><w:t>.</w:t></w:r></w:p>'
        + '<w:p><w:r><mc:AlternateContent><mc:Choice><w:txbxContent>' + paragraph("Boxed aside")
        + '</w:txbxContent></mc:Choice><mc:Fallback><w:txbxContent>' + paragraph("Boxed aside")
        + "</w:txbxContent></mc:Fallback></mc:AlternateContent></w:r></w:p>"
    )
    (article,) = read_document(docx_of(body), "dam.docx", reference_date=REFERENCE)
    assert (article.title, article.text) == (
        "Laos and Vietnam agree on river dam review", "Vientiane agreed on Monday to a joint review, the ministry said.",
    )  # fmt: skip


def _cell(*paragraphs: str) -> str:
    return "<w:tc>" + "".join(f"<w:p><w:r><w:t>{p}</w:t></w:r></w:p>" for p in paragraphs) + "</w:tc>"


def _table(*rows: tuple[str, ...]) -> str:
    return "<w:tbl>" + "".join("<w:tr>" + "".join(rows_cells) + "</w:tr>" for rows_cells in rows) + "</w:tbl>"


WHO_SAID_WHAT = (
    '<w:p><w:r><w:t>Peru count: who said what</w:t></w:r></w:p>'
    '<w:p><w:r><w:t>Tuesday 4 March 2025</w:t></w:r></w:p>'
    '<w:p><w:r><w:t>The count in Peru ended on Monday and the reactions came in.</w:t></w:r></w:p>'
    + _table(
        (_cell("Country"), _cell("Who"), _cell("What"), _cell("When")),
        (_cell("Chile"), _cell("Alberto van Klaveren, foreign minister"), _cell("Said Santiago hoped the count was fair"), _cell("Monday")),
        (_cell("Italy"), _cell("Giorgia Meloni, prime minister"), _cell("Welcomed the calm of the count"), _cell("Sunday")),
        (_cell("Bolivia"), _cell("-"), _cell("No statement so far"), _cell("-")),
    )
)


def test_a_word_table_row_of_short_cells_is_one_line():
    (article,) = read_document(docx_of(WHO_SAID_WHAT), "peru.docx", reference_date=REFERENCE)
    lines = article.text.split("\n\n")
    assert "Chile - Alberto van Klaveren, foreign minister - Said Santiago hoped the count was fair - Monday" in lines
    assert "Bolivia - No statement so far" in lines  # dash-only cells left out
    assert "Country - Who - What - When" in lines


def test_a_who_said_what_row_gives_its_speaker_and_day():
    from tracker.extract import extract_statements

    (article,) = read_document(docx_of(WHO_SAID_WHAT), "peru.docx", reference_date=REFERENCE)
    rows = extract_statements(article, reference_date=REFERENCE, host_country="PER")
    assert [(r.country, r.speaker, r.date) for r in rows] == [
        ("CHL", "Alberto van Klaveren", "2025-03-03"), ("ITA", "Giorgia Meloni", "2025-03-02"),
    ]  # "Welcomed" opening its cell is the verb of the name before it


def test_a_word_layout_table_keeps_its_paragraphs():
    body = (
        '<w:p><w:r><w:t>Andes notes</w:t></w:r></w:p>'
        + _table((_cell("Lima voted on Sunday.", "Turnout was high."), _cell("Quito waits.")))
    )
    (article,) = read_document(docx_of(body), "notes.docx", reference_date=REFERENCE)
    assert article.text.split("\n\n") == ["Lima voted on Sunday.", "Turnout was high.", "Quito waits."]


def test_empty_word_document_is_refused():
    with pytest.raises(ReadError) as caught:
        read_document(docx_of("<w:p/>"), "blank.docx", reference_date=REFERENCE)
    assert caught.value.reason == "the Word document holds no text"


def test_readme_lists_every_accepted_extension_and_the_field_rules():
    from tracker.readers import SUPPORTED_EXTENSIONS

    readme = (Path(__file__).parent.parent / "README.md").read_text(encoding="utf-8")
    formats = readme.split("### Accepted formats", 1)[1].split("### Exporting", 1)[0]
    for extension in SUPPORTED_EXTENSIONS:
        assert f"`{extension}`" in formats, extension
    assert "field_names.toml" in formats
