"""Figures a sentence gives each of several products by naming the product right after the
figure: "28 minutes for the Long Range and 31 minutes for the Standard Range"."""

from __future__ import annotations

import re

from evkb.kb.records.battery_names import spelling_key
from evkb.kb.records.context import Sentence
from evkb.model import Battery, Fact

# A figure, its unit and a bracketed restatement, then "for"/"on"/"in" the product: "31 minutes
# for the Standard Range", "341 miles (549 km) for the Long Range".
_FOR = re.compile(
    r"[\d.,]+\s*[^\s\d(),;]*(?:\s+[a-z]+)?(?:\s*\([^)]{0,30}\))?\s+(?:for|on|with|in)\s+(?:the|its)\s+"
    r"(?P<name>[A-Z][\w-]*(?:\s+[A-Z0-9][\w-]*){0,2})"
)


def figures_for(
    sentence: Sentence, facts: list[tuple[int, Fact]], batteries: dict[str, Battery]
) -> dict[str, list[Fact]]:
    """Each product's figures where the sentence names two or more products after figures; an
    empty dict otherwise (one product's sentence is read as before)."""
    owners: dict[int, str] = {}
    for at, _ in facts:
        if at in owners:
            continue
        found = _FOR.match(sentence.text, at)
        if found:
            key = spelling_key(found.group("name"))
            same = [b.id for b in batteries.values() if key in map(spelling_key, b.names)]
            if len(same) == 1:
                owners[at] = same[0]
    if len(set(owners.values())) < 2:
        return {}
    out: dict[str, list[Fact]] = {}
    for at, fact in facts:
        if at in owners:
            out.setdefault(owners[at], []).append(fact)
    return out
