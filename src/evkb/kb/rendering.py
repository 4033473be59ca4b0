"""Records as the TOML text of built files: one array of tables per record type, each record's
fields in declaration order, empty values left out, a [meta] table with the records' counts and
a digest of the rest (so a cut or damaged file is told apart from a small one).

Written here rather than by a generic TOML writer: the shape is fixed, and at 100,000 passages a
generic writer spent most of a build's time. `renderer_digest` names this code: what was rendered
by another version of it is not taken as this one's output.
"""

from __future__ import annotations

import dataclasses
import hashlib
import math
import typing
from collections.abc import Iterable, Sequence
from functools import cache
from json.encoder import encode_basestring as _json_string
from pathlib import Path

import tomli

from evkb import model

# The format of kb.toml as one file (2: [meta] with record counts and a body digest); the
# split form (a manifest and product files) has its own formats, in `built` and `products`.
FORMAT = 2


@cache
def renderer_digest() -> bytes:
    """The sha256 of the code that renders records (this module): a part or a cached rendering
    kept by its rows must render as before."""
    return hashlib.sha256(Path(__file__).read_bytes()).digest()


@cache
def _field_types(cls: typing.Any) -> dict[str, tuple[str, typing.Any]]:
    """Per field: ("one", Record) for a nested record, ("many", Record) for a tuple of them,
    ("tuple", None) for a tuple of plain values, ("plain", None) otherwise."""
    hints = typing.get_type_hints(cls, vars(model))
    kinds: dict[str, tuple[str, typing.Any]] = {}
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


_DEL, _DEL_ESCAPED = "\x7f", "\\u007f"


def _toml_scalar(value: object) -> str:
    if type(value) is int:  # the commonest after strings (positions, counts, indexes)
        return int.__repr__(value)
    if isinstance(value, str):
        # A JSON string is a TOML basic string, except that TOML also wants DEL escaped. The
        # encoder json.dumps calls, without its per-call set-up: millions of strings a build.
        text = _json_string(value)
        return text.replace(_DEL, _DEL_ESCAPED) if _DEL in text else text
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        if math.isnan(value):
            return "nan"
        if math.isinf(value):
            return "inf" if value > 0 else "-inf"
        return repr(value)
    if isinstance(value, (tuple, list)):
        return "[" + ", ".join(_toml_scalar(v) for v in value) + "]"
    raise TypeError(f"cannot write {type(value).__name__} to kb.toml")


@cache
def _plan(cls: typing.Any) -> tuple[tuple[str, str, bool, object], ...]:
    """Per field: name, kind (see _field_types), whether it may be left out, its default."""
    kinds = _field_types(cls)
    plan = []
    for f in dataclasses.fields(cls):
        optional = not (
            f.default is dataclasses.MISSING and f.default_factory is dataclasses.MISSING
        )
        plan.append((f.name, kinds[f.name][0], optional, f.default))
    return tuple(plan)


def _left_out(value: object, optional: bool, default: object) -> bool:
    # A value equal to its default reads back the same: curated records carry no provenance.
    return optional and (value is None or value == "" or value == () or value == default)


def _inline(record: typing.Any) -> str:
    parts = []
    for name, kind, optional, default in _plan(record.__class__):
        value = getattr(record, name)
        if _left_out(value, optional, default):
            continue
        text = (
            _inline(value)
            if kind == "one"
            else _toml_scalar([_inline(v) for v in value] if kind == "many" else value)
        )
        parts.append(f"{name} = {text}")
    return "{ " + ", ".join(parts) + " }"


def _emit(lines: list[str], table: str, record: typing.Any) -> None:
    """One record as an array-of-tables entry; nested record lists become sub-tables.

    Every product and built file is written through here, a few thousand fields a document:
    each record type is written by a function of its own (`_emitter`), its fields named in it."""
    emit = _EMITTERS.get(record.__class__)
    if emit is None:
        emit = _EMITTERS[record.__class__] = _emitter(record.__class__)
    emit(lines, table, record)


_EMITTERS: dict[type, typing.Callable[[list[str], str, typing.Any], None]] = {}


def _emitter(cls: typing.Any) -> typing.Callable[[list[str], str, typing.Any], None]:
    """The function that writes a record of `cls` as `_emit` does: the plan of its fields
    (`_plan`) unrolled into straight-line code, so a field costs an attribute read and a test,
    not a loop step that looks up its name, kind and default. The same text as the loop it
    replaced (a test compares the two on every fixture's records)."""
    code = [
        "def emit(lines, table, record):",
        "    add = lines.append",
        '    add("\\n[[" + table + "]]")',
    ]
    consts: dict[str, object] = {}
    nested = False
    for n, (name, kind, optional, default) in enumerate(_plan(cls)):
        code.append(f"    v = record.{name}")
        pad = "    "
        if optional:
            consts[f"d{n}"] = default
            code.append(f'    if not (v is None or v == "" or v == () or v == d{n}):')
            pad = "        "
        head = repr(f"{name} = ")
        if kind == "one":
            code.append(f"{pad}add({head} + _inline(v))")
        elif kind == "many":
            nested = True
            code += [
                f"{pad}if v:",
                f"{pad}    nested.append(({name!r}, v))",
                f"{pad}else:",
                f"{pad}    add({name + ' = []'!r})",
            ]
        else:
            code += [
                f"{pad}if type(v) is str:",  # most values: encoded at once
                f"{pad}    v = _json_string(v)",
                f"{pad}    add({head} + (v.replace(_DEL, _DEL_ESCAPED) if _DEL in v else v))",
                f"{pad}elif type(v) is int:",
                f"{pad}    add({head} + _int_text(v))",
                f"{pad}else:",
                f"{pad}    add({head} + _toml_scalar(v))",
            ]
    if nested:
        code.insert(2, "    nested = []")
        code += [
            "    for name, values in nested:",
            '        sub = table + "." + name',
            "        for value in values:",
            "            _emit(lines, sub, value)",
        ]
    scope = {
        **consts,
        "_inline": _inline,
        "_json_string": _json_string,
        "_DEL": _DEL,
        "_DEL_ESCAPED": _DEL_ESCAPED,
        "_toml_scalar": _toml_scalar,
        "_int_text": int.__repr__,
        "_emit": _emit,
    }
    exec("\n".join(code), scope)  # code made from the model's field names only
    return typing.cast(typing.Callable[[list[str], str, typing.Any], None], scope["emit"])


def render_record(table: str, record: typing.Any) -> str:
    """One record as `toml_chunks` writes it in `table` (which takes this text in its place)."""
    lines: list[str] = []
    _emit(lines, table, record)
    return "\n".join(lines)


# Records rendered before their lines are encoded and let go: at 100,000 passages the lines of
# the whole file held at once cost more memory than the knowledge base itself.
_CHUNK = 5000


def toml_chunks(
    tables: Iterable[tuple[str, Sequence[typing.Any]]], meta: dict, fmt: int = FORMAT
) -> list[bytes]:
    """Tables of records as TOML, in encoded pieces to write one after the other. Written
    here rather than by a generic writer: the shape is fixed, and at 100,000 passages a generic
    writer spent most of the build's time.

    [meta] comes first and names the number of records per table and the sha256 of the rest,
    so a cut or damaged file is told apart from a small one (see `verify_body`). An item that
    is a str is a record as `render_record` renders it, written as it is."""
    body: list[bytes] = []
    digest = hashlib.sha256()
    records = {}
    lines: list[str] = []

    def flush() -> None:
        if lines:
            piece = ("\n".join(lines) + "\n").encode("utf-8")
            digest.update(piece)
            body.append(piece)
            lines.clear()

    for table, items in tables:
        records[table] = len(items)
        for n, record in enumerate(items, 1):
            if isinstance(record, str):
                lines.append(record)
            else:
                _emit(lines, table, record)
            if n % _CHUNK == 0:
                flush()
        flush()
    meta = {**meta, "body_sha256": digest.hexdigest()}
    head = ["[meta]", f"format = {fmt}"]
    head += [f"{key} = {_toml_scalar(value)}" for key, value in sorted(meta.items())]
    counts = ", ".join(f"{table} = {count}" for table, count in records.items())
    head.append(f"records = {{ {counts} }}")
    return [("\n".join(head) + "\n").encode("utf-8"), *body]


def _split(data: bytes) -> tuple[bytes, bytes]:
    """(the [meta] block, the rest): the block ends at the first blank line."""
    end = data.find(b"\n\n")
    if end < 0:
        return data, b""
    return data[: end + 1], data[end + 1 :]


def verify_body(data: bytes, fmt: int = FORMAT) -> str | None:
    """Why the bytes of a file `toml_chunks` wrote are not a whole one (None when they are)."""
    head, body = _split(data)
    try:
        meta = tomli.loads(head.decode("utf-8")).get("meta", {})
    except (UnicodeDecodeError, tomli.TOMLDecodeError):
        return "its [meta] table is damaged"
    if meta.get("format") != fmt:
        found = meta.get("format")
        return f"made by another version of evkb (format {found!r}, this one reads {fmt})"
    if hashlib.sha256(body).hexdigest() != meta.get("body_sha256"):
        return "damaged or cut short (its content does not match the digest in [meta])"
    return None
