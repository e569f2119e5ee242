"""The theme conventions of data/README.md ("Theme conventions"), one table row per decision.

Each row is a sentence written for this file, the theme and whether the speaker's words carry it.
"""

import pytest

from tracker.extract.themes import match_themes


@pytest.mark.parametrize(
    ("text", "theme", "carried"),
    [
        # security: any peace, a peace process and stability are security
        ("we will keep working for a just peace between the two neighbours", "security", True),
        ("the government's commitment to the peace process in the highlands", "security", True),
        ("stability along the shared river border matters to us all", "security", True),
        ("may she rest in peace", "security", False),
        # security: aggression and the use of force between states, foreign forces
        ("the invader's aggression has only united the continent", "security", True),
        ("the bloc will restore order, by the use of force if need be", "security", True),
        ("excessive use of force against the marchers", "security", False),
        # security: terrorism fought, not named in a condolence
        ("the valley must never again become a haven for terrorists", "security", True),
        ("Lima will stop financing terrorism at its source", "security", True),
        ("we need the archipelago for international safety", "security", True),
        # security: the army of a coup is the coup's story, not defence
        ("the soldiers must return to their barracks", "security", False),
        ("the premier resigned under pressure from the army", "security", False),
        ("sanctions on the army's business empire", "security", False),
        ("our envoy made Oslo's views known to the army", "security", False),
        ("Oslo urged the army to free the president at once", "security", False),
        ("our military will protect the border", "security", True),
        ("the army that crushed the protests is now in charge of the country", "security", False),
        ("a veto threat at the Council will not stop us", "security", False),
        ("the new law threatened the liberties of the islanders", "security", False),
        # north_korea: its bombs and missiles are its own theme, not security
        ("Pyongyang must abandon its nuclear and missile programmes", "north_korea", True),
        ("Pyongyang must abandon its nuclear and missile programmes", "security", False),
        ("we condemn the missile launches by the DPRK", "security", False),
        ("the DPRK has become a grave threat to its neighbours", "security", False),
        # ... unless the speaker names defence or security in his own right
        ("our deterrence against North Korean missiles stays strong", "security", True),
        ("we keep working on North Korean human rights issues", "north_korea", True),
        ("we keep working on North Korean human rights issues", "democracy", False),
        # democracy: the will of the people, a vote to be respected, an open count
        ("a victory that reflects the will of the Malawian people", "democracy", True),
        ("we respect the will of the Timor-Leste people", "democracy", True),
        ("voters expressed their will calmly and in great numbers", "democracy", True),
        ("the result of the ballot must be respected by all sides", "democracy", True),
        ("Rome wants the outcome of the election respected", "democracy", True),
        ("observers praised the transparency of the process", "democracy", True),
        ("the count was well organised and transparent", "democracy", True),
        ("the soldiers must restore constitutional order within a week", "democracy", True),
        ("observers found the playing field was not level", "democracy", True),
        ("voters had genuine choices on the ballot", "democracy", True),
        ("we condemn the killings of two candidates in the south", "democracy", True),
        ("officials must finish the tally transparently", "democracy", True),
        ("the calm in which the islanders expressed their choice", "democracy", True),
        # ... but not the courtesy formula, a coup condemned without more, nor a peace effort's "process"
        ("Beijing respects the choice of the Tongan people", "democracy", False),
        ("we condemn the coup in the strongest terms", "democracy", False),
        ("any credible process will need both capitals at the table", "democracy", False),
        # alliance: NATO named, "the alliance" of its head or of any defence pact
        ("NATO must not expand towards our borders", "alliance", True),
        ("the alliance stands ready to welcome Skopje once the treaty is ratified", "alliance", True),
        ("he thanked his longtime ally for the support", "alliance", False),
        ("she thanked her political allies in parliament", "alliance", False),
        ("the prime minister thanked his NATO allies", "alliance", True),
        ("he spoke with his Japanese allies", "alliance", True),
        ("one of Taipei's last diplomatic allies in Africa", "alliance", False),
        ("Beijing is trying to buy allies with cheap loans", "alliance", False),
        # summit: a meeting, visit or delegation to come, a talk held with the counterpart, a summit to attend
        ("a delegation will travel to Asuncion for the inauguration", "summit", True),
        ("glad of our first discussion this morning", "summit", True),
        ("we look forward to meeting at the Pacific leaders' summit in Honiara", "summit", True),
        ("Suva is ready to host talks between the parties", "summit", True),
        ("she invited him to Oslo for talks on fisheries", "summit", True),
        ("constructive talks with the new chancellor", "summit", True),
        # ... not others' negotiations, a session of a council or committee, a body meeting by video, a visit of long ago
        ("Berlin will wait until the coalition emerges from the talks in Vienna", "summit", False),
        ("sanctions stay if the talks fail", "summit", False),
        ("the deal opens the way for accession talks", "summit", False),
        ("meeting by video link on Monday, the bloc suspended the country", "summit", False),
        ("recalling the late king's state visit to Lisbon in 1978", "summit", False),
        ("we have convened a meeting of the Security Council for tomorrow", "summit", False),
        ("the minister chaired a meeting of the cabinet's crisis committee", "summit", False),
        # the examples of data/README.md's table
        ("NATO must not move east", "alliance", True),
        ("cooperation between Norway, Finland and Sweden", "trilateral", True),
        ("to build peace between our peoples", "security", True),
        ("peace on the whole continent", "security", True),
        ("the popular will must prevail", "democracy", True),
        ("the history our two nations share", "history", True),
        ("the 30th anniversary of our relations", "history", True),
        ("questions of history still weigh on our ties", "history", True),
        ("when we meet at the regional summit", "summit", True),
        ("her old political ally", "alliance", False),
        ("we wished the country prosperity", "economy", False),
        ("pledged to help the new rulers economically", "economy", False),
        ("a condolence: may they rest in peace", "security", False),
        ("Moscow is ready to help build rail and gas links across the isthmus", "economy", True),
        ("no model can be copied into a country with a very different history", "history", False),
        # economy: trade, growth, an economy's recovery; not aid money, arms exports or a smuggling port
        ("the tourism recovery after the pandemic", "economy", True),
        ("to support Europe's recovery after the crisis", "economy", True),
        ("Quito will support the transition politically and economically", "economy", False),
        ("we paused our economic assistance to the interim authorities", "economy", False),
        ("a call for climate finance for island states", "economy", False),
        ("Ottawa will bar exports of military equipment to the territory", "economy", False),
        ("ready to resume industrial enrichment without limits", "economy", False),
        ("cooperation against drug shipments through the port of Callao", "economy", False),
        # economy: fishing as a sector, prices steadied (price stability is the economy's, not security's)
        ("both governments will expand cooperation on fisheries and tourism", "economy", True),
        ("Astana offered diesel shipments to stabilise prices in the capital", "economy", True),
        ("Astana offered diesel shipments to stabilise prices in the capital", "security", False),
        # security: a peaceful, stable region in any word order, a situation stabilised, warships
        ("we will work with Apia for a secure, peaceful and stable ocean", "security", True),
        ("Wellington wants a peaceful, stable and resilient region", "security", True),
        ("Minsk hopes for a rapid stabilisation of the situation in a neighbouring state", "security", True),
        ("the envoys will help stabilise the country before the winter", "security", True),
        ("foreign warships off the atoll alarm the fishermen", "security", True),
        ("a French warship carrying water and tents reached the island", "security", False),
        # democracy: rights language on punishment, disputes of a count settled openly
        ("the new penal code allows cruel, inhuman or degrading treatment", "democracy", True),
        ("any complaints about the tally should be handled in a transparent way", "democracy", True),
        # ... not a measure between states called illegitimate
        ("Caracas regards the blockade as illegitimate under international law", "democracy", False),
        ("Tehran denounced the illegitimate unilateral sanctions", "democracy", False),
        ("the junta's illegitimate regime must go", "democracy", True),
        # summit: a cabinet's session, or the meeting just held before speaking, is no meeting he seeks
        ("the spokesman spoke after the weekly cabinet meeting in the capital", "summit", False),
        ("she spoke after chairing an urgent meeting of coastal states' leaders", "summit", False),
        ("the two presidents agreed to hold a binational cabinet meeting in the spring", "summit", True),
        # ... nor another country's talks ("Chile's talks with Peru"); his own side's stay
        ("Quito hopes that Chile's talks with Peru settle the quota", "summit", False),
        ("Quito hopes our talks with Peru settle the quota", "summit", True),
        # security: fighting stopped or started between states, a state's force by its Russian-style name
        ("Oslo calls for an immediate cessation of hostilities along the river", "security", True),
        ("Minsk will answer with military-technical steps if the bases open", "security", True),
        # ... not a storm's or the climate's threat, enough food or power, relief carried by soldiers, arms kept back
        ("the typhoon proved an existential threat to the atolls", "security", False),
        ("the threat posed by rising seas to our coasts", "security", False),
        ("Accra offered seed and fertiliser to help with food security", "security", False),
        ("the president ordered the army to send tents and water to the valley", "security", False),
        ("Canberra will halt sales of military equipment to the enclave", "security", False),
        ("Rabat backs the sovereignty and territorial integrity of both republics", "security", False),
        ("the two leaders spoke about energy security in the Baltic", "security", True),
        # democracy: the constitutional order stood by or broken
        ("Quito stands firmly with the constitutional order in Paraguay", "democracy", True),
        ("the region will not accept any rupture of the legitimate constitutional order", "democracy", True),
        ("observers asked the board to publish the tally \u201ctransparently and fast\u201d", "democracy", True),
        # summit: rounds of talks the speaker's side hosted; not talks another party is thanked for hosting, the
        # meeting he had just had where he spoke, or a state visit of decades ago
        ("Muscat recalled that it had hosted three earlier rounds of talks", "summit", True),
        ("the envoy thanked Qatar for hosting the talks", "summit", False),
        ("she spoke in Vienna after meeting the IAEA chief", "summit", False),
        ("recalling the late emperor's kindness and his state visit to Lisbon in 1958", "summit", False),
        # (session 16, from the majority of tuning labels) democracy: good governance and a regime called illegitimate;
        # not a claim that the vote was a fraud, nor a body named for human rights
        ("Quito will support good governance on the islands", "democracy", True),
        ("Lima regards the junta's cabinet as illegitimate", "democracy", True),
        ("the new rules removed safeguards against fraud", "democracy", True),
        ("the count was one huge fraud, the minister wrote", "democracy", False),
        ("Oslo will write to the Human Rights Council in Geneva", "democracy", False),
        # economy: regional integration named alone is not; with trade it is
        ("a step forward for regional integration", "economy", False),
        ("more regional integration and more commerce", "economy", True),
        # china: the sea named as a place is not China
        ("drills in the South China Sea worry every coastal state", "china", False),
        # history: reconciliation named alone or in a region is not; between two peoples it is
        ("reconciliation across the valley must go on", "history", False),
        ("the pact advanced reconciliation between our nations", "history", True),
        # history: "historical" of the ties between peoples, not of a claim or of others' problems
        ("Rome cherishes its historical friendship with Lima", "history", True),
        ("old and historical links of kinship with Accra", "history", True),
        ("the claim to the atoll rests on historical maps", "history", False),
        ("two other states argue over historical grievances", "history", False),
        # security: a police force as another state's actor is not; an alliance's flank named alone is not
        ("Lima protested the raid by Ruritanian police on its consulate", "security", False),
        ("a relief for Vilnius and the eastern flank", "security", False),
        # summit: a ministerial mission sent is; a delegation of rescuers or a trip cut short is not
        ("the bloc will dispatch a presidential mission to Apia", "summit", True),
        ("Oslo will send a delegation of flood experts", "summit", False),
        ("the president curtailed his trip to Oman", "summit", False),
        # session 17 lines (more rows in test_theme_recurring_causes.py)
        ("Tallinn rejects the neighbour's coercion of the small republic", "security", False),
        ("the missile was not one of ours, the minister insisted", "security", False),
        ("we back a peaceful settlement of the maritime dispute", "security", True),
        ("Riga is reviewing its military cooperation with the junta", "security", False),
        ("the Cold War is long over", "security", False),
        ("we condemned the terrorist attack on the market", "security", False),
        ("the count respected the will of the voters", "democracy", True),
        ("an internal matter as set out in the Ruritanian constitution", "democracy", False),
        ("we will bring the new Economic Partnership Agreement into force", "economy", True),
        ("accused the neighbour of economic coercion", "economy", False),
        ("thanked Oslo for meeting the spending goal", "summit", False),
    ],
)
def test_theme_convention(text: str, theme: str, carried: bool) -> None:
    found = match_themes(text)
    assert (theme in found) is carried, found


@pytest.mark.parametrize(
    ("text", "speaker_country", "carried"),
    [
        # summit: a meeting two other named countries hold is theirs, not the speaker's
        ("Quito will watch the planned Chile-Peru summit closely", "ECU", False),
        ("we are preparing the Chile-Peru summit in Arica", "PER", True),
        ("Ottawa welcomed the direct talks between Ghana and Togo", "CAN", False),
        ("Accra will hold talks between Ghana and Togo next week", "GHA", True),
    ],
)
def test_a_meeting_of_two_other_countries_is_no_summit_of_the_speaker(text, speaker_country, carried):
    found = match_themes(text, speaker_country=speaker_country)
    assert ("summit" in found) is carried, found
