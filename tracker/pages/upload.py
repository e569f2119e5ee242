"""Upload: add news dumps; preview what each file would add, then save them all at once."""

import datetime as dt

import streamlit as st

from tracker import ui
from tracker.readers import SUPPORTED_EXTENSIONS

ACCEPTED = [extension.lstrip(".") for extension in SUPPORTED_EXTENSIONS]
PREVIEW_COLUMNS = {
    "date": st.column_config.DateColumn("Date", format="YYYY-MM-DD"), "country_name": "Country",
    "speaker": "Speaker", "role": "Role", "kind": "Kind", "themes": st.column_config.ListColumn("Themes"),
    "quote": st.column_config.TextColumn("Quote", width="large"), "article_title": "Article",
}
st.title("Upload news dumps")
st.caption("Files are identified by their content: saving the same file twice adds nothing.")

st.session_state.setdefault("upload_nonce", 0)
files = st.file_uploader(
    "News dumps (text, HTML, JSON, RSS/Atom feeds, CSV/TSV, Markdown, e-mails or zip), several at once",
    type=ACCEPTED,
    accept_multiple_files=True,
    help="Accepted: " + ", ".join("." + a for a in ACCEPTED) + ". A file is stored whole or not at all.",
    key=f"upload_files_{st.session_state['upload_nonce']}",
)

left, right = st.columns(2)
reference_date = left.date_input(
    "Reference date", value=dt.date.today(), key="upload_reference_date", format="YYYY-MM-DD",
    help="The day the dumps were collected: 'yesterday' and 'on Wednesday' count back from it.",
)
countries = ui.country_choices()
host_country = right.selectbox(
    "Host country (optional)", [None, *countries], key="upload_host_country",
    format_func=lambda c: "Infer from the articles" if c is None else f"{countries[c]} ({c})",
    help="The event's country: its own officials' statements count as domestic.",
)

st.subheader("Event")
events = ui.query("filter_options")["events"]
names = dict(zip(events["event_id"].astype(int), events["name"], strict=True))
mode = st.radio("The dumps are about", ["An existing event", "A new event"], horizontal=True, key="upload_event_mode",
                index=0 if names else 1, disabled=not names)
event_name, event_host, event_date = None, None, None
if mode == "An existing event" and names:
    event_name = names[st.selectbox("Event", list(names), format_func=names.get, key="upload_event")]
else:
    cols = st.columns([2, 1, 1])
    event_name = cols[0].text_input("Event name", key="upload_new_event_name",
                                    placeholder="e.g. 2024 Taiwanese presidential election").strip() or None
    event_host = cols[1].selectbox("Event country", [None, *countries], key="upload_new_event_host",
                                   format_func=lambda c: "—" if c is None else f"{countries[c]} ({c})")
    event_date = cols[2].date_input("Event date", value=None, key="upload_new_event_date", format="YYYY-MM-DD")
    if event_name in names.values():
        st.warning(f"An event named “{ui.md(event_name)}” exists already; the files will be added to it.")
    elif not event_name:
        st.caption("Without a name the tracker files the dumps under a matching event or “Unassigned”.")

if outcomes := st.session_state.get("upload_outcomes"):
    st.subheader("Last save")
    ui.show_outcomes(outcomes)

if not files:
    st.info("Choose one or more files above to preview them.", icon=":material/upload_file:")
    st.stop()

st.subheader("Preview")
limit = ui.max_upload_bytes()
ready, refused = [], []  # refused files are reported again with the outcomes of a save
for f in files:
    data = f.getvalue()
    if len(data) > limit:
        reason = f"{len(data) / 2**20:.1f} MB is larger than the {limit // 2**20} MB limit; split the dump"
    else:
        preview = ui.preview(data, f.name, reference_date, host_country)
        reason = preview["error"] and f"cannot be read: {preview['error']}"
    if reason:
        st.error(f"{ui.md(f.name)}: {ui.md(reason)}")
        refused.append(ui.refused(f.name, reason))
        continue
    rows = preview["rows"]
    label = f"{ui.md(f.name)}: {ui.plural(preview['articles'], 'article')}, {ui.plural(len(rows), 'statement')}"
    with st.expander(label, expanded=len(files) == 1):
        if rows.empty:
            st.caption("No diplomatic reaction found in this file; saving it still records its articles.")
        else:
            st.dataframe(rows[["date", "country_name", "speaker", "role", "kind", "themes", "quote", "article_title"]],
                         hide_index=True, key=f"upload_preview_{f.file_id}", placeholder="—",
                         column_config=PREVIEW_COLUMNS)
    ready.append((f.name, data))

if not ready:
    st.stop()
if mode == "A new event" and event_name and event_name not in names.values() and not event_date:
    st.warning("Give the new event a date: days to react are counted from it.")
if refused:
    st.caption(f"{ui.plural(len(refused), 'file')} cannot be saved and will be skipped.")
if st.button(f"Save {ui.plural(len(ready), 'file')}", type="primary", key="upload_save", icon=":material/save:"):
    progress = st.progress(0.0, text="Saving…")
    outcomes = list(refused)
    for i, (name, data) in enumerate(ready):
        progress.progress(i / len(ready), text=f"Saving {ui.md(name)} ({i + 1} of {len(ready)})…")
        outcomes.append(ui.save_file(data, name, reference_date=reference_date, host_country=host_country,
                                     event=event_name, event_host_country=event_host, event_date=event_date))
    progress.progress(1.0, text="Done")
    ui.data_changed()
    st.session_state["upload_outcomes"] = outcomes
    st.session_state["upload_nonce"] += 1  # a fresh, empty uploader: nothing is left to save twice
    st.rerun()
