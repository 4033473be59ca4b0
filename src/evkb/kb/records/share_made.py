"""How a figure read as a share becomes its records: its confidence by how its holder was found
(named in its clause, resolved from "it", a group, a transcript's header, unknown), the
companies a group's apposition lists as its members, and the twin record of each name joined to
the holder ("X and Y each held 5.1 percent"). `shares.py` decides which figures are shares, whose
and of when; this module only writes them down.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, replace

from evkb.kb.records.context import SHARE_TALK, Sentence, number_id, slug
from evkb.kb.records.holders import in_aside
from evkb.kb.records.share_fallback import CONFIDENCE as FALLBACK_CONFIDENCE
from evkb.kb.records.share_fallback import RULE_HOW as FALLBACK
from evkb.kb.records.share_groups import CONFIDENCE as GENERAL_GROUP_CONFIDENCE
from evkb.kb.records.share_groups import GROUP_HOWS
from evkb.kb.records.share_groups import RULE_HOW as GENERAL_GROUP
from evkb.kb.records.share_subjects import joined_holders
from evkb.kb.records.share_words import bound_of
from evkb.model import Quantity, Share

# How sure a record is, by how its holder was found.
CONFIDENCE = {
    "named": 0.8,
    "resolved": 0.6,
    "group": 0.6,
    "header": 0.5,
    "unknown": 0.4,
    FALLBACK: FALLBACK_CONFIDENCE,  # the general path's (share_fallback.py)
    GENERAL_GROUP: GENERAL_GROUP_CONFIDENCE,  # a group the general path read (share_groups.py)
}


@dataclass(frozen=True)
class Holding:
    """Whose a figure is: the company's id (or ""), the label shown, and how it was found."""

    holder: str
    label: str
    how: str


@dataclass(frozen=True)
class Placing:
    """Of when and of what a figure is, and its rank (0: none stated)."""

    as_of: str
    scope: str
    metric: str
    rank: int


def share_records(
    source: str,
    sentence: Sentence,
    q: Quantity,
    holding: Holding,
    span: tuple[int, int],
    clause: str,
    placing: Placing,
    ident: str,
    seen: set[str],
    names: dict[str, str],
) -> Iterator[Share]:
    """The record of figure `q` (whose own words run over `span`, from the figure before it,
    in a `clause` of the sentence), and one for each holder joined to its own; `seen` takes
    the twins' ids."""
    text = sentence.text
    holder, label, how = holding.holder, holding.label, holding.how
    low, at = span
    confidence = CONFIDENCE[how]
    members = tuple(
        dict.fromkeys(
            m[0]
            for m in sentence.mentions
            if how in GROUP_HOWS and low <= m[1] < at and in_aside(text, m[1], at)
        )
    )
    if not SHARE_TALK.search(clause) and how == "named":
        confidence = 0.7
    share = Share(
        holder=holder,
        label=label,
        percent=q.value,
        bound=bound_of(q.qualifier),
        cite=sentence.cite(source),
        members=members,
        as_of=placing.as_of,
        scope=placing.scope,
        metric=placing.metric,
        rank=placing.rank,
        text=f"{q.qualifier} {q.text}"
        if q.qualifier and f"{q.qualifier} {q.text}" in text
        else q.text,
        id=ident,
        origin="extracted",
        confidence=confidence,
        rule=f"share: {how} holder",
    )
    yield share
    period = placing.as_of or "undated"
    for other in joined_holders(sentence, holder, at) if how == "named" else ():
        twin = f"{source}-share-{slug(other)}-{period}-{number_id(q.value)}"
        if twin not in seen:  # "X and Y each held 5.1 percent": Y's, and X's too
            seen.add(twin)
            yield replace(share, holder=other, label=names.get(other, other), id=twin)
