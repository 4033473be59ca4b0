"""A share held in the present tense ("we are tiny, under 1 per cent", "boats remain below 1
per cent") is of no period the text states, even after a dated figure of the same sentence or
paragraph; a present clause that names its own period, or goes on with the figure before
("; it is 23 per cent"), keeps that period, and "remains in third place with" is a ranking."""

from __future__ import annotations

from share_cases import dated_shares as shares

HEAD = "Storage talk\nPublished 18 November 2026\n\n"


INTERVIEW = """Valley Business
The Interview

Tallmere Storage's founder on winning the valley

Interview by Jo Ockley | 30 November 2026

Tallmere Storage makes home batteries in Varrow. Its founder, Velda Quell, spoke to Valley Business.

VB: How big is Tallmere Storage now?

Velda Quell: By our count we had 22 per cent of new home-battery installations in the valley \
in 2025, and in the first half of this year that went to 27 per cent.

VB: Who is behind you?

VQ: Our largest competitor here is a bigger firm. Nationally we are tiny, under 1 per cent.
"""


def test_we_are_under_a_figure_after_a_dated_answer_is_undated() -> None:
    found = shares(INTERVIEW)
    assert ("Tallmere Storage", 1.0, "") in found
    assert ("Tallmere Storage", 22.0, "2025") in found
    assert ("Tallmere Storage", 27.0, "2026-06") in found


def test_a_later_figure_in_a_present_clause_of_its_own_is_undated() -> None:
    found = shares(
        HEAD + "The agency says electric vehicles accounted for 4.6 per cent of vehicles "
        "registered in 2025 and that electric boats remain below 1 per cent of licensed vessels.\n"
    )
    periods = {percent: period for _, percent, period in found}
    assert periods == {4.6: "2025", 1.0: ""}


def test_a_restated_figure_now_keeps_the_period_of_the_one_before() -> None:
    found = shares(
        HEAD + "Correction: an earlier version said Tallmere Storage handled 32 per cent of the "
        "batteries collected last year; it is 23 per cent.\n"
    )
    assert not any(label == "Tallmere Storage" and period == "" for label, _, period in found)


def test_remains_in_a_place_with_a_figure_is_a_ranking_of_the_period_in_view() -> None:
    found = shares(
        HEAD + "Quorvane Packs led the market in the first half of 2026 with 31.0 percent. "
        "Tallmere Storage remains in third place with 12.5 percent, against 14.1 percent a "
        "year earlier.\n"
    )
    assert ("Tallmere Storage", 12.5, "2026-06") in found
