"""The app at scale: open and pane-switch times on a large knowledge base beside the bundled one.

Run: python tests/bench/bench_app.py [--runs N]. Builds (in memory) a knowledge base of 1,000
companies, 300 battery generations and 500 market-share figures from 50 periods, then drives
the app headless at 120x36 over it and over the bundled knowledge base in the same run, and
prints the median of each step: the app up to its first screen, each pane shown the first time
and again, the companies filter, and compare. Both are read into memory before timing.
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import subprocess
import sys
import time
from pathlib import Path

from evkb.kb.store import KB_FILE, read_kb
from evkb.model import (
    BODY,
    Battery,
    Citation,
    Claim,
    Company,
    Fact,
    Investment,
    KnowledgeBase,
    Passage,
    Share,
    Source,
)
from evkb.paths import bundled_kb_dir

KINDS = ("automaker", "cell maker", "supplier", "government", "media", "research firm")
METRICS = ("EV battery market", "battery usage", "LFP cells")


def large_kb(companies: int = 1000, batteries: int = 300, shares: int = 500) -> KnowledgeBase:
    sources = [
        Source(f"src{i:02d}", f"src{i:02d}.txt", f"{i:064d}", 1000, title=f"Article {i}")
        for i in range(20)
    ]
    passages, claims = [], []
    for i in range(2000):
        source = f"src{i % 20:02d}"
        text = (
            f"Company {i % companies:04d} Cells said it will build {i % 90 + 10} GWh "
            f"of capacity by {2025 + i % 8}."
        )
        passages.append(
            Passage(f"{source}:p{i}", source, i, BODY, i * 200, i * 200 + len(text), text)
        )
        entities = (f"c{i % companies:04d}", f"c{(i * 7) % companies:04d}")
        claims.append(
            Claim(
                f"k{i}", f"{source}:p{i}", source, i * 200, i * 200 + len(text), text, (), entities
            )
        )

    def cite(i: int, quote: str = "") -> Citation:
        p = passages[i % len(passages)]
        return Citation(p.source, quote or p.text, p.id, p.start, p.end)

    people = [
        Company(
            f"c{i:04d}",
            f"Company {i:04d} " + ("Energy Storage Solutions Holdings" if i % 9 == 0 else "Cells"),
            KINDS[i % len(KINDS)],
            (f"C{i:04d}",),
            "",
            (cite(i),),
        )
        for i in range(companies)
    ]
    cells = [
        Battery(
            f"b{i:03d}",
            f"Generation {i:03d}" + (" long-range solid-state pack" if i % 5 == 0 else ""),
            f"c{i % companies:04d}",
            (
                Fact("launch", float(2025 + i % 8), cite(i), unit="year", text=str(2025 + i % 8)),
                Fact("range", float(400 + i % 700), cite(i), unit="km", text=f"{400 + i % 700} km"),
                Fact(
                    "charging",
                    float(10 + i % 30),
                    cite(i),
                    unit="min",
                    text=f"{10 + i % 30} minutes",
                ),
            ),
        )
        for i in range(batteries)
    ]
    figures = []
    for i in range(shares):
        period = i // 10  # 10 holders a period and metric, 50 pictures
        year, month = 2015 + period // 12, period % 12 + 1
        figures.append(
            Share(
                f"c{i % companies:04d}",
                f"Company {i % companies:04d} Cells",
                2.0 + i % 10,
                "=",
                cite(i),
                as_of=f"{year}-{month:02d}",
                scope="global",
                metric=METRICS[period % len(METRICS)],
            )
        )
    money = [
        Investment(
            f"i{i}",
            "investment",
            (Fact("amount", 1e9 * (1 + i % 9), cite(i), unit="USD"),),
            cite(i),
            by=(f"c{i % companies:04d}",),
            purpose="a plant",
        )
        for i in range(200)
    ]
    return KnowledgeBase(
        sources=sources,
        passages=passages,
        claims=claims,
        companies=people,
        batteries=cells,
        shares=figures,
        investments=money,
    )


async def timed(pilot, *keys: str) -> float:
    began = time.perf_counter()
    await pilot.press(*keys)
    await pilot.pause()
    return time.perf_counter() - began


async def one_run(kb: KnowledgeBase) -> dict[str, float]:
    from evkb.tui.app import EvkbApp

    times: dict[str, float] = {}
    began = time.perf_counter()
    app = EvkbApp(bundled_kb_dir(), theme="evkb-harbour", kb=kb)
    async with app.run_test(size=(120, 36)) as pilot:
        await pilot.pause()
        times["open (first screen)"] = time.perf_counter() - began
        for key, pane in (
            ("1", "companies"),
            ("2", "batteries"),
            ("3", "market"),
            ("4", "sources"),
            ("5", "timeline"),
        ):
            times[f"{pane} first time"] = await timed(pilot, key)
        for key, pane in (("1", "companies"), ("2", "batteries"), ("3", "market")):
            times[f"{pane} again"] = await timed(pilot, key)
        await pilot.press("1")
        await pilot.pause()
        times["companies filter 'co'"] = await timed(pilot, "f", "c", "o")
        await pilot.press("escape")
        times["compare (c)"] = await timed(pilot, "c")
    return times


def _peak_rss(name: str) -> float:
    """Peak resident size (MB) of a fresh process that runs the app once over `name`."""
    done = subprocess.run(
        [sys.executable, __file__, "--memory-of", name], capture_output=True, text=True, check=True
    )
    return float(done.stdout.split()[-1])


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--memory-of", choices=("bundled", "large"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.memory_of:
        kb = large_kb() if args.memory_of == "large" else read_kb(bundled_kb_dir() / KB_FILE)
        asyncio.run(one_run(kb))
        # VmHWM, not ru_maxrss: a child's ru_maxrss starts from its parent's size at fork.
        status = Path("/proc/self/status").read_text()
        peak_kb = next(line.split()[1] for line in status.splitlines() if line.startswith("VmHWM"))
        print(int(peak_kb) / 1024)
        return 0
    bundled = read_kb(bundled_kb_dir() / KB_FILE)
    large = large_kb()
    print(
        f"large: {len(large.companies)} companies, {len(large.batteries)} generations, "
        f"{len(large.shares)} share figures, {len(large.passages)} passages"
    )
    results: dict[str, list[dict[str, float]]] = {"bundled": [], "large": []}
    asyncio.run(one_run(bundled))  # warm imports once, for both
    for _ in range(args.runs):
        for name, kb in (("bundled", bundled), ("large", large)):
            kb._index.clear()  # no lookup tables left over from the previous run
            results[name].append(asyncio.run(one_run(kb)))
    print(f"{f'step (median of {args.runs} runs, ms)':40} {'bundled':>9} {'large':>9} {'ratio':>6}")
    for step in results["bundled"][0]:
        small = statistics.median(r[step] for r in results["bundled"]) * 1000
        big = statistics.median(r[step] for r in results["large"]) * 1000
        print(f"{step:40} {small:9.0f} {big:9.0f} {big / small:6.1f}")
    # Memory: the peak resident size of a fresh process that opens the app on each (after its
    # knowledge base is in memory, so the figure is what the app adds on top of that).
    peaks = {name: _peak_rss(name) for name in ("bundled", "large")}
    ratio = peaks["large"] / peaks["bundled"]
    line = f"{peaks['bundled']:9.0f} {peaks['large']:9.0f} {ratio:6.1f}"
    print(f"{'peak RSS of a process, one run (MB)':40} {line}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
