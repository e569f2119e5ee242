"""The one who received a call, cable or message did not give it: the giver named after "from" speaks,
with the giver's own country."""

import pytest

from tests.extract.conftest import extract_text


@pytest.mark.parametrize(
    ("text", "host", "iso3", "speaker"),
    [
        ("Prime Minister Luis Montenegro received a telephone call from Spanish Prime Minister Pedro Sanchez, who "
         "congratulated him on his victory.", "PRT", "ESP", "Pedro Sanchez"),
        ("President William Ruto received a cable from Egyptian President Abdel Fattah al-Sisi, who congratulated him "
         "on his re-election.", "KEN", "EGY", "Sisi"),
        ("President William Ruto received a message from President Yoweri Museveni of Uganda, who wished him success "
         "in his new term.", "KEN", "UGA", "Yoweri Museveni"),
        ("President John Mahama received a phone call from French President Emmanuel Macron, who congratulated him and "
         "said France looked forward to working with Ghana.", "GHA", "FRA", "Emmanuel Macron"),
        ("On Monday, Mahama received a congratulatory call from British Prime Minister Keir Starmer, who praised the "
         "peaceful conduct of the vote.", "GHA", "GBR", "Keir Starmer"),
        ("The president-elect also received a letter from King Abdullah II of Jordan, who hailed the vote as a "
         "milestone for the country.", "GHA", "JOR", "Abdullah"),
        ("On Tuesday Mahama took a call from US Secretary of State Antony Blinken, who said Washington looked forward "
         "to working with him.", "GHA", "USA", "Antony Blinken"),
    ],
)
def test_the_giver_of_a_received_call_speaks(text, host, iso3, speaker):
    rows = extract_text(text, host=host)
    assert [r.country for r in rows] == [iso3], rows
    assert speaker in rows[0].speaker, rows


def test_givers_listed_after_from_each_speak():
    rows = extract_text("Mahama also received congratulatory messages from Nigerian President Bola Tinubu and Ivorian "
                        "President Alassane Ouattara, who both praised the vote.", host="GHA")
    assert {(r.country, r.speaker) for r in rows} == {("NGA", "Bola Tinubu"), ("CIV", "Alassane Ouattara")}, rows


def test_the_receiver_named_before_stays_the_hosts_own_office():
    text = ("President Hichilema received a call from Brazilian President Luiz Inacio Lula da Silva on Monday, who "
            "congratulated him. The President thanked him and said Zambia valued its ties with Brazil.")
    rows = extract_text(text, host="ZMB", published="2023-08-15")
    assert ("BRA", "Luiz Inacio Lula da Silva") in {(r.country, r.speaker) for r in rows}, rows
    assert [r.speaker for r in rows if "thanked" in r.quote and r.country == "ZMB"] == ["Hakainde Hichilema"], rows
