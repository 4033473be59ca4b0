"""Precision and recall of the conflict stage on held-out article pairs with a truth file.

Run: python tests/bench/conflicts_quality.py [--verbose]. Builds each folder under
tests/fixtures/conflicts/ (two short articles written for this, and the records a curator
would keep from them), runs the conflict rules, and compares what they flag with
truth.toml. A flag the truth does not list is a false conflict; a listed one not flagged is
missed. Agreements (figures both articles state alike) are scored the same way.
"""

from __future__ import annotations

import argparse
import sys
from dataclasses import dataclass, field
from pathlib import Path

import tomli

from evkb.kb.build import build_kb
from evkb.kb.conflicts import find_corroborations
from evkb.model import Conflict

PAIRS = Path(__file__).resolve().parents[1] / "fixtures" / "conflicts"


@dataclass
class PairResult:
    pair: str
    found: list[Conflict]
    matched: list[dict] = field(default_factory=list)
    missed: list[dict] = field(default_factory=list)
    false: list[Conflict] = field(default_factory=list)
    agree_missed: list[dict] = field(default_factory=list)
    agree_false: list[tuple[str, str]] = field(default_factory=list)


def _matches(conflict: Conflict, expected: dict) -> bool:
    if (conflict.kind, conflict.attribute) != (expected["kind"], expected["attribute"]):
        return False
    # A subject found in a sentence is a phrase; records' subjects are ids; a pair of
    # subjects ("A / B") may come in either order.
    found = {part.strip().casefold() for part in conflict.subject.split(" / ")}
    wanted = {part.strip().casefold() for part in expected["subject"].split(" / ")}
    return found == wanted or (
        len(wanted) == 1 and next(iter(wanted)) in conflict.subject.casefold()
    )


def evaluate(root: Path = PAIRS) -> list[PairResult]:
    truth = tomli.loads((root / "truth.toml").read_text(encoding="utf-8"))
    results = []
    for pair in truth["pair"]:
        kb = build_kb(root / pair["id"])
        result = PairResult(pair["id"], list(kb.conflicts))
        unmatched = list(kb.conflicts)
        for expected in pair["expect"]:
            hit = next((c for c in unmatched if _matches(c, expected)), None)
            if hit is None:
                result.missed.append(expected)
            else:
                unmatched.remove(hit)
                result.matched.append(expected)
        result.false = unmatched
        agreed = {(c.subject, c.attribute) for c in find_corroborations(kb)}
        wanted = {(a["subject"], a["attribute"]) for a in pair["agree"]}
        result.agree_missed = [
            a for a in pair["agree"] if (a["subject"], a["attribute"]) not in agreed
        ]
        result.agree_false = sorted(agreed - wanted)
        results.append(result)
    return results


def ratio(part: int, whole: int) -> float:
    return part / whole if whole else 1.0


def summary(results: list[PairResult]) -> dict[str, float | int]:
    matched = sum(len(r.matched) for r in results)
    flagged = sum(len(r.found) for r in results)
    expected = matched + sum(len(r.missed) for r in results)
    return {
        "pairs": len(results),
        "expected": expected,
        "flagged": flagged,
        "true": matched,
        "false": sum(len(r.false) for r in results),
        "missed": sum(len(r.missed) for r in results),
        "precision": ratio(matched, flagged),
        "recall": ratio(matched, expected),
        "agreements_missed": sum(len(r.agree_missed) for r in results),
        "agreements_false": sum(len(r.agree_false) for r in results),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--verbose", action="store_true", help="list every flag of every pair")
    args = parser.parse_args(argv)
    results = evaluate()
    for r in results:
        marks = "ok" if not (r.false or r.missed or r.agree_missed or r.agree_false) else "WRONG"
        print(
            f"{r.pair:20} flagged {len(r.found)}, expected {len(r.matched) + len(r.missed)}: {marks}"
        )
        for c in r.false:
            print(f"    false: {c.kind}: {c.message}")
        for e in r.missed:
            print(f"    missed: {e['kind']} {e['subject']} {e['attribute']}")
        for a in r.agree_missed:
            print(f"    agreement missed: {a['subject']} {a['attribute']}")
        for a in r.agree_false:
            print(f"    agreement not in the truth: {a}")
        if args.verbose:
            for c in r.found:
                print(f"    {c.kind}: {c.message}")
    s = summary(results)
    print(
        f"{s['pairs']} pairs: {s['flagged']} flagged, {s['expected']} expected, {s['true']} right, "
        f"{s['false']} false, {s['missed']} missed; precision {s['precision']:.2f}, "
        f"recall {s['recall']:.2f}; agreements missed {s['agreements_missed']}, "
        f"not in the truth {s['agreements_false']}"
    )
    return 0 if s["false"] == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
