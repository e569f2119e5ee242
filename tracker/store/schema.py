"""DuckDB schema: tables, numbered forward migrations and the views the pages read.

Version 1 is the layout before events existed (kept verbatim in ``V1_TABLES`` so
tests can build a real version-1 file); version 2 adds ``events`` and
``documents.event_id``; version 3 stores the reaction groups (``reaction_groups``,
kept current by every write, see ``tracker.store.reactions``), each statement's
speaker key, each theme's lower-cased terms and each document's counts, and drops three indexes no query used;
version 4 adds ``reaction_pending``, the documents a bulk ingest stored but has not
folded into the reaction groups yet (see ``tracker.store.reactions.fold_pending``);
version 5 stores each statement's ``document_id`` so that the ``statement_facts`` view
reaches its event without joining the articles.
``ensure_schema`` creates a new database at the current version, or migrates an
older one forward inside one transaction.
"""

from __future__ import annotations

import datetime as dt

import duckdb

from tracker.store import reactions

SCHEMA_VERSION = 5

VERSION_TABLE = """
CREATE TABLE IF NOT EXISTS schema_version (
    version INTEGER NOT NULL,
    applied_at TIMESTAMP NOT NULL DEFAULT current_timestamp
);
"""

# Version 1: documents, articles, statements, themes; no events.
V1_TABLES = """
CREATE SEQUENCE IF NOT EXISTS document_id_seq START 1;
CREATE SEQUENCE IF NOT EXISTS article_id_seq START 1;
CREATE SEQUENCE IF NOT EXISTS statement_id_seq START 1;

CREATE TABLE IF NOT EXISTS documents (
    document_id BIGINT PRIMARY KEY DEFAULT nextval('document_id_seq'),
    name VARCHAR NOT NULL,
    content_hash VARCHAR NOT NULL UNIQUE,
    size_bytes BIGINT NOT NULL,
    format VARCHAR,
    reference_date DATE,
    host_country VARCHAR,
    ingested_at TIMESTAMP NOT NULL DEFAULT current_timestamp
);

CREATE TABLE IF NOT EXISTS articles (
    article_id BIGINT PRIMARY KEY,
    document_id BIGINT NOT NULL,
    position INTEGER NOT NULL,
    title VARCHAR,
    outlet VARCHAR,
    published VARCHAR,
    published_date DATE,
    published_basis VARCHAR,
    url VARCHAR,
    text VARCHAR NOT NULL,
    text_hash VARCHAR NOT NULL
);

CREATE TABLE IF NOT EXISTS statements (
    statement_id BIGINT PRIMARY KEY,
    article_id BIGINT NOT NULL,
    position INTEGER NOT NULL,
    country VARCHAR,
    country_name VARCHAR,
    organization VARCHAR,
    speaker VARCHAR NOT NULL,
    role VARCHAR,
    via VARCHAR,
    date DATE,
    date_text VARCHAR,
    date_basis VARCHAR,
    kind VARCHAR NOT NULL,
    domestic BOOLEAN NOT NULL,
    quote VARCHAR NOT NULL,
    quote_start INTEGER,
    quote_end INTEGER,
    spans INTEGER[][],
    themes VARCHAR[],
    theme_terms JSON
);

CREATE TABLE IF NOT EXISTS statement_themes (
    statement_id BIGINT NOT NULL,
    theme VARCHAR NOT NULL,
    terms VARCHAR[]
);
"""

# Version 2: events are first class; every document belongs to one event.
V2_EVENTS = """
CREATE SEQUENCE IF NOT EXISTS event_id_seq START 1;

CREATE TABLE IF NOT EXISTS events (
    event_id BIGINT PRIMARY KEY DEFAULT nextval('event_id_seq'),
    name VARCHAR NOT NULL UNIQUE,
    host_country VARCHAR,
    event_date DATE,
    note VARCHAR,
    created_at TIMESTAMP NOT NULL DEFAULT current_timestamp
);
"""

# Version 3: what the reaction groups and the document list need without a scan.
V3_COLUMNS = """
ALTER TABLE statements ADD COLUMN IF NOT EXISTS speaker_key VARCHAR;
ALTER TABLE statement_themes ADD COLUMN IF NOT EXISTS term_keys VARCHAR[];
ALTER TABLE documents ADD COLUMN IF NOT EXISTS article_count BIGINT DEFAULT 0;
ALTER TABLE documents ADD COLUMN IF NOT EXISTS statement_count BIGINT DEFAULT 0;
"""

# Version 5: a statement's document (and so its event) without going through its article.
V5_COLUMNS = "ALTER TABLE statements ADD COLUMN IF NOT EXISTS document_id BIGINT;"
V5_NOT_NULL = "ALTER TABLE statements ALTER COLUMN document_id SET NOT NULL;"

# A theme's evidence terms as the Themes page counts them: lower case, each once. Stored at
# insert: lower-casing in a lambda per row made the theme_terms query 4x slower.
TERM_KEYS_SQL = "list_distinct(list_transform(terms, lambda term: lower(term)))"

# No secondary index: joins are hash joins, and the text-hash check of every ingest
# (``list_contains`` over a batch's hashes) scans the column whether the index exists or
# not (measured at 222k articles: 8-12 ms both ways). The indexes dropped in version 3 only
# slowed bulk inserts (100k statements: 1.79 s -> 1.06 s without the first three).
UNUSED_INDEXES = (
    "articles_document_idx", "statements_article_idx", "statement_themes_statement_idx", "articles_text_hash_idx",
)  # fmt: skip

# The name of the catch-all event for documents whose event is not known.
UNASSIGNED_EVENT = "Unassigned"

# Speaker names compared loosely: case, punctuation and spacing do not split a reaction.
_SPEAKER_KEY = reactions.SPEAKER_KEY_SQL.format(col="s.speaker")

VIEWS = f"""
-- A statement with its document and event, without its article: counting and grouping
-- mentions needs nothing from the articles, and joining 1M statements to 222k articles
-- was up to half the time of those queries. ``statement_rows`` adds the article.
CREATE OR REPLACE VIEW statement_facts AS
SELECT
    s.statement_id,
    d.event_id,
    e.name AS event_name,
    e.host_country AS event_host_country,
    e.event_date,
    d.document_id,
    d.name AS document_name,
    s.article_id,
    s.country,
    s.country_name,
    s.organization,
    s.speaker,
    s.role,
    s.via,
    s.date,
    s.date_basis,
    s.kind,
    -- the event's host country decides; the extractor's guess is the fallback
    CASE WHEN e.host_country IS NOT NULL AND s.country IS NOT NULL
         THEN s.country = e.host_country ELSE s.domestic END AS domestic,
    coalesce(s.themes, []::VARCHAR[]) AS themes,
    s.quote,
    s.quote_start,
    s.quote_end,
    {_SPEAKER_KEY} AS speaker_key
FROM statements s
JOIN documents d ON d.document_id = s.document_id
LEFT JOIN events e ON e.event_id = d.event_id;

CREATE OR REPLACE VIEW statement_rows AS
SELECT
    f.*,
    a.position AS article_position,
    a.title AS article_title,
    a.outlet,
    a.published,
    a.published_date,
    a.url
FROM statement_facts f
JOIN articles a ON a.article_id = f.article_id;

{reactions.VIEW}
-- unfiltered foreign-reaction counts for ad-hoc SQL; the pages use filtered queries (queries.py)
CREATE OR REPLACE VIEW reactions_per_day AS
SELECT event_id, event_name, date, count(*) AS n_reactions, count(DISTINCT country) AS n_countries
FROM reactions WHERE NOT domestic GROUP BY ALL;

CREATE OR REPLACE VIEW reactions_per_country AS
SELECT event_id, event_name, country, any_value(country_name) AS country_name,
       count(*) AS n_reactions, min(date) AS first_date
FROM reactions WHERE NOT domestic GROUP BY event_id, event_name, country;

CREATE OR REPLACE VIEW reactions_per_theme AS
SELECT event_id, event_name, theme, count(*) AS n_reactions
FROM (SELECT event_id, event_name, unnest(themes) AS theme FROM reactions WHERE NOT domestic)
GROUP BY ALL;

CREATE OR REPLACE VIEW statement_theme_rows AS
SELECT t.theme, r.*
FROM statement_themes t
JOIN statement_rows r USING (statement_id);
"""

# Views of a version-1 database (no events); used only to build v1 fixtures.
V1_VIEWS = """
CREATE OR REPLACE VIEW statement_rows AS
SELECT s.*, a.title AS article_title, a.outlet, a.published, d.name AS document_name
FROM statements s JOIN articles a USING (article_id) JOIN documents d USING (document_id);
"""


def current_version(con: duckdb.DuckDBPyConnection) -> int:
    """The schema version of the open database; 0 when it is empty."""
    exists = con.execute(
        "SELECT count(*) FROM information_schema.tables "
        "WHERE table_name = 'schema_version' AND table_schema = 'main'"
    ).fetchall()[0][0]
    if not exists:
        return 0
    (version,) = con.execute("SELECT coalesce(max(version), 0) FROM schema_version").fetchall()[0]
    return int(version)


def create_v1(con: duckdb.DuckDBPyConnection) -> None:
    """Build an empty version-1 (pre-events) database; for migration tests."""
    con.execute(VERSION_TABLE)
    con.execute(V1_TABLES)
    con.execute(V1_VIEWS)
    con.execute("INSERT INTO schema_version (version) VALUES (1)")


# Article texts are stored compressed with zstd, not DuckDB's default for strings
# (dictionary + FSST): at a million statements the 250 MB of text took ~2.4 s of CPU to
# compress that way on every ingest (most of the checkpoints' time), ~0.5 s with zstd, and
# the file's text is 4x smaller. Only the source-passage view reads a text, one at a time.
# Files made before keep their texts as they were (the same rows; their ingest is slower).
CURRENT_TABLES = V1_TABLES.replace("    text VARCHAR NOT NULL,", "    text VARCHAR NOT NULL USING COMPRESSION zstd,")
assert CURRENT_TABLES != V1_TABLES


def _create_current(con: duckdb.DuckDBPyConnection) -> None:
    con.execute(VERSION_TABLE)
    con.execute(CURRENT_TABLES)
    con.execute(V2_EVENTS)
    con.execute("ALTER TABLE documents ADD COLUMN IF NOT EXISTS event_id BIGINT")
    con.execute(V3_COLUMNS)
    con.execute(reactions.TABLE)
    con.execute(reactions.PENDING_TABLE)
    con.execute(V5_COLUMNS)
    con.execute(V5_NOT_NULL)
    con.execute("INSERT INTO schema_version (version) VALUES (?)", [SCHEMA_VERSION])


def _migrate_1_to_2(con: duckdb.DuckDBPyConnection) -> None:
    """Add events; each document goes to an event inferred from its host country and earliest date."""
    con.execute("DROP VIEW IF EXISTS statement_rows")
    con.execute(V2_EVENTS)
    con.execute("ALTER TABLE documents ADD COLUMN IF NOT EXISTS event_id BIGINT")
    groups = con.execute(
        """
        SELECT d.host_country,
               coalesce(min(s.date), min(a.published_date), min(d.reference_date)) AS earliest
        FROM documents d
        LEFT JOIN articles a ON a.document_id = d.document_id
        LEFT JOIN statements s ON s.article_id = a.article_id
        WHERE d.host_country IS NOT NULL
        GROUP BY d.host_country
        ORDER BY d.host_country
        """
    ).fetchall()
    for host, earliest in groups:
        name = _inferred_event_name(host, earliest)
        con.execute(
            "INSERT INTO events (name, host_country, event_date, note) VALUES (?, ?, ?, ?)",
            [name, host, earliest, "inferred when the database was upgraded to events"],
        )
        con.execute(
            "UPDATE documents SET event_id = (SELECT event_id FROM events WHERE name = ?) "
            "WHERE host_country = ?",
            [name, host],
        )
    orphans = con.execute("SELECT count(*) FROM documents WHERE event_id IS NULL").fetchall()[0][0]
    if orphans:
        event_id = unassigned_event_id(con)
        con.execute("UPDATE documents SET event_id = ? WHERE event_id IS NULL", [event_id])


def _inferred_event_name(host: str, earliest: dt.date | None) -> str:
    try:
        import pycountry

        country = pycountry.countries.get(alpha_3=host)
        label = getattr(country, "common_name", None) or country.name if country else host
    except Exception:  # pycountry is a convenience here; the code is enough
        label = host
    return f"{label} event ({earliest.isoformat()})" if earliest else f"{label} event"


def unassigned_event_id(con: duckdb.DuckDBPyConnection) -> int:
    """The id of the "Unassigned" event, created on first use."""
    row = con.execute("SELECT event_id FROM events WHERE name = ?", [UNASSIGNED_EVENT]).fetchall()
    if row:
        return int(row[0][0])
    return int(
        con.execute(
            "INSERT INTO events (name, note) VALUES (?, ?) RETURNING event_id",
            [UNASSIGNED_EVENT, "documents whose event is not known"],
        ).fetchall()[0][0]
    )


def _migrate_2_to_3(con: duckdb.DuckDBPyConnection) -> None:
    """Store speaker keys, document counts and the reaction groups; drop the unused indexes."""
    for index in UNUSED_INDEXES:  # first: DuckDB refuses to alter a table an index depends on
        con.execute(f"DROP INDEX IF EXISTS {index}")
    con.execute(V3_COLUMNS)
    con.execute(f"UPDATE statements SET speaker_key = {reactions.SPEAKER_KEY_SQL.format(col='speaker')}")
    con.execute(f"UPDATE statement_themes SET term_keys = {TERM_KEYS_SQL}")
    con.execute(
        """
        UPDATE documents SET article_count = c.n_articles, statement_count = c.n_statements
        FROM (SELECT a.document_id, count(DISTINCT a.article_id) AS n_articles,
                     count(s.statement_id) AS n_statements
              FROM articles a LEFT JOIN statements s USING (article_id)
              GROUP BY a.document_id) c
        WHERE documents.document_id = c.document_id
        """
    )
    con.execute(reactions.TABLE)
    reactions.rebuild(con)


def _migrate_3_to_4(con: duckdb.DuckDBPyConnection) -> None:
    """Add the list of documents whose reaction groups a bulk ingest folds later (empty: all folded)."""
    con.execute(reactions.PENDING_TABLE)


def _migrate_4_to_5(con: duckdb.DuckDBPyConnection) -> None:
    """Store each statement's document (its article's)."""
    for view in ("statement_theme_rows", "statement_rows", "statement_facts"):
        con.execute(f"DROP VIEW IF EXISTS {view}")  # "document_id" would be ambiguous in the old views
    con.execute(V5_COLUMNS)
    con.execute(
        "UPDATE statements SET document_id = a.document_id FROM articles a "
        "WHERE statements.article_id = a.article_id"
    )
    # No NOT NULL here: DuckDB cannot add the constraint in the transaction that filled the
    # column. New files have it, so a writer that forgot the column fails every test.


MIGRATIONS = {2: _migrate_1_to_2, 3: _migrate_2_to_3, 4: _migrate_3_to_4, 5: _migrate_4_to_5}
"""Forward migrations: ``MIGRATIONS[n]`` upgrades a version n-1 database to version n."""


class SchemaTooNew(RuntimeError):
    """The database was written by a newer version of the tracker."""


def ensure_schema(con: duckdb.DuckDBPyConnection) -> int:
    """Create or migrate the schema to ``SCHEMA_VERSION`` in one transaction; return the old version."""
    version = current_version(con)
    if version > SCHEMA_VERSION:
        raise SchemaTooNew(
            f"database schema version {version} is newer than this tracker understands "
            f"({SCHEMA_VERSION}); upgrade the tracker"
        )
    con.execute("BEGIN TRANSACTION")
    try:
        if version == 0:
            _create_current(con)
        else:
            for target in range(version + 1, SCHEMA_VERSION + 1):
                MIGRATIONS[target](con)
                con.execute("INSERT INTO schema_version (version) VALUES (?)", [target])
        con.execute(VIEWS)
        con.execute("COMMIT")
    except BaseException:
        con.execute("ROLLBACK")
        raise
    return version
