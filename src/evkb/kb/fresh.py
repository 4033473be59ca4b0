"""A product just made where its document was extracted: written there, sent back as bytes.

A build from scratch makes thousands of products on every core. The process that extracted a
document writes its product file and cache entry and sends back that entry's bytes (`Made`),
which the build reads as cached rows (`unpacked`), as it reads an unchanged product's: one
encoding serves the cache, the trip between processes and the build's own cache entries, which
copy those rows' text rather than encode them again after the last document.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple

from evkb.kb.cache import Places, entry_header, entry_name, seal
from evkb.kb.columns import Columns, decode_tables, encode_tables
from evkb.kb.packs import Packer
from evkb.kb.product_reading import product_of
from evkb.kb.products import (
    PASSED,
    PRODUCT_ENTRY,
    PROPOSED,
    Product,
    product_path,
    rendered_records,
    write_product,
)

if TYPE_CHECKING:  # extraction's modules are imported only where products are made
    from evkb.kb.documents import DocumentProducts


class Made(NamedTuple):
    """A product written by the process that extracted it, as sent back: a few bytes objects
    rather than thousands of rows and records to pickle and unpickle."""

    source: str
    inputs: dict[str, str]
    sha256: str
    size: int
    stat: tuple[int, int, int] | None
    staged: str
    tables: bytes  # `encode_tables` of the product's rows: its cache entry's payload
    rendered: bytes  # `encode_tables` of its passed-on records as rendered (`rendered_records`)
    found: list  # `conflict_keys.claim_findings` of its claims
    rated: bool  # whether its claims imply an exchange rate


_RENDERED = {"format": "rendered"}


def finish_product(
    kb_dir: Path,
    inputs: dict[str, dict[str, str]],
    places: Places,
    packed: bool,
    source_id: str,
    made: DocumentProducts,
) -> Made:
    """Write a just-extracted document's product (in the process that extracted it, so
    rendering and caching run on every core) and return it as `Made`. `places`: where the
    build's cache entries go, found once a process; with `packed`, its cache entry is left to
    the building process, which keeps many in a pack (`Packing`)."""
    from evkb.kb.claim_rules import rate_entries
    from evkb.kb.conflict_keys import claim_findings

    product = Product(source_id, inputs[source_id], made, fresh=True)
    # The proposed records as the product's file takes them, and the passed-on ones as the
    # manifest and the build's cache entry write them: rendered here, on every core, not one
    # document after another once all are made.
    rendered = {f"toml_{name}": rendered_records(product, name) for name in PROPOSED}
    tables = write_product(kb_dir, product, staged=True, places=places, store=not packed)
    return Made(
        source_id,
        product.inputs,
        product.sha256,
        product.size,
        product.stat,
        product.staged,
        b"".join(tables),
        b"".join(encode_tables({f"toml_{n}": rendered[f"toml_{n}"] for n in PASSED}, _RENDERED)),
        claim_findings(made.claims),
        bool(rate_entries(made.claims)),
    )


class Packing:
    """The cache entries of the products the workers sent back, kept a pack of many at a time
    (`packs.py`) by the building process: a build from scratch created a file for each."""

    def __init__(self) -> None:
        self.places, self.packer = Places(), Packer()

    def add(self, path: Path, made: Made) -> None:
        found = self.places.of(path)
        if found is None or not found[1]:
            return
        key, dirs = found
        entry = entry_name(path, PRODUCT_ENTRY, made.sha256, dirs[0])
        self.packer.add(dirs[0], entry, seal(key, [made.tables]))


def unpacked(made: Made, kb_dir: Path, packing: Packing | None = None) -> Product:
    """A product sent back by `finish_product`: its records made from the bytes sent when
    used, its rows copied as they are into the build's cache entries; with `packing`, its
    cache entry goes into a pack."""
    if packing is not None:
        packing.add(product_path(kb_dir, made.source), made)
    tables = decode_tables(memoryview(made.tables), entry_header(made.sha256))
    rendered = decode_tables(memoryview(made.rendered), _RENDERED)
    if tables is None or rendered is None:
        raise ValueError(f"the product of {made.source} came back damaged")
    path = product_path(kb_dir, made.source)
    product = product_of(path, made.source, tables, made.sha256, made.size)
    # A table with no rows is not in the bytes: made again (as nothing) when asked for.
    rows: dict[str, Any] = {name: table for name, (_count, table) in {**tables, **rendered}.items()}
    rows.pop("meta", None)
    product.rows, product.stat, product.staged, product.fresh = rows, made.stat, made.staged, True
    product.found, product.rated = made.found, made.rated
    # What the build's end reads whole, parsed now while the workers go on rather than after
    # the last document: the proposed records (the merge and the conflicts read every one).
    # Not the claims: the conflicts read only a few columns of a few documents' claims.
    for name in PROPOSED:
        table = rows.get(name)
        if isinstance(table, Columns):
            for at in range(table.width):
                table.column(at)
    return product
