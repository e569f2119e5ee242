"""Whole articles to rows: one row per speaker, dates with their basis, offsets, fixtures."""

import datetime as dt
import json
from pathlib import Path

import pytest

from tests.extract.conftest import extract_text, speakers
from tracker.extract import extract_statements, infer_host_country
from tracker.models import Article

FIXTURES = sorted((Path(__file__).resolve().parents[1] / "fixtures" / "extract").glob("*.json"))


def _load(path: Path) -> tuple[Article, dict]:
    fx = json.loads(path.read_text(encoding="utf-8"))
    article = Article(**fx["article"], published_basis="field")
    return article, fx


@pytest.mark.parametrize("path", FIXTURES, ids=[p.stem for p in FIXTURES])
def test_fixture_article_gives_the_expected_rows(path):
    article, fx = _load(path)
    rows = extract_statements(
        article, reference_date=dt.date.fromisoformat(fx["reference_date"]), host_country=fx["host_country"]
    )
    expected = fx["expected"]
    listed = {(e["country"], e["speaker"]) for e in expected}
    # domestic rows that the fixture does not list are not judged (the scorer ignores them too)
    got = [r for r in rows if not r.domestic or any(r.country == c and s in r.speaker for c, s in listed)]
    assert len(got) == len(expected), [(r.country, r.speaker) for r in rows]
    for want in expected:
        match = [r for r in got if r.country == want["country"] and set(want["speaker"].split()) <= set(r.speaker.split())]
        assert match, f"no row for {want['speaker']}: {[(r.country, r.speaker) for r in rows]}"
        row = match[0]
        assert row.date == want["date"], (want["speaker"], row.date, row.date_basis)
        assert set(want["themes"]) <= set(row.themes), (want["speaker"], row.themes)
        if "via" in want:
            assert row.via == want["via"]
        if "organization" in want:
            assert row.organization == want["organization"]


def test_one_row_per_speaker_merges_every_quote_and_keeps_spans():
    text = (
        'Irish Taoiseach Simon Harris said the vote was "a fresh start." He said trade would grow.\n\n'
        'Later he told reporters: "We will meet soon."'
    )
    (row,) = extract_text(text)
    assert row.speaker == "Simon Harris"
    assert [text[a:b] for a, b in row.spans] == ["a fresh start.", "He said trade would grow.", "We will meet soon."]
    assert text[row.start : row.end] == "a fresh start."
    assert row.quote.startswith("a fresh start.")
    assert set(row.themes) >= {"economy", "summit"}
    assert row.theme_terms["summit"] == ["meet soon"]


@pytest.mark.parametrize(
    ("text", "published", "date", "basis"),
    [
        ("Japanese Prime Minister Fumio Kishida congratulated the winner on Monday.", "2024-05-09", "2024-05-06", "statement"),
        ("Japanese Prime Minister Fumio Kishida congratulated the winner.", "2024-05-09", "2024-05-09", "published"),
        ("Japanese Prime Minister Fumio Kishida congratulated the winner.", None, "2024-05-10", "reference"),
        (
            # a day word governing the speaker's country earlier in the paragraph
            "Tokyo weighed in on Tuesday. Prime Minister Fumio Kishida sent a congratulatory letter.",
            "2024-05-09",
            "2024-05-07",
            "paragraph",
        ),
        (
            # a day word inside a quotation is not the statement's date
            '"The vote today was calm," Japanese Prime Minister Fumio Kishida said.',
            "2024-05-09",
            "2024-05-09",
            "published",
        ),
    ],
)
def test_statement_date_and_basis(text, published, date, basis):
    (row,) = extract_text(text, published=published, reference=dt.date(2024, 5, 10))
    assert (row.date, row.date_basis) == (date, basis)


def test_same_day_takes_the_date_named_before():
    text = (
        "Chinese President Xi Jinping sent a message on Tuesday. "
        "On the same day, Premier Li Qiang also sent his congratulations."
    )
    rows = {r.speaker: r.date for r in extract_text(text, published="2024-10-04")}
    assert rows == {"Xi Jinping": "2024-10-01", "Li Qiang": "2024-10-01"}


@pytest.mark.parametrize(
    "text",
    [
        # business news after an election
        "Shares in Seoul rose 2 percent on Thursday as investors cheered the result. "
        '"Foreign buying is back," said a trader at a local brokerage.',
        # appointments inside the host government
        "The president named a former central banker as chief of staff on Friday. "
        "A new post for trade affairs will be created, the chief of staff told a briefing.",
        # a tank delivery announcement is not a diplomatic reaction
        "A Polish army brigade announced on Facebook that nine tanks had arrived at the port.",
    ],
)
def test_articles_without_reactions_give_no_foreign_rows(text):
    assert [r for r in extract_text(text, host="KOR") if not r.domestic] == []


def test_empty_article_gives_no_rows():
    assert extract_text("   ") == []


def test_domestic_follows_the_host_country():
    text = "South Korean President Lee Jae-myung said he would call the winner soon."
    assert extract_text(text, host="KOR")[0].domestic is True
    assert extract_text(text, host="JPN")[0].domestic is False


def test_infer_host_country_prefers_the_country_of_the_election():
    articles = [
        Article(title="Leaders congratulate Chile's president-elect", text="The United States and Brazil sent messages."),
        Article(title="Peso firms after Chilean vote", text="Chile's election drew a large turnout."),
    ]
    assert infer_host_country(articles) == "CHL"


def test_infer_host_country_of_nothing_is_none():
    assert infer_host_country([Article(title="Weather", text="Rain is expected.")]) is None


def test_a_statistic_cited_from_a_ministry_is_not_a_reaction():
    text = "Retail sales rose 0.8 percent in August, according to the Ministry of Economy, Trade and Industry."
    assert extract_text(text) == []


def test_a_named_body_missing_from_the_list_still_speaks():
    rows = extract_text("Taiwan's Mainland Affairs Council said on Tuesday that Beijing should respect the vote.")
    assert [(r.country, r.speaker) for r in rows] == [("TWN", "Mainland Affairs Council")]


def test_leader_office_in_the_same_sentence_speaks_for_the_leader_named_there():
    text = (
        "Chinese Foreign Ministry spokesperson Lin Jian welcomed the vote. "
        "Prime Minister Fumio Kishida sent a congratulatory letter to Dissanayake, his office said."
    )
    assert speakers(extract_text(text)) == {("CHN", "Lin Jian"), ("JPN", "Fumio Kishida")}


@pytest.mark.parametrize(
    ("title", "host"),
    [
        ("From Lima to Madrid, leaders line up to greet Chile's new president", "CHL"),
        ("Albanese phones Luxon after New Zealand election", "NZL"),
        ("World leaders congratulate Ramaphosa on re-election", "ZAF"),
    ],
)
def test_infer_host_country_from_greeted_leader_or_event_words(title, host):
    assert infer_host_country([Article(title=title, text="Messages arrived from many capitals.")]) == host


@pytest.mark.parametrize(
    ("title", "text", "host"),
    [
        # the capitals calls come "from" are the greeters, not the host
        ("Sikorski fields calls from Madrid, Rome and Lisbon as capitals greet President Nawrocki",
         "WARSAW - Foreign Minister Radoslaw Sikorski spent Wednesday taking calls from his counterparts in Spain, "
         "Italy and Portugal after Karol Nawrocki was sworn in.", "POL"),
        # a family-first leader named by surname alone in the headline
        ("Tokyo, Washington hail Moon; Beijing urges caution on THAAD",
         "Beijing said China hoped the new government would address its concerns. China's foreign ministry spoke "
         "on Thursday.", "KOR"),
    ],
)
def test_infer_host_country_from_the_greeted_not_the_greeters(title, text, host):
    assert infer_host_country([Article(title=title, text=text, published="2025-08-07")]) == host


def test_a_sentence_describing_the_message_is_not_the_speakers_words():
    text = (
        'Indian Prime Minister Narendra Modi sent his best wishes on Thursday. "We hope for calm," Modi wrote on X. '
        "The message was New Delhi's first public word since the former premier, a close ally for a decade, fled."
    )
    (row,) = extract_text(text, host="BGD")
    assert (row.speaker, row.themes, len(row.spans)) == ("Narendra Modi", (), 2), row


def test_a_pronoun_before_according_to_the_ministry_is_the_speaker():
    text = (
        "BEIRUT - Foreign Minister Youssef Rajji took congratulatory calls on Monday, the Ministry of Foreign "
        "Affairs said.\n\nAccording to a ministry statement, Qatari Prime Minister Mohammed bin Abdulrahman Al Thani "
        'told Rajji that Doha "stands ready to help".\n\n'
        "Jordan's Foreign Minister Ayman Safadi also called. He stressed, according to the ministry, Amman's "
        "support for a lasting ceasefire."
    )
    rows = [r for r in extract_text(text, host="LBN") if not r.domestic]
    safadi = [(r.country, r.speaker, r.themes) for r in rows if r.country == "JOR"]
    assert safadi == [("JOR", "Ayman Safadi", ("security",))], rows


@pytest.mark.parametrize(
    ("text", "themes"),
    [
        ("U.S. President Joe Biden telephoned Kenya's president-elect on Friday, hours after the former deputy "
         "president won the closest race in the country's democratic history, and the two agreed to deepen "
         "security ties.", ("security",)),
        ('Secretary of State Marco Rubio praised Nairobi as "a beacon for the region", in remarks certain to anger '
         "Beijing.", ()),
        # the speaker's own quoted words keep their themes
        ('Rubio said Kenya\'s "democratic institutions, built since independence was won, are strong".', ("democracy",)),
    ],
)
def test_the_writers_narrative_in_a_speakers_sentence_gives_no_theme(text, themes):
    (row,) = extract_text(text, host="KEN")
    assert row.themes == themes, row


def test_an_appositive_title_is_not_the_speakers_words():
    (row,) = extract_text("Jake Sullivan, the US national security adviser, said Washington was ready to help.")
    assert (row.country, row.role, row.themes) == ("USA", "National Security Adviser", ())


def test_according_to_a_readout_from_an_office():
    (row,) = extract_text("Biden congratulated the winner, according to a readout from the White House.", published="2024-02-17")
    assert (row.speaker, row.via) == ("Joe Biden", "White House")


def test_a_quote_before_its_attribution_joins_the_speaker_named_next():
    text = (
        "Other messages arrived later.\n"
        '"Congratulations on a historic victory." "We look forward to closer trade ties," '
        "the Saudi foreign minister, Faisal bin Farhan, wrote on X."
    )
    (row,) = extract_text(text)
    assert row.speaker == "Faisal bin Farhan" and row.quote.startswith("Congratulations on a historic victory.")
    assert row.kind == "congratulation"


def test_a_quote_in_a_new_paragraph_does_not_continue_the_previous_speaker():
    text = 'Chancellor Olaf Scholz said he was pleased.\n"We stand ready," the Dutch foreign minister wrote.'
    rows = {r.speaker: r for r in extract_text(text, published="2024-07-05")}
    assert len(rows["Olaf Scholz"].spans) == 1


@pytest.mark.parametrize(
    ("text", "date"),
    [
        # the writer's clause about the speaker dates his trip, the sentence dates the words
        ("Serbian President Aleksandar Vucic, who arrived in Baku on Tuesday for an energy forum, wrote on "
         "Instagram on Sunday that the result was \"a great success\".", "2024-05-05"),
        ("Polish Foreign Minister Radoslaw Sikorski, whose ministry summoned the ambassador on Wednesday, said on "
         "Monday that the vote had been \"neither free nor fair\".", "2024-05-06"),
    ],
)
def test_writers_clause_about_the_speaker_does_not_date_the_words(text, date):
    (row,) = extract_text(text, published="2024-05-09", reference=dt.date(2024, 5, 10))
    assert (row.date, row.date_basis) == (date, "statement")


@pytest.mark.parametrize(
    "stamps",
    [
        ("19:20", "Sat 4 May, 23:40", "Sat 4 May, 21:05"),
        ("19:20", "Saturday 4 May", "23:40"),  # a day heading, then clock-only stamps under it
        ("[19:20]", "[Sat 4 May, 23:40]", "[21:05]"),  # stamps in brackets
    ],
)
def test_live_blog_entries_under_a_dated_stamp_take_its_date(stamps):
    newest, older, oldest = stamps
    text = (
        f"{newest}\n\nFinnish President Alexander Stubb congratulated the winner and said the two countries were "
        f"\"close partners\".\n\n{older}\n\nEstonian Prime Minister Kristen Michal wrote on X that he looked forward "
        f"to working together.\n\n{oldest}\n\nLatvian President Edgars Rinkevics sent his congratulations."
    )
    rows = {r.speaker: (r.date, r.date_basis) for r in extract_text(text, published="2024-05-05", reference=dt.date(2024, 5, 6))}
    assert rows == {
        "Alexander Stubb": ("2024-05-05", "published"),  # today's entries, stamped with a clock only
        "Kristen Michal": ("2024-05-04", "paragraph"),
        "Edgars Rinkēvičs": ("2024-05-04", "paragraph"),  # the leader list spells his name
    }


@pytest.mark.parametrize(
    ("text", "speaker", "date"),
    [
        ('Kenyan President William Ruto was among the first, telephoning Mahama on Sunday. "We stand with you," '
         "Ruto wrote on X.", "William Ruto", "2024-03-10"),
        ("Brazil's President Lula da Silva was quick off the mark, phoning the winner on Tuesday night and "
         "inviting him to Brasilia.", "Lula da Silva", "2024-03-12"),
    ],
)
def test_a_call_in_a_participle_clause_is_the_leaders_act_and_dates_it(text, speaker, date):
    (row,) = extract_text(text, host="GHA")
    assert speaker in row.speaker and row.date == date, row


@pytest.mark.parametrize(
    ("text", "iso3", "speaker"),
    [
        ("Ghana's government also offered congratulations. Foreign Minister Samuel Ablakwa said Accra hoped for "
         "close ties with the new administration.", "GHA", "Samuel Okudzeto Ablakwa"),  # the leaders table's full name
        ("The Dutch cabinet welcomed the outcome. Prime Minister Dick Schoof said the vote was \"a good sign\".",
         "NLD", "Dick Schoof"),
    ],
)
def test_a_government_speaks_through_the_official_named_next(text, iso3, speaker):
    rows = extract_text(text, host="KEN")
    assert [(r.country, r.speaker) for r in rows] == [(iso3, speaker)], rows


@pytest.mark.parametrize(
    ("text", "first", "second"),
    [
        ('From the region, Kenya\'s President William Ruto said he was "confident of closer trade", while Uganda\'s '
         "President Yoweri Museveni, whose ties with Nairobi are tense, said he looked forward to working with Mahama "
         '"for peace and security".', ("KEN", {"economy"}), ("UGA", {"security"})),
        ("Australia's Foreign Minister Penny Wong welcomed the peaceful vote; New Zealand's Prime Minister Christopher "
         "Luxon said he hoped for a new free trade agreement.", ("AUS", set()), ("NZL", {"economy"})),
    ],
)
def test_two_speakers_in_one_sentence_each_keep_their_own_words(text, first, second):
    rows = extract_text(text, host="GHA")
    assert [(r.country, set(r.themes)) for r in rows] == [first, second], rows


def test_a_while_clause_without_its_own_verb_does_not_split_the_speaker_off():
    rows = extract_text("Prime Minister Mark Carney, while Canada watched the count, said the result was welcome.", host="GHA")
    assert [(r.country, r.speaker) for r in rows] == [("CAN", "Mark Carney")], rows


@pytest.mark.parametrize(
    ("text", "date"),
    [
        # a day in a clause about what will happen does not date the words
        ("Spain's Prime Minister Pedro Sanchez wrote on X as soon as the result was known, adding that he would "
         "receive the winner in Madrid on Wednesday.", "2024-03-15"),
        ("Kenya's President William Ruto congratulated the winner and said the two would meet at a summit to be "
         "held on March 2.", "2024-03-15"),
        # the day of the words themselves still counts
        ("Spain's Prime Minister Pedro Sanchez said on Wednesday that he would receive the winner in Madrid.", "2024-03-13"),
    ],
)
def test_a_day_in_a_future_clause_does_not_date_the_statement(text, date):
    (row,) = extract_text(text, host="GHA")
    assert row.date == date, (row.date, row.date_basis)


@pytest.mark.parametrize(
    ("text", "iso3"),
    [
        # the reaction told as a noun, its giver after "from" or "was"
        ("Congratulatory messages also came from Kuwait's Emir Sheikh Mishal al-Ahmad al-Sabah.", "KWT"),
        ("Warm congratulations came from the Turkish Foreign Ministry, which praised the orderly vote.", "TUR"),
        ("Among the first leaders to call was Canada's Prime Minister Mark Carney.", "CAN"),
        ('Among the first to react was Hungarian Prime Minister Viktor Orban, who hailed a "great victory".', "HUN"),
        ("Also reacting was Polish President Karol Nawrocki, who wrote on X that the result was historic.", "POL"),
        ("Also weighing in was Canada's Prime Minister Mark Carney, who said the vote was fair.", "CAN"),
    ],
)
def test_reactions_told_as_nouns_keep_their_giver(text, iso3):
    rows = extract_text(text, host="GHA")
    assert [r.country for r in rows] == [iso3], rows


@pytest.mark.parametrize(
    "text",
    [
        'Nicaraguan President Daniel Ortega spoke of "a triumph over imperialism", and Bolivian President Luis Arce '
        'said he celebrated "a people that voted for peace".',
        'Nicaraguan President Daniel Ortega praised "a triumph over imperialism", while Bolivian President Luis Arce '
        'wrote that he saluted "a people that voted for peace".',
        'Nicaraguan President Daniel Ortega hailed "a triumph over imperialism"; Bolivian President Luis Arce '
        'congratulated "a people that voted for peace".',
    ],
)
def test_two_speakers_in_joined_clauses_get_their_own_words(text):
    rows = {r.speaker: r.quote for r in extract_text(text, host="VEN")}
    assert rows == {"Daniel Ortega": "a triumph over imperialism", "Luis Arce": "a people that voted for peace"}


@pytest.mark.parametrize(
    "text",
    [
        "Before the vote, the British Embassy in Accra had urged all parties to keep the campaign peaceful.",
        "Ahead of the presidential election, Nigerian President Bola Tinubu said he hoped for a calm vote in Ghana.",
    ],
)
def test_words_from_before_the_vote_are_no_reaction(text):
    assert [r for r in extract_text(text, host="GHA") if not r.domestic] == []


def test_a_reaction_after_the_vote_still_counts():
    text = "After the vote, the British Embassy in Accra said it welcomed the peaceful conduct of the election."
    assert [r.country for r in extract_text(text, host="GHA")] == ["GBR"]


@pytest.mark.parametrize(
    "text",
    [
        "Among the first to arrive at the summit was French President Emmanuel Macron.",
        "The new president came from a family of French diplomats.",
    ],
)
def test_first_arrivals_and_origins_are_no_reactions(text):
    assert extract_text(text, host="GHA") == []


@pytest.mark.parametrize(
    ("text", "iso3", "speaker"),
    [
        # a country labelling a roundup entry is not the speaker of the sentence after it
        ("Japan: Prime Minister Shigeru Ishiba congratulated the winner and said he hoped to meet soon.", "JPN", "Shigeru Ishiba"),
        ("- Kenya - President William Ruto sent a message and added that he would visit Accra.", "KEN", "William Ruto"),
    ],
)
def test_a_country_label_before_an_entry_leaves_the_speaker_to_the_entry(text, iso3, speaker):
    rows = extract_text(text, host="GHA")
    assert [(r.country, r.speaker) for r in rows] == [(iso3, speaker)], rows


def test_every_giver_in_a_list_after_came_from_gets_a_row():
    rows = extract_text("Congratulations came from Kenya's President William Ruto and Nigeria's Bola Tinubu, among others.", host="GHA")
    assert [r.country for r in rows] == ["KEN", "NGA"], rows


def test_someone_merely_present_makes_no_row():
    assert extract_text("Also present was French President Emmanuel Macron.", host="GHA") == []


@pytest.mark.parametrize(
    ("second", "theme"),
    [
        ("The two leaders discussed copper exports, according to a readout of the call.", "economy"),
        ('The two men "reaffirmed their commitment to regional security."', "security"),
        ("Both leaders agreed to hold talks on a new trade pact.", "economy"),
    ],
)
def test_a_readouts_joint_act_is_the_callers_words(second, theme):
    text = f"Chilean President Gabriel Boric phoned Mahama on Thursday evening, his office said. {second}"
    (row,) = extract_text(text, host="GHA")
    assert row.speaker == "Gabriel Boric" and theme in row.themes, row.theme_terms


def test_a_joint_act_without_a_leader_speaking_before_makes_no_row():
    assert extract_text("The two leaders discussed trade when they last met.", host="GHA") == []


@pytest.mark.parametrize(
    ("text", "iso3", "speaker"),
    [
        # the official named as a statement's author speaks, not the country's government
        ('Canada congratulated Mahama in a statement from Foreign Minister Melanie Joly on Tuesday, which praised "a calm vote."',
         "CAN", "Melanie Joly"),
        ("Canada congratulated Mahama on Tuesday in a letter signed by Prime Minister Justin Trudeau.", "CAN", "Justin Trudeau"),
        # military rulers and their ranks before the name
        ("Malian junta leader Colonel Assimi Goita congratulated Mahama on Tuesday.", "MLI", "Assimi"),
        ("Burkina Faso's military ruler Captain Ibrahim Traore congratulated Mahama on Tuesday.", "BFA", "Ibrahim"),
        # the head of an international body's field presence speaks for the body, not for the place
        ('Jean Arnault, head of the UN mission in Colombia, said the vote had been "calm and orderly."', None, "Jean Arnault"),
        ('Amina Diallo, chief of the African Union observer team, said the count was "credible."', None, "Amina Diallo"),
    ],
)
def test_authors_rulers_and_heads_of_bodies_speak(text, iso3, speaker):
    rows = extract_text(text, host="GHA")
    assert len(rows) == 1 and rows[0].country == iso3 and speaker in rows[0].speaker, rows


def test_the_head_of_a_desk_at_a_firm_is_no_speaker():
    assert extract_text('Li Wei, head of the Asia desk at Capital Economics in London, said the vote was "calm."', host="GHA") == []


@pytest.mark.parametrize(
    "text",
    ["ASEAN member states welcomed the peaceful vote.", "The African Union's members welcomed the vote on Monday."],
)
def test_a_blocs_member_states_are_not_the_bloc_speaking(text):
    assert [r for r in extract_text(text, host="GHA") if r.organization] == []


@pytest.mark.parametrize(
    ("text", "organization"),
    [
        ('Observers from the African Union said the vote was "largely peaceful."', "African Union"),
        ('The count was slow, and observers from ECOWAS said it was "credible."', "ECOWAS"),
    ],
)
def test_observers_from_a_body_speak_for_it(text, organization):
    (row,) = extract_text(text, host="GHA")
    assert row.organization == organization and row.country is None, row


def test_observers_arriving_make_no_row():
    assert extract_text("Dozens of observers from the African Union arrived in Accra on Friday.", host="GHA") == []


@pytest.mark.parametrize(
    ("text", "date"),
    [
        # the only day word tells something else the speaker did: the words are undated (the published day)
        ('Italian Prime Minister Giorgia Meloni, who chaired a cabinet meeting on Monday, said she was "delighted."', "2024-03-15"),
        ('Italian Prime Minister Giorgia Meloni, who won her own vote on the same day, said she was "delighted."', "2024-03-15"),
        # a clause telling the words themselves still dates them
        ('Italian Prime Minister Giorgia Meloni, who spoke to reporters in Rome on Monday, said she was "delighted."', "2024-03-11"),
    ],
)
def test_a_writers_clause_with_the_only_day_word_dates_the_words_only_when_it_tells_them(text, date):
    (row,) = extract_text(text, host="GHA")
    assert row.date == date, row


@pytest.mark.parametrize(
    ("text", "date"),
    [
        # a participle clause about the speaker dates what it tells, not the words
        ("Moldovan Prime Minister Dorin Recean, confirmed by parliament on Tuesday, said on Thursday that the vote "
         "had been calm.", "2024-03-14"),
        ("Kenyan Foreign Minister Musalia Mudavadi, sworn in on Monday, congratulated the winner.", "2024-03-15"),
        ("Peru's President Dina Boluarte, elected by Congress in December, sent her congratulations.", "2024-03-15"),
        # one that tells the words still dates them
        ("Chile's President Gabriel Boric, asked about the result on Wednesday, said it was a good day.", "2024-03-13"),
    ],
)
def test_a_participle_clause_about_the_speaker_dates_nothing_of_the_words(text, date):
    (row,) = extract_text(text, host="GHA")
    assert row.date == date, row


@pytest.mark.parametrize(
    ("lead", "date"),
    [
        # the lead names the country reacting on a day: its undated row later takes that day
        ("Kenya, Uganda and Rwanda were the first to congratulate the winner on Tuesday.", "2024-03-12"),
        ("Uganda congratulated the winner on Wednesday, hours after the count ended.", "2024-03-13"),
        # a lead naming other countries, or naming Uganda only as the one greeted, governs nothing
        ("Kenya and Rwanda were the first to congratulate the winner on Tuesday.", "2024-03-15"),
        ("The winner thanked Uganda on Tuesday for its support.", "2024-03-15"),
    ],
)
def test_a_lead_naming_the_reacting_country_dates_its_undated_row(lead, date):
    text = (
        f"{lead}\n\nThe electoral commission published the final count.\n\n"
        "Uganda's President Yoweri Museveni also sent his congratulations."
    )
    rows = {r.speaker: r.date for r in extract_text(text, host="GHA")}
    assert rows.get("Yoweri Museveni") == date, rows


def test_a_lead_naming_the_government_does_not_date_a_lawmakers_words():
    text = (
        "Uganda congratulated the winner on Tuesday.\n\nUganda's Foreign Minister Jeje Odongo said Kampala was ready to "
        "work with the new government.\n\nUgandan opposition MP Joel Ssenyonyi, a member of parliament, said the vote "
        "had been \"a lesson\"."
    )
    rows = {r.speaker: r.date for r in extract_text(text, host="GHA")}
    assert rows["Joel Ssenyonyi"] == "2024-03-15", rows


@pytest.mark.parametrize(
    ("reaction", "date"),
    [
        ("Kenya's President William Ruto congratulated the winner within hours of the announcement.", "2024-03-12"),
        ("Kenya's President William Ruto was among the first to react, hours after the declaration.", "2024-03-13"),
        ("Kenya's President William Ruto sent his congratulations shortly after the results were announced.", "2024-03-12"),
        # no such event dated before: the published day
        ("Kenya's President William Ruto sent his congratulations hours after the inauguration.", "2024-03-15"),
    ],
)
def test_hours_after_an_event_takes_the_day_the_article_gives_it(reaction, date):
    text = (
        "The electoral commission announced the final results on Tuesday evening. The chief justice declared "
        f"the winner president-elect on Wednesday.\n\n{reaction}"
    )
    rows = {r.speaker: r.date for r in extract_text(text, host="GHA")}
    assert rows.get("William Ruto") == date, rows


@pytest.mark.parametrize(
    ("after", "date"),
    [
        ("He was speaking to reporters in Brussels on Tuesday.", "2024-03-12"),
        ("The minister was speaking at a news conference in Rabat on Wednesday.", "2024-03-13"),
        ("He made the remarks during a visit to Lisbon on Monday.", "2024-03-11"),
        # a day of something else he did dates nothing
        ("He flew to Rabat on Wednesday.", "2024-03-15"),
    ],
)
def test_a_next_sentence_saying_when_the_speaker_spoke_dates_the_row(after, date):
    text = f"Spain's Foreign Minister Jose Manuel Albares said Madrid welcomed the peaceful vote. {after}"
    (row,) = extract_text(text, host="GHA")
    assert row.date == date, row


@pytest.mark.parametrize(
    ("words", "themes"),
    [
        ("Best wishes to my friend on a fine victory. Let us expand our trade and investment ties.", {"economy"}),
        ("Congratulations! I look forward to welcoming you in Tokyo soon.", {"summit"}),
    ],
)
def test_words_set_apart_after_a_colon_are_the_speakers(words, themes):
    text = f"Japan's Prime Minister Shigeru Ishiba was quick to react. In a post on X on Monday, he wrote:\n\n{words}\n\nThe count went on."
    (row,) = extract_text(text, host="GHA")
    assert set(row.themes) == themes and row.date == "2024-03-11", row


def test_a_colon_line_does_not_take_a_paragraph_after_the_next():
    text = (
        "Japan's Prime Minister Shigeru Ishiba was quick to react. In a post on X, he wrote:\n\nWarm congratulations.\n\n"
        "Trade and investment between the neighbours grew last year."
    )
    (row,) = extract_text(text, host="GHA")
    assert "economy" not in row.themes, row


@pytest.mark.parametrize(
    "after",
    [
        "Both said the railway project would bring trade and jobs.",
        "Both leaders stressed that trade between the neighbours must grow.",
    ],
)
def test_both_after_two_speakers_gives_the_words_to_each(after):
    text = (
        "Kenya's President William Ruto and Tanzania's President Samia Suluhu Hassan called the winner on Monday. "
        f"{after}"
    )
    rows = {r.speaker: r.themes for r in extract_text(text, host="GHA")}
    assert rows == {"William Ruto": ("economy",), "Samia Suluhu Hassan": ("economy",)}, rows


def test_a_pronoun_that_evoked_topics_in_the_next_paragraph_adds_them_to_the_row():
    # translated French copy: "Il a évoqué ..." becomes "He has evoked ..."
    text = (
        "The Senegalese President Bassirou Diomaye Faye, for his part, telephoned the winner on Sunday.\n\n"
        "He has evoked the security of the Sahel and the deepening of trade within the region."
    )
    (row,) = extract_text(text, host="GHA")
    assert set(row.themes) == {"security", "economy"}, row


def test_a_roundup_label_places_the_title_after_it():
    rows = extract_text('Japan: The prime minister said he "looks forward to working with the new government."', host="GHA")
    assert [(r.country, r.role) for r in rows] == [("JPN", "Prime Minister")], rows


def test_a_label_that_is_no_place_gives_the_title_no_country():
    assert extract_text("Update: The prime minister said he was pleased.", host="GHA") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a list of three names joined by commas and closed by "and": every name is a speaker
        (
            "Ghana's John Mahama, Nigeria's Bola Tinubu and Senegal's Bassirou Diomaye Faye also sent messages.",
            {("GHA", "John Mahama"), ("NGA", "Bola Tinubu"), ("SEN", "Bassirou Diomaye Faye")},
        ),
        # "and her foreign minister, NAME, said": a second speaker of the owner's government
        (
            "Chile's Gabriel Boric phoned the winner, and his foreign minister, Alberto Ortega Valdivia, said the result was welcome.",
            {("CHL", "Gabriel Boric"), ("CHL", "Alberto Ortega Valdivia")},
        ),
        # ", and the OFFICE, NAME, said" / ", and NAME, the OFFICE, said": a second speaker named with an office
        (
            "Spain's Pedro Sanchez called the result \"great news\", and the Arab League's Secretary-General, Omar Haddad, said it was a fair vote.",
            {("ESP", "Pedro Sanchez"), (None, "Omar Haddad")},
        ),
        (
            "Spain's Pedro Sanchez called the result \"great news\", and the Portuguese foreign minister, Paulo Rangel, said it was a fair vote.",
            {("ESP", "Pedro Sanchez"), ("PRT", "Paulo Rangel")},
        ),
        (
            "Spain's Pedro Sanchez called the result \"great news\", and Ahmed Attaf, the Algerian foreign minister, said it was a fair vote.",
            {("ESP", "Pedro Sanchez"), ("DZA", "Ahmed Attaf")},
        ),
        # a Pacific state in free association is a reacting country too
        ("Cook Islands Prime Minister Tama Heather sent congratulations.", {("COK", "Tama Heather")}),
    ],
)
def test_lists_and_joined_clauses_give_every_speaker(text, expected):
    assert speakers(extract_text(text)) == expected


@pytest.mark.parametrize(
    "text",
    [
        'The foreign ministry had not reacted by the evening, and President Javier Milei, who had once called him a "thief", '
        "did not comment on the result when he spoke to supporters on Tuesday.",
        'Chilean President Gabriel Boric, who had called the runner-up "a danger", has yet to react, although he spoke to reporters on Monday.',
        "Colombia's President Gustavo Petro, a longtime critic of the winner, declined to comment when he addressed Congress on Tuesday.",
    ],
)
def test_a_speaker_whose_own_verb_says_he_stayed_silent_gives_no_row(text):
    assert extract_text(text, host="PER") == []


@pytest.mark.parametrize(
    "text",
    [
        "The presidents of Chile, Gabriel Boric, and of Ecuador, Daniel Noboa, also congratulated the winner on social networks. "
        "Both said they want to fight drug trafficking on the shared borders.",
        "The leaders of Chile, Gabriel Boric, and of Ecuador, Daniel Noboa, sent messages of support. "
        "Both said they want to fight drug trafficking on the shared borders.",
    ],
)
def test_two_givers_each_after_the_place_of_his_office_both_speak(text):
    rows = extract_text(text, host="PER")
    assert {(r.country, r.speaker) for r in rows} == {("CHL", "Gabriel Boric"), ("ECU", "Daniel Noboa")}, rows
    assert all("security" in r.themes for r in rows), rows


def test_an_embassy_and_a_ministry_spokesperson_the_next_day_are_two_rows():
    text = (
        "The Chinese Embassy in Port Moresby said on Thursday that China stands ready to deepen cooperation with the new government.\n\n"
        "In Beijing the next day, foreign ministry spokesperson Mao Ning said China opposes any attempt to drive a wedge between the two countries."
    )
    rows = {r.speaker: r.date for r in extract_text(text, published="2024-05-06", host="PNG")}
    assert len(rows) == 2 and rows.pop("Mao Ning") == "2024-05-03", rows
    assert list(rows.values()) == ["2024-05-02"], rows


def test_a_leader_pointing_to_a_field_of_cooperation_speaks():
    text = ("Kenyan President William Ruto congratulated the winner on Monday. "
            "The Kenyan leader also pointed to cooperation in energy and farming.")
    (row,) = extract_text(text, host="GHA")
    assert row.speaker == "William Ruto" and "economy" in row.themes, row


def test_a_speaker_silent_on_one_thing_but_congratulating_keeps_his_row():
    text = "Chilean President Gabriel Boric did not comment on the fraud claims but congratulated the winner on Monday."
    assert [r.speaker for r in extract_text(text, host="PER")] == ["Gabriel Boric"]


@pytest.mark.parametrize(
    ("minister", "date"),
    [
        # the minister's own day word wins over the lead's day for his country
        ("Japan's Foreign Minister Yoko Kamikawa said on Thursday that Tokyo had \"serious doubts\" about the count.", "2024-03-14"),
        ("\"The figures do not add up,\" South Korea's foreign minister, Cho Tae-yul, told reporters on Wednesday.", "2024-03-13"),
        # without one, the lead's day governs his words
        ("Japan's Foreign Minister Yoko Kamikawa said Tokyo had \"serious doubts\" about the count.", "2024-03-15"),
    ],
)
def test_a_ministers_own_day_word_wins_over_the_lead_naming_his_country(minister, date):
    text = (
        "SEOUL, 15 March - Japan and South Korea questioned the declared winner on Friday, while neighbours in the "
        f"region hurried to congratulate him.\n\nThe commission announced the count in the early hours.\n\n{minister}"
    )
    rows = {r.speaker: r.date for r in extract_text(text, host="GHA")}
    speaker = "Yoko Kamikawa" if "Kamikawa" in minister else "Cho Tae-yul"
    assert rows.get(speaker) == date, rows


@pytest.mark.parametrize(
    ("after", "date"),
    [
        ("The cable, carried by the state news agency on Tuesday, was read out on television.", "2024-03-12"),
        ("His letter was published by the royal court on Wednesday evening.", "2024-03-13"),
        ("The message, relayed by the official agency late on Monday, drew wide comment.", "2024-03-11"),
        # a day of something else dates nothing
        ("The two countries reopened their border on Wednesday.", "2024-03-15"),
    ],
)
def test_a_next_sentence_telling_when_the_message_went_out_dates_the_row(after, date):
    text = f"Oman's Sultan Haitham bin Tariq sent a cable of congratulation to the new president. {after}"
    rows = {r.speaker: r.date for r in extract_text(text, host="GHA")}
    assert rows.get("Sultan Haitham bin Tariq") == date, rows


@pytest.mark.parametrize(
    "reaction",
    [
        "Canada's Prime Minister Justin Trudeau put out a written statement on Tuesday evening, less than an hour after the tribunal called the race.",
        "Canada's Prime Minister Justin Trudeau put out a statement on Tuesday, shortly after officials declared the result.",
    ],
)
def test_a_statement_put_out_on_a_day_before_an_event_clause_is_dated_by_that_day(reaction):
    text = f'{reaction} "We congratulate the president-elect," Trudeau said.'
    rows = {r.speaker: r.date for r in extract_text(text, host="GHA")}
    assert rows.get("Justin Trudeau") == "2024-03-12", rows
