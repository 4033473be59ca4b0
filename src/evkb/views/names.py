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
