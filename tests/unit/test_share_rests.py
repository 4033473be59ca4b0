"""The rest of a market split: "the remaining 11%" held by the group its clause names ("came
from other makers", "All the others", "Everyone else"), never by a company an earlier clause
gave its own figure; the rest of an owned whole ("X owns 51%, Y the remaining 49%") is none."""

from __future__ import annotations

import pytest
from share_cases import dated_shares, held_shares

LEAD = "Quillan Power held 48% of the market for ferry batteries in 2025.\n"


@pytest.mark.parametrize(
    ("sentence", "holder", "percent"),
    [
        # the figure first, the group after it, in a clause of its own after a semicolon
        (
            "Quillan Power batteries powered 58% of the ferries and Ebbrin Cells' 31%; the "
            "remaining 11% came from other makers.",
            "other makers",
            11.0,
        ),
        # a bare "from" after "with the remaining ...", the figure in words of per cent
        (
            "Quillan Power supplied 61 per cent of the packs fitted to ferries built in 2025 and "
            "Ebbrin Cells 27 per cent, with the remaining 12 per cent from smaller assemblers.",
            "smaller assemblers",
            12.0,
        ),
        # the residual holders before their verb: "everyone else", "all the others"
        (
            "Ebbrin Cells had 30.5%. Everyone else together accounted for 21.5%.",
            "Everyone else",
            21.5,
        ),
        ("Ebbrin Cells had 44%. All the others shared the remaining 8%.", "All the others", 8.0),
        # a list's last line
        (
            "Ebbrin Cells took 40% of the ferry market in 2025; imported packs made up the other "
            "12%.",
            "imported packs",
            12.0,
        ),
    ],
)
def test_the_rest_of_a_split_is_the_groups(sentence: str, holder: str, percent: float):
    found = held_shares(LEAD + sentence)
    assert (holder, percent) in found
    assert [s for s in found if s[1] == percent] == [(holder, percent)]


def test_the_rest_keeps_the_period_of_the_split():
    text = (
        "Ferry batteries in 2025\n"
        "Published 3 March 2026\n"
        "Quillan Power supplied 58% of the ferry batteries fitted in 2025 and Ebbrin Cells 31%; "
        "the remaining 11% came from other makers.\n"
    )
    assert ("other makers", 11.0, "2025") in dated_shares(text)


@pytest.mark.parametrize(
    "sentence",
    [
        # the rest of an owned company or project: no share of a market
        "Holmvik Energy owns 51 per cent of the project, and Saldane Group the remaining 49 per "
        "cent.",
        "Holmvik Energy will hold 51% of Ebbrin Cells, with Saldane Group holding the "
        "remaining 49%.",
        "Holmvik Energy has a 51% stake in the venture. Saldane Group holds the remaining 49%.",
    ],
)
def test_the_rest_of_an_owned_whole_is_no_share(sentence: str):
    assert [s for s in held_shares(LEAD + sentence) if s[1] in (49.0, 51.0)] == []


def test_a_company_named_in_the_rests_own_clause_still_holds_it():
    found = held_shares(
        LEAD + "Ebbrin Cells took 30% of the market, and Saldane Cells the other 22%."
    )
    assert ("Saldane Cells", 22.0) in found
