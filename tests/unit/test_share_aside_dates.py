"""A date in the relative clause of a holder's apposition ("X, the maker that moved its
head office last year, fell to 5.0 percent") tells about the holder, not
the figure: the figure keeps the period in view."""

from __future__ import annotations

from share_cases import dated_shares as shares

HEAD = (
    "Bus league\nPublished 12 November 2026\n\n"
    "Ostkel Cells led the market for electric buses in January-September 2026 with a share "
    "of 15.2 percent, down from 16.8 percent a year earlier.\n\n"
)


def test_a_date_in_an_appositions_relative_clause_is_not_the_figures() -> None:
    found = shares(
        HEAD + "Varnholt, the maker that moved its head office last year, fell to "
        "5.0 percent.\n\nQuillbank Power, the Tarnby-based company that listed in Holmvik in March, "
        "raised its share to 4.1 percent.\n"
    )
    assert ("Varnholt", 5.0, "2026-09") in found
    assert ("Quillbank Power", 4.1, "2026-09") in found


def test_a_date_in_the_figures_own_clause_or_an_apposition_without_a_clause_still_dates_it() -> (
    None
):
    found = shares(
        HEAD + "Varnholt, the maker, held 5.0 percent in 2025.\n\n"
        "Quillbank Power, the Tarnby-based company, had 4.1 percent in March.\n"
    )
    assert ("Varnholt", 5.0, "2025") in found
    assert ("Quillbank Power", 4.1, "2026-03") in found
