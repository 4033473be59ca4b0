"""A sum "of support" or "in ... support" is aid: a subsidy, and so for the company whose
project it supports, not the giver's own investment."""

from __future__ import annotations

from test_company_rules import _extract
from test_investment_direction import _sum


def _kind(text: str, value: float) -> str:
    kinds = [
        i.kind for i in _extract(text).investments if i.amounts and i.amounts[0].value == value
    ]
    assert kinds, _extract(text).investments
    return kinds[0]


def test_a_sum_of_support_is_aid_for_the_project_told_of():
    text = (
        "Tavrin Cells AG will invest EUR 900 million in a cell plant in Kameoka.\n\n"
        "Kellgate Invest has offered EUR 11.4 million of support towards the project.\n"
    )
    assert _kind(text, 11.4e6) == "subsidy"
    by, to = _sum(text, 11.4e6)
    assert by == ("kellgate-invest",) and to == ("tavrin-cells",)


def test_a_sum_in_production_support_is_aid():
    text = (
        "Tavrin Cells AG will build its third plant in Kameoka for EUR 4.2 billion.\n\n"
        "The Istrane Fund has committed EUR 640 million in production support.\n"
    )
    assert _kind(text, 640e6) == "subsidy"


def test_support_without_a_sum_before_it_makes_no_aid():
    # "investing EUR 40 million ... with the support of": the sum is the company's own
    text = (
        "Tavrin Cells AG is investing EUR 40 million in Kameoka with the support of its "
        "customers.\n"
    )
    assert _kind(text, 40e6) == "investment"
