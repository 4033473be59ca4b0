"""The built knowledge base on disk: kb.toml (a manifest), a product file per source, parts.

kb.toml (`manifest.py`) names every source's product file (`built/<source>.toml`) and every
part of the collection-level tables (`built/merged/`, `parts.py`: sources, the curated records
resolved to passages, the extracted records merged across documents, the conflicts and their
keys), each with its sha256 and size. Passages, claims, candidates and passage contexts live in
the product files, in the order of the sources. Product files and new parts are written first
and kb.toml last, each atomically, and no file kb.toml names is ever given other bytes, so a
reader sees the previous manifest with its files or the new one with its files. Everything read
is cached by content hash (see `cache.py`): opening warm reads one cache entry and looks at the
size of each file kb.toml names.

A build keeps a second entry beside it, for the next build only: each product's file as it
found it (sha256, size, mtime, inode), what it was made from, and the records it proposed. The
next build (an add, say) takes every product whose file is untouched from the two entries
instead of reading 2,500 files and their entries. Both entries are written in segments
(`cache.py`): the new ones name the rows they keep in the segments the last build wrote (the
products untouched, the merged tables' parts whose rows' digest is the same) and write only
the rest.
"""

from __future__ import annotations

import contextlib
import os
import stat
from collections.abc import Sequence
from functools import cache
from pathlib import Path
from typing import Any

from evkb import model
from evkb.errors import KBError, Problem
from evkb.kb.cache import Notices, Tables, cached_only, cached_tables, file_digest
from evkb.kb.columns import join_rows, slice_rows
from evkb.kb.files import flush_written, remove_stale_temporaries, write_atomic
from evkb.kb.manifest import (
    CONFLICTS,
    FORMAT,
    MERGED,
    PassedOn,
    ProductEntry,
    read_own,
    record_conflicts,
    recorded_parts,
)
from evkb.kb.parts import (
    Part,
    check_parts,
    check_parts_folder,
    check_sizes,
    kept_rows,
    read_parts,
    stray_parts,
    tidy_parts,
    write_parts,
)
from evkb.kb.products import (
    BUILT_DIR,
    INPUTS,
    PASSED,
    SHARE,
    Product,
    check_built_folder,
    entry_row,
    product_of,
    product_path,
    put_in_place,
    read_product,
    rendered_records,
    same_bytes,
    take_back,
    tidy_built,
    write_product,
)
from evkb.kb.products import (
    TABLES as PRODUCT_TABLES,
)
from evkb.kb.rendering import renderer_digest
from evkb.kb.segments import tidy as tidy_segments
from evkb.kb.store import (
    KB_FILE,
    ROWS_FORMAT,
    TABLES,
    from_rows,
    rows_of,
    toml_chunks,
    unreadable,
    verify_records,
)


def _tables(
    kb: model.KnowledgeBase, products: Sequence[Product] = ()
) -> list[tuple[str, Sequence]]:
    tables: list[tuple[str, Sequence]] = []
    for name in MERGED:
        records = getattr(kb, TABLES[name][0])
        if f"extracted_{name}" in _PASSED and products:
            records = _merged_toml(records, products, name)
        tables.append((name, records))
    return tables


def write_manifest(
    kb: model.KnowledgeBase,
    kb_dir: Path,
    products: Sequence[Product],
    meta: dict,
    written: Sequence[Path] = (),
    warnings: list[Problem] | None = None,
    rows: dict[str, Any] | None = None,
) -> tuple[Path, list[Part]]:
    """Write the parts that are new, then kb.toml atomically; returns its path and the parts.
    The product files are written already (`written`: those not flushed to disk yet); a part
    the previous kb.toml names that is missing or changed is told in `warnings`. `rows` gets
    (or gives) the rows of the tables not passed on as TOML (`remember` caches them)."""
    path = Path(kb_dir) / KB_FILE
    check_parts_folder(kb_dir)
    previous = recorded_parts(kb_dir)
    rows = {} if rows is None else rows
    rows.update({n: rows_of(getattr(kb, TABLES[n][0])) for n in MERGED if n not in _RENDERED})
    new: list[Path] = []
    try:
        tables = _tables(kb, products)
        # The tables passed on are told apart by their records' keys, not their text.
        keys = {name: items.keys for name, items in tables if isinstance(items, PassedOn)}
        rendered = [name for name in _RENDERED if name not in keys]
        parts, wrote = write_parts(
            kb_dir, tables, previous, warnings, new, rendered, {**rows, **keys}
        )
        # The files on disk before the manifest that names them.
        flush_written([*written, *wrote], path)
        entries = [ProductEntry(p.source, p.sha256, p.size) for p in products]
        write_atomic(path, toml_chunks([("product", entries), ("part", parts)], meta, FORMAT))
    except BaseException:
        for part in new:  # a build that fails leaves the folder as it was
            with contextlib.suppress(OSError):
                part.unlink()
        raise
    return path, parts


def products_of(kb: model.KnowledgeBase) -> list[Product]:
    """A whole knowledge base cut into per-source products (made from nothing recorded, so a
    build makes them again): what `write_kb` writes for a knowledge base made in memory."""
    from evkb.kb.documents import DocumentProducts
    from evkb.kb.records import Extracted

    source_of = {p.id: p.source for p in kb.passages}
    shares: dict[str, dict[str, list]] = {s.id: {n: [] for n in SHARE} for s in kb.sources}
    for name in SHARE:
        for record in getattr(kb, TABLES[name][0]):
            source = getattr(record, "source", None) or source_of.get(record.passage, "")
            shares[source][name].append(record)
    return [
        Product(
            source,
            dict.fromkeys(INPUTS, ""),  # made from nothing a build would recognise
            DocumentProducts(
                tables["passage"],
                tables["claim"],
                tables["candidate"],
                Extracted(contexts=tables["context"]),
            ),
        )
        for source, tables in shares.items()
    ]


def write_kb(kb: model.KnowledgeBase, path: Path, meta: dict) -> None:
    """Write a knowledge base made in memory to `path` (a kb.toml) and its product files."""
    kb_dir = Path(path).parent
    products = products_of(kb)
    for product in products:
        write_product(kb_dir, product)
    written = [product_path(kb_dir, p.source) for p in products]
    _path, parts = write_manifest(kb, kb_dir, products, meta, written)
    tidy_built(kb_dir, products)
    tidy_parts(kb_dir, parts)


def assemble(
    manifest: dict[str, list], products: Sequence[Product]
) -> tuple[model.KnowledgeBase, dict[str, Any]]:
    """The knowledge base of a manifest's tables and its products, and its cached rows."""
    rows: dict[str, Any] = dict(manifest)
    for name in SHARE:
        rows[name] = join_rows([product.table_rows(name) for product in products])
    tables = {name: (len(table), table) for name, table in rows.items()}
    return from_rows(tables), rows


def _manifest_rows(
    path: Path, problems: list[Problem] | None = None
) -> tuple[dict, dict[str, list], list[ProductEntry], list[Part]]:
    """([meta], rows per table, product entries, parts) of kb.toml and its parts; KBError when
    damaged (with `problems`, a damaged part is added there and the others still read)."""
    meta, entries, parts = read_own(path)
    check_parts_folder(path.parent)
    try:
        records = read_parts(path.parent, parts, MERGED, problems)
        if [e.source for e in entries] != [s.id for s in records["source"]] and not problems:
            raise ValueError("its products are not one for each source, in order")
    except (TypeError, KeyError, ValueError, AttributeError) as exc:
        raise unreadable(path, f"not a kb.toml this version of evkb can read ({exc})") from None
    rows = {name: rows_of(items) for name, items in records.items()}
    rows.update(product=rows_of(entries), part=rows_of(parts))
    return meta, rows, entries, parts


def _read(kb_dir: Path, notices: Notices, cached: bool) -> tuple[model.KnowledgeBase, dict]:
    path = kb_dir / KB_FILE
    _meta, manifest, entries, _parts = _manifest_rows(path)
    products = [read_product(kb_dir, e.source, e.sha256, notices, cached) for e in entries]
    kb, rows = assemble(manifest, products)
    try:
        verify_records(kb)
    except (TypeError, KeyError, ValueError, AttributeError) as exc:
        raise unreadable(path, f"not a kb.toml this version of evkb can read ({exc})") from None
    return kb, rows


def read_kb(path: Path) -> model.KnowledgeBase:
    """Read kb.toml and its product files (no cache, nothing written). Raises KBError with a
    location for a damaged, missing or changed file."""
    return _read(Path(path).parent, None, cached=False)[0]


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


_PROPOSED = tuple(name for name in PRODUCT_TABLES if name not in SHARE)


def remember(
    kb: model.KnowledgeBase,
    path: Path,
    products: Sequence[Product],
    parts: Sequence[Part],
    digest: str = "",
    made: dict[str, Any] | None = None,
) -> None:
    """Put a just-written knowledge base in the cache, so its first open is fast too, and what
    the next build needs of its products beside it."""
    digest = digest or file_digest(path)
    previous = _LAST_ENTRY.pop(str(path), {})

    def rows() -> dict[str, Any]:
        out: dict[str, Any] = {}
        for name, (attr, _cls) in TABLES.items():
            if name in SHARE:
                table = join_rows([p.table_rows(name) for p in products])
            elif f"extracted_{name}" in _PASSED:
                table = _merged_rows(getattr(kb, attr), products, f"extracted_{name}")
            elif made and name in made:
                # Kept for `record_conflicts` too, which then names the same segments.
                table = made[name] = kept_rows(name, made[name], parts, previous)
            else:
                table = rows_of(getattr(kb, attr))
            if table:
                out[name] = table
        out["product"] = [(p.source, p.sha256, p.size) for p in products]
        out["part"] = rows_of(parts)
        return out

    def build_rows() -> dict[str, Any]:
        out: dict[str, Any] = {
            name: join_rows([p.table_rows(name) for p in products]) for name in _PROPOSED
        }
        for name in _PASSED:
            out[f"toml_{name}"] = join_rows([rendered_records(p, name) for p in products])
        out["product"] = [entry_row(p) for p in products]
        return out

    cached_tables(path, _NAME, rows, digest=digest, segmented=True)
    cached_tables(path, _build_entry(), build_rows, digest=digest, segmented=True)
    tidy_segments(path)  # after both: the second names segments of the last build's


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
            product = product_of(product_path(kb_dir, source), source, share, sha256, size)
            product.rows = {name: rows for name, (_n, rows) in share.items() if name != "meta"}
            product.stat = found_stat
            found[source] = product
        counts = {**starts, **{f"toml_{name}": starts[name] for name in _PASSED}}
        if any(count != tables.get(name, (0, []))[0] for name, count in counts.items()):
            return {}  # rows that do not add up: not an entry this build can use
    except (TypeError, KeyError, ValueError, IndexError, AttributeError, KBError):
        return {}
    return found


def _column(rows, at: int) -> list:
    return rows.column(at) if hasattr(rows, "column") else [r[at] for r in rows]


def _check_products(kb_dir: Path, tables) -> None:
    """Every product file and part kb.toml names is there, of the size it names (`check_sizes`)."""
    count, rows = tables.get("part", (0, []))
    if count:
        check_parts(kb_dir, _column(rows, 1), _column(rows, 3))
    count, rows = tables.get("product", (0, []))
    if count:
        folder = os.path.join(kb_dir, BUILT_DIR)  # plain strings: a Path a product costs 60 µs
        check_sizes((f"{folder}/{source}.toml" for source in _column(rows, 0)), _column(rows, 2))


def load_kb(kb_dir: Path, notices: Notices = None) -> model.KnowledgeBase:
    """The built knowledge base of a folder, from the content-hash cache when possible.

    `notices` gets a line for each cache entry that was ignored (planted or damaged)."""
    kb_dir = Path(kb_dir)
    path = kb_dir / KB_FILE
    if not os.path.lexists(path):
        raise KBError([Problem(str(path), 1, 1, "no kb.toml here; run `evkb build` first")])
    check_built_folder(kb_dir)  # before anything is read through it
    check_parts_folder(kb_dir)
    try:
        digest = file_digest(path)
    except OSError as exc:
        reason = getattr(exc, "reason", None) or exc.strerror or str(exc)
        raise unreadable(path, reason) from None

    made = []

    def make() -> dict[str, list]:
        made.append(True)
        return _read(kb_dir, notices, cached=True)[1]

    tables = cached_tables(path, _NAME, make, digest=digest, notices=notices, segmented=True)
    if made:
        tidy_segments(path)
    _check_products(kb_dir, tables)
    kb = from_rows(tables)
    kb.digest = digest
    return kb


def verify_built(kb_dir: Path) -> list[Problem]:
    """What is wrong with kb.toml and the files it names (for `evkb check`): each product and
    part present, whole, and the file kb.toml names (its sha256); a product or part it does not
    name is a warning (the next build removes it)."""
    kb_dir = Path(kb_dir)
    problems: list[Problem] = []
    try:
        check_built_folder(kb_dir)
        _meta, _rows, entries, parts = _manifest_rows(kb_dir / KB_FILE, problems)
    except KBError as exc:
        return problems + exc.problems
    for entry in entries:
        try:
            read_product(kb_dir, entry.source, entry.sha256, cached=False)
        except KBError as exc:
            problems += exc.problems
    named = {f"{e.source}.toml" for e in entries}
    folder = kb_dir / BUILT_DIR
    for path in sorted(folder.glob("*.toml")) if folder.is_dir() else []:
        if path.name not in named:
            message = "a product kb.toml does not name; the next `evkb build` removes it"
            problems.append(Problem(str(path), 1, 1, message, "warning"))
    for path in stray_parts(kb_dir, parts):
        message = "a part kb.toml does not name; the next `evkb build` removes it"
        problems.append(Problem(str(path), 1, 1, message, "warning"))
    return problems


def write_built(
    kb: model.KnowledgeBase,
    kb_dir: Path,
    products: Sequence[Product],
    meta: dict,
    warnings: list[Problem] | None = None,
) -> Path:
    """Write what changed of a build: new products and parts first, kb.toml last, then remove
    the products of sources that are gone and the parts it no longer names. The caller holds
    the folder's lock."""
    kb_dir = Path(kb_dir)
    remove_stale_temporaries(kb_dir / KB_FILE)  # left by a build that was killed while writing
    placed = []
    try:
        written = []
        for product in products:
            if not product.sha256:
                write_product(kb_dir, product)
                product.fresh = True
            if product.staged:
                placed.append(put_in_place(kb_dir, product))
            if product.fresh:
                written.append(product_path(kb_dir, product.source))
        rows: dict[str, Any] = {}
        path, parts = write_manifest(kb, kb_dir, products, meta, written, warnings, rows)
    except BaseException:
        take_back(placed)  # the previous kb.toml stays valid with the files it names
        raise
    tidy_built(kb_dir, products)  # also removes the replaced products kept aside
    tidy_parts(kb_dir, parts)
    remember(kb, path, products, parts, made=rows)
    entries = [(p.source, p.sha256, p.size) for p in products]
    record_conflicts(kb_dir, {"product": entries, **{n: rows[n] for n in CONFLICTS}})
    return path
