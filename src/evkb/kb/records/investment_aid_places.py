"""Where a grant or a loan goes: aid for a company's project is where that project is.

"Acme will build its cell plant in Tarnby" and, paragraphs on, "the state development bank
has approved a loan of $300 million to Acme": the loan is for the plant in Tarnby though its
sentence names no place. A sum of aid or credit with no place of its own takes the place of
its receiver's other records, when they name one place only (a receiver with two sites leaves
the sum unplaced).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from evkb.model import Investment

AID = frozenset(("loan", "subsidy"))


def _places(record: Investment) -> list:
    return [f for f in record.facts if f.attribute == "place"]


def placed_aid(records: Sequence[Investment]) -> list[Investment]:
    """The records, each unplaced loan or subsidy given the one place its receiver's records
    name (its giver's, when the sentence left the receiver unknown)."""
    out = list(records)
    for n, record in enumerate(records):
        if record.kind not in AID or _places(record):
            continue
        for side in (record.to, record.by):
            if not side:
                continue
            facts = [
                f
                for m, other in enumerate(records)
                if m != n and set(side) & {*other.by, *other.to}
                for f in _places(other)
            ]
            if facts:
                if len({str(f.value).casefold() for f in facts}) == 1:
                    out[n] = replace(record, facts=(*record.facts, facts[0]))
                break
    return out
