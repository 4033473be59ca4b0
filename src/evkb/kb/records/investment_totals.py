"""A total of support told before its parts: "Acme has secured $600 million in government-backed
debt" and then "X will lend $400 million" and "Y a further $200 million"; "supporting the
project with a total of EUR 230 million; of this, X is contributing 160 million euros and the
state 70 million euros". The parts are the records, each with its giver; the total is no sum of
its own.
"""

from __future__ import annotations

from collections.abc import Sequence

from evkb.model import Investment

# How many records after a total its parts may run over, and how near their sum must come
# ("more than $1.7 billion" told as $1.5 billion, $180 million and $12 million).
_PARTS_WITHIN = 8
_NEAR = 0.02


def without_totals(records: Sequence[Investment]) -> list[Investment]:
    """The records less each total of support whose parts, each from a named giver other than
    its receiver, follow it in a run whose sums (in the total's currency) add up to it
    ("Acme to invest 1.2 trillion won" then Acme's 700 and 500 billion won: two plants of
    a sum Acme spends, kept)."""
    totals = {n for n, record in enumerate(records) if _is_total(n, records)}
    return [record for n, record in enumerate(records) if n not in totals]


def _received(record: Investment) -> bool:
    """Support received: aid or a loan, or a sum the receiver got from no one named."""
    return bool(record.amounts) and (
        record.kind in ("subsidy", "loan")
        or (record.kind == "investment" and not record.by and bool(record.to))
    )


def _is_total(n: int, records: Sequence[Investment]) -> bool:
    total = records[n]
    if not _received(total):
        return False
    value, unit = float(total.amounts[0].value), total.amounts[0].unit
    for first in range(n + 1, min(len(records), n + 1 + _PARTS_WITHIN)):
        run = 0.0
        for part in records[first : n + 1 + _PARTS_WITHIN]:
            if (
                not (part.by and part.amounts)
                or part.amounts[0].unit != unit
                or part.by[0] in total.to  # the receiver's own spending is no part of its support
            ):
                break
            run += sum(float(a.value) for a in part.amounts if a.unit == unit)
            if part is not records[first] and abs(run - value) <= _NEAR * value:
                return True
            if run > value * (1 + _NEAR):
                break
    return False
