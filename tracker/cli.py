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


def _iso_date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date (YYYY-MM-DD): {text!r}") from None


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
            "Read each FILE (.txt, .html, .htm, .json, .jsonl or .zip) and print one JSON "
            "object per statement on standard output. Unreadable files are reported on "
            "standard error and make the exit status 1; the others are still processed.\n\n"
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
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        return args.func(args)
    except KeyboardInterrupt:
        print("interrupted", file=sys.stderr)
        return 130
