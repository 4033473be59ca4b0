"""Benchmark of passage search at 100,000 passages, with the peers a user would otherwise use.

Prints, from one run on one machine: our latency p50/p95 in process, a brute-force rapidfuzz
scan and `fzf --filter` over the same passages (with the ratios), the index build time, the
second-open time of the knowledge base (load_kb + SearchIndex.open from the cache, in a fresh
process), peak RSS, `evkb search --stdin` end to end, and relevance top-1/top-3 on the test set
for us and for fzf. `--engines` also measures the candidate first stages side by side (tantivy,
bm25s, a hand-written inverted index), each followed by the same rescoring.

    python tests/bench/bench_search.py [--kb DIR] [--articles 2500] [--engines]
"""

from __future__ import annotations

import argparse
import math
import pickle
import random
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import tomli
from rapidfuzz import fuzz, process
from rapidfuzz.distance import OSA

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import gen_articles  # noqa: E402

from evkb.model import BODY, KnowledgeBase  # noqa: E402
from evkb.search import SearchIndex, _Group, words  # noqa: E402

QUERIES = HERE.parent / "unit" / "relevance_queries.toml"


def load_kb(kb_dir: Path) -> KnowledgeBase:
    from evkb.kb.store import load_kb as load

    return load(kb_dir)


def build_kb(kb_dir: Path) -> None:
    from evkb.kb.build import build

    build(kb_dir)


def relevance_set() -> list[dict]:
    return tomli.loads(QUERIES.read_text(encoding="utf-8"))["query"]


def is_expected(case: dict, passage) -> bool:
    return passage.source == case["source"] and case["expect"] in passage.text


def typo(rng: random.Random, word: str) -> str:
    if len(word) < 5:
        return word
    i = rng.randrange(1, len(word) - 2)
    kind = rng.randrange(4)
    if kind == 0:
        return word[:i] + word[i + 1 :]  # dropped
    if kind == 1:
        return word[:i] + word[i] + word[i:]  # doubled
    if kind == 2:
        return word[:i] + word[i + 1] + word[i] + word[i + 2 :]  # swapped
    return word[:i] + rng.choice("aeioustrn") + word[i + 1 :]  # wrong


def known_item_queries(kb: KnowledgeBase, count: int, seed: int = 3) -> list[tuple[str, int]]:
    """Queries made from a random body passage's words, one misspelt: (query, passage index)."""
    rng = random.Random(seed)
    body = [n for n, p in enumerate(kb.passages) if p.kind == BODY]
    out = []
    while len(out) < count:
        n = rng.choice(body)
        text = kb.passages[n].text
        tokens = [text[s:e] for _, s, e in words(text) if e - s >= 3]
        if len(tokens) < 6:
            continue
        start = rng.randrange(0, len(tokens) - 4)
        chosen = tokens[start : start + rng.randint(2, 4)]
        k = rng.randrange(len(chosen))
        chosen[k] = typo(rng, chosen[k])
        out.append((" ".join(chosen).lower(), n))
    return out


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))]


def time_queries(search, queries: list[str]) -> list[float]:
    search(queries[0])  # the first query pays one-off warm-up, as the app's first keystroke
    times = []
    for query in queries:
        start = time.perf_counter()
        search(query)
        times.append(time.perf_counter() - start)
    return times


def rank_rates(results: list[list], checks: list) -> tuple[int, int]:
    top1 = top3 = 0
    for found, check in zip(results, checks):
        ok = [check(p) for p in found[:3]]
        top1 += bool(ok and ok[0])
        top3 += any(ok)
    return top1, top3


# -- peers -------------------------------------------------------------------------------


def fzf_run(fzf: str, lines_file: Path, query: str) -> tuple[float, int | None]:
    start = time.perf_counter()
    with open(lines_file, "rb") as handle:
        out = subprocess.run(
            [fzf, "--filter", query, "--delimiter", "\t", "--nth", "2.."],
            stdin=handle,
            capture_output=True,
            check=False,
        ).stdout
    elapsed = time.perf_counter() - start
    first = out.split(b"\n", 1)[0]
    return elapsed, int(first.split(b"\t", 1)[0]) if first else None


# -- candidate engines for the first stage (the rescoring is the same for all) ------------


class _VocabularyFuzzy:
    """Shared by the two non-tantivy engines: query words expanded over the vocabulary."""

    vocabulary: list[str]

    def expand(self, group: _Group) -> list[str]:
        terms = {a[0] for a in group.alternatives if len(a) == 1}
        terms |= {w for a in group.alternatives if len(a) > 1 for w in a}
        if group.fuzzy:
            found = process.extract(
                group.word,
                self.vocabulary,
                scorer=OSA.distance,
                score_cutoff=group.fuzzy,
                limit=50,
            )
            terms |= {term for term, _, _ in found}
        return sorted(terms)


class Bm25sIndex(_VocabularyFuzzy, SearchIndex):
    def __init__(self, kb: KnowledgeBase, retriever=None):
        import bm25s

        from evkb.search import Synonyms

        self.kb = kb
        self.passages = kb.passages
        self.synonyms = Synonyms.from_kb(kb)
        self._tokens = {}
        self._total = len(kb.passages)
        self._body = [p.kind == BODY for p in kb.passages]
        if retriever is None:
            retriever = bm25s.BM25()
            corpus = [[w for w, _, _ in words(p.text)] or ["_"] for p in kb.passages]
            retriever.index(corpus, show_progress=False)
        self.retriever = retriever
        self.vocabulary = list(retriever.vocab_dict)
        indptr = retriever.scores["indptr"]
        self._df = {
            t: int(indptr[i + 1] - indptr[i])
            for t, i in retriever.vocab_dict.items()
            if i + 1 < len(indptr)
        }

    def doc_freq(self, word: str, field: str = "exact") -> int:
        return self._df.get(word, 0)

    def _candidates(self, groups, include_all, limit):
        import numpy as np

        terms = sorted({t for g in groups if g.word not in ("the", "of") for t in self.expand(g)})
        ids = [self.retriever.vocab_dict[t] for t in terms if t in self.retriever.vocab_dict]
        if not ids:
            return []
        scores = self.retriever.get_scores(ids)
        if not include_all:
            scores = np.where(self._body, scores, 0)
        top = np.argpartition(-scores, min(limit, len(scores) - 1))[:limit]
        top = top[np.argsort(-scores[top])]
        return [int(n) for n in top if scores[n] > 0]


class HandIndex(_VocabularyFuzzy, SearchIndex):
    """A plain inverted index (word -> passage numbers) with idf-summed candidate scores."""

    def __init__(self, kb: KnowledgeBase, postings: dict | None = None):
        from evkb.search import Synonyms

        self.kb = kb
        self.passages = kb.passages
        self.synonyms = Synonyms.from_kb(kb)
        self._tokens = {}
        self._total = len(kb.passages)
        if postings is None:
            postings = {}
            for n, p in enumerate(kb.passages):
                for w in {w for w, _, _ in words(p.text)}:
                    postings.setdefault(w, []).append(n)
        self.postings = postings
        self.vocabulary = list(postings)

    def doc_freq(self, word: str, field: str = "exact") -> int:
        return len(self.postings.get(word, ()))

    def _candidates(self, groups, include_all, limit):
        scores: dict[int, float] = {}
        for group in groups:
            best: dict[int, float] = {}
            for term in self.expand(group):
                posting = self.postings.get(term, ())
                if not posting:
                    continue
                idf = math.log(1 + self._total / len(posting))
                for n in posting:
                    if idf > best.get(n, 0.0):
                        best[n] = idf
            for n, v in best.items():
                scores[n] = scores.get(n, 0.0) + v
        body = BODY
        ranked = sorted(
            (n for n in scores if include_all or self.passages[n].kind == body),
            key=lambda n: -scores[n],
        )
        return ranked[:limit]


# -- the run -------------------------------------------------------------------------------


def second_open_seconds(kb_dir: Path) -> str:
    """load_kb + SearchIndex.open from the cache, timed inside a fresh process."""
    code = (
        "import time,sys;from pathlib import Path;t0=time.perf_counter();"
        "from evkb.kb.store import load_kb, KB_FILE;from evkb.search import SearchIndex;"
        "t=time.perf_counter();"
        "d=Path(sys.argv[1]);kb=load_kb(d);t1=time.perf_counter();"
        "SearchIndex.open(kb,d/KB_FILE,digest=kb.digest);t2=time.perf_counter();"
        "print(f'{t2-t:.3f} s (load_kb {t1-t:.3f} s, SearchIndex.open {t2-t1:.4f} s; "
        "imports before them {t-t0:.3f} s)')"
    )
    out = subprocess.run([sys.executable, "-c", code, str(kb_dir)], capture_output=True, text=True)
    return out.stdout.strip() or out.stderr.strip().splitlines()[-1]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--kb", type=Path, help="an existing benchmark knowledge base")
    parser.add_argument("--articles", type=int, default=2500)
    parser.add_argument("--queries", type=int, default=300, help="generated known-item queries")
    parser.add_argument("--engines", action="store_true", help="also compare first stages")
    args = parser.parse_args()

    scratch = Path(tempfile.mkdtemp(prefix="evkb-bench-"))
    try:
        kb_dir = args.kb
        if kb_dir is None:
            kb_dir = gen_articles.write_kb(scratch / "kb", args.articles)
            start = time.perf_counter()
            build_kb(kb_dir)
            print(f"build_kb of {args.articles} articles: {time.perf_counter() - start:.2f} s")
            print(
                f"evkb add of {args.articles} articles, build included: {time_add(scratch, args.articles)}"
            )
        run(kb_dir, scratch, args)
    finally:
        shutil.rmtree(scratch, ignore_errors=True)


def time_add(scratch: Path, articles: int) -> str:
    """`evkb init` a folder, then time one `evkb add` of every article, as a user runs it."""
    files = gen_articles.write_articles(scratch / "to-add", articles)
    target = scratch / "added"
    evkb = [sys.executable, "-m", "evkb"]
    subprocess.run([*evkb, "init", str(target)], check=True, capture_output=True)
    start = time.perf_counter()
    done = subprocess.run(
        [*evkb, "add", "--kb", str(target), *map(str, files)], capture_output=True, text=True
    )
    elapsed = time.perf_counter() - start
    if done.returncode != 0:
        return f"failed: {done.stderr.strip().splitlines()[-1]}"
    return f"{elapsed:.1f} s"


def run(kb_dir: Path, scratch: Path, args) -> None:
    from evkb.kb.store import KB_FILE

    start = time.perf_counter()
    kb = load_kb(kb_dir)
    print(f"load_kb (first): {time.perf_counter() - start:.2f} s, {len(kb.passages):,} passages")
    start = time.perf_counter()
    index = SearchIndex.build(kb)
    built = time.perf_counter() - start
    print(f"index build (tantivy, in memory): {built:.2f} s")
    start = time.perf_counter()
    SearchIndex.open(kb, kb_dir / KB_FILE)
    print(f"SearchIndex.open, first (builds the cached index): {time.perf_counter() - start:.2f} s")
    start = time.perf_counter()
    SearchIndex.open(kb, kb_dir / KB_FILE)
    reopened = time.perf_counter() - start
    print(f"SearchIndex.open, again (the on-disk index): {reopened * 1000:.1f} ms")
    print(f"second open (fresh process): {second_open_seconds(kb_dir)}")

    cases = relevance_set()
    items = known_item_queries(kb, args.queries)
    queries = [c["q"] for c in cases] + [q for q, _ in items]
    checks = [lambda p, c=c: is_expected(c, p) for c in cases]
    item_checks = [lambda p, n=n: p is kb.passages[n] for _, n in items]

    times = time_queries(lambda q: index.search(q), queries)
    ours_p50, ours_p95 = percentile(times, 0.5), percentile(times, 0.95)
    print(
        f"\nours: {len(queries)} queries, p50 {ours_p50 * 1000:.2f} ms, p95 {ours_p95 * 1000:.2f} ms, "
        f"max {max(times) * 1000:.2f} ms"
    )

    texts = [p.text for p in kb.passages]
    sample = queries[:5]
    start = time.perf_counter()
    for query in sample:
        process.extract(query, texts, scorer=fuzz.WRatio, limit=20)
    brute = (time.perf_counter() - start) / len(sample)
    print(
        f"rapidfuzz process.extract WRatio: {brute * 1000:.0f} ms a query "
        f"({brute / ours_p50:.0f}x our p50, {brute / ours_p95:.0f}x our p95)"
    )

    fzf = shutil.which("fzf")
    fzf_first: list[int | None] = []
    if fzf:
        lines = scratch / "passages.tsv"
        lines.write_text(
            "".join(
                f"{n}\t{t.replace(chr(10), ' ').replace(chr(9), ' ')}\n"
                for n, t in enumerate(texts)
            ),
            encoding="utf-8",
        )
        fzf_times = []
        for query in queries[: len(cases)] + queries[len(cases) : len(cases) + 64]:
            elapsed, first = fzf_run(fzf, lines, query)
            fzf_times.append(elapsed)
            fzf_first.append(first)
        f50, f95 = percentile(fzf_times, 0.5), percentile(fzf_times, 0.95)
        print(
            f"fzf --filter (a process a query): p50 {f50 * 1000:.0f} ms, p95 {f95 * 1000:.0f} ms "
            f"({f50 / ours_p50:.0f}x our p50, {f95 / ours_p95:.0f}x our p95)"
        )
    else:
        print("fzf: not installed, skipped")

    print(f"peak RSS: {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB")

    print("\nrelevance (top-1 / top-3):")
    ours_cases = [index.search(c["q"], limit=3) for c in cases]
    t1, t3 = rank_rates([[h.passage for h in r] for r in ours_cases], checks)
    print(f"  ours, test set ({len(cases)} queries): {t1}/{len(cases)} / {t3}/{len(cases)}")
    ours_items = [index.search(q, limit=3) for q, _ in items]
    i1, i3 = rank_rates([[h.passage for h in r] for r in ours_items], item_checks)
    print(f"  ours, known-item typo queries ({len(items)}): {i1}/{len(items)} / {i3}/{len(items)}")
    if fzf:
        first = [[kb.passages[n]] if n is not None else [] for n in fzf_first]
        f1, _ = rank_rates(first[: len(cases)], checks)
        k = len(first) - len(cases)
        g1, _ = rank_rates(first[len(cases) :], item_checks[:k])
        print(
            f"  fzf first line, test set: {f1}/{len(cases)}; known-item: {g1}/{k} "
            f"(ours on the same {k}: {rank_rates([[h.passage for h in r] for r in ours_items[:k]], item_checks[:k])[0]}/{k})"
        )

    cli = shutil.which("evkb") or str(Path(sys.executable).parent / "evkb")
    if Path(cli).exists():
        start = time.perf_counter()
        out = subprocess.run(
            [cli, "search", "--stdin", "--kb", str(kb_dir)],
            input="\n".join(queries) + "\n",
            capture_output=True,
            text=True,
        )
        elapsed = time.perf_counter() - start
        answered = len(out.stdout.splitlines())
        print(
            f"\nevkb search --stdin: {len(queries)} queries in {elapsed:.2f} s end to end "
            f"({answered} JSON lines, exit {out.returncode})"
        )
    else:
        print("\nevkb search --stdin: no evkb command yet, skipped")

    if args.engines:
        compare_engines(
            kb, index, (built, reopened), scratch, queries, checks + item_checks, len(cases)
        )


def compare_engines(
    kb, tantivy_index, tantivy_times, scratch: Path, queries, checks, n_cases: int
) -> None:
    print(
        "\nfirst-stage engines, same rescoring (build / reopen / p50 / p95 / top-1 test set / top-1 known-item):"
    )
    # tantivy's build and reopen were timed above (in memory, and again from its on-disk index).
    engines = [("tantivy", lambda: tantivy_index, tantivy_times)]

    def make_bm25s():
        return Bm25sIndex(kb)

    def reopen_bm25s(engine):
        import bm25s

        folder = scratch / "bm25s"
        engine.retriever.save(str(folder))
        start = time.perf_counter()
        Bm25sIndex(kb, bm25s.BM25.load(str(folder)))
        return time.perf_counter() - start

    def make_hand():
        return HandIndex(kb)

    def reopen_hand(engine):
        path = scratch / "hand.pickle"
        path.write_bytes(pickle.dumps(engine.postings, protocol=pickle.HIGHEST_PROTOCOL))
        start = time.perf_counter()
        HandIndex(kb, pickle.loads(path.read_bytes()))
        return time.perf_counter() - start

    engines += [("bm25s", make_bm25s, reopen_bm25s), ("hand-written", make_hand, reopen_hand)]
    for name, make, reopen in engines:
        start = time.perf_counter()
        engine = make()
        if isinstance(reopen, tuple):
            built, reopened = reopen
        else:
            built = time.perf_counter() - start
            reopened = reopen(engine)
        times = time_queries(engine.search, queries)
        found = [[h.passage for h in engine.search(q, limit=3)] for q in queries]
        c1, _ = rank_rates(found[:n_cases], checks[:n_cases])
        k1, _ = rank_rates(found[n_cases:], checks[n_cases:])
        print(
            f"  {name:13} {built:6.2f} s {reopened:7.3f} s {percentile(times, 0.5) * 1000:7.2f} ms "
            f"{percentile(times, 0.95) * 1000:7.2f} ms  {c1}/{n_cases}  {k1}/{len(queries) - n_cases}"
        )


if __name__ == "__main__":
    main()
