"""Ranking must not get worse: top-1 and top-3 on the relevance test sets.

One set is written against the bundled articles (a regression guard), the other against
articles in other styles (tests/fixtures/styles/, tests/fixtures/fourth/) searched together
with the bundled ones.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
import tomli

from evkb.kb.build import build
from evkb.search import SearchIndex

REPO = Path(__file__).resolve().parents[2]
QUERIES = Path(__file__).with_name("relevance_queries.toml")
STYLE_QUERIES = Path(__file__).with_name("relevance_queries_styles.toml")
STYLE_ARTICLES = [
    *sorted((REPO / "tests" / "fixtures" / "styles").glob("*.txt")),
    REPO / "tests" / "fixtures" / "fourth" / "uk-gigafactory.txt",
]

# Measured rates, held as floors (raise them when ranking improves; never lower them quietly).
TOP1_FLOOR = 36
TOP3_FLOOR = 36
STYLE_TOP1_FLOOR = 18
STYLE_TOP3_FLOOR = 18


def _index(kb_dir: Path, articles=()) -> SearchIndex:
    shutil.copytree(REPO / "data" / "sources", kb_dir / "sources")
    shutil.copytree(REPO / "data" / "curated", kb_dir / "curated")
    for article in articles:
        shutil.copy(article, kb_dir / "sources" / article.name)
    kb, _ = build(kb_dir)
    return SearchIndex.build(kb)


@pytest.fixture(scope="module")
def index(tmp_path_factory) -> SearchIndex:
    return _index(tmp_path_factory.mktemp("kb"))


@pytest.fixture(scope="module")
def style_index(tmp_path_factory) -> SearchIndex:
    return _index(tmp_path_factory.mktemp("kb"), STYLE_ARTICLES)


def rates(index: SearchIndex, queries: Path) -> tuple[int, int, list[str]]:
    cases = tomli.loads(queries.read_text(encoding="utf-8"))["query"]
    top1 = top3 = 0
    misses = []
    for case in cases:
        hits = index.search(case["q"], limit=3)
        ok = [h.passage.source == case["source"] and case["expect"] in h.passage.text for h in hits]
        top1 += bool(ok and ok[0])
        top3 += any(ok)
        if not (ok and ok[0]):
            misses.append(case["q"])
    return top1, top3, misses


def test_relevance_rates_hold(index):
    top1, top3, misses = rates(index, QUERIES)
    assert top1 >= TOP1_FLOOR and top3 >= TOP3_FLOOR, (top1, top3, misses)


def test_relevance_rates_hold_on_articles_in_other_styles(style_index):
    top1, top3, misses = rates(style_index, STYLE_QUERIES)
    assert top1 >= STYLE_TOP1_FLOOR and top3 >= STYLE_TOP3_FLOOR, (top1, top3, misses)
