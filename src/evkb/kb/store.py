"""kb.toml: the built knowledge base written deterministically and read back into records.

The file is a plain TOML rendering of `model.KnowledgeBase`: one array of tables per record
type, each record's fields in declaration order, empty values left out. Reading it back is the
inverse. Parsed files are cached by content hash (see `cache.py`), so a big knowledge base opens
fast the second time.
"""

from __future__ import annotations

import dataclasses
import typing
from functools import cache
from pathlib import Path

import tomli
import tomli_w

from evkb import model
from evkb.kb.cache import cached, file_digest
from evkb.kb.files import write_atomic

FORMAT = 1
KB_FILE = "kb.toml"

# kb.toml table name -> (KnowledgeBase field, record type)
TABLES: dict[str, tuple[str, type]] = {
    "source": ("sources", model.Source),
    "passage": ("passages", model.Passage),
    "claim": ("claims", model.Claim),
    "company": ("companies", model.Company),
    "relation": ("relations", model.Relation),
    "term": ("terms", model.Term),
    "battery": ("batteries", model.Battery),
    "share": ("shares", model.Share),
    "investment": ("investments", model.Investment),
    "figure": ("figures", model.Figure),
    "conflict": ("conflicts", model.Conflict),
    "candidate": ("candidates", model.Candidate),
}


def _omittable(f: dataclasses.Field, value: object) -> bool:
    """Empty values of fields with defaults are left out (they read back as the default)."""
    if f.default is dataclasses.MISSING and f.default_factory is dataclasses.MISSING:
        return False
    return value is None or value == "" or value == () or value == [] or (value == -1 and f.default == -1)


def record_to_dict(record: object) -> dict:
    """A record as a TOML-ready dict: fields in declaration order, empty optional values left out."""
    out: dict = {}
    for f in dataclasses.fields(record):
        value = getattr(record, f.name)
        if _omittable(f, value):
            continue
        if dataclasses.is_dataclass(value):
            value = record_to_dict(value)
        elif isinstance(value, tuple) and value and dataclasses.is_dataclass(value[0]):
            value = [record_to_dict(v) for v in value]
        elif isinstance(value, tuple):
            value = list(value)
        out[f.name] = value
    return out


@cache
def _field_types(cls: type) -> dict[str, tuple[str, type | None]]:
    """Per field: ("one", Record) for a nested record, ("many", Record) for a tuple of them,
    ("tuple", None) for a tuple of plain values, ("plain", None) otherwise."""
    hints = typing.get_type_hints(cls, vars(model))
    kinds: dict[str, tuple[str, type | None]] = {}
    for f in dataclasses.fields(cls):
        hint = hints[f.name]
        origin = typing.get_origin(hint)
        args = typing.get_args(hint)
        if dataclasses.is_dataclass(hint):
            kinds[f.name] = ("one", hint)
        elif origin is tuple and args and dataclasses.is_dataclass(args[0]):
            kinds[f.name] = ("many", args[0])
        elif origin is tuple:
            kinds[f.name] = ("tuple", None)
        else:
            kinds[f.name] = ("plain", None)
    return kinds


def record_from_dict(cls: type, data: dict):
    kinds = _field_types(cls)
    values = {}
    for name, raw in data.items():
        kind, nested = kinds[name]
        if kind == "one":
            values[name] = record_from_dict(nested, raw)
        elif kind == "many":
            values[name] = tuple(record_from_dict(nested, item) for item in raw)
        elif kind == "tuple":
            values[name] = tuple(raw)
        else:
            values[name] = raw
    return cls(**values)


def kb_to_toml(kb: model.KnowledgeBase, meta: dict) -> str:
    document: dict = {"meta": {"format": FORMAT, **meta}}
    for table, (attr, _cls) in TABLES.items():
        records = getattr(kb, attr)
        if records:
            document[table] = [record_to_dict(r) for r in records]
    return tomli_w.dumps(document)


def write_kb(kb: model.KnowledgeBase, path: Path, meta: dict) -> None:
    """Write kb.toml atomically; the same knowledge base always gives the same bytes."""
    write_atomic(path, kb_to_toml(kb, meta))


def parse_kb(data: dict) -> model.KnowledgeBase:
    kb = model.KnowledgeBase()
    for table, (attr, cls) in TABLES.items():
        setattr(kb, attr, [record_from_dict(cls, item) for item in data.get(table, [])])
    return kb


def read_meta(path: Path) -> dict:
    """Only the [meta] table of a kb.toml (cheap: it is written first)."""
    head = []
    with open(path, "rb") as handle:
        for line in handle:
            if line.startswith(b"[[") or (line.startswith(b"[") and not line.startswith(b"[meta]")):
                break
            head.append(line)
    return tomli.loads(b"".join(head).decode("utf-8")).get("meta", {})


def read_kb(path: Path) -> model.KnowledgeBase:
    """Parse a kb.toml (no cache). Raises KBError with a location for a damaged file."""
    from evkb.kb.load import read_toml

    data = read_toml(path)
    try:
        return parse_kb(data)
    except (TypeError, KeyError, ValueError) as exc:
        from evkb.kb.load import KBError, Problem

        raise KBError(
            [Problem(str(path), 1, 1, f"not a kb.toml this version of evkb can read ({exc}); run `evkb build`")]
        ) from None


def load_kb(kb_dir: Path) -> model.KnowledgeBase:
    """The built knowledge base of a folder, from the content-hash cache when possible."""
    from evkb.kb.load import KBError, Problem

    path = Path(kb_dir) / KB_FILE
    if not path.is_file():
        raise KBError([Problem(str(path), 1, 1, "no kb.toml here; run `evkb build` first")])
    digest = file_digest(path)
    kb = cached(path, "kb", lambda: read_kb(path), digest=digest)
    kb._index.clear()
    kb.digest = digest
    return kb
