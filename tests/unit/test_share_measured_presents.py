"""A share held in the present tense after a ranking's dated figures is of the ranking's
period when it is written as a measurement (to a decimal place, unbounded): "Moravine Power
commands 9.6 percent." A round or bounded figure ("about 10 percent") is a company's own
undated claim, and a present that follows a date of its own sentence is set against it."""

from __future__ import annotations

import pytest
from share_cases import dated_shares as shares

HEAD = "Varrow Trade Weekly\nPublished 2 December 2026\n\n"
RANKING = (
    "Brisolt Cells led the Varrow market for storage cells in January-September 2026 with "
    "31.4 percent of deliveries, ahead of Kettavan Energy with 22.8 percent. "
)


@pytest.mark.parametrize(
    "after, holder, percent",
    [
        ("Moravine Power commands 9.6 percent.", "Moravine Power", 9.6),
        # a relative clause holding the figure, the rank in the main clause, a comma decimal
        (
            "Ulstrand Batteries, which holds 7,3 % of the market, was fourth.",
            "Ulstrand Batteries",
            7.3,
        ),
        # a list after a semicolon, in a paragraph of its own
        (
            "\n\nAmong the smaller makers, Sarnwick Packs has 4.2%; Pellory Cells 1.9%.",
            "Sarnwick Packs",
            4.2,
        ),
    ],
)
def test_a_measured_present_figure_is_of_the_ranking_in_view(
    after: str, holder: str, percent: float
) -> None:
    found = shares(HEAD + RANKING + after + "\n")
    assert (holder, percent, "2026-09") in found
    assert ("Brisolt Cells", 31.4, "2026-09") in found


@pytest.mark.parametrize(
    "after",
    [
        "Moravine Power holds about 9.6 percent of the market, it says.",  # bounded
        "Moravine Power holds 10 percent of the market.",  # a round claim
        # a date of its own sentence the present is set against
        "Moravine Power, which began making cells last year, holds 9.6 percent of the market.",
    ],
)
def test_a_round_bounded_or_contrasted_present_figure_stays_undated(after: str) -> None:
    found = shares(HEAD + RANKING + after + "\n")
    assert [period for name, _, period in found if name == "Moravine Power"] == [""]


def test_without_a_ranking_in_view_a_measured_present_figure_stays_undated() -> None:
    found = shares(HEAD + "Moravine Power commands 9.6 percent of the Varrow storage market.\n")
    assert found == [("Moravine Power", 9.6, "")]
