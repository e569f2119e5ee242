"""Speakers a page names outside its sentences: the author of a statement page (title or signature), a transcript's capitalised labels and section headings."""

from __future__ import annotations

import re

from tracker.extract.coreference import Entity
from tracker.extract.countries import (
    country_in,
    country_outside_names,
)
from tracker.extract.lexicon import REACTION_VERBS, SPEECH_VERBS
from tracker.extract.speakers import find_mentions

_HEADLINE_WORD_RE = re.compile(r"[A-Za-z][\w'\u2019.\-]*")
_SMALL_WORDS = frozenset("of for the and in on at to a an by with from".split())

# a page that is one official's own statement, named in its title or opening heading ("Statement by Foreign
# Minister Ana Ruiz on the vote in Chile", "Message from the President of Peru"): its first-person words are hers
_PAGE_AUTHOR_RE = re.compile(
    r"\W*(?:(?:Joint|Press|Official|Video)\s+)?(?:Statement|Message|Remarks|Letter|Declaration)\s+(?:by|from|of)\s+(?:the\s+)?"
    r"(?P<who>[A-Z][^:;|\n]{2,90}?)"
    r"(?:\s+(?:on|regarding|following|after|about|concerning|congratulating|to|in\s+response\s+to)\s+[^\n]*|\s*[:;|\u2013\u2014-][^\n]*|[.\s]*)$"
)

# the parts of a page title after its heading: "Statement by the Spokesperson on X | Ministry of Foreign Affairs"
_PAGE_PART_SPLIT_RE = re.compile(r"\s+[|\u2013\u2014-]\s+|\s*\|\s*")
# a closing signature: the name (capitalised words only), then the office on its own line ("Ana Ruiz" /
# "Foreign Minister of Chile"); no link, list mark or markup
_SIGNATURE_NAME_RE = re.compile(r"[A-Z][\w.'\u2019-]+(?: [A-Z][\w.'\u2019-]+){1,4}")
_SIGNATURE_OFFICE_RE = re.compile(r"[A-Z][\w.'\u2019-]*(?:,? [\w.'\u2019-]+){0,8}")


# A statement page's header: the label saying what it is ("PRESS STATEMENT", "Media release", "Joint statement"),
# then the issuer's name and office on short lines, within the first few lines with text
_DOCUMENT_LABEL_RE = re.compile(
    r"(?i:(?:press|media|joint|official|news)\s+(?:statement|release|note)|statement|communiqu[e\u00e9]|readout)"
)
_HEADER_SENTENCE_END_RE = re.compile(r"[.!?][\"'\u201d\u2019)]*$")
HEADER_AUTHOR_LINES = 5
HEADER_AUTHOR_CHARS = 600
MAX_HEADER_AUTHOR_LINE = 90


# the courtesy words before a name on a release's header line ("Senator the Hon Ana Ruiz", "The Rt Hon Ana Ruiz MP")
_COURTESY_OPEN_RE = re.compile(r"^(?:(?:Senator|Sen\.|The|the|Rt\.?|Right|Hon\.?|Honourable|Honorable|H\.E\.|Dr\.?|Mr\.?|Mrs\.?|Ms\.?|Dame|Sir)\s+)+")


def _without_courtesy(name: str) -> str:
    return _COURTESY_OPEN_RE.sub("", name.strip()).removesuffix(" MP").strip()


# a social-media post's header line: the account ("@name", "Ana Ruiz (@name)") with what the digest says of it in
# brackets, then its time stamp ("· 9:15 AM · 4 Mar 2025", "· Mar 4, 2025"), then any note on the post ("(thread,
# 2/3)", ", quoting an earlier post"): the words after it are the account holder's own
_STAMP_PART = (
    r"(?:\d{1,2}[:.]\d{2}\s*(?:[AaPp]\.?[Mm]\.?)?|\d{1,2}\s+[A-Z][a-z]{2,8}\.?(?:,?\s+\d{4})?"
    r"|[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:,?\s+\d{4})?|\d{4}-\d{2}-\d{2}|\d{1,2}[hm])"
)
_POST_HEADER_RE = re.compile(
    r"\W{0,3}(?:(?P<name>[A-Z][\w.'\u2019-]*(?: [A-Z][\w.'\u2019-]*){0,4})\s+(?:[\u2713\u2714\u2611]\ufe0f?\s+)?\(?)?@(?P<handle>\w{2,30})\)?"
    r"(?:\s*\((?P<who>[^()\n]{2,90})\))?"
    r"(?:\s*[\u00b7\u2022|]\s*" + _STAMP_PART + r"){1,3}"
    r"(?:,\s+[a-z][a-z ]{0,60}?(?=\s+[A-Z\W]))?(?:\s*\([^()\n]{1,60}\))?\s*"
)
_HANDLE_SPLIT_RE = re.compile(r"_+|(?<=[a-z])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])")


# a short item's headline naming who speaks in it: "Ruiz congratulates Peru's new president", "Ana Ruiz: a new
# chapter for the region", "Ruiz on the floods in Peru" (a monitoring export's row, a single post): the item's words are that official's
_HEADLINE_SPEAKER_RE = re.compile(r"(?P<who>(?=[^\W\d_])[^\W\d_a-z][\w.'\u2019-]+(?: (?=[^\W\d_])[^\W\d_a-z][\w.'\u2019-]+){0,3})(?::\s|\s+(?P<verb>[a-z]+)\b)")
_SHORT_ITEM = 700  # characters: a row or a post, not a report naming many speakers


def post_header(text: str) -> re.Match | None:
    """The header opening a digest's post ("@AnaRuizMFA (Foreign Minister of Chile) · 9:15 AM · 4 Mar 2025"), if any."""
    return _POST_HEADER_RE.match(text) if "@" in text[:70] else None


def title_case(header: str) -> str:
    def fix(m: re.Match) -> str:
        w = m.group()
        if "." in w:
            return w
        low = w.lower()
        return low if low in _SMALL_WORDS else low[:1].upper() + low[1:]

    return _HEADLINE_WORD_RE.sub(fix, header)


class PageAuthors:
    """The statement extractor's page authors, labels and headings (mixed into _ArticleExtractor; reads its per-article state)."""

    def _page_author(self) -> Entity | None:
        """The official whose own statement the page is: named by its title or first heading ("Statement by
        President X on ..."), or signed at its foot (a name line, then the office); None for a news report."""
        heads = [self.article.title]
        first = self.infos[0].sentence if self.infos else None
        if first is not None and len(first.text) <= 160:
            heads.append(first.text.strip())
        for head in heads:
            # "STATEMENT BY THE SPOKESPERSON ON ...": a title in capitals reads as the same title in normal case
            found = _PAGE_AUTHOR_RE.fullmatch(title_case(head.strip()) if head.isupper() else head.strip())
            if found is not None:
                author = self._official_in(found.group("who")) or self._unnamed_author(found.group("who"), head is heads[0])
                if author is not None:
                    return author
        author = self._header_author()
        if author is not None:
            return author
        if len(self.text) <= _SHORT_ITEM and (found := _HEADLINE_SPEAKER_RE.match(self.article.title or "")) is not None and (
            found.group("verb") in (None, "on") or found.group("verb") in SPEECH_VERBS or found.group("verb") in REACTION_VERBS
        ):
            author = self._official_in(found.group("who"))
            if author is not None:
                return author
        lines = [line.strip() for line in self.text[-300:].splitlines() if line.strip()]
        if len(lines) >= 2 and _SIGNATURE_NAME_RE.fullmatch(lines[-2]) and len(lines[-1]) <= 70 and _SIGNATURE_OFFICE_RE.fullmatch(lines[-1]):
            # "Ana Ruiz" / "Foreign Minister of Chile": the office before the name reads as one titled name
            return self._official_in(f"{lines[-1]} {lines[-2]}", titled=True)
        return None

    def _header_author(self) -> Entity | None:
        """The official a statement's header lines name above its text, under the label that says what the page is
        ("PRESS STATEMENT" / "ANA RUIZ, MINISTRY SPOKESPERSON"; "Media release" / "Minister for Foreign Affairs" /
        "Senator Ana Ruiz"): the page is hers. None when no such label opens the page or a sentence comes first."""
        top = []
        for line in self.text[:HEADER_AUTHOR_CHARS].splitlines()[: 3 * HEADER_AUTHOR_LINES]:
            line = line.strip()
            if not line:
                continue
            if len(line) > MAX_HEADER_AUTHOR_LINE or _HEADER_SENTENCE_END_RE.search(line):
                break  # the text begins
            top.append(line)
            if len(top) >= HEADER_AUTHOR_LINES:
                break
        if not any(_DOCUMENT_LABEL_RE.fullmatch(line) for line in top):
            return None
        names = [line for line in top if not _DOCUMENT_LABEL_RE.fullmatch(line)]
        for number, line in enumerate(names):
            cased = line if not line.isupper() else title_case(line)
            name, comma, office = cased.partition(", ")
            if comma and (author := self._official_in(f"{office} {_without_courtesy(name)}", titled=True)) is not None:
                return author  # "ANA RUIZ, MINISTRY SPOKESPERSON": read as "Ministry Spokesperson Ana Ruiz"
            if number + 1 < len(names):
                below = names[number + 1] if not names[number + 1].isupper() else title_case(names[number + 1])
                author = self._official_in(f"{cased} {_without_courtesy(below)}", titled=True)
                if author is not None:
                    return author  # "Minister for Foreign Affairs" / "Senator the Hon Ana Ruiz": the office over the name
        return None

    def _post_author(self, header: re.Match) -> Entity | None:
        """The official or body whose account posted (a digest's post header): the name it gives, the account's
        name read as words ("@AnaRuizMFA" -> "Ana Ruiz MFA", "@MofaChile" -> "Mofa Chile"), or the office the
        digest says holds it ("(Foreign Ministry, Chile)", "(President of Peru)"); None for an unknown account."""
        words = [w for w in _HANDLE_SPLIT_RE.split(header.group("handle")) if w]
        handle = " ".join(words)
        # "@AUC_AnaRuiz": the name without the body's initials around it
        bare = " ".join(w for w in words if not (w.isupper() and len(w) <= 5)) or None
        who = header.group("who")
        texts = [t for t in (header.group("name"), who, handle) if t]
        named = [t for t in (header.group("name"), who, bare) if t]
        if who and "," in who:
            # "(Ana Ruiz, foreign minister of Chile)": the office before the name reads as one titled name
            name, office = (part.strip() for part in who.split(",", 1))
            if _SIGNATURE_NAME_RE.fullmatch(name):
                named.insert(0, f"{office} {name}")
        for text in named:
            official = self._official_in(text)
            if official is not None:
                return official
        for text in texts:
            place = country_in(text)
            for m in find_mentions(text, known_names=self.registry.known_names):
                if m.kind == "title" and (m.country or place) and m.organization is None:
                    leader = self.registry.role(m if m.country else m._replace(country=place))
                    if leader is not None and leader.kind == "person":
                        return leader
                elif m.kind == "institution" and m.organization is None and (m.country or place):
                    country = m.country or place
                    return self.registry.institution(m._replace(country=country), country=country)
                elif m.kind == "organization" and m.organization:
                    return self.registry.organization(m.organization)
        return None

    def _unnamed_author(self, who: str, in_title: bool) -> Entity | None:
        """The office a statement page names without a name ("Statement by the Spokesperson on ...", "Statement by
        the Prime Minister"), placed by what the page says of itself: the rest of its title ("... | Ministry of
        Foreign Affairs of Chile"), its last lines or its outlet. The head of government is the leader on the day;
        a spokesperson speaks for the ministry the page names, else for the government."""
        cased = who if not who.isupper() else title_case(who)
        office = next((m for m in find_mentions(cased) if m.kind in ("title", "institution")), None)
        if office is None or office.organization is not None:
            return None
        parts = _PAGE_PART_SPLIT_RE.split(self.article.title)
        lines = [line.strip() for line in self.text[-300:].splitlines() if 0 < len(line.strip()) <= 100][-3:]
        place, body = office.country, office if office.kind == "institution" else None
        for part in [*(parts[1:] if in_title else parts), *reversed(lines), self.article.outlet or ""]:
            if place is not None:
                break
            part = part if not part.isupper() else title_case(part)
            for m in find_mentions(part):
                if m.country is not None and m.organization is None and m.kind != "person":
                    place, body = m.country, body or (m if m.kind == "institution" else None)
                    break
            place = place or country_outside_names(part)
        if place is None:
            return None
        if office.kind == "title":
            leader = self.registry.role(office._replace(country=place))
            if leader is not None:
                return leader
        if body is not None:
            return self.registry.institution(body._replace(country=place), country=place)
        return self.registry.country(place)

    def _official_in(self, text: str, *, titled: bool = False) -> Entity | None:
        """The named official (with a country or body) a title line names, if any."""
        cased = text if not text.isupper() else title_case(text)
        for m in find_mentions(cased, known_names=self.registry.known_names):
            if m.kind != "person" or (titled and not m.role):
                continue
            e = self.registry.person(m, context_country=m.country or country_in(cased), context_org=None)
            if e is not None and e.kind == "person" and e.official and (e.country or e.organization):
                return e
        return None

    def _label_person(self, label: str) -> Entity | None:
        """The official a transcript label set in capitals names ("MR MILLER", "MAO NING"), if any."""
        for m in find_mentions(title_case(label), known_names=self.registry.known_names):
            if m.kind == "person":
                e = self.registry.person(m, context_country=None, context_org=None)
                return e if e is not None and e.official else None
        return None

    def _read_header(self, header: str) -> None:
        cased = title_case(header)
        self.header_country = country_in(cased)
        self.header_org = None
        for m in find_mentions(cased, known_names=self.registry.known_names):
            if m.kind == "person":
                e = self.registry.person(m, context_country=self.header_country, context_org=None)
                if e is not None:
                    self.header_country = e.country or self.header_country
                    self.header_org = e.organization
            elif m.kind == "organization" and m.organization:
                self.header_org = m.organization

