"""The host-country guess: the country whose event a file reports, given to speakers placed no other way.

Each case names other countries more often, or as often, than the host; the guess must still find the host.
"""

import pytest

from tracker.extract import infer_host_country
from tracker.models import Article


def _guess(title: str, text: str, published: str = "2024-05-06") -> str | None:
    return infer_host_country([Article(title=title, text=text, published=published)])


@pytest.mark.parametrize(
    ("title", "text", "published", "host"),
    [
        # a recognition switch: the switcher is the host, not where recognition goes nor the ally it leaves
        ("Taipei loses another ally as Nauru switches to Beijing; Japanese lawmakers voice concern",
         ("TAIPEI - Taiwan ended diplomatic relations with Nauru on Monday after the island decided to recognise "
          "Beijing. Taiwan's foreign minister said China had lured Nauru with aid. China welcomed the move, and "
          "Taiwan's president said China's pressure would fail. China's foreign ministry praised the decision."),
         "2024-01-15", "NRU"),
        ("Beijing hails a switch of recognition from Taipei to Tegucigalpa's new friend",
         ("Honduras switched recognition from Taipei to Beijing on Sunday. China's foreign ministry welcomed it; "
          "Taiwan said it regretted the decision."), "2023-03-27", "HND"),
        # the capitals listed before the verb react; the one they urge or accuse is the host
        ("Ottawa, Canberra and Wellington urge Fiji to keep talks going",
         "The three governments issued a joint statement on Tuesday.", "2024-03-05", "FJI"),
        ("Spain accuses Morocco of stoking a migrant surge",
         "Madrid said the crossings at Ceuta had been allowed on purpose.", "2021-05-19", "MAR"),
        ("Dutch lawmakers slam Hungary's new media law",
         "The Netherlands and Belgium asked the Commission to act.", "2024-05-06", "HUN"),
        # whoever a call comes from gives it; the one who takes it is the host
        ("Beijing protests after Honduran president-elect takes call from Taiwan's Lai",
         ("Lai Ching-te said Taiwan valued its friends. Taiwan's ministry confirmed the call. Honduras has not "
          "commented."), "2025-12-03", "HND"),
        # so does every one of a list of callers: "calls from Ottawa and Tokyo" are givers, whoever is named first
        ("Albanese's first week: calls from Ottawa and Tokyo as the new cabinet is sworn in",
         ("Anthony Albanese begins his first week as prime minister. Justin Trudeau called him on Tuesday. "
          "Japan's prime minister also called."), "2022-05-25", "AUS"),
        ("Congratulations from Paris, Rome and Madrid as Lisbon's new premier takes office",
         "Portugal's new prime minister thanked his European partners.", "2024-04-03", "PRT"),
        # a conference's host is the country the text calls the host, not the one the conference is about
        ("Lakeside conference ends with pledges for Sudan",
         ("The two-day conference on Sudan closed on Friday with pledges from forty governments.\n\nThe hosts\n\n"
          "Norwegian Prime Minister Jonas Gahr Store said the meeting had kept Sudan on the agenda."),
         "2024-04-12", "NOR"),
    ],
)
def test_the_host_is_the_country_of_the_event_not_its_reactors(title, text, published, host):
    assert _guess(title, text, published) == host


def test_a_capital_after_in_is_where_an_embassy_sits_not_a_reacting_subject():
    text = (
        "The U.S. Embassy in Dhaka had urged calm. The EU delegation in Dhaka had urged restraint. "
        "Bangladesh counted through the night."
    )
    assert _guess("Counting ends", text) == "BGD"


def test_not_welcome_in_a_country_greets_no_one():
    # "welcome" greets whom it names, but "welcome in Norwegian waters" names only a place
    title = "Iceland to host Arctic talks; Stoltenberg says warships not welcome in Norwegian waters"
    assert _guess(title, "Reykjavik will receive delegations from eight states.", "2013-05-06") == "ISL"


@pytest.mark.parametrize(
    ("title", "host"),
    [
        ("Chile mourns Piñera as Buenos Aires and Lima send condolences", "CHL"),
        ("Kenya's opposition slams Ruto over tax bill; Uganda and Tanzania voice concern", "KEN"),
    ],
)
def test_a_country_reacting_to_its_own_is_the_host(title, host):
    text = (
        "Argentina's president said Argentina had lost a friend. Argentina and Uganda and Tanzania sent envoys, "
        "and Argentina flew its flags at half-mast."
    )
    assert _guess(title, text, "2024-02-07") == host


@pytest.mark.parametrize(
    ("title", "text", "host"),
    [
        # a third country hosting or brokering the talks is only their venue
        ("Armenia and Azerbaijan initial peace deal at talks in Abu Dhabi",
         ("The United Arab Emirates hosted the talks in Abu Dhabi, where the foreign ministers of Armenia and Azerbaijan "
          "met for two days. Armenia's prime minister said the deal ended decades of conflict. The UAE said it was proud "
          "to host."), "ARM"),
        ("Colombia and ELN rebels agree ceasefire",
         ("Cuba, which hosted the negotiations in Havana along with Norway, said the agreement was a step forward. "
          "Colombia's president hailed the deal. The ELN said it would respect it."), "COL"),
        ("Ethiopia and Tigray forces sign truce in talks mediated by South Africa",
         ("South Africa and the African Union mediated ten days of negotiations in Pretoria. Kenya said the truce was a "
          "relief. South Africa's president said Africans had solved an African problem. Tigray's leaders welcomed it."),
         "ETH"),
    ],
)
def test_the_country_hosting_talks_between_others_is_no_host(title, text, host):
    assert _guess(title, text) == host



@pytest.mark.parametrize(
    ("title", "text", "host"),
    [
        # a diplomatic spat: the capitals that join the first mover react, and the one they join is the event's,
        # though the side they blame is named more often
        ("Ottawa and Wellington join Canberra in sanctioning Iranian officials",
         ("Iran said the sanctions were illegal. Iran's foreign minister said Tehran would not bow, and Iranian state "
          "television called the measures hostile. Australia's foreign minister said the sanctions were overdue."), "AUS"),
        ("Tallinn, Riga and Warsaw join Vilnius in expelling Belarusian diplomats",
         ("Belarus called the expulsions a provocation. Minsk said Belarus would answer in kind, and Belarusian "
          "state media said Lithuania had started it."), "LTU"),
    ],
)
def test_the_capitals_joining_the_first_mover_are_not_the_host(title, text, host):
    assert _guess(title, text, "2024-02-07") == host


@pytest.mark.parametrize(
    ("titles", "host"),
    [
        # a tracker's rows, one reaction each: the country whose council, government or election the greeting
        # verb's object is "of" is the host, however often the reactors are named
        (["Canada welcomes installation of Chad's transitional council",
          "Ruto says police unit ready to deploy",
          "Nairobi promises more officers"], "TCD"),
        (["Lisbon hails the election of Guinea-Bissau's new president",
          "Senegal's Sall: Senegalese troops stay",
          "Dakar says Senegalese mission goes on"], "GNB"),
        # near miss: a call or message "of" someone is no event of theirs
        (["Chad welcomes the message of Kenya's president", "Chadian council sworn in"], "TCD"),
    ],
)
def test_the_country_a_greeting_is_of_is_the_host(titles, host):
    articles = [Article(title=t, text="Officials spoke on Friday.", published="2024-05-10") for t in titles]
    assert infer_host_country(articles) == host


@pytest.mark.parametrize(
    ("title", "text", "host"),
    [
        # a candidate's own law or vote: the union it seeks to enter is named often, as a goal, and is no host
        ("Fact check: did Brussels close Moldova's path to the European Union?",
         ("Moldova's parliament passed the media law on Tuesday. EU officials said the law was a setback, not a "
          "decision. Moldova wants to join the EU by 2030."), "MDA"),
        # near miss: the union's own decision is its event
        ("EU leaders agree on new budget after all-night summit in Brussels",
         "The European Union adopted its budget on Friday. Hungary and Poland said they would not block it.", "EUU"),
    ],
)
def test_a_union_named_as_a_candidates_goal_is_no_host(title, text, host):
    assert _guess(title, text, "2024-05-16") == host
