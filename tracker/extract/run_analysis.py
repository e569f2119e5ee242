"""What a run of capitalised words is, whatever stands around it: a titled or plain person (where the name starts, title, rank, country, body), an institution, an organisation, a title alone, an outlet or a place."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

from tracker.extract.countries import (
    CAPITALS_SURFACE,
    countries_in,
    country_in,
    country_outside_names,
)
from tracker.extract.lexicon import (
    BODY_WORD_SURNAMES,
    CAPITALS,
    COUNTRY_NAMES,
    PORTFOLIO_CLOSERS,
    REGIONAL_NAME_OPENERS,
    TITLES_LOWER,
    Title,
)
from tracker.extract.mention_lookups import (
    US_PARTY_RE,
    institution_of,
    organization_of,
    union_title_country,
)
from tracker.extract.mention_words import (
    ABBREVIATION_WORDS,
    CAPITAL_SURNAMES,
    HONORIFIC_TITLES,
    HONORIFICS,
    INSTITUTION_HEADS,
    LEADER_FIRST_NAMES,
    MONTH_NAME_ENDINGS,
    NAME_SUFFIXES,
    ORGANIZATION_RE,
    PARTICLES,
    PEER_TITLES,
    PLACE_FIRST_NAMES,
    PLACE_SURNAMES,
    STOP_CAPS,
    before_portfolio,
    courtesy_length,
    known_person,
    title_match,
    title_of,
)
from tracker.extract.name_runs import (
    INITIALS_RE,
    Tok,
    is_descriptor,
    is_possessive,
    without_possessive,
)
from tracker.extract.patterns import alternation

# "General" right before a body's head noun names the body's own office ("the Arab League General Secretariat"), no
# general
_BODY_NAME_TITLE_RE = re.compile(r"(?<![\w-])General\s+(?:" + alternation(INSTITUTION_HEADS) + r")(?![\w-])")
# "Pacific Fisheries Commission": a region's name opening a body's name, alone or after its head's title and "of (the)"
_REGIONAL_BODY_RE = re.compile(r"(?:^|\bof\s+(?:the\s+)?)(?P<body>(?P<opener>" + alternation(REGIONAL_NAME_OPENERS) + r")\s.*)$")
# single-word institution patterns that a named body opens with ("Ministry of Economy")
BARE_HEADS = frozenset({"Ministry", "Department", "Office"})
# forms of address opened by "His"/"Her" ("His Majesty", "Her Excellency")
COURTESY_OPENERS = frozenset({"Majesty", "Highness", "Excellency", "Eminence", "Holiness"})


_NO_TITLE = Title("", "")


def _name_split(run: list[Tok]) -> tuple[int, int]:
    """Index range of the trailing name block (non-descriptor capitalised words and particles)."""
    end = len(run)
    # a trailing possessive name ("Donald Trump's administration") is handled by the caller
    i = end
    if (
        end >= 2
        and (without_possessive(run[-1].text) in PLACE_SURNAMES or (
            without_possessive(run[-1].text) in CAPITAL_SURNAMES | BODY_WORD_SURNAMES and run[-2].text in LEADER_FIRST_NAMES
        ))
        and run[-2].text[:1].isupper()
        and not is_descriptor(run[-2].text) and run[-2].text not in STOP_CAPS
    ):
        i -= 1  # "Luis Montenegro", "Catherine West": a place or body word right after a first name is a surname
    elif end >= 2 and is_descriptor(run[-1].text) and not is_descriptor(run[-2].text) and known_person(f"{run[-2].text} {without_possessive(run[-1].text)}"):
        i -= 1  # a listed leader whose surname is also a word of a body's name ("Ana Forum" if she were listed)
    while i > 0:
        tok = run[i - 1].text
        low = without_possessive(tok).lower()
        if tok in NAME_SUFFIXES or low in PARTICLES or low.startswith(("al-", "el-")):
            i -= 1
            continue
        if (
            i == end and i >= 2 and low in ABBREVIATION_WORDS and tok[0].isupper() and not tok.endswith(".")
            and run[i - 2].text[:1].isupper() and not is_descriptor(run[i - 2].text)
        ):
            i -= 1  # "Prime Minister Hun Sen": a surname spelt as a title's abbreviation without its stop
            continue
        if tok[0].isupper() and not is_descriptor(tok):
            i -= 1
            continue
        if (
            i < end and i >= 2 and tok[0].isupper() and TITLES_LOWER.get(low, _NO_TITLE).rank == "honorific"
            and run[i - 2].text[0].isupper() and not is_descriptor(run[i - 2].text)
        ):
            i -= 1  # "President Hassan Sheikh Mohamud": an honorific between name words is part of the name
            continue
        if i < end and tok[0].isupper() and low not in TITLES_LOWER and known_person(" ".join([tok, *(t.text for t in run[i : end - 1]), without_possessive(run[end - 1].text)])):
            i -= 1  # "President Duma Boko": a body's word ("Duma", a parliament) opening a listed leader's full name
            continue
        break
    # lower-case particles cannot open a name ("Van Klaveren" at a sentence start can)
    while i < end and without_possessive(run[i].text) in PARTICLES:
        i += 1
    # "Sofia Banerjee", "Jordan Bardella": a place name opening the run is a first name
    if 0 < i < end and run[i - 1].text in PLACE_FIRST_NAMES and (
        i == 1 or run[i - 2].text[0].islower() or run[i - 2].text.lower().rstrip(".") in TITLES_LOWER
    ):
        i -= 1
    return i, end


class RunInfo(NamedTuple):
    """What a run of words is, independent of where it stands (cached by its words)."""

    kind: str  # person, institution, media, title, organization, country
    name_index: int = 0  # first token of a person's name
    name: str | None = None
    role: str | None = None
    rank: str | None = None
    country: str | None = None
    organization: str | None = None
    institution: str | None = None
    inst_kind: str | None = None
    embassy: bool = False
    plausible: bool = True  # a person by title, known name or a two-word name
    name_words: tuple[str, ...] = ()
    single_stop: bool = False


# The longest run read as "a titled name of its place": "Minister of State for Foreign Affairs of the Republic of X".
MAX_TITLED_RUN_WORDS = 40


@lru_cache(maxsize=100_000)
def analyze_run(texts: tuple[str, ...]) -> RunInfo | None:
    # each "of" is one level of recursion: a run of hundreds of capitalised words joined by "of" (a
    # formal title repeated down a page) is no name, and read word by word it cannot exhaust the stack
    if "of" in texts[2:-1] and len(texts) <= MAX_TITLED_RUN_WORDS:
        # "President Lula of Brazil", "Rep. Joaquin Castro of Texas": a titled name, then its place
        k = len(texts) - 1 - texts[::-1].index("of")
        left = analyze_run(texts[:k])
        right = " ".join(texts[k + 1 :])
        if left is not None and left.kind == "person" and left.role is not None and left.name_index > 0:
            place = country_in(right)
            if place is not None:
                return left._replace(country=left.country or place)
            inst, _ = institution_of(right)
            if inst is not None and inst.country and not inst.shared:
                return left._replace(country=left.country or inst.country)
            if all(t[:1].isupper() and not is_descriptor(t) for t in texts[k + 1 :]):
                return left  # a home state or town
        elif (
            left is not None and left.kind == "person" and left.role is None and texts[0] in PEER_TITLES and k <= 3
            and all(t[:1].isupper() and not is_descriptor(t) for t in texts[k + 1 :])
        ):
            return left  # "Lord Ahmed of Glenrothes": a peer, then his territorial designation
        elif (
            left is not None and left.kind == "person" and left.role is None and left.name_index == 0
            and len(left.name_words) >= 2 and without_possessive(right.removeprefix("the ")) in COUNTRY_NAMES
        ):
            # "Justin Trudeau of Canada": a full name, then its country ("Ana Ruiz of the Philippines",
            # a UN delegate "of the Russian Federation")
            return left._replace(country=left.country or country_in(without_possessive(right.removeprefix("the "))))
    return _analyze_run_words(texts)


def _analyze_run_words(texts: tuple[str, ...]) -> RunInfo | None:
    if texts[0].isupper() and len(texts[0]) > 1:
        labelled = CAPITALS_SURFACE.get(" ".join(texts))
        if labelled is not None:
            return RunInfo("country", country=labelled)  # "• BURKINA FASO — ...": a round-up's label, no person
    run = [Tok(0, 0, t) for t in texts]
    pos = 0
    for i, t in enumerate(texts):
        run[i] = Tok(pos, pos + len(t), t)
        pos += len(t) + 1
    run_text = " ".join(texts)
    n0, n1 = _name_split(run)
    if 0 < n0 < n1 - 2 and texts[n0 - 1] in ("of", "the", "for"):
        # "President of Lithuania Gitanas Nauseda", "Prime Minister of the Netherlands Mark Rutte":
        # the country closing a formal title is not the first word of the name
        for k in range(min(3, n1 - n0 - 2), 0, -1):
            if " ".join(texts[n0 : n0 + k]) in COUNTRY_NAMES:
                n0 += k
                break
    for k in range(n1 - 2, n0 - 1, -1):
        if is_possessive(texts[k]) and texts[k][0].isupper():
            n0 = k + 1  # "Congo's Felix Tshisekedi", "Gondor's Ana Ruiz": a possessive owner is no name word
            break
    if (
        2 <= n0 < n1 and texts[n0 - 1] == "the" and texts[n0 - 2] in ("for", "of", "in", "on", "to")
        and not known_person(" ".join(without_possessive(t) for t in texts[n0:n1]))
    ):
        n0 = n1  # "the top U.S. diplomat for the Western Hemisphere": a region closing the title, no name
    if (
        2 <= n0 and n1 - n0 <= 2 and texts[n0 - 1] == "for" and TITLES_LOWER.get(texts[n0 - 2].lower()) is not None
        and not known_person(" ".join(without_possessive(t) for t in texts[n0:n1]))
    ):
        n0 = n1  # "the Minister for Asia, X": the region closing the title, the name comes after the comma
    if n0 < n1 - 1 and "for" in texts[1:n0 + 1] and not known_person(" ".join(without_possessive(t) for t in texts[n0:n1])):
        f = n0 - texts[n0::-1].index("for")
        if TITLES_LOWER.get(texts[f - 1].lower()) is not None and all(t[:1].isupper() or t == "and" for t in texts[f + 1 : n0]):
            for j in range(n1 - 2, n0 - 1, -1):
                if without_possessive(texts[j]).lower() in PORTFOLIO_CLOSERS:
                    # "Under-Secretary-General for Peace Operations X": the portfolio's last word is no first name
                    n0 = j + 1
                    break
    if (
        n0 + 1 == n1 and n0 >= 4 and texts[n0 - 1] == "and" and without_possessive(texts[n0]).lower() in PORTFOLIO_CLOSERS
        and ("for" in texts[1 : n0 - 2] or "of" in texts[1 : n0 - 2]) and not known_person(without_possessive(texts[n0]))
    ):
        n0 = n1  # "Minister for Enterprise, Trade and Employment, X": the portfolio's last word, the name after the comma
    if 0 < n0 < n1 and texts[n0 - 1] in ("of", "the") and " ".join(without_possessive(t) for t in texts[n0:n1]) in COUNTRY_NAMES:
        n0 = n1  # "the president of El Salvador", "the prime minister of Sierra Leone": a place closing the title
    if n0 < n1 - 2 and (pair := courtesy_length(texts[n0 : n0 + 2])) == 2 and texts[n0] not in HONORIFICS:
        n0 += pair  # "Toh Puan Ana Kola", "Tan Sri X": a form of address of two words opening the name
    while n0 < n1 - 1 and (
        texts[n0] in HONORIFICS or (n0 > 0 and texts[n0 - 1] in HONORIFICS and texts[n0] in HONORIFIC_TITLES)
        # "President of Chad His Excellency X", "Emir Her Highness Y": a form of address inside the run
        or (texts[n0] in ("His", "Her") and texts[n0 + 1] in COURTESY_OPENERS)
    ):
        n0 += 1  # "Mr. Albanese" is Albanese; "H.H. Sheikh Tamim" is Tamim
    if n0 < n1 - 1 and len(texts[n0]) >= 4 and INITIALS_RE.fullmatch(texts[n0]) and known_person(" ".join(without_possessive(t) for t in texts[n0 + 1 : n1])):
        n0 += 1  # "V.V. Putin": a known leader's initials, as Russian-style texts write them
    owner_split = None
    for i, tok in enumerate(run[:-1]):
        if is_possessive(tok.text) and not is_descriptor(tok.text) and tok.text[0].isupper():
            owner_split = i
    if n0 < n1:
        name_toks = run[n0:n1]
        name = " ".join(without_possessive(t.text) if k == len(name_toks) - 1 else t.text for k, t in enumerate(name_toks))
        prefix = run_text[: run[n0].start]
        role, rank = title_of(prefix)
        country = country_in(before_portfolio(prefix), last=True)
        inst, inst_match = institution_of(prefix)
        if country is not None and inst is not None and inst.country and not inst.shared:
            # "Taiwan Affairs Office spokesperson": the place is part of a fixed owner's name
            outside = [p for p in countries_in(prefix) if not inst_match.start() <= p[0] < inst_match.end()]
            country = outside[-1][2] if outside else None
        org = organization_of(prefix)
        if country is not None and org is not None and org.kind == "international" and country_outside_names(prefix) is None:
            country = None  # "Indian Ocean Commission Secretary General X": the place is part of the body's name
        if country is None and inst is not None and inst.country and not inst.shared:
            country = inst.country
        if rank == "official" and inst is not None and inst.kind == "legislature":
            rank = "legislator"  # "House Foreign Affairs Committee Chairman": a lawmaker ("the Texas Republican")
        if country is None and org is None and "Party" not in prefix:
            # "Sen. Ben Cardin" is American; "People Power Party Rep. X" is placed by the article
            title = title_match(prefix)
            country = title.country if title is not None else None
            if country is None and rank == "legislator" and US_PARTY_RE.search(prefix):
                country = "USA"  # "Republican Senator X", "Democratic Rep. Y": the party of a US lawmaker
        elif union_title_country(prefix):
            country = "EUU"  # "Latvian MEP X", "the Swedish trade commissioner X": the Union's, whatever his nationality
        # "Gen Z voters said": a lone letter after a title is a cohort's or a placeholder's, no name (unless met before)
        lone_letter = len(name_toks) == 1 and len(without_possessive(name_toks[0].text).rstrip(".")) == 1
        plausible = not lone_letter and (role is not None or known_person(name)) or (
            len(name_toks) >= 2 and not any(t.text in STOP_CAPS for t in name_toks[:-1])
            # "Zhang Jun", "Kim Jun": a month's short name can close a name, no other sentence word
            and (name_toks[-1].text not in STOP_CAPS or name_toks[-1].text in MONTH_NAME_ENDINGS)
        )
        return RunInfo(
            "person", n0, name, role, rank, country,
            organization=org.name if org and org.kind == "international" else (
                # "Under-Secretary-General X": a title only one international body gives
                title_match(prefix).organization if role is not None and country is None and org is None else None
            ),
            institution=inst.name if inst else None,
            inst_kind=inst.kind if inst else None,
            plausible=plausible,
            name_words=tuple(name.split()),
            single_stop=len(name_toks) == 1 and name_toks[0].text in STOP_CAPS,
        )
    # no trailing name: an institution, an organisation, a title on its own, or a place
    inst, inst_match = institution_of(run_text)
    if owner_split is not None and inst is not None:
        o0, _ = _name_split(run[: owner_split + 1])
        person_name = " ".join(without_possessive(t.text) for t in run[o0 : owner_split + 1])
        owner_name = person_name or without_possessive(run[owner_split].text)
        return RunInfo(
            "institution", name=owner_name, country=country_in(run_text),
            institution=f"{owner_name.split()[-1]} {inst.name.lower()}", inst_kind=inst.kind,
        )
    org = organization_of(run_text)
    if org is not None and inst_match is not None:
        # "Foreign, Commonwealth and Development Office": an organisation's name inside an institution's
        org_match = ORGANIZATION_RE.search(run_text)
        if inst_match.start() <= org_match.start() and org_match.end() <= inst_match.end():
            org = None
    if org is not None and org.kind == "media":
        return RunInfo("media", organization=org.name)
    role, rank = title_of(run_text)
    if role is not None and org is not None and _BODY_NAME_TITLE_RE.search(run_text):
        role = rank = None  # "the OAS General Secretariat": a title's word naming the body's own office, no holder
    if org is not None and org.kind == "international" and country_outside_names(run_text) is None:
        # "the ECOWAS Commission", "mission of the Organization for Security and ...": the body speaks;
        # "chairperson of the African Union Commission": one of its officials
        if role is not None:
            return RunInfo("title", role=role, rank=rank, organization=org.name)
        return RunInfo("organization", organization=org.name)
    country = country_in(before_portfolio(run_text), last=False)
    if inst is not None:
        # a leading place, or one right before the institution, names the owner:
        # "Chinese embassy", "spokesperson for the German government", not "Korea Study Caucus"
        places = countries_in(run_text)
        if inst.country and not inst.shared:
            # "Taiwan Affairs Office", "Commission on China": a place inside a fixed owner's name is no owner
            places = [p for p in places if not inst_match.start() <= p[0] < inst_match.end()]
        country = None
        if places and places[0][0] == 0:
            country = places[0][2]
        else:
            for p_start, p_end, iso3 in places:
                if run_text[p_end : inst_match.start()].strip() == "":
                    country = iso3
        if country is None and places and places[-1][1] == len(run_text) and inst_match.start() == 0:
            country = places[-1][2]  # "Embassy of Japan"
        name = inst.name
        rest = texts[len(run_text[: inst_match.end()].split()) :]
        if name in BARE_HEADS and len(rest) >= 2 and rest[0] in ("of", "for") and rest[-1][:1].isupper():
            # "Department of International Relations": a named body, not any department
            name = " ".join([run_text[inst_match.start() : inst_match.end()], *rest])
        return RunInfo(
            "institution", role=role, rank=rank, country=country or (None if inst.shared else inst.country),
            institution=name, inst_kind=inst.kind, embassy=inst.kind == "embassy",
        )
    if texts[-1] in INSTITUTION_HEADS and len(texts) >= 2:
        # "Mainland Affairs Council", "Ministry of Economy": a named body not in the list
        places = countries_in(run_text)
        regional = _REGIONAL_BODY_RE.search(run_text)
        if regional is not None and any(not regional.start("opener") <= a < regional.end("opener") for a, _, _ in places):
            regional = None  # "the Pacific Office of Fiji's ...": a country's own (a region may hold a demonym: "Indian Ocean")
        if regional is not None and len(run_text[regional.start("body") :].split()) >= 3:
            # "Caribbean Public Health Agency": a region's body, no government's; "executive director of the
            # Pacific Fisheries Commission": its office holder
            body = regional.group("body")
            if regional.start("body") == 0:
                return RunInfo("organization", organization=body)
            role, rank = title_of(run_text[: regional.start("body")].removesuffix(" ").removesuffix(" the").removesuffix(" of"))
            if role is not None:
                return RunInfo("title", role=role, rank=rank, organization=body)
        named = " ".join(t for t in texts if not (t in STOP_CAPS or country_in(without_possessive(t)))) or run_text
        return RunInfo(
            "institution", country=places[0][2] if places and places[0][0] == 0 else None,
            institution=named, inst_kind="ministry",
        )
    if role is not None:
        if union_title_country(run_text):
            country = "EUU"  # "the Latvian MEP", "Swedish commissioner": the Union's, as "Sen." is America's
        title_org = title_match(run_text).organization if org is None and country is None else None
        return RunInfo("title", role=role, rank=rank, country=country, organization=org.name if org else title_org)
    if org is not None:
        return RunInfo("organization", organization=org.name, country=org.country)
    if country is not None and (without_possessive(run_text) in COUNTRY_NAMES or without_possessive(run_text) in CAPITALS):
        return RunInfo("country", country=country)
    return None
