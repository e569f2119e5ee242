"""Chart builders: titled, labelled, one colour per country, honest hover text, no blank charts."""

from __future__ import annotations

import pandas as pd
import plotly.graph_objects as go
import pytest

from tracker import charts

DAILY = pd.DataFrame({
    "date": pd.to_datetime(["2025-06-04", "2025-06-04", "2025-06-05"]),
    "country": ["USA", "JPN", "USA"],
    "country_name": ["United States", "Japan", "United States"],
    "n": [2, 1, 3],
})
POINTS = pd.DataFrame({
    "date": pd.to_datetime(["2025-06-04", "2025-06-05"]),
    "country": ["USA", "CHN"],
    "country_name": ["United States", "China"],
    "event_name": ["E", "E"],
    "days_from_event": [1, 2],
    "speaker": ["Marco Rubio", "Lin Jian"],
    "role": ["Secretary of State", None],
    "kind": ["congratulation", "concern"],
    "quote": ["The alliance between our countries is ironclad and will stay so for many decades to come, he said", "x"],
})
COUNTRIES = pd.DataFrame({
    "country": ["USA", "JPN"], "country_name": ["United States", "Japan"], "reactions": [3, 1], "mentions": [5, 1],
    "first_date": pd.to_datetime(["2025-06-04", "2025-06-05"]), "days_to_first": [1, 2],
})
FIRST = COUNTRIES.assign(event_name="E", speaker=["Rubio", "Ishiba"], role=["Secretary", None], kind="welcome",
                         quote=["a", "b"])


def _all_colors(fig: go.Figure) -> dict[str, str]:
    return {trace.name: trace.marker.color for trace in fig.data}


def test_country_color_is_stable_and_distinct_for_common_reactors():
    assert charts.country_color("usa") == charts.country_color("USA")
    common = ["USA", "JPN", "CHN", "KOR", "RUS", "GBR", "FRA", "DEU"]
    assert len({charts.country_color(c) for c in common}) == len(common)
    assert charts.country_color("BRA") == charts.country_color("BRA")
    assert charts.country_color(None) == charts.UNKNOWN_COUNTRY_COLOR


def test_a_country_has_the_same_colour_on_every_chart():
    daily = _all_colors(charts.daily_by_country(DAILY))
    strip = _all_colors(charts.country_strip(POINTS))
    assert daily["United States"] == strip["United States"] == charts.country_color("USA")
    bars = charts.first_reactors_chart(FIRST).data[0]
    assert list(bars.marker.color) == [charts.country_color("USA"), charts.country_color("JPN")]


@pytest.mark.parametrize(
    "figure",
    [
        lambda: charts.daily_by_country(DAILY),
        lambda: charts.country_strip(POINTS),
        lambda: charts.cumulative_reactions(DAILY),
        lambda: charts.first_reactors_chart(FIRST),
        lambda: charts.theme_frequency(pd.DataFrame({"theme": ["alliance"], "n": [2]})),
        lambda: charts.themes_over_time(pd.DataFrame({"date": pd.to_datetime(["2025-06-04"]), "theme": ["a"], "n": [1]})),
        lambda: charts.country_theme_heatmap(pd.DataFrame({"country": ["USA"], "country_name": ["US"], "theme": ["a"], "n": [1]})),
        lambda: charts.matched_terms(pd.DataFrame({"theme": ["a"], "term": ["ironclad"], "n": [1]})),
        lambda: charts.compare_cumulative(pd.DataFrame({"event_name": ["E"], "day": [1], "n": [2]})),
        lambda: charts.compare_country_delays(pd.DataFrame({"country": ["USA"], "country_name": ["US"], "event_name": ["E"], "days_to_first": [1], "reactions": [1]})),
    ],
)
def test_every_chart_has_a_title_and_labelled_axes(figure):
    fig = figure()
    assert fig.layout.title.text
    assert fig.layout.xaxis.title.text and fig.layout.yaxis.title.text


@pytest.mark.parametrize("builder", [
    charts.daily_by_country, charts.country_strip, charts.cumulative_reactions, charts.theme_frequency,
    charts.country_theme_heatmap, charts.themes_over_time, charts.matched_terms, charts.compare_cumulative,
    charts.compare_theme_shares, charts.compare_country_delays, charts.first_reactors_chart,
])
def test_empty_data_gives_a_message_not_blank_axes(builder):
    empty = pd.DataFrame(columns=["date", "country", "country_name", "n", "theme", "term", "event_name", "day",
                                  "share", "days_to_first", "reactions", "speaker", "role", "kind", "quote",
                                  "first_date"])
    fig = builder(empty)
    assert fig.layout.title.text
    assert fig.layout.annotations and "No" in fig.layout.annotations[0].text


def test_map_colours_countries_by_reactions_or_days():
    by_reactions = charts.reaction_map(COUNTRIES).data[0]
    assert list(by_reactions.locations) == ["USA", "JPN"] and list(by_reactions.z) == [3, 1]
    by_days = charts.reaction_map(COUNTRIES, color_by="days").data[0]
    assert list(by_days.z) == [1, 2]
    assert "+1 days from the event" in by_days.text[0]


def test_strip_hover_names_speaker_role_and_first_words_of_the_quote():
    hover = charts.country_strip(POINTS).data[0].hovertext[0]
    assert "Marco Rubio" in hover and "Secretary of State" in hover
    assert "The alliance between our countries" in hover and "decades to come" not in hover


def test_cumulative_reactions_add_up_over_days():
    fig = charts.cumulative_reactions(DAILY)
    assert list(fig.data[0].y) == [3, 6]


def test_compare_cumulative_draws_one_line_per_event_from_day_zero():
    days = pd.DataFrame({"event_name": ["A", "A", "B"], "day": [2, 1, 4], "n": [1, 2, 1]})
    fig = charts.compare_cumulative(days)
    lines = {t.name: (list(t.x), list(t.y)) for t in fig.data}
    # from zero on the event day, flat to the last day shown
    assert lines == {"A": ([0, 1, 2, 4], [0, 2, 3, 3]), "B": ([0, 4], [0, 1])}


def test_an_event_has_the_same_colour_on_every_compare_chart():
    days = pd.DataFrame({"event_name": ["B", "A"], "day": [1, 1], "n": [1, 1]})
    shares = pd.DataFrame({"event_name": ["A", "B"], "theme": ["x", "x"], "n": [1, 1], "share": [1.0, 1.0]})
    delays = pd.DataFrame({"country": ["USA", "USA"], "country_name": ["US", "US"], "event_name": ["B", "A"],
                           "days_to_first": [1, 2], "reactions": [1, 1]})
    line = {t.name: t.line.color for t in charts.compare_cumulative(days).data}
    bars = {t.name: t.marker.color for t in charts.compare_theme_shares(shares).data}
    dots = {t.name: t.marker.color for t in charts.compare_country_delays(delays).data}
    assert line == bars == dots and line["A"] != line["B"]


def test_heatmap_puts_the_most_active_country_first():
    counts = pd.DataFrame({"country": ["JPN", "USA", "USA"], "country_name": ["Japan", "United States", "United States"],
                           "theme": ["trilateral", "alliance", "trilateral"], "n": [1, 2, 1]})
    heat = charts.country_theme_heatmap(counts).data[0]
    assert list(heat.y) == ["United States", "Japan"]
    assert heat.z.tolist() == [[2, 1], [0, 1]]


def test_days_charts_explain_a_missing_event_date():
    undated = FIRST.assign(days_to_first=[None, None])
    assert "no date" in charts.first_reactors_chart(undated).layout.annotations[0].text
    assert "no date" in charts.reaction_map(undated, color_by="days").layout.annotations[0].text
    assert not charts.reaction_map(undated).layout.annotations  # reactions can still be counted


def test_a_theme_has_the_same_colour_on_every_chart():
    counts = pd.DataFrame({"theme": ["alliance", "china"], "n": [2, 1]})
    daily = pd.DataFrame({"date": pd.to_datetime(["2025-06-04"] * 2), "theme": ["alliance", "china"], "n": [2, 1]})
    terms = pd.DataFrame({"theme": ["china", "alliance"], "term": ["beijing", "ironclad"], "n": [3, 1]})
    bars = dict(zip(charts.theme_frequency(counts).data[0].y, charts.theme_frequency(counts).data[0].marker.color,
                    strict=True))
    over_time = {t.name: t.marker.color for t in charts.themes_over_time(daily).data}
    matched = {t.name: t.marker.color for t in charts.matched_terms(terms).data}
    assert bars == over_time == matched == {"alliance": charts.theme_color("alliance"), "china": charts.theme_color("china")}


def test_matched_terms_puts_the_most_frequent_term_on_top_and_keeps_only_the_top_ones():
    terms = pd.DataFrame({"theme": ["alliance", "china", "alliance", "economy"],
                          "term": ["ironclad", "beijing", "alliance", "tariffs"], "n": [9, 3, 5, 1]})
    fig = charts.matched_terms(terms, top=3)
    # plotly draws a category array bottom-up: the last entry is the top bar
    assert list(fig.layout.yaxis.categoryarray) == ["beijing  [china]", "alliance  [alliance]", "ironclad  [alliance]"]
    shown = {y for trace in fig.data for y in trace.y}
    assert "tariffs  [economy]" not in shown
    assert {t.name: t.marker.color for t in fig.data}["alliance"] == charts.theme_color("alliance")


def test_theme_share_hover_names_the_event_and_its_reaction_count():
    shares = pd.DataFrame({"event_name": ["Vote <A>", "Vote <A>"], "theme": ["alliance", "china"],
                           "n": [4, 1], "share": [0.8, 0.2]})
    bar = charts.compare_theme_shares(shares).data[0]
    assert list(bar.x) == ["alliance", "china"] and list(bar.y) == [0.8, 0.2] and list(bar.customdata) == [4, 1]
    assert "Vote &lt;A&gt;" in bar.hovertemplate and "%{customdata} reactions" in bar.hovertemplate
