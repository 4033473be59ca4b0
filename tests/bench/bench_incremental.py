"""What a big collection costs: build from scratch, opening, adding one article, searching after.

Run: python tests/bench/bench_incremental.py [--articles 2500] [--jobs N] [--folder DIR]
[--only add] [--adds N]. It generates the synthetic folder (`gen_articles.py`) in a temporary
directory (or in DIR, kept and reused by later runs) and prints, in one run, each figure beside
its peer and its budget:

- `evkb build` from scratch (wall time, peak memory of the largest process);
- opening the built knowledge base warm (`load_kb` in a fresh process, its cache in place);
- `evkb add` of one new article to the big folder and to a fresh, empty one (`--adds N`: N
  new articles, each to a fresh folder and then to the big one, and the medians: on a shared
  machine one add says little; `--only add` prints these alone);
- `evkb search` right after that add, against a warm search of the same folder;
- the app's first full screen on the big folder against the bundled knowledge base (warm);
- per-document extraction cost in one process, and the built bytes a document adds;
- the conflicts stage on the whole big knowledge base, in one process, and comparing only the
  keys the added article touches (what the add's build does).

Every `evkb` runs as its own process, the way a user runs it; nothing touches the repo's data/.
"""

from __future__ import annotations

import argparse
import compileall
import importlib.util
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[1]
EVKB = [sys.executable, "-m", "evkb"]
QUERY = "sodium-ion cell energy density"

OPEN = """
import sys, time
from pathlib import Path
began = time.perf_counter()
from evkb.kb.store import load_kb
kb = load_kb(Path(sys.argv[1]))
print(time.perf_counter() - began, len(kb.passages))
"""


def timed(command: list[str], env: dict[str, str]) -> tuple[float, str]:
    began = time.perf_counter()
    done = subprocess.run(command, env=env, capture_output=True, text=True)
    elapsed = time.perf_counter() - began
    if done.returncode != 0:
        sys.exit(f"{' '.join(command)} failed ({done.returncode}):\n{done.stderr}")
    return elapsed, done.stdout


def compile_package() -> str:
    """The package's bytecode, written as `pip install` writes it for a user.

    Where PYTHONDONTWRITEBYTECODE is set (as on some shared machines) an editable install
    never caches its bytecode, and every `evkb` would compile the whole package again (about
    half a second) before doing anything a user's copy does.
    """
    spec = importlib.util.find_spec("evkb")
    assert spec is not None and spec.origin is not None
    compileall.compile_dir(Path(spec.origin).parent, quiet=1)
    unset = "PYTHONDONTWRITEBYTECODE" not in os.environ
    return "compiled first" + ("" if unset else " (PYTHONDONTWRITEBYTECODE is set here)")


def peak_children_mb() -> float:
    return resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024


def line(what: str, figure: str, budget: str = "") -> None:
    print(f"{what:<52} {figure:<28} {budget}")


def first_screen(folder: Path, env: dict[str, str], runs: int = 3) -> float:
    """Median seconds to the app's first full screen, caches warm (`bench_startup.py`'s way)."""
    import statistics

    sys.path.insert(0, str(HERE))
    import bench_startup

    bench_startup.TIMEOUT = 120.0  # a cold first open of a big folder takes longer than its 20 s
    env = {**env, "TERM": "xterm-256color", "EVKB_CONFIG_DIR": str(folder.parent / "config")}
    env.pop("TEXTUAL_THEME", None)
    command = [*EVKB, "--kb", str(folder)]
    bench_startup.one_run(command, env)  # warm-up
    return statistics.median(bench_startup.one_run(command, env) for _ in range(runs))


def extraction_cost(folder: Path, sample: int) -> tuple[float, float]:
    """(seconds of one process, passages) per document, over the first `sample` documents."""
    from evkb.kb.documents import DocumentExtractor
    from evkb.kb.load import load_curated, read_sources

    ids, files = read_sources(folder, [])
    curated, _ = load_curated(folder, ids)
    extract = DocumentExtractor(curated.companies)
    files = files[:sample]
    began = time.perf_counter()
    passages = sum(len(extract(f.id, f.text).passages) for f in files)
    return (time.perf_counter() - began) / len(files), passages / len(files)


def conflicts_cost(folder: Path, recorded, added: set[str]) -> tuple[float, float, int, str]:
    """(seconds of the conflicts stage comparing everything, seconds of it comparing only what
    the add of `added` touched given what the build before recorded, conflicts, the keys it
    compared and kept), over the whole knowledge base, its records made (as the build has them)."""
    from evkb.kb.conflict_keys import ConflictState, update_conflicts
    from evkb.kb.store import load_kb

    kb = load_kb(folder)
    for table in (kb.claims, kb.passages, kb.batteries, kb.shares, kb.investments, kb.figures):
        list(table)
    began = time.perf_counter()
    found = update_conflicts(kb)
    whole = time.perf_counter() - began
    _named, conflicts, groups = recorded
    began = time.perf_counter()
    kept = update_conflicts(kb, ConflictState(conflicts, groups), added)
    incremental = time.perf_counter() - began
    if list(kept.conflicts) != list(found.conflicts) or kept.groups != found.groups:
        sys.exit("the incremental conflicts stage differs from the whole one")
    return (
        whole,
        incremental,
        len(found.conflicts),
        f"{kept.compared} keys compared, {kept.kept} kept",
    )


def recorded_before(folder: Path) -> tuple[object, float]:
    """What the last build recorded of its conflicts, and the seconds reading it took."""
    from evkb.kb.manifest import recorded_conflicts

    began = time.perf_counter()
    recorded = recorded_conflicts(folder)
    return recorded, time.perf_counter() - began


def adds(big: Path, articles: list[Path], tmp: Path, env: dict[str, str], documents: int) -> None:
    """`evkb add` of each article to a fresh folder, then to the big one; the medians."""
    import statistics

    fresh_times, big_times = [], []
    for n, article in enumerate(articles):
        fresh = tmp / f"fresh-{n}"
        fresh.mkdir()
        fresh_times.append(timed([*EVKB, "add", "--kb", str(fresh), str(article)], env)[0])
        load = os.getloadavg()[0]
        big_times.append(timed([*EVKB, "add", "--kb", str(big), str(article)], env)[0])
        if len(articles) > 1:
            print(
                f"  add {n + 1}: fresh {fresh_times[-1]:.2f} s, the big one {big_times[-1]:.2f} s"
                f" (load average {load:.1f})"
            )
    fresh_s, add_s = statistics.median(fresh_times), statistics.median(big_times)
    many = f", median of {len(articles)}" if len(articles) > 1 else ""
    line(f"evkb add of one article to a fresh folder{many}", f"{fresh_s:.2f} s")
    line(
        f"evkb add of one article to the {documents}{many}",
        f"{add_s:.2f} s ({add_s / fresh_s:.1f}x)",
        "budget <= 5x",
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=2500)
    parser.add_argument(
        "--jobs", type=int, default=0, help="processes for the build (default: all cores)"
    )
    parser.add_argument(
        "--folder",
        type=Path,
        help="keep the big folder here (made and built if absent, reused if present; each run"
        " adds its articles to it) and its user cache beside it, as DIR-user-cache",
    )
    parser.add_argument("--only", choices=["add"], help="print only the add figures")
    parser.add_argument(
        "--adds",
        type=int,
        default=1,
        help="new articles to add, each to a fresh folder and the big",
    )
    args = parser.parse_args()

    with tempfile.TemporaryDirectory(prefix="evkb-bench-") as tmp_name:
        tmp = Path(tmp_name)
        big = args.folder.resolve() if args.folder else tmp / "big"
        user_cache = big.with_name(big.name + "-user-cache") if args.folder else tmp / "user-cache"
        # This process reads the folder too (opening, extraction, conflicts): with the user
        # cache of the `evkb` it runs, or each would take the other's entries for planted ones.
        os.environ["EVKB_CACHE_DIR"] = str(user_cache)
        env = dict(os.environ)
        extra = tmp / "extra"
        generate = [sys.executable, str(HERE / "gen_articles.py")]
        made = not (big / "kb.toml").exists()
        if made:
            subprocess.run(
                [*generate, str(big), "--articles", str(args.articles)],
                check=True,
                capture_output=True,
            )
        # New articles, unlike any in the folder (a kept folder has had earlier runs' added).
        seed = 99 + len(list((big / "sources").glob("new-article*")))
        subprocess.run(
            [*generate, str(extra), "--articles", str(args.adds), "--seed", str(seed)],
            check=True,
            capture_output=True,
        )
        articles = []
        for n, path in enumerate(sorted((extra / "sources").glob("synthetic-*.txt"))):
            articles.append(tmp / f"new-article-{seed}-{n}.txt")
            shutil.copy(path, articles[-1])
        documents = len(list((big / "sources").glob("*.*"))) - 1  # less sources.toml

        jobs = ["--jobs", str(args.jobs)] if args.jobs else []
        bytecode = compile_package()
        print(
            f"{documents} documents, {os.cpu_count()} cores, load average"
            f" {os.getloadavg()[0]:.1f}, the package's bytecode {bytecode}\n"
        )
        if made:
            build_s, _ = timed([*EVKB, "build", "--kb", str(big), *jobs], env)
            line("evkb build from scratch", f"{build_s:.1f} s", "budget <= 30 s")
            line(
                "  peak RSS of the largest process",
                f"{peak_children_mb():.0f} MB",
                "budget <= 600 MB",
            )
        kb_bytes = (big / "kb.toml").stat().st_size
        line(
            "  kb.toml", f"{kb_bytes / 1e6:.1f} MB ({kb_bytes / documents / 1e3:.1f} kB a document)"
        )
        if args.only == "add":
            adds(big, articles, tmp, env, documents)
            return

        timed([sys.executable, "-c", OPEN, str(big)], env)  # fills the cache
        _, out = timed([sys.executable, "-c", OPEN, str(big)], env)
        open_s, passages = out.split()
        line(
            "open warm (load_kb, fresh process)",
            f"{float(open_s):.3f} s, {passages} passages",
            "budget <= 0.3 s",
        )

        for _ in range(2):  # the first builds the on-disk search index
            timed([*EVKB, "search", "--kb", str(big), QUERY], env)
        warm_s, _ = timed([*EVKB, "search", "--kb", str(big), QUERY], env)

        recorded, read_s = recorded_before(big)
        adds(big, articles, tmp, env, documents)

        first_s, _ = timed([*EVKB, "search", "--kb", str(big), QUERY], env)
        line("evkb search, warm", f"{warm_s:.2f} s")
        line(
            "evkb search, first after the add",
            f"{first_s:.2f} s ({first_s / warm_s:.1f}x)",
            "budget <= 3x",
        )

        bundled = tmp / "bundled"
        shutil.copytree(
            REPO / "data", bundled, ignore=shutil.ignore_patterns(".evkb-cache", "*.lock")
        )
        bundled_s = first_screen(bundled, env)
        big_s = first_screen(big, env)
        line("app, first screen, the bundled knowledge base", f"{bundled_s:.2f} s")
        line(
            f"app, first screen, the {documents + len(articles)}",
            f"{big_s:.2f} s ({big_s / bundled_s:.1f}x)",
            "budget <= 2x",
        )

        per_doc, doc_passages = extraction_cost(big, 200)
        line(
            "extraction, one process, per document",
            f"{per_doc * 1000:.1f} ms ({doc_passages:.0f} passages)",
        )
        conflicts_s, incremental_s, conflicts, keys = conflicts_cost(
            big, recorded, {a.stem for a in articles}
        )
        line(
            f"conflicts stage, the {documents + len(articles)}, one process",
            f"{conflicts_s:.2f} s ({conflicts} conflicts)",
        )
        line(
            "  only the keys the added articles touch",
            f"{incremental_s:.2f} s (+ {read_s:.2f} s reading them)",
            keys,
        )
        print(f"\nload average at the end {os.getloadavg()[0]:.1f}")


if __name__ == "__main__":
    main()
