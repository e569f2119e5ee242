"""Sources: the ingested files and events; delete, rename and move them (each after a confirmation)."""

import pandas as pd
import streamlit as st

from tracker import ui
from tracker.store.documents import delete_document
from tracker.store.events import EventError, delete_event, move_document, rename_event, update_event

filters = ui.current_filters()
st.title("Sources")

if done := st.session_state.pop("sources_done", None):
    st.success(done, icon=":material/check_circle:")

events = ui.query("events")
names = dict(zip(events["event_id"].astype(int), events["name"], strict=True))
docs = ui.query("documents", filters)


def finish(message: str) -> None:
    """Forget cached results, clear the pending confirmation and show what happened."""
    ui.data_changed()
    st.session_state.pop("sources_confirm", None)
    st.session_state["sources_done"] = message
    st.rerun()


st.subheader("Documents")
if docs.empty:
    ui.empty_message(filters, "documents")
else:
    st.dataframe(
        docs[["name", "event_name", "format", "n_articles", "n_statements", "reference_date", "host_country",
              "size_bytes", "ingested_at"]],
        hide_index=True, key="sources_documents", placeholder="—",
        column_config={
            "name": "File", "event_name": "Event", "format": "Format", "n_articles": "Articles",
            "n_statements": "Statements", "host_country": "Host",
            "reference_date": st.column_config.DateColumn("Reference date", format="YYYY-MM-DD"),
            "size_bytes": st.column_config.NumberColumn("Size (bytes)", format="%d"),
            "ingested_at": st.column_config.DatetimeColumn("Saved", format="YYYY-MM-DD HH:mm"),
        },
    )
    labels = {int(r.document_id): f"{r.name} ({r.event_name}, {r.n_statements} statements)" for r in docs.itertuples()}
    doc_id = st.selectbox("Document", list(labels), format_func=labels.get, key="sources_document")
    cols = st.columns(3, vertical_alignment="bottom")
    target = cols[0].selectbox("Move to event", list(names), format_func=names.get, key="sources_move_target")
    if cols[1].button("Move document", key="sources_move", icon=":material/drive_file_move:"):
        move_document(ui.database(), doc_id, target)
        finish(f"Moved {ui.md(labels[doc_id])} to “{ui.md(names[target])}”.")
    if cols[2].button("Delete document…", key="sources_delete", icon=":material/delete:"):
        st.session_state["sources_confirm"] = ("document", doc_id)

st.subheader("Events")
st.dataframe(
    events[["name", "host_country", "event_date", "n_documents", "n_articles", "n_statements", "note"]],
    hide_index=True, key="sources_events", placeholder="—",
    column_config={"name": "Event", "host_country": "Host", "n_documents": "Documents", "n_articles": "Articles",
                   "n_statements": "Statements", "note": "Note",
                   "event_date": st.column_config.DateColumn("Event date", format="YYYY-MM-DD")},
)
if names:
    event_id = st.selectbox("Event", list(names), format_func=names.get, key="sources_event")
    cols = st.columns(3, vertical_alignment="bottom")
    new_name = cols[0].text_input("New name", key="sources_new_name", placeholder=names[event_id])
    if cols[1].button("Rename event", key="sources_rename", icon=":material/edit:"):
        try:
            rename_event(ui.database(), event_id, new_name)
            finish(f"Renamed “{ui.md(names[event_id])}” to “{ui.md(new_name)}”.")
        except EventError as exc:
            st.error(f"Cannot rename: {ui.md(exc)}.")
    if cols[2].button("Delete event…", key="sources_delete_event", icon=":material/delete_forever:"):
        st.session_state["sources_confirm"] = ("event", event_id)
    # days to react count from the event date; its host country decides which speakers are domestic
    current = events[events["event_id"] == event_id].iloc[0]
    countries = ui.country_choices()
    hosts = [None, *countries]
    cols = st.columns(3, vertical_alignment="bottom")
    host = cols[0].selectbox("Host country", hosts, key=ui.widget_key("sources_host", event_id),
                             index=hosts.index(current["host_country"]) if current["host_country"] in countries else 0,
                             format_func=lambda c: "—" if c is None else f"{countries[c]} ({c})")
    when = cols[1].date_input("Event date", key=ui.widget_key("sources_date", event_id), format="YYYY-MM-DD",
                              value=None if pd.isna(current["event_date"]) else current["event_date"].date())
    if cols[2].button("Save host and date", key="sources_update", icon=":material/event:"):
        update_event(ui.database(), event_id, host_country=host, event_date=when)
        finish(f"Saved the host country and date of “{ui.md(names[event_id])}”.")

pending = st.session_state.get("sources_confirm")
if pending:
    kind, target_id = pending
    if kind == "document" and target_id in set(docs["document_id"].astype(int)):
        row = docs[docs["document_id"] == target_id].iloc[0]
        what = f"the document “{ui.md(row['name'])}” with its {row['n_articles']} articles and {row['n_statements']} statements"
    elif kind == "event" and target_id in names:
        row = events[events["event_id"] == target_id].iloc[0]
        what = (f"the event “{ui.md(row['name'])}” with its {row['n_documents']} documents and "
                f"{row['n_statements']} statements")
    else:
        st.session_state.pop("sources_confirm")
        st.rerun()
    with st.container(border=True):
        st.warning(f"Delete {what}? This cannot be undone.", icon=":material/warning:")
        yes, no = st.columns(2)
        if yes.button("Yes, delete", type="primary", key="sources_confirm_yes"):
            if kind == "document":
                removed = delete_document(ui.database(), target_id)
            else:
                removed = delete_event(ui.database(), target_id)
            finish(f"Deleted {what} ({removed['statements']} statements removed).")
        if no.button("Cancel", key="sources_confirm_no"):
            st.session_state.pop("sources_confirm")
            st.rerun()
