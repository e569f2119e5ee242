"""US lawmakers are placed by their titles, committees and party labels; other legislatures keep theirs."""

import pytest

from tests.extract.conftest import extract_text


@pytest.mark.parametrize(
    ("text", "iso3", "speaker", "role"),
    [
        ("Kenya's vote drew praise abroad. Sen. Ben Cardin, the chairman of the Senate Foreign Relations Committee, "
         "said the vote was \"a milestone\".", "USA", "Ben Cardin", "Senator"),
        ("Rep. Gregory Meeks, the top Democrat on the House Foreign Affairs Committee, said Kenyan voters had "
         "\"spoken clearly\".", "USA", "Gregory Meeks", "Representative"),
        ("House Foreign Affairs Committee Chairman Michael McCaul said in a statement that Kenya was \"a partner\".",
         "USA", "Michael McCaul", "Chairman"),
        ("Senate Foreign Relations Committee Chairman Jim Risch congratulated Ruto on Tuesday.", "USA", "Jim Risch",
         "Chairman"),
        ("Senator Chris Coons, a Delaware Democrat, said Nairobi had shown \"maturity\".", "USA", "Chris Coons",
         "Senator"),
        ("Representative Joaquin Castro, a Texas Democrat, wrote on X that the election was \"historic\".", "USA",
         "Joaquin Castro", "Representative"),
        ("Philippine Sen. Risa Hontiveros said the vote in Kenya was \"a beacon\".", "PHL", "Risa Hontiveros",
         "Senator"),
    ],
)
def test_lawmakers_get_their_legislatures_country(text, iso3, speaker, role):
    rows = extract_text(text, host="KEN")
    assert [(r.country, r.speaker, r.role) for r in rows] == [(iso3, speaker, role)], rows


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # the title comes first, the name follows in commas
        ('The ranking Democrat on the Senate Armed Services Committee, Jack Reed, said in a statement that Nairobi '
         'must "protect its institutions".', "Jack Reed"),
        ('In Washington, the top Republican on the House Intelligence Committee, Mike Turner, said the vote was '
         '"a relief".', "Mike Turner"),
        # a place name opening the sentence does not take the title
        ('On Capitol Hill, the chairman of the House Armed Services Committee, Adam Smith, said Kenya had shown '
         '"real resilience". The Washington Democrat said he hoped for deeper trade ties.', "Adam Smith"),
    ],
)
def test_title_before_the_name_in_commas_places_the_lawmaker(text, speaker):
    rows = extract_text(text, host="KEN")
    assert [(r.country, r.speaker) for r in rows] == [("USA", speaker)], rows


def test_party_label_follow_up_is_the_committee_chair_not_the_minister_before():
    text = (
        'Secretary of State Antony Blinken said the vote was "a credit to Kenyans". '
        "The chairman of the Senate Foreign Relations Committee, Jim Risch, also welcomed the result. "
        "The Idaho Republican said he hoped Nairobi would resist pressure from China."
    )
    rows = {r.speaker: r for r in extract_text(text, host="KEN")}
    assert "china" in rows["Jim Risch"].themes, rows
    assert "china" not in rows["Antony Blinken"].themes, rows


def test_party_lawmaker_of_the_host_stays_domestic():
    rows = extract_text('"We will watch closely," Labour Party Rep. Ana Silva told reporters.', host="BRA")
    assert [(r.country, r.domestic) for r in rows] == [("BRA", True)]
