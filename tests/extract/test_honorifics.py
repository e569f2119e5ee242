"""Courtesy forms in press releases ("His Excellency", "H.E.", "Dato' Seri", "Samdech") are not names or speakers."""

import pytest

from tests.extract.conftest import extract_text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Ministry of Foreign Affairs of Malaysia congratulates His Excellency Srettha Thavisin on his "
         "appointment.", {("MYS", "Malaysian Foreign Ministry")}),
        ("The Government of the Republic of Kenya extends its warmest congratulations to H.E. Bola Ahmed Tinubu.",
         {("KEN", "Kenyan Government")}),
        ("H.E. Mr. Kao Kim Hourn, Secretary-General of ASEAN, extended his congratulations to the new premier.",
         {(None, "Kao Kim Hourn")}),
        ("The Prime Minister of Malaysia, Dato' Seri Anwar Ibrahim, congratulated Srettha in a telephone call.",
         {("MYS", "Anwar Ibrahim")}),
        ("Samdech Hun Manet, Prime Minister of Cambodia, sent a message of congratulations to Srettha.",
         {("KHM", "Hun Manet")}),
        ("His Excellency President Yoweri Museveni said Uganda would \"stand with Kenya\".",
         {("UGA", "Yoweri Museveni")}),
        # "H.H." before an Arab ruler's "Sheikh"; "Mr" without a full stop before a surname, as British papers write it
        ("H.H. Sheikh Mohammed bin Rashid Al Maktoum, Prime Minister of the United Arab Emirates, sent a cable of congratulations.",
         {("ARE", "Mohammed bin Rashid Al Maktoum")}),
        ("Kenya's President William Ruto welcomed the result. Mr Ruto wrote on Monday that Nairobi looked forward to more trade.",
         {("KEN", "William Ruto")}),
    ],
)
def test_courtesy_forms_are_dropped(text, expected):
    assert {(r.country, r.speaker) for r in extract_text(text)} == expected


def test_a_bare_mr_before_a_surname_keeps_the_speakers_words_and_date():
    text = ("Kenya's President William Ruto welcomed the result. Mr Ruto wrote on Monday that Nairobi looked forward to more trade.")
    (row,) = extract_text(text, published="2024-03-15", host="GHA")
    assert row.date == "2024-03-11" and "economy" in row.themes, row


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The President of Belarus A.G. Lukashenko sent a congratulatory telegram to the winner.", ("BLR", "Alexander Lukashenko")),
        ("The President of Russia V.V. Putin sent a congratulatory telegram to the winner.", ("RUS", "Vladimir Putin")),
    ],
)
def test_a_known_leaders_initials_give_his_full_name(text, expected):
    import datetime as dt

    rows = extract_text(text, published="2023-07-11", reference=dt.date(2023, 7, 12), host="UZB")
    assert [(r.country, r.speaker) for r in rows] == [expected], rows
