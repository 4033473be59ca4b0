"""A supplier's product in a part of what a market makes is the supplier's share of it: "X's
cells went into 5.8% of the vans built", "its packs are now used in about 30 percent of the
conversions", "X cells equipped 28,4 % of the cars"; a kind's product ("lead-acid batteries")
is no supplier's. A date in a reported clause before a second "that" is not the figure's."""

from __future__ import annotations

import pytest
from share_cases import dated_shares as shares

from evkb.kb.records.share_figures import holds_part

HEAD = "Cell supply\nPublished 12 November 2026\n\n"
LEAD = "Quenton Power is a cell maker based in Ohio. "


@pytest.mark.parametrize(
    "sentence",
    [
        "Quenton Power's cells went into 5.8% of the electric vans built in Canada in the third "
        "quarter.",
        # another word order: the period first, a clause between
        "In the third quarter, according to the analysts at Harnwick, Quenton Power's packs "
        "ended up in 5.8 per cent of the electric buses built in Canada.",
        # another number style, another verb
        "In the third quarter Quenton Power modules powered 5,8 % of the electric boats built in "
        "Canada.",
        # the possessive pronoun after the name in the sentence before
        "In the third quarter its batteries were fitted to about 5.8 percent of the tractors "
        "built in Canada.",
    ],
)
def test_a_suppliers_product_in_a_part_of_a_market_is_its_share(sentence: str) -> None:
    found = shares(HEAD + LEAD + sentence + "\n")
    assert [(name, percent) for name, percent, _ in found] == [("Quenton Power", 5.8)]
    assert found[0][2] == "2026-09"


def test_a_list_of_products_going_on_gives_each_supplier_its_figure() -> None:
    found = shares(
        HEAD + "Quenton Power and Fenlock Energy make cells in Ohio. In the third quarter, "
        "Quenton Power's cells went into 5.8% of the electric vans built in Canada, up from 3.9% "
        "a year earlier.\n"
    )
    assert ("Quenton Power", 5.8, "2026-09") in found
    assert ("Quenton Power", 3.9, "2025-09") in found


@pytest.mark.parametrize(
    "sentence",
    [
        # a kind's product, not a supplier's
        "lead-acid batteries still power about 70% of the electric rickshaws in the city.",
        # a charge level, no part of a market
        "Quenton Power's cells went to 80% in 18 minutes.",
        # a part of the product itself
        "Quenton Power's cells are 40% cheaper than last year's.",
        "the cells went into 5.8% of the vans.",
    ],
)
def test_no_suppliers_product_no_share(sentence: str) -> None:
    assert not holds_part(sentence)


def test_a_date_in_the_reported_clause_before_is_not_the_figures() -> None:
    found = shares(
        HEAD + LEAD + "Quenton Power tells me it has done 41 conversions this year and that its "
        "packs are now used in about 30 percent of the classic-car conversions in the state.\n"
    )
    assert found == [("Quenton Power", 30.0, "")]
