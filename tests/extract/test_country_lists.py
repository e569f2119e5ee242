"""Lists of three or more countries as one subject: every country listed gives its own row."""

import pytest

from tests.extract.conftest import extract_text, speakers


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Bahrain, Jordan and Egypt welcomed the ceasefire agreement on Tuesday.", {"BHR", "JOR", "EGY"}),
        ("Norway, Sweden, Denmark and Finland said they welcomed the accord.", {"NOR", "SWE", "DNK", "FIN"}),
        # a serial comma before "and"
        ("Kenya, Uganda, and Tanzania issued a joint statement welcoming the vote.", {"KEN", "UGA", "TZA"}),
        # a time phrase between the list and its verb
        ("Japan, South Korea and Australia on Monday congratulated the winner.", {"JPN", "KOR", "AUS"}),
        # the plural body before the list is each country's body
        ("The foreign ministries of Chile, Peru and Colombia condemned the coup.", {"CHL", "PER", "COL"}),
        ("The governments of Ghana, Togo and Benin said they welcomed the result.", {"GHA", "TGO", "BEN"}),
    ],
)
def test_every_country_of_a_listed_subject_reacts(text, expected):
    rows = extract_text(text)
    assert {r.country for r in rows} == expected, speakers(rows)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a country with a comma after it and no list closed by "and" is one country (an appositive follows)
        ("Kenya, the largest economy in the region, welcomed the vote.", {"KEN"}),
        ("In Nairobi, Kenya, the government welcomed the vote.", {"KEN"}),
    ],
)
def test_a_country_and_its_appositive_are_no_list(text, expected):
    assert {r.country for r in extract_text(text)} == expected
