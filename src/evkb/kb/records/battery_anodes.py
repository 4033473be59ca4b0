"""Whether a metal named before "anode" is a product's chemistry: "a solid-state cell with a
lithium-metal anode" names a part of a solid-state cell, so where a product is said to be
solid-state, the anode's metal is no chemistry of its own; a product said to be of no other
chemistry ("uses a lithium-metal anode") keeps it as its chemistry."""

from __future__ import annotations

import dataclasses
import re

from evkb.model import Battery, Fact

_ANODE_AFTER = re.compile(r"[\s-]+anodes?\b", re.I)


def _of_anode(fact: Fact) -> bool:
    """Whether a chemistry fact was read from a metal named right before "anode"."""
    quote, text = fact.cite.quote, fact.text
    at = quote.find(text) if text else -1
    return at >= 0 and _ANODE_AFTER.match(quote, at + len(text)) is not None


def anode_chemistry(batteries: dict[str, Battery]) -> None:
    """Drops from each solid-state product the chemistry its anode's metal was read as."""
    for ident, battery in list(batteries.items()):
        chemistries = [f for f in battery.facts if f.attribute == "chemistry"]
        if not any("solid" in str(f.value).lower() for f in chemistries):
            continue
        kept = tuple(
            f
            for f in battery.facts
            if not (
                f.attribute == "chemistry" and "solid" not in str(f.value).lower() and _of_anode(f)
            )
        )
        if len(kept) != len(battery.facts):
            batteries[ident] = dataclasses.replace(battery, facts=kept)
