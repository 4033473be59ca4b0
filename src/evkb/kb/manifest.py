"""kb.toml: its format, what it names, and what the last build recorded there for the next.

kb.toml names every source's product file (`built/<source>.toml`) and every part of the
collection-level tables (`built/merged/`, see `parts.py`), each with its sha256; it holds no
records of its own, so it stays small (about 0.4 MB at 2,500 documents) and cheap to parse.
A build reads from it the products it may reuse and the conflicts and their keys it may keep.
"""

from __future__ import annotations

import hashlib
import os
from bisect import bisect_right
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import tomli

from evkb import model
from evkb.errors import KBError
from evkb.kb.cache import cached_tables
from evkb.kb.files import read_regular
from evkb.kb.parts import Part, read_parts
from evkb.kb.products import SHARE, Product, rendered_records
from evkb.kb.store import (
    KB_FILE,
    KB_LIMIT,
    TABLES,
    _toml_scalar,
    check_counts,
    parse_records,
    read_built_file,
    records_of,
    row_positions,
    rows_of,
    unreadable,
)

# 3: kb.toml is a manifest of per-source product files plus the collection-level tables;
# 4: and of the parts those tables are cut into (`parts.py`), no records of its own.
FORMAT = 4


@dataclass(frozen=True)
class ProductEntry:
    """A product file as kb.toml names it: `built/<source>.toml`, its sha256 and size."""

    source: str
    sha256: str
    bytes: int


# kb.toml's own tables: the products (`named_products` reads only those) and the parts.
OWN: dict[str, type] = {"product": ProductEntry, "part": Part}
# The collection-level tables, in the order of their parts: the conflicts and their keys first.
CONFLICTS = ("conflict_group", "conflict")
MERGED = (
    *CONFLICTS,
    "source",
    *(name for name in TABLES if name not in (*CONFLICTS, "source", *SHARE)),
)


def read_own(path: Path) -> tuple[dict, list[ProductEntry], list[Part]]:
    """([meta], product entries, parts) of kb.toml; KBError when damaged."""
    _data, parsed = read_built_file(path, FORMAT)
    meta = parsed.get("meta", {})
    try:
        own = {name: parse_records(parsed, name, cls) for name, cls in OWN.items()}
        check_counts({name: len(items) for name, items in own.items()}, meta)
        for entry in own["product"]:
            if not entry.source or "/" in entry.source or entry.source.startswith("."):
                raise ValueError(f"a product named {entry.source!r}")
    except (TypeError, KeyError, ValueError, AttributeError) as exc:
        raise unreadable(path, f"not a kb.toml this version of evkb can read ({exc})") from None
    return meta, own["product"], own["part"]


# The last kb.toml parsed, by its path and lstat: a build asks for its products, its parts and
# its conflicts in turn, and kb.toml is only ever replaced whole (a new inode).
_LAST: dict[str, tuple[tuple[int, ...], bytes, dict]] = {}


def _manifest(kb_dir: Path) -> tuple[bytes, dict]:
    """The bytes of kb.toml and its tables parsed; ValueError when not of this format."""
    path = Path(kb_dir) / KB_FILE
    info = os.lstat(path)
    key = (info.st_dev, info.st_ino, info.st_size, info.st_mtime_ns, info.st_ctime_ns)
    last = _LAST.get(str(path))
    if last is not None and last[0] == key:
        data, parsed = last[1], last[2]
    else:
        data = read_regular(path, KB_LIMIT)
        parsed = tomli.loads(data.decode("utf-8"))
        _LAST.clear()
        _LAST[str(path)] = (key, data, parsed)
    if parsed.get("meta", {}).get("format") != FORMAT:
        raise ValueError("another format")
    return data, parsed  # read only by its callers


def recorded_parts(kb_dir: Path) -> list[Part]:
    """The parts kb.toml names ([] without a readable kb.toml)."""
    try:
        return parse_records(_manifest(kb_dir)[1], "part", Part)
    except (OSError, ValueError, TypeError, KeyError, AttributeError, tomli.TOMLDecodeError):
        return []


def named_products(kb_dir: Path) -> dict[str, str]:
    """Source -> sha256 of each product file kb.toml names ({} without a readable kb.toml)."""
    try:
        return {str(e["source"]): str(e["sha256"]) for e in _manifest(kb_dir)[1].get("product", [])}
    except (OSError, ValueError, KeyError, TypeError, tomli.TOMLDecodeError):
        return {}  # UnicodeDecodeError is a ValueError


Recorded = tuple[dict[str, str], Sequence[model.Conflict], Sequence[model.ConflictGroup]]
_RECORDED = {"product": ProductEntry, **{name: TABLES[name][1] for name in CONFLICTS}}


def record_conflicts(kb_dir: Path, rows: dict[str, list] | None = None) -> Recorded | None:
    """The products, conflicts and conflict keys of kb.toml and its parts through a cache entry
    of their own, keyed by kb.toml's bytes; `rows`, when given, are those tables as written."""
    path = Path(kb_dir) / KB_FILE
    try:
        data, parsed_kb = _manifest(kb_dir)
    except (OSError, ValueError, tomli.TOMLDecodeError):
        return None

    def parsed() -> dict[str, list]:
        tables = rows
        if tables is None:
            parts = parse_records(parsed_kb, "part", Part)
            # Read as they are: a conflict changed by hand fails its key's digest and is
            # compared again, the others are kept.
            records = read_parts(kb_dir, parts, CONFLICTS, verify=False)
            entries = parse_records(parsed_kb, "product", ProductEntry)
            tables = {"product": rows_of(entries), **{n: rows_of(records[n]) for n in CONFLICTS}}
        # An empty table is left out, as `to_rows` leaves it: the cache keeps none.
        return {name: table for name, table in tables.items() if table}

    # Beside the whole's entry (the same origin and digest), in segments: its conflicts are
    # the rows the whole's entry names, so an add writes only those that changed.
    try:
        digest = hashlib.sha256(data).hexdigest()
        tables = cached_tables(path, "head", parsed, digest=digest, segmented=True)
        products, groups, conflicts = (
            records_of(cls, *tables.get(name, (0, []))) for name, cls in _RECORDED.items()
        )
        named = dict(zip(products.column("source"), products.column("sha256"), strict=True))
    except (TypeError, KeyError, ValueError, AttributeError, KBError):
        return None  # UnicodeDecodeError is a ValueError
    return named, conflicts, groups


def recorded_conflicts(kb_dir: Path) -> Recorded | None:
    """(the products, the conflicts, their keys) the last build recorded in kb.toml and its
    parts; None where there are none to read (a build then compares everything)."""
    return record_conflicts(kb_dir)


class PassedOn(Sequence):
    """A merged table passed on document by document (shares, investments) as the parts read
    it: `keys` name each record cheaply (a product passing all its records on: its sha256 and
    the record's place, which fix the text it renders to; any other record: its row), so a
    part whose keys' digest is the last build's is named without its text being read; the
    text of a record is read from its product's rendering only where a part is written."""

    def __init__(self, table: str, pieces: Sequence[tuple[Product | None, Any]]):
        self.table = table
        self.keys: list = []
        self._runs: list[tuple[int, Product | None, Any]] = []
        for product, kept in pieces:
            if kept is None and product is not None and not product.sha256:
                kept = list(product.table(table))  # not written yet: nothing names its bytes
            start = len(self.keys)
            if kept is not None:
                self._runs.append((start, None, kept))
                self.keys += rows_of(kept)
            else:
                assert product is not None  # a piece kept whole is a product's
                self._runs.append((start, product, None))
                self.keys += [(product.sha256, n) for n in range(len(product.table_rows(table)))]
        self._starts = [start for start, _product, _kept in self._runs]

    def __len__(self) -> int:
        return len(self.keys)

    def __getitem__(self, index):
        if isinstance(index, slice):
            return list(self._items(*index.indices(len(self))[:2]))
        return next(self._items(index, index + 1))

    def _items(self, start: int, stop: int) -> Iterator[Any]:
        """The records [start, stop): a product's as the text it renders them to."""
        at = max(bisect_right(self._starts, start) - 1, 0)
        for begin, product, kept in self._runs[at:]:
            if begin >= stop:
                break
            count = len(kept) if kept is not None else len(self._rows(product))
            low, high = max(start, begin) - begin, min(stop, begin + count) - begin
            if kept is not None:
                yield from kept[low:high]
            else:
                assert product is not None  # a run is a product's or records kept
                rendered = rendered_records(product, self.table)
                yield from (rendered[n][0] for n in range(low, high))

    def _rows(self, product: Product | None) -> Any:
        assert product is not None
        return product.table_rows(self.table)

    def cut_values(self, cut: Callable[[Any], str]) -> list[str]:
        """`cut` of each record (`parts._cut_value`), a product's records' from their id
        column: their text is not read for it."""
        values: list[str] = []
        at_id = row_positions(TABLES[self.table.removeprefix("extracted_")][1])["id"]
        for _begin, product, kept in self._runs:
            if kept is not None:
                values += map(cut, kept)
                continue
            rows = self._rows(product)
            ids = rows.column(at_id) if hasattr(rows, "column") else [r[at_id] for r in rows]
            records = product.table(self.table) if product is not None else []
            values += [
                _toml_scalar(ident) if isinstance(ident, str) and ident else cut(records[n])
                for n, ident in enumerate(ids)
            ]
        return values
