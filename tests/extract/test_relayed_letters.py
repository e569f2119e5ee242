"""A sentence opening on a message ("In the letter, ...", "In his message to the new president, ...") whose author
is named right after it with his own verb tells the author's words: the author is the speaker, the minister or
official who closes the sentence only relays them (as a spokesman relaying a named leader does)."""

from __future__ import annotations

import pytest

from tests.extract.conftest import extract_text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Foreign Minister Ana Ruiz told reporters today that the President had received a letter from President "
            "Alar Karis of Estonia.\n\nIn the letter, President Karis called for \"closer and deeper cooperation\" "
            "between both nations, the Foreign Minister said.",
            ("EST", "Alar Karis"),
        ),
        (
            "In his message, President Emmanuel Macron called for closer cooperation between the two countries, "
            "Foreign Minister Ana Ruiz said.",
            ("FRA", "Emmanuel Macron"),
        ),
        (
            "In a letter to President Boric, Prime Minister Anthony Albanese expressed hope for a new chapter in "
            "relations, the foreign minister told reporters on Tuesday.",
            ("AUS", "Anthony Albanese"),
        ),
        (
            "In the congratulatory message, Chancellor Olaf Scholz urged deeper trade ties, Deputy Foreign Minister "
            "Gloria de la Fuente said.",
            ("DEU", "Olaf Scholz"),
        ),
    ],
)
def test_the_author_of_a_relayed_letter_is_the_speaker(text, expected):
    rows = extract_text(text, host="CHL", published="2024-03-15")
    assert expected in {(r.country, r.speaker) for r in rows}, rows
    # the relaying minister gets no row of her own for the letter's words
    assert not [r for r in rows if r.country == "CHL" and "letter" in r.quote.lower() and "Ruiz" not in r.speaker], rows


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # no message opens the sentence: the minister's own account ("In his speech" is no document he relays)
        ("In his speech, President Emmanuel Macron called for calm, Foreign Minister Ana Ruiz said.", ("CHL", "Ana Ruiz")),
        ("In the capital, thousands called for calm, French Foreign Minister Jean-Noel Barrot said.", ("FRA", "Jean-Noel Barrot")),
        # the letter's addressee after "to" is not its author
        ("In a letter to President Emmanuel Macron, Foreign Minister Ana Ruiz called for closer cooperation, the ministry said.",
         ("CHL", "Ana Ruiz")),
    ],
)
def test_no_relayed_letter_keeps_the_speaker_who_said_it(text, expected):
    rows = extract_text(text, host="CHL", published="2024-03-15")
    assert expected in {(r.country, r.speaker) for r in rows}, rows
    assert ("FRA", "Emmanuel Macron") not in {(r.country, r.speaker) for r in rows}, rows
