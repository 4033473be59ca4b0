"""A grant or a loan told twice: once without its giver (a headline's "Lisburn approves €620
million in aid", a correction's "it is $12 million") and once naming who gives it ("The Federal
Ministry will contribute €620 million"). The same kind of aid, of the same sum, to the same
receiver is one record: the one that names the giver, with the other's details.

Two records that each name a giver stay two (two lenders may each lend the same sum), and so
do sums to two receivers.
"""

from __future__ import annotations

from collections.abc import Sequence

from evkb.kb.records.investment_story import merged
from evkb.model import Investment

_AID = frozenset(("loan", "subsidy"))


def _sums(record: Investment) -> set[tuple[object, str]]:
    return {(a.value, a.unit) for a in record.amounts}


def without_restated_aid(records: Sequence[Investment]) -> list[Investment]:
    """The records with each giverless grant or loan folded into the one of the same kind, sum
    and receiver that names its giver, where there is exactly one such."""
    named: dict[tuple[str, str, tuple[object, str]], list[int]] = {}
    for n, record in enumerate(records):
        if record.kind in _AID and record.by and record.to:
            for one in _sums(record):
                named.setdefault((record.kind, record.to[0], one), []).append(n)
    if not named:
        return list(records)
    out = list(records)
    dropped: set[int] = set()
    for n, record in enumerate(records):
        if record.kind not in _AID or record.by or not record.to or not record.amounts:
            continue
        found = {
            m for one in _sums(record) for m in named.get((record.kind, record.to[0], one), ())
        }
        if len(found) == 1:
            (twin,) = found
            out[twin] = merged(out[twin], record.facts, record.year)
            dropped.add(n)
    return [r for n, r in enumerate(out) if n not in dropped]
