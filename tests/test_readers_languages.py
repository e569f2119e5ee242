"""Readers: date lines written in Spanish, Portuguese, French, German and Italian."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from tracker.readers import read_document
from tracker.readers.dates import normalize_field_date, parse_date_line, parse_date_parts

REFERENCE = dt.date(2025, 9, 20)


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("5 de septiembre de 2025", "2025-09-05"),
        ("viernes, 5 de septiembre de 2025", "2025-09-05"),
        ("Miercoles 3 de septiembre de 2025 - 18:40", "2025-09-03T18:40"),  # weekday without its accent
        ("Publicado el 12 sep. 2025", "2025-09-12"),
        ("lunes 1 de septiembre del 2025, a las 9:05", "2025-09-01T09:05"),
        ("Bogotá, 4 de septiembre de 2025", "2025-09-04"),
        ("sexta-feira, 5 de setembro de 2025 às 14h30", "2025-09-05T14:30"),
        ("Publicado em 2 de outubro de 2024", "2024-10-02"),
        ("le 3 novembre 2020", "2020-11-03"),
        ("Publié le mardi 3 novembre 2020 à 9h15", "2020-11-03T09:15"),
        ("1er février 2021", "2021-02-01"),
        ("Montag, 10. August 2020", "2020-08-10"),
        ("Veröffentlicht am 10.08.2020, 14:30 Uhr", "2020-08-10T14:30"),
        ("Wien, 3. März 2024", "2024-03-03"),
        ("lunedì 10 agosto 2020", "2020-08-10"),
        ("Pubblicato il 7 giugno 2022 alle 18:20", "2022-06-07T18:20"),
    ],
)
def test_date_lines_in_other_languages(line, expected):
    assert parse_date_line(line) == expected


@pytest.mark.parametrize(
    "line",
    [
        "El presidente habló el 5 de septiembre de 2025",  # a sentence, not a date line
        "5 de septiembre",  # no year: not a publication date
        "Dimanche soir à Paris",
        "Montag, 32. August 2020",  # no such day
    ],
)
def test_sentences_and_incomplete_dates_are_no_date_line(line):
    assert parse_date_line(line) is None


def test_a_publication_date_wins_over_an_update_on_the_same_line():
    found = parse_date_parts("Mis \u00e0 jour le 4 novembre 2020 | Publi\u00e9 le 3 novembre 2020", reference_date=REFERENCE)
    assert found == ("2020-11-03", "dateline")
    found = parse_date_parts("Aktualisiert am 11. August 2020 \u00b7 Ver\u00f6ffentlicht am 10. August 2020", reference_date=REFERENCE)
    assert found == ("2020-08-10", "dateline")


def test_plain_text_article_dated_in_spanish():
    dump = (
        "Santiago saluda la elecci\u00f3n del nuevo presidente de Costa Rica\n\n"
        "jueves, 4 de septiembre de 2025 | 3 min read\n\n"
        "The Chilean foreign ministry welcomed the result on Thursday.\n"
    )
    (article,) = read_document(dump.encode("utf-8"), "nota.txt", reference_date=REFERENCE)
    assert (article.title, article.published) == ("Santiago saluda la elecci\u00f3n del nuevo presidente de Costa Rica", "2025-09-04")
    assert article.text == "The Chilean foreign ministry welcomed the result on Thursday."


def test_json_export_with_a_french_date_field():
    record = {"titre": "Dakar salue le scrutin", "title": "Dakar welcomes the vote", "date": "mardi 16 septembre 2025", "text": "Senegal welcomed the vote on Tuesday."}
    (article,) = read_document(json.dumps([record]).encode(), "export.json", reference_date=REFERENCE)
    assert article.published == "2025-09-16"
    assert normalize_field_date("16 de septiembre de 2025") == "2025-09-16"
