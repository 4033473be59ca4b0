"""The general path for specs: a figure a sentence states right after a product's name, of a
kind the product has none of yet, is the product's.

The particular rules attach figures by the wording around them; where they left a sentence's
figure unattached, the sentence still writes it after one of the names the document gives a
product ("The QT-7 charges in 18 minutes"). Each name's figures run from the name to the next
product name of the sentence; a figure is added only when the product holds no figure of that
kind (a range in the same unit), so what a particular rule attached is never doubled or
contradicted. One pattern of every product's names is read over each sentence once. The
figures added carry the confidence of the general path."""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence

from evkb.kb.records.battery_specs import specs
from evkb.kb.records.battery_tables import table_cells
from evkb.kb.records.context import Sentence
from evkb.kb.records.periods import UNDATED, Dateline
from evkb.model import Battery, Fact

__all__ = ["named_specs"]

CONFIDENCE = 0.5
# Kinds of figure the general path adds; a product's maker and the like are not read here.
_KINDS = frozenset({"energy", "energy_density", "cycles", "charging", "range", "chemistry"})
# A name a figure is compared with: "up from 175 Wh/kg for the first QT, and charges in 12
# minutes": what follows it is still the other product's.
_COMPARED_WITH = re.compile(
    r"\b(?:for|than|against|over|versus|vs\.?)\s+(?:the\s+|its\s+)?"
    r"(?:first\s+|previous\s+|older\s+|original\s+|current\s+)?$"
)
# The shortest name looked for: a two-letter name is too often a word or an initialism.
_SHORTEST = 3


def _kind(fact: Fact) -> tuple[str, str]:
    return (fact.attribute, fact.unit if fact.attribute == "range" else "")


def named_specs(
    batteries: list[Battery],
    source: str,
    sentences: Sequence[Sentence],
    written: Dateline = UNDATED,
) -> list[Battery]:
    """`batteries` with the figures stated after their names that they lacked."""
    owners: dict[str, str] = {}  # a name -> the one product it names
    for battery in batteries:
        for name in battery.names:
            if len(name) >= _SHORTEST and any(c.isupper() or c.isdigit() for c in name):
                owners[name] = "" if owners.get(name, battery.id) != battery.id else battery.id
    owners = {n: i for n, i in owners.items() if i}
    if not owners:
        return batteries
    pattern = re.compile(
        r"(?<![\w-])(?:"
        + "|".join(re.escape(n) for n in sorted(owners, key=len, reverse=True))
        + r")(?![\w-])"
    )
    have = {b.id: {_kind(f) for f in b.facts} for b in batteries}
    added: dict[str, list[Fact]] = {}
    for sentence in sentences:
        if not sentence.quantities or table_cells(sentence.text):
            continue
        named = [
            (m.start(), owners[m.group()])
            for m in pattern.finditer(sentence.text)
            if not _COMPARED_WITH.search(sentence.text, max(0, m.start() - 40), m.start())
        ]
        if not named:
            continue
        facts = [(at, f) for at, f in specs(sentence, source, "", written) if f.attribute in _KINDS]
        for n, (at, ident) in enumerate(named):
            upto = named[n + 1][0] if n + 1 < len(named) else len(sentence.text)
            for place, fact in facts:
                kind = _kind(fact)
                if at <= place < upto and kind not in have[ident]:
                    have[ident].add(kind)
                    added.setdefault(ident, []).append(
                        dataclasses.replace(fact, confidence=min(fact.confidence, CONFIDENCE))
                    )
    return [
        dataclasses.replace(b, facts=b.facts + tuple(added[b.id])) if b.id in added else b
        for b in batteries
    ]
