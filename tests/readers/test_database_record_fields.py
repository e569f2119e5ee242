"""A news database's export (ProQuest, Nexis Uni, EBSCO and the like) prints each record's fields around its text:
"Publication info:", "Full text:", then a block of "Subject:", "Location:", "Publication date:", "Document URL:",
"Copyright:" lines. They are no text of the article (a "Location: Fiji; Tonga" line read as a sentence, a trailing
"Title:" line read as another story) and they give the article's date, outlet, title and link."""

from __future__ import annotations

import datetime as dt

import pytest

from tracker.extract import extract_statements
from tracker.readers import read_document
from tracker.readers.records import database_record

REFERENCE = dt.date(2023, 10, 20)
RULE = "_" * 60

PROQUEST = f"""{RULE}

Highland states hail the river accord

Author: Mbeki, Thandi

Publication info: The Plateau Courier ; Maseru [Maseru]. 12 Oct 2023: A.4.

ProQuest document link

Abstract: Neighbours welcomed the accord on shared water, and Lesotho promised to open its dams to joint inspection.

Full text: Lesotho's foreign minister Lejone Mpotjoane said on Wednesday that the accord was "a fair share for every valley".

Botswana's president Mokgweetsi Masisi welcomed the agreement in a statement and called it a model for the region.

Subject: Water rights; Treaties; Rivers

Location: Lesotho; Botswana; South Africa

Company / organization: Name: Southern African Development Community; NAICS: 928120

Title: Highland states hail the river accord

Author: Mbeki, Thandi

Publication title: The Plateau Courier; Maseru

First page: A.4

Publication year: 2023

Publication date: Oct 12, 2023

Section: Region

Publisher: Plateau Media Group

Place of publication: Maseru

Country of publication: Lesotho

Source type: Newspaper

Language of publication: English

Document type: News

ProQuest document ID: 2876543210

Document URL: https://www.proquest.com/newspapers/highland-states/docview/2876543210/se-2?accountid=4411

Copyright: Copyright Plateau Media Group Oct 12, 2023

Last updated: 2023-10-14

Database: ProQuest Central

{RULE}

Namibia offers engineers for the dam survey

Publication info: Desert Wire ; Windhoek. 13 Oct 2023.

ProQuest document link

Abstract:

Namibia will lend engineers to survey the river's dams, its government said.

Full text:

Namibia's president Hage Geingob said on Thursday that his country would lend engineers to the survey.

Subject: Dams; Engineering

Title: Namibia offers engineers for the dam survey

Publication title: Desert Wire

Publication date: Oct 13, 2023

Document URL: https://www.proquest.com/wire-feeds/namibia-offers/docview/2876549999/se-2

Copyright: Copyright Desert Wire Oct 13, 2023

{RULE}
"""

NEXIS_UNI = """Highland states hail the river accord

The Plateau Courier (Lesotho)

October 12, 2023 Thursday

Main Edition

Copyright 2023 Plateau Media Group All Rights Reserved

Section: REGION; Pg. 4

Length: 388 words

Byline: Thandi Mbeki

Dateline: MASERU

Body

Lesotho's foreign minister Lejone Mpotjoane said on Wednesday that the accord was "a fair share for every valley".

Botswana's president Mokgweetsi Masisi welcomed the agreement in a statement and called it a model for the region.

Classification

Language: ENGLISH

Publication-Type: Newspaper

Subject: WATER RIGHTS (91%); TREATIES (88%)

Geographic: LESOTHO (93%); BOTSWANA (79%); SOUTH AFRICA (71%)

Load-Date: October 13, 2023

End of Document
"""

EBSCO = """Record: 1

Title: Highland states hail the river accord
Authors: Mbeki, Thandi
Source: Plateau Review. 10/12/2023, Vol. 9 Issue 41, p4-5. 2p.
Document Type: Article
Subject Terms: Water rights; Treaties
Geographic Terms: Lesotho; Botswana
Abstract: Neighbours welcomed the accord on shared water, and Lesotho promised to open its dams to joint inspection.
Full Text Word Count: 388
ISSN: 2041-7788
Accession Number: 171234567
Database: Regional Business News

Highland states hail the river accord

Lesotho's foreign minister Lejone Mpotjoane said on Wednesday that the accord was "a fair share for every valley".

Botswana's president Mokgweetsi Masisi welcomed the agreement in a statement and called it a model for the region.

Copyright of Plateau Review is the property of Plateau Media Group and its content may not be copied or emailed to multiple sites without the copyright holder's express written permission.
"""

FACTIVA_TAGGED = """HD\tHighland states hail the river accord
BY\tThandi Mbeki
WC\t388 words
PD\t12 October 2023
SN\tThe Plateau Courier
SC\tPLACOU
LA\tEnglish
CY\tCopyright 2023 Plateau Media Group
LP\t
Lesotho's foreign minister Lejone Mpotjoane said on Wednesday that the accord was "a fair share for every valley".

TD\t
Botswana's president Mokgweetsi Masisi welcomed the agreement in a statement and called it a model for the region.

CO\tsadc : Southern African Development Community
NS\tgdip : International Relations
RE\tlesoth : Lesotho | botswa : Botswana
PUB\tPlateau Media Group
AN\tDocument PLACOU0020231012ejac0000b
"""

FIELD_WORDS = ("Subject", "Location", "Geographic", "Title:", "Document URL", "Publication", "Copyright", "ProQuest", "Abstract", "Database", "Classification", "Record:", "\t", "PLACOU", "sadc")


def _read(dump: str):
    return read_document(dump.encode(), "export.txt", reference_date=REFERENCE)


@pytest.mark.parametrize(
    ("dump", "outlet"),
    [(PROQUEST, "The Plateau Courier"), (NEXIS_UNI, "The Plateau Courier"), (EBSCO, "Plateau Review"), (FACTIVA_TAGGED, "The Plateau Courier")],
)
def test_a_records_fields_give_its_date_and_outlet_and_leave_its_text_clean(dump, outlet):
    article = _read(dump)[0]
    assert (article.title, article.outlet, (article.published or "")[:10]) == ("Highland states hail the river accord", outlet, "2023-10-12"), article
    assert article.text.startswith("Lesotho's foreign minister Lejone Mpotjoane said on Wednesday"), article.text
    assert article.text.endswith("called it a model for the region."), article.text
    assert not any(word in article.text for word in FIELD_WORDS), article.text
    rows = extract_statements(article, reference_date=REFERENCE, host_country="LSO")
    assert sorted((row.country, row.date) for row in rows) == [("BWA", "2023-10-12"), ("LSO", "2023-10-11")], rows


def test_each_record_of_a_proquest_export_is_one_article_with_its_own_fields():
    first, second = _read(PROQUEST)
    assert second.title == "Namibia offers engineers for the dam survey"
    assert (second.outlet, second.published) == ("Desert Wire", "2023-10-13")
    assert second.url == "https://www.proquest.com/wire-feeds/namibia-offers/docview/2876549999/se-2"
    # the abstract under its own label is no text: the statement is read once, from the full text
    assert second.text == "Namibia's president Hage Geingob said on Thursday that his country would lend engineers to the survey."
    assert first.url.startswith("https://www.proquest.com/newspapers/highland-states/")


def test_a_record_with_only_its_abstract_keeps_the_abstract_as_text():
    dump = (
        "Lesotho opens its dams to inspectors\n\n"
        "Publication title: Plateau Review\nPublication date: Oct 12, 2023\nDocument type: News\n"
        "Abstract: Lesotho's foreign minister Lejone Mpotjoane said on Wednesday that inspectors from every "
        "neighbouring state would be welcome at the dams.\n"
        "Database: Regional Business News\n"
    )
    [article] = _read(dump)
    assert (article.outlet, article.published) == ("Plateau Review", "2023-10-12")
    assert article.text.startswith("Lesotho's foreign minister Lejone Mpotjoane said on Wednesday"), article.text


@pytest.mark.parametrize(
    "dump",
    [
        # near misses: a statement's two header fields, a transcript's location line, a reactions list of
        # countries, and a sentence that opens with a field's name: no record, the text as before
        "Ministry statement on the river accord\n\nSubject: River accord\nDate: 12 October 2023\n\n"
        "The Ministry of Foreign Affairs of Lesotho welcomed the accord on Wednesday and thanked its neighbours.\n",
        "Press conference on the river accord\n\nLocation: Maseru\n\nQuestion: Will Lesotho open its dams?\n\n"
        "Minister Lejone Mpotjoane: We will open every dam to the inspectors, and we said so on Wednesday.\n",
        "Reactions to the river accord\n\nBotswana: President Mokgweetsi Masisi welcomed the accord on Wednesday.\n\n"
        "Namibia: The government said it would lend engineers.\n\nSouth Africa: The foreign ministry welcomed the deal.\n",
        # initials opening lines, as a wire's desk codes or a table's country codes do
        "Reactions to the river accord\n\nUS  The State Department welcomed the accord on Wednesday.\n\n"
        "UK  The Foreign Office said it was a fair deal.\n\nEU  The bloc's spokesperson welcomed it.\n",
    ],
)
def test_text_without_a_block_of_record_fields_is_read_as_before(dump):
    assert database_record(dump.split("\n")).lines == dump.split("\n")


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        (["Source: Plateau Review. 10/12/2023, Vol. 9 Issue 41, p4-5.", "Document Type: Article", "ISSN: 2041-7788"], ("Plateau Review", "10/12/2023")),
        (["Publication info: The U.S. Ledger ; Boston, Mass. 12 Oct 2023: A.4.", "Section: World", "Length: 400 words"], ("The U.S. Ledger", "12 Oct 2023")),
        (["Publication title: Desert Wire", "Publication date: Oct 13, 2023", "Load-Date: October 14, 2023"], ("Desert Wire", "Oct 13, 2023")),
    ],
)
def test_record_fields_outlet_and_date(lines, expected):
    record = database_record(lines)
    assert (record.outlet, record.date) == expected
    assert record.lines == []
