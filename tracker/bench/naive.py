"""The naive way to answer each dashboard query: load the table into pandas, filter there.

This is the baseline the benchmark compares ``tracker.store.queries`` against. Each
function takes the already loaded ``statement_rows`` frame (loading is timed
separately, once, because every naive call would pay it) and returns the same
answer as the query of the same name; ``same_answer`` checks that they agree.
"""

from __future__ import annotations

import datetime as dt

import numpy as np
import pandas as pd

from tracker.store.filters import Filters

# Queries whose naive version reads other tables instead of statement_rows.
NEEDS_NO_ROWS = {"source_article", "documents", "events"}


def _sql_df(db, sql: str, params: list | None = None) -> pd.DataFrame:
    with db.read() as con:
        return con.execute(sql, params or []).df()


def load_rows(db) -> pd.DataFrame:
    """The whole ``statement_rows`` view as a DataFrame (what naive code starts from)."""
    return _sql_df(db, "SELECT * FROM statement_rows")


def _ts(d: dt.date) -> pd.Timestamp:
    return pd.Timestamp(d)


def _themes_any(themes: pd.Series, wanted: set[str]) -> pd.Series:
    return themes.map(lambda ts: ts is not None and any(t in wanted for t in ts)).astype(bool)


def _contains(col: pd.Series, needle: str) -> pd.Series:
    return col.fillna("").str.lower().str.contains(needle, regex=False)


def mask(df: pd.DataFrame, f: Filters) -> pd.Series:
    """The rows ``where_clause(f)`` selects, computed in pandas."""
    m = pd.Series(True, index=df.index)
    if f.date_from is not None:
        m &= df["date"] >= _ts(f.date_from)
    if f.date_to is not None:
        m &= df["date"] <= _ts(f.date_to)
    if f.countries:
        m &= df["country"].isin(f.countries)
    if f.themes:
        m &= _themes_any(df["themes"], set(f.themes))
    if f.kinds:
        m &= df["kind"].isin(f.kinds)
    if f.events:
        m &= df["event_id"].isin(f.events)
    if f.speaker.strip():
        needle = f.speaker.strip().lower()
        m &= _contains(df["speaker"], needle) | _contains(df["role"], needle)
    if f.search.strip():
        needle = f.search.strip().lower()
        m &= _contains(df["quote"], needle) | _contains(df["speaker"], needle) | _contains(df["article_title"], needle)
    if not f.include_domestic:
        m &= ~df["domestic"].fillna(False).astype(bool)
    return m


def reactions(df: pd.DataFrame) -> pd.DataFrame:
    """The ``reactions`` view in pandas: one row per event, country, speaker and date."""
    df = df.sort_values("statement_id")
    df = df.assign(_qlen=df["quote"].fillna("").str.len())
    keys = ["event_id", "country", "speaker_key", "date"]
    g = df.groupby(keys, dropna=False, sort=False)
    out = g.agg(
        reaction_id=("statement_id", "min"),
        event_name=("event_name", "first"),
        event_date=("event_date", "first"),
        country_name=("country_name", "first"),
        organization=("organization", "first"),
        speaker=("speaker", "first"),
        role=("role", "first"),
        kind=("kind", "first"),
        domestic=("domestic", "max"),
        n_mentions=("statement_id", "size"),
        n_outlets=("outlet", "nunique"),
    )
    out["themes"] = g["themes"].agg(lambda s: sorted({t for ts in s if ts is not None for t in ts}))
    out["quote"] = df.loc[g["_qlen"].idxmax().to_numpy(), "quote"].to_numpy()
    out["article_title"] = g["article_title"].agg(lambda s: " | ".join(x for x in s if isinstance(x, str)))
    return out.reset_index()


def _base(df: pd.DataFrame, f: Filters, unique: bool) -> pd.DataFrame:
    base = reactions(df) if unique else df
    return base[mask(base, f)]


def _days(frame: pd.DataFrame) -> pd.Series:
    return (frame["date"] - frame["event_date"]).dt.days


def _explode(frame: pd.DataFrame, cols: list[str], f: Filters) -> pd.DataFrame:
    out = frame[cols + ["themes"]].explode("themes").rename(columns={"themes": "theme"})
    out = out[out["theme"].notna()]
    if f.themes:
        out = out[out["theme"].isin(f.themes)]
    return out


# --- one function per query -----------------------------------------------------------


def filter_options(db, df: pd.DataFrame) -> dict:
    countries = (
        df[df["country"].notna()].groupby("country", as_index=False)["country_name"].first()
        .sort_values("country_name")
    )
    themes = sorted({t for ts in df["themes"] if ts is not None for t in ts})
    kinds = sorted(df["kind"].dropna().unique())
    events = _sql_df(db, "SELECT * FROM events")
    return {"countries": countries, "themes": themes, "kinds": kinds, "events": events,
            "date_bounds": (df["date"].min(), df["date"].max())}


def headline(db, df: pd.DataFrame, f: Filters) -> dict:
    r = _base(df, f, True)
    s = df[mask(df, f)]
    return {"countries": r["country"].nunique(), "reactions": len(r), "mentions": len(s),
            "outlets": s["outlet"].nunique(), "articles": s["article_id"].nunique(),
            "events": s["event_id"].nunique(), "first_date": s["date"].min(), "latest_date": s["date"].max()}


def _reactor(frame: pd.DataFrame) -> pd.Series:
    """The query's REACTOR: the country, else the organisation."""
    return frame["country"].fillna(frame["organization"])


def country_summary(db, df: pd.DataFrame, f: Filters) -> pd.DataFrame:
    r = _base(df, f, True)
    r = r[r["country"].notna()].assign(days=_days)
    return r.groupby("country", as_index=False).agg(
        country_name=("country_name", "first"), reactions=("reaction_id", "size"),
        mentions=("n_mentions", "sum"), first_date=("date", "min"), days_to_first=("days", "min"),
    ).sort_values(["reactions", "country"], ascending=[False, True])


def first_reactors(db, df: pd.DataFrame, f: Filters, *, limit: int = 25) -> pd.DataFrame:
    r = _base(df, f, True)
    r = r[r["country"].notna() & r["date"].notna()].assign(days_to_first=_days)
    r = r.sort_values(["days_to_first", "date", "n_mentions", "reaction_id"], ascending=[True, True, False, True])
    first = r.groupby("country", as_index=False).head(1)
    return first.sort_values(["days_to_first", "date", "country"]).head(limit)


def daily_counts(db, df: pd.DataFrame, f: Filters, *, unique: bool = True, by_day: bool = False) -> pd.DataFrame:
    b = _base(df, f, unique)
    b = b[b["date"].notna()].assign(reactor=_reactor)
    if by_day:
        b = b[b["event_date"].notna()].assign(day=_days)
    return b.groupby(["day" if by_day else "date", "reactor"], dropna=False).size().rename("n").reset_index()


def reaction_order(db, df: pd.DataFrame, f: Filters, *, unique: bool = True) -> pd.DataFrame:
    b = _base(df, f, unique).assign(reactor=_reactor)
    b = b[b["date"].notna() & b["reactor"].notna()].assign(days=_days)
    out = b.groupby(["reactor", "event_id"], as_index=False).agg(
        first_date=("date", "min"), days_from_event=("days", "min"), statements=("date", "size"))
    return out.sort_values(["days_from_event", "first_date"])


def strip_points(db, df: pd.DataFrame, f: Filters, *, unique: bool = True, limit: int = 3000) -> pd.DataFrame:
    b = _base(df, f, unique).assign(reactor=_reactor)
    b = b[b["date"].notna()].assign(days_from_event=_days)
    key = "reaction_id" if unique else "statement_id"
    return b.sort_values(["date", "reactor", key]).head(limit)


def theme_counts(db, df: pd.DataFrame, f: Filters, *, unique: bool = True) -> pd.DataFrame:
    e = _explode(_base(df, f, unique), [], f)
    return e.groupby("theme").size().rename("n").reset_index().sort_values(["n", "theme"], ascending=[False, True])


def country_theme_counts(db, df: pd.DataFrame, f: Filters, *, unique: bool = True) -> pd.DataFrame:
    b = _base(df, f, unique).assign(reactor=_reactor)
    e = _explode(b[b["reactor"].notna()], ["reactor"], f)
    return e.groupby(["reactor", "theme"]).size().rename("n").reset_index()


def theme_daily(db, df: pd.DataFrame, f: Filters, *, unique: bool = True, by_day: bool = False) -> pd.DataFrame:
    b = _base(df, f, unique)
    b = b[b["date"].notna()]
    if by_day:
        b = b[b["event_date"].notna()].assign(day=_days)
    key = "day" if by_day else "date"
    e = _explode(b, [key], f)
    return e.groupby([key, "theme"]).size().rename("n").reset_index()


def theme_terms(db, df: pd.DataFrame, f: Filters, *, limit: int = 60) -> pd.DataFrame:
    ids = df.loc[mask(df, f), "statement_id"]
    t = _sql_df(db, "SELECT * FROM statement_themes")
    t = t[t["statement_id"].isin(ids)]
    if f.themes:
        t = t[t["theme"].isin(f.themes)]
    t = t.explode("terms").dropna(subset=["terms"])
    t["term"] = t["terms"].str.lower()
    out = t.groupby(["theme", "term"])["statement_id"].nunique().rename("n").reset_index()
    return out.sort_values(["n", "theme", "term"], ascending=[False, True, True]).head(limit)


def statement_count(db, df: pd.DataFrame, f: Filters) -> int:
    return int(mask(df, f).sum())


def statement_table(db, df: pd.DataFrame, f: Filters, *, limit: int = 2000) -> pd.DataFrame:
    s = df[mask(df, f)]
    return s.sort_values(["date", "country", "statement_id"], na_position="last").head(limit)


def source_article(db, df: pd.DataFrame | None = None, *, statement_id: int) -> dict | None:
    statements = _sql_df(db, "SELECT * FROM statements")
    articles = _sql_df(db, "SELECT * FROM articles")
    hit = statements[statements["statement_id"] == statement_id]
    if hit.empty:
        return None
    article = articles[articles["article_id"] == hit["article_id"].iloc[0]].iloc[0]
    return {"title": article["title"], "text": article["text"], "spans": hit["spans"].iloc[0]}


def _counts(db) -> pd.DataFrame:
    docs = _sql_df(db, "SELECT * FROM documents")
    arts = _sql_df(db, "SELECT * FROM articles")
    sts = _sql_df(db, "SELECT * FROM statements")
    per_article = sts.groupby("article_id").size().rename("n_statements")
    arts = arts[["article_id", "document_id"]].join(per_article, on="article_id")
    per_doc = arts.groupby("document_id").agg(n_articles=("article_id", "nunique"), n_statements=("n_statements", "sum"))
    return docs.join(per_doc, on="document_id")


def documents(db, df: pd.DataFrame | None, f: Filters) -> pd.DataFrame:
    docs = _counts(db)
    if f.events:
        docs = docs[docs["event_id"].isin(f.events)]
    return docs.sort_values(["ingested_at", "document_id"], ascending=False)


def events(db, df: pd.DataFrame | None = None) -> pd.DataFrame:
    docs = _counts(db)
    ev = _sql_df(db, "SELECT * FROM events")
    per_event = docs.groupby("event_id").agg(
        n_documents=("document_id", "nunique"), n_articles=("n_articles", "sum"), n_statements=("n_statements", "sum")
    )
    return ev.join(per_event, on="event_id")


def event_reaction_days(db, df: pd.DataFrame, f: Filters) -> pd.DataFrame:
    r = _base(df, f, True)
    r = r[r["date"].notna() & r["event_date"].notna()].assign(day=_days)
    return r.groupby(["event_id", "day"], as_index=False).agg(event_name=("event_name", "first"), n=("reaction_id", "size"))


def event_theme_shares(db, df: pd.DataFrame, f: Filters) -> pd.DataFrame:
    r = _base(df, f, True)
    totals = r.groupby("event_id").size().rename("total")
    e = _explode(r, ["event_id", "event_name"], f)
    per = e.groupby(["event_id", "theme"], as_index=False).agg(event_name=("event_name", "first"), n=("theme", "size"))
    per = per.join(totals, on="event_id")
    per["share"] = per["n"] / per["total"]
    return per


def event_country_delays(db, df: pd.DataFrame, f: Filters) -> pd.DataFrame:
    r = _base(df, f, True)
    r = r[r["country"].notna()].assign(days=_days)
    return r.groupby(["country", "event_id"], as_index=False).agg(
        country_name=("country_name", "first"), event_name=("event_name", "first"),
        reactions=("reaction_id", "size"), days_to_first=("days", "min"),
    )


def same_answer(a, b) -> bool:
    """Loose equality of a query's and a naive answer: same shape and the same totals."""
    if a is None or b is None:
        return a is None and b is None
    if isinstance(a, dict) and isinstance(b, dict):
        for key, value in a.items():
            if isinstance(value, pd.DataFrame):
                if len(value) != len(b[key]):
                    return False
            elif isinstance(value, (list, np.ndarray)):
                if _plain(value) != _plain(b[key]):
                    return False
            elif key in b and not _scalar_equal(value, b[key]):
                return False
        return True
    if isinstance(a, pd.DataFrame) and isinstance(b, pd.DataFrame):
        if len(a) != len(b):
            return False
        for col in ("n", "reactions", "mentions", "n_statements", "total"):
            if col in a.columns and col in b.columns:
                if int(a[col].fillna(0).sum()) != int(b[col].fillna(0).sum()):
                    return False
        return True
    return _scalar_equal(a, b)


def _plain(value):
    """Nested lists of Python values (DuckDB returns lists, pandas numpy arrays)."""
    if isinstance(value, (list, tuple, np.ndarray)):
        return [_plain(v) for v in value]
    return value.item() if isinstance(value, np.generic) else value


def _scalar_equal(a, b) -> bool:
    if (a is None or (isinstance(a, float) and np.isnan(a)) or a is pd.NaT) and (
        b is None or (isinstance(b, float) and np.isnan(b)) or b is pd.NaT
    ):
        return True
    if isinstance(a, (dt.date, pd.Timestamp)) or isinstance(b, (dt.date, pd.Timestamp)):
        try:
            return pd.Timestamp(a) == pd.Timestamp(b)
        except (TypeError, ValueError):
            return False
    if isinstance(a, (tuple, list)) and isinstance(b, (tuple, list)):
        return len(a) == len(b) and all(_scalar_equal(x, y) for x, y in zip(a, b))
    try:
        return bool(a == b)
    except (TypeError, ValueError):
        return False
