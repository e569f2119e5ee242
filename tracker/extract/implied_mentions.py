"""Mentions a sentence makes without naming the body or country: back references ("the bloc"), place names several countries share and name heads."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter

from tracker.extract.lexicon import (
    BACK_REFERENCE_ADJECTIVES,
    BACK_REFERENCES,
    NAME_HEADS,
    ORGANIZATIONS,
    QUALIFIED_BACK_REFERENCES,
    WORLD_BODY_ADJECTIVES,
)
from tracker.extract.mention_words import Mention
from tracker.extract.patterns import alternation
from tracker.extract.statement_cues import PLACE_CUES, staff_body
from tracker.extract.verbs import verb_start

# "The bloc urged ...", "the 15-nation alliance said", "the continental body welcomed": a noun standing for the
# international body named last (not "the opposition alliance", a party list: only the adjectives of
# data/organization_words.toml, or a count of members, may stand before it; nor "the bloc's", "the alliance of")
_BACK_REFERENCE_RE = re.compile(
    r"\b(?P<det>[Tt]he)\s+(?P<phrase>(?P<adjectives>(?:(?:" + alternation(BACK_REFERENCE_ADJECTIVES) + r"|\d+-(?:nation|member|country))\s+){0,3})"
    r"(?P<noun>" + alternation(BACK_REFERENCES | QUALIFIED_BACK_REFERENCES) + r"))\b(?![\w'\u2019-])(?!\s+(?:of|for)\b)(?!\s+[A-Z])"
)

# "The Union said", "the Commission welcomed": a capitalised last word of a body's name, on its own (not "the
# Council of Europe", "the Union's", "the Commission President X")
_NAME_HEAD_RE = re.compile(
    r"\b(?P<det>[Tt]he)\s+(?P<noun>" + alternation(NAME_HEADS) + r")\b(?![\w'\u2019-])(?!\s+(?:of|for|on)\b)(?!\s+[A-Z])"
)


class ImpliedMentions:
    """The statement extractor's implied mentions (mixed into _ArticleExtractor; reads its per-article state)."""

    def _with_back_references(self, masked: str, mentions: list[Mention]) -> list[Mention]:
        """``mentions`` with "the bloc", "the regional grouping" ... read as the international body (or the EU)
        named last before the sentence, when one was."""
        added = []
        for found in _BACK_REFERENCE_RE.finditer(masked):
            start, end = found.start("phrase"), found.end("phrase")
            # the mention starting last before the phrase's end (mentions are in text order and do not overlap)
            at = bisect_left(mentions, end, key=verb_start) - 1
            if at >= 0 and mentions[at].end > start:
                continue
            adjectives = set(found.group("adjectives").split())
            if found.group("noun") in QUALIFIED_BACK_REFERENCES and not adjectives:
                continue  # "the body", "the group" alone
            world = bool(adjectives & WORLD_BODY_ADJECTIVES)
            body = self.registry.last(
                lambda e, world=world: (e.kind == "country" and e.country == "EUU" and not world) or (
                    e.kind == "organization" and e.organization in ORGANIZATIONS and ORGANIZATIONS[e.organization].kind == "international"
                    and (staff_body(e.organization) == "United Nations") == world
                )
            )
            if body is None:
                continue
            det = found.group("det").lower()
            if body.kind == "country":
                added.append(Mention(start, end, found.group("phrase"), "country", country="EUU", determiner=det))
            else:
                added.append(Mention(start, end, found.group("phrase"), "organization", organization=body.organization, determiner=det))
        return sorted([*mentions, *added], key=lambda m: m.start) if added else mentions

    def _shared_place_country(self, surface: str) -> str | None:
        """The country a name two countries share ("Congo") is in this article: the one more of its words point
        to (its capital, its leaders, "Democratic"), found once per article; None on a tie."""
        if surface not in self._place_choice:
            _, cues, cue_country = PLACE_CUES[surface]
            ranked = Counter(cue_country[m.group()] for m in cues.finditer(self.text)).most_common(2)
            self._place_choice[surface] = ranked[0][0] if ranked and (len(ranked) == 1 or ranked[0][1] > ranked[1][1]) else None
        return self._place_choice[surface]

    def _with_shared_place(self, masked: str, mentions: list[Mention], surface: str) -> list[Mention]:
        """``mentions`` with a shared place name read as the article's country: "Congo welcomed" a country
        mention, "Congo's foreign ministry" placed; neither when the article does not decide it. (The mention
        finder is cached by sentence, so the article's choice is made here, after it.)"""
        alone = PLACE_CUES[surface][0]
        added: list[Mention] = []
        out = list(mentions)
        for found in alone.finditer(masked):
            start, end = found.span()
            if masked.startswith(("-", " River", " Basin", " basin", " river"), end):
                continue
            iso3 = self._shared_place_country(surface)
            if iso3 is None:
                return mentions
            at = bisect_left(out, end, key=verb_start) - 1
            if at >= 0 and out[at].end > start:
                m = out[at]
                if m.country is None and m.organization is None and m.kind in ("person", "title", "institution"):
                    out[at] = m._replace(country=iso3)  # "Congo's foreign ministry", "Congo's foreign minister X"
                continue
            possessive = masked.startswith(("'s", "\u2019s"), end)
            if possessive:
                end += 2
            det = "the" if masked.endswith(("the ", "The "), 0, start) else None
            added.append(Mention(start, end, masked[start:end], "country", country=iso3, possessive=possessive, determiner=det))
        return sorted([*out, *added], key=lambda m: m.start) if added or out != mentions else mentions

    def _with_name_heads(self, masked: str, mentions: list[Mention]) -> list[Mention]:
        """``mentions`` with "the Union", "the Commission" ... read as the body met last whose name ends in that
        word, when it is the EU's or an international one: "the Commission" after "the European Commission" is
        it, after "the National Electoral Commission" it is no speaker of ours."""
        added = []
        for found in _NAME_HEAD_RE.finditer(masked):
            start, end = found.start("noun"), found.end("noun")
            at = bisect_left(mentions, end, key=verb_start) - 1
            if at >= 0 and mentions[at].end > found.start():
                continue
            noun = found.group("noun")
            body = self.registry.last(lambda e, noun=noun: e.kind != "person" and (
                (e.organization or e.institution or e.name).split(" of ")[0].split()[-1] == noun))
            if body is None or not (body.country == "EUU" or (
                body.kind == "organization" and body.organization in ORGANIZATIONS
                and ORGANIZATIONS[body.organization].kind == "international"
            )):
                continue
            det = found.group("det").lower()
            if body.kind == "country":
                added.append(Mention(start, end, noun, "country", country="EUU", determiner=det))
            elif body.kind == "organization":
                added.append(Mention(start, end, noun, "organization", organization=body.organization, determiner=det))
            else:
                added.append(Mention(start, end, noun, "institution", country=body.country, institution=body.institution,
                                     inst_kind=body.inst_kind, determiner=det))
        return sorted([*mentions, *added], key=lambda m: m.start) if added else mentions

