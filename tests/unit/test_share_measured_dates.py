"""Dates that a share sentence names without dating its figures: one the figures are only
measured against ("both down on last year", "higher than in 2025") and one in the holder's
apposition that says how long the holder was what it names ("the leader until last year"):
the figures keep the period in view."""

from __future__ import annotations

from share_cases import dated_shares as shares

HEAD = (
    "Bus league\nPublished 12 November 2026\n\n"
    "Tornvik Cells led the market for electric buses in January-September 2026 with a share "
    "of 15.2 percent, up from 13.1 percent a year earlier.\n\n"
)


def test_a_date_the_figures_are_measured_against_is_not_theirs() -> None:
    found = shares(
        HEAD + "Brellan Power and Kastrup Energy held 7.9 per cent and 6.8 per cent "
        "respectively, both down on last year.\n"
    )
    assert ("Brellan Power", 7.9, "2026-09") in found
    assert ("Kastrup Energy", 6.8, "2026-09") in found


def test_other_words_and_number_styles_measuring_against_a_date() -> None:
    found = shares(
        HEAD + "Orbisa Energy took 9,4 % of the market, lower than in 2025.\n\n"
        "Quenby Cells, with 4.4% — up on the same period of 2025 — ranked fifth.\n"
    )
    assert ("Orbisa Energy", 9.4, "2026-09") in found
    assert ("Quenby Cells", 4.4, "2026-09") in found


def test_a_date_owning_a_figure_after_the_comparison_still_dates_that_figure() -> None:
    found = shares(HEAD + "Brellan Power held 7.9 per cent, down on last year's 8.4 per cent.\n")
    assert ("Brellan Power", 7.9, "2026-09") in found
    # last year's figure, of the same months as the one in view
    assert ("Brellan Power", 8.4, "2025-09") in found


def test_a_date_after_the_figure_with_no_comparison_dates_it() -> None:
    found = shares(HEAD + "Brellan Power held 7.9 per cent last year.\n")
    assert ("Brellan Power", 7.9, "2025") in found


def test_how_long_the_holder_was_what_its_apposition_names_is_not_the_figures_date() -> None:
    found = shares(
        HEAD + "Chinese maker Brellan Power, the leader until last year, fell to 11.9% "
        "from 14.0%.\n\n"
        "Kastrup Energy, its main rival since 2019, held 10.1 percent.\n\n"
        "Orbisa Energy, the third-largest maker through 2024, slipped to 6,2 %.\n"
    )
    assert ("Brellan Power", 11.9, "2026-09") in found
    assert ("Brellan Power", 14.0, "2025-09") in found
    assert ("Kastrup Energy", 10.1, "2026-09") in found
    assert ("Orbisa Energy", 6.2, "2026-09") in found


def test_a_date_opening_the_sentence_before_the_holder_still_dates_it() -> None:
    found = shares(HEAD + "Until last year, Brellan Power held 11.9%.\n")
    assert ("Brellan Power", 11.9, "2025") in found
