"""Precision and recall of the extracted records on test articles in many outlets' styles.

Each article under tests/fixtures/records has a truth file of the records it should yield.
The goals: companies >= 90% found with at most one stray per article; shares >= 90% with the
right holder, percent and period; generations >= 90% with every key spec; nothing from page
furniture. `python tests/bench/records_quality.py -v` prints the table and what was missed.
"""

from __future__ import annotations

import pytest
from records_scoring import articles, lexicon, score


@pytest.fixture(scope="module")
def scores():
    lex = lexicon()
    return [score(path, lex) for path in articles()]


def test_there_are_enough_articles(scores):
    assert len(scores) >= 6


def test_companies_are_found_with_at_most_one_stray_each(scores):
    found = sum(s.companies[0] for s in scores)
    expected = sum(s.companies[1] for s in scores)
    assert found >= 0.9 * expected, [n for s in scores for n in s.notes if "company" in n]
    assert all(s.companies[2] <= 1 for s in scores), [
        (s.article, s.notes) for s in scores if s.companies[2] > 1
    ]


def test_shares_with_their_period(scores):
    right = sum(s.shares[0] for s in scores)
    expected = sum(s.shares[1] for s in scores)
    wrong = sum(s.shares[2] for s in scores)
    assert right >= 0.9 * expected, [n for s in scores for n in s.notes if "share" in n]
    assert wrong <= 0.1 * max(1, right + wrong), [
        n for s in scores for n in s.notes if "wrong share" in n
    ]


def test_generations_with_their_key_specs(scores):
    complete = sum(s.batteries[0] for s in scores)
    expected = sum(s.batteries[1] for s in scores)
    assert complete >= 0.9 * expected, [n for s in scores for n in s.notes if "battery" in n]


def test_investments(scores):
    found = sum(s.investments[0] for s in scores)
    expected = sum(s.investments[1] for s in scores)
    assert found >= 0.8 * expected, [n for s in scores for n in s.notes if "investment" in n]


def test_nothing_comes_from_page_furniture(scores):
    assert [s.article for s in scores if s.furniture] == []


def test_an_article_without_companies_yields_none(scores):
    empty = [s for s in scores if s.companies[1] == 0]
    assert empty and all(s.companies[2] == 0 for s in empty)
