"""What the words in and around a mention say: the word before a position, and the country, public body or organization that a title, appositive or venue implies."""

from __future__ import annotations

import re

from tracker.extract.countries import (
    country_in,
    country_outside_names,
)
from tracker.extract.lexicon import (
    NARRATIVE,
    ORGANIZATIONS,
    TITLES,
)
from tracker.extract.mention_words import (
    INST_LOOKUP,
    INSTITUTION_RE,
    ORGANIZATION_RE,
    TITLE_RE,
    title_match,
)
from tracker.extract.patterns import alternation

_WORD_CHARS = frozenset("'\u2019-")
_TRAILING_PUNCTUATION = " \t\n,.;:#\"\u201c\u201d\u2018()[]!?/\u2014\u2013\u2026"


def last_word(text: str) -> tuple[str, int]:
    """The last word of ``text`` and where it ends (scanning back, not a $-anchored regex)."""
    # common punctuation and masked quotes ("#####") in one C call; the loop handles the rest.
    # Stripped from a tail growing only while it is all punctuation: stripping the whole text
    # copied it, quadratic for a long line with a name after each comma.
    width = 64
    while True:
        low = max(0, len(text) - width)
        kept = len(text[low:].rstrip(_TRAILING_PUNCTUATION))
        if kept or low == 0:
            i = low + kept
            break
        width *= 4
    while i > 0 and not (text[i - 1].isalnum() or text[i - 1] in _WORD_CHARS):
        i -= 1
    end = i
    while i > 0 and (text[i - 1].isalnum() or text[i - 1] in _WORD_CHARS or text[i - 1] == "_"):
        i -= 1
    return text[i:end], end


def drop_last_word(text: str) -> str:
    """``text`` without its last word and the spaces after it."""
    return text.rstrip().rsplit(None, 1)[0] + " " if text.strip() and " " in text.strip() else ""


def text_before(text: str, pos: int, drop: bool = False, words: int = 1) -> tuple[str, int]:
    """``(window, low)`` such that ``text[:low] + window`` is ``text[:pos]`` (``drop_last_word`` of
    it with ``drop``) and its last ``words`` words (``last_word``, again before each) lie whole in
    the window, after its first character: what callers read from the prefix of a mention without
    copying and stripping the whole prefix of a long line for each mention."""
    width = 128
    while True:
        low = max(0, pos - width)
        window = text[low:pos]
        if low == 0:
            return (drop_last_word(window) if drop else window), 0
        if drop:
            # the space test of drop_last_word holds for the whole prefix when it holds for the window
            window = drop_last_word(window) if " " in window.strip() else ""
        rest = window
        for _ in range(words):
            word, end = last_word(rest)
            if end - len(word) <= 0:
                break
            rest = rest[: end - len(word)]
        else:
            return window, low
        width *= 4


def previous_word(text: str, pos: int) -> str:
    """``last_word(text[:pos])``, read from a window before ``pos`` that grows only when the word
    may go on before it: copying the whole prefix made a sentence with many runs quadratic."""
    width = 64
    while True:
        low = max(0, pos - width)
        window = text[low:pos]
        word, end = last_word(window)
        if low == 0 or end - len(word) > 0:
            return word
        width *= 4


# "a Texas Democrat", "(D-Calif.)", "R-Fla.", "Republican Senator": the party label of a US lawmaker
US_PARTY_RE = re.compile(
    r"\b(?:an?\s+[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?\s+(?:Democrat|Republican)|[DR]-[A-Z][a-z]{1,12}\.?"
    r"|(?:Republican|Democratic)\s+(?:U\.S\.\s+)?(?:Senator|Sen\.|Representative|Rep\.|Congressman|Congresswoman))(?![\w-])"
)


# " for Ukraine", " on the Sahel": the place a title deals with, up to an "of"/"in"/"at" phrase that may
# name the holder's own place ("the minister for trade of Ghana", "the rapporteur on Peru in the Bundestag")
_PORTFOLIO_RE = re.compile(r"\s(?:for|on)\s[^,;#]*?(?=\s(?:of|in|at)\s|$)")


def _without_portfolio(text: str) -> str:
    """``text`` less the portfolio right after its title: "the rapporteur on Moldova", "the envoy for
    Yemen" name the country the office deals with, not the holder's."""
    for title in TITLE_RE.finditer(text):
        m = _PORTFOLIO_RE.match(text, title.end())
        if m is not None:
            return text[: m.start()] + text[m.end() :]
    return text


# "speaking from Madrid", "talking to reporters in Lima": the place after it is where the words were said
VENUE = r"\b(?:" + alternation(NARRATIVE["venue_words"]) + r")\s+(?:(?:to|with)\s+(?:[\w-]+\s+){1,3}?)?(?:from|in|at)\b"
_VENUE_RE = re.compile(VENUE, re.IGNORECASE)


# "the son of Cuban immigrants", "whose parents fled Laos", "Nigerian-born": the family's place, not the speaker's
_NAME_RUN = r"(?:the\s+)?[A-Z][\w'\u2019.]*(?:\s+[A-Z][\w'\u2019.]*){0,2}"
_ANCESTRY_RE = re.compile(
    r"\b(?:" + alternation(NARRATIVE["ancestry_before"]) + r")\s+" + _NAME_RUN
    + r"|(?<![\w-])[A-Z][\w'\u2019]*(?:\s+[A-Z][\w'\u2019]*)?\s+(?:" + alternation(NARRATIVE["ancestry_after"]) + r")\b"
    + r"|(?<![\w-])[A-Z][\w'\u2019]*-(?=(?:" + alternation(NARRATIVE["ancestry_hyphen"]) + r")\b)"
    # "X, in exile in Warsaw,", "X, who lives in Paris,": where he lives is no country he speaks for either
    + r"|\b(?:" + alternation(NARRATIVE["residence_words"]) + r")\s+" + _NAME_RUN
)


def without_ancestry(text: str) -> str:
    """``text`` less the places of a speaker's family story ("a senator and son of Cuban immigrants",
    "an MP of Kenyan descent", "whose parents fled Laos", "Nigerian-born") and of his home ("in exile in
    Madrid", "based in London"): where his family came from or where he lives is no country he speaks for.
    Spans become spaces, so offsets stay."""
    return _ANCESTRY_RE.sub(lambda m: " " * len(m.group(0)), text)


def implied_country(text: str) -> str | None:
    """The country an appositive or title names: a place, an institution with a fixed owner
    ("the Senate Foreign Relations Committee"), a title's own country ("Sen."), a US party label.
    A member of the European Parliament is the EU's whatever his nationality ("the Latvian MEP who is
    the European Parliament's rapporteur on Georgia"). A place the speaker spoke from names none."""
    if "ing " in text or "spoke" in text or "reporters" in text:
        venue = _VENUE_RE.search(text)
        if venue is not None:
            text = text[: venue.start()]
    text = without_ancestry(text)
    title = title_match(text)
    if union_title_country(text):
        return "EUU"
    inst, _ = institution_of(text)
    if inst is not None and inst.country == "EUU" and inst.kind == "legislature" and title is not None and title.rank == "legislator":
        return "EUU"
    country = country_outside_names(_without_portfolio(text))
    if country is not None:
        return country
    if inst is not None and inst.country and not inst.shared:
        return inst.country
    if title is not None and title.country:
        return title.country
    return "USA" if US_PARTY_RE.search(text) else None


def union_title_country(text: str) -> str | None:
    """"EUU" when the title is one of the Union's own ("a Dutch MEP", "the Latvian enlargement
    commissioner"): the nationality says where the official is from, not whom the words speak for."""
    title = title_match(text)
    return "EUU" if title is not None and title.country == "EUU" else None


def institution_of(text: str):
    best = None
    for m in INSTITUTION_RE.finditer(text):
        best = m
    if best is None:
        return None, None
    return INST_LOOKUP[best.group().lower()], best


def organization_of(text: str):
    for m in ORGANIZATION_RE.finditer(text):
        return ORGANIZATIONS[m.group()]
    return None


def international_in(text: str) -> str | None:
    """The international organisation named in an appositive ("chairperson of the African Union Commission")."""
    if country_outside_names(text) is not None:
        return None
    org = organization_of(text)
    return org.name if org is not None and org.kind == "international" else None


# "the Vostok chief", "the Tesla boss": the head of a body no table knows (a company, a militia) holds no office
_PRIVATE_HEAD_RE = re.compile(r"(?P<owner>[A-Z][\w-]+(?:\s+[A-Z][\w-]+)?)\s+(?:chief|boss|head|founder)")


def private_head(appositive: str) -> bool:
    """Whether an appositive title ("Wagner chief") heads a body no table knows: no country, institution or
    international organisation is named in it."""
    found = _PRIVATE_HEAD_RE.fullmatch(appositive.strip())
    return (
        found is not None and country_in(found.group("owner")) is None and institution_of(appositive)[0] is None
        and organization_of(appositive) is None and not any(w in TITLES for w in found.group("owner").split())
    )

