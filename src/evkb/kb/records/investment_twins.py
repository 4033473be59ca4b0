"""A plant told twice: once by its output, staff or place alone ("Acme picks Tarnby for 12 GWh
plant"), once with the sum it costs ("Acme will invest $900 million in the 12 GWh plant in
Tarnby"). The record without money goes into the one with it."""

from __future__ import annotations

from collections.abc import Sequence

from evkb.kb.records.investment_story import merged
from evkb.model import Investment


def _values(record: Investment, attribute: str) -> set:
    return {f.value for f in record.facts if f.attribute == attribute}


def _same_plant(plant: Investment, priced: Investment) -> bool:
    """Whether the two tell one plant: a detail in common and none at odds (an expansion's
    output beside the running plant's is another record)."""
    shared = False
    for attribute in ("capacity", "jobs"):
        mine, theirs = _values(plant, attribute), _values(priced, attribute)
        if mine and theirs:
            if not mine & theirs:
                return False
            shared = True
    if plant.year and priced.year and plant.year != priced.year:
        return False
    places = [str(p).casefold() for p in _values(plant, "place")]
    others = [str(p).casefold() for p in _values(priced, "place")]
    if places and others:
        if not any(a in b or b in a for a in places for b in others):
            return False
        shared = True
    return shared


def folded_twins(records: Sequence[Investment]) -> list[Investment]:
    """The records with each moneyless plant merged into the priced record of its builder that
    tells the same plant, if there is one."""
    priced: dict[str, list[int]] = {}
    for n, record in enumerate(records):
        if record.amounts:
            for party in {*record.by, *record.to}:
                priced.setdefault(party, []).append(n)
    out = list(records)
    dropped: set[int] = set()
    for n, record in enumerate(records):
        if record.amounts or record.kind != "plant" or not record.by:
            continue
        twin = next((m for m in priced.get(record.by[0], ()) if _same_plant(record, out[m])), None)
        if twin is not None:
            out[twin] = merged(out[twin], record.facts, record.year)
            dropped.add(n)
    return [r for n, r in enumerate(out) if n not in dropped]
