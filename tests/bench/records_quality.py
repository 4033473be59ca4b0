"""Prints, per test article, how well the extracted records match its truth file.

python tests/bench/records_quality.py [-v] [--pending]

`--pending` scores the articles of tests/fixtures/records-pending instead.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "unit"))

from records_scoring import FIXTURES, articles, lexicon, score


def _ratio(a: int, b: int) -> str:
    return f"{a}/{b}"


def main() -> None:
    lex = lexicon()
    pending = FIXTURES.parent / "records-pending"
    paths = sorted(pending.glob("*.txt")) if "--pending" in sys.argv else articles()
    rows = [score(path, lex) for path in paths]
    print(
        f"{'article':24} {'companies':>10} {'strays':>6} {'shares':>8} {'wrong':>5} {'batteries':>9} {'bstray':>6} {'invest':>7} {'furniture':>9}"
    )
    totals = [0] * 10
    for r in rows:
        print(
            f"{r.article:24} {_ratio(*r.companies[:2]):>10} {r.companies[2]:>6} {_ratio(*r.shares[:2]):>8} "
            f"{r.shares[2]:>5} {_ratio(*r.batteries):>9} {r.battery_strays:>6} {_ratio(*r.investments):>7} {r.furniture:>9}"
        )
        for i, v in enumerate((*r.companies, *r.shares, *r.batteries, *r.investments)):
            totals[i] += v
    c, ce, cs, s, se, sw, b, be = totals[:8]
    bs = sum(r.battery_strays for r in rows)
    print(
        f"{'total':24} {_ratio(c, ce):>10} {cs:>6} {_ratio(s, se):>8} {sw:>5} {_ratio(b, be):>9} {bs:>6}"
    )
    if "-v" in sys.argv:
        for r in rows:
            for note in r.notes:
                print(f"  {r.article}: {note}")


if __name__ == "__main__":
    main()
