"""Plotly figure builders: plain, typed functions of the DataFrames the queries return.

No Streamlit here, so the builders can be tested and reused anywhere. Every figure
has a title, labelled axes and hover text that says what a point is. A country keeps
the same colour on every page (``country_color``); an empty frame gives a figure that
says so instead of blank axes.
"""

from __future__ import annotations

import html
import itertools
import math
import zlib

import pandas as pd
import plotly.graph_objects as go
from plotly.colors import qualitative

# Distinct colours, fixed for the countries that react most often so that the
# common ones never share a colour; others hash into the longer palette below.
_PINNED_COLORS = {
    "USA": "#1f77b4",
    "JPN": "#d62728",
    "CHN": "#ff7f0e",
    "KOR": "#2ca02c",
    "PRK": "#8c564b",
    "RUS": "#9467bd",
    "GBR": "#17becf",
    "FRA": "#e377c2",
    "DEU": "#7f7f7f",
    "IND": "#bcbd22",
    "TWN": "#393b79",
    "AUS": "#637939",
    "CAN": "#8c6d31",
    "ITA": "#843c39",
    "UKR": "#7b4173",
    "VNM": "#3182bd",
    "PHL": "#e6550d",
    "IDN": "#31a354",
    "MNG": "#756bb1",
    "SGP": "#636363",
    "ARG": "#5254a3",
    "BRA": "#cedb9c",
    "MEX": "#e7969c",
    "ESP": "#ad494a",
    "NLD": "#fd8d3c",
    "POL": "#6baed6",
    "TUR": "#a55194",
    "ISR": "#9c9ede",
    "SAU": "#74c476",
    "ZAF": "#bd9e39",
    "NZL": "#8ca252",
    "THA": "#de9ed6",
    "MYS": "#e7ba52",
    "PAK": "#17a589",
    "EGY": "#b03a2e",
}
_PALETTE = [c for c in qualitative.Dark24 + qualitative.Alphabet
            if c.lower() not in {v.lower() for v in _PINNED_COLORS.values()}]
UNKNOWN_COUNTRY_COLOR = "#b0b0b0"
THEME_COLORS = qualitative.Set2 + qualitative.Pastel1
# The themes of data/themes.toml keep these colours on every chart; other themes hash into THEME_COLORS.
_THEME_PINNED = {
    "alliance": "#4c78a8", "trilateral": "#59a14f", "china": "#e15759", "economy": "#f28e2b",
    "security": "#76b7b2", "democracy": "#b07aa1", "north_korea": "#9c755f", "history": "#edc948",
    "summit": "#ff9da7",
}
EVENT_COLORS = qualitative.Bold

NO_EVENT_DATE = "These statements' events have no date: set it on the Sources page to count days to react."

_LAYOUT = dict(template="plotly_white", margin=dict(l=10, r=10, t=60, b=10), hoverlabel=dict(align="left"))


def country_color(country: str | None) -> str:
    """The colour of a country (ISO3) on every chart; stable across pages and runs."""
    if not country:
        return UNKNOWN_COUNTRY_COLOR
    code = country.upper()
    if code in _PINNED_COLORS:
        return _PINNED_COLORS[code]
    return _PALETTE[zlib.crc32(code.encode()) % len(_PALETTE)]


def country_color_map(countries: pd.Series | list) -> dict[str, str]:
    """Colour for each country label, keyed the way the figure's legend names them."""
    return {c: country_color(c) for c in pd.unique(pd.Series(countries, dtype="object")) if isinstance(c, str)}


def theme_color(theme: str) -> str:
    """The colour of a theme on every chart."""
    return _THEME_PINNED.get(theme) or THEME_COLORS[zlib.crc32(str(theme).encode()) % len(THEME_COLORS)]


def event_color_map(names) -> dict[str, str]:
    """One colour per event, by sorted name, so every Compare chart colours an event alike."""
    ordered = sorted({str(n) for n in names})
    return {name: EVENT_COLORS[i % len(EVENT_COLORS)] for i, name in enumerate(ordered)}


def _whole_days(fig: go.Figure, values: pd.Series, axis: str = "x") -> None:
    """Whole-day ticks when the span is short (no '1.5 days')."""
    span = float(values.max() - values.min()) if len(values) else 0.0
    if span <= 20:
        (fig.update_xaxes if axis == "x" else fig.update_yaxes)(dtick=1)


def empty_figure(title: str, message: str = "No statements match the filters.") -> go.Figure:
    """A titled figure that says there is nothing to draw."""
    fig = go.Figure()
    fig.add_annotation(text=message, showarrow=False, font=dict(size=15), x=0.5, y=0.5, xref="paper", yref="paper")
    fig.update_xaxes(visible=False)
    fig.update_yaxes(visible=False)
    fig.update_layout(title=title, **_LAYOUT)
    return fig


def _label(frame: pd.DataFrame) -> pd.Series:
    """Country display name, falling back to the code (and to 'Unknown')."""
    name = frame["country_name"] if "country_name" in frame else pd.Series(index=frame.index, dtype="object")
    return name.where(name.notna() & (name.astype("object") != ""), frame["country"]).fillna("Unknown").astype(str)


def _first_words(text: object, words: int = 12) -> str:
    parts = str(text or "").split()
    return _esc(" ".join(parts[:words]) + (" …" if len(parts) > words else ""))


def _esc(value: object) -> str:
    """Text from a news dump made safe for plotly's hover markup."""
    if value is None or (not isinstance(value, str) and pd.isna(value)):
        return ""
    return html.escape(str(value), quote=False)


def _country_colors_by_label(frame: pd.DataFrame, label: pd.Series) -> dict[str, str]:
    return {lab: country_color(code) for lab, code in zip(label, frame["country"], strict=True)}


def _positions(keys: pd.Series) -> dict:
    """Row positions of each distinct key, in order of first appearance.

    One pass over the column instead of a boolean filter per key: a chart with forty
    countries otherwise spends most of its time slicing frames.
    """
    return {k: v for k, v in keys.groupby(keys.to_numpy(), sort=False).indices.items()}


def _day_strings(values: pd.Series) -> pd.Series:
    return pd.to_datetime(values).dt.strftime("%Y-%m-%d")


# --- Overview -------------------------------------------------------------------------------


def reaction_map(countries: pd.DataFrame, *, color_by: str = "reactions") -> go.Figure:
    """World choropleth of reacting countries.

    ``countries`` has one row per country: country (ISO3), country_name, reactions,
    first_date and days_to_first (days from the event date). ``color_by`` is
    ``"reactions"`` or ``"days"``.
    """
    title = "Reactions by country" if color_by == "reactions" else "Days from the event to each country's first reaction"
    frame = countries.dropna(subset=["country"])
    if frame.empty:
        return empty_figure(title)
    if color_by != "reactions" and frame["days_to_first"].isna().all():
        return empty_figure(title, NO_EVENT_DATE)
    label = _label(frame)
    # Scales start at a visible colour so a country with one reaction does not look like land without data.
    column, bar_title, scale = (
        ("reactions", "Reactions", [[0, "#9ecae1"], [1, "#08306b"]])
        if color_by == "reactions"
        else ("days_to_first", "Days after event", [[0, "#fde68a"], [0.5, "#f97316"], [1, "#7f1d1d"]])
    )
    z = frame[column].astype(float)
    spread = float(z.max() - z.min()) if z.notna().any() else 0.0
    first = pd.to_datetime(frame["first_date"]).dt.strftime("%Y-%m-%d")
    hover = [
        f"<b>{_esc(name)}</b><br>{int(n)} reaction{'s' if n != 1 else ''}<br>first on {d}"
        + ("" if pd.isna(days) else f" ({int(days):+d} days from the event)")
        for name, n, d, days in zip(label, frame["reactions"], first, frame["days_to_first"], strict=True)
    ]
    fig = go.Figure(
        go.Choropleth(
            locations=frame["country"],
            locationmode="ISO-3",
            z=z,
            colorscale=scale,
            marker_line_color="white",
            marker_line_width=0.5,
            colorbar=dict(title=bar_title, tickformat="d", dtick=max(1, math.ceil(spread / 5))),
            text=hover,
            hovertemplate="%{text}<extra></extra>",
        )
    )
    fig.update_geos(showframe=False, showcoastlines=False, showcountries=True, countrycolor="#d0d0d0",
                    projection_type="natural earth", projection_rotation_lon=10, landcolor="#eeeeee",
                    showland=True, lataxis_range=[-58, 85], lonaxis_range=[-170, 190])
    fig.update_layout(title=title, height=460, **_LAYOUT)
    return fig


def first_reactors_chart(first: pd.DataFrame) -> go.Figure:
    """Horizontal bars: days from the event to each country's first reaction, earliest on top."""
    title = "First reactors: days from the event to the first reaction"
    frame = first.dropna(subset=["days_to_first"])
    if frame.empty:
        return empty_figure(title, NO_EVENT_DATE if not first.empty else "No statements match the filters.")
    frame = frame.sort_values(["days_to_first", "first_date"])
    label = _label(frame)
    hover = [
        f"<b>{_esc(name)}</b><br>{int(days):+d} days ({pd.Timestamp(d):%Y-%m-%d})<br>{_esc(speaker)}"
        f"{', ' + _esc(role) if isinstance(role, str) and role else ''}<br><i>{_first_words(q)}</i>"
        for name, days, d, speaker, role, q in zip(
            label, frame["days_to_first"], frame["first_date"], frame["speaker"], frame["role"], frame["quote"], strict=True
        )
    ]
    fig = go.Figure(
        go.Bar(
            x=frame["days_to_first"],
            y=label,
            orientation="h",
            marker_color=[country_color(c) for c in frame["country"]],
            text=frame["days_to_first"].astype(int).map(lambda d: f"{d:+d} d"),
            textposition="outside",
            hovertext=hover,
            hovertemplate="%{hovertext}<extra></extra>",
        )
    )
    fig.update_yaxes(autorange="reversed", title="Country")
    fig.update_xaxes(title="Days after the event date", zeroline=True)
    _whole_days(fig, frame["days_to_first"])
    fig.update_layout(title=title, height=max(260, 28 * len(frame) + 110), **_LAYOUT)
    return fig


# --- Timeline -------------------------------------------------------------------------------


def _time_axis(fig: go.Figure, x: str, dates: pd.Series) -> None:
    """Calendar dates get day ticks on short spans and years on long ones; day offsets mark day 0 (the event)."""
    if x == "date":
        stamps = pd.to_datetime(dates)
        span = (stamps.max() - stamps.min()).days if len(stamps) else 0
        fig.update_xaxes(title="Date of statement", tickformat="%b %d" if span <= 180 else "%b %d, %Y",
                         dtick="D1" if span <= 14 else None)
    else:
        span = float(dates.max() - dates.min()) if len(dates) else 0.0
        fig.update_xaxes(title="Days since the event", zeroline=True, zerolinecolor="#999",
                         dtick=1 if span <= 20 else None)


def daily_by_country(daily: pd.DataFrame, *, unit: str = "reactions", x: str = "date") -> go.Figure:
    """Stacked bars of statements per day, one colour per country.

    ``daily`` has columns country, country_name, n and ``x``: ``date`` (calendar) or
    ``day`` (days since the event).
    """
    title = f"{unit.capitalize()} per day by country"
    if daily.empty:
        return empty_figure(title)
    frame = daily.assign(label=_label(daily))
    hover_x = "%{x|%Y-%m-%d}" if x == "date" else "day %{x:+d}"
    xs, ns, codes = frame[x].to_numpy(), frame["n"].to_numpy(), frame["country"].to_numpy()
    fig = go.Figure()
    # plotly validates every trace it is given: numpy slices, not Series, keep that cheap
    fig.add_traces([
        go.Bar(
            x=xs[at], y=ns[at], name=label, marker_color=country_color(codes[at[0]]),
            hovertemplate=f"<b>{_esc(label)}</b><br>{hover_x}: %{{y}} {unit}<extra></extra>",
        )
        for label, at in _positions(frame["label"]).items()
    ])
    fig.update_layout(title=title, barmode="stack", bargap=0.15, legend_title="Country", **_LAYOUT)
    fig.update_yaxes(title=unit.capitalize())
    _time_axis(fig, x, frame[x])
    return fig


def country_strip(points: pd.DataFrame, *, x: str = "date") -> go.Figure:
    """One dot per statement, date (or ``days_from_event``) by country; hover gives speaker, role and first words."""
    title = "Who reacted when"
    if points.empty:
        return empty_figure(title)
    frame = points.assign(label=_label(points))
    if x != "date":
        frame = frame.dropna(subset=[x])
        if frame.empty:
            return empty_figure(title, "The matching events have no date to count from.")
    order = frame.groupby("label")[x].min().sort_values().index.tolist()
    dates = _day_strings(frame["date"])
    hover = [
        f"<b>{_esc(label)}</b> · {d}"
        f"{'' if pd.isna(days) else f' (day {int(days):+d})'}<br>{_esc(speaker) or 'unnamed'}"
        f"{' (' + _esc(role) + ')' if isinstance(role, str) and role else ''} · {_esc(kind)}<br><i>{_first_words(q)}</i>"
        for label, d, days, speaker, role, kind, q in zip(
            frame["label"], dates, frame["days_from_event"], frame["speaker"], frame["role"], frame["kind"],
            frame["quote"], strict=True,
        )
    ]
    xs, codes, hover = frame[x].to_numpy(), frame["country"].to_numpy(), pd.Series(hover).to_numpy()
    positions = _positions(frame["label"])
    fig = go.Figure()
    fig.add_traces([
        go.Scatter(
            x=xs[positions[label]],
            y=[label] * len(positions[label]),
            mode="markers",
            name=label,
            marker=dict(size=11, color=country_color(codes[positions[label][0]]), opacity=0.8,
                        line=dict(width=1, color="white")),
            hovertext=hover[positions[label]],
            hovertemplate="%{hovertext}<extra></extra>",
        )
        for label in order
    ])
    fig.update_yaxes(title="Country", categoryorder="array", categoryarray=order[::-1])
    _time_axis(fig, x, frame[x])
    fig.update_layout(title=title, showlegend=False, height=max(280, 26 * len(order) + 120), **_LAYOUT)
    return fig


def cumulative_reactions(daily: pd.DataFrame, *, unit: str = "reactions", x: str = "date") -> go.Figure:
    """Running total of statements over time (columns ``x`` and n; other columns are summed away)."""
    title = f"Cumulative {unit}"
    if daily.empty:
        return empty_figure(title)
    per_day = daily.groupby(x, as_index=False)["n"].sum().sort_values(x)
    per_day["total"] = per_day["n"].cumsum()
    hover_x = "%{x|%Y-%m-%d}" if x == "date" else "day %{x:+d}"
    fig = go.Figure(
        go.Scatter(
            x=per_day[x],
            y=per_day["total"],
            mode="lines+markers",
            line_shape="hv",
            customdata=per_day["n"],
            hovertemplate=hover_x + "<br>%{y} " + unit + " so far (+%{customdata} that day)<extra></extra>",
        )
    )
    _time_axis(fig, x, per_day[x])
    fig.update_yaxes(title=f"Cumulative {unit}", rangemode="tozero")
    fig.update_layout(title=title, **_LAYOUT)
    return fig


# --- Themes ---------------------------------------------------------------------------------


def theme_frequency(themes: pd.DataFrame) -> go.Figure:
    """Horizontal bars of statements per theme (columns theme, n)."""
    title = "Themes: statements mentioning each theme"
    if themes.empty:
        return empty_figure(title)
    frame = themes.sort_values("n", ascending=True)
    fig = go.Figure(
        go.Bar(
            x=frame["n"],
            y=frame["theme"],
            orientation="h",
            marker_color=[theme_color(t) for t in frame["theme"]],
            hovertemplate="%{y}: %{x} statements<extra></extra>",
        )
    )
    fig.update_xaxes(title="Statements")
    fig.update_yaxes(title="Theme")
    fig.update_layout(title=title, height=max(260, 30 * len(frame) + 110), **_LAYOUT)
    return fig


def country_theme_heatmap(counts: pd.DataFrame) -> go.Figure:
    """Country x theme grid of statement counts (columns country, country_name, theme, n)."""
    title = "Which country spoke about what"
    if counts.empty:
        return empty_figure(title)
    frame = counts.assign(label=_label(counts))
    grid = frame.pivot_table(index="label", columns="theme", values="n", aggfunc="sum", fill_value=0)
    grid = grid.loc[grid.sum(axis=1).sort_values(ascending=False).index]
    fig = go.Figure(
        go.Heatmap(
            z=grid.to_numpy(),
            x=list(grid.columns),
            y=list(grid.index),
            colorscale="Blues",
            colorbar_title="Statements",
            hovertemplate="%{y} · %{x}: %{z} statements<extra></extra>",
            text=grid.to_numpy(),
            texttemplate="%{text}",
        )
    )
    fig.update_xaxes(title="Theme", side="bottom")
    fig.update_yaxes(title="Country", autorange="reversed")
    fig.update_layout(title=title, height=max(300, 26 * len(grid) + 140), **_LAYOUT)
    return fig


def themes_over_time(daily: pd.DataFrame, *, x: str = "date") -> go.Figure:
    """Stacked bars of statements per day for each theme (columns ``x`` (date or day), theme, n)."""
    title = "Themes over time"
    if daily.empty:
        return empty_figure(title)
    hover_x = "%{x|%Y-%m-%d}" if x == "date" else "day %{x:+d}"
    xs, ns = daily[x].to_numpy(), daily["n"].to_numpy()
    positions = _positions(daily["theme"].astype(str))
    fig = go.Figure()
    fig.add_traces([
        go.Bar(
            x=xs[positions[theme]], y=ns[positions[theme]], name=theme, marker_color=theme_color(theme),
            hovertemplate=f"<b>{_esc(theme)}</b><br>{hover_x}: %{{y}} statements<extra></extra>",
        )
        for theme in sorted(positions)
    ])
    fig.update_layout(title=title, barmode="stack", bargap=0.15, legend_title="Theme", **_LAYOUT)
    fig.update_yaxes(title="Statements")
    _time_axis(fig, x, daily[x])
    return fig


def matched_terms(terms: pd.DataFrame, *, top: int = 30) -> go.Figure:
    """The words that put statements in each theme (columns theme, term, n), most frequent first."""
    title = "Terms that matched each theme"
    if terms.empty:
        return empty_figure(title, "No theme terms among the matching statements.")
    frame = terms.sort_values("n", ascending=False).head(top).iloc[::-1]
    label = (frame["term"] + "  [" + frame["theme"] + "]").to_numpy()
    counts = frame["n"].to_numpy()
    positions = _positions(frame["theme"].astype(str))
    fig = go.Figure()
    fig.add_traces([
        go.Bar(x=counts[at], y=label[at], name=theme, orientation="h", marker_color=theme_color(theme),
               hovertemplate="%{y}: %{x} statements<extra></extra>")
        for theme, at in positions.items()
    ])
    fig.update_xaxes(title="Statements")
    fig.update_yaxes(title="Term [theme]", categoryorder="array", categoryarray=list(label))
    fig.update_layout(barmode="relative", legend_title="Theme")
    fig.update_layout(title=title, height=max(280, 24 * len(frame) + 120), **_LAYOUT)
    return fig


# --- Compare --------------------------------------------------------------------------------


def compare_cumulative(days: pd.DataFrame) -> go.Figure:
    """Cumulative reactions against days since each event, one line per event.

    ``days`` has columns event_name, day (days since the event date) and n. Each line
    starts at zero on the event day (or its first reaction, if earlier) and runs flat
    to the last day shown, so events of different lengths compare at a glance.
    """
    title = "Cumulative reactions by days since each event"
    if days.empty:
        return empty_figure(title)
    colors = event_color_map(days["event_name"])
    last_day = int(days["day"].max())
    per_day = days.groupby(["event_name", "day"], as_index=False)["n"].sum().sort_values(["event_name", "day"])
    day_values, added_values = per_day["day"].to_numpy(), per_day["n"].to_numpy()
    positions = _positions(per_day["event_name"])
    traces = []
    for event in colors:
        at = positions[event]
        x = [min(0, int(day_values[at[0]]) - 1)] + day_values[at].astype(int).tolist()
        added = [0] + added_values[at].astype(int).tolist()
        if x[-1] < last_day:
            x.append(last_day)
            added.append(0)
        traces.append(
            go.Scatter(
                x=x,
                y=list(itertools.accumulate(added)),
                mode="lines+markers",
                line_shape="hv",
                name=event,
                line_color=colors[event],
                customdata=added,
                hovertemplate=f"<b>{_esc(event)}</b><br>day %{{x:+d}}: %{{y}} reactions so far (+%{{customdata}})<extra></extra>",
            )
        )
    fig = go.Figure()
    fig.add_traces(traces)
    fig.update_xaxes(title="Days since the event date", zeroline=True, zerolinecolor="#999")
    _whole_days(fig, days["day"])
    fig.update_yaxes(title="Cumulative reactions", rangemode="tozero")
    fig.update_layout(title=title, legend_title="Event", **_LAYOUT)
    return fig


def compare_theme_shares(shares: pd.DataFrame) -> go.Figure:
    """Share of each event's reactions that touch each theme, bars side by side (columns event_name, theme, n, share)."""
    title = "Theme shares by event"
    if shares.empty:
        return empty_figure(title)
    colors = event_color_map(shares["event_name"])
    themes, values, counts = shares["theme"].to_numpy(), shares["share"].to_numpy(), shares["n"].to_numpy()
    positions = _positions(shares["event_name"].astype(str))
    fig = go.Figure()
    fig.add_traces([
        go.Bar(
            x=themes[positions[event]],
            y=values[positions[event]],
            name=event,
            marker_color=color,
            customdata=counts[positions[event]],
            hovertemplate=f"<b>{_esc(event)}</b><br>%{{x}}: %{{y:.0%}} (%{{customdata}} reactions)<extra></extra>",
        )
        for event, color in colors.items()
    ])
    fig.update_layout(barmode="group", legend_title="Event")
    fig.update_xaxes(title="Theme", categoryorder="array", categoryarray=list(pd.unique(shares["theme"])))
    fig.update_yaxes(title="Share of the event's reactions")
    fig.update_yaxes(tickformat=".0%", rangemode="tozero")
    fig.update_layout(title=title, **_LAYOUT)
    return fig


def compare_country_delays(delays: pd.DataFrame) -> go.Figure:
    """Days from each event to each country's first reaction, one dot per country and event.

    ``delays`` has columns country, country_name, event_name, days_to_first, reactions; a
    country with a dot for only one event reacted to that event alone.
    """
    title = "First-reaction delay by country and event"
    frame = delays.dropna(subset=["days_to_first"])
    if frame.empty:
        return empty_figure(title)
    frame = frame.assign(label=_label(frame))
    order = frame.groupby("label")["days_to_first"].min().sort_values().index.tolist()
    colors = event_color_map(frame["event_name"])
    delay, labels, reactions = frame["days_to_first"].to_numpy(), frame["label"].to_numpy(), frame["reactions"].to_numpy()
    positions = _positions(frame["event_name"].astype(str))
    fig = go.Figure()
    fig.add_traces([
        go.Scatter(
            x=delay[positions[event]],
            y=labels[positions[event]],
            mode="markers",
            name=str(event),
            marker=dict(size=12, color=color, opacity=0.85, line=dict(width=1, color="white")),
            customdata=reactions[positions[event]],
            hovertemplate=f"<b>%{{y}}</b> · {_esc(event)}<br>first reaction %{{x:+d}} days after the event"
            "<br>%{customdata} reactions<extra></extra>",
        )
        for event, color in colors.items()
    ])
    fig.update_yaxes(title="Country", categoryorder="array", categoryarray=order[::-1])
    fig.update_xaxes(title="Days from the event to the first reaction", zeroline=True, zerolinecolor="#999")
    _whole_days(fig, frame["days_to_first"])
    fig.update_layout(title=title, legend_title="Event", height=max(300, 26 * len(order) + 140), **_LAYOUT)
    return fig
