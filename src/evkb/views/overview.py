"""What a knowledge base holds at a glance: counts, and its companies by kind or by mentions."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from itertools import chain

from evkb.model import Company, KnowledgeBase, column
from evkb.views.common import origin_of


@dataclass(frozen=True, slots=True)
class CompanyRow:
    """A company as a list shows it: name, kind, how many claims mention it, where it is named."""

    id: str
    name: str
    kind: str
    mentions: int
    source: str  # the source that names it first ("" when none does)
    origin: str = "curated"


@dataclass(frozen=True, slots=True)
class Overview:
    counts: tuple[tuple[str, int], ...]  # ("sources", 3), ("companies", 21) ...
    kinds: tuple[tuple[str, int], ...]  # companies by kind, most first
    most_mentioned: tuple[CompanyRow, ...]


def mention_counts(kb: KnowledgeBase) -> Counter[str]:
    """How many claims name each company (one pass over the claims), or how many sentences its
    record cites where that is more: claims know the curated names only, so a company the
    build found in a user's articles is counted by the sentences naming it. Most claims name
    none and most of the rest one: only a claim naming several needs its names made unique."""
    entities = column(kb.claims, "entities")
    counts = Counter(chain.from_iterable(set(e) if len(e) > 1 else e for e in entities if e))
    for ident, cites in zip(column(kb.companies, "id"), column(kb.companies, "cites")):
        if len(cites) > counts[ident]:
            counts[ident] = len(cites)
    return counts


def company_row(company: Company, mentions: int) -> CompanyRow:
    source = company.cites[0].source if company.cites else ""
    return CompanyRow(company.id, company.name, company.kind, mentions, source, origin_of(company))


def company_rows(kb: KnowledgeBase, order: str = "name") -> list[CompanyRow]:
    """Every company, by name, by kind (then name) or by mentions (most first, then name)."""
    counts = mention_counts(kb)
    rows = [company_row(c, counts[c.id]) for c in kb.companies]
    if order == "mentions":
        return sorted(rows, key=lambda r: (-r.mentions, r.name.casefold()))
    if order == "kind":
        return sorted(rows, key=lambda r: (r.kind, r.name.casefold()))
    return sorted(rows, key=lambda r: r.name.casefold())


def awaiting_review(kb: KnowledgeBase) -> int:
    """Extracted records not yet accepted or rejected (0 until extraction proposes any). Read
    from the `origin` column: the first screen shows it, and making every record of a big
    knowledge base to read one field costs a second."""
    tables = (kb.companies, kb.batteries, kb.shares, kb.investments)
    return sum(1 for table in tables for origin in column(table, "origin") if origin == "extracted")


def overview(kb: KnowledgeBase, top: int = 8) -> Overview:
    counts = (
        ("sources", len(kb.sources)),
        ("passages", len(kb.passages)),
        ("companies", len(kb.companies)),
        ("battery generations", len(kb.batteries)),
        ("market-share figures", len(kb.shares)),
        ("investments", len(kb.investments)),
        ("conflicts", len(kb.conflicts)),
        ("extracted records awaiting review", awaiting_review(kb)),
    )
    kinds = Counter(column(kb.companies, "kind")).most_common()
    # company_rows(kb, "mentions")[:top], making only the `top` companies shown: a company of
    # a big collection cites thousands of sentences.
    mentions = mention_counts(kb)
    ids, names = column(kb.companies, "id"), column(kb.companies, "name")
    first = sorted(range(len(ids)), key=lambda i: (-mentions[ids[i]], names[i].casefold()))[:top]
    rows = [company_row(kb.companies[i], mentions[ids[i]]) for i in first]
    return Overview(counts, tuple(kinds), tuple(r for r in rows if r.mentions))
