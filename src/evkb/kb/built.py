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

A build keeps a second entry beside it, for the next build only (`entries.py`).
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

from evkb import model
from evkb.errors import KBError, Problem
from evkb.kb.cache import Notices, Places, cached_tables, file_digest
from evkb.kb.columns import join_rows
from evkb.kb.entries import (
    _NAME,
    _PASSED,
    _RENDERED,
    _merged_toml,
    known_products,  # noqa: F401  (importable from here, as before)
    remember,
)
from evkb.kb.files import flush_written, remove_stale_temporaries, write_atomic
from evkb.kb.forked import Forked
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
    read_parts,
    stray_parts,
    tidy_parts,
    write_parts,
)
from evkb.kb.product_reading import read_product
from evkb.kb.products import (
    BUILT_DIR,
    INPUTS,
    SHARE,
    Product,
    check_built_folder,
    product_path,
    put_in_place,
    take_back,
    tidy_built,
    write_product,
)
from evkb.kb.segments import tidy as tidy_segments
from evkb.kb.store import (
    KB_FILE,
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
    beside: dict | None = None,
) -> tuple[Path, list[Part]]:
    """Write the parts that are new, then kb.toml atomically; returns its path and the parts.
    The product files are written already (`written`: those not flushed to disk yet); a part
    the previous kb.toml names that is missing or changed is told in `warnings`. `rows` gets
    (or gives) the rows of the tables not passed on as TOML (`remember` caches them).
    `beside`: what `write_parts_beside` wrote in a forked child (all but the conflicts)."""
    path = Path(kb_dir) / KB_FILE
    check_parts_folder(kb_dir)
    previous = recorded_parts(kb_dir)
    rows = {} if rows is None else rows
    done = set() if not beside else {name for name in MERGED if name not in CONFLICTS}
    rows.update(_rows_of_merged(kb, [n for n in MERGED if n not in done]))
    new: list[Path] = [Path(p) for p in beside["new"]] if beside else []
    try:
        tables = [(name, items) for name, items in _tables(kb, products) if name not in done]
        parts, wrote = _parts(kb_dir, tables, previous, warnings, new, rows)
        if beside:  # after the conflicts' parts, as MERGED lists them
            parts += [Part(*row) for row in beside["parts"]]
            wrote += [Path(p) for p in beside["wrote"]]
            if warnings is not None:
                warnings += [Problem(*fields) for fields in beside["damaged"]]
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


def _rows_of_merged(kb: model.KnowledgeBase, names: Sequence[str]) -> dict[str, Any]:
    return {n: rows_of(getattr(kb, TABLES[n][0])) for n in names if n not in _RENDERED}


def _parts(
    kb_dir: Path,
    tables: list[tuple[str, Sequence]],
    previous: Sequence[Part],
    warnings: list[Problem] | None,
    new: list[Path],
    rows: dict[str, Any],
) -> tuple[list[Part], list[Path]]:
    # The tables passed on are told apart by their records' keys, not their text.
    keys = {name: items.keys for name, items in tables if isinstance(items, PassedOn)}
    rendered = [name for name in _RENDERED if name not in keys]
    return write_parts(kb_dir, tables, previous, warnings, new, rendered, {**rows, **keys})


def write_parts_beside(kb: model.KnowledgeBase, kb_dir: Path, products: Sequence[Product]) -> dict:
    """The parts of every merged table but the conflicts, written in a forked child while the
    building process finds the conflicts: {"parts": their rows, "wrote": the files written,
    "new": those not there before, "damaged": the warnings' fields} (`write_manifest`)."""
    names = [name for name in MERGED if name not in CONFLICTS]
    tables = [(name, items) for name, items in _tables(kb, products) if name in names]
    damaged: list[Problem] = []
    new: list[Path] = []
    rows = _rows_of_merged(kb, names)
    parts, wrote = _parts(kb_dir, tables, recorded_parts(kb_dir), damaged, new, rows)
    return {
        "parts": rows_of(parts),
        "wrote": [str(p) for p in wrote],
        "new": [str(p) for p in new],
        "damaged": [[p.path, p.line, p.col, p.message, p.severity] for p in damaged],
    }


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
    places = Places()
    for product in products:
        write_product(kb_dir, product, places=places)
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


def _answer(child: Forked | None, what: str, path: Path, warnings: list[Problem] | None) -> dict:
    """What a child forked beside the build wrote; one that failed is told and its work is
    done here (the same files, only later)."""
    if child is None:
        return {}
    answer = child.answer()
    if answer is None and warnings is not None:
        message = f"the process writing the {what} beside the build {child.reason}; written here"
        warnings.append(Problem(str(path), 1, 1, message, "warning"))
    return answer or {}


def write_built(
    kb: model.KnowledgeBase,
    kb_dir: Path,
    products: Sequence[Product],
    meta: dict,
    warnings: list[Problem] | None = None,
    beside: Mapping[str, Forked] | None = None,
) -> Path:
    """Write what changed of a build: new products and parts first, kb.toml last, then remove
    the products of sources that are gone and the parts it no longer names. The caller holds
    the folder's lock. `beside`: children forked to write the cache entries' rows of the
    products ("entries", `entries.write_beside`) and the parts but the conflicts' ("parts",
    `write_parts_beside`), whose answers are taken."""
    beside = beside or {}
    kb_dir = Path(kb_dir)
    remove_stale_temporaries(kb_dir / KB_FILE)  # left by a build that was killed while writing
    placed = []
    try:
        written = []
        places = Places()
        for product in products:
            if not product.sha256:
                write_product(kb_dir, product, places=places)
                product.fresh = True
            if product.staged:
                placed.append(put_in_place(kb_dir, product))
            if product.fresh:
                written.append(product_path(kb_dir, product.source))
        rows: dict[str, Any] = {}
        made = _answer(beside.get("parts"), "parts", kb_dir / KB_FILE, warnings)
        path, parts = write_manifest(kb, kb_dir, products, meta, written, warnings, rows, made)
    except BaseException:
        take_back(placed)  # the previous kb.toml stays valid with the files it names
        raise
    tidy_built(kb_dir, products)  # also removes the replaced products kept aside
    tidy_parts(kb_dir, parts)
    cached = _answer(beside.get("entries"), "cache", path, warnings)
    remember(kb, path, products, parts, made=rows, beside=cached)
    entries = [(p.source, p.sha256, p.size) for p in products]
    record_conflicts(kb_dir, {"product": entries, **{n: rows[n] for n in CONFLICTS}})
    return path
