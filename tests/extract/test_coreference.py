"""Follow-ups belong to the speaker they refer to: pronouns, roles, surnames, "the statement"."""

import datetime as dt

import pytest

from tests.extract.conftest import extract_text, speakers


def test_pronoun_follow_up_merges_into_one_row():
    text = (
        'German Chancellor Friedrich Merz called the result "a strong signal." '
        '"We will work closely together on security," he added.'
    )
    (row,) = extract_text(text)
    assert row.speaker == "Friedrich Merz" and len(row.spans) == 2 and "security" in row.themes


def test_role_follow_up_belongs_to_the_matching_person():
    text = (
        "U.S. Secretary of State Marco Rubio congratulated the winner. "
        "Japanese Prime Minister Shigeru Ishiba also sent a message. "
        "The secretary stressed that the alliance with Manila was ironclad."
    )
    rows = {r.speaker: r for r in extract_text(text, published="2025-05-20")}
    assert set(rows) == {"Marco Rubio", "Shigeru Ishiba"}
    assert "alliance" in rows["Marco Rubio"].themes and "alliance" not in rows["Shigeru Ishiba"].themes


def test_demonym_role_follow_up_picks_the_right_country():
    text = (
        "Indian Prime Minister Narendra Modi posted his greetings. "
        "Canada's Justin Trudeau sent a message too. "
        '"Let us build more trade between our peoples," the Indian leader wrote.'
    )
    rows = {r.speaker: r for r in extract_text(text, published="2024-07-05")}
    assert "economy" in rows["Narendra Modi"].themes and "economy" not in rows["Justin Trudeau"].themes


def test_surname_only_mention_refers_to_the_full_name_met_earlier():
    text = (
        "Chilean Foreign Minister Alberto van Klaveren welcomed the result. "
        "Van Klaveren said Santiago would deepen trade with the new government."
    )
    rows = extract_text(text)
    assert [(r.country, r.speaker) for r in rows] == [("CHL", "Alberto van Klaveren")]
    assert "economy" in rows[0].themes


def test_the_statement_said_belongs_to_the_last_speaker():
    text = (
        "The Australian foreign ministry welcomed the peaceful vote. "
        '"We look forward to stronger defence ties," the statement said.'
    )
    (row,) = extract_text(text)
    assert row.speaker == "Australian Foreign Ministry" and "security" in row.themes


def test_official_continued_follows_an_unnamed_spokesperson():
    text = (
        '"The vote was neither free nor fair," a State Department spokesperson said. '
        '"Our concerns remain," the official continued.'
    )
    (row,) = extract_text(text)
    assert (row.country, row.speaker, len(row.spans)) == ("USA", "State Department", 2)


def test_spokesperson_speaking_for_a_leader_becomes_via():
    text = (
        "President Gabriel Boric congratulated the winner, presidential spokesperson Aisen Etcheverry said. "
        "Etcheverry said Boric hoped to meet him soon."
    )
    (row,) = extract_text(text, published="2024-06-10")
    assert (row.country, row.speaker, row.via) == ("CHL", "Gabriel Boric", "Aisen Etcheverry")
    assert "summit" in row.themes


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("German Foreign Minister Annalena Baerbock welcomed the vote and called for calm, her spokesman "
         "Sebastian Fischer said. The minister also urged all parties to accept the count.",
         ("DEU", "Annalena Baerbock", "Sebastian Fischer")),
        ("IMF Managing Director Kristalina Georgieva welcomed the new government, her spokeswoman Julie Kozack said.",
         (None, "Kristalina Georgieva", "Julie Kozack")),
    ],
)
def test_his_or_her_spokesperson_speaks_for_the_person_just_named(text, expected):
    rows = extract_text(text, host="KEN")
    assert [(r.country, r.speaker, r.via) for r in rows] == [expected], rows


def test_host_ministry_reporting_calls_gives_each_caller_their_own_words():
    text = (
        "NAIROBI - Foreign Minister Musalia Mudavadi took congratulatory calls from several counterparts on Friday, "
        "the Ministry of Foreign Affairs said.\n\n"
        'According to a ministry statement, Turkish Foreign Minister Hakan Fidan told Mudavadi that Ankara "stands '
        'ready to help".\n\n'
        "Portuguese Foreign Minister Paulo Rangel called on Wednesday afternoon and said Lisbon would host a trade "
        "forum for East Africa, the statement said.\n\n"
        "Elsewhere, the British high commissioner to Kenya, Neil Wigan, called on Ruto at State House on Thursday "
        "and welcomed his election, the high commission said on X."
    )
    rows = {(r.country, r.speaker): r for r in extract_text(text, host="KEN") if not r.domestic}
    assert set(rows) == {("TUR", "Hakan Fidan"), ("PRT", "Paulo Rangel"), ("GBR", "Neil Wigan")}, rows
    assert rows[("PRT", "Paulo Rangel")].date == "2024-03-13"
    assert "economy" in rows[("PRT", "Paulo Rangel")].themes
    assert "economy" not in rows[("TUR", "Hakan Fidan")].themes
    assert rows[("GBR", "Neil Wigan")].date == "2024-03-14"


def test_a_former_title_follow_up_is_the_speaker_who_once_held_it_not_the_current_holder():
    text = (
        '"Kenya is a reliable partner," said Jens Stoltenberg, NATO\'s secretary general, on Monday. The former '
        'Norwegian prime minister added that the Horn of Africa "matters to all of us".\n\n'
        'EU foreign policy chief Josep Borrell said the vote was "a credit to Kenyans". The former Spanish foreign '
        "minister added that Brussels would deepen trade ties."
    )
    rows = extract_text(text, host="KEN")
    assert [(r.country, r.speaker, len(r.spans)) for r in rows] == [
        (None, "Jens Stoltenberg", 2), ("EUU", "Josep Borrell", 2)
    ], rows


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('British Foreign Secretary David Lammy also spoke with Ruto on Friday. London "wants a close partnership '
         'with Nairobi", a Foreign Office spokesperson said after the call.', ("GBR", "David Lammy", "Foreign Office")),
        ("Chinese Foreign Minister Wang Yi congratulated his Kenyan counterpart. The foreign ministry said Beijing "
         "would deepen cooperation under the Belt and Road.", ("CHN", "Wang Yi", "Chinese Foreign Ministry")),
    ],
)
def test_ministry_reporting_its_ministers_act_right_after_merges_into_the_minister(text, expected):
    rows = extract_text(text, host="KEN")
    assert [(r.country, r.speaker, r.via) for r in rows] == [expected], rows
    assert len(rows[0].spans) == 2


def test_a_title_after_a_place_opening_the_sentence_is_that_countrys_office_holder():
    text = (
        'Slovakia\'s prime minister, Robert Fico, said the win was "clear". Australia\'s reaction came from Anthony '
        'Albanese. In Canberra, the prime minister said Australia was ready "to expand trade between our countries".'
    )
    rows = {r.speaker: r for r in extract_text(text, host="TUR")}
    assert set(rows) == {"Robert Fico", "Anthony Albanese"}, rows
    assert rows["Anthony Albanese"].themes == ("economy",)


def test_a_second_subject_after_and_keeps_its_own_verb():
    text = (
        "The king of Jordan, Abdullah II, was among the first to call, and Slovakia's prime minister, Robert Fico, "
        'posted a short message on social media: "A clear victory!"'
    )
    rows = extract_text(text, host="TUR")
    assert [(r.country, r.speaker) for r in rows] == [("SVK", "Robert Fico")], rows


def test_office_readout_merges_into_the_leader():
    text = (
        "Polish Prime Minister Donald Tusk spoke with the winner on Thursday. "
        '"The leaders agreed to meet soon," the Prime Minister\'s Office said.'
    )
    (row,) = extract_text(text)
    assert row.speaker == "Donald Tusk" and "summit" in row.themes


def test_two_people_with_one_shared_surname_stay_apart():
    text = (
        "Saudi Arabia's King Salman sent a cable. Crown Prince Mohammed bin Salman sent a separate cable. "
        "The king wished the president success."
    )
    assert speakers(extract_text(text)) == {("SAU", "King Salman"), ("SAU", "Mohammed bin Salman")}


def test_possessive_country_before_an_appositive_title_places_the_speaker():
    text = (
        "Japan's top government spokesman, Chief Cabinet Secretary Yoshimasa Hayashi, told reporters "
        "that Tokyo would work closely with the new government."
    )
    assert speakers(extract_text(text)) == {("JPN", "Yoshimasa Hayashi")}


def test_a_shared_surname_with_a_different_title_is_someone_else():
    rows = extract_text("Malaysia's King Sultan Ibrahim sent a message of congratulations.")
    assert [(r.country, r.speaker, r.role) for r in rows] == [("MYS", "Sultan Ibrahim", "Sultan")]


def test_government_spokesperson_merges_into_the_leader():
    text = (
        "Chancellor Olaf Scholz phoned the winner on Thursday. According to a government spokesman, "
        "Steffen Hebestreit, the two agreed to meet soon."
    )
    rows = extract_text(text, published="2023-12-15")
    assert [(r.country, r.speaker, r.via) for r in rows] == [("DEU", "Olaf Scholz", "Steffen Hebestreit")]


def test_a_section_heading_places_only_the_paragraph_under_it():
    text = (
        "UKRAINE\n"
        "President Volodymyr Zelensky thanked Warsaw for its support.\n"
        "Opposition leader Jaroslaw Kaczynski called the new cabinet a mistake."
    )
    rows = {r.speaker: r.country for r in extract_text(text, host="POL")}
    assert rows == {"Volodymyr Zelensky": "UKR", "Jaroslaw Kaczynski": "POL"}


def test_honorific_surname_refers_to_the_known_leader():
    rows = extract_text('Mr. Albanese told Sky News he would travel to Jakarta "as soon as practicable."')
    assert [(r.country, r.speaker) for r in rows] == [("AUS", "Anthony Albanese")]


def test_it_after_the_statement_said_is_the_statement():
    text = (
        "Japanese Foreign Minister Yoko Kamikawa said in a statement that Tokyo welcomed the vote. "
        '"We hope for peace in the region," the statement said. '
        "It went on to praise the close economic relations between the two sides."
    )
    (row,) = extract_text(text)
    assert row.speaker == "Yoko Kamikawa" and "economy" in row.themes


def test_the_two_leaders_in_a_readout_belong_to_the_leader_who_called():
    text = (
        "Indian Prime Minister Narendra Modi spoke by phone with the winner on Monday. "
        "The two leaders pledged to expand trade and investment."
    )
    (row,) = extract_text(text, published="2024-06-12")
    assert row.speaker == "Narendra Modi" and "economy" in row.themes


def test_possessive_topic_is_what_he_refers_to_next():
    text = (
        "Prime Minister Shehbaz Sharif sent his greetings. "
        "Dissanayake's rise marks a break with the old parties. "
        "He said he would fight corruption and ease austerity."
    )
    rows = extract_text(text, host="LKA")
    sharif = next(r for r in rows if r.speaker == "Shehbaz Sharif")
    assert len(sharif.spans) == 1


def test_two_people_sharing_a_surname_with_different_first_names_stay_apart():
    text = (
        "Norwegian foreign ministry spokesperson Lukas Olsen told reporters the vote was calm. "
        "Danish foreign ministry spokesperson Daniel Olsen said Copenhagen welcomed the result."
    )
    assert {r.speaker for r in extract_text(text)} == {"Lukas Olsen", "Daniel Olsen"}


@pytest.mark.parametrize(
    ("text", "iso3", "speaker"),
    [
        ("Beijing was cool. Foreign ministry spokesman Lin Jian told reporters on Monday that President Xi Jinping "
         'had no plans to congratulate the winner, saying the island had become "a pawn".', "CHN", "Lin Jian"),
        ("Kremlin spokesman Dmitry Peskov said President Vladimir Putin would not call the winner, calling the "
         "new government hostile.", "RUS", "Dmitry Peskov"),
        ("South Korea's presidential spokesperson Kang Min-ho said President Lee Jae-myung had declined to send a message.",
         "KOR", "Kang Min-ho"),
    ],
)
def test_a_spokesperson_reporting_what_the_leader_will_not_do_speaks_for_himself(text, iso3, speaker):
    rows = extract_text(text, host="FIN")
    assert [(r.country, r.speaker) for r in rows] == [(iso3, speaker)], rows


@pytest.mark.parametrize(
    "text",
    [
        ("Japan's ambassador, Kenji Sato, called on the president-elect on Sunday. The envoy said Tokyo was ready "
         'to "open a new chapter", according to the transition office.'),
        ("Brazil's ambassador in Nairobi, Paulo Mendes, delivered a letter on Monday. The envoy told reporters the "
         'ties were "stronger than ever", according to the embassy.'),
    ],
)
def test_the_envoy_reported_by_an_office_is_the_ambassador_named_before(text):
    rows = extract_text(text, host="KEN")
    assert len(rows) == 1 and rows[0].role == "Ambassador", rows


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the same first name with another surname is another person
        (
            "The White House said Donald Trump had phoned the winner. Donald Tusk wrote to him on Tuesday.",
            {("USA", "Donald Trump"), ("EUU", "Donald Tusk")},
        ),
        (
            "Ghanaian President John Mahama congratulated her. John Steenhuisen, the South African minister, also sent greetings.",
            {("GHA", "John Mahama"), ("ZAF", "John Steenhuisen")},
        ),
    ],
)
def test_a_shared_first_name_with_another_surname_is_two_people(text, expected):
    assert speakers(extract_text(text, published="2018-05-09", reference=dt.date(2018, 5, 10))) == expected


def test_a_leader_years_out_of_office_named_in_background_gives_no_row():
    text = (
        "Spanish Prime Minister Pedro Sanchez congratulated the winner on Monday. "
        "Back in 2012, Nicolas Sarkozy telephoned Madrid to urge a deal."
    )
    assert speakers(extract_text(text, published="2023-05-09", reference=dt.date(2023, 5, 10))) == {("ESP", "Pedro Sanchez")}


def test_a_bodys_observers_and_its_observation_mission_are_one_speaker():
    text = (
        "Observers from the African Union praised the vote on Monday. "
        "The African Union election observation mission said in its preliminary statement that polling was orderly."
    )
    rows = extract_text(text)
    assert len(rows) == 1 and rows[0].country is None and "African Union" in rows[0].speaker


def test_a_principals_own_spokesman_is_not_a_spokesperson_met_before():
    text = (
        "In Washington, State Department spokesperson Tammy Bruce said on Thursday that the United States "
        "congratulated the people of Ecuador. UN Secretary-General Antonio Guterres welcomed the calm vote, "
        'his spokesman said on Thursday. The Secretary-General "salutes the people of Ecuador", the spokesman added.'
    )
    assert speakers(extract_text(text, published="2025-04-18", reference=dt.date(2025, 4, 19))) == {
        ("USA", "Tammy Bruce"), (None, "Antonio Guterres")
    }


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # foreign ministers of earlier years keep their own country in a story about another country
        ("Foreign Minister Marise Payne said Australia would keep supporting the new government.", "2021-06-01", {("AUS", "Marise Payne")}),
        ("Foreign Minister Nanaia Mahuta said the violence had been concerning.", "2022-08-10", {("NZL", "Nanaia Mahuta")}),
    ],
)
def test_foreign_ministers_in_office_are_placed_by_the_list(text, published, expected):
    ref = dt.date.fromisoformat(published) + dt.timedelta(days=1)
    assert speakers(extract_text(text, published=published, reference=ref, host="TLS")) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the places inside the writer's ", which ..." clause about the country do not take its "its"
        ('Chile, which shares a 4,000-km border with Argentina and mediated talks with Peru last year, "rejects '
         'any break of the constitutional order", its foreign ministry said on Monday.', ("CHL", "Chilean Foreign Ministry")),
        ('Norway, whose diplomats hosted talks between Colombia and the rebels, "welcomes the agreement", its '
         "foreign ministry said.", ("NOR", "Norwegian Foreign Ministry")),
        # the country standing as the subject owns "its", not the one it congratulated
        ("Paraguay congratulated Colombia on the peaceful vote, its foreign ministry said.",
         ("PRY", "Paraguayan Foreign Ministry")),
    ],
)
def test_its_after_a_clause_about_the_country_is_that_country_s(text, expected):
    rows = extract_text(text, host="BOL")
    assert speakers(rows) == {expected}, rows


@pytest.mark.parametrize("verb", ["reads", "said", "added"])
def test_it_after_a_statement_issued_is_the_statement_s_speaker(verb):
    text = (
        "Irish President Aoife Brennan issued a brief written statement on Sunday. "
        f'"Ireland stands with the people of Fiji and supports a secure and stable Pacific," it {verb}.'
    )
    rows = extract_text(text, host="FJI")
    assert [(r.speaker, r.date, r.themes) for r in rows] == [("Aoife Brennan", "2024-03-10", ("security",))], rows
