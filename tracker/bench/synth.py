"""Seeded generator of realistic synthetic news dumps, sized on demand.

Each dump mixes what real dumps hold: aggregator pages with "Related Articles",
plain articles with a dateline or a ``Published:`` line, JSON lists and JSON
Lines; reactions by leaders, ministers, spokespeople speaking for a leader,
lawmakers, institutions, capitals and international organisations, written
speaker-first, quote-first, with "according to", "wrote on X", pronoun and role
follow-ups and day words; and negatives (business news, appointments, a tank
delivery, weather, sport) that must give no rows. The generator counts the
statements it plants (one per reacting speaker per article), so a corpus can
be sized in statements.

Theme terms and dated offices come from ``vocabulary.json``, frozen from the
project's data files by ``python -m tracker.bench.freeze`` (so the text uses
what the real extractor knows, but a data change does not change the corpus);
every other table is ``vocabulary``. The same seed gives the same bytes in
every process and whatever ``data/`` holds (tests/test_bench.py pins a hash).
Every planted speaker holds the office written for them on the day they speak.
"""

from __future__ import annotations

import datetime as dt
import json
import random
import zlib
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from tracker.bench import vocabulary as V
from tracker.bench.freeze import FROZEN

# First names, surnames or whole names of women ("she" in follow-ups); none shared with a man here
# ("Lin" is not listed: Lin Chia-lung; "Wong" is not: Lawrence Wong).
FEMALE = {
    "Meloni", "Sheinbaum", "Takaichi", "Penny", "von der Leyen", "Paetongtarn", "Anand", "Hui",
    "Stenergard", "Galvez", "Robredo", "Maria", "Anna", "Sofia", "Elena", "Priya", "Ines", "Hana",
    "Yuki", "Nadia", "Ingrid", "Leila", "Aiko", "Amara", "Mei", "Yoko", "Annalena", "Melanie",
    "Naledi", "Retno", "Diana", "Yvette", "Theresa", "Alicia", "Catherine", "Hanke", "Tsai Ing-wen",
}
# Statements are dated from FIRST_DAY to about EVENT_DAYS + 3 days later (within freeze.WINDOW).
FIRST_DAY, EVENT_DAYS = dt.date(2024, 1, 1), 900
FORMATS = ("aggregator", "dateline", "json", "jsonl")


@dataclass(frozen=True)
class Country:
    iso3: str
    name: str
    demonym: str
    capital: str
    leader_title: str
    leader: str
    minister: str
    ministry: str


@dataclass
class SynthArticle:
    """One generated article and the statements planted in it."""

    title: str
    text: str
    published: dt.date
    outlet: str
    # (iso3 or None, speaker, the day they spoke)
    planted: list[tuple[str | None, str, dt.date]] = field(default_factory=list)


@dataclass(frozen=True)
class SynthDump:
    """One generated file: its name, bytes and what it holds."""

    name: str
    data: bytes
    reference_date: dt.date
    host_country: str
    articles: int
    statements: int


def _load_frozen(path: Path = FROZEN) -> dict:
    """The frozen vocabulary (``python -m tracker.bench.freeze``); the built-in tables alone without it."""
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}


@dataclass(frozen=True)
class Office:
    """Who held an office from ``start`` to ``end`` (ISO dates; '' for open)."""

    role: str
    name: str
    start: str
    end: str

    def in_force(self, day: dt.date) -> bool:
        iso = day.isoformat()
        return (not self.start or self.start <= iso) and (not self.end or iso < self.end)


def _offices(entries) -> tuple[Office, ...]:
    return tuple(Office(*e) for e in entries or ())


_FROZEN = _load_frozen()
THEMES: dict[str, tuple[str, ...]] = {k: tuple(v) for k, v in (_FROZEN.get("themes") or {}).items()} or V.THEMES
# iso3 -> {"leader" | "minister" | "others": holders}; organisation -> holders of its head's office
OFFICES = {iso3: {k: _offices(v) for k, v in kinds.items()} for iso3, kinds in (_FROZEN.get("offices") or {}).items()}
ORG_OFFICES = {org: _offices(v) for org, v in (_FROZEN.get("organizations") or {}).items()}
COUNTRIES = tuple(Country(*row) for row in V.COUNTRIES)


def holder(offices: tuple[Office, ...], day: dt.date, *, fallback: tuple[str, str]) -> tuple[str, str] | None:
    """(title, name) of the office's holder on ``day``; ``fallback`` when the office has no dated holder at all,
    None when it has some but none on that day (a vacancy, an acting head the table lacks)."""
    if not offices:
        return fallback
    return next(((o.role, o.name) for o in offices if o.in_force(day)), None)


class ArticleWriter:
    """Writes articles about one event from a seeded random source."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng

    # -- small pieces ---------------------------------------------------------------
    def pick(self, seq):
        return seq[self.rng.randrange(len(seq))]

    def person(self) -> str:
        return f"{self.pick(V.FIRST_NAMES)} {self.pick(V.LAST_NAMES)}"

    @staticmethod
    def pronoun(name: str) -> str:
        return "she" if any(part in FEMALE for part in (name.split()[0], name.split()[-1], name)) else "he"

    @staticmethod
    def surname(name: str) -> str:
        parts = name.replace(" Jr.", "").split()
        return parts[-1] if len(parts) > 1 else name

    def quoted(self, text: str, trailing: str = "") -> str:
        q = self.pick(("'", '"', "\u201c"))
        close = {"\u201c": "\u201d"}.get(q, q)
        return f"{q}{text}{trailing}{close}"

    def term(self, *, avoid: str | None = None) -> str:
        keys = [k for k in THEMES if not (avoid == "CHN" and k == "china")]
        return self.pick(THEMES[self.pick(keys)])

    def day_phrase(self, said: dt.date, published: dt.date) -> str:
        """A way to write the statement's day as seen from the publication date."""
        delta = (published - said).days
        roll = self.rng.random()
        if delta == 1 and roll < 0.3:
            return "yesterday"
        if roll < 0.7:
            return f"on {V.WEEKDAYS[said.weekday()]}"
        if roll < 0.85:
            return f"on {V.MONTHS[said.month - 1]} {said.day}"
        return ""

    @staticmethod
    def leader_of(c: Country, day: dt.date) -> str | None:
        """The country's leader on ``day`` (None in a vacancy): written with the built-in title."""
        found = holder(OFFICES.get(c.iso3, {}).get("leader", ()), day, fallback=(c.leader_title, c.leader))
        return found[1] if found else None

    def speaker_of(self, c: Country, day: dt.date) -> tuple[str, str] | None:
        """(title, name) of a speaker in office on ``day``: leader, foreign minister or another dated person."""
        roll = self.rng.random()
        offices = OFFICES.get(c.iso3, {})
        minister_title = "Secretary of State" if c.iso3 == "USA" else "Foreign Minister"
        leader = self.leader_of(c, day)
        if roll < 0.45 and leader:
            return c.leader_title, leader
        minister = holder(offices.get("minister", ()), day, fallback=(minister_title, c.minister))
        if roll < 0.75 and minister:
            return minister
        others = [(o.role, o.name) for o in offices.get("others", ()) if o.in_force(day)]
        if others:
            return self.pick(others)
        return (c.leader_title, leader) if leader else minister

    # -- reaction paragraphs: each returns (paragraph, planted (iso3, speaker)) -------
    def reaction(self, c: Country, ev: dict, said: dt.date, published: dt.date) -> tuple[str, tuple]:
        style = self.rng.random()
        day = self.day_phrase(said, published)
        day_sp = f" {day}" if day else ""
        elect, host = ev["elect"], ev["host_name"]
        term = self.term(avoid=c.iso3)
        leader = self.leader_of(c, said)
        speaker = self.speaker_of(c, said)
        if speaker is None or (leader is None and 0.42 <= style < 0.86):
            style = 0.6  # nobody in office to name: the ministry or the capital speaks
        title, name = speaker or (c.leader_title, "")
        he = self.pronoun(name) if name else "it"
        surname = self.surname(name)
        if style < 0.16:  # speaker first, reported then quoted, pronoun follow-up
            text = (
                f"{c.demonym} {title} {name}{day_sp} {self.pick(V.REACTION_VERBS)} {elect} and "
                f"{self.pick(V.REPORTED).format(term=term)}. "
                f"{self.quoted(self.pick(V.QUOTE_FRAMES).format(term=self.term(avoid=c.iso3)), '.')} "
                f"{he.capitalize()} added that {self.pick(V.REPORTED).format(term=self.term(avoid=c.iso3))}."
            )
            return text, (c.iso3, name)
        if style < 0.30:  # quote first, then surname-only and role follow-ups
            role_word = "secretary" if title == "Secretary of State" else title.lower()
            text = (
                f"{self.quoted(self.pick(V.QUOTE_FRAMES).format(term=term), ',')} {c.demonym} {title} {name} "
                f"{self.pick(('said', 'said in a statement'))}{day_sp}. "
                f"{surname} also {self.pick(V.REPORTED).format(term=self.term(avoid=c.iso3))}. "
                f"The {role_word} reaffirmed {self.term(avoid=c.iso3)} as a priority."
            )
            return text, (c.iso3, name)
        if style < 0.42:  # wrote on X, name then apposition
            text = (
                f"{self.quoted(self.pick(V.CONGRATULATIONS).format(elect=elect, host=host), '.')} "
                f"{self.quoted(self.pick(V.QUOTE_FRAMES).format(term=term), ',')} {name}, the {c.demonym} "
                f"{title.lower() if title != 'Secretary of State' else title}, wrote on X{day_sp}."
            )
            return text, (c.iso3, name)
        if style < 0.54:  # spokesperson speaking for the leader
            spox = self.person()
            text = (
                f"{c.leader_title} {leader} {self.pick(V.REACTION_VERBS)} {elect}{day_sp}, "
                f"{c.leader_title.lower()}'s spokesperson {spox} told a regular briefing, adding that the "
                f"{c.leader_title.lower()} {self.pick(V.REPORTED).format(term=term)}. "
                f"{self.quoted(self.pick(V.QUOTE_FRAMES).format(term=self.term(avoid=c.iso3)), ',')} "
                f"{spox} quoted {leader} as saying."
            )
            return text, (c.iso3, leader)
        if style < 0.66:  # institution or capital as speaker
            if self.rng.random() < 0.5:
                speaker = c.ministry if c.iso3 != "USA" else self.pick(("State Department", "White House"))
                lead = f"The {speaker}"
            else:
                speaker, lead = c.capital, c.capital
            text = (
                f"{lead} said in a statement{day_sp} that it "
                f"{self.pick(V.REPORTED).format(term=term)}. "
                f"{self.quoted(self.pick(V.QUOTE_FRAMES).format(term=self.term(avoid=c.iso3)), ',')} the statement said."
            )
            return text, (c.iso3, speaker)
        if style < 0.76:  # according to the ministry
            text = (
                f"{c.leader_title} {leader} sent {elect} a congratulatory message{day_sp}, according to "
                f"{c.capital}'s foreign ministry. {self.surname(leader)} "
                f"{self.pick(V.REPORTED).format(term=term)}, the ministry said."
            )
            return text, (c.iso3, leader)
        if style < 0.86:  # concern or criticism by a ministry spokesperson
            spox = self.person()
            text = (
                f"{c.capital} struck a cooler note. {self.quoted(self.pick(V.CONCERNS).format(term=term), ',')} "
                f"foreign ministry spokesperson {spox} told reporters{day_sp}. "
                f"{self.pronoun(spox).capitalize()} declined to say whether {leader} would send a message."
            )
            return text, (c.iso3, spox)
        if style < 0.93 and c.iso3 == "USA":  # lawmaker
            prefix, _ = self.pick(V.US_LAWMAKERS)
            law = self.person()
            text = (
                f"{prefix} {law}, a {self.pick(V.PARTIES)} member of the {self.pick(V.COMMITTEES)}, "
                f"wrote on X{day_sp} that {self.pick(V.REPORTED).format(term=term).replace('said ', '')}. "
                f"{self.quoted(self.pick(V.QUOTE_FRAMES).format(term=self.term()), ',')} {self.surname(law)} wrote."
            )
            return text, ("USA", law)
        org, otitle, oname = self.pick(V.ORGANIZATIONS)
        # the head in office on the day (every organisation here has one through the window)
        oname = (holder(ORG_OFFICES.get(org, ()), said, fallback=(otitle, oname)) or (otitle, oname))[1]
        text = (
            f"{org} {otitle} {oname}{day_sp} {self.pick(V.REACTION_VERBS)} {elect}. "
            f"{self.quoted(self.pick(V.QUOTE_FRAMES).format(term=term), ',')} {self.surname(oname)} said."
        )
        iso = "EUU" if org.startswith("European") else None
        return text, (iso, oname)

    def fillers(self, ev: dict) -> list[str]:
        """Background paragraphs for the event, in a random order, none repeated, each with fresh slots."""
        rng = self.rng
        out = []
        for template in rng.sample(V.FILLER, k=len(V.FILLER)):
            out.append(template.format(
                elect=ev["elect"], rival=ev["rival"], office=ev["office"], person=self.person(),
                pct=rng.randint(20, 70), turnout=rng.randint(55, 80), digit=rng.randint(0, 9),
                delta=round(rng.uniform(0.1, 4.5), 1), day_phrase=f"{V.WEEKDAYS[ev['date'].weekday()]}'s",
                hour=rng.randint(1, 11), year=rng.randint(1960, 2015), n=rng.randint(12, 900),
                small=rng.randint(2, 9), institute=self.pick(V.INSTITUTES), region=self.pick(V.REGIONS),
                weekday=self.pick(V.WEEKDAYS), month=self.pick(V.MONTHS), index_level=rng.randint(1800, 42000),
            ))
        return out

    def context(self) -> str:
        rng = self.rng
        return self.pick(V.CONTEXT).format(pct=rng.randint(20, 70), amount=rng.randint(5, 300),
                                           hour=rng.randint(0, 23), minute=rng.randint(0, 59),
                                           weekday=self.pick(V.WEEKDAYS))

    # -- whole articles ------------------------------------------------------------
    def event(self) -> dict:
        host, office, elect, rival = self.pick(V.EVENTS)
        c = next((c for c in COUNTRIES if c.iso3 == host), None)
        host_name, host_dem, host_cap = (c.name, c.demonym, c.capital) if c else V.HOST_NAMES[host]
        day = FIRST_DAY + dt.timedelta(days=self.rng.randrange(EVENT_DAYS))
        return {"host": host, "office": office, "elect": elect, "rival": rival, "host_name": host_name,
                "host_demonym": host_dem, "host_capital": host_cap, "date": day}

    def reaction_article(self, ev: dict, *, target_chars: int, n_reactions: int) -> SynthArticle:
        published = ev["date"] + dt.timedelta(days=self.rng.randint(1, 3))
        pool = [c for c in COUNTRIES if c.iso3 != ev["host"]]
        reactors = self.rng.sample(pool, k=min(n_reactions, len(pool)))
        a, b = reactors[0], reactors[min(1, len(reactors) - 1)]
        lead_day = published - dt.timedelta(days=self.rng.randint(0, 1))
        title = self.pick((
            f"{a.demonym}, {b.demonym} leaders congratulate {ev['elect']} as {ev['host_demonym']} {ev['office']}-elect",
            f"World leaders greet {ev['host_name']}'s new {ev['office']} {ev['elect']}",
            f"From {a.capital} to {b.capital}, messages pour in for {ev['elect']}",
            f"{a.name} pledges closer ties after {ev['elect']} wins {ev['host_name']} vote",
        ))
        fillers = self.fillers(ev)
        paragraphs = [
            f"Governments around the world on {V.WEEKDAYS[lead_day.weekday()]} welcomed the election of "
            f"{ev['elect']} as {ev['host_name']}'s next {ev['office']}, with {a.name} and {b.name} among the first to react.",
            fillers.pop(),
        ]
        planted: list[tuple[str | None, str, dt.date]] = []
        seen: set[str] = set()
        for c in reactors:
            said = published - dt.timedelta(days=self.rng.randint(0, 2))
            text, who = self.reaction(c, ev, said, published)
            if who[1] in seen:  # one row per speaker per article: a repeat would merge
                continue
            seen.add(who[1])
            if self.rng.random() < 0.4:
                text += " " + self.context()
            paragraphs.append(text)
            planted.append((*who, said))
            if self.rng.random() < 0.3 and fillers:
                paragraphs.append(fillers.pop())
        while sum(len(p) + 1 for p in paragraphs) < target_chars and fillers:
            paragraphs.insert(self.rng.randint(2, len(paragraphs)), fillers.pop())
        return SynthArticle(title, "\n".join(paragraphs), published, self.pick(V.OUTLETS), planted)

    def negative_article(self, ev: dict) -> SynthArticle:
        title_fmt, sentences = self.pick(V.NEGATIVE_ARTICLES)
        published = ev["date"] + dt.timedelta(days=self.rng.randint(1, 3))
        values = dict(
            company=self.pick(V.COMPANIES), person=self.person(), elect=ev["elect"],
            amount=self.rng.randint(3, 200), pct=self.rng.randint(2, 15),
            delta=round(self.rng.uniform(0.5, 6), 1), weekday=V.WEEKDAYS[published.weekday()],
        )
        text = "\n".join(s.format(**values) for s in sentences)
        return SynthArticle(title_fmt.format(**values), text, published, self.pick(V.OUTLETS))

    def article(self, ev: dict, *, negative_share: float = 0.15) -> SynthArticle:
        if self.rng.random() < negative_share:
            return self.negative_article(ev)
        return self.reaction_article(ev, target_chars=self.rng.randint(3000, 4800),
                                     n_reactions=self.rng.randint(4, 8))


# -- rendering a file ---------------------------------------------------------------
def _aggregator(w: ArticleWriter, arts: list[SynthArticle], ref: dt.date) -> str:
    main, related = arts[0], arts[1:]
    lines = ["", main.title, main.text, "", *V.BOILERPLATE, "Related Articles", "", ""]
    for art in related:
        hours = w.rng.randint(1, 20)
        when = f"{hours} hours ago" if hours > 1 else f"{w.rng.randint(5, 59)} minutes ago"
        lines += [art.outlet, when, f"- {art.outlet}", art.title, art.text.replace("\n", " "), "", ""]
    return "\n".join(lines)


def _dateline(w: ArticleWriter, art: SynthArticle) -> str:
    p = art.published
    if w.rng.random() < 0.5:
        head = f"{V.MONTHS[p.month - 1]} {p.day}, {p.year}\n\n{art.title}\n"
    else:
        head = f"{art.title}\nPublished: {p.day:02d} {V.MONTHS[p.month - 1][:3]}. {p.year}, {w.rng.randint(7, 22)}:{w.rng.randint(0, 59):02d}\n"
    city = w.pick(("SEOUL", "TOKYO", "WASHINGTON", "LONDON", "TAIPEI", "JAKARTA"))
    first, _, rest = art.text.partition("\n")
    body = f"{city}, {V.MONTHS[p.month - 1][:3]}. {p.day} ({art.outlet}) - {first}\n\n" + rest.replace("\n", "\n\n")
    return head + "\n" + body + "\n"


def _json_obj(art: SynthArticle, w: ArticleWriter) -> dict:
    key = w.pick(("text", "text", "body", "content"))
    return {"title": art.title, key: art.text.replace("\n", "\n\n"), "published": art.published.isoformat(),
            "source": art.outlet, "url": f"https://news.example/{zlib.crc32(art.title.encode()) % 10**8}"}


def generate_dumps(
    n_statements: int, *, seed: int = 0, formats: tuple[str, ...] = FORMATS, articles_per_file: int = 12
) -> Iterator[SynthDump]:
    """Yield dumps until at least ``n_statements`` statements have been planted."""
    rng = random.Random(seed)
    w = ArticleWriter(rng)
    planted, index = 0, 0
    while planted < n_statements:
        fmt = formats[index % len(formats)]
        ev = w.event()
        n = 1 if fmt == "dateline" else rng.randint(max(2, articles_per_file // 2), articles_per_file * 3 // 2)
        arts = [w.article(ev) for _ in range(n)]
        if fmt == "aggregator" and not arts[0].planted:
            arts[0] = w.reaction_article(ev, target_chars=3600, n_reactions=4)
        ref = max(a.published for a in arts) + dt.timedelta(days=rng.randint(0, 1))
        if fmt == "aggregator":
            text, ext = _aggregator(w, arts, ref), "txt"
        elif fmt == "dateline":
            text, ext = _dateline(w, arts[0]), "txt"
        elif fmt == "json":
            text, ext = json.dumps([_json_obj(a, w) for a in arts], ensure_ascii=False, indent=1), "json"
        else:
            text, ext = "\n".join(json.dumps(_json_obj(a, w), ensure_ascii=False) for a in arts) + "\n", "jsonl"
        count = sum(len(a.planted) for a in arts)
        planted += count
        yield SynthDump(f"synth_{seed}_{index:06d}_{fmt}.{ext}", text.encode("utf-8"), ref, ev["host"], n, count)
        index += 1


def write_corpus(out_dir: Path, n_statements: int, *, seed: int = 0, **kwargs) -> list[SynthDump]:
    """Write a corpus of at least ``n_statements`` planted statements into ``out_dir``."""
    out_dir.mkdir(parents=True, exist_ok=True)
    dumps = list(generate_dumps(n_statements, seed=seed, **kwargs))
    for d in dumps:
        (out_dir / d.name).write_bytes(d.data)
    return dumps
