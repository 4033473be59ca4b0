"""A build's cache entries of kb.toml: the knowledge base's rows, for its first open, and the
build's own, for the next build only.

The first holds every table's rows as `load_kb` reads them. The second holds each product's
file as the build found it (sha256, size, mtime, inode), what it was made from, and the records
it proposed. The next build (an add, say) takes every product whose file is untouched from the
two entries instead of reading 2,500 files and their entries. Both entries are written in
segments (`cache.py`): the new ones name the rows they keep in the segments the last build
wrote (the products untouched, the merged tables' parts whose rows' digest is the same) and
write only the rest.
"""

from __future__ import annotations

import os
import stat
from collections.abc import Callable, Sequence
from functools import cache, partial
from pathlib import Path
from typing import Any

from evkb import model
from evkb.errors import KBError
from evkb.kb.cache import Places, Tables, cached_only, cached_tables, file_digest
from evkb.kb.columns import join_rows, slice_rows
from evkb.kb.manifest import CONFLICTS, FORMAT, MERGED, PassedOn
from evkb.kb.parts import Part, kept_rows
from evkb.kb.product_reading import product_of
from evkb.kb.products import (
    BUILT_DIR,
    INPUTS,
    PASSED,
    PROPOSED,
    SHARE,
    Product,
    entry_row,
    rendered_records,
    same_bytes,
)
from evkb.kb.products import (
    TABLES as PRODUCT_TABLES,
)
from evkb.kb.rendering import renderer_digest
from evkb.kb.segments import Listed, write_table
from evkb.kb.segments import tidy as tidy_segments
from evkb.kb.store import (
    KB_FILE,
    ROWS_FORMAT,
    TABLES,
    rows_of,
)

# .2: written in segments (`cache.py`); an evkb that reads the whole entry as one file of rows
# must not find it under the name it looks for.
_NAME = f"kb{FORMAT}.{ROWS_FORMAT}.2"


@cache
def _build_entry() -> str:
    """The name of the build's own entry (see the module's docstring): its layout (2: with the
    TOML of passed-on records; 3: written in segments) and the code that renders TOML, since a
    change to that code makes the rendered records it keeps stale."""
    renderer = renderer_digest().hex()[:12]
    return f"build{FORMAT}.{ROWS_FORMAT}.3.{renderer}"


def remember(
    kb: model.KnowledgeBase,
    path: Path,
    products: Sequence[Product],
    parts: Sequence[Part],
    digest: str = "",
    made: dict[str, Any] | None = None,
    beside: dict | None = None,
) -> None:
    """Put a just-written knowledge base in the cache, so its first open is fast too, and what
    the next build needs of its products beside it. `beside`: what `write_beside` wrote of
    them in a forked child (its tables are named, not written again)."""
    digest = digest or file_digest(path)
    previous = _LAST_ENTRY.pop(str(path), {})
    early = _made_early(kb, products, merged=True)
    folder, listed = (beside or {}).get("folder", ""), (beside or {}).get("listed", {})

    def rows() -> dict[str, Any]:
        out: dict[str, Any] = {}
        for name, (attr, _cls) in TABLES.items():
            table: Any
            if line := listed.get(f"{_NAME}/{name}"):
                table = Listed(folder, line, early[_NAME][name])
            elif name in SHARE:
                table = _joined(products, name)
            elif f"extracted_{name}" in _PASSED:
                table = _merged_rows(getattr(kb, attr), products, f"extracted_{name}")
            elif made is not None and name in MERGED and name not in _RENDERED:
                # Kept for `record_conflicts` too, which then names the same segments. Made
                # here when the parts were written beside the build.
                own = made[name] if name in made else rows_of(getattr(kb, attr))
                table = made[name] = kept_rows(name, own, parts, previous)
            else:
                table = rows_of(getattr(kb, attr))
            if table:
                out[name] = table
        out["product"] = [(p.source, p.sha256, p.size) for p in products]
        out["part"] = rows_of(parts)
        return out

    def build_rows() -> dict[str, Any]:
        entry = _build_entry()
        out: dict[str, Any] = {}
        for table, make in early[entry].items():
            line = listed.get(f"{entry}/{table}")
            out[table] = Listed(folder, line, make) if line else make()
        out["product"] = [entry_row(p) for p in products]
        return out

    cached_tables(path, _NAME, rows, digest=digest, segmented=True)
    cached_tables(path, _build_entry(), build_rows, digest=digest, segmented=True)
    tidy_segments(path)  # after both: the second names segments of the last build's


def _joined(products: Sequence[Product], name: str) -> Any:
    return join_rows([p.table_rows(name) for p in products])


def _joined_toml(products: Sequence[Product], name: str) -> Any:
    return join_rows([rendered_records(p, name) for p in products])


def _merged(kb: model.KnowledgeBase, products: Sequence[Product], name: str) -> Any:
    attr = TABLES[name][0]
    if f"extracted_{name}" in _PASSED:
        return _merged_rows(getattr(kb, attr), products, f"extracted_{name}")
    return rows_of(getattr(kb, attr))


def _made_early(
    kb: model.KnowledgeBase, products: Sequence[Product], merged: bool
) -> dict[str, dict[str, Callable[[], Any]]]:
    """The tables of the two entries that are whole once the extracted records are merged
    (before the conflicts and the parts), entry -> table -> its rows, made when called: the
    products' tables, and with `merged` the kb entry's merged tables but the conflicts
    (whose rows an entry may take from the last build's, `kept_rows`, part by part)."""
    kb_tables: dict[str, Callable[[], Any]] = {}
    for name in TABLES:
        if name in SHARE:
            kb_tables[name] = partial(_joined, products, name)
        elif merged and name not in CONFLICTS:
            kb_tables[name] = partial(_merged, kb, products, name)
    return {
        _NAME: kb_tables,
        _build_entry(): {
            **{name: partial(_joined, products, name) for name in PROPOSED},
            **{f"toml_{name}": partial(_joined_toml, products, name) for name in _PASSED},
        },
    }


# From this many products a build made, the entries' tables of products are written beside
# the building process (`write_beside`); for an add of a few documents, the fork of a process
# holding a whole knowledge base would cost more than the child saves.
BESIDE_FROM = 100


def write_beside(path: Path, kb: model.KnowledgeBase, products: Sequence[Product]) -> dict:
    """Write the segments of the two entries' tables that are whole once the extracted records
    are merged (in a forked child, while the building process finds the conflicts and writes
    the parts): {"folder": the cache folder, "listed": "entry/table" -> the entry's line of
    it}. The entries themselves, named by kb.toml's digest, are written by `remember`. The
    merged tables are left to it when the last build's entry may lend them rows."""
    found = Places().of(path)
    if found is None or not found[1]:
        return {}
    key, folder = found[0], found[1][0]
    listed = {}
    early = _made_early(kb, products, merged=str(path) not in _LAST_ENTRY)
    for entry, tables in early.items():
        for table, make in tables.items():
            if rows := make():
                listed[f"{entry}/{table}"] = write_table(key, folder, path, table, rows)
    return {"folder": str(folder), "listed": listed}


# The kb.toml entry `known_products` read, by kb.toml's path: `remember` takes from it the rows
# of the parts that did not change.
_LAST_ENTRY: dict[str, Tables] = {}

# Proposed records the merge passes on as they are (or leaves out), in the order of products.
_PASSED = PASSED
_RENDERED = tuple(name.removeprefix("extracted_") for name in _PASSED)


def _passed_on(
    merged: Sequence, products: Sequence[Product], table: str
) -> list[tuple[Product | None, list]] | None:
    """A merged table whose records are curated ones, then products' proposed records in
    product order with some left out, in pieces: (None, the curated records), then (product,
    its records kept, or None when it kept them all). None when the table is not of that shape."""
    if isinstance(merged, model.Pieces):  # the merge says which pieces it passed on whole
        if [source for source, _records, _whole in merged.pieces] != [p.source for p in products]:
            return None
        given: list[tuple[Product | None, Any]] = [(None, list(merged.head))]
        for product, (_source, records, whole) in zip(products, merged.pieces):
            own = whole and records is product.table(table)  # not a product made apart
            given.append((product, None if own else list(records)))
        return given
    proposed = [p.table(table) for p in products]
    ours = {id(r) for records in proposed for r in records}
    head = next((i for i, r in enumerate(merged) if id(r) in ours), len(merged))
    pieces: list[tuple[Product | None, Any]] = [(None, list(merged[:head]))]
    at = head
    for product, records in zip(products, proposed):
        kept = []
        for record in records:
            if at < len(merged) and merged[at] is record:
                kept.append(record)
                at += 1
        pieces.append((product, None if len(kept) == len(records) else kept))
    return pieces if at == len(merged) else None


def _merged_rows(merged: Sequence, products: Sequence[Product], table: str) -> Any:
    """The rows of a merged table: a product's own rows where it kept all its records (so an
    entry copies their text), the others' made again."""
    pieces = _passed_on(merged, products, table)
    if pieces is None:
        return rows_of(merged)
    return join_rows(
        [rows_of(kept) if kept is not None else p.table_rows(table) for p, kept in pieces]
    )


def _merged_toml(merged: Sequence, products: Sequence[Product], name: str) -> Sequence:
    """The records of a merged manifest table, each product's as the text it was rendered to
    where it kept them all (rendering them is most of writing the manifest), read only for
    the parts that are written (`PassedOn`)."""
    table = f"extracted_{name}"
    pieces = _passed_on(merged, products, table)
    if pieces is None:
        return list(merged)
    return PassedOn(table, pieces)


def known_products(kb_dir: Path) -> dict[str, Product]:
    """Source -> product, for every product kb.toml names whose file is as the last build left
    it (the same size, mtime and inode), read from that build's cache entries; {} without them.
    A product changed, replaced or touched since is not among them: the build reads it whole."""
    path = Path(kb_dir) / KB_FILE
    try:
        digest = file_digest(path)
    except OSError:
        return {}
    kb_tables = cached_only(path, _NAME, digest)
    build_tables = cached_only(path, _build_entry(), digest) if kb_tables is not None else None
    if kb_tables is None or build_tables is None:
        return {}
    _LAST_ENTRY.clear()
    _LAST_ENTRY[str(path)] = kb_tables
    tables: dict[str, tuple[int, Any]] = {
        **{n: kb_tables.get(n, (0, [])) for n in SHARE},
        **build_tables,
    }
    try:
        count, rows = tables["product"]
        width = 5 + len(INPUTS) + len(PRODUCT_TABLES)
        columns = [rows.column(at) for at in range(width)] if count else [[]] * width
        starts = dict.fromkeys(PRODUCT_TABLES, 0)
        found: dict[str, Product] = {}
        folder = os.path.join(kb_dir, BUILT_DIR)  # plain strings: a Path a product costs 60 µs
        for row in zip(*columns):
            source, sha256, size, mtime_ns, inode = row[:5]
            inputs = row[5 : 5 + len(INPUTS)]
            share: dict[str, tuple[int, Any]] = {"meta": (1, [(source, *inputs)])}
            for name, rows_in in zip(PRODUCT_TABLES, row[5 + len(INPUTS) :]):
                start = starts[name]
                starts[name] = start + rows_in
                for key in (name, f"toml_{name}") if name in _PASSED else (name,):
                    table = tables.get(key, (0, []))[1]
                    rows_of_key: Any = slice_rows(table, start, start + rows_in) if rows_in else []
                    share[key] = (rows_in, rows_of_key)
            if "/" in source or source.startswith("."):
                raise ValueError(source)
            try:
                info = os.lstat(f"{folder}/{source}.toml")
            except OSError:
                continue
            found_stat: tuple[int, int, int] | None = (info.st_size, info.st_mtime_ns, info.st_ino)
            if not stat.S_ISREG(info.st_mode):
                continue
            if found_stat != (size, mtime_ns, inode):
                # A moved or copied folder (new inodes): the same bytes are the same product.
                found_stat = same_bytes(f"{folder}/{source}.toml", size, sha256)
                if found_stat is None:
                    continue
            # The path only locates an error: a string, not a Path a product (~40 µs each).
            product = product_of(f"{folder}/{source}.toml", source, share, sha256, size)
            product.rows = {name: rows for name, (_n, rows) in share.items() if name != "meta"}
            product.stat = found_stat
            found[source] = product
        counts = {**starts, **{f"toml_{name}": starts[name] for name in _PASSED}}
        if any(count != tables.get(name, (0, []))[0] for name, count in counts.items()):
            return {}  # rows that do not add up: not an entry this build can use
    except (TypeError, KeyError, ValueError, IndexError, AttributeError, KBError):
        return {}
    return found
