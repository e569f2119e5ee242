"""Bulk synthetic statement rows for the database-size measurements.

Extracting a million statements from text would take longer than the benchmark
should, so this module makes the extractor's output directly: ``Article`` and
``Statement`` records with the distributions real dumps show (a few dozen
reacting countries with leaders, ministers and spokespeople, statements
clustered in the days after each event, 0-3 themes with their evidence terms,
mostly congratulations, a share of domestic rows, the same statement reported by
several outlets). They are stored through the store's own ingest path, so the
schema, the views and the bulk insert are exactly those of a real ingest.
"""

from __future__ import annotations

import datetime as dt
import itertools
import random
from collections.abc import Iterator
from dataclasses import dataclass

from tracker.bench import vocabulary as V
from tracker.bench.synth import COUNTRIES, THEMES, ArticleWriter
from tracker.models import Article, Statement

KIND_WEIGHTS = (("congratulation", 55), ("welcome", 20), ("concern", 10), ("criticism", 5), ("other", 10))
DATE_BASES = ("statement", "paragraph", "published", "reference")


@dataclass(frozen=True)
class SyntheticDocument:
    """One document's worth of extracted records, ready for the store."""

    name: str
    data: bytes
    reference_date: dt.date
    host_country: str
    event: str
    event_date: dt.date
    articles: list[Article]
    per_article: list[list[Statement]]

    @property
    def statements(self) -> int:
        return sum(len(s) for s in self.per_article)


def _events(rng: random.Random, n: int) -> list[tuple[str, str, dt.date]]:
    """(name, host iso3, date) of ``n`` distinct events."""
    out = []
    for i in range(n):
        host, office, elect, _ = V.EVENTS[i % len(V.EVENTS)]
        day = dt.date(2022, 1, 1) + dt.timedelta(days=rng.randrange(1400))
        out.append((f"{elect} elected {office} ({day.isoformat()}) #{i}", host, day))
    return out


def _speakers(rng: random.Random) -> dict[str, list[tuple[str, str]]]:
    """ISO3 -> [(speaker, role)]: leader, foreign minister, ministry, spokespeople, lawmakers."""
    w = ArticleWriter(rng)
    out: dict[str, list[tuple[str, str]]] = {}
    for c in COUNTRIES:
        people = [(c.leader, c.leader_title), (c.minister, "Foreign Minister"), (c.ministry, "ministry")]
        people += [(w.person(), "spokesperson") for _ in range(4)]
        people += [(w.person(), rng.choice(("Senator", "lawmaker", "ambassador"))) for _ in range(6)]
        out[c.iso3] = people
    return out


def generate_documents(
    n_statements: int,
    *,
    seed: int = 0,
    statements_per_article: int = 5,
    articles_per_document: int = 200,
    n_events: int = 24,
) -> Iterator[SyntheticDocument]:
    """Yield documents until exactly ``n_statements`` statements have been made."""
    rng = random.Random(seed)
    events = _events(rng, n_events)
    speakers = _speakers(rng)
    countries = list(COUNTRIES)
    # A few countries react to everything, most now and then: a long tail like real data.
    weights = [1.0 / (1 + i) ** 0.7 for i in range(len(countries))]
    cum_weights = list(itertools.accumulate(weights))
    theme_keys = list(THEMES)
    kinds = [k for k, w in KIND_WEIGHTS for _ in range(w)]  # one entry per percent: a cheap weighted pick
    # A pool of background paragraphs made once; each article takes a random run of them.
    writer = ArticleWriter(rng)
    pool = [p for _ in range(12) for p in writer.fillers(
        {"elect": "the winner", "rival": "the runner-up", "office": "leader", "date": events[0][2]})]
    made, doc_index = 0, 0
    while made < n_statements:
        name, host, ev_day = events[doc_index % len(events)]
        host_name = next((c.name for c in countries if c.iso3 == host), host)
        articles: list[Article] = []
        per_article: list[list[Statement]] = []
        for pos in range(articles_per_document):
            if made >= n_statements:
                break
            published = ev_day + dt.timedelta(days=min(int(rng.expovariate(0.35)), 40))
            k = min(max(1, int(rng.gauss(statements_per_article, 1.5))), n_statements - made)
            parts = [f"Report {seed}-{doc_index}-{pos}: reactions to the vote in {host_name}."]
            length = len(parts[0]) + 1
            statements = []
            for country in rng.choices(countries, cum_weights=cum_weights, k=k):
                speaker, role = rng.choice(speakers[country.iso3])
                said = max(ev_day, published - dt.timedelta(days=rng.choice((0, 0, 0, 1, 1, 2))))
                chosen = rng.sample(theme_keys, k=rng.choice((0, 1, 1, 2, 2, 3)))
                if country.iso3 == "CHN" and "china" in chosen:
                    chosen.remove("china")
                terms = {t: [rng.choice(THEMES[t])] for t in chosen}
                frame = rng.choice(V.QUOTE_FRAMES)
                quote = frame.format(term=terms[chosen[0]][0] if chosen else "our partnership")
                sentence = f"{country.demonym} {role} {speaker} said on {V.WEEKDAYS[said.weekday()]}: \u201c"
                start = length + len(sentence)
                end = start + len(quote)
                parts.append(f"{sentence}{quote}.\u201d")
                length += len(parts[-1]) + 1
                statements.append(
                    Statement(
                        country=country.iso3,
                        country_name=country.name,
                        speaker=speaker,
                        role=role,
                        via=None,
                        date=said.isoformat(),
                        date_basis=rng.choice(DATE_BASES),
                        themes=tuple(chosen),
                        theme_terms=terms,
                        kind=kinds[rng.randrange(len(kinds))],
                        domestic=country.iso3 == host,
                        quote=quote,
                        start=start,
                        end=end,
                        spans=((start, end),),
                    )
                )
            start_at = rng.randrange(len(pool) - 8)
            parts += pool[start_at:start_at + rng.randint(3, 7)]
            articles.append(
                Article(
                    title=f"{host_name} vote: reactions ({doc_index}-{pos})",
                    text="\n".join(parts),
                    position=pos,
                    outlet=rng.choice(V.OUTLETS),
                    published=published.isoformat(),
                    published_basis="field",
                    url=f"https://news.example/{seed}/{doc_index}/{pos}",
                )
            )
            per_article.append(statements)
            made += len(statements)
        yield SyntheticDocument(
            name=f"bulk_{seed}_{doc_index:06d}.jsonl",
            data=f"synthetic bulk document {seed}/{doc_index}".encode(),
            reference_date=max(a.published_date for a in articles),
            host_country=host,
            event=name,
            event_date=ev_day,
            articles=articles,
            per_article=per_article,
        )
        doc_index += 1
