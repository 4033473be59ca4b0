"""A line's chemistry given with a generation's ordinal ("its second-generation sodium-ion cell,
Tormek 2"): the ordinal says the line's generations are of that chemistry, so an earlier
generation the article names ("the first Tormek") and states no chemistry of is of it too."""

from __future__ import annotations

import dataclasses
import re

from evkb.model import Battery

# "second-generation", "3rd generation": the ordinal a chemistry follows.
_ORDINAL = re.compile(r"\b(?i:second|third|fourth|fifth|sixth|\d(?:nd|rd|th))[- ]generation\s+$")
# A generation's mark at a name's end: "2", "3.0", "II".
_MARK = re.compile(r"[\s-]*(?:\d{1,2}(?:\.\d)?|II|III|IV|V|VI)$")


def _line(name: str) -> str:
    return _MARK.sub("", name).casefold()


def line_chemistry(batteries: dict[str, Battery]) -> None:
    """Gives a generation of a line with no chemistry of its own the chemistry a later
    generation of the same maker's line is said to be of with an ordinal, citing that."""
    ordinal = []
    for battery in batteries.values():
        for fact in battery.facts:
            if fact.attribute != "chemistry" or not fact.text:
                continue
            at = fact.cite.quote.find(fact.text)
            if at > 0 and _ORDINAL.search(fact.cite.quote, max(0, at - 25), at):
                ordinal.append((battery, fact))
                break
    for newer, fact in ordinal:
        line = _line(newer.name)
        for ident, older in list(batteries.items()):
            if (
                older is newer
                or older.maker != newer.maker
                or _line(older.name) != line
                or any(f.attribute == "chemistry" for f in older.facts)
            ):
                continue
            given = dataclasses.replace(fact, confidence=min(fact.confidence, 0.5))
            batteries[ident] = dataclasses.replace(older, facts=older.facts + (given,))
