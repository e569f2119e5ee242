"""The filter set shared by every page, the CSV export and the URL.

``where_clause`` turns a ``Filters`` into a SQL boolean expression with bound
parameters; it works on both the ``statement_rows`` and the ``reactions`` view,
which expose the same filter columns (date, country, themes, kind, speaker,
role, quote, article_title, domestic, event_id).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, fields


@dataclass(frozen=True)
class Filters:
    """What the analyst asked to see; the empty ``Filters()`` selects every foreign reaction."""

    date_from: dt.date | None = None
    date_to: dt.date | None = None
    countries: tuple[str, ...] = ()  # ISO3
    themes: tuple[str, ...] = ()  # any of
    kinds: tuple[str, ...] = ()
    speaker: str = ""  # case-insensitive substring of speaker or role
    search: str = ""  # case-insensitive substring of quote, speaker or article title
    include_domestic: bool = False
    events: tuple[int, ...] = ()  # event ids; empty = all

    def to_query_params(self) -> dict[str, str | list[str]]:
        """The non-default fields as URL query parameters (lists as repeated keys)."""
        params: dict[str, str | list[str]] = {}
        if self.date_from:
            params["from"] = self.date_from.isoformat()
        if self.date_to:
            params["to"] = self.date_to.isoformat()
        for key, values in (
            ("country", self.countries),
            ("theme", self.themes),
            ("kind", self.kinds),
            ("event", tuple(str(e) for e in self.events)),
        ):
            if values:
                params[key] = list(values)
        if self.speaker:
            params["speaker"] = self.speaker
        if self.search:
            params["q"] = self.search
        if self.include_domestic:
            params["domestic"] = "1"
        return params

    @classmethod
    def from_query_params(cls, params: Mapping[str, str | Iterable[str]]) -> Filters:
        """Read ``to_query_params`` output back; bad values are ignored, not raised.

        Accepts a plain dict, ``st.query_params`` (last value per key) or a dict of
        lists; list values may also be comma-joined (``country=USA,JPN``).
        """
        get_all = getattr(params, "get_all", None)

        def values(key: str) -> list[str]:
            raw = get_all(key) if get_all else params.get(key, [])
            if isinstance(raw, str):
                raw = [raw]
            out: list[str] = []
            for item in raw or []:
                out.extend(part.strip() for part in str(item).split(",") if part.strip())
            return out

        def first(key: str) -> str:
            raw = get_all(key) if get_all else params.get(key, "")
            if not isinstance(raw, str):
                raw = list(raw or [])
                raw = raw[-1] if raw else ""
            return str(raw).strip()

        def date(key: str) -> dt.date | None:
            try:
                return dt.date.fromisoformat(first(key))
            except ValueError:
                return None

        events = tuple(int(v) for v in values("event") if v.isdigit())
        return cls(
            date_from=date("from"),
            date_to=date("to"),
            countries=tuple(dict.fromkeys(v.upper() for v in values("country"))),
            themes=tuple(dict.fromkeys(values("theme"))),
            kinds=tuple(dict.fromkeys(values("kind"))),
            speaker=first("speaker"),
            search=first("q"),
            include_domestic=first("domestic").lower() in {"1", "true", "yes", "on"},
            events=tuple(dict.fromkeys(events)),
        )

    def is_default(self) -> bool:
        return all(getattr(self, f.name) == f.default for f in fields(self))


def where_clause(f: Filters, *, alias: str = "") -> tuple[str, list]:
    """SQL boolean expression (no 'WHERE') and its bound parameters.

    Args:
        f: the filters.
        alias: table alias of ``statement_rows`` or ``reactions`` in the query
            (``"r"`` gives ``r.country``); empty for an unaliased view.

    Returns:
        ``(sql, params)``; ``sql`` is ``"TRUE"`` when nothing is filtered.
    """
    p = f"{alias}." if alias else ""
    parts: list[str] = []
    params: list = []
    if f.date_from is not None:
        parts.append(f"{p}date >= ?")
        params.append(f.date_from)
    if f.date_to is not None:
        parts.append(f"{p}date <= ?")
        params.append(f.date_to)
    if f.countries:
        parts.append(f"list_contains(?::VARCHAR[], {p}country)")
        params.append(list(f.countries))
    if f.themes:
        # one list_contains per theme: list_has_any against a parameter list cost 5x more at 1M rows
        parts.append("(" + " OR ".join(f"list_contains({p}themes, ?)" for _ in f.themes) + ")")
        params += list(f.themes)
    if f.kinds:
        parts.append(f"list_contains(?::VARCHAR[], {p}kind)")
        params.append(list(f.kinds))
    if f.events:
        parts.append(f"list_contains(?::BIGINT[], {p}event_id)")
        params.append([int(e) for e in f.events])
    if f.speaker.strip():
        # strpos instead of LIKE: no wildcard escaping needed for user text
        parts.append(
            f"(strpos(lower(coalesce({p}speaker, '')), ?) > 0"
            f" OR strpos(lower(coalesce({p}role, '')), ?) > 0)"
        )
        needle = f.speaker.strip().lower()
        params += [needle, needle]
    if f.search.strip():
        parts.append(
            f"(strpos(lower(coalesce({p}quote, '')), ?) > 0"
            f" OR strpos(lower(coalesce({p}speaker, '')), ?) > 0"
            f" OR strpos(lower(coalesce({p}article_title, '')), ?) > 0)"
        )
        needle = f.search.strip().lower()
        params += [needle, needle, needle]
    if not f.include_domestic:
        parts.append(f"NOT coalesce({p}domestic, FALSE)")
    return (" AND ".join(parts) if parts else "TRUE"), params
