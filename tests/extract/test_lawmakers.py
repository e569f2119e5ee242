"""US lawmakers are placed by their titles, committees and party labels; other legislatures keep theirs."""

import datetime as dt

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


@pytest.mark.parametrize(
    ("text", "host", "iso3", "speaker"),
    [
        # the appositive or an "of" phrase places a lawmaker the title alone would make American
        ('Sen. Ana Theresa Baraquel, a Philippine opposition lawmaker, said Jakarta had held "a clean vote".',
         "IDN", "PHL", "Ana Theresa Baraquel"),
        ("Sen. Peter Mbah of Nigeria said the result was welcome news for the region.", "GHA", "NGA", "Peter Mbah"),
        # a host whose own lawmakers use the same style keeps its senators at home
        ("Sen. Carla Rivera said Manila should keep close ties with the winner.", "PHL", "PHL", "Carla Rivera"),
        ("Rep. Joel Tamayo told reporters the count had been fair.", "PHL", "PHL", "Joel Tamayo"),
        # ... unless the text says they are American
        ("Sen. Mark Dalton, a Maryland Democrat, said the vote was welcome.", "PHL", "USA", "Mark Dalton"),
        ("Republican Rep. Lisa Crane of Ohio said the vote was welcome.", "PHL", "USA", "Lisa Crane"),
        ("In Washington, Sen. Paul Harlan said the result was welcome.", "PHL", "USA", "Paul Harlan"),
        ("Rep. Dana Whitfield (D-Calif.) said the result was welcome.", "PHL", "USA", "Dana Whitfield"),
        # elsewhere "Sen." still means an American senator
        ("Sen. Paul Harlan said the result was welcome.", "KEN", "USA", "Paul Harlan"),
    ],
)
def test_a_senators_country_comes_from_the_text_before_the_title_default(text, host, iso3, speaker):
    rows = extract_text(text, host=host)
    assert [(r.country, r.speaker) for r in rows] == [(iso3, speaker)], rows


@pytest.mark.parametrize(
    ("text", "host", "iso3"),
    [
        # "Congress" is a party or a legislature of the host in India, Peru, Colombia ...
        ("Congress leader Priya Sharma said the result was a rejection of the government.", "IND", "IND"),
        ("Congress spokesperson Arjun Mehta told reporters the coalition would not last.", "IND", "IND"),
        # elsewhere it is the US Congress
        ("Congress leader Tom Hadley said the result was welcome.", "KEN", "USA"),
    ],
)
def test_congress_belongs_to_the_host_where_its_own_body_has_the_name(text, host, iso3):
    rows = extract_text(text, host=host)
    assert [r.country for r in rows] == [iso3], rows


@pytest.mark.parametrize(
    ("opening", "country"),
    [
        ("Sitting: Thursday 31 August 2023 | Statement\n\nThe Bundestag debated the coup in Gabon on Thursday. "
         "This summary records the main points made in the chamber.", "DEU"),
        ("Sitting: Thursday 31 August 2023\n\nThe Lok Sabha held a short debate on the coup in Gabon. "
         "MPs from all parties spoke.", "IND"),
    ],
)
def test_members_speaking_in_a_named_parliament_are_its_countrys(opening, country):
    text = opening + (
        "\n\nAnswering for the Government, the Minister for Africa, Ana Ruiz, told MPs that the coup was unacceptable. "
        "\n\nThe chair of the Foreign Affairs Committee, Tomas Berger, said the soldiers \"must go back to their barracks\"."
    )
    rows = extract_text(text, published="2023-09-01", reference=dt.date(2023, 9, 2), host="GAB")
    assert {(r.country, r.speaker, r.date) for r in rows} == {
        (country, "Ana Ruiz", "2023-08-31"), (country, "Tomas Berger", "2023-08-31"),
    }


def test_a_minister_for_a_region_keeps_the_name_after_the_comma():
    rows = extract_text("The Minister for Asia, Ana Ruiz, said the coup was unacceptable.", host="MMR")
    assert [r.speaker for r in rows] == ["Ana Ruiz"]


def test_a_party_named_national_congress_is_no_chamber_summary():
    text = (
        "The sitting of the new parliament re-elected the president after the African National Congress lost its majority.\n\n"
        "Party leader Ana Ruiz told reporters that the coalition would hold."
    )
    rows = extract_text(text, host="ZAF")
    assert {r.country for r in rows} <= {"ZAF"}


@pytest.mark.parametrize(
    ("title", "role"),
    [("the shadow minister for Asia and the Pacific", "Shadow Minister"), ("the shadow foreign secretary", "Shadow Foreign Secretary")],
)
def test_an_opposition_shadow_minister_in_a_debate_is_a_lawmaker_of_that_parliament(title, role):
    text = (
        "Sitting: Tuesday 5 September 2023\n\nThe Storting debated the coup in Gabon.\n\n"
        f"For the Opposition, {title}, Ingrid Solberg, described the takeover as \"a brutal assault\" and urged ministers to act."
    )
    rows = extract_text(text, published="2023-09-06", reference=dt.date(2023, 9, 7), host="GAB")
    assert [(r.country, r.speaker, r.role) for r in rows] == [("NOR", "Ingrid Solberg", role)]


@pytest.mark.parametrize(
    ("text", "host", "iso3", "speaker"),
    [
        # a rapporteur is a lawmaker of the chamber that names him; the country he reports on is not his
        ('Anna Lindqvist, the European Parliament\'s rapporteur on Georgia, told journalists on Wednesday that '
         'the count "raised serious questions".', "GEO", "EUU", "Anna Lindqvist"),
        ('The European Parliament\'s rapporteur on Moldova, Henrik Vass, said the runoff had been "orderly".',
         "MDA", "EUU", "Henrik Vass"),
        ('European Parliament rapporteur Henrik Vass said the runoff had been "orderly".', "MDA", "EUU", "Henrik Vass"),
        ('Tomas Berger, the Bundestag\'s rapporteur on Armenia, said the vote was "a step forward".', "ARM", "DEU",
         "Tomas Berger"),
        ('Clara Mendes, the rapporteur for Kosovo in the European Parliament, urged both sides to "return to talks".',
         "XKX", "EUU", "Clara Mendes"),
        # an MEP is an EU lawmaker whatever nationality the text gives him
        ('Ivars Ozols, the Latvian MEP who is the European Parliament\'s rapporteur on Georgia, said the campaign '
         'had been "deeply polarised".', "GEO", "EUU", "Ivars Ozols"),
        ('Latvian MEP Ivars Ozols said the campaign had been "deeply polarised".', "GEO", "EUU", "Ivars Ozols"),
        ('Ivars Ozols, a Latvian MEP, said the campaign had been "deeply polarised".', "GEO", "EUU", "Ivars Ozols"),
        # the same for an envoy's portfolio: Norway's envoy for Sudan is Norwegian, not Sudanese
        ("Norway's special envoy for Sudan, Kari Holm, said the ceasefire talks would resume.", "SDN", "NOR",
         "Kari Holm"),
        ('Kari Holm, the Norwegian special envoy for Sudan, said the ceasefire talks would resume.', "SDN", "NOR",
         "Kari Holm"),
    ],
)
def test_rapporteurs_meps_and_envoys_belong_to_their_own_body_not_their_portfolio(text, host, iso3, speaker):
    rows = extract_text(text, host=host)
    assert [(r.country, r.speaker, r.domestic) for r in rows] == [(iso3, speaker, False)], rows
