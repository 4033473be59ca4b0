"""A product's version named by a trim written before the product's name ("the standard-range
Tern is a 64-kilowatt-hour pack"): a battery of its own, the same maker's, not the product."""

from __future__ import annotations

import re

from evkb.model import Battery

_TRIM_BEFORE = re.compile(
    r"\b(?P<trim>(?:standard|long|extended|mid|max(?:imum)?)[\s-]range)\s+(?=[A-Z])", re.I
)


def trim_version(text: str, battery: Battery) -> Battery | None:
    """The version of `battery` the text names by a trim before one of its names, as a new
    battery ("Tern Standard Range", also called "standard-range Tern"), else None."""
    for found in _TRIM_BEFORE.finditer(text):
        after = text[found.end() :]
        name = next((n for n in battery.names if re.match(rf"{re.escape(n)}\b", after)), "")
        if not name:
            continue
        trim = " ".join(w.capitalize() for w in re.split(r"[\s-]", found.group("trim")))
        written = f"{found.group('trim')} {name}"
        return Battery(
            id=f"{battery.id}-{trim.lower().replace(' ', '-')}",
            name=f"{battery.name} {trim}",
            maker=battery.maker,
            aliases=(written,),
            facts=tuple(f for f in battery.facts if f.attribute == "maker"),
            origin=battery.origin,
            confidence=battery.confidence,
            rule=battery.rule,
        )
    return None
