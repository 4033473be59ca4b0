"""A charge or a cost of capital is no share, whoever the sentence names: "raised the royalty
on lithium to 7%", "Our model uses a WACC of 9.8%"; a share said after such a noun, with a verb
of holding between, still is one."""

from __future__ import annotations

import pytest
from share_cases import held_shares as _shares

LEAD = "Kalorra Lithium held 12.4% of the world's lithium chemical supply in 2025.\n"


@pytest.mark.parametrize(
    "sentence",
    [
        "The government raised the royalty on lithium to 7% in 2025, Kalorra Lithium said.",
        "Kalorra Lithium pays royalties of 4.5% on every tonne it exports.",
        "Our valuation of Kalorra Lithium uses a WACC of 9.8% and a terminal growth rate of 2.5%.",
    ],
)
def test_a_royalty_or_a_cost_of_capital_is_no_share(sentence: str) -> None:
    assert _shares(LEAD + sentence) == [("Kalorra Lithium", 12.4)]


def test_a_share_held_after_a_royalty_is_named_still_is_one() -> None:
    # a verb of holding between the noun and the figure: the figure is the holder's share
    shares = _shares(
        LEAD + "After the royalty rise Brenvik Minerals held 6.1% of the world's lithium "
        "chemical supply in 2025.\n"
    )
    assert ("Brenvik Minerals", 6.1) in shares
