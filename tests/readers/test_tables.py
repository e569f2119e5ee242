"""Readers: tables of articles kept by hand or exported by monitoring tools (CSV, TSV, .xlsx, .ods).

Notes and titles above the header row, column names in other languages or with units in
brackets, a crawl time beside the local publication date, and summary or pivot sheets.
"""

from __future__ import annotations

import datetime as dt
import io
from pathlib import Path

import pytest

from tracker.cli import main
from tracker.readers import ReadError, read_document

openpyxl = pytest.importorskip("openpyxl")

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "readers"
REFERENCE = dt.date(2025, 7, 1)


def read(data: bytes, name: str):
    return read_document(data, name, reference_date=REFERENCE)


def read_fixture(name: str):
    return read((FIXTURES / name).read_bytes(), name)


def workbook(sheets: dict[str, list[list[object]]]) -> bytes:
    book = openpyxl.Workbook()
    book.remove(book.active)
    for title, rows in sheets.items():
        sheet = book.create_sheet(title)
        for row in rows:
            sheet.append(row)
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def csv_of(rows: list[list[str]]) -> bytes:
    out = io.StringIO()
    import csv

    csv.writer(out).writerows(rows)
    return out.getvalue().encode()


BODY = (
    "Peru's Foreign Minister Lucia Calderon said on Monday that Lima welcomed the agreement and would send a delegation "
    "to the signing.\n\nBolivia's government said the accord was a step towards a shared lithium policy."
)


def test_analyst_tracker_with_notes_above_the_header_gives_each_row_with_its_text():
    first, second = read_fixture("analyst_tracker_de.xlsx")
    assert (first.title, first.outlet, first.published) == (
        "Accra urges Bamako to publish an election timetable", "Volta Courier", "2025-03-10T08:20:00",
    )  # fmt: skip
    assert first.text.startswith("ACCRA - Ghana's Foreign Minister Ama Boateng said on Monday")
    # "Volltext (eingefügt)" is the text; the analyst's comment and the key quote are not.
    assert "Lead story" not in first.text and "Mediation offer" not in second.text
    assert (second.title, second.outlet, second.published) == (
        "Senegal offers to mediate as Mali delays vote again", "Dakar Morning Post", "2025-03-11T17:45:00",
    )  # fmt: skip


def test_analyst_tracker_pivot_and_summary_sheets_give_no_articles():
    articles = read_fixture("analyst_tracker_de.xlsx")
    # The pivot sheet repeats the headlines with counts; the summary lists countries: neither is an article.
    assert [a.position for a in articles] == [0, 1]
    assert len({a.title for a in articles}) == 2


def test_bilingual_press_log_written_by_libreoffice_gives_each_row():
    first, second = read_fixture("press_log_fr_en.ods")
    assert (first.title, first.outlet, first.published) == (
        "Nairobi and Pretoria back the AU's new peace fund", "Continental Herald", "2025-04-02T09:10:00",
    )  # fmt: skip
    assert first.text.startswith("Kenya's Foreign Minister Wanjiru Kamau said on Wednesday")
    assert (second.title, second.outlet) == ("Kinshasa says the fund must reach the eastern provinces", "Le Quotidien du Fleuve")
    assert "Mbala called on donors" in second.text


def test_monitoring_clips_are_dated_by_their_local_publication_date_not_the_harvest_time():
    first, second = read_fixture("monitoring_clips_odd_columns.csv")
    # Harvested 2 June 22:40 UTC, published 3 June 01:15 in Nairobi: the story's day is 3 June.
    assert (first.title, first.published, first.outlet) == (
        "Dar es Salaam welcomes reopened Kampala-Kigali crossing", "2025-06-03T01:15:00", "Rift Valley Ledger",
    )  # fmt: skip
    assert first.text.startswith("NAIROBI - Tanzania's Foreign Minister Neema Mwakyusa")
    assert (second.published, second.outlet) == ("2025-06-13T09:30:00", "Lakeshore Daily")


def test_extract_command_gives_rows_for_an_analyst_tracker(capsys):
    assert main(["extract", str(FIXTURES / "analyst_tracker_de.xlsx")]) == 0
    out = capsys.readouterr().out
    assert '"country": "GHA"' in out and '"country": "SEN"' in out


@pytest.mark.parametrize(
    ("date_column", "title_column", "text_column"),
    [
        ("Fecha de publicación", "Titular", "Cuerpo"),
        ("Data de publicação", "Título", "Conteúdo"),
        ("Date de parution", "Titre", "Texte"),
        ("Veröffentlicht am", "Überschrift", "Inhalt"),
        ("Data pubblicazione", "Titolo", "Testo"),
        ("Datum (lokaal)", "Kop", "Tekst"),
        ("Дата публикации", "Заголовок", "Текст"),
        ("Pub. date (local)", "Headline (EN)", "Full text (pasted)"),
        ("Fecha / Date", "Titular / Headline", "Texto completo / Full text"),
        ("Date | Datum", "Title | Titel", "Story text [copied]"),
        ("Story date", "Clip headline", "Clip text"),
    ],
)
def test_column_names_in_other_languages_or_with_units_are_understood(date_column, title_column, text_column):
    data = csv_of([["Ref.", date_column, title_column, text_column], ["7", "2025-05-19", "Lima welcomes the lithium accord", BODY]])
    (article,) = read(data, "press_log.csv")
    assert (article.title, article.published, article.text) == ("Lima welcomes the lithium accord", "2025-05-19", BODY)


@pytest.mark.parametrize(
    "header",
    [
        ["Published (UTC)", "Published (local)", "Headline"],
        ["Harvested", "Pub. date (La Paz)", "Headline"],
        ["Ingest time", "Date", "Headline"],
        ["Captured (UTC)", "Fecha de publicación", "Headline"],
    ],
)
def test_the_local_publication_date_wins_over_utc_and_crawl_times(header):
    data = csv_of([header, ["2025-05-20 02:10", "2025-05-19 22:10", "La Paz hails the lithium accord"]])
    (article,) = read(data, "clips.csv")
    assert article.published == "2025-05-19T22:10:00"


def test_an_unnamed_column_of_long_text_is_the_text_when_no_column_is_named_so():
    # Polish column names the vocabulary does not hold: the column of long cells is the text.
    rows = [["Nagłówek / Headline", "Treść artykułu", "Autor"], ["Lima welcomes the lithium accord", BODY, "M. Nowak"]]
    (article,) = read(csv_of(rows), "polish_export.csv")
    assert article.text == BODY and article.title == "Lima welcomes the lithium accord"


def test_a_short_unnamed_column_is_not_taken_for_the_text():
    rows = [["Headline", "Notatka"], ["Lima welcomes the lithium accord", "follow up with the desk"]]
    (article,) = read(csv_of(rows), "notes.csv")
    assert (article.title, article.text) == ("Lima welcomes the lithium accord", "")


@pytest.mark.parametrize("kind", ["csv", "xlsx"])
def test_report_lines_and_blank_rows_above_the_header_are_skipped_in_csv_and_workbooks(kind):
    rows = [
        ["Andean desk - lithium accord reactions"],
        ["Kept by R. Mamani; last edit 20 May"],
        [],
        ["Nr", "Fecha / Date", "Titular / Headline", "Texto / Text"],
        ["1", "2025-05-19", "Lima welcomes the lithium accord", BODY],
    ]
    data = csv_of(rows) if kind == "csv" else workbook({"Seguimiento": rows})
    (article,) = read(data, f"tracker.{kind}")
    assert (article.title, article.published, article.text) == ("Lima welcomes the lithium accord", "2025-05-19", BODY)


def test_a_workbook_with_no_article_sheet_says_so():
    data = workbook({"Summary": [["Country", "Position"], ["Peru", "welcomes"]], "Chart": [["Tone", "Count"], ["positive", 3]]})
    with pytest.raises(ReadError) as caught:
        read(data, "summary_only.xlsx")
    assert caught.value.reason.startswith("no sheet is a list of articles")
    assert "'Summary'" in caught.value.reason and "'Chart'" in caught.value.reason


def test_a_workbook_of_headlines_only_is_still_read():
    data = workbook({"Headlines": [["Headline", "Outlet"], ["Lima welcomes the lithium accord", "Andes Monitor"]]})
    (article,) = read(data, "headlines.xlsx")
    assert (article.title, article.outlet) == ("Lima welcomes the lithium accord", "Andes Monitor")


def test_a_semicolon_csv_with_notes_above_its_header_is_split_by_semicolons():
    text = (
        "Veille presse - accord sur le lithium\n"
        "Exporté le 20 mai 2025, 08:00\n"
        "\n"
        "Date;Titre;Média;Texte\n"
        f'2025-05-19;Lima salue l\'accord;Andes Monitor;"{BODY}"\n'
    )
    (article,) = read(text.encode(), "veille.csv")
    assert (article.title, article.published, article.outlet, article.text) == ("Lima salue l'accord", "2025-05-19", "Andes Monitor", BODY)


def test_a_comma_inside_a_semicolon_header_does_not_pick_the_comma_for_delimiter():
    text = f'Datum;"Titel (kurz, ohne Ort)";Text\n2025-05-19;Lima begrüßt das Abkommen;"{BODY}"\n'
    (article,) = read(text.encode(), "export.csv")
    assert (article.title, article.published, article.text) == ("Lima begrüßt das Abkommen", "2025-05-19", BODY)


@pytest.mark.parametrize(
    ("header", "row", "published"),
    [
        (["Data", "Título", "Texto"], ["19/05/2025", "Lima saúda o acordo", BODY], "2025-05-19"),
        (["Titolo", "Data", "Testo"], ["Lima saluta l'accordo", "2025-05-19 10:30", BODY], "2025-05-19T10:30:00"),
        # a capture time is not the story's date: the unnamed column of dates is
        (["Capturado em", "Data", "Título", "Texto"], ["2025-05-21 03:00", "2025-05-19", "Lima saúda o acordo", BODY], "2025-05-19"),
    ],
)
def test_an_unnamed_column_of_dates_dates_the_articles(header, row, published):
    (article,) = read(csv_of([header, row]), "export.csv")
    assert (article.published, article.text) == (published, BODY)


def test_a_column_of_numbers_is_no_date():
    (article,) = read(csv_of([["Titolo", "Copie", "Testo"], ["Lima saluta l'accordo", "41200", BODY]]), "export.csv")
    assert article.published is None
