"""An article's text hash: spacing and case ignored, exactly as stored databases computed it.

Stored ``articles.text_hash`` values were made as the SHA-256 of
``" ".join(text.split()).casefold()``; a faster computation must give the same digest
for every text, or a re-uploaded article would be stored twice.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import random

from tracker.store.ingest import Extracted, store_many, text_hash

# characters news text holds that case folding leaves alone (curly quotes, dashes, signs)
CASELESS = "\u201c\u201d\u2018\u2019\u2014\u2013\u2026\u00b7\u2022\u00ab\u00bb\u00b0\u20ac\u00a3"
TRICKY = "aZ \u00df\u1e9e\u0130\u0131\u03a3\u03c3\u03c2\ufb01\u00c5\u00e5\u01c5\u212a\u00e9\u0390\U0001d400\u00a0\u2003\u3000\x0b\x0c\x1c\x85\t\n\r.,"


def defined(text: str) -> str:
    return hashlib.sha256(" ".join(text.split()).casefold().encode("utf-8")).hexdigest()


def test_digest_is_the_stored_definition_for_every_character_and_mixture():
    for cp in range(0x110000):
        if 0xD800 <= cp < 0xE000:  # surrogates cannot be encoded
            continue
        c = chr(cp)
        for text in (f"Ab {c} Cd{c}", f"\u201cAb\u201d {c}"):
            assert text_hash(text) == defined(text), hex(cp)
    rng = random.Random(7)
    alphabet = TRICKY + CASELESS + "  "
    for _ in range(50_000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 40)))
        assert text_hash(text) == defined(text), repr(text)


def test_a_rescraped_article_with_other_spacing_case_and_quotes_is_stored_once(db, records, query):
    text = "Seoul \u2014 The \u201cnew\u201d president  spoke.\nIstanbul and STRASSE \u00e9lan."
    copies = [text, "  seoul \u2014 the \u201cNEW\u201d president spoke. istanbul and strasse \u00c9LAN.\t",
              text.replace("STRASSE", "Stra\u00dfe")]  # casefold makes \u00df "ss"
    items = [Extracted(f"file {i}".encode(), f"f{i}.txt", [records.article(f"t{i}", copy)],
                       [[records.statement("Rubio", "USA", f"q{i}")]], dt.date(2025, 6, 6))
             for i, copy in enumerate(copies)]  # fmt: skip
    results = store_many(db, items)
    assert [(r.articles_added, r.articles_known) for r in results] == [(1, 0), (0, 1), (0, 1)]
    assert query(db, "SELECT count(*) FROM articles")[0][0] == 1
