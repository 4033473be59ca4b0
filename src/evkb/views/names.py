"""Readable names for the ids a record carries: source titles, subjects of conflicts."""

from __future__ import annotations

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
