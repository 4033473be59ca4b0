"""Where a grant, a loan or a company's own spending goes: the place of the project they fund.

"Acme will build its cell plant in Tarnby" and, paragraphs on, "the state development bank
has approved a loan of $300 million to Acme": the loan is for the plant in Tarnby though its
sentence names no place. A sum of aid or credit with no place of its own takes the place of
its receiver's other records, when they name one place only (a receiver with two sites leaves
the sum unplaced). The other way round, "Acme will invest $900 million in the plant" with
the plant placed only where its grant or loan is told: the spending of a company that receives
aid is where that aid goes, when the aid names one place only.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from evkb.model import Fact, Investment

AID = frozenset(("loan", "subsidy"))
SPENDING = frozenset(("investment", "spending"))


def _places(record: Investment) -> list[Fact]:
    return [f for f in record.facts if f.attribute == "place"]


def _one_place(records: Sequence[Investment]) -> Fact | None:
    """The place the records name, when they name one place only."""
    facts = [f for r in records for f in _places(r)]
    if facts and len({str(f.value).casefold() for f in facts}) == 1:
        return facts[0]
    return None


def placed_aid(records: Sequence[Investment]) -> list[Investment]:
    """The records, each unplaced loan or subsidy given the one place its receiver's records
    name (its giver's, when the sentence left the receiver unknown), and each unplaced sum a
    company spends itself the one place of the aid it receives."""
    out = list(records)
    for n, record in enumerate(records):
        if _places(record):
            continue
        place = None
        if record.kind in AID:
            for side in (record.to, record.by):
                others = [r for m, r in enumerate(records) if m != n and set(side) & {*r.by, *r.to}]
                if side and any(_places(r) for r in others):
                    place = _one_place(others)
                    break
        elif record.kind in SPENDING and record.by and not record.to:
            spender = record.by[0]
            place = _one_place([r for r in records if r.kind in AID and spender in (*r.to, *r.by)])
        if place is not None:
            out[n] = replace(record, facts=(*record.facts, place))
    return out
