"""Readers: date lines and relative times written in Spanish, Portuguese, French, German and Italian."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from tracker.readers import read_document
from tracker.readers.dates import normalize_field_date, parse_date_line, parse_date_parts, parse_relative

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


# --- relative times (REFERENCE is Saturday 20 September 2025) -----------------------------------


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("hace 2 horas", "2025-09-20"),
        ("hace una semana", "2025-09-13"),
        ("Publicado hace 3 días", "2025-09-17"),
        ("ayer", "2025-09-19"),
        ("il y a 3 jours", "2025-09-17"),
        ("Mis à jour il y a 2 h", "2025-09-20"),
        ("avant-hier", "2025-09-18"),
        ("vor 5 Stunden", "2025-09-20"),
        ("vor einem Tag", "2025-09-19"),
        ("Aktualisiert vor 2 Tagen", "2025-09-18"),
        ("gestern", "2025-09-19"),
        ("há 2 dias", "2025-09-18"),
        ("ha 2 dias", "2025-09-18"),  # without its accent
        ("4 dias atrás", "2025-09-16"),
        ("ontem", "2025-09-19"),
        ("2 ore fa", "2025-09-20"),
        ("un mese fa", "2025-08-21"),
        ("ieri", "2025-09-19"),
        ("hace 1 año", "2024-09-20"),
    ],
)
def test_relative_times_in_other_languages(line, expected):
    assert parse_relative(line, reference_date=REFERENCE) == expected


@pytest.mark.parametrize("line", ["hace muchos años", "Vor Gericht", "il y a longtemps", "Fa caldo a Roma", "vor dem Treffen"])
def test_words_of_relative_times_in_sentences_are_no_time(line):
    assert parse_relative(line, reference_date=REFERENCE) is None


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Actualizado hace 2 horas | 4 min de lectura", "2025-09-20"),
        ("Publié il y a 3 jours · 5 min de lecture", "2025-09-17"),
        ("vor 2 Tagen · Lesezeit: 3 Min.", "2025-09-18"),
        ("Publicado el 5 de septiembre de 2025 | Actualizado hace 2 horas", "2025-09-05"),
    ],
)
def test_header_lines_with_a_relative_time_in_other_languages(line, expected):
    assert parse_date_parts(line, reference_date=REFERENCE)[0] == expected


def test_plain_text_articles_dated_by_relative_times_in_other_languages():
    dump = (
        "Lisboa saúda a eleição no Chile\n\nhá 2 dias\n\nThe Portuguese foreign ministry welcomed the result.\n\n"
        "Related articles\n\nDiario del Sur\nhace 5 horas\n- Diario del Sur\nMadrid felicita al nuevo presidente\n"
        "Spain's foreign minister congratulated the winner.\n"
    )
    first, second = read_document(dump.encode("utf-8"), "nota.txt", reference_date=REFERENCE)
    assert (first.published, first.published_basis, first.text) == ("2025-09-18", "relative", "The Portuguese foreign ministry welcomed the result.")
    assert (second.title, second.outlet, second.published) == ("Madrid felicita al nuevo presidente", "Diario del Sur", "2025-09-20")
