"""The money just told of, as the subject of a sentence pricing a plant ("The money will go
towards a £48m plant"): the plant is the company's that received that money."""

from __future__ import annotations

import pytest
from test_company_rules import _paid


@pytest.mark.parametrize(
    "use",
    [
        "The money will go towards a £48m plant on Tellisford Moor, which will recover lithium "
        "from spent batteries.",
        "The whole package will finance a plant costing £48m on a former steelworks site.",
    ],
)
def test_the_plant_the_money_pays_for_is_its_receivers(use):
    paid = _paid(
        "Quennel Materials Ltd, a battery recycler, has raised £22 million in a round led by "
        "Ostrevia Growth Partners.\n\n"
        f"{use} It will employ 140 people.\n"
    )
    assert any(value == 48e6 and "quennel-materials" in (*by, *to) for by, to, value in paid)
    assert not any(value == 48e6 and "ostrevia-growth-partners" in by for by, _, value in paid)


def test_the_moneys_own_sum_is_not_a_plants_cost():
    paid = _paid(
        "Quennel Materials Ltd, a battery recycler, has raised £22 million in a round led by "
        "Ostrevia Growth Partners.\n\n"
        "The money will go towards research, not a plant.\n"
    )
    assert [value for _, _, value in paid] == [22e6]


def test_money_told_long_before_pays_for_nothing_named_here():
    paid = _paid(
        "Quennel Materials Ltd, a battery recycler, has raised £22 million in a round led by "
        "Ostrevia Growth Partners.\n\n"
        "Recycling rates in Europe are still low. Most spent packs are exported. Prices for "
        "black mass fell last year. Few plants run at full capacity.\n\n"
        "The money will go towards a £48m plant on Tellisford Moor.\n"
    )
    assert not any(value == 48e6 for _, _, value in paid)
