"""Two people each followed by their title, joined by "and", before one verb: both speak ("X, President of A,
and Y, President of B, sent a joint letter")."""

import pytest

from tests.extract.conftest import extract_text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Mr. Jan Novak, Prime Minister of the Czech Republic, and Mr. Peter Horvath, Prime Minister of Slovakia, "
         "issued a joint statement on 3 May condemning the attack.",
         {("CZE", "Jan Novak"), ("SVK", "Peter Horvath")}),
        ("Ms. Lena Vogt, President of the European Parliament, and Mr. Marek Zielinski, President of the European "
         "Commission, sent a joint letter of sympathy to the Prime Minister on 3 May.",
         {("EUU", "Lena Vogt"), ("EUU", "Marek Zielinski")}),
        ("Ana Ruiz, Foreign Minister of Peru, and Tomas Quispe, Foreign Minister of Bolivia, on 3 May jointly "
         "condemned the bombing.",
         {("PER", "Ana Ruiz"), ("BOL", "Tomas Quispe")}),
    ],
)
def test_two_titled_people_joined_by_and_both_speak(text, expected):
    rows = extract_text("A bomb exploded at the central station on 2 May.\n\n" + text, published="2024-05-04", host="AUT")
    assert {(r.country, r.speaker) for r in rows} == expected, rows
    assert {r.date for r in rows} == {"2024-05-03"}, rows

