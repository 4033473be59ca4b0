"""The curated files' schema: field kinds, tables, allowed values and the records they hold."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from typing import Any

from evkb.kb.load.positions import Positions
from evkb.kb.units import UNIT_WORDS
from evkb.model import (
    COMPANY_KINDS,
    RELATION_TYPES,
    Battery,
    Citation,
    Company,
    Fact,
    Figure,
    Investment,
    Relation,
    Share,
    Term,
    Verdict,
)

TERM_KINDS = ("chemistry", "technology", "place", "other")
INVESTMENT_KINDS = ("investment", "subsidy", "loan", "spending", "plant")
BOUNDS = ("=", "<", ">")
# What people write for a unit ("miles", "%"), so "did you mean" can name the canonical one.
UNIT_SPELLINGS = {word.casefold(): unit for unit, words in UNIT_WORDS.items() for word in words}
# Units a battery attribute's number must carry (attributes not listed take any unit).
BATTERY_UNITS = {
    "launch": ("year", "month"),
    "range": ("km", "mi"),
    "range_gain": ("percent",),
    "charging": ("min",),
    "cost_change": ("percent",),
    "production": ("GWh", "count"),
    "energy_density": ("Wh/kg", "Wh/L"),
    "energy": ("kWh", "GWh"),
    "cycles": ("count",),
}
_SLUG = re.compile(r"[a-z0-9][a-z0-9._-]*")
_ISO_DATE = re.compile(r"\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?")


def _type_name(value: Any) -> str:
    if isinstance(value, bool):
        return "a boolean"
    if isinstance(value, (int, float)):
        return "a number"
    if isinstance(value, str):
        return "a string"
    if isinstance(value, list):
        return "an array"
    if isinstance(value, dict):
        return "a table"
    if isinstance(value, (dt.date, dt.time)):
        return "a date or time"
    return type(value).__name__


def _is_number(value: Any) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool)


@dataclass(frozen=True)
class _Field:
    kind: str  # id, str, number, int, value, strs, ids, date, year, cites, facts
    required: bool = False
    choices: tuple[str, ...] = ()
    ref: str = ""  # "company" or "source": the value names one that must exist


_EXPECT = {
    "id": "a string",
    "str": "a string",
    "number": "a number",
    "int": "an integer",
    "value": "a number or a string",
    "strs": "an array of strings",
    "ids": "a string or an array of strings",
    "date": 'an ISO date ("2024", "2024-07" or "2024-07-15")',
    "year": "a year (a number or a string)",
    "cites": "an array of {source, quote} tables",
    "facts": "an array of tables",
}

_CITE = {"source": _Field("str", True, ref="source"), "quote": _Field("str", True)}
_COMPANY = {
    "id": _Field("id", True),
    "name": _Field("str", True),
    "kind": _Field("str", True, COMPANY_KINDS),
    "aliases": _Field("strs"),
    "country": _Field("str"),
    "cite": _Field("cites", True),
}
_RELATION = {
    "subject": _Field("str", True, ref="company"),
    "type": _Field("str", True, RELATION_TYPES),
    "object": _Field("str", True, ref="company"),
    **_CITE,
}
_TERM = {
    "id": _Field("id", True),
    "name": _Field("str", True),
    "kind": _Field("str", True, TERM_KINDS),
    "aliases": _Field("strs"),
    "cite": _Field("cites"),
}
_FACT = {
    "attribute": _Field("str", True),
    "value": _Field("value", True),
    "unit": _Field("str"),
    "qualifier": _Field("str"),
    "value_to": _Field("number"),
    "text": _Field("str"),
    **_CITE,
}
# Facts that take their citation from the table they sit in when they have none of their own.
_INHERITING_FACT = {
    **_FACT,
    "source": _Field("str", ref="source"),
    "quote": _Field("str"),
}
_AMOUNT = {**_INHERITING_FACT, "attribute": _Field("str")}
_BATTERY = {
    "id": _Field("id", True),
    "name": _Field("str", True),
    "aliases": _Field("strs"),
    "maker": _Field("str", ref="company"),
    "notes": _Field("str"),
    "fact": _Field("facts"),
}
_SHARE = {
    "holder": _Field("str", ref="company"),
    "label": _Field("str", True),
    "members": _Field("ids", ref="company"),
    "percent": _Field("number", True),
    "bound": _Field("str", choices=BOUNDS),
    "as_of": _Field("date"),
    "scope": _Field("str"),
    "metric": _Field("str"),
    "rank": _Field("int"),
    "text": _Field("str"),
    **_CITE,
}
_INVESTMENT = {
    "id": _Field("id", True),
    "kind": _Field("str", True, INVESTMENT_KINDS),
    "by": _Field("ids", ref="company"),
    "to": _Field("ids", ref="company"),
    "purpose": _Field("str"),
    "year": _Field("year"),
    "qualifier": _Field("str"),
    **_CITE,
    "amount": _Field("facts"),
    "fact": _Field("facts"),
}
# A person's decision on an extracted record (`evkb review`): no later build proposes it again.
_REVIEW = {
    "id": _Field("str", True),
    "verdict": _Field("str", True, ("accepted", "rejected")),
    "note": _Field("str"),
}
_FIGURE = {
    "id": _Field("id", True),
    "kind": _Field("str", True),
    "subject": _Field("str"),
    "description": _Field("str"),
    "year": _Field("year"),
    **_CITE,
    "fact": _Field("facts"),
}


@dataclass
class CiteCheck:
    """One citation to verify against its source: the quote must be there, the value in it."""

    cite: Citation
    path: str
    line: int
    col: int
    fact: Fact | None = None
    label: str = ""


@dataclass
class Curated:
    companies: list[Company] = field(default_factory=list)
    relations: list[Relation] = field(default_factory=list)
    terms: list[Term] = field(default_factory=list)
    batteries: list[Battery] = field(default_factory=list)
    shares: list[Share] = field(default_factory=list)
    investments: list[Investment] = field(default_factory=list)
    figures: list[Figure] = field(default_factory=list)
    reviews: list[Verdict] = field(default_factory=list)
    checks: list[CiteCheck] = field(default_factory=list)


@dataclass
class _Doc:
    path: str
    data: dict
    positions: Positions

    def at(self, path: tuple) -> tuple[int, int]:
        return self.positions.find(path)
