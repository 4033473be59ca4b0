"""The built knowledge base's records: their tables, as dicts and as rows, read back and checked.

`model.KnowledgeBase` is written as TOML (`rendering`: one array of tables per record type)
and read back here into records, or kept as rows of plain values: the cached form, made into
records only when read (see `cache.py`), so a big knowledge base opens fast the second time.
"""

from __future__ import annotations

import dataclasses
import operator
import os
import typing
from functools import cache
from pathlib import Path

import tomli

from evkb import model
from evkb.errors import KBError, Problem
from evkb.kb.rendering import (  # noqa: F401  # the writing side, reached from here as it always was
    FORMAT,
    _field_types,
    _plan,
    _toml_scalar,
    render_record,
    toml_chunks,
    verify_body,
)

# The layout of the cached rows; a new layout makes old cache entries unused.
ROWS_FORMAT = 5
KB_FILE = "kb.toml"
# kb.toml is ours, not a document: 100,000 passages make 70 MB; a link to /dev/zero stops here.
KB_LIMIT = 1 << 31

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
    "conflict_group": ("conflict_groups", model.ConflictGroup),
    "candidate": ("candidates", model.Candidate),
    "context": ("contexts", model.PassageContext),
}


def _omittable(f: dataclasses.Field, value: object) -> bool:
    """Empty values of fields with defaults are left out (they read back as the default)."""
    if f.default is dataclasses.MISSING and f.default_factory is dataclasses.MISSING:
        return False
    return (
        value is None
        or value == ""
        or value == ()
        or value == []
        or (value == -1 and f.default == -1)
    )


def record_to_dict(record: typing.Any) -> dict:
    """A record as a TOML-ready dict: fields in declaration order, empty optional ones left out."""
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


def record_from_dict(cls: typing.Any, data: dict):
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


def check_counts(counts: dict[str, int], meta: dict) -> None:
    """Raise ValueError unless the tables read hold as many records as [meta] says."""
    said = meta.get("records", {})
    for table in {*counts, *said}:
        if counts.get(table, 0) != said.get(table, 0):
            raise ValueError(
                f"{counts.get(table, 0)} {table} records where [meta] says {said.get(table, 0)}"
            )


def parse_records(data: dict, table: str, cls: typing.Any) -> list:
    return [record_from_dict(cls, item) for item in data.get(table, [])]


def read_meta(path: Path) -> dict:
    """Only the [meta] table of a kb.toml (cheap: it is written first)."""
    from evkb.kb.files import open_regular

    head = []
    with os.fdopen(open_regular(path), "rb") as handle:
        for line in handle:
            if line.startswith(b"[[") or (line.startswith(b"[") and not line.startswith(b"[meta]")):
                break
            head.append(line)
    return tomli.loads(b"".join(head).decode("utf-8")).get("meta", {})


def unreadable(path: Path | str, reason: str) -> KBError:
    """The error for a built file a reader cannot use: the build makes it again."""
    return KBError([Problem(str(path), 1, 1, f"{reason}; run `evkb build`")])


def read_built_file(path: Path, fmt: int, root: Path | None = None) -> tuple[bytes, dict]:
    """(bytes, parsed TOML) of a file `toml_chunks` wrote, whole and of format `fmt`. Raises
    KBError with a location for a missing, damaged or cut file."""
    from evkb.kb.files import read_regular

    try:
        data = read_regular(path, KB_LIMIT, root=root)
    except FileNotFoundError:
        raise unreadable(path, "missing") from None
    except OSError as exc:
        reason = getattr(exc, "reason", None) or f"cannot read: {exc.strerror or exc}"
        raise unreadable(path, reason) from None
    problem = verify_body(data, fmt)
    if problem is None:
        try:
            return data, tomli.loads(data.decode("utf-8"))
        except (UnicodeDecodeError, tomli.TOMLDecodeError) as exc:
            problem = f"not TOML ({getattr(exc, 'msg', exc)})"
    raise unreadable(path, problem)


@cache
def _expected(cls: typing.Any) -> dict[str, tuple[type, ...]]:
    """Per plain field, the Python types its value may have (int is a float, bool is neither)."""
    simple = {"str": (str,), "int": (int,), "float": (int, float), "None": (type(None),)}
    expected = {}
    for f in dataclasses.fields(cls):
        if (
            not isinstance(f.type, str)
            or f.type.startswith(("tuple", "dict", "list"))
            or f.type[0].isupper()
        ):
            continue  # nested records and tuples are checked as they are walked
        expected[f.name] = tuple(
            t for part in f.type.split("|") for t in simple.get(part.strip(), ())
        )
    return expected


def verify_records(kb: model.KnowledgeBase) -> None:
    """A damaged kb.toml (edited by hand, half a disk) must fail here with a message, not later
    in a command or the app with a traceback: field types, and every reference resolves."""
    sources = {s.id for s in kb.sources}
    passages = {p.id for p in kb.passages}

    def walk(record: typing.Any) -> None:
        for name, types in _expected(record.__class__).items():
            value = getattr(record, name)
            if isinstance(value, bool) or (types and not isinstance(value, types)):
                raise TypeError(f"{type(record).__name__.lower()} field {name!r} has {value!r}")
        for f in dataclasses.fields(record):
            value = getattr(record, f.name)
            items = value if isinstance(value, tuple) else (value,)
            for item in items:
                if dataclasses.is_dataclass(item):
                    walk(item)
                elif isinstance(value, tuple) and not isinstance(item, str):
                    raise TypeError(
                        f"{type(record).__name__.lower()} field {f.name!r} has {item!r}"
                    )
        source = getattr(record, "source", None)
        if isinstance(source, str) and source and source not in sources:
            raise KeyError(
                f"{type(record).__name__.lower()} names source {source!r}, which is not in it"
            )
        passage = getattr(record, "passage", None)
        if isinstance(passage, str) and passage and passage not in passages:
            raise KeyError(
                f"{type(record).__name__.lower()} names passage {passage!r}, which is not in it"
            )

    for _table, (attr, _cls) in TABLES.items():
        for record in getattr(kb, attr):
            walk(record)


def _row(record: typing.Any) -> tuple:
    """A record as a tuple of plain values (nested records as nested tuples)."""
    flat = _FLAT.get(record.__class__)
    if flat is None:
        flat = _FLAT[record.__class__] = _flat_getter(record.__class__)
    return flat(record)


# Per record type, the function that makes its row: most rows a build makes are of passages and
# claims, hundreds of thousands of them.
_FLAT: dict[type, typing.Any] = {}


def _flat_getter(cls: typing.Any) -> typing.Any:
    """Its fields' attrgetter when the type nests no record (the values gathered in C), else
    one expression that reads each field and makes the nested records' rows (a claim's
    quantities), rather than a loop over the fields that looks up each one's kind."""
    plan = _plan(cls)
    if len(plan) >= 2 and not any(kind in ("one", "many") for _name, kind, _o, _d in plan):
        return operator.attrgetter(*(name for name, *_ in plan))
    values = []
    for name, kind, _optional, _default in plan:
        if not name.isidentifier():  # the model's own fields only: nothing else reaches exec
            raise TypeError(f"{cls.__name__} has a field named {name!r}")
        if kind == "one":
            values.append(f"_row(r.{name})")
        elif kind == "many":
            values.append(f"tuple(map(_row, r.{name}))")
        else:
            values.append(f"r.{name}")
    scope: dict[str, typing.Any] = {"_row": _row}
    exec(f"def row(r):\n    return ({', '.join(values)},)", scope)  # the model's field names
    return scope["row"]


@cache
def _maker(cls: typing.Any):
    """The inverse of `_row` for one record type (rows read back from JSON hold lists)."""
    kinds = _field_types(cls)
    nested = [
        (i, kind, _maker(sub) if sub is not None else tuple)
        for i, (name, (kind, sub)) in enumerate(kinds.items())
        if kind in ("one", "many", "tuple")
    ]
    if not nested:
        return lambda row: cls(*row)

    def make(row):
        values = list(row)
        for i, kind, make_nested in nested:
            if kind == "many":
                values[i] = tuple(map(make_nested, values[i]))
            else:
                values[i] = make_nested(values[i])
        return cls(*values)

    return make


def to_rows(kb: model.KnowledgeBase) -> dict[str, list[tuple]]:
    """Each table as rows of plain values: the cached form of a knowledge base."""
    return {
        table: rows_of(records)
        for table, (attr, _cls) in TABLES.items()
        if (records := getattr(kb, attr))
    }


def rows_of(records: typing.Sequence) -> list[tuple]:
    """Records as rows of plain values; a table read from a cache gives its rows as they are."""
    if isinstance(records, model.Records):
        return records.rows()
    return [_row(r) for r in records]


def records_of(cls: typing.Any, count: int, rows) -> model.Records:
    """Rows of `cls` records (or a loader of them) as lazily made records."""
    return model.Records(_field_names(cls), rows, _maker(cls), count)


@cache
def _field_names(cls: typing.Any) -> tuple[str, ...]:
    return tuple(f.name for f in dataclasses.fields(cls))


def row_positions(cls: typing.Any) -> dict[str, int]:
    """Where each field of a `cls` record stands in its row (`rows_of`)."""
    return {name: n for n, name in enumerate(_field_names(cls))}


def made_records(cls: typing.Any, count: int, rows) -> list:
    """Every row of `cls` records made at once: rows cached column by column are read a whole
    column at a time, which costs far less than row by row."""
    if not count:
        return []
    if hasattr(rows, "column"):
        rows = zip(*(rows.column(at) for at in range(rows.width)))
    return list(map(_maker(cls), rows))


def from_rows(data) -> model.KnowledgeBase:
    """A knowledge base whose tables unpack their rows only when first used."""
    kb = model.KnowledgeBase()
    for table, (attr, cls) in TABLES.items():
        count, rows = data.get(table, (0, []))
        setattr(kb, attr, records_of(cls, count, rows))
    return kb


def __getattr__(name: str):
    # The built form on disk (kb.toml and built/) is read and written by `built`, which
    # builds on this module; its readers are also reached from here, where they always were.
    if name in ("load_kb", "read_kb", "write_kb", "remember"):
        from evkb.kb import built

        return getattr(built, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
