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
    ],
)
def test_the_giver_of_a_received_call_speaks(text, host, iso3, speaker):
    rows = extract_text(text, host=host)
    assert [r.country for r in rows] == [iso3], rows
    assert speaker in rows[0].speaker, rows
