"""Extraction's processor time on hostile documents, at two sizes: a time that grows faster
than the text (a ratio well above 2 for twice the text) is a scan repeated per sentence or
per line, which a long enough document turns into a build that does not end.

    python tests/bench/bench_hostile.py [--size N]

Each document is one form pushed to N units and then 2N: one paragraph of thousands of
sentences (a pronoun, money and a plant in each), thousands of "name figure%" lines, thousands
of headings each over a spec line, one product named with its figures in thousands of
paragraphs, a run of possessives, a long run of numbers with a unit.
"""

from __future__ import annotations

import argparse
import os
import resource
import time
from collections.abc import Callable
from pathlib import Path

from evkb.kb.documents import DocumentExtractor
from evkb.kb.load import load_curated

REPO = Path(__file__).resolve().parents[2]
WORDS = ("Acme", "Volt", "Cells", "Power", "Energy", "Group", "Motors", "Battery", "North")


def _word(i: int) -> str:
    return WORDS[(i * 7 + i // 3) % len(WORDS)]


FORMS: dict[str, Callable[[int], str]] = {
    "one paragraph, pronouns": lambda n: (
        "Acme Cells launches Volt\n\n"
        + " ".join("We said we will make it and they said it was ours." for _ in range(n))
    ),
    "one paragraph, plants": lambda n: (
        "Plans\n\n"
        + " ".join(
            f"Acme Cells will invest ${i} million in a {i} GWh plant, creating {i} jobs by 2030."
            for i in range(n)
        )
    ),
    "lines of shares": lambda n: (
        "Ranking\n\n" + "\n".join(f"{_word(i)} {_word(i + 1)} {i % 50}.{i % 10}%" for i in range(n))
    ),
    "headings over specs": lambda n: "\n\n".join(
        f"## {_word(i)} {_word(i + 2)} Long Range\n\nThe {_word(i)} has a 100 kWh pack and "
        "500 km of range."
        for i in range(n)
    ),
    "one product, every paragraph": lambda n: (
        "Acme Cells launches the Zeltra cell\n\n"
        + "\n\n".join(
            f"Acme Cells said the Zeltra cell gives {300 + i} km of range and charges in "
            f"{10 + i % 50} minutes."
            for i in range(n)
        )
    ),
    "possessives": lambda n: (
        "Lead\n\n" + "Acme's " * (10 * n) + "battery cell held 20 per cent of the market.\n"
    ),
    "numbers with a unit": lambda n: (
        "The battery market share: " + " ".join(f"{i} per cent" for i in range(10 * n))
    ),
}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--size", type=int, default=2000, help="units of the smaller document")
    args = parser.parse_args()
    curated, _ = load_curated(REPO / "data", [])
    extract = DocumentExtractor(curated.companies)
    print(f"load {os.getloadavg()[0]:.1f}; processor seconds at N={args.size} and 2N")
    print(f"{'form':30} {'MB':>6} {'N':>7} {'2N':>7} {'ratio':>6}")
    for name, make in FORMS.items():
        seconds = []
        for size in (args.size, 2 * args.size):
            text = make(size)
            began = time.process_time()
            extract(name, text)
            seconds.append(time.process_time() - began)
        ratio = seconds[1] / seconds[0] if seconds[0] > 0 else float("nan")
        print(f"{name:30} {len(text) / 1e6:6.2f} {seconds[0]:7.2f} {seconds[1]:7.2f} {ratio:6.1f}")
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak RSS {peak:.0f} MB")


if __name__ == "__main__":
    main()
