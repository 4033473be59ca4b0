"""Reading a document's product back: its file parsed and checked against the product's layout,
or its sealed cache entry's rows, made into a `products.Product` (its share of the knowledge
base made only when used), and whether a build may reuse it (made from exactly this build's
inputs, the file kb.toml names, not damaged). `products.py` writes them.
"""

from __future__ import annotations

import os
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, Any, cast

from evkb import model
from evkb.errors import KBError, Problem
from evkb.kb.cache import (
    Notices,
    Tables,
    cached_tables,
    file_digest,
)
from evkb.kb.products import (
    _ROWS,
    AS_ROWS,
    FORMAT,
    INPUTS,
    SHARE,
    TABLES,
    Product,
    file_stat,
    product_path,
)
from evkb.kb.store import (
    check_counts,
    made_records,
    parse_records,
    read_built_file,
    records_of,
    rows_of,
    unreadable,
)

if TYPE_CHECKING:  # extraction's modules are imported only where products are made
    from evkb.kb.documents import DocumentProducts
    from evkb.kb.records import Extracted


def _with_share(tables: Tables, extracted: Extracted) -> DocumentProducts:
    """Products whose own share of the knowledge base is made lazily from cached rows."""
    from evkb.kb.documents import DocumentProducts

    share = {name: records_of(TABLES[name][1], *tables.get(name, (0, []))) for name in SHARE}
    # Read, never appended to: records stand in for the lists extraction makes.
    extracted = replace(extracted, contexts=cast(list, share["context"]))
    return DocumentProducts(share["passage"], share["claim"], share["candidate"], extracted)


def _parse(path: Path, data: dict, source_id: str) -> dict[str, list]:
    """The rows of a parsed product file; ValueError/TypeError/KeyError when it is not one."""
    meta = data.get("meta", {})
    if meta.get("source") != source_id:
        raise ValueError(f"made for source {meta.get('source')!r}, not {source_id!r}")
    # An input a product does not name (one made before it was recorded) matches no source's.
    rows: dict[str, list] = {"meta": [(source_id, *(str(meta.get(k, "")) for k in INPUTS))]}
    counts = {}
    for name, (_attr, cls) in TABLES.items():
        records = parse_records(data, name, cls)
        counts[name] = len(records)
        if records:
            rows[name] = rows_of(records)
    check_counts(counts, meta)
    for record in parse_records(data, "passage", model.Passage):
        if record.source != source_id:
            raise ValueError(f"a passage of source {record.source!r}")
    return rows


def product_rows(kb_dir: Path, source_id: str) -> dict[str, list]:
    """The rows of a product file, parsed and checked (no cache). Raises KBError."""
    path = product_path(kb_dir, source_id)
    _data, parsed = read_built_file(path, FORMAT, root=Path(kb_dir))
    try:
        return _parse(path, parsed, source_id)
    except (TypeError, KeyError, ValueError, AttributeError) as exc:
        raise unreadable(path, f"not a product this version of evkb can read ({exc})") from None


def read_product(
    kb_dir: Path,
    source_id: str,
    sha256: str | None = None,
    notices: Notices = None,
    cached: bool = True,
) -> Product:
    """The product of one source, from its cache entry when `cached` and there is one. Raises
    KBError (located, saying `run evkb build`) for a missing, damaged or cut file, and for one
    whose sha256 is not `sha256` when given (changed since the manifest named it)."""
    path = product_path(kb_dir, source_id)
    try:
        before = file_stat(path)
        digest = file_digest(path)
        size = os.stat(path).st_size
    except FileNotFoundError:
        raise unreadable(path, "missing") from None
    except OSError as exc:
        reason = getattr(exc, "reason", None) or f"cannot read: {exc.strerror or exc}"
        raise unreadable(path, reason) from None
    if sha256 is not None and digest != sha256:
        # Cut short or damaged says more than "changed" when the file is not whole.
        read_built_file(path, FORMAT, root=Path(kb_dir))
        raise unreadable(path, "changed since the build (its sha256 is not the one kb.toml names)")

    def make() -> dict[str, list]:
        return product_rows(kb_dir, source_id)

    tables: Tables
    if not cached:
        tables = {name: (len(rows), rows) for name, rows in make().items()}
    else:
        tables = cached_tables(path, _ROWS, make, digest=digest, notices=notices, tidy=False)
    product = product_of(path, source_id, tables, digest, size)
    product.stat = before if before == file_stat(path) else None  # not changed while read
    return product


def product_of(path: Path | str, source_id: str, tables: Tables, digest: str, size: int) -> Product:
    """The product of one source from its tables (its file's or a cache entry's rows); KBError
    located at `path` when they are not a product's."""
    from evkb.kb.records import Extracted

    try:
        count, meta = tables["meta"]
        source, *inputs = meta[0]
        if count != 1 or source != source_id:
            raise ValueError(source)
        proposed: dict[str, Any] = {
            name: (records_of if name in AS_ROWS else made_records)(cls, *tables.get(name, (0, [])))
            for name, (_attr, cls) in TABLES.items()
            if name not in SHARE
        }
        extracted = Extracted(
            companies=proposed["extracted_company"],
            shares=proposed["extracted_share"],
            batteries=proposed["extracted_battery"],
            investments=proposed["extracted_investment"],
        )
    except (TypeError, KeyError, ValueError, IndexError) as exc:
        raise unreadable(path, f"not a product this version of evkb can read ({exc})") from None
    products = _with_share(tables, extracted)
    return Product(source_id, dict(zip(INPUTS, inputs)), products, digest, size)


def reusable(
    kb_dir: Path,
    source_id: str,
    inputs: dict[str, str],
    named: str | None,
    problems: list[Problem],
) -> Product | None:
    """The source's product when it was made from exactly `inputs` and is the file kb.toml
    names (`named`, its sha256, if it names one); None when it must be made again (absent,
    damaged, changed by hand, made from other inputs), with a warning when it was damaged."""
    path = product_path(kb_dir, source_id)
    if not os.path.lexists(path):
        if named is not None:
            message = "missing (kb.toml names it); made again"
            problems.append(Problem(str(path), 1, 1, message, "warning"))
        return None
    try:
        product = read_product(kb_dir, source_id, named)
    except KBError as exc:
        problem = exc.problems[0]
        reason = problem.message.removesuffix("; run `evkb build`")
        problems.append(replace(problem, message=f"{reason}; made again", severity="warning"))
        return None
    return product if product.inputs == inputs else None
