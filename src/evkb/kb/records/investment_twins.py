"""A plant told twice: once by its output, staff or place alone ("Acme picks Tarnby for 12 GWh
plant"), once with the sum it costs ("Acme will invest $900 million in the 12 GWh plant in
Tarnby"). The record without money goes into the one with it; so does a plant told with no
detail in common with the one sum its builder spends, when none is at odds ("Acme confirmed
an investment of $2.4 billion." then "The plant will create 450 jobs.")."""

from __future__ import annotations

from collections.abc import Sequence

from evkb.kb.records.investment_story import merged
from evkb.model import Investment


def _values(record: Investment, attribute: str) -> set:
    return {f.value for f in record.facts if f.attribute == attribute}


def _same_plant(plant: Investment, priced: Investment) -> bool | None:
    """Whether the two tell one plant: a detail in common and none at odds (an expansion's
    output beside the running plant's is another record); None when one is at odds."""
    shared = False
    for attribute in ("capacity", "jobs"):
        mine, theirs = _values(plant, attribute), _values(priced, attribute)
        if mine and theirs:
            if not mine & theirs:
                return None
            shared = True
    if plant.year and priced.year and plant.year != priced.year:
        return None
    places = [str(p).casefold() for p in _values(plant, "place")]
    others = [str(p).casefold() for p in _values(priced, "place")]
    if places and others:
        if not any(a in b or b in a for a in places for b in others):
            return None
        shared = True
    return shared


_AID = frozenset(("loan", "subsidy"))


def _spends(record: Investment, builder: str) -> bool:
    return record.kind not in _AID and not record.to and record.by[:1] == (builder,)


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
        # the one sum the builder spends on a project of its own, not given to another
        own = [m for m in priced.get(record.by[0], ()) if _spends(out[m], record.by[0])]
        if twin is None and len(own) == 1 and _same_plant(record, out[own[0]]) is not None:
            twin = own[0]
        if twin is not None:
            out[twin] = merged(out[twin], record.facts, record.year)
            dropped.add(n)
    return [r for n, r in enumerate(out) if n not in dropped]
