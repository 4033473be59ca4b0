"""How a figure's unit is read once its pattern matched: the canonical unit and the factor
that converts the written one, and the figures a unit's pattern must not take (a car's
consumption, "17.9 kWh/100 km", is neither a pack's energy nor a distance)."""

from __future__ import annotations

import re


def _percent_unit(m: re.Match[str]) -> tuple[str, float]:
    return "percent", 1.0


def _energy_unit(m: re.Match[str]) -> tuple[str, float]:
    unit = m.group("unit").lower()
    prefix = unit[0]
    if prefix == "w":
        return "kWh", 1e-3  # "a 720 Wh pack": a small pack's energy, in kWh
    if prefix == "k":
        return "kWh", 1.0  # a pack's energy, not a plant's output
    return "GWh", {"m": 1e-3, "g": 1.0, "t": 1e3}[prefix]


def _spec_unit(m: re.Match[str]) -> tuple[str, float]:
    unit = m.group("unit").lower().replace(" ", "")
    if unit.startswith("\u00b0"):
        return "\u00b0C", 1.0
    if unit == "c":
        return "C", 1.0
    return ("Wh/L", 1.0) if unit.endswith(("l", "litre", "liter")) else ("Wh/kg", 1.0)


def _distance_unit(m: re.Match[str]) -> tuple[str, float]:
    return ("km", 1.0) if m.group("unit").lower().startswith("k") else ("mi", 1.0)


def _duration_unit(m: re.Match[str]) -> tuple[str, float]:
    unit = m.group("unit").lower()
    if unit.startswith("h"):
        return "min", 60.0
    if unit.startswith("s"):
        return "min", 1 / 60
    return "min", 1.0


# "17.9 kWh/100 km", "16 kWh per 100 kilometres", a truck's "1.38 kWh per kilometre": a
# vehicle's consumption, neither a pack's energy nor a distance it goes.
_PER_DISTANCE = re.compile(r"\s?(?:/|per|a)\s?(?:100\s?)?(?i:km\b|kilomet|mi\b|miles?\b)")
_ENERGY_PER = re.compile(r"(?i:wh|watt[\s-]hours?)\s?(?:/|per)\s?$")


def _consumption(text: str, unit_of: object, start: int, end: int) -> bool:
    """True for an energy or a distance the text writes as part of a consumption figure."""
    if unit_of is _energy_unit:
        return _PER_DISTANCE.match(text, end) is not None
    if unit_of is _distance_unit:
        return _ENERGY_PER.search(text, max(0, start - 16), start) is not None
    return False
