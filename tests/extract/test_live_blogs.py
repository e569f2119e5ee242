"""Live blogs: entries opening with a clock stamp and a dash are read like any other sentence."""

import datetime as dt

import pytest

from tests.extract.conftest import extract_text


@pytest.mark.parametrize(
    ("text", "iso3", "speaker"),
    [
        ("09:40 - Kenya's President William Ruto has congratulated Mahama, saying in a post that Nairobi "
         "hopes to deepen trade ties.", "KEN", "William Ruto"),
        ("Sunday 21:15 - Chile's President Gabriel Boric wrote on X that the result was a victory for "
         "democracy.", "CHL", "Gabriel Boric"),
        ("11.05 am - Nigeria's Foreign Minister Yusuf Tuggar said Abuja welcomed the peaceful vote.", "NGA", "Yusuf Tuggar"),
        ("1405 GMT -- Canada's Prime Minister Mark Carney has sent his congratulations to the winner.", "CAN", "Mark Carney"),
    ],
)
def test_a_stamped_entry_keeps_its_named_speaker(text, iso3, speaker):
    rows = extract_text(text, host="GHA")
    assert [(r.country, r.speaker) for r in rows] == [(iso3, speaker)], rows


def test_a_stamped_entry_without_a_reaction_makes_no_row():
    rows = extract_text("16:10 - Peru's President Dina Boluarte, who faces protests at home, has not commented yet.", host="GHA")
    assert rows == []


@pytest.mark.parametrize(
    ("text", "iso3", "speaker"),
    [
        ("[10:45] Kenyan President William Ruto congratulated the winner.", "KEN", "William Ruto"),
        ("[0915] Chile's President Gabriel Boric sent his congratulations.", "CHL", "Gabriel Boric"),
    ],
)
def test_a_bracketed_clock_stamp_opens_the_entry(text, iso3, speaker):
    rows = extract_text(text, host="GHA")
    assert [(r.country, r.speaker) for r in rows] == [(iso3, speaker)], rows


@pytest.mark.parametrize(
    ("text", "iso3", "speaker"),
    [
        ('Kenya\'s Ruto: "A win for the whole region."', "KEN", "William Ruto"),
        ('Gabriel Boric (Chile): "Democracy has spoken."', "CHL", "Gabriel Boric"),
    ],
)
def test_a_roundup_line_with_speaker_colon_quote_is_the_speakers(text, iso3, speaker):
    rows = extract_text(text, host="GHA")
    assert [(r.country, r.speaker) for r in rows] == [(iso3, speaker)], rows


@pytest.mark.parametrize(
    ("text", "iso3", "speaker", "date"),
    [
        ('KENYA - President William Ruto, in a statement on Thursday: "Our two nations will build the corridor together."',
         "KEN", "William Ruto", "2024-03-14"),
        ('CHILE - Gabriel Boric, on X, in Spanish and English: "A great day for the hemisphere."', "CHL", "Gabriel Boric", None),
        ('Canadian Prime Minister Mark Carney, through his press secretary, on Wednesday: the result "opens a new chapter".',
         "CAN", "Mark Carney", "2024-03-13"),
        ("Nigeria's President Bola Tinubu, via a spokesman: \u201cWe stand ready to help.\u201d", "NGA", "Bola Tinubu", None),
    ],
)
def test_a_world_reacts_line_says_how_the_words_came_before_the_colon(text, iso3, speaker, date):
    rows = extract_text(text, host="GHA")
    assert [(r.country, r.speaker) for r in rows] == [(iso3, speaker)], rows
    if date:
        assert rows[0].date == date


@pytest.mark.parametrize(
    "text",
    [
        'Markets, in a volatile session on Thursday: "a relief rally".',
        'Trade between the two, in figures: "up 12 per cent".',
    ],
)
def test_a_colon_quote_after_a_phrase_without_a_speaker_makes_no_row(text):
    assert extract_text(text, host="GHA") == []


def test_a_label_colon_quote_without_a_speaker_makes_no_row():
    assert extract_text('The verdict of the markets: "a relief rally".', host="GHA") == []


@pytest.mark.parametrize(
    ("older", "newer"),
    [
        ("FRIDAY, MARCH 8", "SATURDAY, MARCH 9"),  # capitals, as American live blogs set them
        ("FRI, 8 MAR", "SAT, 9 MAR"),
        ("Friday 8 March", "Saturday 9 March"),
    ],
)
def test_entries_under_a_day_heading_take_the_headings_date(older, newer):
    text = (
        "KEY POINTS\n- Nairobi and Ottawa were among the first to react\n\n"
        f"{older}\n\n11:05 p.m.\nKenyan President William Ruto has sent his congratulations to the winner.\n\n"
        f"11:40 p.m.\nChile's President Gabriel Boric wrote that he had spoken with the winner.\n\n"
        f"{newer}\n\n8:15 a.m.\nCanada's Prime Minister Mark Carney posted a message of support."
    )
    rows = {r.speaker: (r.date, r.date_basis) for r in extract_text(text, published="2024-03-09", reference=dt.date(2024, 3, 10), host="GHA")}
    assert rows == {
        "William Ruto": ("2024-03-08", "paragraph"),
        "Gabriel Boric": ("2024-03-08", "paragraph"),
        "Mark Carney": ("2024-03-09", "paragraph"),
    }


@pytest.mark.parametrize(
    ("phrase", "date"),
    [("this morning", "2024-03-08"), ("tonight", "2024-03-08"), ("yesterday", "2024-03-07")],
)
def test_a_relative_day_in_an_entry_counts_from_its_day_heading(phrase, date):
    text = (
        f"FRIDAY, MARCH 8\n\n9:10 a.m.\nPeru's President Dina Boluarte said {phrase} that she had called the winner.\n\n"
        "SATURDAY, MARCH 9\n\n10:00 a.m.\nPolls have closed in the north."
    )
    (row,) = extract_text(text, published="2024-03-09", reference=dt.date(2024, 3, 10), host="GHA")
    assert row.date == date, row


_INTERVIEW = (
    "Australia's foreign minister spoke to Coast Weekly on Friday.\n\n"
    "Coast Weekly: Minister, Fiji has a new prime minister. Your reaction?\n\n"
    "Penny Wong: Delight. I congratulated her on Friday morning, and our trade will keep growing.\n\n"
    "Coast Weekly: Moscow says nothing will change. Does that worry you?\n\n"
    "Penny Wong: Not at all. Our border posts are open.\n"
)


def test_an_interview_answer_is_the_interviewees_row():
    rows = extract_text(_INTERVIEW, host="FJI")
    assert [(r.country, r.speaker) for r in rows] == [("AUS", "Penny Wong")], rows
    assert "economy" in rows[0].themes


@pytest.mark.parametrize(
    "text",
    [
        "Coast Weekly: Minister, your reaction?\n\nNAIROBI: The markets rose on Friday.",  # a place, not a person
        "The verdict: Kenya's markets rose on Friday.",
        "Penny Wong, Australia's foreign minister, is in Paris.\n\nAgenda: talks on Friday.",
    ],
)
def test_a_colon_line_without_a_person_opening_it_is_no_turn(text):
    assert extract_text(text, host="TZA") == []


def test_an_answer_on_another_subject_adds_nothing():
    text = (
        "Coast Weekly: Minister, the Pacific forum meets in Tonga next month. What do you expect?\n\n"
        "Penny Wong: This is the first forum summit in person in three years, and we look forward to it.\n\n"
        "Coast Weekly: Fiji has a new prime minister. Your reaction?\n\n"
        "Penny Wong: Delight. We will keep growing our trade.\n"
    )
    rows = extract_text(text, host="FJI")
    assert [(r.country, r.speaker) for r in rows] == [("AUS", "Penny Wong")], rows
    assert "summit" not in rows[0].themes  # the forum answer is not her reaction


def test_the_host_is_the_country_a_leader_led_on_the_articles_date():
    from tracker.extract import infer_host_country
    from tracker.models import Article

    # Kallas led Estonia's government in 2021 and became the EU's foreign-policy chief in 2024
    article = Article(
        title="Leaders greet Kaja Kallas as she takes office", published="2021-01-27", published_basis="field",
        text="Kaja Kallas was sworn in as prime minister on Tuesday. Lithuania's prime minister congratulated Kaja Kallas.",
    )  # fmt: skip
    assert infer_host_country([article]) == "EST"


@pytest.mark.parametrize(
    ("older", "newer"),
    [
        ("[03.09.2024 18:20]", "[04.09.2024 08:05]"),  # a channel digest's day-first stamps
        ("2024-09-03 18:20", "2024-09-04 08:05"),
        ("03.09.2024", "04.09.2024"),
        ("21/09/2024 18:20", "22/09/2024 08:05"),  # slashes whose order the numbers show
        ("[03.09.2024, 18:20]", "04.09.2024 | 08:05"),
        ("2024-09-03T18:20", "2024-09-04T08:05"),
        ("03.09.24 18:20", "04.09.24 08:05"),
    ],
)
def test_entries_under_a_numeric_stamp_take_the_stamps_date(older, newer):
    older_day, newer_day = ("2024-09-21", "2024-09-22") if "/" in older else ("2024-09-03", "2024-09-04")
    text = (
        "Our posts of the last two days, collected in one place.\n\n"
        f"{older}\n\nThe President of Mongolia sent a congratulatory telegram to the winner.\n\n"
        f"{newer}\n\nGeorgian Prime Minister Irakli Kobakhidze congratulated his colleague by telephone.\n\n"
        "Weather: up to +35 in the capital tomorrow."
    )
    rows = {r.country: r.date for r in extract_text(text, published="2024-09-23", reference=dt.date(2024, 9, 24), host="ARM")}
    assert rows == {"MNG": older_day, "GEO": newer_day}, rows


def test_an_ambiguous_slashed_stamp_dates_nothing():
    text = "[05/06/2024 10:00]\n\nGeorgian Prime Minister Irakli Kobakhidze congratulated his colleague by telephone."
    (row,) = extract_text(text, published="2024-06-07", reference=dt.date(2024, 6, 8), host="ARM")
    assert (row.date, row.date_basis) == ("2024-06-07", "published"), row


def test_a_day_word_in_a_later_post_does_not_date_an_earlier_one():
    text = (
        "[03.09.2024 10:45]\n\nThe President of Mongolia sent a congratulatory telegram to the winner.\n\n"
        "[04.09.2024 15:00]\n\nUlaanbaatar, by the way, was busy: the Mongolian foreign ministry today commented on the border talks."
    )
    rows = extract_text(text, published="2024-09-04", reference=dt.date(2024, 9, 5), host="ARM")
    assert [(r.country, r.date) for r in rows][:1] == [("MNG", "2024-09-03")], rows
