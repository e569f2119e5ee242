"""What-if: the page queries with the ``reactions`` view materialized as a table.

Not the product: a measured answer to "what would storing the reactions buy?".
The database is copied, ``reactions`` computed once into a table (timed: that is
what keeping it up to date after each write would cost at most), the view pointed
at the table, and every page query timed again. Used for the analysis in
bench/RESULTS.md.
"""

from __future__ import annotations

import shutil
import tempfile
import time
from pathlib import Path

from tracker.bench.measure import filter_sets, median, query_cases, timed


def materialized_reactions(db_path: Path, *, repeats: int) -> dict:
    import duckdb

    from tracker.store import Database
    from tracker.store import queries as q

    with tempfile.TemporaryDirectory(prefix="bench-whatif-") as tmp:
        copy = Path(tmp) / "copy.duckdb"
        shutil.copy(db_path, copy)
        db = Database(copy)
        with db.read() as con:  # schema and views as the store makes them
            statement_id = con.execute("SELECT min(statement_id) FROM statements").fetchall()[0][0]
        holder = duckdb.connect(str(copy))
        try:
            start = time.perf_counter()
            holder.execute("CREATE TABLE reactions_stored AS SELECT * FROM reactions")
            build = time.perf_counter() - start
            holder.execute("CREATE OR REPLACE VIEW reactions AS SELECT * FROM reactions_stored")
            filters = filter_sets(db)["all"]
            results = {}
            for label, name, kwargs, takes_filters in query_cases(statement_id):
                if not kwargs.get("unique", name in {"headline", "country_summary", "first_reactors",
                                                     "event_reaction_days", "event_theme_shares",
                                                     "event_country_delays"}):
                    continue  # only queries that read reactions change
                fn = getattr(q, name)
                args = (db, filters)
                fn(*args, **kwargs)
                results[label] = 1e3 * median([timed(lambda: fn(*args, **kwargs))[0] for _ in range(repeats)])
        finally:
            holder.close()
    return {"seconds_build": build, "ms_all": results, "repeats": repeats}
