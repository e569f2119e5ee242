"""Readers: a photo's credit ("Photo: Ivo Kask/Wire", "(Photo by Ivo Kask/AFP)", "REUTERS/Ivo Kask") is no text, in
a line of its own or closing a caption or a paragraph, in any format: left in, it lands in a speaker's words."""

import datetime as dt
import json

import pytest

from tracker.readers import read_document
from tracker.readers.credits import is_photo_credit, without_photo_credit

REF = dt.date(2024, 3, 14)
HEADLINE = "Lagoonia and Port Alvo sign a fisheries accord"
QUOTE = '"This accord protects our reefs," said Lagoonian Foreign Minister Rosa Emberi.'


@pytest.mark.parametrize(
    "line",
    [
        "Photo: Reuters",
        "Photo: Ivo Kask/AFP",
        "Image: AFP/Getty Images",
        "(Photo by Ivo Kask/AFP)",
        "PHOTO: FILE/HARBOUR GAZETTE",
        "Photograph: Ana Lind for the Harbour Times",
        "Picture courtesy of the Lagoon Ministry",
        "Photo credit: Ana Lind",
        "REUTERS/Ivo Kask",
        "Ivo Kask/AFP via Getty Images",
        "Getty Images",
        "Image source, Reuters",
        "Image source: Ivo Kask/EPA",
    ],
)
def test_photo_credit_lines(line):
    assert is_photo_credit(line)


@pytest.mark.parametrize(
    "line",
    [
        "Image: a nation divided over its reefs",  # a headline, not a credit
        "Reuters",  # a news agency alone credits the story, not a photo
        "Ivo Kask/Ana Lind",  # no agency
        "Xinhua / Reuters",  # news agencies credit the story
        "Photo opportunity for the envoys",
        "The 2023/24 budget",
    ],
)
def test_lines_that_are_no_photo_credit(line):
    assert not is_photo_credit(line)


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Envoys sign the accord in Port Alvo on Tuesday. Photo: Reuters", "Envoys sign the accord in Port Alvo on Tuesday."),
        ("Envoys sign the accord (Photo by Ivo Kask/AFP) on Tuesday.", "Envoys sign the accord on Tuesday."),
        (QUOTE[:-1] + " (Photo: Ivo Kask/Harbour Times).", QUOTE),
        ("The harbour at dawn. PHOTO: FILE/LAGOON MIRROR", "The harbour at dawn."),
        ("Envoys sign the accord on Tuesday. REUTERS/Ivo Kask", "Envoys sign the accord on Tuesday."),
        ("The minister (AFP) said so.", "The minister (AFP) said so."),
        ("Photo: Envoys shake hands after the signing on Tuesday.", "Photo: Envoys shake hands after the signing on Tuesday."),
    ],
)
def test_credit_tails_are_cut(line, expected):
    assert without_photo_credit(line) == expected


def test_plain_text_drops_credit_lines_and_tails():
    text = f"{HEADLINE}\n12 March 2024\nPhoto: Ivo Kask/AFP\n\nPORT ALVO - The two governments signed the accord on Tuesday.\n\n{QUOTE[:-1]} (Photo by Ana Lind/Reuters).\n\nImage: AFP/Getty Images\n\nTalks resume in May.\n"
    [article] = read_document(text.encode(), "page.txt", reference_date=REF)
    assert article.text == f"PORT ALVO - The two governments signed the accord on Tuesday.\n\n{QUOTE}\n\nTalks resume in May."
    assert article.published == "2024-03-12"


def test_json_body_drops_credits():
    record = {"title": HEADLINE, "published": "2024-03-12", "body": f"Envoys met in Port Alvo. Photo: Ivo Kask/Wire\n\nREUTERS/Ana Lind\n\n{QUOTE}"}
    [article] = read_document(json.dumps([record]).encode(), "export.json", reference_date=REF)
    assert article.text == f"Envoys met in Port Alvo.\n\n{QUOTE}"


def test_html_page_drops_credits():
    page = (
        f"<html><head><title>{HEADLINE}</title></head><body><article><h1>{HEADLINE}</h1>"
        "<p>PORT ALVO - The two governments signed the accord on Tuesday after two years of talks between their fleets.</p>"
        "<p>Photo: Ivo Kask/AFP via Getty Images</p>"
        f"<p>{QUOTE[:-1]} (Photo by Ana Lind/Reuters).</p>"
        "<p>The accord covers the reefs east of the islands and the waters of the outer lagoon for ten years.</p>"
        "</article></body></html>"
    )
    [article] = read_document(page.encode(), "page.html", reference_date=REF)
    assert "Photo" not in article.text
    assert QUOTE in article.text


def test_a_caption_with_its_credit_no_longer_opens_a_pasted_story():
    # under a byline, a caption closing with a credit read like another story's headline
    text = (
        f"{HEADLINE}\n\nThe accord ends a decade of disputes over the outer lagoon\n\n"
        "By Ana Lind | Tuesday, 12 March 2024\n\nThe harbour of Port Alvo at dawn. PHOTO: FILE/LAGOON MIRROR\n\n"
        f"PORT ALVO - The two governments signed the accord on Tuesday.\n\n{QUOTE}\n"
    )
    [article] = read_document(text.encode(), "page.txt", reference_date=REF)
    assert article.title == HEADLINE
    assert article.text.endswith(QUOTE)
    assert "MIRROR" not in article.text


def test_a_copied_pages_caption_label_and_caption_are_no_text():
    text = f"{HEADLINE}\n12 March 2024\n\nPORT ALVO - The two governments signed the accord on Tuesday.\n\nImage source, Getty Images\n\nImage caption, Envoys shake hands after the signing in Port Alvo\n\n{QUOTE}\n"
    [article] = read_document(text.encode(), "page.txt", reference_date=REF)
    assert article.text == f"PORT ALVO - The two governments signed the accord on Tuesday.\n\n{QUOTE}"
