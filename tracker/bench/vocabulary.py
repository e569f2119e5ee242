"""Built-in vocabulary for the synthetic dumps of the benchmark.

The generator takes theme terms and dated offices from ``vocabulary.json``
(frozen from ``data/themes.toml`` and ``data/leaders.csv`` by ``python -m
tracker.bench.freeze``) so the text it writes exercises what the real extractor
knows; these tables are the fallback (themes; a speaker whose office the frozen
file does not date) and add the sentence material (verbs, filler, negatives) no
data file holds. Everything here is invented or public
general knowledge; none of it is copied from the development set.
"""

from __future__ import annotations

# iso3, English name, demonym, capital, leader title, leader, foreign minister,
# the name of the foreign ministry as the press writes it.
COUNTRIES: tuple[tuple[str, ...], ...] = (
    ("USA", "United States", "US", "Washington", "President", "Donald Trump", "Marco Rubio", "State Department"),
    ("JPN", "Japan", "Japanese", "Tokyo", "Prime Minister", "Shigeru Ishiba", "Takeshi Iwaya", "Japanese Foreign Ministry"),
    ("CHN", "China", "Chinese", "Beijing", "President", "Xi Jinping", "Wang Yi", "Chinese Foreign Ministry"),
    ("GBR", "United Kingdom", "British", "London", "Prime Minister", "Keir Starmer", "David Lammy", "Foreign Office"),
    ("FRA", "France", "French", "Paris", "President", "Emmanuel Macron", "Jean-Noel Barrot", "French Foreign Ministry"),
    ("DEU", "Germany", "German", "Berlin", "Chancellor", "Friedrich Merz", "Johann Wadephul", "German Foreign Office"),
    ("IND", "India", "Indian", "New Delhi", "Prime Minister", "Narendra Modi", "Subrahmanyam Jaishankar", "Ministry of External Affairs"),
    ("AUS", "Australia", "Australian", "Canberra", "Prime Minister", "Anthony Albanese", "Penny Wong", "Department of Foreign Affairs and Trade"),
    ("CAN", "Canada", "Canadian", "Ottawa", "Prime Minister", "Mark Carney", "Anita Anand", "Global Affairs Canada"),
    ("ITA", "Italy", "Italian", "Rome", "Prime Minister", "Giorgia Meloni", "Antonio Tajani", "Italian Foreign Ministry"),
    ("ESP", "Spain", "Spanish", "Madrid", "Prime Minister", "Pedro Sanchez", "Jose Manuel Albares", "Spanish Foreign Ministry"),
    ("RUS", "Russia", "Russian", "Moscow", "President", "Vladimir Putin", "Sergei Lavrov", "Russian Foreign Ministry"),
    ("UKR", "Ukraine", "Ukrainian", "Kyiv", "President", "Volodymyr Zelensky", "Andrii Sybiha", "Ukrainian Foreign Ministry"),
    ("TWN", "Taiwan", "Taiwanese", "Taipei", "President", "Lai Ching-te", "Lin Chia-lung", "Taiwanese Foreign Ministry"),
    ("KOR", "South Korea", "South Korean", "Seoul", "President", "Lee Jae-myung", "Cho Hyun", "South Korean Foreign Ministry"),
    ("PRK", "North Korea", "North Korean", "Pyongyang", "leader", "Kim Jong Un", "Choe Son Hui", "North Korean Foreign Ministry"),
    ("PHL", "Philippines", "Philippine", "Manila", "President", "Ferdinand Marcos Jr.", "Enrique Manalo", "Department of Foreign Affairs"),
    ("IDN", "Indonesia", "Indonesian", "Jakarta", "President", "Prabowo Subianto", "Sugiono", "Indonesian Foreign Ministry"),
    ("VNM", "Vietnam", "Vietnamese", "Hanoi", "Prime Minister", "Pham Minh Chinh", "Bui Thanh Son", "Vietnamese Foreign Ministry"),
    ("SGP", "Singapore", "Singaporean", "Singapore", "Prime Minister", "Lawrence Wong", "Vivian Balakrishnan", "Singaporean Foreign Ministry"),
    ("BRA", "Brazil", "Brazilian", "Brasilia", "President", "Luiz Inacio Lula da Silva", "Mauro Vieira", "Itamaraty"),
    ("MEX", "Mexico", "Mexican", "Mexico City", "President", "Claudia Sheinbaum", "Juan Ramon de la Fuente", "Mexican Foreign Ministry"),
    ("TUR", "Turkey", "Turkish", "Ankara", "President", "Recep Tayyip Erdogan", "Hakan Fidan", "Turkish Foreign Ministry"),
    ("POL", "Poland", "Polish", "Warsaw", "Prime Minister", "Donald Tusk", "Radoslaw Sikorski", "Polish Foreign Ministry"),
    ("NLD", "Netherlands", "Dutch", "The Hague", "Prime Minister", "Dick Schoof", "Caspar Veldkamp", "Dutch Foreign Ministry"),
    ("SWE", "Sweden", "Swedish", "Stockholm", "Prime Minister", "Ulf Kristersson", "Maria Malmer Stenergard", "Swedish Foreign Ministry"),
    ("ISR", "Israel", "Israeli", "Jerusalem", "Prime Minister", "Benjamin Netanyahu", "Gideon Saar", "Israeli Foreign Ministry"),
    ("IRN", "Iran", "Iranian", "Tehran", "President", "Masoud Pezeshkian", "Abbas Araghchi", "Iranian Foreign Ministry"),
    ("SAU", "Saudi Arabia", "Saudi", "Riyadh", "Crown Prince", "Mohammed bin Salman", "Faisal bin Farhan", "Saudi Foreign Ministry"),
    ("ZAF", "South Africa", "South African", "Pretoria", "President", "Cyril Ramaphosa", "Ronald Lamola", "Department of International Relations"),
    ("NGA", "Nigeria", "Nigerian", "Abuja", "President", "Bola Tinubu", "Yusuf Tuggar", "Nigerian Foreign Ministry"),
    ("EGY", "Egypt", "Egyptian", "Cairo", "President", "Abdel Fattah al-Sisi", "Badr Abdelatty", "Egyptian Foreign Ministry"),
    ("PAK", "Pakistan", "Pakistani", "Islamabad", "Prime Minister", "Shehbaz Sharif", "Ishaq Dar", "Pakistani Foreign Office"),
    ("NZL", "New Zealand", "New Zealand", "Wellington", "Prime Minister", "Christopher Luxon", "Winston Peters", "New Zealand Foreign Ministry"),
    ("MNG", "Mongolia", "Mongolian", "Ulaanbaatar", "President", "Ukhnaagiin Khurelsukh", "Battsetseg Batmunkh", "Mongolian Foreign Ministry"),
    ("THA", "Thailand", "Thai", "Bangkok", "Prime Minister", "Paetongtarn Shinawatra", "Maris Sangiampongsa", "Thai Foreign Ministry"),
    ("MYS", "Malaysia", "Malaysian", "Kuala Lumpur", "Prime Minister", "Anwar Ibrahim", "Mohamad Hasan", "Wisma Putra"),
    ("ARG", "Argentina", "Argentine", "Buenos Aires", "President", "Javier Milei", "Gerardo Werthein", "Argentine Foreign Ministry"),
    ("KEN", "Kenya", "Kenyan", "Nairobi", "President", "William Ruto", "Musalia Mudavadi", "Kenyan Foreign Ministry"),
    ("NOR", "Norway", "Norwegian", "Oslo", "Prime Minister", "Jonas Gahr Store", "Espen Barth Eide", "Norwegian Foreign Ministry"),
)

# International organisations: name, title, person.
ORGANIZATIONS: tuple[tuple[str, str, str], ...] = (
    ("United Nations", "Secretary-General", "Antonio Guterres"),
    ("NATO", "Secretary General", "Mark Rutte"),
    ("European Commission", "President", "Ursula von der Leyen"),
    ("European Council", "President", "Antonio Costa"),
    ("ASEAN", "Secretary-General", "Kao Kim Hourn"),
)

# Hosts of synthetic events: iso3, the office won, the winner, the runner-up.
EVENTS: tuple[tuple[str, str, str, str], ...] = (
    ("KOR", "president", "Lee Jae-myung", "Kim Moon-soo"),
    ("JPN", "prime minister", "Sanae Takaichi", "Yoshihiko Noda"),
    ("TWN", "president", "Lai Ching-te", "Hou Yu-ih"),
    ("GBR", "prime minister", "Keir Starmer", "Rishi Sunak"),
    ("IDN", "president", "Prabowo Subianto", "Anies Baswedan"),
    ("LKA", "president", "Anura Kumara Dissanayake", "Sajith Premadasa"),
    ("POL", "president", "Karol Nawrocki", "Rafal Trzaskowski"),
    ("MEX", "president", "Claudia Sheinbaum", "Xochitl Galvez"),
    ("PHL", "president", "Ferdinand Marcos Jr.", "Leni Robredo"),
    ("DEU", "chancellor", "Friedrich Merz", "Olaf Scholz"),
)
HOST_NAMES = {"LKA": ("Sri Lanka", "Sri Lankan", "Colombo")}

# Invented people for spokespeople and lawmakers.
FIRST_NAMES = (
    "Anna Maria James Kenji Lin Mei Ahmed Sofia Lukas Elena Ravi Priya Tomas Ines Omar Hana Daniel Yuki "
    "Carlos Nadia Pavel Ingrid Samuel Leila Marco Aiko Felix Chen Amara Jonas"
).split()
LAST_NAMES = (
    "Kowalski Tanaka Moreau Becker Okafor Lindqvist Haddad Novak Fischer Silva Park Suzuki Wright Duarte "
    "Petrov Nakamura Olsen Rahman Costa Weber Mendes Horvat Sato Banerjee Hale Ortiz Varga Ito Keller Dunn"
).split()
US_LAWMAKERS = (("Sen.", "Senate"), ("Rep.", "House"))
PARTIES = ("Republican", "Democratic")
COMMITTEES = ("Foreign Relations Committee", "Armed Services Committee", "Intelligence Committee")

WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
MONTHS = (
    "January February March April May June July August September October November December"
).split()

# Theme key -> terms, used when vocabulary.json is missing or unreadable.
THEMES: dict[str, tuple[str, ...]] = {
    "alliance": ("alliance", "ironclad alliance", "mutual defense treaty", "allies"),
    "trilateral": ("trilateral cooperation", "trilateral partnership", "three countries"),
    "china": ("China", "Beijing's pressure", "Chinese coercion"),
    "economy": ("economic ties", "trade", "investment", "supply chains"),
    "security": ("regional security", "peace and stability", "defense cooperation"),
    "democracy": ("democratic values", "democracy", "rule of law"),
    "north_korea": ("North Korea", "denuclearization", "Pyongyang's missile programme"),
    "history": ("historical issues", "the painful past", "anniversary of diplomatic relations"),
    "summit": ("an early summit", "a summit meeting", "meet in person soon"),
}

# Quote frames: {term} receives a theme term.
QUOTE_FRAMES = (
    "We look forward to working closely together to strengthen {term}",
    "Our two countries share a deep commitment to {term}",
    "I am confident that we will take {term} to new heights",
    "We will continue to deepen {term} for the benefit of both our peoples",
    "This result opens a new chapter for {term}",
    "I hope we can build on {term} in the years ahead",
    "Together we can make real progress on {term}",
    "We stand ready to work with the new government on {term}",
)
CONGRATULATIONS = (
    "Congratulations to {elect} on a historic victory",
    "My warmest congratulations to {elect}",
    "I extend my sincere congratulations to {elect} on the election win",
    "Heartfelt congratulations to {elect} and to the people of {host}",
)
CONCERNS = (
    "We are concerned that {term} could be undermined by the new government",
    "We urge the new leadership to act responsibly on {term}",
    "Any attempt to use {term} as a pretext for confrontation will be firmly opposed",
    "We strongly oppose any official contact that harms {term}",
)
REPORTED = (
    "expressed hope for closer cooperation on {term}",
    "pledged to strengthen {term} with the new government",
    "said the two sides should deepen {term}",
    "called for renewed dialogue on {term}",
    "stressed the importance of {term}",
)
REACTION_VERBS = ("congratulated", "welcomed the victory of", "sent a congratulatory message to", "hailed")
SAY_VERBS = ("said", "told reporters", "said in a statement", "wrote on X", "said in a post on X")

# Filler and negatives: no diplomatic reaction in them.
# Every background sentence has several random slots, so sentences rarely repeat
# across articles (as in real news): an extractor that caches per sentence must not
# look faster here than on real dumps.
FILLER = (
    "{elect} won {pct} percent of the vote in {day_phrase} election, ahead of {rival}, who conceded defeat at {hour} p.m.",
    "Turnout reached {turnout}.{digit} percent, the highest since {year}, according to the national election commission.",
    "The new {office} faces a slowing economy, a workforce shrinking by {n} thousand a year and a divided parliament.",
    "Analysts at {institute} said the result reflected frustration with living costs, which rose {delta} percent last year.",
    "The inauguration ceremony on {weekday} was kept to {n} minutes, with a formal celebration planned for {month}.",
    "Financial markets were calm, with the main stock index closing {delta} percent higher at {index_level} points.",
    "Campaigning in {region} focused on jobs, pensions and the cost of energy, {person} of {institute} noted.",
    "Officials said the transition team would announce {n} cabinet nominations within {small} weeks.",
    "'Voters wanted a change of direction after {small} years of stagnation,' said {person}, a political scientist at {institute}.",
    "The currency strengthened {delta} percent against the dollar on {weekday} as investors bet on a stable transition.",
    "{rival} told {n} supporters at party headquarters in {region} that the opposition would hold the government to account.",
    "Exit polls had pointed to a margin of {small} points, but it widened as {n} rural districts reported.",
    "The election was called {small} months early after deadlock over the budget and a stalled pension reform in {region}.",
    "About {turnout}.{digit} million people were eligible to vote, including {pct} thousand citizens living abroad.",
    "{n} election monitors said voting was orderly, though {small} polling stations in {region} stayed open late.",
    "{elect}, a former governor of {region}, campaigned on cutting red tape and raising the minimum wage by {small} percent.",
    "The ruling coalition lost {pct} seats, its worst showing since {year}, according to {person} of {institute}.",
    "Foreign policy experts at {institute}, among them {person}, expect the new {office} to keep the broad lines of past diplomacy.",
    "Diplomats in {region} said about {small} congratulatory calls would be scheduled before {weekday}.",
    "The result is due to be certified by the electoral commission within {small} days, {person} said.",
)
INSTITUTES = (
    "the national university", "the Institute for Policy Studies", "the Centre for Democratic Affairs",
    "the Asan Forum", "the Lowy Institute", "the Chatham Centre", "the Civic Research Council",
    "the Global Affairs Institute", "the Metropolitan University", "the Observatory of Elections",
)
REGIONS = (
    "the north", "the south", "the capital region", "the eastern provinces", "the western districts",
    "the coastal cities", "the industrial belt", "the farm regions", "the border areas", "the islands",
)
CONTEXT = (
    "The two countries marked {pct} years of diplomatic relations last year.",
    "Trade between them reached a record {amount} billion dollars last year.",
    "Relations have warmed since a leaders' meeting on the sidelines of a summit {pct} months ago.",
    "The message was published on the ministry's website at {hour}:{minute:02d}.",
    "It was the first contact between the two governments in {amount} days.",
    "Officials said a phone call between the leaders was being arranged for {weekday} at {hour}:{minute:02d}.",
)
NEGATIVE_ARTICLES = (
    ("{company} shares climb on record quarterly profit",
     ("{company} reported an operating profit of {amount} billion dollars for the quarter, beating forecasts.",
      "'Demand for our products remains strong in every region,' chief executive {person} said on a call with analysts.",
      "The company expects sales to grow by {pct} percent next year as new factories come online.",
      "Shares rose {delta} percent in morning trading before paring gains.")),
    ("{elect} names {person} as chief of staff",
     ("{elect} on {weekday} appointed {person}, a former vice finance minister, as chief of staff.",
      "A spokesperson for the transition team said {pct} more appointments would follow within days.",
      "{person} previously served as an economics professor for {pct} years and adviser to the central bank.")),
    ("Army takes delivery of new tanks under export deal",
     ("The army announced on Facebook, 'The new tanks are now with us,' sharing photos of vehicles unloaded at the port.",
      "The delivery brings the total to {amount} units under the first contract, the defence contractor said.",
      "A second contract covering local production of {pct} units is expected to be signed as early as {weekday}.")),
    ("Heavy rain disrupts commuter trains in the capital",
     ("Torrential rain flooded several underground stations on {weekday}, the weather service said.",
      "Authorities urged residents to avoid unnecessary travel as up to {amount} millimetres of rain was forecast.",
      "No injuries were reported, but {amount} flights were delayed.")),
    ("National team books World Cup place with late winner",
     ("A header in the {amount}th minute sealed a 2-1 win and a place at next year's World Cup.",
      "'The players showed incredible character tonight,' the head coach {person} told reporters.",
      "Tickets for the next home match sold out within {pct} minutes.")),
)
COMPANIES = ("Hanwa Motors", "Nordlicht Energy", "Pacific Semiconductor", "Meridian Steel", "Arcadia Foods")
OUTLETS = (
    "Korea Herald", "Yonhap", "Kyodo", "Reuters", "AP", "AFP", "The Straits Times", "Nikkei Asia",
    "The Guardian", "Focus Taiwan", "Jiji Press", "Deutsche Welle", "Channel News Asia", "Bloomberg",
)
BOILERPLATE = ("Try Our AI Features", "Explore what the AI assistant can do for you:", "Comments", "No comments yet...")
