"""A sum told twice, once in one money and once with its conversion: a title's "Acme to build
Rp 9 trillion complex" (or "US$830 million plant") and the lede's "Acme Velmar will invest
Rp 9 trillion (about US$570 million)" or "a project worth 21 trillion dong (about US$830
million)". Every sum of the shorter telling is one of the longer's: one record, the longer's,
with the other's details. The spender is the same company, or named the first time by the
short form of the name the other gives it ("Acme" for "Acme Velmar").
"""

from __future__ import annotations

from collections.abc import Sequence

from evkb.kb.records.investment_story import merged
from evkb.model import Investment


def _sums(record: Investment) -> set[tuple[float, str]]:
    return {(float(a.value), a.unit) for a in record.amounts}


def _same_spender(short: Investment, full: Investment) -> bool:
    """The same spender, or the first named by the short form of the other's name."""
    if not short.by or not full.by or short.to != full.to:
        return False
    mine, theirs = short.by[0], full.by[0]
    return mine == theirs or theirs.startswith(f"{mine}-")


def folded_conversions(records: Sequence[Investment]) -> list[Investment]:
    """The records with each sum told in fewer currencies merged into the record of the same
    kind and spender that tells all its sums and more (the conversion)."""
    out = list(records)
    dropped: set[int] = set()
    for n, record in enumerate(records):
        sums = _sums(record)
        if not sums:
            continue
        into = next(
            (
                m
                for m, other in enumerate(out)
                if m != n
                and m not in dropped
                and other.kind == record.kind
                and sums < _sums(other)
                and _same_spender(record, other)
            ),
            None,
        )
        if into is not None:
            out[into] = merged(out[into], record.facts, record.year)
            dropped.add(n)
    return [r for n, r in enumerate(out) if n not in dropped]
