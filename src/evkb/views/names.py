"""Readable names for the ids a record carries: source titles, subjects of conflicts."""

from __future__ import annotations

import re

from evkb.model import KnowledgeBase


def source_title(kb: KnowledgeBase, source_id: str) -> str:
    """The source's title where known, else its id (an unknown id is shown as it is)."""
    try:
        source = kb.source(source_id)
    except KeyError:
        return source_id
    return source.title or source.id


def subject_name(kb: KnowledgeBase, subject: str) -> str:
    """A company's or battery's name for its id; anything else (a place) as written."""
    for lookup in (kb.company, kb.battery):
        try:
            return lookup(subject).name
        except KeyError:
            continue
    return subject


def named_label(kb: KnowledgeBase, kind: str, record_id: str, label: str) -> str:
    """A review label with the companies it names by id (an investment's parties, a
    generation's maker) shown by their names."""
    ids: tuple[str, ...] = ()
    if kind == "investment":
        found = next((i for i in kb.investments if i.id == record_id), None)
        ids = (*found.by, *found.to) if found else ()
    elif kind == "battery":
        battery = next((b for b in kb.batteries if b.id == record_id), None)
        ids = (battery.maker,) if battery and battery.maker else ()
    names = {company: subject_name(kb, company) for company in ids}
    if not names:
        return label
    either = "|".join(re.escape(c) for c in sorted(names, key=len, reverse=True))
    return re.sub(rf"(?<![\w-])(?:{either})(?![\w-])", lambda m: names[m.group(0)], label)


# What each conflict rule found, in words (the rule names are for scripts and the CLI's JSON).
CONFLICT_KINDS = {
    "cross-source": "sources disagree",
    "internal": "a source disagrees with itself",
    "heading-vs-body": "heading against body",
    "unit-slip": "miles and kilometres mixed up?",
    "direction": "word against figures",
    "unit-pair": "a conversion that does not convert",
    "fx-rate": "exchange rates disagree",
    "attribution": "one figure, two subjects?",
}


def conflict_kind(kind: str) -> str:
    """A conflict's kind in words; an unknown kind as it is written."""
    return CONFLICT_KINDS.get(kind, kind)
