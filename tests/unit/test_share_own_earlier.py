"""A year-earlier phrase of a figure's own clause moves the figure's period back a year: one
before the sentence's first figure ("It was the runner-up a year earlier, with 24.2 per
cent"), and one after a figure compared with a fiscal year the sentence dates ("from 4.1 per
cent the year before"). Not one a comparison holds ("up from a year earlier", "from sixth a
year earlier") nor one a clause break parts from the figure."""

from __future__ import annotations

import pytest
from share_cases import dated_shares as shares

HEAD = "Varrow Trade Weekly\nPublished 2 December 2026\n\n"
LEAD = (
    "Kettavan Energy led the Varrow market for storage cells in the year to September with "
    "31.4 per cent of deliveries, the consultancy Moravine said. "
)


@pytest.mark.parametrize(
    "sentence, percent",
    [
        (
            "Brisolt Cells was the runner-up a year earlier, with 24.2 per cent, but has "
            "slipped to fourth on 10.9 per cent in the year to September.",
            24.2,
        ),
        # the phrase in the holder's apposition, the figure after it
        (
            "Brisolt Cells, the leader a year earlier with 24.2 per cent, fell to 10.9 per cent.",
            24.2,
        ),
        # another number style and "the previous year"
        (
            "In the previous year Brisolt Cells, which builds cells in Varrow, supplied 24,2 % of "
            "the market, against 10,9 % in the year to September.",
            24.2,
        ),
    ],
)
def test_a_year_earlier_in_the_first_figures_clause_is_the_year_before(
    sentence: str, percent: float
) -> None:
    found = shares(HEAD + LEAD + sentence + "\n")
    assert ("Brisolt Cells", percent, "2025-09") in found


def test_the_year_before_a_fiscal_year_the_sentence_dates() -> None:
    found = shares(
        HEAD + "Kettavan Energy's share of home-battery installations grew to 6.2 per cent in "
        "the last financial year, the year to June, from 4.1 per cent the year before.\n"
    )
    assert found == [("Kettavan Energy", 4.1, "2025-06"), ("Kettavan Energy", 6.2, "2026-06")]


@pytest.mark.parametrize(
    "sentence",
    [
        # a comparison holds the phrase
        "Sales rose 12% from a year earlier, and Brisolt Cells took 24.2 per cent of the market "
        "in the year to September.",
        "Brisolt Cells climbed to second from fourth a year earlier, with 24.2 per cent of the "
        "market in the year to September.",
        # a clause break parts it from the figure
        "Sales were flat a year earlier; Brisolt Cells took 24.2 per cent of the market in the "
        "year to September.",
    ],
)
def test_a_compared_or_parted_year_earlier_leaves_the_period(sentence: str) -> None:
    found = shares(HEAD + LEAD + sentence + "\n")
    assert ("Brisolt Cells", 24.2, "2026-09") in found
