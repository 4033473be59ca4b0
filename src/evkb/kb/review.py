"""Review of extracted records: list what awaits a person, accept it into curated/, or reject it.

The API the command line and the app share (no Textual here):

- `pending(kb)` -> list of `Pending`: every extracted record not yet reviewed, with its id,
  type ("company", "battery", "share", "investment" (plants too)), a one-line label, its
  confidence and rule, and the quote and passage it comes from.
- `accept(kb_dir, kb, ids)` writes the records as curated TOML into `curated/reviewed.toml`
  (with their quotes; an extracted company a record refers to is accepted with it) and a
  `[[review]]` entry per id; `reject(kb_dir, kb, ids)` writes only `[[review]]` entries with
  verdict "rejected", so no later build proposes those records again.
Both write the file atomically and check the whole curated folder afterwards: if anything would
not pass `evkb check`, the file is restored and KBError raised. Rebuild afterwards (`build`).
`undo(kb_dir, ids)` takes verdicts back (the entries and the records an accept wrote); they are
plain TOML, so removing them by hand does the same.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import tomli_w

from evkb.errors import UserError
from evkb.kb.files import folder_lock, write_atomic
from evkb.kb.load import KBError, load_curated, read_sources
from evkb.kb.load.reading import read_toml_text
from evkb.model import Battery, Citation, Company, Fact, Investment, KnowledgeBase, Share

REVIEW_FILE = "reviewed.toml"


@dataclass(frozen=True, slots=True)
class Pending:
    id: str
    type: str
    label: str
    confidence: float
    rule: str
    source: str
    passage: str
    quote: str


# Review type -> the knowledge-base table holding it.
_TABLES = (
    ("company", "companies"),
    ("battery", "batteries"),
    ("share", "shares"),
    ("investment", "investments"),
)


def _records(kb: KnowledgeBase) -> dict[str, tuple[str, Any]]:
    return {
        record.id: (kind, record)
        for kind, table in _TABLES
        for record in getattr(kb, table)
        if record.origin == "extracted"
    }


def _label(kind: str, record, names: dict[str, str]) -> str:
    """One line saying what the record states, companies by name (`names`: id -> name)."""

    def named(ids) -> str:
        return ", ".join(names.get(i, i) for i in ids)

    if kind == "company":
        return f"{record.name} ({record.kind}{', ' + record.country if record.country else ''})"
    if kind == "battery":
        specs = ", ".join(f"{f.attribute} {f.text or f.value}" for f in record.facts[:4])
        return f"{record.name} by {named([record.maker]) or 'unknown maker'}: {specs}"
    if kind == "share":
        figure = record.text or record.percent
        return f"{record.label or 'unknown'} {figure} as of {record.as_of or 'unknown'}"
    if kind == "investment":
        what = ", ".join(
            [a.text for a in record.amounts]
            + [f"{f.attribute} {f.text or f.value}" for f in record.facts]
        )
        who = named(record.by) or "unknown"
        return f"{record.kind} {what} " + (f"to {named(record.to)}" if record.to else f"by {who}")
    raise ValueError(kind)


def _cite(kind: str, record) -> Citation:
    if kind == "company":
        return record.cites[0]
    if kind == "battery":
        return record.facts[0].cite if record.facts else Citation("", "")
    return record.cite


def pending(kb: KnowledgeBase) -> list[Pending]:
    """Extracted records awaiting review, in the order the knowledge base holds them."""
    out = []
    names = {c.id: c.name for c in kb.companies}
    for ident, (kind, record) in _records(kb).items():
        cite = _cite(kind, record)
        out.append(
            Pending(
                ident,
                kind,
                _label(kind, record, names),
                record.confidence,
                record.rule,
                cite.source,
                cite.passage,
                cite.quote,
            )
        )
    return out


def summary(items: list[Pending]) -> str:
    """ "12 extracted records await review: 5 companies, 7 shares" """
    plural = {"company": "companies", "battery": "batteries"}
    counts = {kind: sum(item.type == kind for item in items) for kind, _ in _TABLES}
    parts = [
        f"{n:,} {plural.get(kind, kind + 's') if n != 1 else kind}"
        for kind, n in counts.items()
        if n
    ]
    head = f"{len(items):,} extracted " + ("record awaits" if len(items) == 1 else "records await")
    head += " review"
    return f"{head}: {', '.join(parts)}" if parts else head


def _quote(cite: Citation) -> dict:
    return {"source": cite.source, "quote": cite.quote}


def _fact(fact: Fact, battery: bool = True) -> dict:
    out: dict = {"attribute": fact.attribute, "value": fact.value}
    for name in ("unit", "qualifier", "text"):
        if getattr(fact, name):
            out[name] = getattr(fact, name)
    if fact.value_to is not None:
        out["value_to"] = fact.value_to
    return out | (_quote(fact.cite) if battery else {})


def _tables(kind: str, record) -> tuple[str, dict]:
    table: dict[str, Any]
    if kind == "company":
        c: Company = record
        table = {
            "id": c.id,
            "name": c.name,
            "kind": c.kind,
            "aliases": list(c.aliases),
            "country": c.country,
            "cite": [_quote(x) for x in c.cites],
        }
        return "company", {k: v for k, v in table.items() if v not in ("", [])}
    if kind == "battery":
        b: Battery = record
        table = {
            "id": b.id,
            "name": b.name,
            "aliases": list(b.aliases),
            "maker": b.maker,
            "fact": [_fact(f) for f in b.facts],
        }
        return "battery", {k: v for k, v in table.items() if v not in ("", [])}
    if kind == "share":
        s: Share = record
        table = {**s.stated(), **_quote(s.cite)}
        return "share", {k: v for k, v in table.items() if v not in ("", 0)}
    if kind == "investment":
        i: Investment = record
        table = {
            "id": i.id,
            "kind": i.kind,
            "by": list(i.by),
            "to": list(i.to),
            "purpose": i.purpose,
            "year": i.year,
            "qualifier": i.qualifier,
            **_quote(i.cite),
            "amount": [_fact(a, False) for a in i.amounts],
            "fact": [_fact(f, f.cite.quote != i.cite.quote) for f in i.facts],
        }
        return "investment", {k: v for k, v in table.items() if v not in ("", [])}
    raise ValueError(kind)


def _refers_to(kind: str, record) -> Iterable[str]:
    if kind == "battery":
        yield record.maker
    elif kind == "share":
        yield record.holder
    elif kind == "investment":
        yield from (*record.by, *record.to)


def _read(kb_dir: Path, path: Path) -> tuple[dict, str]:
    """The review file (parsed, text), read like every curated file: bounded, inside the folder."""
    return read_toml_text(path, Path(kb_dir))


def _write(kb_dir: Path, tables: dict[str, list[dict]], verdicts: list[tuple[str, str]]) -> Path:
    with folder_lock(Path(kb_dir)):  # no build reads curated/ while it changes
        return _write_locked(kb_dir, tables, verdicts)


def _write_locked(
    kb_dir: Path, tables: dict[str, list[dict]], verdicts: list[tuple[str, str]]
) -> Path:
    path = Path(kb_dir) / "curated" / REVIEW_FILE
    old = _read(kb_dir, path)[1] if path.exists() else None
    head = (
        old
        if old is not None
        else "# Records accepted or rejected with `evkb review`; edit freely.\n"
    )
    # [[review]] tables written out so each stays one table wherever the file ends.
    text = (
        head.rstrip("\n")
        + "\n\n"
        + "".join(
            "[[review]]\n" + tomli_w.dumps({"id": ident, "verdict": verdict}) + "\n"
            for ident, verdict in verdicts
        )
        + (tomli_w.dumps(tables) if tables else "")
    )
    path.parent.mkdir(parents=True, exist_ok=True)
    write_atomic(path, text)
    ids, _ = read_sources(Path(kb_dir), [])
    _, problems = load_curated(Path(kb_dir), ids)
    errors = [p for p in problems if p.severity == "error"]
    if errors:
        if old is None:
            path.unlink()
        else:
            write_atomic(path, old)
        raise KBError(errors)
    return path


def _unknown(ids: Iterable[str], known: dict) -> None:
    missing = [i for i in ids if i not in known]
    if missing:
        raise UserError(
            f"no extracted record awaits review with id {missing[0]!r}; see `evkb review`"
        )


def accept(kb_dir: Path, kb: KnowledgeBase, ids: list[str]) -> Path:
    """Write the records (and extracted companies they refer to) into curated/ as curated."""
    records = _records(kb)
    _unknown(ids, records)
    chosen = list(dict.fromkeys(ids))
    for ident in list(chosen):
        kind, record = records[ident]
        for ref in _refers_to(kind, record):
            if ref in records and records[ref][0] == "company" and ref not in chosen:
                chosen.insert(0, ref)
    tables: dict[str, list[dict]] = {}
    for ident in chosen:
        table, values = _tables(*records[ident])
        tables.setdefault(table, []).append(values)
    return _write(kb_dir, tables, [(i, "accepted") for i in chosen])


def reject(kb_dir: Path, kb: KnowledgeBase, ids: list[str]) -> Path:
    """Remember that the records are wrong, so no later build proposes them again."""
    records = _records(kb)
    _unknown(ids, records)
    return _write(kb_dir, {}, [(i, "rejected") for i in dict.fromkeys(ids)])


def reviewed_ids(kb_dir: Path) -> set[str]:
    """The ids `curated/reviewed.toml` holds a verdict for (none when there is no such file)."""
    path = Path(kb_dir) / "curated" / REVIEW_FILE
    if not path.exists():
        return set()
    doc, _ = _read(kb_dir, path)
    reviews = doc.get("review", [])
    return {v["id"] for v in reviews if isinstance(v, dict) and isinstance(v.get("id"), str)}


def _share_id(table: dict) -> str:
    """The id extraction gave a share, rebuilt from its accepted table (curated ones have none)."""
    from evkb.kb.records.context import number_id, slug

    who = table.get("holder") or table.get("label", "")
    when = table.get("as_of") or "undated"
    number = number_id(table.get("percent", 0))
    return f"{table.get('source', '')}-share-{slug(who)}-{when}-{number}"


def undo(kb_dir: Path, ids: Iterable[str]) -> Path | None:
    """Take back verdicts: remove the `[[review]]` entries of `ids` from `curated/reviewed.toml`,
    and the records an accept of them wrote there, in one atomic write.

    The file is rewritten from its parsed tables (its opening comment kept), so hand-written
    comments further down are not kept. Returns the file, or None when it held none of `ids`.
    Rebuild afterwards (`build`): the records are then proposed again as extracted.
    """
    with folder_lock(Path(kb_dir)):  # no build reads curated/ while it changes
        return _undo_locked(kb_dir, set(ids))


def _undo_locked(kb_dir: Path, ids: set[str]) -> Path | None:
    path = Path(kb_dir) / "curated" / REVIEW_FILE
    if not ids or not path.exists():
        return None
    doc, old = _read(kb_dir, path)
    removed = 0
    for table, rows in list(doc.items()):
        if not isinstance(rows, list):
            continue
        kept = [
            row
            for row in rows
            if not (
                isinstance(row, dict)
                and (row.get("id") in ids or (table == "share" and _share_id(row) in ids))
            )
        ]
        removed += len(rows) - len(kept)
        if kept:
            doc[table] = kept
        else:
            del doc[table]
    if not removed:
        return None
    lines = old.splitlines()
    opening = next((n for n, line in enumerate(lines) if not line.startswith("#")), len(lines))
    head = "".join(line + "\n" for line in lines[:opening])
    review = doc.pop("review", [])
    text = head + "".join("\n[[review]]\n" + tomli_w.dumps(v) for v in review)
    text += ("\n" + tomli_w.dumps(doc)) if doc else ""
    write_atomic(path, text)
    return path
