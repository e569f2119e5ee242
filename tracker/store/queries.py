"""The aggregate queries the dashboard pages run.

Each function takes the database handle and the sidebar ``Filters``, runs one SQL
statement (parameters bound, the filter from ``where_clause``) and returns a DataFrame
about the size of what the page shows: counts per day, per country, per theme, never a
whole table for pandas to filter.

``unique=True`` reads the ``reactions`` view (a statement reported by several
articles counts once; its groups are stored, see ``tracker.store.reactions``); ``unique=False`` reads every mention:
``statement_facts`` (no article columns, no join to the articles) unless the filter searches article titles,
then ``statement_rows``.
Days are counted from each row's event date: ``date - event_date``.
"""

from __future__ import annotations

import dataclasses

import pandas as pd

from tracker.store.documents import article_with_spans
from tracker.store.documents import theme_terms as statement_theme_terms
from tracker.store.events import list_events
from tracker.store.filters import Filters, where_clause

DAYS = "date_diff('day', event_date, date)"
# Who reacted, for breakdowns that also show organisations (UN, NATO, EU have no ISO3 code):
# the country code, else the organisation's name; and the name to show.
REACTOR = "coalesce(country, organization)"
REACTOR_NAME = "coalesce(country_name, organization, country)"


def _view(unique: bool, f: Filters) -> str:
    if unique:
        return "reactions"
    return _mentions(f)


def _mentions(f: Filters) -> str:
    """The view of every mention a query over ``f`` can read: the articles only when the search needs their titles."""
    return "statement_rows" if f.search.strip() else "statement_facts"


def _frame(db, sql: str, params: list | tuple = ()) -> pd.DataFrame:
    with db.read() as con:
        return con.execute(sql, list(params)).df()


def _theme_scope(f: Filters, column: str = "theme") -> tuple[str, list]:
    """Theme breakdowns show only the chosen themes when the filter names some."""
    if not f.themes:
        return "TRUE", []
    return f"list_contains(?::VARCHAR[], {column})", [list(f.themes)]


# --- options for the sidebar ----------------------------------------------------------------


def filter_options(db) -> dict[str, pd.DataFrame | list]:
    """The values the sidebar offers: countries (code, name), themes, kinds, events, date bounds.

    Read from ``statements`` itself: every stored statement has its article and document
    (ingest writes them together, deletes remove them together), so the joins of
    ``statement_rows`` would change nothing here but cost half the time.
    """
    with db.read() as con:
        countries = con.execute(
            "SELECT country, coalesce(any_value(country_name), country) AS country_name"
            " FROM statements WHERE country IS NOT NULL GROUP BY country ORDER BY country_name"
        ).df()
        themes = [r[0] for r in con.execute(
            "SELECT DISTINCT theme FROM (SELECT unnest(themes) AS theme FROM statements) ORDER BY theme"
        ).fetchall()]
        kinds = [r[0] for r in con.execute(
            "SELECT DISTINCT kind FROM statements WHERE kind IS NOT NULL ORDER BY kind"
        ).fetchall()]
        events = con.execute(
            "SELECT event_id, name, host_country, event_date FROM events ORDER BY event_date NULLS LAST, name"
        ).df()
        bounds = con.execute("SELECT min(date), max(date) FROM statements").fetchall()[0]
    return {"countries": countries, "themes": themes, "kinds": kinds, "events": events, "date_bounds": bounds}


# --- Overview -------------------------------------------------------------------------------


def headline(db, f: Filters) -> dict:
    """Countries that reacted, reactions, mentions, outlets, first and latest reaction date."""
    where, params = where_clause(f)
    sql = f"""
        SELECT
            (SELECT count(DISTINCT country) FROM reactions WHERE {where}) AS countries,
            (SELECT count(*) FROM reactions WHERE {where}) AS reactions,
            count(*) AS mentions,
            count(DISTINCT outlet) AS outlets,
            count(DISTINCT article_id) AS articles,
            count(DISTINCT event_id) AS events,
            min(date) AS first_date,
            max(date) AS latest_date
        FROM statement_rows WHERE {where}
    """
    row = _frame(db, sql, params * 3).iloc[0].to_dict()
    return {k: (None if pd.isna(v) else v) for k, v in row.items()}


def country_summary(db, f: Filters) -> pd.DataFrame:
    """One row per reacting country: reactions, mentions, first date, days from the event to it."""
    where, params = where_clause(f)
    sql = f"""
        SELECT country, coalesce(any_value(country_name), country) AS country_name,
               count(*) AS reactions, sum(n_mentions) AS mentions,
               min(date) AS first_date, min({DAYS}) AS days_to_first
        FROM reactions
        WHERE {where} AND country IS NOT NULL
        GROUP BY country
        ORDER BY reactions DESC, country
    """
    return _frame(db, sql, params)


def first_reactors(db, f: Filters, *, limit: int = 25) -> pd.DataFrame:
    """Each country's first reaction (speaker, role, quote), earliest relative to its event first."""
    where, params = where_clause(f)
    # arg_min per country rather than a window (row_number) over every reaction: no sort, 4x faster at 1M
    sql = f"""
        SELECT country, coalesce(first.country_name, country) AS country_name, first.event_name,
               first.date AS first_date, first.days AS days_to_first, first.speaker, first.role,
               first.kind, first.quote
        FROM (
            SELECT country,
                   arg_min({{'country_name': country_name, 'event_name': event_name, 'date': date,
                             'days': {DAYS}, 'speaker': speaker, 'role': role, 'kind': kind, 'quote': quote}},
                           ({DAYS} IS NULL, coalesce({DAYS}, 0), date, -n_mentions, reaction_id)) AS first
            FROM reactions
            WHERE {where} AND country IS NOT NULL AND date IS NOT NULL
            GROUP BY country
        )
        ORDER BY days_to_first NULLS LAST, first_date, country
        LIMIT ?
    """
    return _frame(db, sql, [*params, int(limit)])


# --- Timeline -------------------------------------------------------------------------------


def daily_counts(db, f: Filters, *, unique: bool = True, by_day: bool = False) -> pd.DataFrame:
    """Statements per day and country: (date, country, country_name, n), or per ``day`` since the event.

    Organisations without a country count under their own name.
    """
    where, params = where_clause(f)
    x, extra = (f"{DAYS} AS day", "AND event_date IS NOT NULL") if by_day else ("date", "")
    key = "day" if by_day else "date"
    sql = f"""
        SELECT {x}, {REACTOR} AS country, any_value({REACTOR_NAME}) AS country_name, count(*) AS n
        FROM {_view(unique, f)}
        WHERE {where} AND date IS NOT NULL {extra}
        GROUP BY {key}, {REACTOR}
        ORDER BY {key}, country
    """
    return _frame(db, sql, params)


def strip_points(db, f: Filters, *, unique: bool = True, limit: int = 3000) -> pd.DataFrame:
    """One row per statement for the who-when strip (earliest first), with the first words of the quote."""
    where, params = where_clause(f)
    view = _view(unique, f)
    key = "reaction_id" if unique else "statement_id"
    # Pick the first rows by their narrow sort columns, then read the text of only those:
    # sorting every matching row with its quote attached cost 2-3x more at 1M statements.
    # The id breaks ties, so the same filters always show the same dots.
    sql = f"""
        WITH chosen AS (
            SELECT {key} FROM {view}
            WHERE {where} AND date IS NOT NULL
            ORDER BY date, {REACTOR}, {key}
            LIMIT ?
        )
        SELECT date, {REACTOR} AS country, {REACTOR_NAME} AS country_name, event_name,
               {DAYS} AS days_from_event, speaker, role, kind, left(quote, 240) AS quote
        FROM {view}
        WHERE {key} IN (SELECT {key} FROM chosen)
        ORDER BY date, country, {key}
    """
    return _frame(db, sql, [*params, int(limit)])


def reaction_order(db, f: Filters, *, unique: bool = True) -> pd.DataFrame:
    """Each country's first statement per event and how many it made, earliest after its event first."""
    where, params = where_clause(f)
    sql = f"""
        SELECT any_value({REACTOR_NAME}) AS country_name, any_value(event_name) AS event_name,
               min(date) AS first_date, min({DAYS}) AS days_from_event, count(*) AS statements
        FROM {_view(unique, f)}
        WHERE {where} AND date IS NOT NULL AND {REACTOR} IS NOT NULL
        GROUP BY {REACTOR}, event_id
        ORDER BY days_from_event NULLS LAST, first_date, country_name
    """
    return _frame(db, sql, params)


# --- Themes ---------------------------------------------------------------------------------


def theme_counts(db, f: Filters, *, unique: bool = True) -> pd.DataFrame:
    """Statements per theme (theme, n)."""
    where, params = where_clause(f)
    scope, scope_params = _theme_scope(f)
    sql = f"""
        SELECT theme, count(*) AS n
        FROM (SELECT unnest(themes) AS theme FROM {_view(unique, f)} WHERE {where})
        WHERE {scope}
        GROUP BY theme ORDER BY n DESC, theme
    """
    return _frame(db, sql, [*params, *scope_params])


def country_theme_counts(db, f: Filters, *, unique: bool = True) -> pd.DataFrame:
    """Statements per country and theme (country, country_name, theme, n)."""
    where, params = where_clause(f)
    scope, scope_params = _theme_scope(f)
    sql = f"""
        SELECT country, any_value(country_name) AS country_name, theme, count(*) AS n
        FROM (SELECT {REACTOR} AS country, {REACTOR_NAME} AS country_name, unnest(themes) AS theme
              FROM {_view(unique, f)} WHERE {where} AND {REACTOR} IS NOT NULL)
        WHERE {scope}
        GROUP BY country, theme ORDER BY country, theme
    """
    return _frame(db, sql, [*params, *scope_params])


def theme_daily(db, f: Filters, *, unique: bool = True, by_day: bool = False) -> pd.DataFrame:
    """Statements per day and theme: (date, theme, n), or per ``day`` since the event."""
    where, params = where_clause(f)
    scope, scope_params = _theme_scope(f)
    x, extra = (f"{DAYS} AS day", "AND event_date IS NOT NULL") if by_day else ("date", "")
    key = "day" if by_day else "date"
    sql = f"""
        SELECT {key}, theme, count(*) AS n
        FROM (SELECT {x}, unnest(themes) AS theme FROM {_view(unique, f)}
              WHERE {where} AND date IS NOT NULL {extra})
        WHERE {scope}
        GROUP BY {key}, theme ORDER BY {key}, theme
    """
    return _frame(db, sql, [*params, *scope_params])


def theme_terms(db, f: Filters, *, limit: int = 60) -> pd.DataFrame:
    """The evidence terms that put the filtered statements in each theme (theme, term, n statements)."""
    where, params = where_clause(f)
    scope, scope_params = _theme_scope(f, "t.theme")
    sql = f"""
        SELECT theme, term, count(*) AS n  -- a statement has a theme once, and term_keys are distinct
        FROM (
            -- a join, not "statement_id IN (...)": the semi-join cost 1.5x more at 1M statements
            SELECT t.theme, unnest(t.term_keys) AS term
            FROM (SELECT statement_id FROM {_mentions(f)} WHERE {where}) r
            JOIN statement_themes t USING (statement_id)
            WHERE {scope}
        )
        GROUP BY theme, term
        ORDER BY n DESC, theme, term
        LIMIT ?
    """
    return _frame(db, sql, [*params, *scope_params, int(limit)])


# --- Statements -----------------------------------------------------------------------------

STATEMENT_COLUMNS = (
    "statement_id, date, country, country_name, speaker, role, kind, themes, quote, outlet,"
    " article_title, event_name, document_name"
)


def statement_count(db, f: Filters) -> int:
    """How many statement rows match (the rows the CSV download holds)."""
    where, params = where_clause(f)
    return int(_frame(db, f"SELECT count(*) AS n FROM {_mentions(f)} WHERE {where}", params)["n"].iloc[0])


def statement_table(db, f: Filters, *, limit: int = 2000) -> pd.DataFrame:
    """The filtered statement rows for the table, in the order of the CSV export."""
    where, params = where_clause(f)
    # As strip_points: choose the rows by their sort columns without the articles, then read
    # only those rows' article columns.
    sql = f"""
        WITH chosen AS (
            SELECT statement_id FROM {_mentions(f)}
            WHERE {where}
            ORDER BY date NULLS LAST, country, speaker, statement_id  -- the CSV export's order
            LIMIT ?
        )
        SELECT {STATEMENT_COLUMNS}
        FROM statement_rows
        WHERE statement_id IN (SELECT statement_id FROM chosen)
        ORDER BY date NULLS LAST, country, speaker, statement_id
    """
    return _frame(db, sql, [*params, int(limit)])


def source_article(db, *, statement_id: int) -> dict | None:
    """The article behind one statement with the spans to highlight (None when it is gone)."""
    article = article_with_spans(db, statement_id)
    if article is not None:
        article["theme_terms"] = statement_theme_terms(db, statement_id)
    return article


# --- Sources --------------------------------------------------------------------------------


def documents(db, f: Filters) -> pd.DataFrame:
    """The ingested files of the events the sidebar selects, with article and statement counts.

    The columns of ``list_documents``; only the event filter applies (a file has no
    single date or country).
    """
    sql = """
        SELECT d.document_id, d.name, d.event_id, e.name AS event_name, d.format, d.size_bytes,
               d.reference_date, d.host_country, d.ingested_at,
               d.article_count AS n_articles, d.statement_count AS n_statements
        FROM documents d
        LEFT JOIN events e USING (event_id)
        WHERE ? OR list_contains(?::BIGINT[], d.event_id)
        ORDER BY d.ingested_at DESC, d.document_id DESC
    """
    return _frame(db, sql, [not f.events, [int(e) for e in f.events]])


def events(db) -> pd.DataFrame:
    """Every event with its document, article and statement counts."""
    return list_events(db)


# --- Compare --------------------------------------------------------------------------------


def with_events(f: Filters, events: tuple[int, ...] | list[int]) -> Filters:
    """The same filters restricted to the given events."""
    return dataclasses.replace(f, events=tuple(int(e) for e in events))


def event_reaction_days(db, f: Filters) -> pd.DataFrame:
    """Distinct reactions per event and day since the event (event_id, event_name, day, n)."""
    where, params = where_clause(f)
    sql = f"""
        SELECT event_id, any_value(event_name) AS event_name, {DAYS} AS day, count(*) AS n
        FROM reactions
        WHERE {where} AND date IS NOT NULL AND event_date IS NOT NULL
        GROUP BY event_id, day
        ORDER BY event_name, day
    """
    return _frame(db, sql, params)


def event_theme_shares(db, f: Filters) -> pd.DataFrame:
    """Share of each event's distinct reactions that carry each theme (event_name, theme, n, total, share)."""
    where, params = where_clause(f)
    scope, scope_params = _theme_scope(f)
    sql = f"""
        WITH base AS (SELECT reaction_id, event_id, event_name, themes FROM reactions WHERE {where}),
        totals AS (SELECT event_id, count(*) AS total FROM base GROUP BY event_id),
        per_theme AS (
            SELECT event_id, any_value(event_name) AS event_name, theme, count(*) AS n
            FROM (SELECT event_id, event_name, unnest(themes) AS theme FROM base)
            WHERE {scope}
            GROUP BY event_id, theme
        )
        SELECT p.event_id, p.event_name, p.theme, p.n, t.total, p.n / t.total AS share
        FROM per_theme p JOIN totals t USING (event_id)
        ORDER BY p.theme, p.event_name
    """
    return _frame(db, sql, [*params, *scope_params])


def event_country_delays(db, f: Filters) -> pd.DataFrame:
    """Per country and event: distinct reactions and days from the event to the first one."""
    where, params = where_clause(f)
    sql = f"""
        SELECT country, coalesce(any_value(country_name), country) AS country_name,
               event_id, any_value(event_name) AS event_name,
               count(*) AS reactions, min({DAYS}) AS days_to_first
        FROM reactions
        WHERE {where} AND country IS NOT NULL
        GROUP BY country, event_id
        ORDER BY country, event_name
    """
    return _frame(db, sql, params)


def country_presence(delays: pd.DataFrame, event_names: list[str]) -> pd.DataFrame:
    """Wide table from ``event_country_delays``: a column per event with the first-reaction delay.

    A missing value means the country did not react to that event; ``reacted_to`` counts
    the events it did react to, so rows below ``len(event_names)`` are the differences.
    """
    if delays.empty:
        return pd.DataFrame(columns=["country", "country_name", *event_names, "reacted_to"])
    days = delays.pivot_table(index="country", columns="event_name", values="days_to_first", aggfunc="min")
    reacted = delays.pivot_table(index="country", columns="event_name", values="reactions", aggfunc="sum")
    days = days.reindex(columns=event_names)
    wide = delays.groupby("country")["country_name"].first().to_frame().join(days)
    wide["reacted_to"] = reacted.reindex(columns=event_names).notna().sum(axis=1)
    wide = wide.reset_index()
    wide.columns.name = None
    return wide.sort_values(["reacted_to", "country_name"]).reset_index(drop=True)
