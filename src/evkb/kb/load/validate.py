"""Validating curated tables and sources.toml against the schema, locating every problem:
each table made into its records, its fields checked by `fields._Validator`."""

from __future__ import annotations

import datetime as dt
import os
import re
from collections.abc import Collection
from pathlib import Path
from typing import Any

from evkb.errors import KBError, Problem
from evkb.kb.load.fields import _Validator
from evkb.kb.load.positions import Positions
from evkb.kb.load.problems import did_you_mean, sort_problems
from evkb.kb.load.reading import ADDED, MANIFEST, read_toml_text
from evkb.kb.load.schema import (
    _AMOUNT,
    _BATTERY,
    _COMPANY,
    _FACT,
    _FIGURE,
    _INHERITING_FACT,
    _INVESTMENT,
    _RELATION,
    _REVIEW,
    _SHARE,
    _TERM,
    Curated,
    _Doc,
    _Field,
)
from evkb.model import (
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


def _sources_file(
    kb_dir: Path, name: str, source_ids: Collection[str]
) -> tuple[_Doc, _Validator] | list[Problem]:
    """A TOML file of sources/ read for checking (with a validator that knows the source ids),
    or the problems of reading it; no problem when there is no such file."""
    path = Path(kb_dir) / "sources" / name
    if not os.path.lexists(path):
        return []
    try:
        data, text = read_toml_text(path, Path(kb_dir))
    except KBError as exc:
        return exc.problems
    return _Doc(str(path), data, Positions(text)), _Validator(source_ids, {})


def load_added(kb_dir: Path, source_ids: Collection[str]) -> tuple[dict[str, str], list[Problem]]:
    """sources/added.toml, where `evkb add` notes the day it added each document: {source id:
    ISO day} of the sources there are (a removed document's line is left alone), problems."""
    opened = _sources_file(kb_dir, ADDED, source_ids)
    if isinstance(opened, list):
        return {}, opened
    doc, check = opened
    found: dict[str, str] = {}
    for source_id, raw in doc.data.items():
        day = raw.isoformat()[:10] if isinstance(raw, dt.date) else raw
        if not isinstance(day, str) or not _ADDED_DAY.fullmatch(day):
            check.report(
                doc, (source_id,), f"source {source_id!r}: the day added must be an ISO date"
            )
        elif source_id in check.source_ids:
            found[source_id] = day
    return dict(sorted(found.items())), sort_problems(check.problems)


_ADDED_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")


def load_manifest(
    kb_dir: Path, source_ids: Collection[str]
) -> tuple[dict[str, dict], list[Problem]]:
    """sources/sources.toml: {source id: {title, author, publisher, url, published}}, problems."""
    opened = _sources_file(kb_dir, MANIFEST, source_ids)
    if isinstance(opened, list):
        return {}, opened
    doc, check = opened
    data = doc.data
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
