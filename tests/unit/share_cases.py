"""What the share stage reads from a small article, for the tests of its rules."""

from __future__ import annotations

from evkb.kb.extract import split_passages
from evkb.kb.records import Lexicon, extract_records


def dated_shares(text: str) -> list[tuple[str, float, str]]:
    """(holder's name or label, percent, period) of every share the text gives, sorted; no
    curated companies known."""
    extracted = extract_records("doc", split_passages("doc", text), Lexicon([]))
    names = {c.id: c.name for c in extracted.companies}
    return sorted((names.get(s.holder, s.label), s.percent, s.as_of) for s in extracted.shares)


def held_shares(text: str) -> list[tuple[str, float]]:
    """(holder's name or label, percent) of every share the text gives, sorted."""
    return [(name, percent) for name, percent, _ in dated_shares(text)]
