"""Ranking must not get worse: top-1 and top-3 on the relevance test set, on the bundled KB."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
import tomli

from evkb.kb.build import build
from evkb.search import SearchIndex

REPO = Path(__file__).resolve().parents[2]
QUERIES = Path(__file__).with_name("relevance_queries.toml")

# Measured rates, held as floors (raise them when ranking improves; never lower them quietly).
TOP1_FLOOR = 36
TOP3_FLOOR = 36


@pytest.fixture(scope="module")
def index(tmp_path_factory) -> SearchIndex:
    kb_dir = tmp_path_factory.mktemp("kb")
    shutil.copytree(REPO / "data" / "sources", kb_dir / "sources")
    shutil.copytree(REPO / "data" / "curated", kb_dir / "curated")
    kb, _ = build(kb_dir)
    return SearchIndex.build(kb)


def test_relevance_rates_hold(index):
    cases = tomli.loads(QUERIES.read_text(encoding="utf-8"))["query"]
    top1 = top3 = 0
    misses = []
    for case in cases:
        hits = index.search(case["q"], limit=3)
        ok = [h.passage.source == case["source"] and case["expect"] in h.passage.text for h in hits]
        top1 += bool(ok and ok[0])
        top3 += any(ok)
        if not (ok and ok[0]):
            misses.append(case["q"])
    assert top1 >= TOP1_FLOOR and top3 >= TOP3_FLOOR, (top1, top3, misses)
