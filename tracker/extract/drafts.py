"""A speaker's draft row (the sentences given to it) and the merging of one voice's drafts: a country or ministry into the official who speaks for it."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field

from tracker.extract.coreference import Entity
from tracker.extract.lexicon import LEADERS_BY_NAME, NARRATIVE
from tracker.extract.mention_words import Mention
from tracker.extract.quotes import Quote
from tracker.extract.sentences import Sentence

# Ranks that speak for a government (not lawmakers, not analysts)
GOVERNMENT_RANKS = frozenset({"head", "minister", "spokesperson", "official", "diplomat"})
# A spokesperson of the government or of a leader's office speaks for the leader.
LEADER_SPOKESPERSON_RE = re.compile(
    r"(?i)\b(?:government|presidential|president|prime minister|chancellor|leader|kremlin|white house|cabinet|palace|downing street|press secretary)\b"
)


def _known_role(entity: Entity) -> str:
    """The person's role as written and as the leaders table gives it ("Kremlin spokesman"), lower-cased."""
    known = LEADERS_BY_NAME.get(entity.name) or []
    return " ".join([entity.role or "", *(ld.role for ld in known)]).lower()


@dataclass
class Draft:
    entity: Entity
    order: int
    items: list[tuple[int, Sentence, list[Quote], Mention | None]] = field(default_factory=list)
    via: list[str] = field(default_factory=list)


def _names_leader(leader: Entity, text: str, m: Mention | None) -> bool:
    """Whether a sentence names ``leader`` near the mention of its speaker (a bounded window): his
    surname or his office ("the president", "the chancellor")."""
    words = [w for w in (leader.name.split()[-1:] if leader.name else []) if len(w) > 2]
    if leader.role:
        words.append(leader.role)
    low = (text[max(0, m.start - 200) : m.end + 400] if m is not None else text[:600]).lower()
    return any(
        m.start() == 0 or not low[m.start() - 1].isalnum()
        for w in words for m in re.finditer(re.escape(w.lower()) + r"(?![a-z])", low)
    )


# "..., a ministry spokesman said after the call": the spokesman refers back to his minister's act
_REPORTED_ACT_RE = re.compile(
    r"\b(?:the|that|this|his|her|their)\s+(?:" + "|".join(re.escape(w) for w in NARRATIVE["reported_acts"]) + r")\b", re.IGNORECASE
)


def _speaks_for_principal(d: Draft, principal: Entity) -> bool:
    """Whether a ministry's draft is its own voice's (False) or reports ``principal``: a draft given by the
    ministry's spokesperson reports him only when its sentence names him or refers back to his act; the
    ministry named alone ("The foreign ministry said ...") right after him reports him as before."""
    spoken = [(s, m) for _, s, _, m in d.items if m is not None and m.rank == "spokesperson"]
    if not spoken:
        return True
    return any(_names_leader(principal, s.text, m) or _REPORTED_ACT_RE.search(s.text) for s, m in spoken)


def merge(source: Draft, target: Draft) -> None:
    """``source``'s sentences given to ``target``, which keeps the names it spoke through (``via``)."""
    target.items.extend(source.items)
    target.items.sort(key=lambda item: item[0])
    if source.entity.kind != "country" and source.entity.name not in target.via:
        target.via.append(source.entity.name)
    for v in source.via:
        if v not in target.via:
            target.via.append(v)


def merged_drafts(drafts: Iterable[Draft]) -> list[Draft]:
    """The drafts that stay rows, in order, after each voice that speaks through another is merged into it
    (a country into its leader or minister, a ministry into its spokesperson, a body into its head)."""
    drafts = sorted(drafts, key=lambda d: d.order)
    drafts = [d for d in drafts if d.entity.kind != "person" or d.entity.official]
    drafts = [d for d in drafts if d.entity.country or d.entity.organization]
    alive = list(drafts)

    def first_para(d: Draft) -> int:
        return d.items[0][1].paragraph

    for d in list(alive):
        e = d.entity
        target = None
        others = [o for o in alive if o is not d and o.entity.country == e.country and e.country]
        if e.kind == "country":
            persons = [o for o in others if o.entity.kind == "person"]
            target = (persons or [o for o in others if o.entity.kind == "institution"] or [None])[0]
        elif e.kind == "institution" and e.inst_kind == "government":
            # "Venezuela's government also offered congratulations. Foreign Minister X said ...": the
            # government speaks through its officials, as the country's name does
            target = next((o for o in others if o.entity.kind == "person" and o.entity.rank in GOVERNMENT_RANKS), None)
        elif e.kind == "organization":
            # "The IMF said ... Georgieva, its managing director, said": the organisation speaks through its head
            target = next(
                (o for o in alive if o is not d and o.entity.kind == "person" and o.entity.organization == e.organization
                 and not o.entity.country),
                None,
            )
        elif e.kind == "institution" and e.inst_kind == "office" and any(
            o.entity.kind == "person" and o.entity.rank == "head" for o in others
        ):
            target = next(o for o in others if o.entity.kind == "person" and o.entity.rank == "head")
        elif e.kind == "person" and e.rank == "spokesperson" and LEADER_SPOKESPERSON_RE.search(e.role or ""):
            heads = [o for o in others if o.entity.kind == "person" and o.entity.rank == "head"]
            target = heads[0] if heads else None
            if target is not None and e.name_words:
                # "The prime minister sent a letter.\n\nEarlier, press secretary Ana Ruiz told reporters the
                # attack was shocking": a named spokesperson's words in a paragraph of their own that never
                # name the leader are hers
                paragraphs = {s.paragraph for _, s, _, _ in target.items}
                if not any(s.paragraph in paragraphs or _names_leader(target.entity, s.text, m) for _, s, _, m in d.items):
                    target = None
        elif e.kind == "institution":
            word = (e.institution or "").split()[-1].lower() if e.institution else ""
            # (an embassy speaks for itself: a ministry's spokesperson in the capital nearby is not its voice)
            spokes = [
                o for o in others
                if o.entity.kind == "person" and o.entity.rank == "spokesperson"
                and (word and word in _known_role(o.entity) or (
                    # an embassy is not the foreign ministry: its own spokesperson only
                    e.inst_kind != "embassy" and abs(o.items[0][0] - d.items[0][0]) <= 2
                ))
            ]
            target = spokes[0] if spokes else None
            if target is None and e.inst_kind == "ministry" and e.institution in ("Ministry", "Department"):
                # "The Emergencies Ministry flew in rescuers. President X sent a telegram ...": a line ministry
                # (none of the table's foreign ministries) acts for the government whose leader or minister
                # reacts in the same paragraph
                paragraphs = {s.paragraph for _, s, _, _ in d.items}
                target = next(
                    (o for o in others if o.entity.kind == "person" and o.entity.rank in ("head", "minister")
                     and any(s.paragraph in paragraphs for _, s, _, _ in o.items) and _speaks_for_principal(d, o.entity)),
                    None,
                )
            if target is None and e.inst_kind == "ministry":
                # "Lammy spoke with Ruto. ..., a Foreign Office spokesperson said after the call": the
                # ministry reports its minister, whose words came in the sentence just before
                first, paragraph = d.items[0][0], d.items[0][1].paragraph
                target = next(
                    (o for o in others if o.entity.kind == "person" and o.entity.rank == "minister"
                     and any(0 <= first - i <= 1 and s.paragraph == paragraph for i, s, _, _ in o.items)
                     and _speaks_for_principal(d, o.entity)),
                    None,
                )
        if target is None and e.kind == "person" and e.rank == "spokesperson" and all(
            m is not None and m.inst_kind == "office" for _, _, _, m in d.items
        ):
            # "NSC spokesman X said the country stood ready to help, and President Y telephoned the chancellor": the
            # spokesperson of the leader's office, in the very sentence that tells the leader's own act, is his voice
            target = next(
                (o for o in others if o.entity.kind == "person" and o.entity.rank == "head"
                 and all(any(_one_sentence(item, other) for other in o.items) for item in d.items)),
                None,
            )
        if target is not None:
            merge(d, target)
            alive.remove(d)
    return alive


def _one_sentence(a: tuple, b: tuple) -> bool:
    """Whether two drafts' items are neighbouring clauses of one sentence (the first not closed by a full stop)."""
    (i, s, _, _), (j, t, _, _) = sorted((a, b), key=lambda item: item[0])
    return j - i == 1 and s.paragraph == t.paragraph and not s.text.rstrip().endswith((".", "!", "?", '"', "\u201d"))
