"""Aid and whose project it is for: a sum "of support" or "in ... support" is a subsidy for
the company whose project it supports, not the giver's own investment; a project financed in the
passive ("The expansion is financed in part by a loan from X") is that of the company the
sentence before is about."""

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


def test_a_project_financed_in_the_passive_is_the_previous_sentences_company():
    by, to = _sum(
        "Tavrin Cells AG builds battery enclosures in Kameoka and works for Selvik Power.\n\n"
        "Selvik Power is expanding its Kameoka site for the second time. The expansion is "
        "financed in part by a loan of 300 million pesos from the state bank, Kellgate Bank.\n",
        300e6,
    )
    assert by == ("kellgate-bank",) and to == ("selvik-power",)


def test_a_supplier_named_in_the_passive_sentence_receives_nothing():
    _, to = _sum(
        "Selvik Power invested EUR 96 million in a storage system at its Kameoka substation. "
        "The system was built with containers supplied by Tavrin Cells AG and is financed in "
        "part by a loan of EUR 20 million from Kellgate Bank.\n",
        20e6,
    )
    assert to == ("selvik-power",)


def test_a_company_that_finances_itself_is_not_read_as_a_project():
    # the subject is a company, not "The <project>": the rule does not apply
    by, to = _sum(
        "Tavrin Cells AG opened a line in Kameoka.\n\n"
        "Selvik Power is financed by a loan of EUR 20 million from Kellgate Bank.\n",
        20e6,
    )
    assert by == ("kellgate-bank",) and to == ("selvik-power",)
