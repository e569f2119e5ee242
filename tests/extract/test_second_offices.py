"""An appositive giving a speaker two offices ("X, Emir of Qatar and Commander of the Qatari Armed Forces, said"):
the first office places him, the second is his too and names nobody else."""

from __future__ import annotations

import pytest

from tests.extract.conftest import extract_text


@pytest.mark.parametrize(
    ("sentence", "iso3", "name_word"),
    [
        ("Sheikh Saud Al Thani, Emir of Qatar and Deputy Supreme Commander of the Qatari Armed Forces, hailed the ceasefire.", "QAT", "Saud"),
        ("Sayyid Badr Al Busaidi, Foreign Minister of Oman and Chairman of the Omani Investment Council, hailed the ceasefire.", "OMN", "Badr"),
        ("Ana Ruiz, Foreign Minister of Chile and Chair of the Andean Council, welcomed the ceasefire on Monday.", "CHL", "Ruiz"),
        ("Jonas Berg, Prime Minister of Norway and Head of the Nordic Council, welcomed the ceasefire.", "NOR", "Berg"),
    ],
)
def test_a_speaker_with_two_offices_is_placed_by_the_first(sentence, iso3, name_word):
    rows = extract_text(sentence, host="SDN", published="2024-03-12")
    assert [(r.country, name_word in r.speaker) for r in rows] == [(iso3, True)], rows


def test_a_second_person_after_and_is_no_office():
    rows = extract_text("Sheikh Tamim, Emir of Qatar and King Abdullah of Jordan, welcomed the ceasefire.", host="SDN")
    assert ("QAT", "Tamim bin Hamad Al Thani") in {(r.country, r.speaker) for r in rows}, rows
