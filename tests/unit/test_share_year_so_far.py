"""A share "this year" in a paragraph that counts this year from January to one month is of
that part of the year; a span of another year, two spans, or none leave the year."""

from __future__ import annotations

import pytest
from share_cases import dated_shares

from evkb.kb.records.dateline import Dateline
from evkb.kb.records.share_year_so_far import year_so_far

_HEAD = "Cell league\n\nOSTRELLE, 4 November 2026 \u2014 "


@pytest.mark.parametrize(
    ("body", "period"),
    [
        # the span in the sentence before, its months counted in words
        (
            "Quorvath Cells supplied 31.5% of the cells fitted in the first eight months, a "
            "tracker said. Trasko Energy, by contrast, took 9 per cent this year.",
            "2026-08",
        ),
        # months joined by an en dash and abbreviated, "this year" before the figure
        (
            "Quorvath Cells led in Jan.\u2013Sept. with 31.5%. This year Trasko Energy holds "
            "second place with 9 percent.",
            "2026-09",
        ),
        # quarters, and the span after the figure in the same sentence
        (
            "Trasko Energy has 9% of the market this year, on figures for the first three "
            "quarters.",
            "2026-09",
        ),
        # the year to a month
        (
            "Quorvath Cells took 31.5% of the market in the year to July. Trasko Energy had 9 per "
            "cent of it this year.",
            "2026-07",
        ),
    ],
)
def test_this_years_share_beside_a_span_from_january_is_of_the_span(body, period):
    shares = dated_shares(_HEAD + body + "\n")
    assert ("Trasko Energy", 9.0, period) in shares


@pytest.mark.parametrize(
    "body",
    [
        # the span is of another year
        "Quorvath Cells took 31.5% of the market in January-October 2025. Trasko Energy had 9 "
        "per cent of the market this year.",
        # two spans ending in different months
        "Quorvath Cells took 31.5% of the market in the first half and 30.1% in the first nine "
        "months. Trasko Energy had 9 per cent of the market this year.",
        # no span at all
        "Quorvath Cells leads the market. Trasko Energy had 9 per cent of the market this year.",
        # the span in another paragraph
        "Quorvath Cells took 31.5% of the market in the first ten months.\n\nTrasko Energy had 9 "
        "per cent of the market this year.",
    ],
)
def test_this_years_share_without_one_span_of_this_year_is_of_the_year(body):
    shares = dated_shares(_HEAD + body + "\n")
    assert ("Trasko Energy", 9.0, "2026") in shares


def test_only_the_year_of_writing_named_this_year_is_read_so():
    written = Dateline("2026-11", True)
    paragraph = "X took 31.5% in January-October. Y had 9% this year, Z 7% last year."
    assert year_so_far("2026", "Y had 9% this year", paragraph, written) == "2026-10"
    # last year's figure, a month already, no "this year" in the sentence, no date of writing
    assert year_so_far("2025", "Z 7% last year, this year", paragraph, written) == "2025"
    assert year_so_far("2026-06", "Y had 9% this year", paragraph, written) == "2026-06"
    assert year_so_far("2026", "Y had 9% in 2026", paragraph, written) == "2026"
    assert year_so_far("2026", "Y had 9% this year", paragraph, Dateline("2026", False)) == "2026"
