"""``python -m tracker.bench.freeze``: copy what the benchmark's generator needs from data/ into a frozen file.

The synthetic corpus (``tracker.bench.synth``) speaks with the project's own
theme terms and dated offices so the extractor meets what it knows, but reading
``data/`` at every run made every data change a change of the benchmark's text:
figures of two sessions measured two different corpora. The generator reads
``tracker/bench/vocabulary.json`` instead, written once by this command, so a
seed gives the same bytes whatever ``data/`` holds.

What is frozen:
- ``themes``: theme key -> terms from ``data/themes.toml`` (plain ASCII words, no
  regular-expression syntax, the order of the file);
- ``offices``: for each country of ``vocabulary.COUNTRIES``, the holders of its
  leader's and foreign minister's offices and every other person of
  ``data/leaders.csv`` in office at some point of the corpus' date window, as
  ``[role, name, start, end]`` (ISO dates, '' for open);
- ``organizations``: the dated holders of each ``vocabulary.ORGANIZATIONS`` head's
  office, found through the built-in head's own row.

Regenerating (after a data change worth benchmarking, or a change of the
generator's window) changes the corpus: figures measured before and after are
then two corpora; run the start-of-session code on the new corpus too before
comparing (see bench/RESULTS.md, "Corpus").

    python -m tracker.bench.freeze              # writes tracker/bench/vocabulary.json
    python -m tracker.bench.freeze --check      # exit 1 if data/ would freeze differently
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import json
import sys
import tomllib
import unicodedata
from pathlib import Path

from tracker.bench import vocabulary as V

DATA_DIR = Path(__file__).resolve().parents[2] / "data"
FROZEN = Path(__file__).resolve().with_name("vocabulary.json")
# The dates the generator writes about (events, publications, statements): see synth.FIRST_DAY.
WINDOW = (dt.date(2023, 12, 1), dt.date(2026, 12, 31))
MINISTER_ROLES = ("Foreign Minister", "Secretary of State", "Foreign Secretary", "External Affairs Minister")
_REGEX_CHARS = set("\\[](){}|*+?^$")


def ascii_fold(text: str) -> str:
    """'Khürelsükh' -> 'Khurelsukh': the generator writes plain ASCII, the extractor folds diacritics."""
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def read_themes(path: Path) -> dict[str, list[str]]:
    """Theme key -> terms (any list of strings under a theme but ``not_in``, the phrases where a term does
    not count) that print as prose."""
    doc = tomllib.loads(path.read_text(encoding="utf-8"))
    doc = doc.get("themes", doc)
    themes: dict[str, list[str]] = {}
    for key, value in doc.items():
        lists = [v for k, v in value.items() if isinstance(v, list) and k != "not_in"] if isinstance(value, dict) else [value]
        terms = [t for lst in lists if isinstance(lst, list) for t in lst
                 if isinstance(t, str) and 2 < len(t) < 40 and t.isascii() and not _REGEX_CHARS & set(t)]
        if terms:
            themes[key] = terms
    return themes


def read_leaders(path: Path) -> list[dict]:
    with path.open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(line for line in fh if not line.startswith("#")))
    out = []
    for row in rows:
        name = ascii_fold((row.get("name") or "").strip())
        role = (row.get("role") or "").strip()
        if name and role and name.isascii() and len(role) < 40:
            aliases = {ascii_fold(a.strip()) for a in (row.get("aliases") or "").split("|") if a.strip()}
            out.append({"name": name, "aliases": aliases, "role": role,
                        "country": (row.get("country") or "").strip().upper(),
                        "organization": (row.get("organization") or "").strip(),
                        "start": (row.get("start") or "").strip(), "end": (row.get("end") or "").strip()})
    return out


def _in_window(row: dict) -> bool:
    first, last = (d.isoformat() for d in WINDOW)
    return (not row["start"] or row["start"] <= last) and (not row["end"] or row["end"] > first)


def _entry(row: dict) -> list[str]:
    return [row["role"], row["name"], row["start"], row["end"]]


def _office_of(rows: list[dict], person: str, *, country: str = "", organization: str = "",
               roles: tuple[str, ...] = ()) -> list[list[str]]:
    """Every holder of ``person``'s office, in the window; [] when the person is not in the table.

    The office is the person's row (by name or alias) for ``country``, or for
    ``organization`` (its ``organization`` column, or its role naming it: 'President
    of the European Commission'), so a head who held another office in the window
    (a prime minister before leading an alliance) gives the right one.
    """
    mine = [r for r in rows if (r["name"] == person or person in r["aliases"]) and _in_window(r)
            and (r["country"] == country if country else r["organization"] == organization or organization in r["role"])
            and (not roles or r["role"] in roles)]
    if not mine:
        return []
    role, org = mine[0]["role"], mine[0]["organization"]
    return [_entry(r) for r in rows if r["role"] == role and r["organization"] == org
            and r["country"] == mine[0]["country"] and _in_window(r)]


def freeze(data_dir: Path = DATA_DIR) -> dict:
    """The frozen vocabulary for ``data_dir``, as the JSON document the generator reads."""
    rows = read_leaders(data_dir / "leaders.csv")
    offices: dict[str, dict[str, list[list[str]]]] = {}
    for iso3, _name, _dem, _cap, _title, leader, minister, _ministry in V.COUNTRIES:
        leaders = _office_of(rows, leader, country=iso3)
        ministers = _office_of(rows, minister, country=iso3, roles=MINISTER_ROLES)
        taken = {tuple(e) for e in leaders + ministers}
        others = [_entry(r) for r in rows if r["country"] == iso3 and _in_window(r) and tuple(_entry(r)) not in taken]
        offices[iso3] = {"leader": leaders, "minister": ministers, "others": others}
    organizations = {org: _office_of(rows, head, organization=org) for org, _title, head in V.ORGANIZATIONS}
    return {
        "about": "Frozen by `python -m tracker.bench.freeze` from data/themes.toml and data/leaders.csv; "
                 "read by tracker.bench.synth. Regenerating changes the benchmark corpus.",
        "window": [d.isoformat() for d in WINDOW],
        "themes": read_themes(data_dir / "themes.toml"),
        "offices": offices,
        "organizations": organizations,
    }


def dumps(doc: dict) -> str:
    return json.dumps(doc, indent=1, ensure_ascii=True) + "\n"


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python -m tracker.bench.freeze", description=__doc__,
                                formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--data", type=Path, default=DATA_DIR, help="the data directory to freeze (default data/)")
    p.add_argument("--out", type=Path, default=FROZEN, help=f"where to write (default {FROZEN.name} beside this module)")
    p.add_argument("--check", action="store_true", help="write nothing; exit 1 if the frozen file differs")
    args = p.parse_args(argv)
    text = dumps(freeze(args.data))
    if args.check:
        same = args.out.exists() and args.out.read_text(encoding="utf-8") == text
        print("frozen vocabulary is up to date with data/" if same else
              "data/ would freeze differently (the corpus would change): see bench/RESULTS.md, 'Corpus'")
        return 0 if same else 1
    args.out.write_text(text, encoding="utf-8")
    print(f"wrote {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
