"""A sentence whose one new name is the older generation the product in view is compared with
("reaches 165 Wh/kg, up from 140 Wh/kg for the first-generation Tarnby 1", "295 Wh/kg, against
268 Wh/kg for the Tarnby 2 it replaces"): the sentence is still about the product in view,
which keeps its figures and stays in view; the older one takes only the figures the comparison
gives it (`battery_figures.older_generation`)."""

from __future__ import annotations

import re

from evkb.kb.records.battery_figures import _OLDER_NAMED, same_line
from evkb.kb.records.context import Sentence
from evkb.model import Battery

_FIGURE_COMPARED = re.compile(r"(?:up|down)\s+from\s|against\s")


def compared_only(
    named: list[tuple[str, int, int, str]],
    sentence: Sentence,
    batteries: dict[str, Battery],
    active: str | None,
) -> bool:
    """Whether every product the sentence names is an older generation of the product in view
    named after a comparison's words ("up from ... for", "against ... for", "replaces")."""
    if active is None or not named or active not in batteries:
        return False
    current = batteries[active].name
    # Only a figure's comparison: "succeeds the Tarnby 1, launched in 2023, which stores 64 kWh"
    # is about the older one, named with its own figures.
    compared = {
        m.start("name"): m.group("name").rstrip(".")
        for m in _OLDER_NAMED.finditer(sentence.text)
        if _FIGURE_COMPARED.match(m.group())
    }
    return all(
        at in compared and same_line(compared[at], current) and name.startswith(compared[at])
        for name, at, _, _ in named
    )
