"""One document -> its build products, and that function mapped over a collection on every core.

Everything the build learns from a document alone (passages with their kinds, claims, name
candidates, extracted records) depends only on the document's text, its date of writing as
sources.toml states it (periods such as "last year" count from it) and the curated companies.
`DocumentExtractor` is that function; `extract_documents` maps it over many documents, in
worker processes when asked (extraction is pure Python and holds the GIL, so threads would not
help). Results come back in the order the documents were given, so the build stays
deterministic however many processes did the work.
"""

from __future__ import annotations

import gc
import os
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any, NamedTuple

from evkb import model
from evkb.kb.extract import NameMatcher, candidates_of, extract_claims, split_passages
from evkb.kb.files import release_inherited_locks
from evkb.kb.records import Extracted, Lexicon, RememberedFinds, extract_records

# Below this many documents a pool costs more to start than it saves.
_PARALLEL_FROM = 8


class Document(NamedTuple):
    """One document as extraction sees it."""

    source: str
    text: str
    published: str = ""  # sources.toml's ISO date, "" when it states none


@dataclass
class DocumentProducts:
    """What one document contributes to the knowledge base, before collection-level steps."""

    # Lists when extracted; records read back from a product's cache entry when reused.
    passages: Sequence[model.Passage]
    claims: Sequence[model.Claim]
    candidates: Sequence[model.Candidate]
    extracted: Extracted


def name_matcher(companies: Sequence[model.Company]) -> NameMatcher:
    names: dict[str, str] = {}
    for company in companies:
        for name in company.names:
            names.setdefault(name, company.id)
    return NameMatcher(names)


class DocumentExtractor:
    """Extraction of one document at a time against the curated companies."""

    def __init__(self, companies: Sequence[model.Company]):
        self._matcher = RememberedFinds(name_matcher(companies))
        self._lexicon = Lexicon(companies, self._matcher)

    def __call__(self, source_id: str, text: str, published: str = "") -> DocumentProducts:
        try:
            passages = split_passages(source_id, text)
            claims = extract_claims(source_id, passages, self._matcher)
            extracted = extract_records(source_id, passages, self._lexicon, claims, published)
            candidates = candidates_of(source_id, extracted.companies, passages)
        finally:
            self._matcher.forget()  # what was found in one document says nothing of the next
        return DocumentProducts(passages, claims, candidates, extracted)


def default_jobs() -> int:
    """All the cores this process may use."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not on Linux
        return max(1, os.cpu_count() or 1)


@contextmanager
def collector_paused() -> Iterator[None]:
    """The cyclic garbage collector off while a build runs, as it was afterwards.

    A build holds millions of rows and records alive and makes no reference cycles (none left
    after extracting 500 documents without the collector), so each pass of the collector over
    them is wasted: on 2,500 documents the passes were a third of the building process's CPU
    time. Reference counting still frees everything a build lets go."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


# Each worker process builds its extractor once (the name matcher is not free to make).
_worker: DocumentExtractor | None = None
_finish: Callable[[str, DocumentProducts], Any] | None = None


def _start_worker(
    companies: Sequence[model.Company], finish: Callable[[str, DocumentProducts], Any] | None
) -> None:
    global _worker, _finish
    release_inherited_locks()  # a worker must not keep the folder locked if its parent is killed
    gc.enable()  # a forked worker inherits a paused collector; its heap is one document's
    _worker = DocumentExtractor(companies)
    _finish = finish


def _extract_in_worker(document: Document) -> Any:
    assert _worker is not None
    products = _worker(*document)
    return _finish(document[0], products) if _finish is not None else products


Progress = Callable[[int, int], None]


def extract_documents(
    companies: Sequence[model.Company],
    documents: Sequence[Document],
    jobs: int = 1,
    progress: Progress | None = None,
    finish: Callable[[str, DocumentProducts], Any] | None = None,
) -> list[Any]:
    """Documents -> their products, in the same order. `progress(done, total)` is
    called as documents finish. `finish(source id, products)`, when given, runs where the
    document was extracted (a picklable function: writing the product, say) and its result is
    returned instead of the products."""
    total = len(documents)
    jobs = max(1, min(jobs, total))
    results: list[Any] = []
    if jobs == 1 or total < _PARALLEL_FROM:
        extractor = DocumentExtractor(companies)
        for document in documents:
            products = extractor(*document)
            results.append(finish(document[0], products) if finish is not None else products)
            if progress:
                progress(len(results), total)
        return results
    # Chunks big enough to amortise pickling, small enough to keep both cores busy to the end.
    chunksize = max(1, min(16, total // (jobs * 8)))
    with ProcessPoolExecutor(
        jobs, initializer=_start_worker, initargs=(list(companies), finish)
    ) as pool:
        for products in pool.map(_extract_in_worker, documents, chunksize=chunksize):
            results.append(products)
            if progress:
                progress(len(results), total)
    return results
