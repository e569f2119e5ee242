"""Timeline: statements per day, who reacted when, and the running total."""

import streamlit as st

from tracker import charts, ui

filters = ui.current_filters()
st.title("Timeline")

left, right = st.columns(2)
mode = left.segmented_control(
    "Count",
    ["Distinct reactions", "All mentions"],
    default="Distinct reactions",
    key="timeline_mode",
    help="Distinct reactions count a statement once however many articles report it; "
    "all mentions count every article's report.",
) or "Distinct reactions"
several_events = (ui.query("headline", filters)["events"] or 0) > 1
axis = right.segmented_control(
    "Time axis",
    ["Calendar date", "Days since the event"],
    default="Days since the event" if several_events else "Calendar date",
    key="timeline_axis",
    help="Days since the event line up several events on one axis (day 0 is each event's date).",
) or "Calendar date"
unique = mode == "Distinct reactions"
unit = "reactions" if unique else "mentions"
by_day = axis == "Days since the event"
x = "day" if by_day else "date"

daily = ui.query("daily_counts", filters, unique=unique, by_day=by_day)
if daily.empty:
    ui.empty_message(filters, "dated statements" if by_day else "statements")
    st.stop()

ui.plotly(charts.daily_by_country(daily, unit=unit, x=x), key="timeline_daily")
points = ui.query("strip_points", filters, unique=unique, limit=ui.STRIP_LIMIT)
if len(points) == ui.STRIP_LIMIT:
    st.caption(f"The strip shows the first {ui.STRIP_LIMIT:,} statements; narrow the filters to see the rest.")
ui.plotly(charts.country_strip(points, x="days_from_event" if by_day else "date"), key="timeline_strip")
ui.plotly(charts.cumulative_reactions(daily, unit=unit, x=x), key="timeline_cumulative")

st.subheader("Order of reactions")
st.caption("Days are counted from the date of the event each statement belongs to.")
order = ui.query("reaction_order", filters, unique=unique)
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
