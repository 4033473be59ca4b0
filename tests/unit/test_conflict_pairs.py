"""The conflict stage on article pairs written for it (tests/fixtures/conflicts/), against truth.toml.

The scoring is the one `tests/bench/conflicts_quality.py` prints; here it must hold: no false
conflict, nothing listed missed, agreements counted as agreements.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

BENCH = Path(__file__).resolve().parents[1] / "bench" / "conflicts_quality.py"
_spec = importlib.util.spec_from_file_location("conflicts_quality", BENCH)
quality = sys.modules.setdefault("conflicts_quality", importlib.util.module_from_spec(_spec))
_spec.loader.exec_module(quality)


@pytest.fixture(scope="module")
def results():
    return quality.evaluate()


def test_there_are_at_least_eight_pairs_with_conflicts_and_without(results):
    assert len(results) >= 8
    assert sum(1 for r in results if r.matched) >= 4
    assert sum(1 for r in results if not (r.matched or r.missed)) >= 4


def test_no_false_conflict(results, capsys):
    summary = quality.summary(results)
    with capsys.disabled():
        print(
            f"\nconflict pairs: precision {summary['precision']:.2f}, recall {summary['recall']:.2f}"
        )
    false = {r.pair: [c.message for c in r.false] for r in results if r.false}
    assert false == {}
    assert summary["precision"] == 1.0


def test_every_listed_conflict_is_found(results):
    assert {r.pair: r.missed for r in results if r.missed} == {}
    assert quality.summary(results)["recall"] == 1.0


def test_agreements_are_corroboration_not_conflict(results):
    assert {
        r.pair: (r.agree_missed, r.agree_false) for r in results if r.agree_missed or r.agree_false
    } == {}
