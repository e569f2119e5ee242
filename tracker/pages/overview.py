"""Overview: who reacted, how fast after the event, and where on the map."""

import streamlit as st

from tracker import charts, ui

filters = ui.current_filters()
st.title("Overview")
st.caption("Distinct diplomatic reactions: a statement reported by several outlets counts once.")

head = ui.query("headline", filters)
if not head["mentions"]:
    ui.empty_message(filters)
    st.stop()

cols = st.columns(5)
cols[0].metric("Countries reacting", f"{head['countries']:,}")
cols[1].metric("Reactions", f"{head['reactions']:,}", help=f"{head['mentions']:,} mentions across articles")
cols[2].metric("Outlets", f"{head['outlets']:,}", help=f"{head['articles']:,} articles")
cols[3].metric("First reaction", f"{head['first_date']:%Y-%m-%d}" if head["first_date"] else "—")
cols[4].metric("Latest reaction", f"{head['latest_date']:%Y-%m-%d}" if head["latest_date"] else "—")

color_by = st.segmented_control(
    "Colour the map by", ["Reactions", "Days to first reaction"], default="Reactions", key="overview_color_by"
) or "Reactions"
countries = ui.query("country_summary", filters)
if countries.empty:
    st.info("The matching statements name no country (organisations only), so the map is empty.")
else:
    ui.plotly(charts.reaction_map(countries, color_by="reactions" if color_by == "Reactions" else "days"),
              key="overview_map")

st.subheader("First reactors")
first = ui.query("first_reactors", filters, limit=25)
if first.empty:
    st.info("No dated reaction from a country matches the filters.")
else:
    ui.plotly(charts.first_reactors_chart(first), key="overview_first")
    st.dataframe(
        first[["first_date", "days_to_first", "country_name", "speaker", "role", "kind", "event_name", "quote"]],
        hide_index=True,
        key="overview_first_table",
        column_config={
            "first_date": st.column_config.DateColumn("First reaction", format="YYYY-MM-DD"),
            "days_to_first": st.column_config.NumberColumn("Days after event", format="%+d"),
            "country_name": "Country",
            "speaker": "Speaker",
            "role": "Role",
            "kind": "Kind",
            "event_name": "Event",
            "quote": st.column_config.TextColumn("Quote", width="large"),
        },
    )
