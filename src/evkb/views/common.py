"""What every view shares: a statement with its quotes, names for ids, one figure formatter."""

from __future__ import annotations

from dataclasses import dataclass

from evkb.kb.units import format_value
from evkb.model import Citation, Claim, Fact, KnowledgeBase

CURATED = "curated"


@dataclass(frozen=True, slots=True)
class Statement:
    """One thing the knowledge base says, in words, with every quote that says it.

    `origin` is "curated" or "extracted" (shown as a mark); `tone` is "" or "warning";
    `record` is the id `evkb review` names, on what extraction proposed.
    """

    text: str
    cites: tuple[Citation, ...] = ()
    origin: str = CURATED
    tone: str = ""
    record: str = ""

    @property
    def cite(self) -> Citation | None:
        return self.cites[0] if self.cites else None

    @property
    def sources(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(c.source for c in self.cites))


def origin_of(record: object) -> str:
    """Where a record comes from: people ("curated") or extraction ("extracted")."""
    return getattr(record, "origin", CURATED) or CURATED


def review_id(record: object) -> str:
    """The id review names a record by: its id when extraction proposed it, else ""."""
    return getattr(record, "id", "") if origin_of(record) == "extracted" else ""


def company_names(kb: KnowledgeBase) -> dict[str, str]:
    return {c.id: c.name for c in kb.companies}


def name_list(names: list[str]) -> str:
    """ "A", "A and B", "A, B and C"."""
    if len(names) < 2:
        return "".join(names)
    return ", ".join(names[:-1]) + " and " + names[-1]


def fact_value(fact: Fact, system: str | None = None) -> str:
    """A fact's value through the project's one figure formatter."""
    if isinstance(fact.value, str):
        return fact.value
    return format_value(
        fact.value, fact.unit, qualifier=fact.qualifier, value_to=fact.value_to, system=system
    )


def claim_citation(claim: Claim) -> Citation:
    return Citation(claim.source, claim.text, claim.passage, claim.start, claim.end)
