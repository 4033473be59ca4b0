"""The period a ranking goes on with: a placed figure dated in its own sentence ("X is the
leader with 30% this year", "ranked fourth ... in the first nine months of this year") starts
the ranking of its period, which the undated figures after it take, not the period an earlier
paragraph's figure left in view. A figure compared with one of another year ("which had 16.4%
in the same period of 2025") starts none, and a count of years ("for the third year running")
is no place."""

from __future__ import annotations

import pytest

from evkb.kb.extract import split_passages
from evkb.kb.records import Lexicon, extract_records
from evkb.kb.records.share_words import rank_of


def _periods(text: str) -> dict[float, str]:
    extracted = extract_records("doc", split_passages("doc", text), Lexicon([]))
    return {s.percent: s.as_of for s in extracted.shares}


A = (
    "Home batteries\nTrade Weekly | 14 November 2026\n\n"
    "Traders say LFP batteries accounted for 64% of home batteries sold in the country in"
    " the first half of 2026.\n\n"
    "The market is dominated by imports. Tarnwick Power is the leader with about 30% of "
    "home batteries sold this year. The importer had about 22% last year. Local assembler"
    " Quillmoor Cells is second with 18%.\n"
)

B = (
    "Cathode makers\nTrade Weekly | 2 December 2026\n\n"
    "Ostervale Precursor supplied about 6 percent of the precursor used by European "
    "cathode makers last year.\n\n"
    "Halvenby Chemical ranked fourth in the global cathode market in the first nine "
    "months of this year, with 7.3 percent. Corbish Materials held 5.2 percent.\n"
)

C = (
    "Cell league\nTrade Weekly | 2 December 2026\n\n"
    "Brantsea Cells' share rose to 37.6% in January-October from 36.9% a year earlier.\n\n"
    "With 17.2%, second place again went to Halvenby Cells, which had 16.4% in the same "
    "period of 2025. Corbish Energy had 9.4%, down from 10.8%.\n"
)

D = (
    "Cell league\nTrade Weekly | 2 December 2026\n\n"
    "Brantsea Cells' share of installations rose to 37.6% in the first nine months of "
    "2026, up from 36.9% a year earlier.\n\n"
    "Halvenby Cells is losing ground for the third year running: in 2025 as a whole its "
    "share was 24.2%. Corbish Energy had 7.4%; a year earlier its figure was 8.1%.\n"
)

E = (
    "Storage league\nTrade Weekly | 14 November 2026\n\n"
    "Ostervale Storage held 11% of the grid storage market in 2024, the consultancy said.\n\n"
    "In the first half of 2026, Tarnwick Power ranked first in the market with 31%. "
    "Brantsea Cells took 9%.\n"
)

F = (
    "Storage league\nTrade Weekly | 14 November 2026\n\n"
    "Ostervale Storage held 11% of the grid storage market in 2024, the consultancy said.\n\n"
    "Third-placed in the third quarter of 2026 was Tarnwick Power, on 12 per cent, the "
    "consultancy said. Brantsea Cells took 9 per cent.\n"
)


@pytest.mark.parametrize(
    ("text", "figure", "period"),
    [
        (A, 18.0, "2026"),  # "is second" after "the leader ... this year"
        (B, 5.2, "2026-09"),  # after "ranked fourth ... in the first nine months of this year"
        (E, 9.0, "2026-06"),  # the date opening the clause, "ranked first in the market"
        (F, 9.0, "2026-09"),  # "Third-placed in the third quarter of 2026 was X, on 12 per cent"
    ],
    ids=["second", "fourth", "first", "third-placed"],
)
def test_a_placed_figure_dated_in_its_sentence_starts_the_ranking(text, figure, period):
    assert _periods(text)[figure] == period


def test_a_figure_compared_with_another_year_starts_no_ranking():
    # "which had 16.4% in the same period of 2025" is placed second, but only as a comparison
    assert _periods(C)[9.4] == "2026-10"


def test_a_count_of_years_is_no_place_and_starts_no_ranking():
    assert rank_of("is losing ground for the third year running: in 2025 as a whole") == 0
    assert rank_of("a second straight month of gains") == 0
    assert rank_of("its fourth consecutive quarter") == 0
    assert rank_of("came third for the second year in a row") == 3
    periods = _periods(D)
    assert periods[24.2] == "2025"
    assert (periods[7.4], periods[8.1]) == ("2026-09", "2025-09")
