"""Leaders of smaller states, rotating and collective presidencies, and terms now dated: a surname alone or
"the <country> <role>" on the article's date names the right person and country."""

import pytest

from tests.extract.conftest import extract_text


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # Bosnia and Herzegovina: three presidency members at once, each with their own role
        ('Komšić said Sarajevo would "never accept" the partition plan.', "2020-05-02", {("BIH", "Zeljko Komsic")}),
        ('Dodik told a rally that the entity "will decide its own future".', "2023-04-02", {("BIH", "Milorad Dodik")}),
        # Switzerland: a new president every calendar year
        ('The Swiss president said the talks in Geneva had been "constructive".', "2019-06-01", {("CHE", "Ueli Maurer")}),
        ('The Swiss president said the talks in Geneva had been "constructive".', "2024-06-01", {("CHE", "Viola Amherd")}),
        # small states that had no row
        ('Tobgay told reporters that Thimphu "values its friendship" with both neighbours.', "2024-06-01",
         {("BTN", "Tshering Tobgay")}),
        ("Vanuatu's prime minister said the ruling was \"a victory for the Pacific\".", "2021-06-01",
         {("VUT", "Bob Loughman")}),
        ('Napat said Port Vila "welcomes the support".', "2025-06-01", {("VUT", "Jotham Napat")}),
        ('Matekane said Maseru was "deeply concerned" by the violence.', "2023-06-01", {("LSO", "Sam Matekane")}),
        ('The Lesotho prime minister said the result was "welcome".', "2019-06-01", {("LSO", "Tom Thabane")}),
        ('The Laotian prime minister said the dam would be "completed safely".', "2019-06-01",
         {("LAO", "Thongloun Sisoulith")}),
        # a successor whose row had no start date no longer takes the role before their term
        ('The Kazakh president said the summit was "a success".', "2017-06-01", {("KAZ", "Nursultan Nazarbayev")}),
        ('The Uzbek president said the summit was "a success".', "2015-06-01", {("UZB", "Islam Karimov")}),
        # one person, two offices: the date picks the organisation
        ('Berset said the Council of Europe was "deeply concerned".', "2025-02-01", {(None, "Alain Berset")}),
        # EU commissioners and congressional committee chairs, named with or without diacritics
        ('Šefčovič said Brussels would "keep working closely" with the new cabinet in Vienna.', "2020-01-08",
         {("EUU", "Maros Sefcovic")}),
        ('Richard Neal said the new Irish government "can count on Congress".', "2020-06-28", {("USA", "Richard Neal")}),
    ],
)
def test_leaders_resolve_by_surname_or_role_on_the_date(text, published, expected):
    assert {(r.country, r.speaker) for r in extract_text(text, published=published)} == expected


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # foreign ministers beyond the G20, by surname
        ('Bassil told reporters that Beirut "rejects any interference".', "2018-03-01", {("LBN", "Gebran Bassil")}),
        ('Lamamra said Algiers was "ready to mediate".', "2022-05-01", {("DZA", "Ramtane Lamamra")}),
        ('Allamand said Santiago "condemns the repression".', "2021-05-01", {("CHL", "Andres Allamand")}),
        ('Pramudwinai said Bangkok hoped for "a peaceful solution".', "2019-05-01", {("THA", "Don Pramudwinai")}),
        ('Mudavadi said Nairobi "stands ready" to support the talks.', "2024-05-01", {("KEN", "Musalia Mudavadi")}),
        ('Nalbandyan accused Baku of "provocations".', "2016-04-05", {("ARM", "Edward Nalbandyan")}),
        # an interim government inside a longer term: the row is split around it
        ('Sinirlioglu said Ankara "will not tolerate" attacks on its border.', "2015-10-01",
         {("TUR", "Feridun Sinirlioglu")}),
        ('The Macedonian prime minister said Skopje "welcomes the decision".', "2020-05-01",
         {("MKD", "Oliver Spasovski")}),
        ('The Icelandic prime minister said the vote was "a milestone".', "2016-06-01",
         {("ISL", "Sigurdur Ingi Johannsson")}),
        # a person listed twice keeps the surname that named them
        ('Vieira said Brasilia "regrets the decision".', "2015-06-01", {("BRA", "Mauro Vieira")}),
        ('Mushikiwabo said the Francophonie was "deeply concerned".', "2022-03-01", {(None, "Louise Mushikiwabo")}),
        ('UN envoy Ramtane Lamamra said the parties had agreed to "a humanitarian pause".', "2024-07-01",
         {(None, "Ramtane Lamamra")}),
        ('Hong Lei told a regular press briefing that China "firmly opposes" the visit.', "2015-06-01",
         {("CHN", "Hong Lei")}),
    ],
)
def test_foreign_ministers_and_interim_terms_resolve_on_the_date(text, published, expected):
    assert {(r.country, r.speaker) for r in extract_text(text, published=published)} == expected


@pytest.mark.parametrize(
    "text",
    [
        'Ismail said Cairo "welcomes the accord".',  # Sherif Ismail
        'Kovac said the deal was "fair".',  # Miro Kovač
        'Mohamed said the talks were "useful".',  # Amina Mohamed
    ],
)
def test_common_surnames_of_new_leaders_name_no_one_alone(text):
    assert extract_text(text, published="2016-06-01") == []


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # an unnamed foreign minister is whoever held the office on the article's date
        ('The Spanish foreign minister said the decision was "regrettable".', "2022-06-01",
         {("ESP", "Jose Manuel Albares")}),
        ('The foreign minister of Chile said the decision was "regrettable".', "2021-06-01",
         {("CHL", "Andres Allamand")}),
        ('The Chinese foreign minister said the sanctions were "unacceptable".', "2023-04-01", {("CHN", "Qin Gang")}),
        ('The Chinese foreign minister said the sanctions were "unacceptable".', "2019-04-01", {("CHN", "Wang Yi")}),
        # the office under its local title: Britain's Foreign Secretary, India's External Affairs Minister
        ('The British foreign minister said the decision was "regrettable".', "2017-06-01",
         {("GBR", "Boris Johnson")}),
        ('The Indian foreign minister said the decision was "regrettable".', "2022-06-01",
         {("IND", "Subrahmanyam Jaishankar")}),
        ('The Philippine foreign secretary said the decision was "regrettable".', "2019-04-01",
         {("PHL", "Teodoro Locsin Jr.")}),
        ('The Philippine foreign secretary said Manila "welcomes" the ruling.', "2025-08-10", {("PHL", "Theresa Lazaro")}),
        ('The Kenyan foreign minister said the decision was "regrettable".', "2021-04-01", {("KEN", "Raychelle Omamo")}),
        ('The Canadian foreign affairs minister said Ottawa was "deeply concerned".', "2023-05-10",
         {("CAN", "Melanie Joly")}),
        ('The EU foreign policy chief said the decision was "regrettable".', "2019-06-01",
         {("EUU", "Federica Mogherini")}),
        # India's foreign secretary is a civil servant, never the minister
        ('The Indian foreign secretary said the decision was "regrettable".', "2022-06-01", set()),
        # no known holder on the date: no guess
        ('The Nicaraguan foreign minister said the decision was "regrettable".', "2020-04-01", set()),
    ],
)
def test_an_unnamed_foreign_minister_resolves_to_the_holder_on_the_date(text, published, expected):
    assert {(r.country, r.speaker) for r in extract_text(text, published=published)} == expected


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # caretakers and acting holders fill the gaps between elected terms
        ('The Greek prime minister said Athens would "honour its commitments".', "2015-09-10",
         {("GRC", "Vassiliki Thanou")}),
        ('The Iranian president said Tehran "welcomes" the decision.', "2024-06-10", {("IRN", "Mohammad Mokhber")}),
        ('The Austrian chancellor said Vienna "welcomes" the decision.', "2025-02-10",
         {("AUT", "Alexander Schallenberg")}),
        ('The Sri Lankan prime minister said Colombo "welcomes" the decision.', "2016-05-10",
         {("LKA", "Ranil Wickremesinghe")}),
        # a head of government who also kept the foreign ministry
        ('The Israeli foreign minister said the deal was "dangerous".', "2017-05-10", {("ISR", "Benjamin Netanyahu")}),
        ('The Irish foreign minister said Dublin was "deeply concerned".', "2025-06-10", {("IRL", "Simon Harris")}),
        # terms that began late in 2025
        ('The Irish president said the result was "a triumph".', "2025-12-10", {("IRL", "Catherine Connolly")}),
        ('The Vincentian prime minister said the result was "a triumph".', "2025-12-10", {("VCT", "Godwin Friday")}),
        ('The Vietnamese president said Hanoi "values" the partnership.', "2017-05-10", {("VNM", "Tran Dai Quang")}),
        ('Xanana said Dili "welcomes" the decision.', "2024-05-10", {("TLS", "Xanana Gusmao")}),
        # a Vietnamese given name is no one alone
        ('Dung said the talks were "useful".', "2015-05-10", set()),
    ],
)
def test_caretakers_and_late_terms_resolve_on_the_date(text, published, expected):
    assert {(r.country, r.speaker) for r in extract_text(text, published=published)} == expected


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # heads of international bodies speak with no country
        ('Lazzarini said the agency\'s schools were "overwhelmed".', "2024-01-10", {(None, "Philippe Lazzarini")}),
        ('Azoulay said the destruction of the old city was "a tragedy".', "2019-10-01", {(None, "Audrey Azoulay")}),
        # a former foreign minister who now heads the OSCE: the date picks the office
        ('Sinirlioglu said the OSCE was "ready to help" monitor the ceasefire.', "2025-03-10",
         {(None, "Feridun Sinirlioglu")}),
    ],
)
def test_heads_of_international_bodies_resolve_by_surname(text, published, expected):
    assert {(r.country, r.speaker) for r in extract_text(text, published=published)} == expected


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        ('The Tunisian prime minister said Tunis "welcomes" the decision.', "2018-05-10", {("TUN", "Youssef Chahed")}),
        ('The Algerian prime minister said Algiers "welcomes" the decision.', "2018-05-10", {("DZA", "Ahmed Ouyahia")}),
        ('The Kuwaiti prime minister said Kuwait "welcomes" the decision.', "2021-05-10",
         {("KWT", "Sabah Al-Khalid Al-Hamad Al-Sabah")}),
        ('The Sri Lankan foreign minister said Colombo "welcomes" the decision.', "2023-05-10", {("LKA", "Ali Sabry")}),
        ('Nabbanja said Kampala "welcomes" the decision.', "2023-05-10", {("UGA", "Robinah Nabbanja")}),
        # a common Chinese surname of a Cameroonian prime minister names no one alone
        ('Yang said the talks were "useful".', "2016-05-10", set()),
    ],
)
def test_heads_of_government_beside_a_president_resolve_on_the_date(text, published, expected):
    assert {(r.country, r.speaker) for r in extract_text(text, published=published)} == expected
