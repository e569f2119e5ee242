"""Compare events: how fast reactions came, what they were about, and who reacted to which."""

import streamlit as st

from tracker import charts, ui
from tracker.store.queries import country_presence, with_events

filters = ui.current_filters()
st.title("Compare events")
st.caption("Distinct reactions, time measured from each event's date. The sidebar filters apply, except its event choice.")

events = ui.query("filter_options")["events"]
names = dict(zip(events["event_id"].astype(int), events["name"], strict=True))
if len(names) < 2:
    st.info("Comparing needs two or more events. Create an event and add its dumps on the **Upload** page.",
            icon=":material/compare_arrows:")
    st.stop()

default = [e for e in filters.events if e in names] if len(filters.events) >= 2 else list(names)
chosen = st.multiselect("Events to compare", list(names), default=default, format_func=names.get, key="compare_events")
if len(chosen) < 2:
    st.info("Choose at least two events to compare.")
    st.stop()

scoped = with_events(filters, chosen)
days = ui.query("event_reaction_days", scoped)
if days.empty:
    ui.empty_message(scoped, "dated reactions")
    st.stop()

ui.plotly(charts.compare_cumulative(days), key="compare_cumulative")
ui.plotly(charts.compare_theme_shares(ui.query("event_theme_shares", scoped)), key="compare_themes")

delays = ui.query("event_country_delays", scoped)
chosen_names = [names[e] for e in chosen]
presence = country_presence(delays, chosen_names)
ui.plotly(charts.compare_country_delays(delays), key="compare_delays")

st.subheader("Who reacted to which")
st.caption("Days from the event to the country's first reaction; empty where the country did not react.")
only_some = presence[presence["reacted_to"] < len(chosen_names)]
day_columns = {n: st.column_config.NumberColumn(n, format="%+d days") for n in chosen_names}
config = {"country": None, "country_name": "Country", "reacted_to": None, **day_columns}
if only_some.empty:
    st.success("Every country here reacted to all the chosen events.")
else:
    st.markdown(f"**Reacted to some of the events but not all** ({len(only_some)} countries)")
    st.dataframe(only_some, hide_index=True, column_config=config, key="compare_only_some",
                 placeholder="did not react")
both = presence[presence["reacted_to"] == len(chosen_names)]
if not both.empty:
    st.markdown(f"**Reacted to every chosen event** ({len(both)} countries)")
    st.dataframe(both, hide_index=True, column_config=config, key="compare_all", placeholder="—")
