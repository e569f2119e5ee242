"""Forms of address before a name: a military rank written without stops, as regional dailies and British
style write it ("Gen", "Lt Gen", "Maj Gen", "Col"), and an academic title after an office in an appositive
("Ghana's trade minister, Professor Ana Boateng,"), leave the named person the speaker and the office her title.
A lone letter after such a word ("Gen Z voters") is no name, and an academic's words stay no row. A form of
address of two words opening the sentence ("Tan Sri X, Malaysia's foreign minister, said") leaves X the speaker."""

import pytest

from tests.extract.conftest import extract_text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Bangladesh's army chief, Gen Rafiq Ahsan, said on Thursday that the border would stay calm.",
         ("BGD", "Rafiq Ahsan")),
        ("Sudan's ruling council chairman, Lt Gen Omar Hadid, said on Thursday that Khartoum welcomed the vote.",
         ("SDN", "Omar Hadid")),
        ("Nigerian Defence Minister Maj Gen Ibrahim Danjuma said the result was a victory for the region.",
         ("NGA", "Ibrahim Danjuma")),
        ("Burkina Faso's interim president, Capt Ali Sawadogo, said on Thursday that Ouagadougou was ready to help.",
         ("BFA", "Ali Sawadogo")),
        ("Guinea's transitional leader, Col Mamadi Kourouma, said on Thursday that Conakry welcomed the result.",
         ("GIN", "Mamadi Kourouma")),
    ],
)
def test_a_rank_written_without_stops_keeps_the_named_speaker(text, expected):
    rows = extract_text(text, host="GHA")
    assert [(r.country, r.speaker) for r in rows] == [expected], rows


@pytest.mark.parametrize(
    ("text", "expected", "role"),
    [
        ("Ghana's trade minister, Professor Ana Boateng, said on Thursday that the vote had been credible.",
         ("GHA", "Ana Boateng"), "Trade Minister"),
        ("Kenya's Vice-President, Prof. Joel Wambua, said on Thursday that Nairobi welcomed the result.",
         ("KEN", "Joel Wambua"), "Vice President"),
        ("Benin's foreign minister, Professor Aurelie Hounkpe, congratulated the winner on Thursday.",
         ("BEN", "Aurelie Hounkpe"), "Foreign Minister"),
    ],
)
def test_an_academic_title_after_an_office_is_a_courtesy(text, expected, role):
    rows = extract_text(text, host="SLE")
    assert [(r.country, r.speaker) for r in rows] == [expected], rows
    assert rows[0].role == role, rows


def test_a_military_rank_after_a_named_office_leaves_the_office_as_title():
    rows = extract_text("Nigerian Defence Minister Maj Gen Ibrahim Danjuma said the result was a victory for the region.", host="GHA")
    assert [r.role for r in rows] == ["Defence Minister"], rows


@pytest.mark.parametrize(
    "text",
    [
        "Gen Z voters in Accra said the result showed that young people wanted jobs.",
        "Gen Z said on social media that the count had been slow.",
        "Gen. Z activists said the count had been slow.",
        # an academic in an appositive is no official
        "A political scientist at the University of Ibadan, Professor Ana Boateng, said the vote had been credible.",
        "The university's vice-chancellor, Professor Ana Boateng, said the vote had been credible.",
    ],
)
def test_no_row_for_a_generation_or_an_academic(text):
    assert extract_text(text, host="SLE") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a Malaysian form of address of two words opening the sentence, the office in the appositive
        ("Tan Sri Rahim Osman, Malaysia's foreign minister, said on Thursday that Putrajaya welcomed the calm vote.",
         ("MYS", "Rahim Osman")),
        ("Dato' Sri Nurul Hakim, Malaysia's trade minister, said the vote had been peaceful.", ("MYS", "Nurul Hakim")),
        ("Toh Puan Aishah Latif, Malaysia's tourism minister, said Kuala Lumpur looked forward to more visitors.",
         ("MYS", "Aishah Latif")),
        ("Malaysian Foreign Minister Tan Sri Rahim Osman congratulated the winner on Thursday.", ("MYS", "Rahim Osman")),
    ],
)
def test_a_two_word_form_of_address_opening_the_sentence_keeps_the_speaker(text, expected):
    rows = extract_text(text, host="THA")
    assert [(r.country, r.speaker) for r in rows] == [expected], rows


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a surname that is also the first word of a form of address stays the name's
        ("Tan Wei Ming, Singapore's trade minister, said the vote had been peaceful.", ("SGP", "Tan Wei Ming")),
        ("Sri Lanka's foreign minister Nalin Perera said the vote had been peaceful.", ("LKA", "Nalin Perera")),
    ],
)
def test_a_name_or_place_like_a_form_of_address_is_kept(text, expected):
    rows = extract_text(text, host="THA")
    assert [(r.country, r.speaker) for r in rows] == [expected], rows
