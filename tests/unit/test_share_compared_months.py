"""A comparison named as the same months of another year in filings' words ("the
corresponding period of 2025", "the comparable months of 2024") is of those months; a
bracketed figure labelled with a year alone ("(2025: 15 per cent)") after such a comparison in
its paragraph is of the months compared, and of the whole year otherwise."""

from __future__ import annotations

import pytest
from share_cases import dated_shares as shares

HEAD = "Varrow Data Weekly\nPublished 2 December 2026\n\n"


@pytest.mark.parametrize(
    "sentence",
    [
        "Brisolt Cells ranked sixth in the first three quarters of 2026 with a market share of "
        "4.7%, compared with 3.9% in the corresponding period of 2025.",
        # another word and another order: the earlier period first
        "In the first three quarters of 2026 Brisolt Cells held 4.7% of the market, against "
        "3.9% in the comparable period of 2025.",
        # another number style
        "Brisolt Cells had a market share of 4,7 % in January-September 2026, up from 3,9 % in "
        "the equivalent period of 2025.",
    ],
)
def test_the_corresponding_period_is_the_same_months(sentence: str) -> None:
    found = shares(HEAD + sentence + "\n")
    assert ("Brisolt Cells", 3.9, "2025-09") in found
    assert ("Brisolt Cells", 4.7, "2026-09") in found


COMPARED = (
    "Brisolt Cells remains the clear leader with 34 per cent of the cells in projects "
    "connected in January-September 2026, down from 41 per cent in the same period of 2025. "
)


@pytest.mark.parametrize(
    "after",
    [
        "Kettavan Energy follows with 17 per cent (2025: 15 per cent).",
        "Kettavan Energy, the runner-up, had 17 per cent (2025: 15 per cent), and Moravine "
        "Power 9 per cent.",
    ],
)
def test_a_year_label_after_a_same_period_comparison_is_of_its_months(after: str) -> None:
    found = shares(HEAD + COMPARED + after + "\n")
    assert ("Kettavan Energy", 15.0, "2025-09") in found


@pytest.mark.parametrize(
    "lead",
    [
        # the comparison is with the whole year
        "Brisolt Cells led the market in January-September 2026 with a 34 per cent share, against 36 per cent for "
        "the whole of 2025. ",
        # the same months, but of another year than the label's
        "Brisolt Cells led the market in January-September 2026 with a 34 per cent share, against 36 per cent in "
        "the same period of 2024. ",
        # no comparison in the paragraph
        "Brisolt Cells led the market in January-September 2026 with a 34 per cent share. ",
    ],
)
def test_a_year_label_is_the_whole_year_otherwise(lead: str) -> None:
    found = shares(HEAD + lead + "Kettavan Energy follows with 17 per cent (2025: 15 per cent).\n")
    assert ("Kettavan Energy", 15.0, "2025") in found
