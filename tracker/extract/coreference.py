"""Who a mention refers to: the people, institutions and governments of one article.

An ``EntityRegistry`` lives for one article. It turns mentions into entities and links
follow-ups to them: a surname to the full name met earlier ("Ishiba"), a pronoun to the
last subject ("he added"), a role to the last matching person ("The secretary
reaffirmed", "the top U.S. diplomat"), "the statement" to the last speaker, "his office"
to the person it belongs to.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from difflib import SequenceMatcher

from tracker.extract.countries import country_in, country_name, demonym
from tracker.extract.lexicon import COUNTRY_NAMES, INSTITUTIONS, LEADERS, LEADERS_BY_NAME, SHARED_OWNERS, SHARED_SURNAMES, Leader, fold_name
from tracker.extract.mention_words import Mention

GENERIC_ROLE_WORDS = {
    "leader": {"head"},
    "official": {"head", "minister", "official", "diplomat", "spokesperson", "legislator"},
    "diplomat": {"minister", "diplomat"},
    "Envoy": {"diplomat"},  # "the envoy" after "China's ambassador, Wang Lixin,"
    "Republican": {"legislator", "head", "minister"},
    "Democrat": {"legislator", "head", "minister"},
    "Social Democrat": {"legislator", "head", "minister"},
    "Conservative": {"legislator", "head", "minister"},
    "monarch": {"head"},
    "head of state": {"head"},
}
_MONARCH_TITLES = frozenset({"King", "Queen", "Sultan", "Emir", "Sheikh", "Emperor", "Crown Prince"})
# How alike two spellings of one given name are ("Binyamin" and "Benjamin", "Mohamed" and "Muhammad");
# a relative's name ("Hunter" beside "Joe", "Sara" beside "Benjamin") is far below it.
SPELLING_VARIANT_RATIO = 0.7


def _spelling_variant(words: list[str]) -> list[Leader]:
    """The leader whose listed name is ``words`` with the given name spelt another way ("Binyamin Netanyahu",
    "Recep Erdogan" for "Recep Tayyip Erdogan"): the same surname, which names one leader alone, and a given name
    with the same first letter and most of its letters."""
    if len(words) not in (2, 3):
        return []
    given = fold_name(words[0]).lower()
    found = []
    for leader in LEADERS_BY_NAME.get(words[-1]) or ():
        parts = fold_name(leader.name).split()
        listed = parts[0].lower()
        if (
            len(parts) >= 2 and parts[-1].lower() == fold_name(words[-1]).lower() and listed[:1] == given[:1]
            and (listed == given or SequenceMatcher(None, listed, given).ratio() >= SPELLING_VARIANT_RATIO)
        ):
            found.append(leader)
    return found
OFFICIAL_RANKS = frozenset({"head", "minister", "official", "diplomat", "spokesperson", "legislator", "honorific"})
_NAME_SUFFIX_WORDS = frozenset({"Jr", "Sr", "II", "III", "IV"})  # "Ana Ruiz Jr." is no other name of Ana Ruiz


@dataclass(eq=False)  # entities are compared by identity: two people may share every field
class Entity:
    """A speaker candidate: a person, an institution, a government (country) or an organisation."""

    key: str
    kind: str
    name: str
    role: str | None = None
    rank: str | None = None
    country: str | None = None
    organization: str | None = None
    inst_kind: str | None = None
    institution: str | None = None
    name_words: set[str] = field(default_factory=set)
    principal: Entity | None = None  # a spokesperson's leader

    @property
    def official(self) -> bool:
        if self.kind != "person":
            return True
        return self.rank in OFFICIAL_RANKS


def _leader_on(leaders: list[Leader], date: dt.date | None, *, strict: bool = False) -> Leader | None:
    """The leader holding office on ``date``; else (unless ``strict``) the one whose term was nearest."""
    if not leaders:
        return None
    if date is None:
        return leaders[0]
    for leader in leaders:
        if (leader.start is None or leader.start <= date + dt.timedelta(days=3)) and (
            leader.end is None or date <= leader.end
        ):
            return leader
    if strict:
        return None

    def distance(leader: Leader) -> int:
        if leader.start is not None and date < leader.start:
            return (leader.start - date).days
        return (date - leader.end).days if leader.end is not None else 0

    return min(leaders, key=distance)


# Ministers' roles whose holders data/leaders.csv dates closely enough to name them from the role alone
# ("the Spanish foreign minister said"), and the titles the same office bears in some countries: a
# "foreign minister" is Britain's Foreign Secretary and India's External Affairs Minister, but India's
# "foreign secretary" is a civil servant, so that title names only holders of that very title.
DATED_MINISTER_ROLES = {
    "foreign minister": ("foreign secretary", "external affairs minister"),
    "foreign secretary": (),
    "external affairs minister": (),
    "secretary of state": (),
    "foreign policy chief": ("high representative for foreign affairs",),
    # "the French head of state": the office's holder under its own title (a president, a king, an emir)
    "head of state": ("president", "king", "queen", "emir", "amir", "sultan", "emperor", "grand duke"),
}


def _by_country(leaders: list[Leader]) -> dict[str | None, tuple[Leader, ...]]:
    """The table's rows grouped by country (None: an international body's officials), in table order."""
    grouped: dict[str | None, list[Leader]] = {}
    for ld in leaders:
        grouped.setdefault(ld.country, []).append(ld)
    return {country: tuple(rows) for country, rows in grouped.items()}


# a role's holder is looked for among one country's rows (a walk over the whole table of ~1,900 rows for each
# "the French president" was 3% of extraction time)
_LEADERS_BY_COUNTRY = _by_country(LEADERS)


def leader_by_role(country: str, role: str, date: dt.date | None) -> Leader | None:
    """The known holder of ``role`` in ``country`` on ``date`` ("the French president")."""
    role_l = role.lower()
    also = DATED_MINISTER_ROLES.get(role_l, ())
    matches = [
        ld for ld in _LEADERS_BY_COUNTRY.get(country, ())
        if ld.role.lower() == role_l or ld.role.lower().startswith(role_l) or ld.role.lower() in also
    ]
    # "the New Zealand prime minister" in 2022 is not whoever holds the office today
    return _leader_on(matches, date, strict=True) if matches else None


def leader_by_org_role(organization: str, role: str, date: dt.date | None) -> Leader | None:
    """The known holder of ``role`` at an international body on ``date`` ("the UN Secretary-General")."""
    role_l = role.lower()
    matches = [ld for ld in _LEADERS_BY_COUNTRY.get(None, ()) if ld.organization == organization and ld.role.lower() == role_l]
    return _leader_on(matches, date, strict=True) if matches else None


# a lower office named with the higher one's words: the Under-Secretary-General is no "Secretary-General"
_LOWER_OFFICE_WORDS = frozenset({"under", "assistant", "deputy", "vice"})


def role_matches(role: str, entity: Entity) -> bool:
    """Whether a person entity holds ``role`` ("the prime minister" ~ "Prime Minister")."""
    if entity.kind != "person":
        return False
    if role in GENERIC_ROLE_WORDS:
        return entity.rank in GENERIC_ROLE_WORDS[role]
    words = set(role.lower().replace("-", " ").split())
    have = set((entity.role or "").lower().replace("-", " ").split())
    if (have - words) & _LOWER_OFFICE_WORDS:
        return False
    if words <= have:
        return True
    # "the secretary" ~ "Secretary of State"; "the prime minister" ~ "Prime Minister"
    return bool(words & have) and len(words) == 1


_ROMAN_RE = re.compile(r"[IVX]+\.?")


def _uncapped(name: str) -> str:
    """A name whose family name is set in capitals among name words in ordinary case, as ministries and
    protocol lists write them ("SATO Kenji", "Marie DUPONT", "PARK Min Jun"), in ordinary case: one
    person with "Mr. Sato" or "Ms. Dupont" later (numerals stay: "Carl XVI Gustaf")."""
    words = name.split()
    if len(words) < 2 or not any(w[:1].isupper() and not w.isupper() for w in words):
        return name
    capped = [w for w in words if len(w) > 1 and w.isupper() and w.replace("-", "").replace("'", "").isalpha() and not _ROMAN_RE.fullmatch(w)]
    # "Ana McCALLUM": a Scottish or Irish family name in capitals keeps its "Mc" as written
    scots = {w: mc.group(1) + mc.group(2).title() for w in words if (mc := _MC_CAPPED_RE.fullmatch(w)) is not None}
    if not capped and not scots:
        return name
    return " ".join(w.title() if w in capped else scots.get(w, w) for w in words)


_MC_CAPPED_RE = re.compile(r"(Ma?c)([A-Z]{2,})")


class EntityRegistry:
    """Entities of one article and the recency lists that pronouns and roles resolve against."""

    def __init__(self, *, date: dt.date | None) -> None:
        self.date = date
        self.entities: dict[str, Entity] = {}
        self.by_word: dict[str, Entity] = {}
        self.recent: list[Entity] = []  # subjects and speakers, most recent last
        self.last_speaker: Entity | None = None
        self._known_names: frozenset[str] | None = None  # rebuilt only after a new person is added

    # -- creation -----------------------------------------------------------------
    def _add(self, entity: Entity) -> Entity:
        found = self.entities.get(entity.key)
        if found is not None:
            if found.country is None and entity.country:
                found.country = entity.country
            if found.role is None and entity.role:
                found.role, found.rank = entity.role, entity.rank
            return found
        self.entities[entity.key] = entity
        if entity.kind == "person":
            for word in entity.name_words:
                self.by_word.setdefault(word, entity)
            self._known_names = None
        return entity

    @property
    def known_names(self) -> frozenset[str]:
        # asked once per sentence, changed only by a new person: not rebuilt on every ask
        if self._known_names is None:
            self._known_names = frozenset(self.by_word)
        return self._known_names

    def touch(self, entity: Entity) -> None:
        if entity in self.recent:
            self.recent.remove(entity)
        self.recent.append(entity)

    def person(self, m: Mention, *, context_country: str | None, context_org: str | None) -> Entity | None:
        name = _uncapped(m.name or "")
        words = [w for w in name.replace(".", "").split() if len(w) > 1 and w[0].isupper()]
        existing = self.by_word.get(name) or (self.by_word.get(words[-1]) if len(words) == 1 else None)
        if existing is None and len(words) >= 2:
            for w in words:
                e = self.by_word.get(w)
                roles_differ = bool(e is not None and m.role and e.role and m.rank != "honorific" and e.rank != "honorific" and m.role != e.role)
                if e is not None and not roles_differ and (m.country is None or e.country in (None, m.country)) and len(w) > 2:
                    shared = set(words) & e.name_words
                    # "Lukas Olsen" and "Daniel Olsen" are two people
                    other_first = e.name.split()[0]
                    first_names_differ = (
                        len(e.name.split()) >= 2
                        and other_first.lower() != words[0].lower()
                        and words[0].lower() not in {x.lower() for x in e.name.split()}
                    )
                    # "Donald Trump" and "Donald Tusk", "Pedro Sanchez" and "Pedro Castillo": two people too
                    surnames_differ = (
                        len(shared) == 1 and w == words[0] and w != words[-1] and len(e.name.split()) >= 2
                        and e.name.split()[-1].lower() not in {x.lower() for x in words}
                    )
                    # "Michel Aoun" after "Charles Michel": one's given name is the other's surname
                    e_words = e.name.split()
                    crossed = len(shared) == 1 and len(e_words) >= 2 and len(words) >= 2 and (
                        (w == words[0] and w == e_words[-1] and w != e_words[0])
                        or (w == words[-1] and w == e_words[0] and w != e_words[-1])
                    )
                    if not first_names_differ and not surnames_differ and not crossed and (len(shared) >= 2 or w == words[-1] or w == words[0]):
                        existing = e
                        break
        if existing is not None:
            if m.role and (existing.role is None or existing.rank == "honorific"):
                existing.role, existing.rank = m.role, m.rank
            if existing.country is None and m.country:
                # what the mention itself says ("Norway's Berg"); a place named around a later mention ("Beijing
                # stayed silent, while Berg said", "In Oslo, Berg said") is where others spoke or he did
                existing.country = m.country
            return existing
        leaders = LEADERS_BY_NAME.get(name) or (LEADERS_BY_NAME.get(f"{m.role} {name}") if m.role else None) or []
        if not leaders and len(words) >= 3 and not m.country and words[-1].rstrip(".") not in _NAME_SUFFIX_WORDS:
            # "Abiy Ahmed Ali", "Ana Maria Ruiz Soto": a leader's full name in the table and one more (a
            # father's or grandfather's name, a second surname) is that leader
            leaders = LEADERS_BY_NAME.get(name.rsplit(" ", 1)[0]) if " " in name.rsplit(" ", 1)[0] else None
            leaders = leaders if leaders and " " in leaders[0].name else []
        if not leaders:
            leaders = _spelling_variant(words)  # "Binyamin Netanyahu": the given name spelt another way
        if len(words) == 1 and m.role and m.rank != "honorific":
            # "Sultan Ibrahim" is not Prime Minister Anwar Ibrahim
            role_words = set(m.role.lower().split())
            leaders = [ld for ld in leaders if role_words & set(ld.role.lower().split()) or ld.name.startswith(m.role)]
        if not leaders and len(words) == 1 and m.role and m.rank not in (None, "honorific") and name in SHARED_SURNAMES:
            leaders = self._shared_surname(name, m)
        if m.organization:
            # an international body's official is no national minister whose term is over: "the AU panel,
            # chaired by former Malian prime minister X," keeps X out of Mali's rows
            leaders = [ld for ld in leaders if ld.organization == m.organization] or (
                [ld for ld in leaders if _leader_on([ld], self.date, strict=True)] if self.date else leaders
            )
        if m.country:
            # a named person whose table office is a country's and not yet (or no longer) held on the day speaks
            # for the EU when an EU title says so ("X, the European Parliament's rapporteur" before he became his
            # country's foreign minister); another country in the text ("son of Cuban immigrants") is no title
            leaders = [ld for ld in leaders if ld.country == m.country] or ([] if len(words) == 1 else [
                ld for ld in leaders
                if m.country != "EUU" or self.date is None or _leader_on([ld], self.date, strict=True) is not None
            ])
        leader = _leader_on(leaders, self.date)
        if (
            leader is not None and self.date is not None and leader.start is not None
            and (leader.start - self.date).days > 365 and _leader_on(leaders, self.date, strict=True) is None
        ):
            # "central bank governor X" in a story years before X took the table's office: not that office's
            # holder yet, nor necessarily of that country (the text says who he was then); when the text places
            # him nowhere, the one country all his table offices are of is his ("X, leader of the opposition")
            countries = {ld.country for ld in leaders}
            if m.country is None and not m.organization and len(countries) == 1 and None not in countries and not any(ld.organization for ld in leaders):
                context_country = next(iter(countries))
            leader = None
        if (
            leader is not None and m.role is None and m.country is None and self.date is not None and leader.end is not None
            and (self.date - leader.end).days > 365 and _leader_on(leaders, self.date, strict=True) is None
        ):
            # "Barack Obama telephoned Berlin" in a 2023 story: a leader years out of office holds no office now
            return self._add(Entity(
                key=f"person:{leader.name}", kind="person", name=leader.name, role=f"former {leader.role}",
                rank="nonofficial", country=leader.country,
                name_words={w for w in (leader.name.split() + name.split()) if len(w) > 1 and w[0].isupper()},
            ))
        if leader is not None and m.role == "Head of Mission" and m.organization and m.country is None and leader.organization != m.organization:
            # "Former Kenyan president X, who heads the AU observer mission": he speaks for the mission's body
            return self._add(Entity(
                key=f"person:{leader.name}", kind="person", name=leader.name, role=m.role, rank=m.rank, country=None,
                organization=m.organization, name_words={w for w in (leader.name.split() + name.split()) if len(w) > 1 and w[0].isupper()},
            ))
        if leader is not None:
            full = leader.name
            entity = Entity(
                key=f"person:{full}",
                kind="person",
                name=full,
                role=m.role if m.role and m.rank != "honorific" else leader.role,
                rank=m.rank if m.role and m.rank != "honorific" else _rank_of_role(leader.role),
                country=leader.country or m.country,
                organization=leader.organization,
                name_words={w for w in (full.split() + name.split()) if len(w) > 1 and w[0].isupper()},
            )
            return self._add(entity)
        if m.role is None and len(words) < 2:
            return None
        if len(words) == 1 and m.role in _MONARCH_TITLES:
            name = f"{m.role} {name}"  # "Sultan Ibrahim", "King Abdullah"
        entity = Entity(
            key=f"person:{name}",
            kind="person",
            name=name,
            role=m.role,
            rank=m.rank,
            country=m.country or (None if m.organization else context_country),
            organization=m.organization or (context_org if not m.country else None),
            name_words=set(words),
        )
        return self._add(entity)

    def _shared_surname(self, name: str, m: Mention) -> list[Leader]:
        """"Foreign Minister Wong" when two leaders are called Wong: the one holding that office on the day
        (in the named country, if any); none when the office and day still leave two."""
        role_words = set((m.role or "").lower().replace("-", " ").split())
        held = [
            ld for ld in SHARED_SURNAMES[name]
            if role_words <= set(ld.role.lower().replace("-", " ").split()) and (m.country is None or ld.country == m.country)
        ]
        on_day = [ld for ld in held if _leader_on([ld], self.date, strict=True) is not None] if self.date else held
        return on_day if len({(ld.name, ld.country) for ld in on_day}) == 1 else []

    def country(self, iso3: str) -> Entity:
        # "Beijing said": the government speaks; a bare place name would say nothing about who
        name = country_name(iso3) if iso3 == "EUU" else f"{demonym(iso3) or country_name(iso3)} government"
        return self._add(Entity(key=f"country:{iso3}", kind="country", name=name, role="government", country=iso3))

    def organization(self, name: str, display: str | None = None) -> Entity:
        """An international body; ``display`` names it as written ("the AU observation mission"):
        its observers and its mission are one speaker, named by the mission."""
        entity = self._add(Entity(key=f"org:{name}", kind="organization", name=display or name, role="international organisation", organization=name))
        if display and entity.name == name:
            entity.name = display  # the body met earlier by its name now speaks through its mission
        return entity

    def institution(self, m: Mention, *, country: str | None, owner: Entity | None = None) -> Entity:
        base = m.institution or "institution"
        # "Foreign Office" placed in Pakistan is the "Pakistani Foreign Office"
        generic = base in _GENERIC_NAMES or (base in SHARED_OWNERS and country not in (None, SHARED_OWNERS[base]))
        if owner is not None and owner.kind == "person":
            name = f"{owner.name.split()[-1]} {base.lower()}"
            base = name
            country = country or owner.country
        elif generic:
            dem = demonym(country)
            display_words = _display(m.text).split()
            while display_words and _placeish(display_words[0]):
                display_words = display_words[1:]
            # (the words of a two-word name too: "South Korea's foreign ministry" is no "South Korean Korea ...")
            own = {dem, country_name(country) or ""} | set(dem.split()) | set((country_name(country) or "").split())
            extra = [
                w for w in display_words
                if w[0].isupper() and w not in _display(base).split() and w not in own and w.lower() not in _PATTERN_WORDS
            ]
            name = " ".join(extra + [base]) if extra else _BARE_DISPLAY.get(base, base)
            core_words = set(name.split())
            if dem:
                name = f"{dem} {name}"
            if m.city:
                name = f"{name} in {m.city}"
        else:
            name = base
        if not generic or owner is not None:
            core_words = set(name.split())
        # "the Korea Caucus statement" after "the US Congressional Korea Caucus"
        words = core_words
        # a body whose own words place it ("The Peruvian Foreign Ministry described ...") is not one met before that
        # the text placed nowhere ("the Ministry of Foreign Affairs said" under a dateline): another country's
        placed = m.country is not None and country == m.country
        for e in reversed(list(self.entities.values())):
            if (
                e.kind == "institution" and e.institution == base and m.determiner == "the"
                and words <= set(e.name.split())
                and (country is None or e.country == country or (e.country is None and not placed) or set() < _places_in(m.text) <= set(e.name.split()))
            ):
                return e
        for e in reversed(list(self.entities.values())):
            if e.kind == "institution" and e.institution == base and (
                country is None or e.country == country or (e.country is None and not placed) or not generic
            ):
                if m.city is None or m.city in e.name:
                    if not generic or country is None or e.country == country:
                        return e
        return self._add(
            Entity(key=f"inst:{name}:{country}", kind="institution", name=name, role=base, country=country, inst_kind=m.inst_kind, institution=base)
        )

    # -- follow-ups -----------------------------------------------------------------
    def last(self, predicate) -> Entity | None:
        for e in reversed(self.recent):
            if predicate(e):
                return e
        return None

    def pronoun(self, word: str) -> Entity | None:
        w = word.lower()
        if w in ("he", "she", "his", "her"):
            return self.last(lambda e: e.kind == "person")
        if w in ("it", "its"):
            return self.last(lambda e: e.kind != "person")
        if w in ("they", "their"):
            return self.last(lambda e: e.kind in ("institution", "country", "organization"))
        return None

    def role(self, m: Mention) -> Entity | None:
        role = m.role or ""
        if m.text[:7].lower() == "former " and m.country is not None:
            return self._former(m, role)
        found = self.last(lambda e: (m.country is None or e.country == m.country) and role_matches(role, e))
        if found is None and m.country is not None and role in GENERIC_ROLE_WORDS:
            found = self.last(lambda e: e.kind == "person" and e.country == m.country)
        if found is not None:
            return found
        if m.country and (m.rank == "head" or role.lower() in DATED_MINISTER_ROLES):
            leader = leader_by_role(m.country, role, self.date)
            if leader is not None:
                return self.person(Mention(m.start, m.end, leader.name, "person", name=leader.name, country=m.country),
                                   context_country=m.country, context_org=None)
        if m.organization and m.country is None and "'s " not in m.text and "\u2019s " not in m.text:
            # (not "the WHO's director-general had said": the writer describing the body's official, left unnamed)
            leader = leader_by_org_role(m.organization, role, self.date)
            if leader is not None:
                # "the UN Secretary-General": whoever held the office on the article's date
                return self.person(Mention(m.start, m.end, leader.name, "person", name=leader.name, organization=m.organization),
                                   context_country=None, context_org=m.organization)
        if m.determiner in ("the", "this", "that") and m.country is None and (
            role in GENERIC_ROLE_WORDS or m.rank == "spokesperson"
        ):
            return self.last_speaker
        return None

    def _former(self, m: Mention, role: str) -> Entity | None:
        """"The former Dutch prime minister added": a person met earlier who once held the role
        (not whoever holds it now), else the last speaker when the role is not theirs today."""
        role_l = role.lower()
        past = {
            ld.name for ld in _LEADERS_BY_COUNTRY.get(m.country, ())
            if ld.role.lower().startswith(role_l) and ld.end is not None
            and (self.date is None or ld.end <= self.date)
        }
        found = self.last(lambda e: e.kind == "person" and e.name in past)
        if found is not None:
            return found
        last = self.last_speaker
        if m.determiner == "the" and last is not None and last.kind == "person" and last.country != m.country:
            return last
        return None

    def statement(self, m: Mention) -> Entity | None:
        if m.determiner in ("his", "her", "its", "their"):
            return self.pronoun(m.determiner)
        return self.last_speaker


# Words of institution patterns and country names ("Ministry of Foreign Affairs of the Republic of
# Kenya"): already said by the canonical name and the demonym.
_PATTERN_WORDS = frozenset(
    [w.lower() for p in INSTITUTIONS for w in p.split()]
    + [w.lower() for p in COUNTRY_NAMES if " " in p for w in p.split() if w not in COUNTRY_NAMES]
) - {"office", "house", "council", "commission"}
# a bare "department" named nowhere is no body's name ("a department spokesman said" after no department):
# shown as what it is, "American government department", not as if "American Department" were one
_BARE_DISPLAY = {"Department": "government department"}
_GENERIC_NAMES = {"Ministry", "Department", "Foreign Ministry", "Department of Foreign Affairs", "Defense Ministry", "Defence Ministry", "Trade Ministry",
                  "Embassy", "High Commission", "Consulate", "Mission", "Government", "Administration", "Cabinet",
                  "Presidential Office", "Prime Minister's Office", "Cabinet Office", "Senate", "House of Representatives",
                  "National Assembly", "Parliament", "Caucus", "Diplomatic Service", "President House", "State Council"}


def _display(text: str) -> str:
    words = text.replace("\u2019", "'").split()
    return " ".join(w.removesuffix("'s") for w in words if w.lower() not in ("the", "a", "an", "its", "his", "her"))


def _places_in(text: str) -> set[str]:
    """Place words inside a name ("Korea" in "the Korea Study Caucus")."""
    return {w for w in _display(text).split() if _placeish(w)}


def _placeish(word: str) -> bool:
    return country_in(word.removesuffix("'s")) is not None


def _rank_of_role(role: str) -> str:
    low = role.lower()
    if "spokes" in low or "press secretary" in low:
        return "spokesperson"
    if any(k in low for k in ("president", "prime minister", "premier", "chancellor", "king", "emir", "crown prince", "taoiseach", "supreme leader", "chief adviser", "general secretary")):
        if not any(k in low for k in ("vice", "deputy", "former", "of the")):
            return "head"
    if "ambassador" in low or "commissioner" in low or "envoy" in low:
        return "diplomat"
    if "speaker" in low or "senat" in low or "leader" in low:
        return "legislator"
    return "minister"
