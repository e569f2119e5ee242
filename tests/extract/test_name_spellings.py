"""A leader's name written with diacritics or macrons ("Kōno Tarō", "López") finds the row listed in
plain letters, so the speaker gets his country and canonical name, not the host's or none."""

import pytest

from tests.extract.conftest import extract_text


@pytest.mark.parametrize(
    ("text", "published", "iso3", "speaker"),
    [
        ("Foreign Minister Kōno Tarō, speaking in Tokyo, said Japan mourned the late Sultan of Oman.",
         "2019-05-10", "JPN", "Taro Kono"),
        ("Prime Minister Abe Shinzō said he was saddened by the passing of the Sultan of Oman.",
         "2019-05-10", "JPN", "Shinzo Abe"),
        ("Andrés Manuel López Obrador said the vote in Bolivia had been \"a fraud against the people\".",
         "2019-11-12", "MEX", "Andres Manuel Lopez Obrador"),
        ("Hakan Fidan told reporters that Türkiye welcomed the result, and Radosław Sikorski also welcomed it.",
         "2024-03-15", "TUR", "Hakan Fidan"),
    ],
)
def test_a_name_with_diacritics_finds_the_leader_listed_without(text, published, iso3, speaker):
    rows = extract_text(text, host="OMN", published=published)
    assert (iso3, speaker) in {(r.country, r.speaker) for r in rows}, rows


@pytest.mark.parametrize(
    ("text", "published", "iso3", "speaker"),
    [
        ("Foreign Minister Kōno said the election had been calm.", "2019-05-10", "JPN", "Taro Kono"),
        ("Mr Lopez Obrador said the vote in Bolivia had been \"a fraud\".", "2019-11-12", "MEX", "Andres Manuel Lopez Obrador"),
    ],
)
def test_a_surname_with_or_without_diacritics_finds_the_same_leader(text, published, iso3, speaker):
    rows = extract_text(text, host="BOL", published=published)
    assert [(r.country, r.speaker) for r in rows] == [(iso3, speaker)], rows
