"""A build's documents extracted on every core: `DocumentExtractor` mapped over a collection.

Extraction is pure Python and holds the GIL, so threads would not help: documents go to worker
processes when asked. Results come back in the order the documents were given, so the build
stays deterministic however many processes did the work. Kept out of `documents.py`, whose code
is part of the extractor's digest: how documents are handed out changes no product.
"""

from __future__ import annotations

import gc
import os
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from contextlib import contextmanager
from typing import Any

from evkb import model
from evkb.kb.documents import Document, DocumentExtractor, DocumentProducts
from evkb.kb.files import release_inherited_locks

# Below this many documents a pool costs more to start than it saves.
_PARALLEL_FROM = 8


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


def _same(result: Any) -> Any:
    return result


def extract_documents(
    companies: Sequence[model.Company],
    documents: Sequence[Document],
    jobs: int = 1,
    progress: Progress | None = None,
    finish: Callable[[str, DocumentProducts], Any] | None = None,
    receive: Callable[[Any], Any] | None = None,
) -> list[Any]:
    """Documents -> their products, in the same order. `progress(done, total)` is
    called as documents finish. `finish(source id, products)`, when given, runs where the
    document was extracted (a picklable function: writing the product, say) and its result is
    returned instead of the products; `receive(result)`, when given, runs in this process as
    each result comes back (while the workers go on) and its result is returned instead."""
    receive = receive or _same
    total = len(documents)
    jobs = max(1, min(jobs, total))
    results: list[Any] = []
    if jobs == 1 or total < _PARALLEL_FROM:
        extractor = DocumentExtractor(companies)
        for document in documents:
            products = extractor(*document)
            results.append(receive(finish(document[0], products) if finish else products))
            if progress:
                progress(len(results), total)
        return results
    # Chunks big enough to amortise pickling, small enough to keep both cores busy to the end.
    chunksize = max(1, min(16, total // (jobs * 8)))
    with ProcessPoolExecutor(
        jobs, initializer=_start_worker, initargs=(list(companies), finish)
    ) as pool:
        for products in pool.map(_extract_in_worker, documents, chunksize=chunksize):
            results.append(receive(products))
            if progress:
                progress(len(results), total)
    return results
