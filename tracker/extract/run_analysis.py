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
    CAPITALS,
    COUNTRY_NAMES,
    PORTFOLIO_CLOSERS,
    REGIONAL_NAME_OPENERS,
    TITLES_LOWER,
    Title,
)
from tracker.extract.mention_lookups import (
    _US_PARTY_RE,
    _institution_of,
    _organization_of,
    _union_title_country,
)
from tracker.extract.mention_words import (
    _CAPITAL_SURNAMES,
    _HONORIFIC_TITLES,
    _LEADER_FIRST_NAMES,
    _MONTH_NAME_ENDINGS,
    _PEER_TITLES,
    _PLACE_FIRST_NAMES,
    _PLACE_SURNAMES,
    _STOP_CAPS,
    ABBREVIATION_WORDS,
    HONORIFICS,
    INSTITUTION_HEADS,
    NAME_SUFFIXES,
    ORGANIZATION_RE,
    PARTICLES,
    _before_portfolio,
    _known_person,
    _title_match,
    _title_of,
)
from tracker.extract.name_runs import (
    _INITIALS_RE,
    _base,
    _is_descriptor,
    _is_possessive,
    _Tok,
)
from tracker.extract.patterns import alternation

# "Pacific Fisheries Commission": a region's name opening a body's name, alone or after its head's title and "of (the)"
_REGIONAL_BODY_RE = re.compile(r"(?:^|\bof\s+(?:the\s+)?)(?P<body>(?P<opener>" + alternation(REGIONAL_NAME_OPENERS) + r")\s.*)$")
# single-word institution patterns that a named body opens with ("Ministry of Economy")
_BARE_HEADS = frozenset({"Ministry", "Department", "Office"})


_NO_TITLE = Title("", "")


def _name_split(run: list[_Tok]) -> tuple[int, int]:
    """Index range of the trailing name block (non-descriptor capitalised words and particles)."""
    end = len(run)
    # a trailing possessive name ("Donald Trump's administration") is handled by the caller
    i = end
    if (
        end >= 2
        and (_base(run[-1].text) in _PLACE_SURNAMES or (_base(run[-1].text) in _CAPITAL_SURNAMES and run[-2].text in _LEADER_FIRST_NAMES))
        and run[-2].text[:1].isupper()
        and not _is_descriptor(run[-2].text) and run[-2].text not in _STOP_CAPS
    ):
        i -= 1  # "Luis Montenegro": a place name right after a first name is a surname
    elif end >= 2 and _is_descriptor(run[-1].text) and not _is_descriptor(run[-2].text) and _known_person(f"{run[-2].text} {_base(run[-1].text)}"):
        i -= 1  # a listed leader whose surname is also a word of a body's name ("Ana Forum" if she were listed)
    while i > 0:
        tok = run[i - 1].text
        low = _base(tok).lower()
        if tok in NAME_SUFFIXES or low in PARTICLES or low.startswith(("al-", "el-")):
            i -= 1
            continue
        if (
            i == end and i >= 2 and low in ABBREVIATION_WORDS and tok[0].isupper() and not tok.endswith(".")
            and run[i - 2].text[:1].isupper() and not _is_descriptor(run[i - 2].text)
        ):
            i -= 1  # "Prime Minister Hun Sen": a surname spelt as a title's abbreviation without its stop
            continue
        if tok[0].isupper() and not _is_descriptor(tok):
            i -= 1
            continue
        if (
            i < end and i >= 2 and tok[0].isupper() and TITLES_LOWER.get(low, _NO_TITLE).rank == "honorific"
            and run[i - 2].text[0].isupper() and not _is_descriptor(run[i - 2].text)
        ):
            i -= 1  # "President Hassan Sheikh Mohamud": an honorific between name words is part of the name
            continue
        break
    # lower-case particles cannot open a name ("Van Klaveren" at a sentence start can)
    while i < end and _base(run[i].text) in PARTICLES:
        i += 1
    # "Sofia Banerjee", "Jordan Bardella": a place name opening the run is a first name
    if 0 < i < end and run[i - 1].text in _PLACE_FIRST_NAMES and (
        i == 1 or run[i - 2].text[0].islower() or run[i - 2].text.lower().rstrip(".") in TITLES_LOWER
    ):
        i -= 1
    return i, end


class _RunInfo(NamedTuple):
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
def _analyze_run(texts: tuple[str, ...]) -> _RunInfo | None:
    # each "of" is one level of recursion: a run of hundreds of capitalised words joined by "of" (a
    # formal title repeated down a page) is no name, and read word by word it cannot exhaust the stack
    if "of" in texts[2:-1] and len(texts) <= MAX_TITLED_RUN_WORDS:
        # "President Lula of Brazil", "Rep. Joaquin Castro of Texas": a titled name, then its place
        k = len(texts) - 1 - texts[::-1].index("of")
        left = _analyze_run(texts[:k])
        right = " ".join(texts[k + 1 :])
        if left is not None and left.kind == "person" and left.role is not None and left.name_index > 0:
            place = country_in(right)
            if place is not None:
                return left._replace(country=left.country or place)
            inst, _ = _institution_of(right)
            if inst is not None and inst.country and not inst.shared:
                return left._replace(country=left.country or inst.country)
            if all(t[:1].isupper() and not _is_descriptor(t) for t in texts[k + 1 :]):
                return left  # a home state or town
        elif (
            left is not None and left.kind == "person" and left.role is None and texts[0] in _PEER_TITLES and k <= 3
            and all(t[:1].isupper() and not _is_descriptor(t) for t in texts[k + 1 :])
        ):
            return left  # "Lord Ahmed of Glenrothes": a peer, then his territorial designation
        elif (
            left is not None and left.kind == "person" and left.role is None and left.name_index == 0
            and len(left.name_words) >= 2 and _base(right.removeprefix("the ")) in COUNTRY_NAMES
        ):
            # "Justin Trudeau of Canada": a full name, then its country ("Ana Ruiz of the Philippines",
            # a UN delegate "of the Russian Federation")
            return left._replace(country=left.country or country_in(_base(right.removeprefix("the "))))
    return _analyze_run_words(texts)


def _analyze_run_words(texts: tuple[str, ...]) -> _RunInfo | None:
    if texts[0].isupper() and len(texts[0]) > 1:
        labelled = CAPITALS_SURFACE.get(" ".join(texts))
        if labelled is not None:
            return _RunInfo("country", country=labelled)  # "• BURKINA FASO — ...": a round-up's label, no person
    run = [_Tok(0, 0, t) for t in texts]
    pos = 0
    for i, t in enumerate(texts):
        run[i] = _Tok(pos, pos + len(t), t)
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
        if _is_possessive(texts[k]) and texts[k][0].isupper():
            n0 = k + 1  # "Congo's Felix Tshisekedi", "Gondor's Ana Ruiz": a possessive owner is no name word
            break
    if (
        2 <= n0 < n1 and texts[n0 - 1] == "the" and texts[n0 - 2] in ("for", "of", "in", "on", "to")
        and not _known_person(" ".join(_base(t) for t in texts[n0:n1]))
    ):
        n0 = n1  # "the top U.S. diplomat for the Western Hemisphere": a region closing the title, no name
    if (
        2 <= n0 and n1 - n0 <= 2 and texts[n0 - 1] == "for" and TITLES_LOWER.get(texts[n0 - 2].lower()) is not None
        and not _known_person(" ".join(_base(t) for t in texts[n0:n1]))
    ):
        n0 = n1  # "the Minister for Asia, X": the region closing the title, the name comes after the comma
    if n0 < n1 - 1 and "for" in texts[1:n0 + 1] and not _known_person(" ".join(_base(t) for t in texts[n0:n1])):
        f = n0 - texts[n0::-1].index("for")
        if TITLES_LOWER.get(texts[f - 1].lower()) is not None and all(t[:1].isupper() or t == "and" for t in texts[f + 1 : n0]):
            for j in range(n1 - 2, n0 - 1, -1):
                if _base(texts[j]).lower() in PORTFOLIO_CLOSERS:
                    # "Under-Secretary-General for Peace Operations X": the portfolio's last word is no first name
                    n0 = j + 1
                    break
    if (
        n0 + 1 == n1 and n0 >= 4 and texts[n0 - 1] == "and" and _base(texts[n0]).lower() in PORTFOLIO_CLOSERS
        and ("for" in texts[1 : n0 - 2] or "of" in texts[1 : n0 - 2]) and not _known_person(_base(texts[n0]))
    ):
        n0 = n1  # "Minister for Enterprise, Trade and Employment, X": the portfolio's last word, the name after the comma
    if 0 < n0 < n1 and texts[n0 - 1] in ("of", "the") and " ".join(_base(t) for t in texts[n0:n1]) in COUNTRY_NAMES:
        n0 = n1  # "the president of El Salvador", "the prime minister of Sierra Leone": a place closing the title
    while n0 < n1 - 1 and (texts[n0] in HONORIFICS or (n0 > 0 and texts[n0 - 1] in HONORIFICS and texts[n0] in _HONORIFIC_TITLES)):
        n0 += 1  # "Mr. Albanese" is Albanese; "H.H. Sheikh Tamim" is Tamim
    if n0 < n1 - 1 and len(texts[n0]) >= 4 and _INITIALS_RE.fullmatch(texts[n0]) and _known_person(" ".join(_base(t) for t in texts[n0 + 1 : n1])):
        n0 += 1  # "V.V. Putin": a known leader's initials, as Russian-style texts write them
    owner_split = None
    for i, tok in enumerate(run[:-1]):
        if _is_possessive(tok.text) and not _is_descriptor(tok.text) and tok.text[0].isupper():
            owner_split = i
    if n0 < n1:
        name_toks = run[n0:n1]
        name = " ".join(_base(t.text) if k == len(name_toks) - 1 else t.text for k, t in enumerate(name_toks))
        prefix = run_text[: run[n0].start]
        role, rank = _title_of(prefix)
        country = country_in(_before_portfolio(prefix), last=True)
        inst, inst_match = _institution_of(prefix)
        if country is not None and inst is not None and inst.country and not inst.shared:
            # "Taiwan Affairs Office spokesperson": the place is part of a fixed owner's name
            outside = [p for p in countries_in(prefix) if not inst_match.start() <= p[0] < inst_match.end()]
            country = outside[-1][2] if outside else None
        org = _organization_of(prefix)
        if country is not None and org is not None and org.kind == "international" and country_outside_names(prefix) is None:
            country = None  # "Indian Ocean Commission Secretary General X": the place is part of the body's name
        if country is None and inst is not None and inst.country and not inst.shared:
            country = inst.country
        if rank == "official" and inst is not None and inst.kind == "legislature":
            rank = "legislator"  # "House Foreign Affairs Committee Chairman": a lawmaker ("the Texas Republican")
        if country is None and org is None and "Party" not in prefix:
            # "Sen. Ben Cardin" is American; "People Power Party Rep. X" is placed by the article
            title = _title_match(prefix)
            country = title.country if title is not None else None
            if country is None and rank == "legislator" and _US_PARTY_RE.search(prefix):
                country = "USA"  # "Republican Senator X", "Democratic Rep. Y": the party of a US lawmaker
        elif _union_title_country(prefix):
            country = "EUU"  # "Latvian MEP X", "the Swedish trade commissioner X": the Union's, whatever his nationality
        plausible = role is not None or _known_person(name) or (
            len(name_toks) >= 2 and not any(t.text in _STOP_CAPS for t in name_toks[:-1])
            # "Zhang Jun", "Kim Jun": a month's short name can close a name, no other sentence word
            and (name_toks[-1].text not in _STOP_CAPS or name_toks[-1].text in _MONTH_NAME_ENDINGS)
        )
        return _RunInfo(
            "person", n0, name, role, rank, country,
            organization=org.name if org and org.kind == "international" else (
                # "Under-Secretary-General X": a title only one international body gives
                _title_match(prefix).organization if role is not None and country is None and org is None else None
            ),
            institution=inst.name if inst else None,
            inst_kind=inst.kind if inst else None,
            plausible=plausible,
            name_words=tuple(name.split()),
            single_stop=len(name_toks) == 1 and name_toks[0].text in _STOP_CAPS,
        )
    # no trailing name: an institution, an organisation, a title on its own, or a place
    inst, inst_match = _institution_of(run_text)
    if owner_split is not None and inst is not None:
        o0, _ = _name_split(run[: owner_split + 1])
        person_name = " ".join(_base(t.text) for t in run[o0 : owner_split + 1])
        owner_name = person_name or _base(run[owner_split].text)
        return _RunInfo(
            "institution", name=owner_name, country=country_in(run_text),
            institution=f"{owner_name.split()[-1]} {inst.name.lower()}", inst_kind=inst.kind,
        )
    org = _organization_of(run_text)
    if org is not None and inst_match is not None:
        # "Foreign, Commonwealth and Development Office": an organisation's name inside an institution's
        org_match = ORGANIZATION_RE.search(run_text)
        if inst_match.start() <= org_match.start() and org_match.end() <= inst_match.end():
            org = None
    if org is not None and org.kind == "media":
        return _RunInfo("media", organization=org.name)
    role, rank = _title_of(run_text)
    if org is not None and org.kind == "international" and country_outside_names(run_text) is None:
        # "the ECOWAS Commission", "mission of the Organization for Security and ...": the body speaks;
        # "chairperson of the African Union Commission": one of its officials
        if role is not None:
            return _RunInfo("title", role=role, rank=rank, organization=org.name)
        return _RunInfo("organization", organization=org.name)
    country = country_in(_before_portfolio(run_text), last=False)
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
        if name in _BARE_HEADS and len(rest) >= 2 and rest[0] in ("of", "for") and rest[-1][:1].isupper():
            # "Department of International Relations": a named body, not any department
            name = " ".join([run_text[inst_match.start() : inst_match.end()], *rest])
        return _RunInfo(
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
                return _RunInfo("organization", organization=body)
            role, rank = _title_of(run_text[: regional.start("body")].removesuffix(" ").removesuffix(" the").removesuffix(" of"))
            if role is not None:
                return _RunInfo("title", role=role, rank=rank, organization=body)
        named = " ".join(t for t in texts if not (t in _STOP_CAPS or country_in(_base(t)))) or run_text
        return _RunInfo(
            "institution", country=places[0][2] if places and places[0][0] == 0 else None,
            institution=named, inst_kind="ministry",
        )
    if role is not None:
        if _union_title_country(run_text):
            country = "EUU"  # "the Latvian MEP", "Swedish commissioner": the Union's, as "Sen." is America's
        title_org = _title_match(run_text).organization if org is None and country is None else None
        return _RunInfo("title", role=role, rank=rank, country=country, organization=org.name if org else title_org)
    if org is not None:
        return _RunInfo("organization", organization=org.name, country=org.country)
    if country is not None and (_base(run_text) in COUNTRY_NAMES or _base(run_text) in CAPITALS):
        return _RunInfo("country", country=country)
    return None
