"""The stored ``reaction_groups`` table behind the ``reactions`` view, kept current by every write.

A reaction is one (event, country, speaker, date) group of statements: a statement
reported by several articles counts once. Computing the groups on every page query
cost 80-480 ms at a million statements, so they are stored and every write that
changes statements or moves documents recomputes only the groups it touched, in
its own transaction:

    keys = ReactionKeys(con)
    keys.add_documents(ids)   # before a delete or move: the groups as they were
    ... change the rows ...
    keys.add_documents(ids)   # after an ingest or move: the groups as they are now
    keys.refresh()            # delete those groups, recompute them from the statements

The table holds ids, not names that can change (event names and host countries
come from ``events`` in the view), so renaming or editing an event needs no refresh.
"""

from __future__ import annotations

from collections.abc import Sequence

import duckdb

# Speaker names compared loosely: case, punctuation and spacing do not split a reaction.
# Stored per statement at insert (``statements.speaker_key``) so recomputing a group
# does not run the regular expression over every statement.
SPEAKER_KEY_SQL = "trim(regexp_replace(lower(coalesce({col}, '')), '[[:punct:][:space:]]+', ' ', 'g'))"

TABLE = """
CREATE TABLE IF NOT EXISTS reaction_groups (
    reaction_id BIGINT NOT NULL,
    event_id BIGINT,
    country VARCHAR,
    speaker_key VARCHAR,
    date DATE,
    country_name VARCHAR,
    organization VARCHAR,
    speaker VARCHAR,
    role VARCHAR,
    kind VARCHAR,
    extracted_domestic BOOLEAN,
    themes VARCHAR[],
    quote VARCHAR,
    n_mentions BIGINT,
    n_outlets BIGINT,
    outlets VARCHAR[],
    article_titles VARCHAR[],
    article_title VARCHAR,
    article_ids BIGINT[],
    statement_ids BIGINT[],
    document_names VARCHAR[],
    published_date DATE
);
"""

# One group per (event, country, speaker key, date); the first statement names it.
# The longest quote wins, the earliest statement among equally long ones. Every list comes
# from one sorted list of members (statement, article, title, outlet, document, themes) per
# group: one list aggregate instead of four (the outlets, document names and themes were
# lists of their own) and one sort instead of one per ``list(... ORDER BY ...)``; each
# aggregate state costs per statement (the group query ~14% less CPU at 1M statements).
_GROUPS = """
SELECT
    reaction_id, event_id, country, speaker_key, date, country_name, organization, speaker, role, kind,
    extracted_domestic,
    list_sort(list_distinct(flatten(list_transform(members, lambda m: coalesce(m.themes, []::VARCHAR[]))))) AS themes,
    quote, n_mentions,
    len(list_distinct(list_transform(members, lambda m: m.outlet))) AS n_outlets,
    list_sort(list_distinct(list_transform(members, lambda m: m.outlet))) AS outlets,
    list_transform(members, lambda m: m.title) AS article_titles,
    array_to_string(list_transform(members, lambda m: m.title), ' | ') AS article_title,
    list_transform(members, lambda m: m.article_id) AS article_ids,
    list_transform(members, lambda m: m.statement_id) AS statement_ids,
    list_sort(list_distinct(list_transform(members, lambda m: m.document_name))) AS document_names,
    published_date
FROM (
    SELECT
        min(s.statement_id) AS reaction_id,
        d.event_id,
        s.country,
        s.speaker_key,
        s.date,
        arg_min(s.country_name, s.statement_id) AS country_name,
        arg_min(s.organization, s.statement_id) AS organization,
        arg_min(s.speaker, s.statement_id) AS speaker,
        arg_min(s.role, s.statement_id) AS role,
        arg_min(s.kind, s.statement_id) AS kind,
        bool_or(s.domestic) AS extracted_domestic,
        arg_max(s.quote, (length(s.quote), -s.statement_id)) AS quote,
        count(*) AS n_mentions,
        list_sort(list({{'statement_id': s.statement_id, 'article_id': a.article_id, 'title': a.title,
                         'outlet': a.outlet, 'document_name': d.name, 'themes': s.themes}})) AS members,
        min(a.published_date) AS published_date
    FROM statements s
    JOIN articles a ON a.article_id = s.article_id
    JOIN documents d ON d.document_id = a.document_id  -- a.: migrations before version 5 run this
    {where}
    GROUP BY d.event_id, s.country, s.speaker_key, s.date
)
"""

# The view the pages and the export read: the stored groups with their event's current
# name, host and date; `domestic` follows the event's host country like statement_rows.
VIEW = """
CREATE OR REPLACE VIEW reactions AS
SELECT
    r.reaction_id,
    r.event_id,
    e.name AS event_name,
    e.host_country AS event_host_country,
    e.event_date,
    r.country,
    r.country_name,
    r.organization,
    r.speaker,
    r.role,
    r.kind,
    r.date,
    CASE WHEN e.host_country IS NOT NULL AND r.country IS NOT NULL
         THEN r.country = e.host_country ELSE r.extracted_domestic END AS domestic,
    r.themes,
    r.quote,
    r.n_mentions,
    r.n_outlets,
    r.outlets,
    r.article_titles,
    r.article_title,
    r.article_ids,
    r.statement_ids,
    r.document_names,
    r.published_date,
    r.reaction_id AS first_statement_id
FROM reaction_groups r
LEFT JOIN events e USING (event_id);
"""

# Documents stored by a bulk ingest whose statements are not in the groups yet. A bulk
# ingest commits a batch of files at a time but folds them into the groups only before
# it lets go of the database file (``Database.begin_deferring``): folding rewrites every
# group a batch touches, and in a big ingest each batch touches most of them. Nobody else
# can open the file meanwhile (DuckDB: one process per file); after a crash the rows are
# committed and listed here, and the next connection folds them (``Database.connect``).
PENDING_TABLE = "CREATE TABLE IF NOT EXISTS reaction_pending (document_id BIGINT NOT NULL);"

_KEYS = "_reaction_keys"
_MEMBERS = "_reaction_members"
_SAME_GROUP = (
    "k.event_id IS NOT DISTINCT FROM r.event_id AND k.country IS NOT DISTINCT FROM r.country"
    " AND k.speaker_key IS NOT DISTINCT FROM r.speaker_key AND k.date IS NOT DISTINCT FROM r.date"
)


def rebuild(con: duckdb.DuckDBPyConnection) -> None:
    """Recompute every group from the statements (a migration; about 3 s at a million statements)."""
    con.execute("DELETE FROM reaction_groups")
    con.execute(f"INSERT INTO reaction_groups {_GROUPS.format(where='')}")


def recomputed(con: duckdb.DuckDBPyConnection) -> duckdb.DuckDBPyRelation:
    """The groups computed from scratch (for checks: the stored table must equal this)."""
    return con.sql(_GROUPS.format(where=""))


class ReactionKeys:
    """The groups a write touches, collected on its open transaction, then recomputed.

    Recomputing a group needs its statements. Rather than scanning every statement
    for the touched keys, the members are the statements the stored groups already
    list plus those of the touched documents: every statement whose group changed is
    in one of the two (a deleted one is simply no longer found).
    """

    def __init__(self, con: duckdb.DuckDBPyConnection):
        self.con = con
        con.execute(
            f"CREATE OR REPLACE TEMP TABLE {_KEYS} "
            "(event_id BIGINT, country VARCHAR, speaker_key VARCHAR, date DATE)"
        )
        con.execute(f"CREATE OR REPLACE TEMP TABLE {_MEMBERS} (statement_id BIGINT)")

    def add_documents(self, document_ids: Sequence[int]) -> None:
        """The groups (and statements) of these documents as they are now."""
        ids = [int(i) for i in document_ids]
        if not ids:
            return
        self.con.execute(
            """
            CREATE OR REPLACE TEMP TABLE _reaction_touched AS
            SELECT d.event_id, s.country, s.speaker_key, s.date, s.statement_id
            FROM documents d
            JOIN articles a ON a.document_id = d.document_id
            JOIN statements s ON s.article_id = a.article_id
            WHERE list_contains(?::BIGINT[], d.document_id)
            """,
            [ids],
        )
        self.con.execute(
            f"INSERT INTO {_KEYS} SELECT DISTINCT event_id, country, speaker_key, date FROM _reaction_touched"
        )
        self.con.execute(f"INSERT INTO {_MEMBERS} SELECT statement_id FROM _reaction_touched")
        self.con.execute("DROP TABLE _reaction_touched")

    def refresh(self) -> None:
        """Delete the collected groups and store them again as the statements now make them."""
        con = self.con
        try:
            con.execute(f"CREATE OR REPLACE TEMP TABLE {_KEYS} AS SELECT DISTINCT * FROM {_KEYS}")
            con.execute(
                f"""
                INSERT INTO {_MEMBERS}
                SELECT unnest(r.statement_ids) FROM reaction_groups r JOIN {_KEYS} k ON {_SAME_GROUP}
                """
            )
            con.execute(f"DELETE FROM reaction_groups r WHERE EXISTS (SELECT 1 FROM {_KEYS} k WHERE {_SAME_GROUP})")
            where = f"WHERE s.statement_id IN (SELECT statement_id FROM {_MEMBERS})"
            con.execute(f"INSERT INTO reaction_groups {_GROUPS.format(where=where)}")
        finally:
            con.execute(f"DROP TABLE IF EXISTS {_KEYS}")
            con.execute(f"DROP TABLE IF EXISTS {_MEMBERS}")


_MERGED = """
UPDATE reaction_groups AS r SET
    extracted_domestic = r.extracted_domestic OR n.extracted_domestic,
    themes = list_sort(list_distinct(list_concat(r.themes, n.themes))),
    quote = CASE WHEN length(n.quote) > length(r.quote) THEN n.quote ELSE r.quote END,
    n_mentions = r.n_mentions + n.n_mentions,
    n_outlets = len(list_distinct(list_concat(r.outlets, n.outlets))),
    outlets = list_sort(list_distinct(list_concat(r.outlets, n.outlets))),
    article_titles = list_concat(r.article_titles, n.article_titles),
    article_title = array_to_string(list_concat(r.article_titles, n.article_titles), ' | '),
    article_ids = list_concat(r.article_ids, n.article_ids),
    statement_ids = list_concat(r.statement_ids, n.statement_ids),
    document_names = list_sort(list_distinct(list_concat(r.document_names, n.document_names))),
    published_date = coalesce(least(r.published_date, n.published_date), r.published_date, n.published_date)
FROM _reaction_new n
WHERE n.event_id IS NOT DISTINCT FROM r.event_id AND n.country IS NOT DISTINCT FROM r.country
  AND n.speaker_key IS NOT DISTINCT FROM r.speaker_key AND n.date IS NOT DISTINCT FROM r.date
"""


def append_documents(con: duckdb.DuckDBPyConnection, document_ids: Sequence[int]) -> None:
    """Fold newly ingested documents into the stored groups, without reading the groups' old statements.

    Recomputing a touched group reads every statement it already has; in a big
    database most new statements join old groups, so each ingest batch re-read most
    of the table. New statements have higher ids than every stored one (a sequence),
    so a group's first statement, speaker, role and kind stay, its lists grow at the
    end, and the longest quote wins with the older one kept on a tie: exactly what a
    recomputation gives. Falls back to ``ReactionKeys`` when the ids are not higher.
    """
    ids = [int(i) for i in document_ids]
    if not ids:
        return
    # The new rows sit at the end of their tables: bounds on their ids let the scans skip
    # the row groups before them (zone maps) instead of joining every stored statement
    # (at 1M statements the fold read the whole table per batch). Only a hint: every new
    # statement is within the bounds whatever order ids were given in.
    first_article = con.execute(
        "SELECT min(article_id) FROM articles WHERE list_contains(?::BIGINT[], document_id)", [ids]
    ).fetchall()[0][0]
    if first_article is None:
        return
    first_statement = con.execute(
        "SELECT min(statement_id) FROM statements WHERE article_id >= ?", [first_article]
    ).fetchall()[0][0]
    if first_statement is None:
        return
    where = "WHERE list_contains(?::BIGINT[], d.document_id) AND a.article_id >= ? AND s.statement_id >= ?"
    con.execute(
        f"CREATE OR REPLACE TEMP TABLE _reaction_new AS {_GROUPS.format(where=where)}",
        [ids, first_article, first_statement],
    )
    try:
        # ids of the new statements all above the stored ones: no other statement from the first new one on
        oldest_new, new_count = con.execute(
            "SELECT min(reaction_id), sum(n_mentions) FROM _reaction_new"
        ).fetchall()[0]
        if oldest_new is None:
            return
        later = con.execute("SELECT count(*) FROM statements WHERE statement_id >= ?", [oldest_new]).fetchall()[0][0]
        if later != new_count:
            keys = ReactionKeys(con)
            keys.add_documents(ids)
            keys.refresh()
            return
        con.execute(_MERGED)
        con.execute(
            f"INSERT INTO reaction_groups SELECT * FROM _reaction_new n "
            f"WHERE NOT EXISTS (SELECT 1 FROM reaction_groups r WHERE {_SAME_GROUP.replace('k.', 'n.')})"
        )
    finally:
        con.execute("DROP TABLE IF EXISTS _reaction_new")


def defer_documents(con: duckdb.DuckDBPyConnection, document_ids: Sequence[int]) -> None:
    """Record newly stored documents to fold into the groups later, on the ingest's open transaction."""
    ids = [int(i) for i in document_ids]
    if ids:
        con.execute("INSERT INTO reaction_pending SELECT unnest(?::BIGINT[])", [ids])


def has_pending(con: duckdb.DuckDBPyConnection) -> bool:
    return bool(con.execute("SELECT EXISTS (SELECT 1 FROM reaction_pending)").fetchall()[0][0])


def pending_statements(con: duckdb.DuckDBPyConnection) -> int:
    """How many stored statements wait to be folded into the groups."""
    return int(con.execute(
        "SELECT coalesce(sum(statement_count), 0) FROM documents "
        "WHERE document_id IN (SELECT document_id FROM reaction_pending)"
    ).fetchall()[0][0])


def fold_pending(con: duckdb.DuckDBPyConnection) -> int:
    """Fold every deferred document into the groups (on an open transaction); return how many there were."""
    ids = [row[0] for row in con.execute("SELECT DISTINCT document_id FROM reaction_pending ORDER BY 1").fetchall()]
    if ids:
        append_documents(con, ids)
        con.execute("DELETE FROM reaction_pending")
    return len(ids)
