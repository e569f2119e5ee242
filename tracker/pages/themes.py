"""Themes: what the reactions talked about, by whom, when, and the words that matched."""

import streamlit as st

from tracker import charts, ui

filters = ui.current_filters()
st.title("Themes")

left, right = st.columns(2, vertical_alignment="bottom")
unique = left.toggle(
    "Count distinct reactions", value=True, key="themes_unique",
    help="Off: count every article's mention of a statement.",
)
several_events = (ui.query("headline", filters)["events"] or 0) > 1
axis = right.segmented_control(
    "Time axis", ["Calendar date", "Days since the event"], key="themes_axis",
    default="Days since the event" if several_events else "Calendar date",
    help="Days since the event line up several events on one axis (day 0 is each event's date).",
) or "Calendar date"
by_day = axis == "Days since the event"
counts = ui.query("theme_counts", filters, unique=unique)
if counts.empty:
    ui.empty_message(filters, "statements with a theme")
    st.stop()

left, right = st.columns(2)
with left:
    ui.plotly(charts.theme_frequency(counts), key="themes_frequency")
with right:
    daily = ui.query("theme_daily", filters, unique=unique, by_day=by_day)
    ui.plotly(charts.themes_over_time(daily, x="day" if by_day else "date"), key="themes_over_time")
ui.plotly(charts.country_theme_heatmap(ui.query("country_theme_counts", filters, unique=unique)), key="themes_heatmap")

st.subheader("Matched terms")
st.caption("The words in each statement that put it in a theme (counts are statements, every mention).")
terms = ui.query("theme_terms", filters)
ui.plotly(charts.matched_terms(terms), key="themes_terms")
