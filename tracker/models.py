"""The two records that flow through the tracker: articles and statements."""

from __future__ import annotations

import datetime as dt
from dataclasses import asdict, dataclass, field


@dataclass(frozen=True)
class Article:
    """One news article found in a dump.

    ``published`` is an ISO 8601 date or date-time string exactly as precise as the
    source allowed; ``published_basis`` says how it was known (``meta``, ``field``,
    ``dateline``, ``relative``, ``reference``).
    """

    title: str
    text: str
    position: int = 0
    outlet: str | None = None
    published: str | None = None
    published_basis: str = "reference"
    url: str | None = None

    @property
    def published_date(self) -> dt.date | None:
        """The calendar date of ``published`` (the local date the source gave)."""
        if not self.published:
            return None
        try:
            return dt.date.fromisoformat(self.published[:10])
        except ValueError:
            return None


@dataclass(frozen=True)
class Statement:
    """One reacting speaker in one article, all their quotes merged.

    ``start``/``end`` are character offsets into ``Article.text`` of the first
    quote; ``spans`` lists every merged passage so pages can highlight them all.
    """

    country: str | None
    country_name: str | None
    speaker: str
    role: str | None = None
    organization: str | None = None
    via: str | None = None
    date: str | None = None
    date_basis: str = "reference"
    themes: tuple[str, ...] = ()
    theme_terms: dict[str, list[str]] = field(default_factory=dict)
    kind: str = "other"
    domestic: bool = False
    quote: str = ""
    start: int | None = None
    end: int | None = None
    spans: tuple[tuple[int, int], ...] = ()

    def to_dict(self) -> dict:
        row = asdict(self)
        row["themes"] = list(self.themes)
        row["spans"] = [list(s) for s in self.spans]
        return row


KINDS = ("congratulation", "welcome", "concern", "criticism", "other")
