"""The command line: ``python -m tracker COMMAND``.

Each command parses its arguments, calls one library function and turns errors
into one clear line on standard error with a non-zero exit status.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from pathlib import Path


ACCEPTED_FORMATS = (
    "accepted: plain text (.txt), HTML pages (.html, .htm, .xhtml), saved pages (.mhtml, .webarchive),\n"
    "JSON and JSON Lines (.json, .jsonl, .ndjson), RSS and Atom feeds (.xml, .rss, .atom),\n"
    "CSV and TSV exports (.csv, .tsv), spreadsheets (.xlsx, .ods), Markdown (.md), e-mails and\n"
    "mailboxes (.eml, or as text), Word (.docx), OpenDocument (.odt), RTF (.rtf), PDF (.pdf)\n"
    "and zip archives of these; a file without an extension is read as the page, feed, JSON,\n"
    "PDF or plain text it holds."
)


def _iso_date(text: str) -> dt.date:
    from tracker.store.ingest import MAX_REFERENCE_YEAR, MIN_REFERENCE_YEAR

    try:
        day = dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date (YYYY-MM-DD): {text!r}") from None
    if not MIN_REFERENCE_YEAR <= day.year <= MAX_REFERENCE_YEAR:
        raise argparse.ArgumentTypeError(f"{text}: use a date in the years {MIN_REFERENCE_YEAR}-{MAX_REFERENCE_YEAR}")
    return day


def _positive_int(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        value = 0
    if value < 1:
        raise argparse.ArgumentTypeError(f"not a positive whole number: {text!r}")
    return value


def _iso3(text: str) -> str:
    code = text.strip().upper()
    if len(code) != 3 or not code.isalpha():
        raise argparse.ArgumentTypeError(f"not an ISO 3166-1 alpha-3 code: {text!r}")
    return code


def cmd_extract(args: argparse.Namespace) -> int:
    """Print the statements of each FILE as JSON Lines."""
    from tracker.extract import extract_statements, infer_host_country
    from tracker.readers import ReadError, read_document

    status = 0
    out = sys.stdout
    for path in args.files:
        try:
            data = Path(path).read_bytes()
            articles = read_document(data, Path(path).name, reference_date=args.reference_date)
        except (OSError, ReadError) as exc:
            print(f"error: {path}: {getattr(exc, 'reason', None) or exc}", file=sys.stderr)
            status = 1
            continue
        host = args.host_country or infer_host_country(articles)
        for article in articles:
            for st in extract_statements(article, reference_date=args.reference_date, host_country=host):
                row = {
                    "file": str(path),
                    "article_index": article.position,
                    "article_title": article.title,
                    "article_source": article.outlet,
                    "article_published": article.published,
                    "article_url": article.url,
                    **st.to_dict(),
                }
                out.write(json.dumps(row, ensure_ascii=False) + "\n")
    out.flush()
    return status


# --- store commands: ingest, export, events ---------------------------------------------

def _store_error_types() -> tuple[type[BaseException], ...]:
    import duckdb

    from tracker.store import DatabaseBusy, EventError, SchemaTooNew

    return (DatabaseBusy, EventError, SchemaTooNew, duckdb.Error, OSError)


def _open_db(args: argparse.Namespace):
    """The database named by --db, else the default one (built from the samples on first run)."""
    from tracker.store import Database, ensure_default_database

    if args.db:
        return Database(args.db)
    return Database(ensure_default_database())


def _fail(message: str) -> int:
    print(f"error: {message}", file=sys.stderr)
    return 1


def _store_command(func):
    """Run a store command; known failures become one line on standard error, never a traceback."""

    def run(args: argparse.Namespace) -> int:
        try:
            return func(args)
        except _store_error_types() as exc:
            return _fail(str(exc))

    run.__doc__ = func.__doc__
    return run


@_store_command
def cmd_ingest(args: argparse.Namespace) -> int:
    """Store the reactions of each FILE; print a line per file and a summary."""
    from tracker.store import list_events

    db = _open_db(args)
    if args.event:
        events = list_events(db)
        known = events["name"].str.lower().eq(" ".join(args.event.split()).lower()).any()
        if not known and args.event_date is None:
            return _fail(
                f"event {args.event!r} does not exist yet: give --event-date (and --host-country) "
                "to create it, or see 'python -m tracker events list'"
            )
    return _ingest_files(db, args)


def _ingest_files(db, args: argparse.Namespace) -> int:
    """Extraction here or in ``--workers`` processes; storing through the same checks as ``ingest_bytes``,
    several files per transaction (``tracker.parallel``)."""
    from tqdm import tqdm

    from tracker.parallel import ingest_files
    from tracker.store import DatabaseBusy

    results = []
    bar = tqdm(total=len(args.files), file=sys.stderr, unit="file", disable=None if len(args.files) > 1 else True)
    try:
        for path, result in ingest_files(
            db, args.files, workers=args.workers if len(args.files) > 1 else 1,
            reference_date=args.reference_date,
            host_country=args.host_country, event=args.event, event_host_country=args.host_country,
            event_date=args.event_date,
        ):  # fmt: skip
            bar.update()
            bar.set_postfix_str(Path(path).name[-40:], refresh=False)
            results.append(result)
            if result.rejected:
                tqdm.write(f"error: {path}: {result.rejected}", file=sys.stderr)
            else:
                tqdm.write(result.summary(), file=sys.stdout)
    except DatabaseBusy as exc:
        bar.close()
        _print_summary(results)
        return _fail(f"{args.files[len(results)]}: {exc} (files before it were stored)")
    bar.close()
    _print_summary(results)
    return 1 if any(r.rejected for r in results) else 0


def _print_summary(results: list) -> None:
    added = [r for r in results if r.ok and not r.already_known]
    known = sum(r.already_known for r in results)
    rejected = sum(r.rejected is not None for r in results)
    articles = sum(r.articles_added for r in results)
    statements = sum(r.statements_added for r in results)
    skipped = sum(r.articles_known for r in results)
    print(
        f"{len(results)} file(s): {len(added)} stored ({articles} articles, {statements} statements added"
        f"{f', {skipped} articles already known' if skipped else ''}), "
        f"{known} already ingested, {rejected} rejected"
    )


@_store_command
def cmd_export(args: argparse.Namespace) -> int:
    """Write the reactions the filters select as CSV."""
    from tracker.store import Filters, event_ids, export_csv

    db = _open_db(args)
    filters = Filters(
        date_from=args.since,
        date_to=args.until,
        countries=tuple(dict.fromkeys(args.country)),
        themes=tuple(dict.fromkeys(args.theme)),
        kinds=tuple(dict.fromkeys(args.kind)),
        speaker=args.speaker or "",
        search=args.search or "",
        include_domestic=args.include_domestic,
        events=event_ids(db, args.event),
    )
    rows = export_csv(db, filters, args.out, unique=args.unique)
    if args.out != "-":
        print(f"wrote {rows} row(s) to {args.out}", file=sys.stderr)
    return 0


def _event_id(db, ref: str) -> int:
    """An event given by id or by name."""
    from tracker.store import EventError, event_ids, list_events

    if ref.strip().isdigit():
        ids = set(list_events(db)["event_id"].astype(int))
        if int(ref) in ids:
            return int(ref)
        raise EventError(f"no event with id {ref}")
    return event_ids(db, [ref])[0]


@_store_command
def cmd_events_list(args: argparse.Namespace) -> int:
    """Print the events with their document and statement counts."""
    from tracker.store import list_events

    events = list_events(_open_db(args))
    if events.empty:
        print("no events")
        return 0
    for row in events.itertuples():
        date = "" if row.event_date is None or row.event_date != row.event_date else str(row.event_date)[:10]
        host = row.host_country if isinstance(row.host_country, str) else "-"
        print(
            f"{row.event_id:>4}  {row.name}  [{host} {date or 'no date'}]  "
            f"{row.n_documents} document(s), {row.n_statements} statement(s)"
        )
    return 0


@_store_command
def cmd_events_create(args: argparse.Namespace) -> int:
    """Create an event."""
    from tracker.store import create_event

    event_id = create_event(
        _open_db(args), args.name, host_country=args.host_country, event_date=args.date, note=args.note
    )
    print(f"created event {event_id}: {args.name}")
    return 0


@_store_command
def cmd_events_rename(args: argparse.Namespace) -> int:
    """Rename an event."""
    from tracker.store import rename_event

    db = _open_db(args)
    rename_event(db, _event_id(db, args.event), args.new_name)
    print(f"renamed {args.event!r} to {args.new_name!r}")
    return 0


@_store_command
def cmd_events_move(args: argparse.Namespace) -> int:
    """Move a document to another event."""
    from tracker.store import move_document

    db = _open_db(args)
    move_document(db, args.document_id, _event_id(db, args.event))
    print(f"moved document {args.document_id} to {args.event!r}")
    return 0


@_store_command
def cmd_events_delete(args: argparse.Namespace) -> int:
    """Delete an event with its documents and reactions."""
    from tracker.store import delete_event

    db = _open_db(args)
    event_id = _event_id(db, args.event)
    if not args.yes:
        if not sys.stdin.isatty():
            return _fail(f"deleting {args.event!r} removes its documents and reactions: add --yes to confirm")
        answer = input(f"Delete event {args.event!r} with all its documents and reactions? [y/N] ")
        if answer.strip().lower() not in {"y", "yes"}:
            print("nothing deleted")
            return 1
    removed = delete_event(db, event_id)
    print(
        f"deleted event {args.event!r}: {removed['documents']} document(s), "
        f"{removed['articles']} article(s), {removed['statements']} statement(s)"
    )
    return 0


@_store_command
def cmd_documents_list(args: argparse.Namespace) -> int:
    """Print the ingested files with their ids, events and counts."""
    from tracker.store import list_documents

    documents = list_documents(_open_db(args))
    if documents.empty:
        print("no documents")
        return 0
    for row in documents.itertuples():
        print(
            f"{row.document_id:>5}  {row.name}  [{row.event_name}]  "
            f"{row.n_articles} article(s), {row.n_statements} statement(s)"
        )
    return 0


@_store_command
def cmd_documents_delete(args: argparse.Namespace) -> int:
    """Delete an ingested file with its articles and statements."""
    from tracker.store import delete_document

    db = _open_db(args)
    if not args.yes:
        return _fail(f"deleting document {args.document_id} removes its reactions: add --yes to confirm")
    removed = delete_document(db, args.document_id)
    if not removed["documents"]:
        return _fail(f"no document with id {args.document_id}")
    print(
        f"deleted document {args.document_id}: {removed['articles']} article(s), "
        f"{removed['statements']} statement(s)"
    )
    return 0


def _add_db_option(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--db",
        metavar="PATH",
        default=None,
        help="DuckDB file (default: $TRACKER_DB, else data/tracker.duckdb, built from data/samples/ on first run)",
    )


def _add_store_commands(sub) -> None:
    raw = argparse.RawDescriptionHelpFormatter
    p = sub.add_parser(
        "ingest",
        help="store the reactions found in dumps in the database",
        description=(
            "Read each FILE, extract its reactions and store them, one transaction per file: a file "
            "that cannot be read or stored changes nothing and makes the exit status 1; the others "
            "still go in. The same bytes twice add nothing; articles already stored are skipped.\n\n"
            + ACCEPTED_FORMATS + "\n\n"
            "example: python -m tracker ingest data/samples/*.txt --reference-date 2025-06-06 \\\n"
            "           --event '2025 South Korean presidential election' --host-country KOR "
            "--event-date 2025-06-03"
        ),
        formatter_class=raw,
    )
    p.add_argument("files", nargs="+", metavar="FILE", help="news dump files")
    _add_db_option(p)
    p.add_argument(
        "--reference-date",
        type=_iso_date,
        default=dt.date.today(),
        help="the day the dump was collected; relative dates count from it (default: today)",
    )
    p.add_argument(
        "--host-country",
        type=_iso3,
        default=None,
        help="ISO3 of the host country (and of a new --event); its speakers are domestic (default: inferred)",
    )
    p.add_argument(
        "--event",
        metavar="NAME",
        default=None,
        help="event the files belong to; created when new (needs --event-date). Default: an existing "
        "event of the same host country near the file's dates, else 'Unassigned'",
    )
    p.add_argument("--event-date", type=_iso_date, default=None, help="date of a new --event (YYYY-MM-DD)")
    p.add_argument(
        "--workers",
        type=_positive_int,
        default=1,
        metavar="N",
        help="read and extract files in N processes; this process stores them one file at a time and "
        "keeps the database open meanwhile, letting other processes in every few seconds (default 1)",
    )
    p.set_defaults(func=cmd_ingest)

    p = sub.add_parser(
        "export",
        help="write stored reactions as CSV, filtered like the dashboard",
        description=(
            "Write the stored statements the filters select as CSV (UTF-8 with BOM, all fields quoted, "
            "formula-like cells prefixed with '). Columns: date, country, country_name, speaker, role, "
            "kind, themes (joined with ';'), quote, article_title, outlet, published, source_file, "
            "event_name, event_host_country, event_date; --unique adds n_mentions and n_outlets.\n\n"
            "example: python -m tracker export --country USA --theme alliance --out usa.csv"
        ),
        formatter_class=raw,
    )
    _add_db_option(p)
    p.add_argument("--out", metavar="FILE", default="-", help="output file, or - for standard output (default)")
    p.add_argument("--country", type=_iso3, action="append", default=[], help="ISO3 of a reacting country (repeatable)")
    p.add_argument("--theme", action="append", default=[], metavar="KEY", help="theme key (repeatable; any of)")
    p.add_argument("--kind", action="append", default=[], metavar="KIND", help="reaction kind (repeatable)")
    p.add_argument("--since", type=_iso_date, default=None, metavar="DATE", help="first statement date")
    p.add_argument("--until", type=_iso_date, default=None, metavar="DATE", help="last statement date")
    p.add_argument("--speaker", default="", metavar="TEXT", help="text in the speaker's name or role")
    p.add_argument("--search", default="", metavar="TEXT", help="text in the quote, speaker or article title")
    p.add_argument("--include-domestic", action="store_true", help="also the host country's own speakers")
    p.add_argument("--unique", action="store_true", help="one row per reaction, not per article mention")
    p.add_argument("--event", action="append", default=[], metavar="NAME", help="event name (repeatable)")
    p.set_defaults(func=cmd_export)

    p = sub.add_parser(
        "events",
        help="list, create, rename, move documents between, or delete events",
        description="Manage events.\n\nexample: python -m tracker events list",
        formatter_class=raw,
    )
    events = p.add_subparsers(dest="events_command", required=True, metavar="ACTION")
    q = events.add_parser("list", help="list events with their counts")
    _add_db_option(q)
    q.set_defaults(func=cmd_events_list)
    q = events.add_parser("create", help="create an event")
    q.add_argument("name")
    _add_db_option(q)
    q.add_argument("--host-country", type=_iso3, default=None)
    q.add_argument("--date", type=_iso_date, default=None, help="event date (YYYY-MM-DD)")
    q.add_argument("--note", default=None)
    q.set_defaults(func=cmd_events_create)
    q = events.add_parser("rename", help="rename an event (given by name or id)")
    q.add_argument("event", metavar="EVENT")
    q.add_argument("new_name", metavar="NEW_NAME")
    _add_db_option(q)
    q.set_defaults(func=cmd_events_rename)
    q = events.add_parser("move", help="move a document (by id) to another event")
    q.add_argument("document_id", type=int, metavar="DOCUMENT_ID")
    q.add_argument("event", metavar="EVENT")
    _add_db_option(q)
    q.set_defaults(func=cmd_events_move)
    q = events.add_parser("delete", help="delete an event with its documents and reactions")
    q.add_argument("event", metavar="EVENT")
    q.add_argument("--yes", action="store_true", help="do not ask for confirmation")
    _add_db_option(q)
    q.set_defaults(func=cmd_events_delete)

    p = sub.add_parser(
        "documents",
        help="list or delete ingested files",
        description="List ingested files (their ids are what 'events move' takes) or delete one.\n\n"
        "example: python -m tracker documents list",
        formatter_class=raw,
    )
    documents = p.add_subparsers(dest="documents_command", required=True, metavar="ACTION")
    q = documents.add_parser("list", help="list ingested files with ids, events and counts")
    _add_db_option(q)
    q.set_defaults(func=cmd_documents_list)
    q = documents.add_parser("delete", help="delete a file (by id) with its articles and statements")
    q.add_argument("document_id", type=int, metavar="DOCUMENT_ID")
    q.add_argument("--yes", action="store_true", help="confirm the deletion")
    _add_db_option(q)
    q.set_defaults(func=cmd_documents_delete)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m tracker",
        description="Diplomatic Reaction Tracker: turn news dumps into diplomatic reaction rows.",
    )
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    p = sub.add_parser(
        "extract",
        help="print the reactions found in dumps as JSON Lines (nothing is stored)",
        description=(
            "Read each FILE and print one JSON object per statement on standard output. Unreadable "
            "files are reported on standard error and make the exit status 1; the others are still "
            "processed.\n\n" + ACCEPTED_FORMATS + "\n\n"
            "example: python -m tracker extract data/samples/*.txt --reference-date 2025-06-06"
        ),
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    p.add_argument("files", nargs="+", metavar="FILE", help="news dump files")
    p.add_argument(
        "--reference-date",
        type=_iso_date,
        default=dt.date.today(),
        help="the day the dump was collected; relative dates count from it (default: today)",
    )
    p.add_argument(
        "--host-country",
        type=_iso3,
        default=None,
        help="ISO3 of the event's host country; its speakers are marked domestic (default: inferred)",
    )
    p.set_defaults(func=cmd_extract)
    _add_store_commands(sub)
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        return args.func(args)
    except KeyboardInterrupt:
        print("interrupted", file=sys.stderr)
        return 130
