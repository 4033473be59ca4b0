"""sources/ + curated/ -> the built knowledge base: extraction, citations resolved, conflicts.

The build is deterministic (same inputs, same bytes) and never touches what the user wrote. It
extracts only the documents whose product (`built/<source>.toml`) is absent, damaged or made
from other inputs, and reuses the others. It holds the folder's lock while it works and writes
each file atomically, kb.toml last, so a failed or killed build leaves the previous kb.toml
valid with the files it names.
"""

from __future__ import annotations

import dataclasses
import shutil
from collections.abc import Mapping, Sequence
from functools import partial
from pathlib import Path
from typing import Any, overload

from evkb import model
from evkb.kb.built import assemble, known_products, write_built, write_parts_beside
from evkb.kb.cache import Places
from evkb.kb.check import check_quotes
from evkb.kb.conflict_keys import ConflictState, update_conflicts
from evkb.kb.documents import Document, name_matcher  # noqa: F401
from evkb.kb.entries import BESIDE_FROM, write_beside
from evkb.kb.files import ReadOnce, folder_lock, remove_temporaries_in
from evkb.kb.forked import CAN_FORK, Forked
from evkb.kb.fresh import Packing, finish_product, unpacked
from evkb.kb.inputs import Inputs
from evkb.kb.load import (
    KBError,
    Problem,
    Reader,
    SourceTexts,
    load_added,
    load_curated,
    load_manifest,
    read_sources,
    sort_problems,
)
from evkb.kb.load.reading import Known
from evkb.kb.manifest import named_products, recorded_conflicts
from evkb.kb.merge import merge_records
from evkb.kb.pool import Progress, collector_paused, extract_documents
from evkb.kb.product_reading import reusable
from evkb.kb.products import (
    BUILT_DIR,
    Product,
    check_built_folder,
    lexicon_digest,
    product_inputs,
    product_path,
)
from evkb.kb.store import KB_FILE, records_of, rows_of


def _resolve(record: Any, resolved: dict[tuple[str, str], model.Citation]) -> Any:
    """The record with every Citation inside it replaced by its resolved form."""
    if isinstance(record, model.Citation):
        return resolved.get((record.source, record.quote), record)
    if isinstance(record, tuple):
        return tuple(_resolve(r, resolved) for r in record)
    if not dataclasses.is_dataclass(record) or isinstance(record, type):
        return record
    changes = {}
    for f in dataclasses.fields(record):
        value = getattr(record, f.name)
        if isinstance(value, (model.Citation, tuple)) or dataclasses.is_dataclass(value):
            new = _resolve(value, resolved)
            if new is not value:
                changes[f.name] = new
    return dataclasses.replace(record, **changes) if changes else record


def build_kb(
    kb_dir: Path,
    warnings: list[Problem] | None = None,
    jobs: int = 1,
    progress: Progress | None = None,
) -> model.KnowledgeBase:
    """Everything the folder says, as records. Raises KBError listing every error found.

    Documents are extracted in `jobs` processes; `progress(done, total)` hears of each one.

    Located warnings (a document with bytes that are not UTF-8, say) are added to `warnings`
    when it is given: the build goes on, but the user should hear of them.

    Nothing is read from `built/` or written anywhere: every document is extracted.
    """
    return _build(Path(kb_dir), warnings, jobs, progress, write=False)[0]


def _products(
    kb_dir: Path,
    sources: list[model.Source],
    texts: Mapping[str, str],
    companies: list[model.Company],
    problems: list[Problem],
    jobs: int,
    progress: Progress | None,
    write: bool,
) -> list[Product]:
    """Every source's product, in the order of `sources`: reused where its inputs are the
    same, extracted (in `jobs` processes) where not. With `write`, each new product is
    staged in `built/` by the process that extracted it (rendering on every core); without,
    nothing is reused or written."""
    lexicon = lexicon_digest(companies)
    inputs = {s.id: product_inputs(s, lexicon) for s in sources}
    found: dict[str, Product | None] = dict.fromkeys(inputs)
    if write:
        named = named_products(kb_dir)
        known = known_products(kb_dir)  # untouched since the last build: not read again
        _say_why_products_are_read(kb_dir, [s.id for s in sources if s.id not in known], problems)
        for s in sources:
            product = known.get(s.id)
            same = product is not None and product.sha256 == named.get(s.id)
            if product is None or not same or product.inputs != inputs[s.id]:
                product = reusable(kb_dir, s.id, inputs[s.id], named.get(s.id), problems)
            found[s.id] = product
    missing = [s.id for s in sources if found[s.id] is None]
    documents = _Documents(missing, texts, inputs)
    if write:
        wanted = {source: inputs[source] for source in missing}
        # Many new products: their cache entries in packs, written by this process (creating
        # a file an entry was as dear as the rest of writing it).
        packing = Packing() if len(missing) >= PACK_FROM else None
        finish = partial(finish_product, kb_dir, wanted, Places(), packing is not None)
        receive = partial(unpacked, kb_dir=kb_dir, packing=packing)
        for made in extract_documents(companies, documents, jobs, progress, finish, receive):
            found[made.source] = made
        if packing is not None:
            packing.packer.flush()
    else:
        for source, made in zip(missing, extract_documents(companies, documents, jobs, progress)):
            found[source] = Product(source, inputs[source], made)
    return [found[s.id] for s in sources]  # type: ignore[misc]  # every one found or made


# From this many new products, a build keeps their cache entries in packs (`packs.py`).
PACK_FROM = 100


class _Documents(Sequence[Document]):
    """The documents to extract, each text read when the pool takes it: a build from scratch
    reads thousands of sources, and read first they held the workers back (a second a
    thousand documents); read as taken, the reading overlaps the extraction."""

    def __init__(self, ids: list[str], texts: Mapping[str, str], inputs: dict) -> None:
        self._ids, self._texts, self._inputs = ids, texts, inputs

    def __len__(self) -> int:
        return len(self._ids)

    @overload
    def __getitem__(self, index: int) -> Document: ...
    @overload
    def __getitem__(self, index: slice) -> Sequence[Document]: ...
    def __getitem__(self, index: int | slice) -> Document | Sequence[Document]:
        if isinstance(index, slice):
            return [self[i] for i in range(*index.indices(len(self)))]
        source = self._ids[index]
        inputs = self._inputs[source]
        return Document(source, self._texts[source], inputs["published"], inputs["added"])


# From this many built files to read again, reading them takes long enough to say why (~35 ms
# a file; the notice is reported with the build's other warnings, when it ends): an add that
# usually takes seconds took a minute and a half with no word.
READ_AGAIN_NOTICE = 200


def _say_why_products_are_read(kb_dir: Path, unknown: list[str], problems: list[Problem]) -> None:
    """One notice when many built files are missing from this cache's record of the last build
    (a kb.toml of an older evkb, another cache directory, files touched): each is read whole."""
    if len(unknown) < READ_AGAIN_NOTICE:
        return
    on_disk = sum(1 for source in unknown if product_path(kb_dir, source).is_file())
    if on_disk >= READ_AGAIN_NOTICE:
        problems.append(
            Problem(
                str(Path(kb_dir) / BUILT_DIR),
                1,
                1,
                f"{on_disk} built files are not in this cache's record of the last build (an older"
                " evkb built them, or another cache directory is in use): reading them again, once",
                "warning",
            )
        )


def _build(
    kb_dir: Path,
    warnings: list[Problem] | None,
    jobs: int,
    progress: Progress | None,
    write: bool = True,
    read: Reader | None = None,
    known: Mapping[str, Known] | None = None,
    beside: dict[str, Forked] | None = None,
) -> tuple[model.KnowledgeBase, list[Product]]:
    """The knowledge base and its products; with `beside`, the children forked to write the
    cache entries' rows and the parts of many new products while this process finds the
    conflicts are added to it (see `write_built`)."""
    problems: list[Problem] = []
    ids, files = read_sources(kb_dir, problems, read, known)
    texts = SourceTexts(files)
    sources = [
        model.Source(id=f.id, file=f.path.name, sha256=f.sha256, chars=f.chars, warnings=f.warnings)
        for f in files
    ]
    manifest, found = load_manifest(kb_dir, ids)
    problems += found
    added, found = load_added(kb_dir, ids)
    problems += found
    curated, found = load_curated(kb_dir, ids)
    problems += found

    sources = [
        dataclasses.replace(s, **manifest.get(s.id, {}), added=added.get(s.id, "")) for s in sources
    ]
    products = _products(kb_dir, sources, texts, curated.companies, problems, jobs, progress, write)
    if isinstance(read, _OwnReader):
        read.forget()  # every text is extracted: its bytes are not held to the end (~20 MB)
    passages_of = {p.source: p.products.passages for p in products}

    # kb.toml never holds a quote its source lacks or a value its quote does not state.
    resolved = {
        (source, quote): model.Citation(source, quote, passage.id, start, end)
        for (source, quote), (start, end, passage) in check_quotes(
            curated, texts, problems, passages_of
        ).items()
        if passage is not None  # the build hands every passage over, so each quote has one
    }

    errors = [p for p in problems if p.severity == "error"]
    if warnings is not None:
        warnings += sort_problems(p for p in problems if p.severity != "error")
    if errors:
        raise KBError(sort_problems(errors))

    kb, _rows = assemble({"source": rows_of(sources)}, products)
    kb.companies = [_resolve(c, resolved) for c in curated.companies]
    kb.relations = [_resolve(r, resolved) for r in curated.relations]
    kb.terms = [_resolve(t, resolved) for t in curated.terms]
    kb.batteries = [_resolve(b, resolved) for b in curated.batteries]
    kb.shares = [_resolve(s, resolved) for s in curated.shares]
    kb.investments = [_resolve(i, resolved) for i in curated.investments]
    kb.figures = [_resolve(f, resolved) for f in curated.figures]
    _add_extracted(
        kb,
        curated,
        [p.products.extracted for p in products],
        [p.source for p in products],
        [p.products.passages for p in products],
    )
    if beside is not None and CAN_FORK and sum(p.fresh for p in products) >= BESIDE_FROM:
        # What is left after the last document ran on one core while the other idled.
        beside["entries"] = Forked(partial(write_beside, kb_dir / KB_FILE, kb, products))
        beside["parts"] = Forked(partial(write_parts_beside, kb, kb_dir, products))
    # A new document's one-claim rules ran where it was extracted: its claims are read again
    # only for the exchange rates they imply, and most imply none (making every claim of
    # 2,500 documents again for nothing took a second after the last one).
    claims_of = {p.source: p.products.claims if p.rated else () for p in products}
    claims_found = {p.source: p.found for p in products if p.found is not None}
    previous, changed = _previous_conflicts(kb_dir, products, write)
    state = update_conflicts(kb, previous, changed, claims_of, claims_found)
    kb.conflicts, kb.conflict_groups = state.conflicts, state.groups
    return kb, products


def _previous_conflicts(
    kb_dir: Path, products: list[Product], write: bool
) -> tuple[ConflictState | None, set[str] | None]:
    """The conflicts the last build recorded, and the sources whose product is not the one
    they were found in: what `update_conflicts` compares again. (None, None) compares all."""
    recorded = recorded_conflicts(kb_dir) if write else None
    if recorded is None:
        return None, None
    named, conflicts, groups = recorded
    changed = {p.source for p in products if not p.sha256 or named.get(p.source) != p.sha256}
    return ConflictState(conflicts, groups), changed


def _add_extracted(
    kb: model.KnowledgeBase, curated, extracted, sources: list[str], passages: list
) -> None:
    """Extracted records after the curated ones; what a curated record states is left out, and
    what a person accepted or rejected in `evkb review` is never proposed again."""
    skip = {v.id for v in curated.reviews}
    records = merge_records(
        extracted,
        kb.companies,
        kb.batteries,
        kb.shares,
        kb.investments,
        kb.figures,
        skip,
        sources,
        passages,
    )
    # Rows, made into records when read: the merged companies are made from rows.
    companies = rows_of(kb.companies) + rows_of(records.companies)
    kb.companies = records_of(model.Company, len(companies), companies)
    kb.batteries = records.batteries  # the curated ones first, with what the merge adds
    # Still in pieces: what the products passed on whole is not made into records here.
    kb.shares = model.Pieces(kb.shares, records.shares.pieces)
    kb.investments = model.Pieces(kb.investments, records.investments.pieces)


class _OwnReader(ReadOnce):
    """The reader a build makes for itself when its caller gives none (see `build_locked`)."""


def build_locked(
    kb_dir: Path,
    warnings: list[Problem] | None = None,
    jobs: int = 1,
    progress: Progress | None = None,
    read: Reader | None = None,
    inputs: Inputs | None = None,
) -> tuple[model.KnowledgeBase, Path]:
    """Build and write kb.toml and the products that changed; the caller holds the lock.
    `read` reads the sources and curated files (a `files.ReadOnce` of the caller's, say);
    `inputs` knows those the caller looked at already."""
    kb_dir = Path(kb_dir)
    check_built_folder(kb_dir)
    remove_temporaries_in(kb_dir / "sources")  # left by an add killed while copying
    remove_temporaries_in(kb_dir / BUILT_DIR)  # products staged by a build that was killed
    # One reader for the inputs' digest and the build: a source read for its digest is not
    # opened again for its text (each opening checks the file and its folders for links; from
    # scratch, reading 2,500 sources twice took 0.3 to 0.5 s of the building process).
    read = read or (inputs.read if inputs is not None else _OwnReader(kb_dir))
    inputs = inputs or Inputs(kb_dir, read)
    files = inputs.files()  # only what changed since the last build is read
    digest = inputs.digest(files)
    new_folder = not (kb_dir / BUILT_DIR).is_dir()
    beside: dict[str, Forked] = {}
    try:
        with collector_paused():
            known = inputs.trusted_documents()
            kb, products = _build(kb_dir, warnings, jobs, progress, True, read, known, beside)
            meta = {"inputs_sha256": digest}
            path = write_built(kb, kb_dir, products, meta, warnings, beside)
    except BaseException:
        if "parts" in beside:  # the parts it wrote that no kb.toml names go too
            for part in (beside["parts"].answer() or {}).get("new", []):
                Path(part).unlink(missing_ok=True)
        for child in beside.values():
            child.stop()
        # A build that fails leaves the folder as it was: no staged product, no new folder
        # (one this build made holds only what it put there).
        if new_folder:
            shutil.rmtree(kb_dir / BUILT_DIR, ignore_errors=True)
        else:
            remove_temporaries_in(kb_dir / BUILT_DIR)
        raise
    inputs.record(digest, files)
    return kb, path


def build(
    kb_dir: Path,
    warnings: list[Problem] | None = None,
    jobs: int = 1,
    progress: Progress | None = None,
) -> tuple[model.KnowledgeBase, Path]:
    """Build and write kb.toml under the folder's lock. Returns the records and the file."""
    with folder_lock(kb_dir):
        return build_locked(kb_dir, warnings, jobs, progress)
