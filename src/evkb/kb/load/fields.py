"""Checking one table's fields against its schema: types, bounds, units, references and the
citations to verify, each problem located at its key."""

from __future__ import annotations

import datetime as dt
import math
import re
from collections.abc import Collection
from typing import Any

from evkb.errors import Problem
from evkb.kb.load.problems import closest_choice, did_you_mean
from evkb.kb.load.schema import (
    _CITE,
    _EXPECT,
    _ISO_DATE,
    _SLUG,
    BATTERY_UNITS,
    UNIT_SPELLINGS,
    CiteCheck,
    _Doc,
    _Field,
    _is_number,
    _type_name,
)
from evkb.kb.units import UNIT_KINDS
from evkb.model import (
    BATTERY_ATTRIBUTES,
    Citation,
    Fact,
)


class _Validator:
    """Checks tables against their schema, collecting problems and the citations to verify."""

    def __init__(self, source_ids: Collection[str], companies: dict[str, tuple[str, ...]]):
        self.source_ids = sorted(source_ids)
        self.companies = companies  # id -> names, for "did you mean" on references
        self.problems: list[Problem] = []
        self.checks: list[CiteCheck] = []

    def report(self, doc: _Doc, path: tuple, message: str, severity: str = "error") -> None:
        line, col = doc.at(path)
        self.problems.append(Problem(doc.path, line, col, message, severity))

    def fields(
        self, doc: _Doc, path: tuple, table: Any, schema: dict[str, _Field], label: str
    ) -> tuple[dict[str, Any], bool]:
        """The valid values of `table` and whether every required one is among them."""
        if not isinstance(table, dict):
            self.report(doc, path, f"{label}: must be a table, not {_type_name(table)}")
            return {}, False
        meant = set()  # keys an unknown key is taken for: "missing" would say it twice
        for key in table:
            if key not in schema:
                choice = closest_choice(key, (k for k in schema if k not in table))
                meant.add(choice)
                hint = f"; did you mean {choice!r}?" if choice else ""
                self.report(doc, path + (key,), f"{label}: unknown key {key!r}{hint}")
        values: dict[str, Any] = {}
        complete = True
        for key, spec in schema.items():
            if key not in table:
                if spec.required:
                    if key not in meant:
                        self.report(doc, path, f"{label}: missing required key {key!r}")
                    complete = False
                continue
            ok, value = self._field(doc, path + (key,), key, table[key], spec, label)
            if ok:
                values[key] = value
            elif spec.required:
                complete = False
        return values, complete

    def _field(
        self, doc: _Doc, path: tuple, key: str, raw: Any, spec: _Field, label: str
    ) -> tuple[bool, Any]:
        value = self._typed(spec.kind, raw)
        if value is None:
            shown = repr(raw) if not isinstance(raw, (list, dict)) else _type_name(raw)
            self.report(doc, path, f"{label}: {key!r} must be {_EXPECT[spec.kind]}, not {shown}")
            return False, None
        if spec.kind == "id" and not _SLUG.fullmatch(value):
            slug = re.sub(r"[^a-z0-9._-]+", "-", value.lower()).strip("-._")
            hint = f"; did you mean {slug!r}?" if slug else ""
            self.report(
                doc, path, f"{label}: id {value!r} must be a lower-case slug (a-z, 0-9, '-'){hint}"
            )
            return False, None
        if spec.choices and value not in spec.choices:
            hint = did_you_mean(value, spec.choices)
            options = ", ".join(repr(c) for c in spec.choices)
            self.report(doc, path, f"{label}: {key!r} is {value!r}, not one of {options}{hint}")
            return False, None
        if spec.ref:
            return self._references(doc, path, key, value, spec.ref, label)
        return True, value

    def _references(
        self, doc: _Doc, path: tuple, key: str, value: Any, ref: str, label: str
    ) -> tuple[bool, Any]:
        known: Collection[str]
        names: dict[str, str] | None
        if ref == "source":
            known, choices, names = self.source_ids, self.source_ids, None
            what = "source"
        else:
            known, choices, what = self.companies, list(self.companies), "company"
            # A name or alias where an id belongs points at that company's id.
            names = {n.casefold(): cid for cid, ns in self.companies.items() for n in ns}
        items = value if isinstance(value, tuple) else (value,)
        kept = []
        for number, item in enumerate(items):
            if item in known:
                kept.append(item)
                continue
            hint = did_you_mean(item, choices, names)
            if not hint and ref == "source":
                hint = "; sources are " + (", ".join(map(repr, choices)) or "none")
            where = path + (number,) if isinstance(value, tuple) else path
            self.report(doc, where, f"{label}: {key!r} names no {what} {item!r}{hint}")
        if isinstance(value, tuple):
            return True, tuple(kept)
        return bool(kept), value

    @staticmethod
    def _typed(kind: str, raw: Any) -> Any:
        """`raw` converted for `kind`, or None when it has the wrong type."""
        if kind in ("id", "str"):
            return raw if isinstance(raw, str) else None
        if kind == "number":
            return raw if _is_number(raw) and math.isfinite(raw) else None
        if kind == "int":
            return raw if isinstance(raw, int) and not isinstance(raw, bool) else None
        if kind == "value":
            if isinstance(raw, str) or (_is_number(raw) and math.isfinite(raw)):
                return raw
            return None
        if kind in ("strs", "ids"):
            if kind == "ids" and isinstance(raw, str):
                return (raw,)
            if isinstance(raw, list) and all(isinstance(x, str) for x in raw):
                return tuple(raw)
            return None
        if kind == "date":
            if isinstance(raw, dt.date):
                return raw.isoformat()[:10]
            return raw if isinstance(raw, str) and _ISO_DATE.fullmatch(raw) else None
        if kind == "year":
            if isinstance(raw, int) and not isinstance(raw, bool):
                return str(raw)
            return raw if isinstance(raw, str) else None
        if kind in ("cites", "facts"):
            return raw if isinstance(raw, list) else None
        return None

    def cite_of(
        self, doc: _Doc, path: tuple, values: dict, label: str, fact: Fact | None = None
    ) -> Citation:
        """The record's citation, queued for checking against its source."""
        cite = Citation(values["source"], values["quote"])
        line, col = doc.at(path + ("quote",))
        self.checks.append(CiteCheck(cite, doc.path, line, col, fact, label))
        return cite

    def cites(self, doc: _Doc, path: tuple, raw: list, label: str) -> tuple[Citation, ...]:
        found = []
        for number, entry in enumerate(raw):
            where = path + (number,)
            values, complete = self.fields(doc, where, entry, _CITE, f"{label} cite #{number + 1}")
            if complete:
                found.append(self.cite_of(doc, where, values, label))
        return tuple(found)

    def facts(
        self,
        doc: _Doc,
        path: tuple,
        raw: list,
        label: str,
        schema: dict[str, _Field],
        parent: dict | None = None,
        battery: bool = False,
    ) -> tuple[Fact, ...]:
        found = []
        for number, entry in enumerate(raw):
            where = path + (number,)
            name = entry.get("attribute") if isinstance(entry, dict) else None
            what = (
                f"{label} {path[-1]} {name!r}"
                if isinstance(name, str)
                else f"{label} {path[-1]} #{number + 1}"
            )
            values, complete = self.fields(doc, where, entry, schema, what)
            if not complete or not self._fact_ok(doc, where, values, what, battery):
                continue
            if "source" in values and "quote" in values:
                cite_path = where
            elif parent is not None and not ({"source", "quote"} & set(entry)):
                if "source" not in parent or "quote" not in parent:
                    continue  # the table's own citation is missing, and reported already
                values = {**values, "source": parent["source"], "quote": parent["quote"]}
                cite_path = path[:-1]
            else:
                missing = "quote" if "source" in entry else "source"
                taken = any(closest_choice(k, [missing]) for k in entry if k not in schema)
                if missing not in entry and not taken:
                    self.report(doc, where, f"{what}: missing required key {missing!r}")
                continue
            fact = Fact(
                attribute=values.get("attribute", "amount"),
                value=values["value"],
                cite=Citation(values["source"], values["quote"]),
                unit=values.get("unit", ""),
                qualifier=values.get("qualifier", ""),
                value_to=values.get("value_to"),
                text=values.get("text", ""),
            )
            line, col = doc.at(cite_path + ("quote",))
            self.checks.append(CiteCheck(fact.cite, doc.path, line, col, fact, what))
            found.append(fact)
        return tuple(found)

    def _fact_ok(self, doc: _Doc, path: tuple, values: dict, label: str, battery: bool) -> bool:
        attribute, value, unit = (
            values.get("attribute", "amount"),
            values["value"],
            values.get("unit", ""),
        )
        if battery and attribute not in BATTERY_ATTRIBUTES:
            hint = did_you_mean(attribute, BATTERY_ATTRIBUTES)
            self.report(
                doc,
                path + ("attribute",),
                f"{label}: unknown battery attribute {attribute!r}{hint}",
            )
            return False
        if unit and unit not in UNIT_KINDS:
            hint = did_you_mean(unit, UNIT_KINDS, UNIT_SPELLINGS)
            self.report(doc, path + ("unit",), f"{label}: unknown unit {unit!r}{hint}")
            return False
        if isinstance(value, str):
            if unit not in ("", "month"):
                self.report(
                    doc, path + ("unit",), f"{label}: a text value takes no unit (unit {unit!r})"
                )
                return False
            if "value_to" in values:
                self.report(
                    doc, path + ("value_to",), f"{label}: 'value_to' needs a number 'value'"
                )
                return False
            return True
        expected = BATTERY_UNITS.get(attribute, ()) if battery else ()
        if expected and unit not in expected:
            options = " or ".join(repr(u) for u in expected)
            hint = did_you_mean(unit, expected, UNIT_SPELLINGS) if unit else ""
            shown = f"unit {unit!r}" if unit else "no unit"
            self.report(
                doc,
                path + ("unit",) if unit else path + ("value",),
                f"{label}: {attribute!r} takes unit {options}, not {shown}{hint}",
            )
            return False
        return True
