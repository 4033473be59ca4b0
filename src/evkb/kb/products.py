"""Per-source build products: `built/<source>.toml`, what the build learnt from one document.

A product holds one document's passages, claims, name candidates, passage contexts and the
records it proposes (before they are merged with the other documents'), and names what it was
made from: the source's sha256, its date of writing as sources.toml states it (periods such as
"last year" count from it), the digest of the curated lexicon the extractor used and the digest
of the extractor itself (its code). A build reuses a product whose inputs are unchanged
and extracts only new or changed documents, so an add costs one document's extraction. Products
are read back through a sealed cache entry each (see `cache.py`), so an unchanged product is
not parsed again.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import secrets
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from evkb import model
from evkb.errors import KBError, Problem
from evkb.kb.cache import (
    Places,
    entry_header,
    file_digest,
    keep_only,
    local_entry_name,
    store_encoded,
)
from evkb.kb.columns import encode_tables
from evkb.kb.files import (
    TMP_SUFFIX,
    create_new,
    regular_lstat,
    remove_temporaries_in,
    safe_folder,
    write_atomic,
)
from evkb.kb.store import (
    ROWS_FORMAT,
    render_record,
    rows_of,
    toml_chunks,
)
from evkb.kb.store import (
    TABLES as KB_TABLES,
)

if TYPE_CHECKING:  # extraction's modules are imported only where products are made
    from evkb.kb.documents import DocumentProducts

# 1: the first per-source layout.
FORMAT = 1
BUILT_DIR = "built"
_ROWS = f"product{FORMAT}.{ROWS_FORMAT}"
PRODUCT_ENTRY = _ROWS  # the name of a product's cache entry (`cache.entry_name`)

# The document's own share of the knowledge base's tables, in the order of its sources.
SHARE = ("passage", "claim", "candidate", "context")
# Product table -> (attribute of DocumentProducts, or of its Extracted, record type): its share
# of the knowledge base's tables, then the records it proposes, which the build merges across
# documents into the manifest's tables.
TABLES: dict[str, tuple[str, type]] = {
    **{name: KB_TABLES[name] for name in SHARE},
    "extracted_company": ("companies", model.Company),
    "extracted_battery": ("batteries", model.Battery),
    "extracted_share": ("shares", model.Share),
    "extracted_investment": ("investments", model.Investment),
}
PROPOSED = tuple(name for name in TABLES if name not in SHARE)
# Proposed records the merge passes on document by document (`kb.merge.merge_records`).
PASSED = ("extracted_share", "extracted_investment")
# Proposed records read back as rows, made into records only when used: the merge passes those
# on and merges companies and generations as rows, and an add leaves most documents' records
# untouched.
AS_ROWS = ("extracted_company", "extracted_battery", *PASSED)
# What a product is made from, in the order its [meta] names them.
INPUTS = ("source_sha256", "published", "added", "lexicon_sha256", "extractor_sha256")


@dataclass
class Product:
    """One document's products and what they were made from; `sha256` and `size` are those
    of its file once written or read ("" and 0 before)."""

    source: str
    inputs: dict[str, str]
    products: DocumentProducts
    sha256: str = ""
    size: int = 0
    rows: dict[str, list] = field(default_factory=dict, repr=False)
    fresh: bool = False  # written by this build, not yet flushed to disk
    staged: str = ""  # where it was written, until renamed to its own name
    # (size, mtime_ns, inode) of its file when written or read whole: while the file's lstat
    # is the same, a later build trusts it to be that file (as git trusts its index).
    stat: tuple[int, int, int] | None = None
    # What the conflict rules that read one claim at a time find in its claims, for a product
    # just made: found where it was extracted, on every core (`conflict_keys.claim_findings`);
    # and whether its claims imply an exchange rate (the one rule that reads them again).
    found: list | None = None
    rated: bool = True

    def table(self, name: str) -> Sequence[Any]:
        attr = TABLES[name][0]
        holder = self.products if hasattr(self.products, attr) else self.products.extracted
        return getattr(holder, attr)

    def table_rows(self, name: str) -> list:
        """A table as plain rows (those it was read with, when read from a cache)."""
        if name not in self.rows:
            self.rows[name] = rows_of(self.table(name))
        return self.rows[name]


# The code a product depends on, relative to the package: what `DocumentExtractor` runs (a
# test holds this to what extraction imports). The file's layout has its own FORMAT.
EXTRACTOR_CODE = (
    "kb/company_keys.py",
    "kb/currencies.py",
    "kb/documents.py",
    "kb/extract",
    "kb/records",
    "kb/numberwords.py",
    "kb/units.py",
    "lazy.py",
    "model.py",
    "text.py",
)


def extractor_files() -> list[Path]:
    package = Path(__file__).resolve().parents[1]  # the evkb package
    files: list[Path] = []
    for name in EXTRACTOR_CODE:
        path = package / name
        files += sorted(path.rglob("*.py")) if path.is_dir() else [path]
    return files


@cache
def extractor_digest() -> str:
    """sha256 of the code that makes products: a change to it makes every product again."""
    package = Path(__file__).resolve().parents[1]
    digest = hashlib.sha256()
    for path in extractor_files():
        name = path.relative_to(package).as_posix().encode("utf-8")
        data = path.read_bytes()
        digest.update(len(name).to_bytes(8, "big") + name + len(data).to_bytes(8, "big") + data)
    return digest.hexdigest()


def lexicon_digest(companies: Sequence[model.Company]) -> str:
    """sha256 of the curated companies as the extractor sees them."""
    digest = hashlib.sha256()
    for piece in toml_chunks([("company", companies)], {}):
        digest.update(piece)
    return digest.hexdigest()


def product_inputs(source: model.Source, lexicon: str) -> dict[str, str]:
    return {
        "source_sha256": source.sha256,
        "published": source.published,
        "added": source.added,
        "lexicon_sha256": lexicon,
        "extractor_sha256": extractor_digest(),
    }


def check_built_folder(kb_dir: Path) -> None:
    """Refuse a `built/` that is not a real folder of this one (a link, a file): products are
    read and written only inside the knowledge base, never where a link leads."""
    folder = Path(kb_dir) / BUILT_DIR
    if not safe_folder(folder):
        message = (
            "not a folder (a symbolic link?); evkb keeps its products only inside the knowledge"
            " base: remove it and run `evkb build`"
        )
        raise KBError([Problem(str(folder), 1, 1, message)])


def product_path(kb_dir: Path, source_id: str) -> Path:
    return Path(kb_dir) / BUILT_DIR / f"{source_id}.toml"


def file_stat(path: str | Path) -> tuple[int, int, int] | None:
    """(size, mtime_ns, inode) of a regular file, None for anything else."""
    info = regular_lstat(path)
    return None if info is None else (info.st_size, info.st_mtime_ns, info.st_ino)


def same_bytes(path: str, size: int, sha256: str) -> tuple[int, int, int] | None:
    """The file's (size, mtime_ns, inode) when it holds exactly the bytes of `sha256` (hashed,
    and not changed while hashed), else None: a product whose lstat changed (a copied folder)
    costs a hash, not a parse."""
    before = file_stat(path)
    if before is None or before[0] != size:
        return None
    try:
        digest = file_digest(Path(path))
    except OSError:
        return None
    return before if digest == sha256 and file_stat(path) == before else None


def entry_row(product: Product) -> tuple:
    """What a build's cache entry records of a product: its file, what it was made from, and
    how many rows of each table it holds (its place in the entry's joined tables)."""
    size, mtime_ns, inode = product.stat or (product.size, -1, -1)
    return (
        product.source,
        product.sha256,
        size,
        mtime_ns,
        inode,
        *(product.inputs[k] for k in INPUTS),
        *(len(product.table_rows(name)) for name in TABLES),
    )


def product_chunks(product: Product) -> list[bytes]:
    """The product as TOML pieces: the same product always gives the same bytes. Proposed
    records rendered already for the manifest (`rendered_records`) are not rendered again:
    only their tables' names differ, in the header lines (a value never holds a line break)."""
    tables: list[tuple[str, Sequence[Any]]] = []
    for name in TABLES:
        rendered = product.rows.get(f"toml_{name}")
        if rendered is None:
            tables.append((name, product.table(name)))
            continue
        header, own = "\n[[" + name.removeprefix("extracted_"), "\n[[" + name
        tables.append((name, [text.replace(header, own) for (text,) in rendered]))
    return toml_chunks(tables, {"source": product.source, **product.inputs}, FORMAT)


def _cache_rows(
    path: Path, product: Product, places: Places | None = None, store: bool = True
) -> list[bytes]:
    """Seal the product's rows in the cache, named by its file's digest; returns them encoded
    (the entry's payload), which a worker sends back as they are. `places`: the build's;
    without `store`, the caller keeps them (in a pack, `packs.py`)."""
    rows: dict[str, list] = {"meta": [(product.source, *(product.inputs[k] for k in INPUTS))]}
    for name in TABLES:
        if table := product.table_rows(name):
            rows[name] = table
    blocks = encode_tables(rows, entry_header(product.sha256))
    if store:
        store_encoded(path, _ROWS, blocks, product.sha256, places)
    return blocks


def write_product(
    kb_dir: Path,
    product: Product,
    staged: bool = False,
    places: Places | None = None,
    store: bool = True,
) -> list[bytes]:
    """Write `built/<source>.toml` atomically and cache its rows; sets `sha256` and `size`
    and returns the rows as the cache entry encodes them (`_cache_rows`).
    The file is not flushed to disk here: the build flushes all it wrote at once, before
    kb.toml names them. `staged` writes it under a temporary name (`product.staged`) that
    `put_in_place` renames: a build that fails later leaves the folder as it was."""
    path = product_path(kb_dir, product.source)
    chunks = product_chunks(product)
    digest = hashlib.sha256()
    for piece in chunks:
        digest.update(piece)
    target = path
    if staged:  # a name `remove_temporaries_in` knows, should this process be killed
        # Written under that name at once: nothing reads a staged file before the build
        # renames it, so writing it under yet another name first and renaming was one more
        # rename a document.
        target = path.with_name(f".{path.name}.{secrets.token_hex(6)}{TMP_SUFFIX}")
        product.staged = str(target)
        try:
            _create_in_built(target, chunks)
        except OSError as exc:
            raise OSError(exc.errno, exc.strerror, str(path)) from None
    else:
        path.parent.mkdir(exist_ok=True)
        write_atomic(target, chunks, durable=False)
    product.stat = file_stat(target)  # a rename keeps size, mtime and inode
    product.sha256 = digest.hexdigest()
    product.size = sum(map(len, chunks))
    return _cache_rows(path, product, places, store)


def _create_in_built(target: Path, chunks: list[bytes]) -> None:
    """Create a staged product with the usual permissions (less the umask), making `built/`
    only when it is not there: a build from scratch stages thousands of products in it, and
    asking for the folder before each one was a system call a document."""
    try:
        create_new(target, chunks, 0o666)
    except FileNotFoundError:
        target.parent.mkdir(exist_ok=True)
        create_new(target, chunks, 0o666)


def put_in_place(kb_dir: Path, product: Product) -> tuple[Path, Path | None]:
    """Rename a staged product to its own name, the file it replaces (if any) kept aside under a
    temporary name. Returns (its path, where the replaced file is) for `take_back`."""
    path = product_path(kb_dir, product.source)
    aside = None
    if os.path.lexists(path):
        aside = path.with_name(f".{path.name}.{secrets.token_hex(6)}{TMP_SUFFIX}")
        os.replace(path, aside)
    os.replace(product.staged, path)
    product.staged = ""
    return path, aside


def take_back(placed: Sequence[tuple[Path, Path | None]]) -> None:
    """Undo `put_in_place`s: each product as it was before, or gone if it was not there."""
    for path, aside in reversed(placed):
        with contextlib.suppress(OSError):
            if aside is not None:
                os.replace(aside, path)
            else:
                path.unlink()


def rendered_records(product: Product, table: str) -> Any:
    """The proposed records of `table` as the manifest writes them (rows of one text), kept
    with the product so the next build's entry has them."""
    key = f"toml_{table}"
    if key not in product.rows:
        name = table.removeprefix("extracted_")
        product.rows[key] = [(render_record(name, r),) for r in product.table(table)]
    return product.rows[key]


def tidy_built(kb_dir: Path, products: Sequence[Product]) -> None:
    """Remove the products of sources that are gone, what killed writes left, and the cache
    entries of products that are no longer there. Call it holding the lock."""
    folder = Path(kb_dir) / BUILT_DIR
    if not folder.is_dir():
        return
    remove_temporaries_in(folder)
    wanted = {f"{p.source}.toml" for p in products}
    names = os.listdir(folder)  # plain strings: a Path a product costs more than the rest
    for name in names:
        if name.endswith(".toml") and name not in wanted:
            with contextlib.suppress(OSError):
                os.unlink(os.path.join(folder, name))
    where = os.fspath(folder)
    keep = {
        local_entry_name(f"{where}/{p.source}.toml", _ROWS, p.sha256) for p in products if p.sha256
    }
    keep_only(folder, "product", keep)
