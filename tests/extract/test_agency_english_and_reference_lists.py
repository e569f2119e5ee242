"""Shapes of state-agency English and of reference lists: a message "published on his account", a country cited
as an example, a country label before an entry that opens with a phrase, a plural office heading a list of
names, a ministry placed by its own words, a region's official, a body's "General Secretariat", US deputy titles
and a foreign ministry's full official name."""

import pytest

from tests.extract.conftest import extract_text


def _rows(text: str, host: str | None = "ECU") -> set[tuple[str | None, str]]:
    return {(r.country, r.speaker) for r in extract_text(text, host=host, published="2024-03-15")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # translated agency English: the message put out on an account or as a note is the speaker's act
        ("The President of the Republic of Chile, Ana Ruiz, published on her account on Monday a message of support: "
         '"Chile stands with the people of Ecuador."', {("CHL", "Ana Ruiz")}),
        ("The Norwegian Prime Minister, Ola Berg, published a short note on Sunday in which he called the vote "
         '"a victory for calm".', {("NOR", "Ola Berg")}),
        # near misses: a participle after a noun, a date line's word, a newspaper's photo
        ('A message published by the palace on Monday said the king was "saddened".', set()),
        ('Official results published on Sunday showed the ruling party "comfortably ahead".', set()),
        ("The Lagoon Herald published a photo of the minister greeting supporters.", set()),
    ],
)
def test_a_message_published_on_an_account_is_the_speakers(text, expected):
    assert _rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('Norway\'s Prime Minister Ola Berg said the two governments would cooperate "against organised crime" in the '
         "region, citing Peru, Bolivia and Colombia.", {("NOR", "Ola Berg")}),
        ('Danish Foreign Minister Mia Lund warned of "a dangerous precedent", citing Guatemala.', {("DNK", "Mia Lund")}),
        # near miss: a body after "quoting" is still the source of the words
        ('"We reject the decision," the agency reported, quoting Bolivia\'s foreign ministry.',
         {("BOL", "Bolivian Foreign Ministry")}),
    ],
)
def test_a_country_cited_as_an_example_is_no_source(text, expected):
    assert _rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("- Uruguay \u2013 At its weekly briefing on 9 March, Foreign Ministry spokesperson Ana Ruiz compared the crisis "
         'with earlier ones and said she hoped for "a calm transition".', {("URY", "Ana Ruiz")}),
        ("Kenya: During a visit to Mombasa on Monday, Foreign Minister Ola Berg warned the parties against "
         '"any return to violence".', {("KEN", "Ola Berg")}),
        # near miss: the label's own government speaking stays the row
        ('- Uruguay \u2013 The government said it hoped for "a calm transition".', {("URY", "Uruguayan Government")}),
    ],
)
def test_a_country_label_then_an_opening_phrase_gives_the_entrys_subject(text, expected):
    assert _rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Foreign ministers Ana Ruiz of Chile, Ola Berg of Norway and Mia Lund of Denmark, who travelled to Quito on "
         'Monday, said in a joint statement that they stood "with the Ecuadorian people".',
         {("CHL", "Ana Ruiz"), ("NOR", "Ola Berg"), ("DNK", "Mia Lund")}),
        ('Prime Ministers Ana Ruiz of Portugal and Ola Berg of Ireland wrote in a joint letter that the vote was "a '
         'turning point".', {("PRT", "Ana Ruiz"), ("IRL", "Ola Berg")}),
        # near misses: the holders as the object of someone else's act; a capitalised plural in a name
        ("The president received foreign ministers Ana Ruiz of Chile and Ola Berg of Norway on Monday.", set()),
        ('The Presidents Club said it had sent "warm wishes".', set()),
    ],
)
def test_a_plural_office_before_a_list_of_names_makes_each_a_speaker(text, expected):
    assert _rows(text) == expected


def test_a_plural_office_gives_the_first_name_its_title():
    (row,) = extract_text('Foreign ministers Ana Ruiz of Chile said the vote was "a turning point".', host="ECU")
    assert (row.country, row.speaker, row.role) == ("CHL", "Ana Ruiz", "Foreign Minister")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an unplaced ministry under the story's dateline, then another country's ministry placed by its own words
        ('"We are deeply worried," the Ministry of Foreign Affairs said in a written statement on Friday. The Chilean '
         'Foreign Ministry described the vote as "a step backwards".', ("CHL", "Chilean Foreign Ministry")),
        ('"We are deeply worried," the Ministry of Foreign Affairs said on Friday. The foreign ministry of Norway '
         'called the vote "a step backwards".', ("NOR", "Norwegian Foreign Ministry")),
    ],
)
def test_a_ministry_placed_by_its_own_words_is_not_the_unplaced_one_before(text, expected):
    assert expected in _rows(text, host=None)


def test_the_ministry_named_again_without_a_place_is_still_the_one_before():
    rows = _rows('Chile\'s Foreign Ministry called the vote "a step backwards". The ministry added that it would '
                 '"follow events closely".')
    assert rows == {("CHL", "Chilean Foreign Ministry")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('Texas Governor Ana Ruiz said the state would "stand with" the flood victims.', {("USA", "Ana Ruiz")}),
        ('Hong Kong\'s chief executive, Ana Ruiz, said she "firmly opposed" the release.', {("CHN", "Ana Ruiz")}),
        ('The Macao Chief Executive Ola Berg wrote that the region "would act to protect consumers".', {("CHN", "Ola Berg")}),
        # near misses: a firm's chief executive, a region's economist; a region's word inside a person's name
        ('Hong Kong Exchanges chief executive Ana Ruiz said markets were "calm".', set()),
        ('Texas economist Ola Berg said the ban was "bad for exporters".', set()),
        ('Rome Mayor Virginia Lund said the city was "in mourning".', {("ITA", "Virginia Lund")}),
    ],
)
def test_a_regions_official_speaks_for_its_country(text, expected):
    assert _rows(text, host="JPN") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('The Arab League General Secretariat voiced "grave concern" over the fighting on Monday.',
         {(None, "Arab League")}),
        ('The General Secretariat of the OAS expressed "deep concern" about the crisis.',
         {(None, "Organization of American States")}),
        # near miss: the body's head, a person
        ('OAS Secretary General Ana Ruiz expressed "deep concern" about the crisis.', {(None, "Ana Ruiz")}),
    ],
)
def test_a_bodys_general_secretariat_is_the_body(text, expected):
    assert _rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('Deputy Secretary of State Ana Ruiz told reporters in Nairobi that aid "could be reviewed".', ("USA", "Ana Ruiz")),
        ("Assistant Secretary of State Ola Berg, who visited Nairobi on Monday, told reporters that US support could "
         "come under review.", ("USA", "Ola Berg")),
        # near miss: another country's holder of the same title, placed by the text
        ('Philippine Assistant Secretary of State Ana Ruiz said Manila was "monitoring closely".', ("PHL", "Ana Ruiz")),
    ],
)
def test_us_deputy_and_assistant_secretaries_of_state_are_american(text, expected):
    assert _rows(text, host="KEN") == {expected}


def test_spains_foreign_ministry_by_its_full_name_is_spains():
    rows = _rows('The Ministry of Foreign Affairs, European Union and Cooperation said on Monday that Madrid "condemns" '
                 "the attempt to dissolve parliament.", host="PER")
    assert rows == {("ESP", "Spanish Foreign Ministry")}
