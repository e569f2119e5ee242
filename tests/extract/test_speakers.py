"""Attribution patterns: who speaks in a sentence, written here about other events."""

import datetime as dt

import pytest

from tests.extract.conftest import extract_text, speakers
from tracker.extract.speakers import find_mentions
from tracker.extract.name_runs import name_runs


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # title + name, demonym in the title
        (
            "Portuguese Prime Minister Luis Montenegro said the result was good news for Europe.",
            {("PRT", "Luis Montenegro")},
        ),
        # possessive country before the title
        ("Kenya's President William Ruto congratulated the winner on Sunday.", {("KEN", "William Ruto")}),
        # a known leader by title and name only
        ("President Cyril Ramaphosa sent a message of support to the new cabinet.", {("ZAF", "Cyril Ramaphosa")}),
        # quote-first with a straight double quote
        ('"This is a victory for our partnership," Canadian Prime Minister Mark Carney said.', {("CAN", "Mark Carney")}),
        # quote-first with single quotes and an inverted verb
        ("'We stand ready to work with the new team,' said Australian Foreign Minister Penny Wong.", {("AUS", "Penny Wong")}),
        # curly quotes, "wrote on X"
        ("\u201cA new chapter begins,\u201d Mexican President Claudia Sheinbaum wrote on X.", {("MEX", "Claudia Sheinbaum")}),
        # "said in a statement"
        ("Indonesian Foreign Minister Sugiono said in a statement that Jakarta welcomed the outcome.", {("IDN", "Sugiono")}),
        # "told reporters"
        ("Speaking in Ankara, Turkish President Recep Tayyip Erdogan told reporters he would call the winner.", {("TUR", "Recep Tayyip Erdogan")}),
        # a capital as speaker
        ("Beijing said it respected the choice of the voters and hoped for stable ties.", {("CHN", "Chinese government")}),
        # an institution with a fixed country
        ("The White House said the president looked forward to an early meeting.", {("USA", "White House")}),
        # a generic institution placed by a demonym
        ("The Japanese foreign ministry said it would keep close contact with the new government.", {("JPN", "Japanese Foreign Ministry")}),
        # an institution placed by a possessive country
        ("China's Taiwan Affairs Office said the result would not change the cross-strait reality.", {("CHN", "Taiwan Affairs Office")}),
        # an embassy in a city
        ("The Iranian embassy in London rejected the criticism as interference.", {("IRN", "Iranian Embassy in London")}),
        # "according to" with an institution reporting what a leader did
        (
            "Kenyan President William Ruto phoned the winner on Monday, according to State House.",
            {("KEN", "William Ruto")},
        ),
        # a place at the start of the sentence gives the country of an official without a nationality
        ("In Canberra, Foreign Minister Penny Wong welcomed the peaceful transfer of power.", {("AUS", "Penny Wong")}),
        # two speakers joined by "and"
        (
            "President Asif Ali Zardari and Prime Minister Shehbaz Sharif sent separate messages on Friday.",
            {("PAK", "Asif Ali Zardari"), ("PAK", "Shehbaz Sharif")},
        ),
        # an international organisation has no country
        ("UN Secretary-General Antonio Guterres said he hoped the transition would stay peaceful.", {(None, "Antonio Guterres")}),
        # the EU is a reacting body with its own code
        ("The European Union welcomed the orderly vote and urged restraint.", {("EUU", "European Union")}),
        # Taiwan is TWN
        ("Taiwan's President Lai Ching-te extended warm congratulations on X.", {("TWN", "Lai Ching-te")}),
    ],
)
def test_attribution_finds_the_speaker(text, expected):
    assert speakers(extract_text(text)) == expected


@pytest.mark.parametrize(
    "text",
    [
        # private people are not diplomatic speakers
        '"The currency will strengthen," said Anna Kowalski, an economist at a Warsaw bank.',
        "JPMorgan analyst Ravi Menon wrote in a note that bonds could fall.",
        '"It is too early to tell," an industry source said.',
        # a lone mention of an official without words or a reaction
        "The new government will include former finance minister Elena Duarte.",
        "Relations between Ottawa and Washington have been strained for months.",
        # news agencies report, they do not react
        "The figures were published by Xinhua and Reuters on Tuesday.",
    ],
)
def test_no_speaker_for_non_officials_and_bare_mentions(text):
    assert extract_text(text) == []


def test_host_country_lawmaker_with_party_title_is_domestic():
    rows = extract_text(
        '"The budget ignores farmers," Liberal Democratic Party Rep. Kenji Mori told a radio station.', host="JPN"
    )
    assert [(r.country, r.speaker, r.role, r.domestic) for r in rows] == [("JPN", "Kenji Mori", "Representative", True)]


def test_senator_placed_by_preceding_congress_mention():
    text = "Messages also came in from US Congress members. Sen. Laura Bennet on Tuesday praised the outcome."
    assert speakers(extract_text(text, host="PHL")) == {("USA", "Laura Bennet")}


def test_mentions_inside_quotes_are_not_speakers():
    masked = "The envoy said ################# yesterday."
    assert [m.kind for m in find_mentions(masked)] == ["title"]


@pytest.mark.parametrize(
    ("sentence", "name", "role"),
    [
        ("Japanese Prime Minister Shigeru Ishiba spoke.", "Shigeru Ishiba", "Prime Minister"),
        ("Sen. Bill Cassidy spoke.", "Bill Cassidy", "Senator"),
        ("People Power Party Rep. Kim Hana spoke.", "Kim Hana", "Representative"),
        ("Crown Prince Mohammed bin Salman spoke.", "Mohammed bin Salman", "Crown Prince"),
        ("European Commission President Ursula von der Leyen spoke.", "Ursula von der Leyen", "President"),
        ("Iraqi Prime Minister Mohammed Shia al-Sudani spoke.", "Mohammed Shia al-Sudani", "Prime Minister"),
        # Portuguese and Spanish double surnames joined by "e" / "y"
        ("Foreign Minister Rui Figueiredo Soares e Silva spoke.", "Rui Figueiredo Soares e Silva", "Foreign Minister"),
        ("Then President Carlos Alvarado y Quesada spoke.", "Carlos Alvarado y Quesada", "President"),
        # Filipino and Spanish surnames opening with "dela" / "del"
        ("Sen. Bato dela Cruz spoke.", "Bato dela Cruz", "Senator"),
        ("Foreign Minister Ramon del Valle spoke.", "Ramon del Valle", "Foreign Minister"),
    ],
)
def test_find_mentions_splits_title_and_name(sentence, name, role):
    person = next(m for m in find_mentions(sentence) if m.kind == "person")
    assert (person.name, person.role) == (name, role)


@pytest.mark.parametrize(
    "text",
    [
        "North Korean leader Kim Jong Un has not commented on the result.",
        "Philippine President Ferdinand Marcos Jr. declined to comment on the vote.",
        "Italian Prime Minister Giorgia Meloni was congratulated by her coalition partners.",
        "Prime Minister Mark Carney is expected to call the winner next week.",
        # the object denies the act
        "Argentine President Javier Milei, who campaigned against the winner's party, said nothing about the result.",
        "Hungarian Prime Minister Viktor Orban posted nothing on social media by Tuesday evening.",
        "Brazil's Foreign Ministry issued no statement on the vote.",
    ],
)
def test_negated_and_passive_verbs_are_not_reactions(text):
    assert extract_text(text) == []


def test_ambassador_to_a_city_with_the_name_in_commas():
    text = 'Russia\'s ambassador to Seoul, Georgy Zinoviev, said Moscow was open to "pragmatic dialogue."'
    rows = extract_text(text)
    assert [(r.country, r.speaker, r.role) for r in rows] == [("RUS", "Georgy Zinoviev", "Ambassador")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A spokesperson for the German government said Berlin would work closely with Jakarta.", {("DEU", "German Government")}),
        ("The Embassy of Japan in Jakarta said Tokyo looked forward to an early visit.", {("JPN", "Japanese Embassy in Jakarta")}),
        # a spokesperson with no nationality, placed by the capital she speaks for
        ("The ministry's spokesperson, Maria Ortega, said Madrid hoped for closer ties.", {("ESP", "Maria Ortega")}),
    ],
)
def test_institutions_and_spokespeople_placed_by_their_own_words(text, expected):
    assert speakers(extract_text(text, host="IDN")) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Pakistan's Foreign Office shares the British one's name: the paragraph places it
        ('Islamabad was quick to respond. "We wish the new government every success," Foreign Office spokesperson '
         "Shafqat Ali Khan said at a weekly briefing.", {("PAK", "Shafqat Ali Khan")}),
        ("Pakistan welcomed the result. The Foreign Office said Islamabad looked forward to closer trade ties.",
         {("PAK", "Pakistani Foreign Office")}),
        # placed nowhere else, the Foreign Office is the British one, not the host's
        ('Foreign Office minister Anneliese Dodds said the vote was "a milestone".', {("GBR", "Anneliese Dodds")}),
        ("The Foreign Office said it would send observers to the count.", {("GBR", "Foreign Office")}),
        ("Germany's Federal Foreign Office said it hoped for a swift coalition.", {("DEU", "German Foreign Office")}),
    ],
)
def test_an_institution_name_shared_by_governments_is_placed_by_the_text(text, expected):
    assert speakers(extract_text(text, host="IDN")) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Taiwan Affairs Office spokesperson Zhu Fenglian said the result would not change \"the basic fact\".",
         {("CHN", "Zhu Fenglian")}),
        ("The Taiwan Affairs Office warned on Monday that the island's leaders should not \"provoke\".",
         {("CHN", "Taiwan Affairs Office")}),
    ],
)
def test_a_place_inside_a_fixed_owners_name_does_not_change_the_owner(text, expected):
    assert speakers(extract_text(text, host="IDN")) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a place word inside an organisation's name does not place "the mission" that follows
        ("The Organization of American States' electoral observation mission said voting had been calm. "
         '"The process was credible," the mission said.', {(None, "Organization of American States")}),
        # a ministry of a sentence opened by a place reports its president's call
        ("In Central America, Honduras's foreign ministry said in a statement on Monday that President Xiomara "
         "Castro had called the winner to congratulate her.", {("HND", "Xiomara Castro")}),
    ],
)
def test_places_inside_names_and_ministries_reporting_a_leader(text, expected):
    assert speakers(extract_text(text, host="IDN")) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("South Africa's Department of International Relations and Cooperation said Pretoria looked forward to "
         '"deepening trade ties".', {("ZAF", "Department of International Relations and Cooperation")}),
        ("Kenya's Ministry of Foreign and Diaspora Affairs said Nairobi welcomed the vote.",
         {("KEN", "Ministry of Foreign and Diaspora Affairs")}),
    ],
)
def test_a_ministry_or_department_named_in_full_keeps_its_name(text, expected):
    assert speakers(extract_text(text, host="IDN")) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a ministry's readout of its own minister's call is the minister's statement
        (
            "Chinese Foreign Minister Wang Yi told his counterpart in a phone call that Beijing valued the partnership, "
            "the Chinese foreign ministry said in a readout.",
            {("CHN", "Wang Yi")},
        ),
        # "the foreign ministry in <capital>" is that country's ministry, not the one met before
        (
            "The Chinese foreign ministry welcomed the vote. The foreign ministry in Buenos Aires said Argentina hoped to rebuild trust.",
            {("CHN", "Chinese Foreign Ministry"), ("ARG", "Argentine Foreign Ministry")},
        ),
        # a title after "to" is the addressee, not an appositive of the next name
        ("In a letter to the president-elect, Pope Francis wished him success.", {("VAT", "Pope Francis")}),
    ],
)
def test_readouts_capitals_and_addressees(text, expected):
    assert speakers(extract_text(text, published="2022-10-31", host="BRA")) == expected


def test_official_of_an_international_organisation_has_no_country():
    text = (
        "The African Union Commission chairperson, Moussa Faki Mahamat, urged all parties to respect the results."
    )
    rows = extract_text(text, host="KEN")
    assert [(r.country, r.organization, r.speaker) for r in rows] == [(None, "African Union", "Moussa Faki Mahamat")]


@pytest.mark.parametrize("city", ["NAIROBI", "Berlin"])
@pytest.mark.parametrize("dash", ["-", "\u2013", "\u2014", "--"])
@pytest.mark.parametrize("day", ["Aug 10", "10 Aug", "10 August", "10 Aug 2022"])
def test_dateline_city_is_not_a_speaker(city, dash, day):
    # the dateline ends in a hyphen, an en dash, an em dash or two hyphens; its day is written
    # month first or, as Lusophone and European agencies write it, day first
    text = f"{city}, {day} (Agency) {dash} Neighbours were quick to react after the count ended."
    assert extract_text(text, published="2022-08-10") == []


@pytest.mark.parametrize("day", ["Mar 4", "4 Mar", "4 March"])
def test_speaker_right_after_a_dateline_keeps_the_row(day):
    # the dateline's city is no speaker, so the official opening the story keeps his words and his own day
    text = (
        f"Lusaka, {day} (Wire) - The Secretary-General of the Commonwealth, Patricia Scotland, welcomed "
        "this Sunday (3) the peaceful count and urged \"all sides to respect the courts\"."
    )
    rows = extract_text(text, published="2024-03-04", reference=dt.date(2024, 3, 5), host="ZMB")
    assert [(r.speaker, r.date) for r in rows] == [("Patricia Scotland", "2024-03-03")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a place name opening a name is a first name
        ('"We oppose any interference," foreign ministry spokesperson Sofia Banerjee told reporters.', "Sofia Banerjee"),
        ("Jordan Bardella, the National Rally leader, said he was pleased.", "Jordan Bardella"),
        # the appositive title sits between the name and the verb
        ("'We stand ready to work together,' Faisal bin Farhan, the Saudi foreign minister, wrote on X.", "Faisal bin Farhan"),
    ],
)
def test_names_next_to_place_words_and_appositives(text, expected):
    assert [r.speaker for r in extract_text(text, host="FRA")] == [expected]


@pytest.mark.parametrize(
    ("text", "runs"),
    [
        # descriptor words, a particle inside a name, a multi-word country and its possessive
        (
            "The foreign minister, Faisal bin Farhan, met Trinidad and Tobago's envoy in Riyadh.",
            ["foreign minister", "Faisal bin Farhan", "Trinidad and Tobago's envoy", "Riyadh"],
        ),
        # a leading "But" is dropped, abbreviations keep their stop, a full stop ends a run,
        # and a trailing "of the" is not part of the name
        (
            "But Ursula von der Leyen said the U.S. Sen. Ben Cardin. Kim of the party",
            ["Ursula von der Leyen", "U.S. Sen. Ben Cardin", "Kim"],
        ),
    ],
)
def test_name_runs_are_the_words_that_may_name_a_speaker(text, runs):
    assert [" ".join(t.text for t in run) for run in name_runs(text)] == runs


@pytest.mark.parametrize(
    "text",
    [
        "The Delegation of the European Union in Lusaka said in a statement that the EU would keep supporting "
        "\"democratic governance and trade\".",
        "The EU Delegation to Guatemala welcomed the peaceful conduct of the vote.",
        "In a post on X, the European Union Delegation in Dhaka called for calm after the result.",
    ],
)
def test_eu_delegation_in_a_capital_is_an_eu_institution(text):
    rows = extract_text(text, host="ZMB")
    assert [(r.country, r.speaker) for r in rows] == [("EUU", rows[0].speaker)] and "Delegation" in rows[0].speaker, rows


@pytest.mark.parametrize(
    "text",
    [
        "Chilean President Gabriel Boric congratulated the winner.\n\nThe Central Electoral Commission said turnout had "
        "reached 61 percent.",
        "Spain, the largest investor, said through its embassy that it welcomed the result.\n\nElection commission "
        "spokesperson Ana Duarte said the count would be audited.",
    ],
)
def test_an_election_body_with_no_country_named_is_the_hosts(text):
    rows = extract_text(text, host="PRY")
    foreign = [r for r in rows if not r.domestic]
    assert len(foreign) == 1 and foreign[0].country in ("CHL", "ESP") and "Duarte" not in foreign[0].speaker, rows
    assert [r.country for r in rows if r.domestic] == ["PRY"], rows


def test_a_foreign_election_body_named_with_its_country_keeps_it():
    rows = extract_text("Ghana's Electoral Commission said the vote in Togo had been peaceful.", host="TGO")
    assert [(r.country, r.domestic) for r in rows] == [("GHA", False)], rows


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("France, the largest donor, said through its embassy in Dakar that it looked forward to \"a renewed "
         "partnership\".", "French Embassy in Dakar"),
        ("Japan said via its foreign ministry that it hoped for \"stable and predictable ties\".", "Japanese Foreign Ministry"),
    ],
)
def test_a_country_speaking_through_its_embassy_or_ministry_is_that_institution(text, speaker):
    rows = extract_text(text, host="SEN")
    assert [r.speaker for r in rows] == [speaker], rows


def test_a_double_surname_with_e_keeps_the_country_named_after_it():
    rows = extract_text('"Our peoples are bound by language," Prime Minister Arlindo Gomes e Costa of Cabo Verde wrote.', host="PRT")
    assert [(r.country, r.speaker) for r in rows] == [("CPV", "Arlindo Gomes e Costa")], rows


@pytest.mark.parametrize(
    ("text", "iso3", "speaker"),
    [
        ("Pakistan's caretaker Prime Minister Anwar Kakar said on X that his country looked forward to working "
         "with the new government.", "PAK", "Anwar Kakar"),
        ("Chad's transitional Prime Minister Allamaye Halina sent his congratulations.", "TCD", "Allamaye Halina"),
    ],
)
def test_a_caretaker_or_transitional_leader_is_still_placed_by_the_possessive(text, iso3, speaker):
    rows = extract_text(text, host="GHA")
    assert [(r.country, r.speaker) for r in rows] == [(iso3, speaker)], rows


@pytest.mark.parametrize(
    ("text", "iso3", "speaker"),
    [
        # a long appositive holding two offices still gives the person a role
        ("Bounnhang Vorachit, General Secretary of the Lao People's Revolutionary Party Central Committee and "
         "President of Laos, said in his message that the two parties would stay close.", "LAO", "Bounnhang Vorachit"),
        ("Nguyen Van Thanh, Permanent Member of the Secretariat of the Communist Party of Vietnam Central "
         "Committee and Vietnamese Vice President, wrote that ties would deepen.", "VNM", "Nguyen Van Thanh"),
    ],
)
def test_a_long_appositive_with_two_offices_names_the_speaker(text, iso3, speaker):
    rows = extract_text(text, host="KHM")
    assert [(r.country, r.speaker) for r in rows] == [(iso3, speaker)], rows


@pytest.mark.parametrize(
    ("text", "iso3"),
    [
        # a presidency or State House speaks like a presidential office
        ('"We congratulate the people of Ghana," the Senegalese presidency said in a statement.', "SEN"),
        ("Uganda's State House said in a statement that the two leaders would work together.", "UGA"),
        # "celebrated the result" is a reaction
        ("Paraguay's President Santiago Pena celebrated the result on social media.", "PRY"),
    ],
)
def test_presidencies_and_celebrations_make_rows(text, iso3):
    rows = extract_text(text, host="GHA")
    assert [r.country for r in rows] == [iso3], rows


def test_crowds_celebrating_make_no_row():
    assert extract_text("Thousands of supporters celebrated in the streets of Accra.", host="GHA") == []


def test_the_fcdo_is_the_british_foreign_office():
    rows = extract_text("The FCDO said in a statement that London respected the result.", host="GHA")
    assert [(r.country, r.speaker) for r in rows] == [("GBR", "Foreign Office")], rows


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a formal "Title of Country Name": the country ends the title, it does not open the name
        ("President of Ghana John Mahama telephoned the winner on Friday evening.", {("GHA", "John Mahama")}),
        ("Prime Minister of the Netherlands Dick Schoof congratulated her in a letter.", {("NLD", "Dick Schoof")}),
        (
            "President of the Republic of Kazakhstan Kassym-Jomart Tokayev sent a message of congratulations.",
            {("KAZ", "Kassym-Jomart Tokayev")},
        ),
        (
            "President of Chile Gabriel Boric and Minister of Foreign Affairs of Peru Elmer Schialer sent greetings.",
            {("CHL", "Gabriel Boric"), ("PER", "Elmer Schialer")},
        ),
    ],
)
def test_a_formal_title_of_a_country_places_the_name_after_it(text, expected):
    assert speakers(extract_text(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the passive names every giver after "from", a list of three
        (
            "Congratulations were also received from President of Ghana John Mahama, Prime Minister of Norway "
            "Jonas Gahr Store and Chancellor of Austria Christian Stocker.",
            {("GHA", "John Mahama"), ("NOR", "Jonas Gahr Store"), ("AUT", "Christian Stocker")},
        ),
        (
            "Messages of support came from Kenyan President William Ruto, Ghana's John Mahama and the Nigerian foreign ministry.",
            {("KEN", "William Ruto"), ("GHA", "John Mahama"), ("NGA", "Nigerian Foreign Ministry")},
        ),
    ],
)
def test_every_giver_listed_after_from_is_a_speaker(text, expected):
    assert speakers(extract_text(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a leader's press service or press office speaks for the leader, as "X's office" does
        (
            "Kassym-Jomart Tokayev's press service said on Tuesday that the Kazakh leader had sent a telegram.",
            {("KAZ", "Kassym-Jomart Tokayev")},
        ),
        ("Kenyan President William Ruto's press office said he had phoned the winner.", {("KEN", "William Ruto")}),
    ],
)
def test_a_leaders_press_service_makes_the_leader_the_speaker(text, expected):
    assert speakers(extract_text(text)) == expected


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # leaders of earlier years, placed by the article's date
        ("Jean-Claude Juncker wrote to the new president on Tuesday.", "2018-05-09", {("EUU", "Jean-Claude Juncker")}),
        ("Donald Tusk sent his congratulations on Tuesday.", "2017-05-09", {("EUU", "Donald Tusk")}),
        ("Donald Tusk sent his congratulations on Tuesday.", "2012-05-09", {("POL", "Donald Tusk")}),
        ("Theresa May congratulated the winner.", "2018-05-09", {("GBR", "Theresa May")}),
        ("Federica Mogherini welcomed the peaceful vote.", "2016-05-09", {("EUU", "Federica Mogherini")}),
    ],
)
def test_leaders_of_earlier_terms_are_placed_by_the_date(text, published, expected):
    ref = dt.date.fromisoformat(published) + dt.timedelta(days=1)
    assert speakers(extract_text(text, published=published, reference=ref)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an international body's observation mission speaks as written, with no country
        (
            "The ECOWAS-led election observation mission said on Sunday that polling had been orderly.",
            {(None, "ECOWAS-led election observation mission")},
        ),
        (
            "In a preliminary statement, the Commonwealth Electoral Observation Mission said counting was slow.",
            {(None, "Commonwealth Electoral Observation Mission")},
        ),
        (
            "The OSCE/ODIHR-led observation mission said the campaign had been dominated by the ruling party.",
            {(None, "OSCE/ODIHR-led observation mission")},
        ),
        # the EU's mission stays the EU's
        ("The EU election observation mission said the count had been transparent.", {("EUU", "European Union")}),
        # regional bodies known by their initials
        ("ECCAS said in a communique that the vote had been calm.", {(None, "ECCAS")}),
        ("The Central American Integration System (SICA) congratulated the president-elect.", {(None, "Central American Integration System")}),
    ],
)
def test_observation_missions_and_regional_bodies_speak_without_a_country(text, expected):
    assert speakers(extract_text(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a former official speaks for no one
        ("A former Kenyan ambassador to Uganda, Peter Otieno, told this newspaper that Nairobi had been cautious.", set()),
        ("Peter Otieno, a former Kenyan foreign minister, said Nairobi had been cautious.", set()),
        # a plan told by others is no reaction
        ("Brazilian President Luiz Inacio Lula da Silva is expected to visit Lima next month, officials said.", set()),
        ("Malaysian Prime Minister Anwar Ibrahim is due to travel to Manila in March, his office said.", set()),
        # a region closing a title is not a name
        (
            "Sarah Whitfield, the top British diplomat for the Western Balkans, said London welcomed the vote.",
            {("GBR", "Sarah Whitfield")},
        ),
    ],
)
def test_former_officials_plans_and_regions_in_titles(text, expected):
    assert speakers(extract_text(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "NAME of COUNTRY": a full name, then its country
        ("Gabriel Boric of Chile and Uruguay's president, Yamandu Orsi, sent congratulations.", {("CHL", "Gabriel Boric"), ("URY", "Yamandu Orsi")}),
        # "his Kenyan counterpart NAME", and a second name after "and the"
        (
            "His Kenyan counterpart William Ruto and the Ugandan President Yoweri Museveni also addressed their congratulations.",
            {("KEN", "William Ruto"), ("UGA", "Yoweri Museveni")},
        ),
        # the leader's own country wins over an ambiguous demonym ("Congolese")
        ("Congolese President Denis Sassou Nguesso sent a message on Monday.", {("COG", "Denis Sassou Nguesso")}),
    ],
)
def test_names_with_their_country_after_them_and_counterparts(text, expected):
    assert speakers(extract_text(text, published="2025-04-14", reference=dt.date(2025, 4, 15))) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an unnamed spokesperson of a government or of the EU speaks for it
        ('"We regret the exclusion of candidates," an EU spokesperson said on Tuesday.', {("EUU", "European Union")}),
        ("A Brazilian spokesperson said Brasilia welcomed the vote.", {("BRA", "Brazilian government")}),
        # a spokesperson of no one named is no row
        ("A spokesperson said the vote was calm.", set()),
    ],
)
def test_an_unnamed_spokesperson_speaks_for_the_government_named(text, expected):
    assert speakers(extract_text(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a Saudi king's honorific title before his name, as Gulf agencies write it
        ("The Custodian of the Two Holy Mosques, King Salman, sent a cable to the new emir of Kuwait.", {("SAU", "King Salman")}),
        ("The Servant of the Two Holy Mosques King Salman bin Abdulaziz wished the Lebanese president success.",
         {("SAU", "King Salman")}),
        # a call written with its means, in translated agency style
        ("Spanish Prime Minister Pedro Sanchez contacted by telephone his new Portuguese counterpart on Sunday.",
         {("ESP", "Pedro Sanchez")}),
        ("Brazil's President Luiz Inacio Lula da Silva contacted him by phone to congratulate him.",
         {("BRA", "Luiz Inacio Lula da Silva")}),
    ],
)
def test_translated_titles_and_calls_of_gulf_and_latin_agencies(text, expected):
    assert speakers(extract_text(text, published="2024-03-15", host="KWT")) == expected


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # the Portuguese particle "do" inside a name
        ("Joao do Nascimento Pires said the vote was calm.", ["Joao do Nascimento Pires"]),
        # a question's "do" is a verb: the places after it stay places
        ("Why do Kenya and Uganda disagree?", ["Kenya", "Uganda"]),
        ("What do Washington and Beijing want from the talks?", ["Washington", "Beijing"]),
    ],
)
def test_do_is_a_name_particle_but_not_after_a_question_word(text, names):
    assert [m.text for m in find_mentions(text)] == names
