"""Timeline: statements per day, who reacted when, and the running total."""

import streamlit as st

from tracker import charts, ui

filters = ui.current_filters()
st.title("Timeline")

mode = st.segmented_control(
    "Count",
    ["Distinct reactions", "All mentions"],
    default="Distinct reactions",
    key="timeline_mode",
    help="Distinct reactions count a statement once however many articles report it; "
    "all mentions count every article's report.",
) or "Distinct reactions"
unique = mode == "Distinct reactions"
unit = "reactions" if unique else "mentions"

daily = ui.query("daily_counts", filters, unique=unique)
if daily.empty:
    ui.empty_message(filters)
    st.stop()

ui.plotly(charts.daily_by_country(daily, unit=unit), key="timeline_daily")
points = ui.query("strip_points", filters, unique=unique)
ui.plotly(charts.country_strip(points), key="timeline_strip")
ui.plotly(charts.cumulative_reactions(daily, unit=unit), key="timeline_cumulative")

st.subheader("Order of reactions")
st.caption("Days are counted from the date of the event each statement belongs to.")
order = points.groupby(["country_name", "event_name"], dropna=False, as_index=False).agg(
    first_date=("date", "min"), days_from_event=("days_from_event", "min"), statements=("date", "size")
).sort_values(["days_from_event", "first_date"])
st.dataframe(
    order,
    hide_index=True,
    key="timeline_order",
    column_config={
        "country_name": "Country",
        "event_name": "Event",
        "first_date": st.column_config.DateColumn("First statement", format="YYYY-MM-DD"),
        "days_from_event": st.column_config.NumberColumn("Days after event", format="%+d"),
        "statements": st.column_config.NumberColumn(unit.capitalize()),
    },
)
