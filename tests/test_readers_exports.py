"""Readers: news-database exports saved as text (Factiva-style records ending in a document number)."""

from __future__ import annotations

import datetime as dt

import pytest

from tracker.readers import read_document

REFERENCE = dt.date(2025, 9, 10)

EXPORT = """Ghana hails Namibian vote as "model for the region"
By Kofi Mensah
412 words
5 September 2025
{time}Accra Daily Wire
ADWIRE
{extra}English
Copyright 2025 Accra Daily Wire. All Rights Reserved.

ACCRA, Sept 5 (ADW) - Ghana's foreign minister congratulated Namibia on Friday, calling the vote "a model for the region".

The minister said Accra would send a delegation to the inauguration.

Document ADWIRE0020250905el950001a


Zambia sends greetings to Windhoek
1,298 words
6 September 2025
Lusaka Evening Post
LUSEP
English
(c) 2025 Lusaka Evening Post

Zambia's president sent a message of congratulations to Windhoek on Saturday.

Document LUSEP00020250906el960002b
"""


@pytest.mark.parametrize(
    ("time", "extra"),
    [("", ""), ("14:05\n", ""), ("", "Final\nA4\n"), ("09:30 GMT\n", "Page 12\n")],
    ids=["plain", "time", "edition-page", "time-page"],
)
@pytest.mark.parametrize("name", ["factiva_export.txt", "factiva_export.rtf"])
def test_database_export_gives_each_record_its_title_date_and_source(time, extra, name):
    text = EXPORT.format(time=time, extra=extra)
    data = text.encode() if name.endswith(".txt") else ("{\\rtf1\\ansi " + text.replace("\n", "\\par\n") + "}").encode()
    first, second = read_document(data, name, reference_date=REFERENCE)
    assert (first.title, first.published, first.outlet) == ('Ghana hails Namibian vote as "model for the region"', "2025-09-05", "Accra Daily Wire")
    assert first.text == (
        'ACCRA, Sept 5 (ADW) - Ghana\'s foreign minister congratulated Namibia on Friday, calling the vote "a model for the region".'
        "\n\nThe minister said Accra would send a delegation to the inauguration."
    )
    assert (second.title, second.published, second.outlet, second.position) == ("Zambia sends greetings to Windhoek", "2025-09-06", "Lusaka Evening Post", 1)
    assert second.text == "Zambia's president sent a message of congratulations to Windhoek on Saturday."


def test_a_word_count_without_a_date_under_it_changes_nothing():
    dump = "Windhoek swears in its new president\n\n850 words\n\nNamibia's new president was sworn in on Friday.\n"
    (article,) = read_document(dump.encode(), "story.txt", reference_date=REFERENCE)
    assert article.outlet is None
    assert article.text == "850 words\n\nNamibia's new president was sworn in on Friday."


# --- Telegram Desktop exports -----------------------------------------------------------------------------

TELEGRAM = {
    "name": "Bishkek Wire",
    "type": "public_channel",
    "id": 1500000001,
    "messages": [
        {"id": 7, "type": "service", "date": "2024-03-01T09:00:00", "actor": "Bishkek Wire", "action": "create_channel", "title": "Bishkek Wire", "text": ""},
        {"id": 8, "type": "message", "date": "2024-03-04T10:45:12", "from": "Bishkek Wire", "from_id": "channel1500000001",
         "text": ["\U0001F1F0\U0001F1FF ", {"type": "bold", "text": "Tokayev congratulated Japarov"}, " by telephone on Monday, his office said."],
         "text_entities": [{"type": "plain", "text": "..."}]},
        {"id": 9, "type": "message", "date": "2024-03-05T08:02:00", "from": "Bishkek Wire", "photo": "photos/photo_1.jpg",
         "text": "Ankara sent its congratulations on Tuesday.", "text_entities": []},
        {"id": 10, "type": "message", "date": "2024-03-05T09:00:00", "from": "Bishkek Wire", "photo": "photos/photo_2.jpg", "text": ""},
    ],
}  # fmt: skip


def test_telegram_channel_export_gives_one_article_a_post():
    import json

    first, second = read_document(json.dumps(TELEGRAM).encode(), "result.json", reference_date=REFERENCE)
    # Bold and plain pieces make one text; the service message and the bare photo are no articles.
    assert first.text == "\U0001F1F0\U0001F1FF Tokayev congratulated Japarov by telephone on Monday, his office said."
    assert (first.published, first.outlet, first.position) == ("2024-03-04T10:45:12", "Bishkek Wire", 0)
    assert (second.text, second.published, second.position) == ("Ankara sent its congratulations on Tuesday.", "2024-03-05T08:02:00", 1)


def test_telegram_export_without_any_text_is_refused():
    import json

    from tracker.readers import ReadError

    empty = {**TELEGRAM, "messages": [TELEGRAM["messages"][0], TELEGRAM["messages"][3]]}
    with pytest.raises(ReadError) as caught:
        read_document(json.dumps(empty).encode(), "result.json", reference_date=REFERENCE)
    assert caught.value.reason == "no articles (the Telegram export holds no message with text)"


TELEGRAM_HTML = """<!DOCTYPE html>
<html>
 <head>
  <meta charset="utf-8"/>
<title>Exported Data</title>
  <meta content="width=device-width, initial-scale=1.0" name="viewport"/>
  <link href="css/style.css" rel="stylesheet"/>
  <script src="js/script.js" type="text/javascript"></script>
 </head>
 <body onload="CheckLocation();">
  <div class="page_wrap">
   <div class="page_header">
    <div class="content">
     <div class="text bold">
Bishkek Wire
     </div>
    </div>
   </div>
   <div class="page_body chat_page">
    <div class="history">
     <div class="message service" id="message-1">
      <div class="body details">
4 March 2024
      </div>
     </div>
     <div class="message default clearfix" id="message8">
      <div class="pull_left userpic_wrap">
       <div class="userpic userpic2" style="width: 42px; height: 42px">
        <div class="initials" style="line-height: 42px">B</div>
       </div>
      </div>
      <div class="body">
       <div class="pull_right date details" title="04.03.2024 10:45:12 UTC+06:00">
10:45
       </div>
       <div class="from_name">
Bishkek Wire
       </div>
       <div class="text">
&#127472;&#127487; <strong>Tokayev congratulated Japarov</strong> by telephone on Monday, his office said.<br><br>The two presidents agreed to meet in Astana.
       </div>
       <div class="signature details">
Editor
       </div>
      </div>
     </div>
     <div class="message default clearfix joined" id="message9">
      <div class="body">
       <div class="pull_right date details" title="05.03.2024 08:02:00 UTC+06:00">
08:02
       </div>
       <div class="media_wrap clearfix"><a class="photo_wrap clearfix pull_left" href="photos/photo_1.jpg"><img class="photo" src="photos/photo_1_thumb.jpg"/></a></div>
       <div class="text">
Ankara sent its congratulations on Tuesday.
       </div>
      </div>
     </div>
    </div>
   </div>
  </div>
 </body>
</html>
"""


@pytest.mark.parametrize("name", ["messages.html", "messages2.htm"])
def test_telegram_html_export_gives_one_article_a_post(name):
    first, second = read_document(TELEGRAM_HTML.encode(), name, reference_date=REFERENCE)
    assert first.text == "\U0001F1F0\U0001F1FF Tokayev congratulated Japarov by telephone on Monday, his office said.\n\nThe two presidents agreed to meet in Astana."
    assert (first.published, first.outlet, first.position) == ("2024-03-04T10:45:12+06:00", "Bishkek Wire", 0)
    assert (second.text, second.published, second.outlet) == ("Ankara sent its congratulations on Tuesday.", "2024-03-05T08:02:00+06:00", "Bishkek Wire")


# --- wire XML: NITF, NewsML-G2, exports of records ---------------------------------------------------------

NITF = b"""<?xml version="1.0" encoding="UTF-8"?>
<nitf version="-//IPTC//DTD NITF 3.6//EN">
 <head><title>Dakar hails Gambian vote</title>
  <docdata><doc-id id-string="DKW-2025-0905-001"/><date.issue norm="20250905T120000Z"/></docdata>
  <pubdata type="web" name="Dakar Wire Service"/></head>
 <body>
  <body.head><hedline><hl1>Dakar hails Gambian vote as a model for the region</hl1></hedline>
   <byline>By <person>Awa Ndiaye</person></byline></body.head>
  <body.content><p>Senegal's foreign minister congratulated Banjul on Friday.</p><p>A delegation will attend the swearing-in.</p></body.content>
 </body>
</nitf>"""

NEWSML = b"""<?xml version="1.0" encoding="UTF-8"?>
<newsMessage xmlns="http://iptc.org/std/nar/2006-10-01/"><header><sent>2025-09-06T08:00:00Z</sent></header><itemSet>
 <newsItem guid="urn:newsml:example:20250905:001" version="1">
  <itemMeta><itemClass qcode="ninat:text"/><provider literal="Sahel Agency"/><versionCreated>2025-09-05T12:00:00Z</versionCreated>
   <firstCreated>2025-09-05T11:30:00Z</firstCreated></itemMeta>
  <contentMeta><headline>Bamako welcomes the Gambian result</headline></contentMeta>
  <contentSet><inlineXML contenttype="application/xhtml+xml"><html xmlns="http://www.w3.org/1999/xhtml"><head><title>Bamako</title></head>
   <body><p>Mali's transitional government welcomed the result on Friday.</p><p>It called for calm.</p></body></html></inlineXML></contentSet>
 </newsItem>
 <newsItem guid="urn:newsml:example:20250906:002" version="1">
  <itemMeta><provider literal="Sahel Agency"/><firstCreated>2025-09-06T07:10:00Z</firstCreated></itemMeta>
  <contentMeta><headline>Conakry sends greetings</headline></contentMeta>
  <contentSet><inlineData contenttype="text/plain">Guinea's leader sent a message on Saturday.</inlineData></contentSet>
 </newsItem>
</itemSet></newsMessage>"""

RECORDS = b"""<?xml version="1.0"?>
<export generated="2025-09-07">
 <record><headline>Accra sends greetings to Banjul</headline><source>Accra Evening Post</source><published>2025-09-06T10:00:00+00:00</published>
  <body>Ghana's president sent a message on Saturday.</body></record>
 <record><headline>Abuja welcomes the result</headline><source>Lagos Star</source><published>2025-09-07</published>
  <body><p>Nigeria welcomed it on Sunday.</p><p>Its president will travel.</p></body></record>
</export>"""


def test_nitf_wire_document_is_one_article():
    (article,) = read_document(NITF, "dkw_0905.xml", reference_date=REFERENCE)
    assert (article.title, article.published, article.outlet) == ("Dakar hails Gambian vote as a model for the region", "2025-09-05", "Dakar Wire Service")
    assert article.text == "Senegal's foreign minister congratulated Banjul on Friday.\n\nA delegation will attend the swearing-in."


def test_newsml_message_gives_one_article_per_news_item():
    first, second = read_document(NEWSML, "sahel.xml", reference_date=REFERENCE)
    assert (first.title, first.published, first.outlet) == ("Bamako welcomes the Gambian result", "2025-09-05T11:30:00+00:00", "Sahel Agency")
    assert first.text == "Mali's transitional government welcomed the result on Friday.\n\nIt called for calm."  # the XHTML head left out
    assert (second.title, second.text, second.position) == ("Conakry sends greetings", "Guinea's leader sent a message on Saturday.", 1)


def test_xml_export_of_records_is_read_as_json_records_are():
    first, second = read_document(RECORDS, "export.xml", reference_date=REFERENCE)
    assert (first.title, first.outlet, first.published) == ("Accra sends greetings to Banjul", "Accra Evening Post", "2025-09-06T10:00:00+00:00")
    assert second.text == "Nigeria welcomed it on Sunday.\n\nIts president will travel."


def test_xml_that_holds_no_article_records_is_refused():
    from tracker.readers import ReadError

    with pytest.raises(ReadError) as caught:
        read_document(b'<svg xmlns="http://www.w3.org/2000/svg"><text>Leaders react</text></svg>', "drawing.xml", reference_date=REFERENCE)
    assert caught.value.reason.startswith("not an RSS or Atom feed: root element <svg>")


# --- Safari web archives ---------------------------------------------------------------------------------


def _webarchive(html: str, *, fmt=None, mime: str = "text/html") -> bytes:
    import plistlib

    archive = {
        "WebMainResource": {
            "WebResourceData": html.encode("utf-8"),
            "WebResourceMIMEType": mime,
            "WebResourceTextEncodingName": "UTF-8",
            "WebResourceURL": "https://coastwire.example/2025/09/06/banjul",
            "WebResourceFrameName": "",
        },
        "WebSubresources": [{"WebResourceData": b"\x89PNG", "WebResourceMIMEType": "image/png", "WebResourceURL": "https://coastwire.example/logo.png"}],
    }
    return plistlib.dumps(archive, fmt=fmt or plistlib.FMT_BINARY)


PAGE = (
    '<html><head><meta property="og:title" content="Dakar hails the Gambian vote">'
    '<meta property="article:published_time" content="2025-09-06T09:00:00+00:00"></head><body><article>'
    "<h1>Dakar hails the Gambian vote</h1><p>DAKAR \u2014 Senegal's foreign minister congratulated Banjul on Saturday, calling the vote orderly.</p>"
    "</article></body></html>"
)


@pytest.mark.parametrize("name", ["banjul.webarchive", "banjul"])
def test_safari_web_archive_is_read_as_the_page_it_holds(name):
    (article,) = read_document(_webarchive(PAGE), name, reference_date=REFERENCE)
    assert (article.title, article.published, article.url) == ("Dakar hails the Gambian vote", "2025-09-06T09:00:00+00:00", "https://coastwire.example/2025/09/06/banjul")
    assert article.text == "DAKAR \u2014 Senegal's foreign minister congratulated Banjul on Saturday, calling the vote orderly."


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (lambda: b"not a property list", "not a Safari web archive: not a readable property list"),
        (lambda: _webarchive(PAGE, mime="application/pdf"), "the web archive's main resource is application/pdf, not a page"),
    ],
)
def test_bad_web_archive_is_refused_with_the_reason(data, reason):
    from tracker.readers import ReadError

    with pytest.raises(ReadError) as caught:
        read_document(data(), "page.webarchive", reference_date=REFERENCE)
    assert caught.value.reason.startswith(reason), caught.value.reason
