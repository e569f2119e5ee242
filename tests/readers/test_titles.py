"""Titles: a masthead, publication line, banner or label where a file puts its headline is no title;
the headline under it is what the user sees (and what rows are filed under)."""

from __future__ import annotations

import datetime as dt
import io
import json
import zipfile

import pytest

from tests.readers.word_files import docx
from tracker.readers import read_document
from tracker.readers.titles import best_title, headline_below, title_fault

REFERENCE = dt.date(2024, 5, 20)

HEADLINE = "Andorra and San Marino sign a customs pact; Brussels welcomes the deal"
BODY = (
    "ANDORRA LA VELLA, May 14 (Pyrenees Wire) -- Andorra's head of government Xavier Espot said on Tuesday "
    "that the customs pact with San Marino was \"a modest step with a long reach\".\n\n"
    "Spain's foreign minister said on Wednesday that Madrid supported the agreement."
)


def titles(data: bytes | str, name: str) -> list[str]:
    raw = data.encode() if isinstance(data, str) else data
    return [article.title for article in read_document(raw, name, reference_date=REFERENCE)]


def zipped(members: dict[str, str]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for member, text in members.items():
            archive.writestr(member, text)
    return buffer.getvalue()


# --- plain text: what stands above the headline ----------------------------------------------

TEXT_LAYOUTS = {
    # an outlet's masthead in capitals, the date, then the headline
    "masthead_then_date": f"THE PYRENEES HERALD\nWednesday, 15 May 2024\n\n{HEADLINE}\n\n{BODY}",
    # a masthead in title case right above the headline
    "masthead_title_case": f"Pyrenees Herald\n\n{HEADLINE}\n\n{BODY}",
    # a database print's publication line "Outlet (City)", a section field, the headline, byline, date
    "publication_with_place": f"Pyrenees Wire (Andorra la Vella)\nSection: Europe / Diplomacy\n{HEADLINE}\nBy Marta Coll\n15 May 2024\n\n{BODY}",
    # a publication line with its date
    "publication_with_date": f"Pyrenees Wire, 15 May 2024\n\n{HEADLINE}\n\n{BODY}",
    # a broadcaster's programme banner in capitals
    "programme_banner": f"RADIO CERDANYA\nMIDDAY NEWS HOUR\n15 May 2024\n\n{HEADLINE}\n\n{BODY}",
    # a section label in ordinary case above a dated headline
    "section_label": f"Analysis\n15 May 2024\n{HEADLINE}\n\n{BODY}",
    # a clippings service's counter above each clipping
    "clip_counter": f"Clip 3 of 7\n\n{HEADLINE}\n15 May 2024\n\n{BODY}",
    # a masthead with its tagline
    "masthead_tagline": f"The Pyrenees Herald \u2014 News from the valleys since 1921\n\n{HEADLINE}\n15 May 2024\n\n{BODY}",
    # a print's publication line with town and country, then a Nexis-style date line
    "publication_town_country": f"Pyrenees Herald (Andorra la Vella, Andorra)\nMay 15, 2024 Wednesday\n\n{HEADLINE}\n\n{BODY}",
    # the page's address, as a browser prints it, above the headline
    "page_address": f"https://www.pyreneesherald.example/europe/2024/05/15/customs-pact\n\n{HEADLINE}\n15 May 2024\n\n{BODY}",
    # a clipping tool's note of where the page came from
    "provenance_note": f"Saved from pyreneesherald.example on 16 May 2024\n\n{HEADLINE}\n15 May 2024\n\n{BODY}",
    # the outlet's name on top, which its credit line names too
    "outlet_named_by_credit": f"The Valley Courant\n{HEADLINE}\nBy Marta Coll | The Valley Courant\n15 May 2024\n\n{BODY}",
}


@pytest.mark.parametrize("layout", TEXT_LAYOUTS)
def test_text_title_is_the_headline_under_a_masthead_or_label(layout):
    assert titles(TEXT_LAYOUTS[layout], "clip.txt") == [HEADLINE]


@pytest.mark.parametrize(
    "text, expected",
    [
        # a headline that names an outlet is still the headline
        (f"Pyrenees Herald opens a bureau in Sant Julia\n15 May 2024\n\n{BODY}", "Pyrenees Herald opens a bureau in Sant Julia"),
        # a headline in capitals is a headline, not a banner
        (f"ANDORRA AND SAN MARINO SIGN CUSTOMS PACT AS BRUSSELS LOOKS ON\n15 May 2024\n\n{BODY}", "ANDORRA AND SAN MARINO SIGN CUSTOMS PACT AS BRUSSELS LOOKS ON"),
        # a masthead with no headline under it (the story opens at once) stays the title
        (f"THE PYRENEES HERALD\n15 May 2024\n\n{BODY}", "THE PYRENEES HERALD"),
        # a headline in title case that ends in an outlet's word, a standfirst under it
        (f"Pacific Leaders Snub Kiribati Talks, Press\nForum opens in Suva with climate on the agenda\n\n{BODY}", "Pacific Leaders Snub Kiribati Talks, Press"),
        (f"Andorra Leaders Court Foreign Press\nThe customs pact opens a season of visits\n\n{BODY}", "Andorra Leaders Court Foreign Press"),
        # a short headline in title case
        (f"Andorra Votes Again\n15 May 2024\n\n{BODY}", "Andorra Votes Again"),
    ],
)
def test_text_title_kept_when_it_is_the_headline(text, expected):
    assert titles(text, "page.txt") == [expected]


def test_masthead_names_the_outlet_and_its_date_dates_the_article():
    (article,) = read_document(TEXT_LAYOUTS["publication_with_date"].encode(), "clip.txt", reference_date=REFERENCE)
    assert (article.title, article.outlet, article.published) == (HEADLINE, "Pyrenees Wire", "2024-05-15")
    (article,) = read_document(TEXT_LAYOUTS["masthead_then_date"].encode(), "clip.txt", reference_date=REFERENCE)
    assert (article.outlet, article.published) == ("The Pyrenees Herald", "2024-05-15")
    assert not article.text.startswith(HEADLINE)


def test_database_print_records_each_get_their_headline():
    second = "Liechtenstein joins the customs talks as an observer"
    text = (
        f"Document 1 of 2\n\nPyrenees Wire (Andorra la Vella)\nSection: Europe\n{HEADLINE}\nBy Marta Coll\n"
        f"230 words\n15 May 2024\nPyrenees Wire\nPYRWIR\nEnglish\n\n{BODY}\n\n"
        f"Document PYRWIR0020240515ek5f0002a\n\nDocument 2 of 2\n\nPyrenees Wire (Andorra la Vella)\nSection: Markets\n{second}\n"
        "By Marta Coll\n120 words\n16 May 2024\nPyrenees Wire\nPYRWIR\nEnglish\n\n"
        "VADUZ, May 16 (Pyrenees Wire) -- Liechtenstein's foreign minister said on Thursday that Vaduz would follow the talks.\n\n"
        "Document PYRWIR0020240516ek5g0001b\n"
    )
    assert titles(text, "print.txt") == [HEADLINE, second]


# --- other readers --------------------------------------------------------------------------


def test_zip_member_with_a_masthead_gets_its_headline():
    data = zipped({"01_herald.txt": TEXT_LAYOUTS["masthead_then_date"], "02_wire.txt": TEXT_LAYOUTS["publication_with_place"]})
    assert titles(data, "clippings.zip") == [HEADLINE, HEADLINE]


def test_word_document_opening_with_a_masthead():
    paragraphs = ["THE PYRENEES HERALD", "Wednesday, 15 May 2024", HEADLINE, *BODY.split("\n\n")]
    assert titles(docx(paragraphs), "clipping.docx") == [HEADLINE]


@pytest.mark.parametrize(
    "head, body_heading",
    [
        # og:title is the site's name, the <h1> the headline
        ('<meta property="og:title" content="Pyrenees Herald"><meta property="og:site_name" content="Pyrenees Herald">', f"<h1>{HEADLINE}</h1>"),
        # the <h1> is the logo's masthead, the story's heading an <h2>
        ("<title>PYRENEES HERALD</title>", f"<h1>PYRENEES HERALD</h1><h2>{HEADLINE}</h2>"),
        # every title is the masthead; the story opens with its headline in bold
        ("<title>Pyrenees Herald</title>", f"<p><b>{HEADLINE}</b></p>"),
        # og:title is a section label, JSON-LD holds the headline
        (
            '<meta property="og:title" content="World | Europe"><script type="application/ld+json">'
            + json.dumps({"@type": "NewsArticle", "headline": HEADLINE})
            + "</script>",
            "",
        ),
    ],
)
def test_html_title_that_is_a_masthead_or_label_gives_way_to_the_headline(head, body_heading):
    paragraphs = "".join(f"<p>{p}</p>" for p in BODY.split("\n\n"))
    page = f"<html><head>{head}</head><body><article>{body_heading}{paragraphs}</article></body></html>"
    assert titles(page, "page.html") == [HEADLINE]


@pytest.mark.parametrize(
    "record",
    [
        # the exporter's "title" is the publication line; the text opens with the headline
        {"title": "Pyrenees Wire (Andorra la Vella)", "source": "Pyrenees Wire", "body": f"{HEADLINE}\n\n{BODY}"},
        # a "headline" field beside a "title" that is the outlet's masthead
        {"title": "THE PYRENEES HERALD", "headline_text": HEADLINE, "body": BODY},
        # a placeholder title
        {"title": "Untitled", "body": f"{HEADLINE}\n\n{BODY}"},
        # no title: the text opens with a masthead and a date above the headline
        {"body": f"PYRENEES HERALD\n\n15 May 2024\n\n{HEADLINE}\n\n{BODY}", "published_at": "2024-05-15"},
    ],
)
def test_json_title_that_is_a_masthead_gives_way_to_the_headline(record):
    assert titles(json.dumps([record]), "export.json") == [HEADLINE]


@pytest.mark.parametrize(
    "name, data",
    [
        ("clip.md", f"# PYRENEES HERALD\n\n15 May 2024\n\n## {HEADLINE}\n\n{BODY}\n"),
        ("clip.md", f"---\ntitle: Pyrenees Herald\nsource: Pyrenees Herald\ndate: 2024-05-15\n---\n\n{HEADLINE}\n\n{BODY}\n"),
        ("export.csv", 'title,source,body\n"Pyrenees Wire (Andorra la Vella)",Pyrenees Wire,"' + HEADLINE + "\n\n" + BODY.replace('"', '""') + '"\n'),
        ("page.html", f"<html><head><meta property='og:title' content='15 May 2024'></head><body><h1>{HEADLINE}</h1><p>{BODY}</p></body></html>"),
    ],
)
def test_markdown_csv_and_html_titles_that_are_no_headline(name, data):
    assert titles(data, name) == [HEADLINE]


def test_json_ordinary_title_is_kept():
    record = {"title": HEADLINE, "source": "Pyrenees Herald", "body": BODY}
    assert titles(json.dumps([record]), "export.json") == [HEADLINE]


def test_mail_subject_that_is_the_newsletter_name_gives_way_to_the_headline():
    mail = (
        "From: Pyrenees Herald <news@herald.example>\nTo: desk@example.org\nSubject: PYRENEES HERALD\n"
        "Date: Wed, 15 May 2024 07:00:00 +0200\nContent-Type: text/plain; charset=utf-8\n\n"
        f"{HEADLINE}\n\n{BODY}\n"
    )
    assert titles(mail, "brief.eml") == [HEADLINE]


def test_mail_subject_that_is_a_newsletter_briefing_name():
    mail = (
        "From: Pyrenees Herald <news@herald.example>\nSubject: Fwd: Pyrenees Herald Morning Briefing\n"
        f"Date: Wed, 15 May 2024 07:00:00 +0200\n\n{HEADLINE}\n\n{BODY}\n"
    )
    assert titles(mail, "brief.eml") == [HEADLINE]


def test_caption_title_field_that_is_the_programme_banner_gives_way_to_the_title_card():
    vtt = (
        "WEBVTT\nTitle: MIDDAY NEWS HOUR\nSource: Radio Cerdanya\n\n"
        f"00:00:00.000 --> 00:00:03.000\n{HEADLINE}\n\n"
        "00:00:05.000 --> 00:00:09.000\nAndorra's head of government said on Tuesday that the pact was a modest step.\n"
    )
    assert titles(vtt, "bulletin.vtt") == [HEADLINE]


# --- the judge itself -------------------------------------------------------------------------


@pytest.mark.parametrize(
    "line, outlets, fault",
    [
        ("THE FJORD COURIER", (), "publication"),
        ("Fjord Courier (Tromso)", (), "publication"),
        ("Lagoon Wire, 3 March 2023", (), "publication"),
        ("Kestrel Broadcasting | Monday 6 March 2023", (), "publication"),
        ("Nauru Bulletin", ("Nauru Bulletin",), "outlet"),
        ("the nauru bulletin", ("Nauru Bulletin",), "outlet"),
        ("EVENING REPORT", (), "label"),
        ("World news", (), "label"),
        ("Politics / Diplomacy", (), "label"),
        ("TUVALU-CLIMATE/TALKS (UPDATE 2)", (), "label"),
        ("Section: Pacific", (), "field"),
        ("Item 4 of 12", (), "counter"),
        ("Document TVWIRE0020230306ej3600012", (), "counter"),
        ("Monday, 6 March 2023", (), "date"),
        ("By Sione Tupou and Mele Vake", (), "byline"),
        ("The Fjord Courier \u2014 News from the north since 1921", (), "publication"),
        ("Fjord Courier, Nordic Times merge their newsrooms", (), None),
        ("Untitled", (), "placeholder"),
        ("(no subject)", (), "placeholder"),
        ("https://www.fjordcourier.example/pacific/2023/03/06/sea-walls", (), "address"),
        ("clipping_0306.docx", (), "address"),
        ("Printed from fjordcourier.example on 7 March 2023", (), "address"),
        ("Saved by the tide: Tuvalu's reef survives the storm", (), None),
        ("Tuvalu asks Canberra to fund sea walls as talks open", (), None),
        ("Fjord Courier wins press freedom award", (), None),
        ("ANALYSIS: WHY TUVALU LOOKS TO CANBERRA FIRST", (), None),
        ("Tuvalu, Nauru back Fiji's candidate for Pacific Forum post", (), None),
    ],
)
def test_title_fault(line, outlets, fault):
    assert title_fault(line, outlets=outlets) == fault


def test_headline_below_passes_over_header_lines_but_not_a_paragraph():
    lines = ["THE FJORD COURIER", "", "6 March 2023", "By Sione Tupou", "Tuvalu asks Canberra to fund sea walls as talks open"]
    assert headline_below(lines, 1) == 4
    assert headline_below(["Tuvalu's prime minister said on Monday that the walls could not wait.", "Tuvalu asks Canberra for help"], 0) is None


def test_best_title_keeps_the_order_of_trust():
    assert best_title(["Nauru Bulletin", "Nauru backs Tuvalu on sea walls"], outlets=("Nauru Bulletin",)) == "Nauru backs Tuvalu on sea walls"
    assert best_title(["Nauru backs Tuvalu on sea walls", "Another headline here"]) == "Nauru backs Tuvalu on sea walls"
    assert best_title(["EVENING REPORT", None]) == "EVENING REPORT"


SECOND = "Liechtenstein joins the customs talks as an observer"
SECOND_BODY = "Vaduz said on Thursday that it would follow the talks closely, the foreign minister said."


@pytest.mark.parametrize(
    "text",
    [
        # clippings pasted one after another, each under its outlet's masthead and date
        f"PYRENEES HERALD\n15 May 2024\n\n{HEADLINE}\n\n{BODY}\n\nALPINE COURIER\n16 May 2024\n\n{SECOND}\n\n{SECOND_BODY}\n",
        # each under its publication line with the town
        f"Pyrenees Herald (Andorra la Vella)\n15 May 2024\n\n{HEADLINE}\n\n{BODY}\n\nAlpine Courier (Vaduz)\n16 May 2024\n\n{SECOND}\n\n{SECOND_BODY}\n",
        # each headline with its outlet and date under it
        f"{HEADLINE}\nPyrenees Herald, 15 May 2024\n\n{BODY}\n\n{SECOND}\nAlpine Courier, 16 May 2024\n\n{SECOND_BODY}\n",
    ],
)
def test_pasted_clippings_each_keep_headline_outlet_and_date(text):
    articles = read_document(text.encode(), "clippings.txt", reference_date=REFERENCE)
    assert [(a.title, a.outlet, a.published) for a in articles] == [
        (HEADLINE, "Pyrenees Herald", "2024-05-15"),
        (SECOND, "Alpine Courier", "2024-05-16"),
    ]
