"""Battery specs side by side: rows are attributes, columns are generations.

Each cell keeps the facts it shows (so every value can be traced to its quote), marks the best
value of its row, shows unknown as unknown, and marks a cell whose sources disagree.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Sequence
from dataclasses import dataclass

from evkb.kb.extract import extract_quantities
from evkb.kb.units import convert, format_value, unit_kind
from evkb.model import BATTERY_ATTRIBUTES, Battery, Fact, KnowledgeBase, Quantity
from evkb.views.battery import maker_name

LABELS = {
    "maker": "Maker",
    "chemistry": "Chemistry",
    "type": "Type",
    "launch": "Launch",
    "range": "Range",
    "range_gain": "Range gain",
    "charging": "Charging time",
    "cost_change": "Cost change",
    "production": "Production",
    "energy_density": "Energy density",
    "energy": "Pack energy",
    "cycles": "Cycle life",
    "plants": "Plants",
    "used_in": "Used in",
}
# Which end of a row is better; rows not listed have no "best".
BETTER = {
    "range": max,
    "range_gain": max,
    "charging": min,
    "cost_change": min,  # a bigger cut is better
    "launch": min,  # sooner
    "production": max,
    "energy_density": max,
    "cycles": max,
}
UNKNOWN = "unknown"
CONFLICT_MARK = "≠"
APPROX = "≈"  # a distance converted here, not written so in any document
BEST_MARK = "★"
SYSTEMS = ("metric", "imperial")
# Two figures closer than this are the same statement written twice (rounding, conversion).
SAME = 0.02


@dataclass(frozen=True, slots=True)
class Cell:
    facts: tuple[Fact, ...]
    text: str
    best: bool = False
    conflict: bool = False

    @property
    def unknown(self) -> bool:
        """Nothing known. A maker the record names without a sentence of its own is known."""
        return not self.facts and self.text == UNKNOWN


@dataclass(frozen=True, slots=True)
class Row:
    attribute: str
    label: str
    cells: tuple[Cell, ...]

    @property
    def differs(self) -> bool:
        known = {c.text for c in self.cells if not c.unknown}
        return len(known) > 1


@dataclass(frozen=True, slots=True)
class Comparison:
    batteries: tuple[Battery, ...]
    rows: tuple[Row, ...]
    system: str


def _canonical(fact: Fact, system: str) -> float | None:
    """The fact's number in the unit the comparison shows (distances in km or mi)."""
    if not isinstance(fact.value, (int, float)):
        return None
    if unit_kind(fact.unit) == "distance":
        return convert(float(fact.value), fact.unit, "km" if system == "metric" else "mi")
    return float(fact.value)


def _stated_as(fact: Fact, unit: str) -> Quantity | None:
    """The fact's figure as its text writes it in `unit` ("620 miles (1,000 km)" -> 1,000 km)."""
    for text in (fact.text, fact.cite.quote):
        quantities = extract_quantities(text)
        for q in quantities:
            if (
                q.unit == fact.unit
                and q.value == fact.value
                and 0 <= q.equivalent < len(quantities)
            ):
                other = quantities[q.equivalent]
                if other.unit == unit:
                    return other
    return None


def _fact_text(fact: Fact, kb: KnowledgeBase, system: str) -> str:
    if isinstance(fact.value, str):
        return format_value(fact.value, "", qualifier=fact.qualifier)
    if unit_kind(fact.unit) == "distance":
        wanted = "km" if system == "metric" else "mi"
        if wanted != fact.unit:
            stated = _stated_as(fact, wanted)
            if stated is not None:
                return format_value(
                    stated.value, stated.unit, qualifier=fact.qualifier, value_to=stated.value_to
                )
            # No document writes this figure in the wanted unit: say it is a conversion.
            converted = format_value(fact.value, fact.unit, value_to=fact.value_to, system=system)
            return f"{fact.qualifier} {APPROX}{converted}".lstrip()
    return format_value(
        fact.value, fact.unit, qualifier=fact.qualifier, value_to=fact.value_to, system=system
    )


def _distinct(values: list[float]) -> list[float]:
    """Values that differ from each other by more than rounding."""
    kept: list[float] = []
    for v in values:
        if all(abs(v - k) > SAME * max(abs(v), abs(k), 1e-9) for k in kept):
            kept.append(v)
    return kept


def _cell(facts: tuple[Fact, ...], kb: KnowledgeBase, system: str) -> Cell:
    if not facts:
        return Cell((), UNKNOWN)
    texts: list[str] = []
    for fact in facts:
        text = _fact_text(fact, kb, system)
        if text not in texts:
            texts.append(text)
    numbers = [n for f in facts if (n := _canonical(f, system)) is not None]
    if numbers:
        conflict = len(_distinct(numbers)) > 1
    else:
        conflict = len({t.casefold() for t in texts}) > 1 and facts[0].attribute != "used_in"
    text = " / ".join(texts)
    return Cell(facts, text, conflict=conflict)


def compare_batteries(
    kb: KnowledgeBase, ids: Sequence[str] | None = None, system: str = "metric"
) -> Comparison:
    """Align the chosen generations (all of them by default). Raises KeyError on an unknown id."""
    if system not in SYSTEMS:
        raise ValueError(f"unknown unit system {system!r}; use metric or imperial")
    batteries = tuple(kb.battery(i) for i in ids) if ids else tuple(kb.batteries)
    rows = []
    for attribute in BATTERY_ATTRIBUTES:
        per_battery = [b.values(attribute) for b in batteries]
        makers = [maker_name(kb, b) for b in batteries] if attribute == "maker" else []
        if not any(per_battery) and not any(makers):
            continue
        cells = [_cell(facts, kb, system) for facts in per_battery]
        if attribute == "maker":
            # An article may call the maker by a nickname; the row names the company, and the
            # quotes stay so the name can still be traced to where the maker is stated. A
            # maker known without a sentence of its own (the battery card's "by X") is named too.
            cells = [
                Cell(c.facts, name or c.text) if c.facts or name else c
                for name, c in zip(makers, cells)
            ]
        pick = BETTER.get(attribute)
        if pick:
            scores = {}
            for i, cell in enumerate(cells):
                numbers = [n for f in cell.facts if (n := _canonical(f, system)) is not None]
                if numbers and not cell.conflict:
                    scores[i] = numbers[0]
            if len(set(scores.values())) > 1:
                best = pick(scores.values())
                cells = [
                    Cell(c.facts, c.text, best=scores.get(i) == best, conflict=c.conflict)
                    for i, c in enumerate(cells)
                ]
        rows.append(Row(attribute, LABELS.get(attribute, attribute), tuple(cells)))
    return Comparison(batteries, tuple(rows), system)


def cell_label(cell: Cell) -> str:
    """The cell as plain text with its markers, for tables, Markdown and CSV."""
    marks = (f" {BEST_MARK}" if cell.best else "") + (f" {CONFLICT_MARK}" if cell.conflict else "")
    return cell.text + marks


def column_title(battery: Battery) -> str:
    """A generation's column: its name, and the other names sources give it."""
    if not battery.aliases:
        return battery.name
    return f"{battery.name} (also {', '.join(battery.aliases)})"


def to_rows(cmp: Comparison) -> list[list[str]]:
    header = ["attribute", *(column_title(b) for b in cmp.batteries)]
    return [header, *([row.label, *(cell_label(c) for c in row.cells)] for row in cmp.rows)]


def _citations(cmp: Comparison) -> list[str]:
    lines = []
    seen = set()
    for row in cmp.rows:
        for battery, cell in zip(cmp.batteries, row.cells):
            for fact in cell.facts:
                key = (battery.id, row.attribute, fact.cite.source, fact.cite.quote)
                if key in seen:
                    continue
                seen.add(key)
                lines.append(
                    f"{battery.name}, {row.label}: {fact.cite.source} ({fact.cite.passage}): "
                    f"\u201c{fact.cite.quote}\u201d"
                )
    return lines


def _md_cell(text: str) -> str:
    return text.replace("\\", "\\\\").replace("|", "\\|").replace("\n", " ")


def to_markdown(cmp: Comparison) -> str:
    rows = to_rows(cmp)
    out = ["| " + " | ".join(_md_cell(c) for c in rows[0]) + " |"]
    out.append("|" + "---|" * len(rows[0]))
    out += ["| " + " | ".join(_md_cell(c) for c in row) + " |" for row in rows[1:]]
    out += [
        "",
        f"{BEST_MARK} best in row, {CONFLICT_MARK} sources disagree, "
        f"{APPROX} converted (not written so in the source).",
        "",
        "Sources:",
        "",
    ]
    out += [f"- {_md_cell(line)}" for line in _citations(cmp)]
    return "\n".join(out) + "\n"


def to_csv(cmp: Comparison) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerows(to_rows(cmp))
    return buffer.getvalue()


def to_json(cmp: Comparison) -> dict:
    return {
        "system": cmp.system,
        "batteries": [
            {"id": b.id, "name": b.name, "aliases": list(b.aliases), "maker": b.maker}
            for b in cmp.batteries
        ],
        "rows": [
            {
                "attribute": row.attribute,
                "label": row.label,
                "cells": {
                    battery.id: {
                        "text": cell.text,
                        "best": cell.best,
                        "conflict": cell.conflict,
                        "unknown": cell.unknown,
                        "facts": [
                            {
                                "value": f.value,
                                "unit": f.unit,
                                "qualifier": f.qualifier,
                                "value_to": f.value_to,
                                "text": f.text,
                                "source": f.cite.source,
                                "passage": f.cite.passage,
                                "quote": f.cite.quote,
                            }
                            for f in cell.facts
                        ],
                    }
                    for battery, cell in zip(cmp.batteries, row.cells)
                },
            }
            for row in cmp.rows
        ],
    }
