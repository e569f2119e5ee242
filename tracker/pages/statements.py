"""Statements: the filtered rows, the source passage behind any row, and the CSV download."""

import streamlit as st

from tracker import ui

filters = ui.current_filters()
st.title("Statements")

total = ui.query("statement_count", filters)
if not total:
    ui.empty_message(filters)
    st.stop()

table = ui.query("statement_table", filters, limit=ui.TABLE_LIMIT)
shown = len(table)
top = st.columns([3, 1], vertical_alignment="bottom")
top[0].caption(
    f"{total:,} statement rows match the filters"
    + (f"; the first {shown:,} are shown, the download has all of them." if shown < total else ".")
    + " Select a row to read its source article."
)
top[1].download_button(
    "Download CSV",
    data=ui.csv_payload(filters),
    file_name=ui.csv_file_name(filters),
    mime="text/csv",
    on_click="ignore",
    icon=":material/download:",
    key="statements_download",
    width="stretch",
)

selection = st.dataframe(
    table,
    hide_index=True,
    # a new key when the rows change, so a selection never points at a different row
    key=ui.widget_key("statements_table", filters, total),
    on_select="rerun",
    selection_mode="single-row",
    column_order=["date", "country_name", "speaker", "role", "kind", "themes", "quote", "outlet", "event_name"],
    column_config={
        "date": st.column_config.DateColumn("Date", format="YYYY-MM-DD"),
        "country_name": "Country",
        "speaker": "Speaker",
        "role": "Role",
        "kind": "Kind",
        "themes": st.column_config.ListColumn("Themes"),
        "quote": st.column_config.TextColumn("Quote", width="large"),
        "outlet": "Outlet",
        "event_name": "Event",
    },
)

rows = selection.selection.rows if selection else []
if not rows:
    st.info("Select a row (the box at its left) to see the article it came from, with the quote highlighted.",
            icon=":material/article:")
    st.stop()

row = table.iloc[rows[0]]
source = ui.query("source_article", statement_id=int(row["statement_id"]))
if not source:
    st.warning("That statement is no longer in the database (it may have just been deleted).")
    st.stop()
st.subheader(ui.md(source.get("title")) or "Untitled article")
st.caption(" · ".join(ui.md(v) for v in (row["speaker"], row["country_name"], source.get("outlet"),
                                            source.get("published"), source.get("document_name")) if v))
if terms := source.get("theme_terms"):
    st.caption("Themes and the words that matched: " + " · ".join(
        f"**{ui.md(theme)}** ({', '.join(ui.md(t) for t in words)})" for theme, words in terms.items()))
url = source.get("url") or ""
if url.startswith(("http://", "https://")):
    st.link_button("Open the original", url, icon=":material/open_in_new:")
st.html(ui.highlight_html(source.get("text") or "", source.get("spans") or []))
