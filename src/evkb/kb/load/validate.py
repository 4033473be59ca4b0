"""Validating curated tables and sources.toml against the schema, locating every problem.

A little over ~500 lines: one validator class walks every table with its schema, and splitting
it would pass the same state between modules for no gain in reading.
"""

from __future__ import annotations

import datetime as dt
import math
import os
import re
from collections.abc import Collection
from pathlib import Path
from typing import Any

from evkb.errors import KBError, Problem
from evkb.kb.load.positions import Positions
from evkb.kb.load.problems import closest_choice, did_you_mean, sort_problems
from evkb.kb.load.reading import MANIFEST, read_toml_text
from evkb.kb.load.schema import (
    _AMOUNT,
    _BATTERY,
    _CITE,
    _COMPANY,
    _EXPECT,
    _FACT,
    _FIGURE,
    _INHERITING_FACT,
    _INVESTMENT,
    _ISO_DATE,
    _RELATION,
    _REVIEW,
    _SHARE,
    _SLUG,
    _TERM,
    BATTERY_UNITS,
    UNIT_SPELLINGS,
    CiteCheck,
    Curated,
    _Doc,
    _Field,
    _is_number,
    _type_name,
)
from evkb.kb.units import UNIT_KINDS
from evkb.model import (
    BATTERY_ATTRIBUTES,
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


def _company(check: _Validator, doc: _Doc, path: tuple, v: dict, label: str) -> Company:
    cites = check.cites(doc, path + ("cite",), v["cite"], label)
    return Company(v["id"], v["name"], v["kind"], v.get("aliases", ()), v.get("country", ""), cites)


def _relation(check: _Validator, doc: _Doc, path: tuple, v: dict, label: str) -> Relation:
    return Relation(v["subject"], v["type"], v["object"], check.cite_of(doc, path, v, label))


def _term(check: _Validator, doc: _Doc, path: tuple, v: dict, label: str) -> Term:
    cites = check.cites(doc, path + ("cite",), v.get("cite", []), label)
    return Term(v["id"], v["name"], v["kind"], v.get("aliases", ()), cites)


def _battery(check: _Validator, doc: _Doc, path: tuple, v: dict, label: str) -> Battery:
    facts = check.facts(doc, path + ("fact",), v.get("fact", []), label, _FACT, battery=True)
    aliases = tuple(v.get("aliases", ()))
    return Battery(
        v["id"], v["name"], v.get("maker", ""), facts, v.get("notes", ""), aliases=aliases
    )


def _share(check: _Validator, doc: _Doc, path: tuple, v: dict, label: str) -> Share:
    cite = Citation(v["source"], v["quote"])
    fact = Fact("percent", v["percent"], cite, unit="percent", text=v.get("text", ""))
    check.cite_of(doc, path, v, label, fact)
    return Share(
        holder=v.get("holder", ""),
        label=v["label"],
        percent=v["percent"],
        bound=v.get("bound", "="),
        cite=cite,
        members=v.get("members", ()),
        as_of=v.get("as_of", ""),
        scope=v.get("scope", ""),
        metric=v.get("metric", ""),
        rank=v.get("rank", 0),
        text=v.get("text", ""),
    )


def _facts_and_cite(
    check: _Validator, doc: _Doc, path: tuple, v: dict, label: str, key: str, schema: dict
) -> tuple[tuple[Fact, ...], Citation]:
    """The table's facts (inheriting its citation where they have none) and its citation."""
    facts = check.facts(doc, path + (key,), v.get(key, []), label, schema, v)
    return facts, check.cite_of(doc, path, v, label)


def _investment(check: _Validator, doc: _Doc, path: tuple, v: dict, label: str) -> Investment:
    amounts, cite = _facts_and_cite(check, doc, path, v, label, "amount", _AMOUNT)
    facts = check.facts(doc, path + ("fact",), v.get("fact", []), label, _INHERITING_FACT, v)
    return Investment(
        id=v["id"],
        kind=v["kind"],
        amounts=amounts,
        cite=cite,
        by=v.get("by", ()),
        to=v.get("to", ()),
        purpose=v.get("purpose", ""),
        year=v.get("year", ""),
        qualifier=v.get("qualifier", ""),
        facts=facts,
    )


def _figure(check: _Validator, doc: _Doc, path: tuple, v: dict, label: str) -> Figure:
    facts, cite = _facts_and_cite(check, doc, path, v, label, "fact", _INHERITING_FACT)
    return Figure(
        id=v["id"],
        kind=v["kind"],
        subject=v.get("subject", ""),
        facts=facts,
        cite=cite,
        description=v.get("description", ""),
        year=v.get("year", ""),
    )


def _verdict(check: _Validator, doc: _Doc, path: tuple, v: dict, label: str) -> Verdict:
    return Verdict(v["id"], v["verdict"], v.get("note", ""))


# Table name -> (schema, whether ids must be unique, Curated field, record maker).
_KINDS = {
    "company": (_COMPANY, True, "companies", _company),
    "relation": (_RELATION, False, "relations", _relation),
    "term": (_TERM, True, "terms", _term),
    "battery": (_BATTERY, True, "batteries", _battery),
    "share": (_SHARE, False, "shares", _share),
    "investment": (_INVESTMENT, True, "investments", _investment),
    "figure": (_FIGURE, True, "figures", _figure),
    "review": (_REVIEW, False, "reviews", _verdict),
}
TABLES = tuple(_KINDS)


def _table_label(kind: str, number: int, table: Any) -> str:
    if isinstance(table, dict):
        for key in ("id", "label"):
            if isinstance(table.get(key), str):
                return f"{kind} {table[key]!r}"
    return f"{kind} #{number + 1}"


def _read_curated_docs(kb_dir: Path, problems: list[Problem]) -> list[_Doc]:
    folder = kb_dir / "curated"
    docs: list[_Doc] = []
    if not folder.is_dir():
        return docs
    for path in sorted(folder.glob("*.toml"), key=lambda p: p.name):
        try:
            data, text = read_toml_text(path, kb_dir)
        except KBError as exc:
            problems += exc.problems
            continue
        docs.append(_Doc(str(path), data, Positions(text)))
    return docs


def _tables(doc: _Doc, kind: str, problems: list[Problem]) -> list[tuple[tuple, int, Any]]:
    """The [[kind]] tables of a file, as (path, number, table)."""
    raw = doc.data.get(kind)
    if raw is None:
        return []
    if not isinstance(raw, list):
        line, col = doc.at((kind,))
        problems.append(
            Problem(doc.path, line, col, f"{kind!r} must be an array of tables: write [[{kind}]]")
        )
        return []
    return [((kind, n), n, table) for n, table in enumerate(raw)]


def load_curated(kb_dir: Path, source_ids: Collection[str]) -> tuple[Curated, list[Problem]]:
    """Every curated/*.toml, validated; the valid records and every problem found."""
    kb_dir = Path(kb_dir)
    problems: list[Problem] = []
    docs = _read_curated_docs(kb_dir, problems)

    for doc in docs:
        for key in doc.data:
            if key not in TABLES:
                line, col = doc.at((key,))
                hint = did_you_mean(key, TABLES)
                problems.append(Problem(doc.path, line, col, f"unknown table {key!r}{hint}"))

    # Companies first: every other table refers to them, in any file.
    company_names: dict[str, tuple[str, ...]] = {}
    for doc in docs:
        for _, _, table in _tables(doc, "company", []):
            if isinstance(table, dict) and isinstance(table.get("id"), str):
                names = [
                    table.get("name"),
                    *(table["aliases"] if isinstance(table.get("aliases"), list) else ()),
                ]
                company_names.setdefault(table["id"], tuple(n for n in names if isinstance(n, str)))

    check = _Validator(source_ids, company_names)
    curated = Curated()
    first: dict[tuple[str, str], str] = {}  # (kind, id) -> where it is first defined

    def unique(doc: _Doc, path: tuple, kind: str, values: dict) -> bool:
        key = (kind, values["id"])
        line, col = doc.at(path + ("id",))
        if key in first:
            message = f"duplicate {kind} id {values['id']!r} (first defined at {first[key]})"
            problems.append(Problem(doc.path, line, col, message))
            return False
        first[key] = f"{doc.path}:{line}:{col}"
        return True

    for doc in docs:
        for kind, (schema, has_id, field_name, make) in _KINDS.items():
            for path, n, table in _tables(doc, kind, problems):
                label = _table_label(kind, n, table)
                values, ok = check.fields(doc, path, table, schema, label)
                if ok and (not has_id or unique(doc, path, kind, values)):
                    getattr(curated, field_name).append(make(check, doc, path, values, label))

    problems += check.problems
    curated.companies.sort(key=lambda r: r.id)
    curated.relations.sort(key=lambda r: (r.subject, r.type, r.object, r.cite.source, r.cite.quote))
    curated.terms.sort(key=lambda r: r.id)
    curated.batteries.sort(key=lambda r: r.id)
    curated.shares.sort(key=lambda r: (r.as_of, r.label, r.percent, r.cite.source, r.cite.quote))
    curated.investments.sort(key=lambda r: r.id)
    curated.figures.sort(key=lambda r: r.id)
    curated.checks = sorted(check.checks, key=lambda c: (c.path, c.line, c.col, c.label))
    return curated, sort_problems(problems)


# --- sources/sources.toml ----------------------------------------------------------------------

_MANIFEST_FIELDS = {
    "title": _Field("str"),
    "author": _Field("str"),
    "publisher": _Field("str"),
    "url": _Field("str"),
    "published": _Field("date"),
}


def load_manifest(
    kb_dir: Path, source_ids: Collection[str]
) -> tuple[dict[str, dict], list[Problem]]:
    """sources/sources.toml: {source id: {title, author, publisher, url, published}}, problems."""
    path = Path(kb_dir) / "sources" / MANIFEST
    if not os.path.lexists(path):
        return {}, []
    try:
        data, text = read_toml_text(path, Path(kb_dir))
    except KBError as exc:
        return {}, exc.problems
    doc = _Doc(str(path), data, Positions(text))
    check = _Validator(source_ids, {})
    found: dict[str, dict] = {}
    for key in data:
        if key != "source":
            check.report(doc, (key,), f"unknown table {key!r}{did_you_mean(key, ['source'])}")
    tables = data.get("source", {})
    if not isinstance(tables, dict):
        check.report(doc, ("source",), "'source' must be tables: write [source.<id>]")
        tables = {}
    for source_id, table in tables.items():
        label = f"source {source_id!r}"
        if source_id not in check.source_ids:
            hint = did_you_mean(source_id, check.source_ids)
            check.report(doc, ("source", source_id), f"{label}: no such file in sources/{hint}")
            continue
        values, _ = check.fields(doc, ("source", source_id), table, _MANIFEST_FIELDS, label)
        url = values.get("url", "")
        if url and not re.match(r"https?://", url):
            check.report(
                doc,
                ("source", source_id, "url"),
                f"{label}: url {url!r} does not start with http:// or https://",
                "warning",
            )
        found[source_id] = values
    return dict(sorted(found.items())), sort_problems(check.problems)
