"""Readers: database print exports, paywalled pages whose story is in JSON-LD, caption files."""

from __future__ import annotations

import datetime as dt

import pytest

from tracker.readers import read_document

REFERENCE = dt.date(2025, 6, 2)


def read(data: str, name: str):
    return read_document(data.encode(), name, reference_date=REFERENCE)


# --- a Nexis-style print: publication line, date line, then the headline ----------------------

PRINT_COVER = """Print Request: Selected Items (2)
Time of Request: Friday, May 30, 2025  09:12:44 EDT
Send To: REGIONAL DESK
Terms: hlead(Fiji) and welcome!
Source: All News, English


"""
PRINT_RECORDS = """                               Document 1 of 2


                                  {first_outlet}


                          May 12, 2025 Monday


Fiji and Tonga sign a fisheries pact in Suva

BYLINE: Mere Tuilagi

SECTION: PACIFIC; Pg. 6

LENGTH: 180 words

DATELINE: SUVA


BODY:

Fiji and Tonga signed a fisheries pact on Monday after two years of talks.

New Zealand's Foreign Minister Winston Peters welcomed the pact on Monday as "a model for the region".


LOAD-DATE: May 13, 2025

LANGUAGE: ENGLISH


                   Copyright 2025 The Harbour Times
                              All Rights Reserved


                               Document 2 of 2


                                  Coral Sea Business Weekly


                          May 19, 2025 Monday


Tuna prices ease after Pacific fisheries deal

LENGTH: 60 words

BODY:

Tuna prices fell on Monday as traders weighed the new catch limits.


LOAD-DATE: May 20, 2025
"""


@pytest.mark.parametrize("first_outlet", ["The Harbour Times (Suva, Fiji)", "Pacific Islands Monitor"])
@pytest.mark.parametrize("cover", [PRINT_COVER, ""])
def test_print_export_publication_line_is_the_source_and_the_headline_the_title(first_outlet, cover):
    first, second = read(cover + PRINT_RECORDS.format(first_outlet=first_outlet), "print.txt")
    assert (first.title, first.outlet, first.published, first.position) == (
        "Fiji and Tonga sign a fisheries pact in Suva", first_outlet, "2025-05-12", 0,
    )  # fmt: skip
    assert (second.title, second.outlet, second.published) == ("Tuna prices ease after Pacific fisheries deal", "Coral Sea Business Weekly", "2025-05-19")
    # Record fields and the request cover are no text of any article.
    for furniture in ("BODY:", "DATELINE:", "BYLINE:", "LENGTH:", "LOAD-DATE", "Print Request", "Copyright"):
        assert furniture not in first.text and furniture not in second.text
    assert first.text.startswith("Fiji and Tonga signed a fisheries pact on Monday")
    assert first.text.endswith('"a model for the region".')


DOWNLOAD_COVER = """{banner}
Download Request: Current Document: 1-2
Time Of Request: Tuesday, June 3, 2025  14:05:10
Source: News, All (English)
Search Terms: Tonga AND cabinet
Results: 2



"""
DOWNLOAD_RECORDS = """                              Nuku'alofa Evening Star
                        May 28, 2025 Wednesday 7:40 PM GMT

Tonga swears in a new cabinet as Wellington and Canberra send greetings

Copyright 2025 Nuku'alofa Evening Star All Rights Reserved

Section: PACIFIC; Politics
Length: 310 words
Byline: Sione Fifita
Dateline: NUKU'ALOFA/APIA

Body

Tonga's new cabinet was sworn in on Wednesday.

New Zealand's Foreign Minister Winston Peters congratulated the cabinet on Wednesday.

Load-Date: May 29, 2025


                              End of Document



                              Coral Gazette
                        May 30, 2025 Friday

Fiji welcomes the Tongan cabinet

Copyright 2025 Coral Gazette All Rights Reserved

Length: 120 words

Body

Fiji's prime minister welcomed the new Tongan cabinet on Friday.

Load-Date: May 31, 2025


                              End of Document
"""


@pytest.mark.parametrize("banner", ["Nexis Uni(R)", "Archive Search"])
@pytest.mark.parametrize("with_cover", [True, False])
def test_download_export_with_end_of_document_footers_reads_the_headline_as_title(banner, with_cover):
    text = (DOWNLOAD_COVER.format(banner=banner) if with_cover else "") + DOWNLOAD_RECORDS
    first, second = read(text, "download.txt")
    assert (first.title, first.outlet, first.published) == (
        "Tonga swears in a new cabinet as Wellington and Canberra send greetings", "Nuku'alofa Evening Star", "2025-05-28T19:40",
    )  # fmt: skip
    assert (second.title, second.outlet, second.published) == ("Fiji welcomes the Tongan cabinet", "Coral Gazette", "2025-05-30")
    # The cover, record fields and footers are no text of any article.
    for furniture in ("Request", "Results", "Dateline", "Load-Date", "End of Document", "Copyright"):
        assert furniture not in first.text and furniture not in second.text
    assert first.text.startswith("Tonga's new cabinet was sworn in on Wednesday.")


# --- a paywalled page: a teaser on the page, the whole story in JSON-LD ------------------------

STORY = [
    "APIA - Samoa's parliament elected its first woman prime minister on Tuesday after a long standoff over the result.",
    "Australian Foreign Minister Penny Wong congratulated the new prime minister on Tuesday and said Canberra was \"ready to work closely\" with her.",
    "The Pacific Islands Forum secretary-general, Henry Puna, welcomed the vote and urged all sides to respect the court rulings.",
    "Chinese foreign ministry spokesman Zhao Lijian said on Wednesday that Beijing respected the choice of the Samoan people.",
]
PAYWALL_PAGE = """<!DOCTYPE html><html><head><title>Samoa elects its first woman prime minister | Reef Courier</title>
<script type="application/ld+json">{first_block}</script>
<script type="application/ld+json">{second_block}</script></head>
<body><header><a href="/">Reef Courier</a><a href="/subscribe">Subscribe</a></header><main>
<h1>Samoa elects its first woman prime minister</h1>
<p class="standfirst">APIA - Samoa's parliament elected its first woman prime minister on Tuesday...</p>
<div class="paywall"><p>Subscribers only. Start your trial for $1 to read on.</p></div>
</main><footer>Reef Courier</footer></body></html>"""


def _jsonld(kind: str, body: str, headline: str = "Samoa elects its first woman prime minister") -> dict:
    return {"@type": kind, "headline": headline, "datePublished": "2025-05-27T08:00:00+13:00", "publisher": {"@type": "Organization", "name": "Reef Courier"}, "articleBody": body}


@pytest.mark.parametrize(
    ("first_block", "second_block"),
    [
        # a NewsArticle in one block, plain text paragraphs
        ({"@context": "https://schema.org", **_jsonld("NewsArticle", "\n\n".join(STORY))}, {"@type": "Organization", "name": "Reef Courier"}),
        # an @graph array, the story a ReportageNewsArticle whose body is markup
        ({"@context": "https://schema.org", "@graph": [{"@type": "WebPage", "name": "Samoa"}, _jsonld("ReportageNewsArticle", "".join(f"<p>{p}</p>" for p in STORY))]}, {"@type": "BreadcrumbList"}),
        # a BlogPosting in a list, next to a related story's own body in another block
        ([_jsonld("BlogPosting", "\n".join(STORY))], _jsonld("NewsArticle", "Tonga's king opened parliament on Monday. " * 40, headline="Tonga's king opens parliament")),
    ],
)
def test_paywalled_page_reads_the_story_from_jsonld_article_body(first_block, second_block):
    import json

    page = PAYWALL_PAGE.format(first_block=json.dumps(first_block), second_block=json.dumps(second_block))
    (article,) = read(page, "samoa.html")
    assert article.title == "Samoa elects its first woman prime minister"
    assert article.text.split("\n\n") == STORY  # the whole story, paragraph by paragraph
    assert "Subscribers only" not in article.text and "Tonga" not in article.text


def test_page_whose_text_is_whole_keeps_its_own_paragraphs_over_a_jsonld_body():
    import json

    blob = {"@type": "NewsArticle", "headline": "Samoa elects its first woman prime minister", "articleBody": " ".join(STORY) + " Read more at Reef Courier."}
    page = (
        f'<html><head><script type="application/ld+json">{json.dumps(blob)}</script></head><body><article>'
        "<h1>Samoa elects its first woman prime minister</h1>" + "".join(f"<p>{p}</p>" for p in STORY) + "</article></body></html>"
    )
    (article,) = read(page, "samoa.html")
    assert article.text.split("\n\n") == STORY


# --- caption files: cues joined into sentences ------------------------------------------------

VTT = """WEBVTT
Kind: captions
Language: en

NOTE
Title: Pacific leaders react to the Samoa vote
Source: Island Report Video
Published: Wednesday 28 May 2025, 07:15 GMT
Captions checked by the desk.

1
00:00:00.500 --> 00:00:03.200
<v Presenter>Good morning. Samoa has a new

2
00:00:03.300 --> 00:00:06.100
prime minister, and the region was quick to react.

3
00:00:06.200 --> 00:00:09.000 align:start
<v Lupe Tala>In Canberra, Foreign Minister Penny

4
00:00:09.100 --> 00:00:12.400
Wong said yesterday that Australia &amp; Samoa were

5
00:00:12.500 --> 00:00:15.000
<i>"family"</i>, and she would visit Apia soon.

6
00:00:20.000 --> 00:00:23.500
<c.yellow>Now the weather.</c>
"""

SRT = """1
00:00:00,500 --> 00:00:03,200
Good morning. Samoa has a new

2
00:00:03,300 --> 00:00:06,100
prime minister, and the region was quick to react.

3
00:00:06,200 --> 00:00:09,000
{\\an8}In Canberra, Foreign Minister Penny

4
00:00:09,100 --> 00:00:12,400
Wong said yesterday that Australia &amp; Samoa were

5
00:00:12,500 --> 00:00:15,000
<i>"family"</i>, and she would visit Apia soon.

6
00:00:20,000 --> 00:00:23,500
<font color="yellow">Now the weather.</font>
"""
WONG = 'In Canberra, Foreign Minister Penny Wong said yesterday that Australia & Samoa were "family", and she would visit Apia soon.'


@pytest.mark.parametrize("name", ["report.vtt", "report.txt", "report"])
def test_webvtt_cues_are_joined_into_paragraphs_and_its_note_gives_title_source_and_date(name):
    (article,) = read(VTT, name)
    assert (article.title, article.outlet, article.published, article.published_basis) == (
        "Pacific leaders react to the Samoa vote", "Island Report Video", "2025-05-28T07:15", "field",
    )  # fmt: skip
    # A new voice and a pause between cues open paragraphs; numbers, timings and tags are gone.
    assert article.text.split("\n\n") == [
        "Good morning. Samoa has a new prime minister, and the region was quick to react.", WONG, "Now the weather.",
    ]  # fmt: skip


@pytest.mark.parametrize("name", ["report.srt", "report.txt"])
def test_subrip_cues_are_joined_into_sentences_and_the_first_sentence_is_the_title(name):
    (article,) = read(SRT, name)
    assert article.title == "Good morning."
    assert article.text.split("\n\n") == ["Good morning. Samoa has a new prime minister, and the region was quick to react. " + WONG, "Now the weather."]
    assert article.published_basis == "reference"


SRT_TITLE_CARD = """1
00:00:00,800 --> 00:00:04,000
Fiji's new cabinet sworn in as Pacific partners react

2
00:00:04,100 --> 00:00:06,900
{date_cue}

3
00:00:07,000 --> 00:00:10,500
PRESENTER: Good evening. Fiji's new
cabinet took the oath this morning.
"""
SRT_SILENT_CARD = """1
00:00:00,800 --> 00:00:04,000
Floods close the port of Suva

2
00:00:07,000 --> 00:00:10,500
Good evening. Heavy rain closed
the port of Suva today.
"""


@pytest.mark.parametrize(
    "date_cue,published",
    [("Late news, Tuesday 27 May 2025", "2025-05-27"), ("Tuesday 27 May 2025", "2025-05-27"), ("27/05/2025", "2025-05-27")],
)
def test_subrip_opening_cues_give_the_headline_as_title_and_the_date_cue_as_the_date(date_cue, published):
    (article,) = read(SRT_TITLE_CARD.format(date_cue=date_cue), "bulletin.srt")
    assert (article.title, article.published, article.published_basis) == (
        "Fiji's new cabinet sworn in as Pacific partners react", published, "field",
    )  # fmt: skip
    # Neither the headline nor the date line is read as the anchor's words.
    assert article.text == "PRESENTER: Good evening. Fiji's new cabinet took the oath this morning."


def test_subrip_first_cue_followed_by_a_silence_is_a_title_card():
    (article,) = read(SRT_SILENT_CARD, "report.srt")
    assert article.title == "Floods close the port of Suva"
    assert article.text == "Good evening. Heavy rain closed the port of Suva today."


def test_caption_file_without_cues_is_refused():
    from tracker.readers import ReadError

    with pytest.raises(ReadError):
        read("WEBVTT\n\nNOTE nothing here\n", "empty.vtt")


# --- an HTML-only newsletter: hidden preheader and masthead above the headline ----------------

NEWSLETTER = """From: Andes Evening <evening@andes.example>
To: reader@example.org
Subject: Andes Evening | Lima's new cabinet, and the neighbours' verdict
Date: Thu, 12 Jun 2025 18:30:00 -0500
MIME-Version: 1.0
Content-Type: text/html; charset="utf-8"

<html><head><title>Andes Evening</title><style>.x{color:red}</style></head><body>
<span style="display:none;max-height:0">Quito pleased, Santiago cautious. Plus: llamas.</span>
<table><tr><td><a href="https://andes.example/web">View in browser</a></td></tr>
<tr><td>Andes Evening</td></tr>
<tr><td>Thursday 12 June 2025 &middot; Issue 88</td></tr>
<tr><td><h1>Lima's new cabinet, and the neighbours' verdict</h1></td></tr>
<tr><td><p>Peru's new cabinet was sworn in on Wednesday after a week of talks in Congress.</p></td></tr>
<tr><td><p>Ecuador's Foreign Minister Gabriela Sommerfeld said on Thursday that Quito was "pleased" with the choice.</p></td></tr>
</table></body></html>
"""


def test_html_newsletter_headline_is_the_title_and_its_header_lines_no_text():
    (article,) = read(NEWSLETTER, "evening.eml")
    assert (article.title, article.outlet) == ("Lima's new cabinet, and the neighbours' verdict", "Andes Evening")
    assert article.text.split("\n\n") == [
        "Peru's new cabinet was sworn in on Wednesday after a week of talks in Congress.",
        'Ecuador\'s Foreign Minister Gabriela Sommerfeld said on Thursday that Quito was "pleased" with the choice.',
    ]  # fmt: skip
