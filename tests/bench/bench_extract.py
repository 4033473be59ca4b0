"""Extraction's processor time a document, in one process, on synthetic and on real copy.

    python tests/bench/bench_extract.py [--articles 300] [--rounds 3] [--profile 25]

Extracts (passages, claims, records, candidates: what a build's worker does before writing)
the first `--articles` synthetic articles of gen_articles.py and the real article fixtures
(`tests/fixtures/records/`, `heldout/` to `heldout4/`), each set `--rounds` times, and prints
the best round's milliseconds a document with the load beside it. `--profile N` then profiles
one round of each set and prints the N functions with the most time of their own and the N
with the most time below them.
"""

from __future__ import annotations

import argparse
import cProfile
import os
import pstats
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import gen_articles

from evkb.kb.documents import DocumentExtractor
from evkb.kb.extract import read_text
from evkb.kb.load import load_curated

REPO = Path(__file__).resolve().parents[2]
REAL = (
    "records",
    "heldout/articles",
    "heldout2/articles",
    "heldout3/articles",
    "heldout4/articles",
)


def _documents(paths: list[Path]) -> list[tuple[str, str]]:
    return [(p.stem, read_text(p.read_bytes())[0]) for p in paths]


def _best(extract: DocumentExtractor, documents: list[tuple[str, str]], rounds: int) -> float:
    """The fewest processor seconds of `rounds` passes over the documents."""
    best = float("inf")
    for _ in range(rounds):
        began = time.process_time()
        for source, text in documents:
            extract(source, text)
        best = min(best, time.process_time() - began)
    return best


def _profile(extract: DocumentExtractor, documents: list[tuple[str, str]], top: int) -> None:
    profiler = cProfile.Profile(time.process_time)  # processor time: other jobs do not count
    profiler.enable()
    for source, text in documents:
        extract(source, text)
    profiler.disable()
    stats = pstats.Stats(profiler)
    for order in ("tottime", "cumulative"):
        print(f"  by {order}:")
        stats.sort_stats(order).print_stats(top)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=300)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--profile", type=int, default=0, metavar="N")
    args = parser.parse_args()
    curated, _ = load_curated(REPO / "data", [])
    extract = DocumentExtractor(curated.companies)
    real = [p for folder in REAL for p in sorted((REPO / "tests/fixtures" / folder).glob("*.txt"))]
    with tempfile.TemporaryDirectory() as tmp:
        sets = {
            "synthetic": _documents(gen_articles.write_articles(Path(tmp), args.articles)),
            "real": _documents(real),
        }
    extract(*sets["real"][0])  # the first call fills what later ones reuse
    for name, documents in sets.items():
        seconds = _best(extract, documents, args.rounds)
        print(
            f"{name}: {len(documents)} documents, {1000 * seconds / len(documents):.2f} ms a "
            f"document (best of {args.rounds}, load average {os.getloadavg()[0]:.1f})"
        )
    for name, documents in sets.items() if args.profile else ():
        print(f"{name}, profiled once:")
        _profile(extract, documents, args.profile)


if __name__ == "__main__":
    main()
