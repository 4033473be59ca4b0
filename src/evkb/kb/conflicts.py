"""Statements that cannot all be right: found by general rules, never silently resolved.

- the same attribute of the same battery with different values (across sources or within one);
- one number written in miles in one statement and in kilometres in another, for the same
  maker's batteries (the "600 miles" against "600 km" kind of slip);
- a direction word against its numbers ("fell from 0.7% to 1.6%");
- a stated conversion that does not convert ("600 miles (600 km)");
- the exchange rates implied by money written in two currencies, where they differ;
- one figure given to two different subjects by the same source.
"""

from __future__ import annotations

import re
from collections import defaultdict
from itertools import combinations

from evkb.kb.extract import extract_quantities
from evkb.kb.units import convert, format_value, unit_kind
from evkb.model import Claim, Conflict, ConflictSide, Fact, Figure, KnowledgeBase

# Values closer than this are the same figure rounded or converted differently.
TOLERANCE = 0.02
# Implied exchange rates that differ by more than this are reported.
FX_SPREAD = 0.03

_RISE = r"rose|risen|rising|increased|increasing|grew|grown|growing|climbed|jumped|surged|went up|up"
_FALL = r"fell|fallen|falling|dropped|dropping|declined|declining|decreased|decreasing|shrank|slid|went down|down"
_DIRECTION = re.compile(rf"\b(?:(?P<rise>{_RISE})|(?P<fall>{_FALL}))\s+from\b", re.IGNORECASE)


def _side(value: str, origin: Fact | Figure | Claim) -> ConflictSide:
    if isinstance(origin, Claim):
        return ConflictSide(value, origin.source, origin.passage, origin.text)
    cite = origin.cite
    return ConflictSide(value, cite.source, cite.passage, cite.quote)


def _fact_label(fact: Fact) -> str:
    if fact.text:
        return fact.text
    if isinstance(fact.value, str):
        return fact.value
    return format_value(fact.value, fact.unit, qualifier=fact.qualifier, value_to=fact.value_to)


def _interval(fact: Fact) -> tuple[float, float] | None:
    """The fact's value as a closed interval in its kind's canonical unit."""
    if not isinstance(fact.value, (int, float)):
        return None
    low = float(fact.value)
    high = float(fact.value_to) if fact.value_to is not None else low
    if unit_kind(fact.unit) == "distance":
        low, high = convert(low, fact.unit, "km"), convert(high, fact.unit, "km")
    return min(low, high), max(low, high)


def _overlap(a: tuple[float, float], b: tuple[float, float]) -> bool:
    slack = TOLERANCE * max(abs(a[1]), abs(b[1]), 1e-9)
    return a[0] <= b[1] + slack and b[0] <= a[1] + slack


def _fact_conflicts(kb: KnowledgeBase) -> list[tuple[str, str, str, str, list[ConflictSide]]]:
    found = []
    for battery in kb.batteries:
        by_attribute: dict[str, list[Fact]] = defaultdict(list)
        for fact in battery.facts:
            by_attribute[fact.attribute].append(fact)
        for attribute, facts in by_attribute.items():
            numeric = [(f, iv) for f in facts if (iv := _interval(f)) is not None]
            groups: list[list[tuple[Fact, tuple[float, float]]]] = []
            for fact, iv in numeric:
                for group in groups:
                    if all(_overlap(iv, other) for _, other in group):
                        group.append((fact, iv))
                        break
                else:
                    groups.append([(fact, iv)])
            if len(groups) < 2:
                continue
            sides = [_side(_fact_label(f), f) for group in groups for f, _ in group]
            sources = {s.source for s in sides}
            kind = "cross-source" if len(sources) > 1 else "internal"
            values = " vs ".join(_fact_label(group[0][0]) for group in groups)
            message = f"{battery.name}: {attribute.replace('_', ' ')} stated as {values}"
            found.append((kind, battery.id, attribute, message, sides))
    return found


def _unit_confusions(kb: KnowledgeBase) -> list[tuple[str, str, str, str, list[ConflictSide]]]:
    """A number written as miles in one statement and as kilometres in another."""
    found = []
    stated: list[tuple[str, Fact, dict[float, str]]] = []  # maker, fact, number -> unit
    for battery in kb.batteries:
        for fact in battery.facts:
            if unit_kind(fact.unit) != "distance":
                continue
            numbers = {
                q.value: q.unit
                for q in extract_quantities(fact.cite.quote)
                if unit_kind(q.unit) == "distance"
            }
            stated.append((battery.maker, fact, numbers))
    seen = set()
    for (maker_a, a, nums_a), (maker_b, b, nums_b) in combinations(stated, 2):
        if maker_a != maker_b or a.cite.source == b.cite.source:
            continue
        for number, unit in nums_a.items():
            other = nums_b.get(number)
            if other is None or other == unit:
                continue
            key = tuple(sorted([(a.cite.source, a.cite.quote), (b.cite.source, b.cite.quote)]))
            if key in seen:
                continue
            seen.add(key)
            shown = format_value(number, "count")
            message = (
                f"{shown} is {unit} in one statement and {other} in another: "
                f"{_fact_label(a)} against {_fact_label(b)}"
            )
            found.append(
                ("unit-confusion", maker_a, "range", message, [_side(_fact_label(a), a), _side(_fact_label(b), b)])
            )
    return found


def _claim_conflicts(kb: KnowledgeBase) -> list[tuple[str, str, str, str, list[ConflictSide]]]:
    found = []
    rates = []  # (rate, claim, text)
    for claim in kb.claims:
        quantities = claim.quantities
        # Direction words against the numbers they introduce.
        for match in _DIRECTION.finditer(claim.text):
            after = claim.start + match.end()
            following = [q for q in quantities if q.start >= after]
            if len(following) < 2 or following[0].unit != following[1].unit:
                continue
            first, second = following[0].value, following[1].value
            rising = match.group("rise") is not None
            if (rising and second < first) or (not rising and second > first):
                word = match.group("rise") or match.group("fall")
                text = claim.text[match.start() : following[1].end - claim.start]
                message = f"\u201c{word}\u201d but the figures go from {following[0].text} to {following[1].text}"
                found.append(("direction", claim.source, "direction", message, [_side(text, claim)]))
        # Conversions that do not convert, and the exchange rates money pairs imply.
        for i, q in enumerate(quantities):
            j = q.equivalent
            if j <= i or j >= len(quantities):
                continue
            other = quantities[j]
            kinds = unit_kind(q.unit), unit_kind(other.unit)
            if kinds == ("distance", "distance") and q.unit != other.unit:
                converted = convert(q.value, q.unit, other.unit)
                if abs(converted - other.value) > TOLERANCE * max(converted, other.value):
                    message = (
                        f"{q.text} is {format_value(converted, other.unit)}, not {other.text}"
                    )
                    found.append(("unit-pair", claim.source, "conversion", message, [_side(f"{q.text} = {other.text}", claim)]))
            elif kinds == ("money", "money") and {q.unit, other.unit} == {"USD", "JPY"}:
                usd, jpy = (q, other) if q.unit == "USD" else (other, q)
                if usd.value > 0:
                    rates.append((jpy.value / usd.value, claim, f"{usd.text} = {jpy.text}"))
    if rates:
        low, high = min(r[0] for r in rates), max(r[0] for r in rates)
        sources = {r[1].source for r in rates}
        if high > low * (1 + FX_SPREAD) and len(sources) > 1:
            rates.sort(key=lambda r: (r[0], r[1].id))
            sides = [_side(f"{text}: {rate:.1f} yen per dollar", claim) for rate, claim, text in rates]
            message = f"the yen-per-dollar rates implied by the figures range from {low:.1f} to {high:.1f}"
            found.append(("fx-rate", "USD/JPY", "exchange rate", message, sides))
    return found


def _attributions(kb: KnowledgeBase) -> list[tuple[str, str, str, str, list[ConflictSide]]]:
    """One source giving the same figure of the same kind to different subjects."""
    found = []
    for a, b in combinations(kb.figures, 2):
        if a.kind != b.kind or a.subject == b.subject or a.cite.source != b.cite.source:
            continue
        shared = {
            (f.attribute, f.value, f.unit) for f in a.facts if isinstance(f.value, (int, float))
        } & {(f.attribute, f.value, f.unit) for f in b.facts if isinstance(f.value, (int, float))}
        if not shared:
            continue
        attribute, value, unit = sorted(shared, key=str)[0]
        figure = format_value(value, unit)
        message = f"{figure} ({a.kind}) is given to {a.subject} and to {b.subject} by the same source"
        sides = [_side(f"{a.subject}: {figure}", a), _side(f"{b.subject}: {figure}", b)]
        found.append(("attribution", f"{a.subject} / {b.subject}", a.kind, message, sides))
    return found


def find_conflicts(kb: KnowledgeBase) -> list[Conflict]:
    """Every conflict and inconsistency in the knowledge base, in a stable order."""
    found = _fact_conflicts(kb) + _unit_confusions(kb) + _claim_conflicts(kb) + _attributions(kb)
    conflicts = []
    for n, (kind, subject, attribute, message, sides) in enumerate(found, start=1):
        conflicts.append(Conflict(f"x{n}", kind, subject, attribute, message, tuple(sides)))
    return conflicts
