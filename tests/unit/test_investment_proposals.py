"""Investments proposed from the ways copy states them: money in the world's marks and ranges,
a filing's "the Company", the cost of the plant just announced, and a pledge."""

from __future__ import annotations

import pytest
from test_company_rules import _extract, _paid

from evkb.kb.extract.quantities import extract_quantities


@pytest.mark.parametrize(
    ("text", "value", "unit", "value_to"),
    [
        ("at a cost of SR 7.5 billion", 7.5e9, "SAR", None),
        ("expected to cost Dh4.4 billion", 4.4e9, "AED", None),
        ("a QR500 million fund", 500e6, "QAR", None),
        ("a loan of 1.2 billion lei", 1.2e9, "RON", None),
        ("UAH 2.4 billion in aid", 2.4e9, "UAH", None),
        ("4 billion Serbian dinars", 4e9, "RSD", None),
        ("a grant of € 30 million", 30e6, "EUR", None),
        ("a $1.2-1.5 billion plant", 1.2e9, "USD", 1.5e9),
        ("between €300–€400m", 300e6, "EUR", 400e6),
    ],
)
def test_money_in_the_worlds_marks_and_ranges_is_read(text, value, unit, value_to):
    money = [(q.value, q.unit, q.value_to) for q in extract_quantities(text) if q.unit == unit]
    assert money == [(value, unit, value_to)]


def test_a_range_keeps_both_ends_and_no_bare_first_figure():
    assert [(q.value, q.value_to) for q in extract_quantities("to invest $1.2-$1.5 billion")] == [
        (1.2e9, 1.5e9)
    ]


def _parties(text: str) -> dict[float, set[str]]:
    """Each sum proposed from `text`, with the companies that give or receive it."""
    return {value: {*by, *to} for by, to, value in _paid(text)}


def test_the_company_a_filing_defines_is_the_company_all_through():
    paid = _parties(
        "Korrin Lithium Ltd (Korrin or the Company) produced 40,000 tonnes in the quarter.\n\n"
        "In February the Company signed an offtake agreement with Seoyang Battery.\n\n"
        "The Company also received a grant of A$15 million from the State Government.\n"
    )
    assert "korrin-lithium" in paid[15e6] and "seoyang-battery" not in paid[15e6]


def test_the_cost_of_the_plant_just_announced_is_its_builders():
    paid = _parties(
        "Bystra Chemia has signed a PLN 800 million loan agreement with the National "
        "Development Bank to finance its first plant in Lipowa Wola.\n\n"
        "The total cost of the project is estimated at PLN 2.4 billion.\n"
    )
    assert "bystra-chemia" in paid[2.4e9]
    places = {
        f.value
        for i in _extract(
            "Bystra Chemia has signed a PLN 800 million loan agreement to finance its plant in "
            "Lipowa Wola.\n\nThe total cost of the project is estimated at PLN 2.4 billion.\n"
        ).investments
        for f in i.facts
        if f.attribute == "place"
    }
    assert "PLN" not in places


def test_a_pledge_commits_money():
    paid = _parties("Tarvo Group has pledged VND 2.5 trillion for a battery recycling line.\n")
    assert "tarvo-group" in paid[2.5e12]


def test_a_sum_that_recurs_each_year_is_no_investment():
    paid = _paid(
        "Vandel Transit will run the buses for ten years; its fee, about €98 million a year, "
        "is paid by the authority for the service.\n\n"
        "Vandel Transit will invest €21 million in two depots, up 12% from a year earlier.\n"
    )
    assert [value for _, _, value in paid] == [21e6]


@pytest.mark.parametrize(
    "text",
    [
        # what a round values a company at
        "Osgood Capital led a $90 million funding round for Halvane Cells Ltd. The round values "
        "Halvane at about $240 million.\n\nA second round, valuing the company at $500 million, "
        "is planned.\n",
        # a programme's budget, a lender's limit
        "The Fennmoor Development Agency opened a call for battery plants in March with a budget "
        "of $400 million.\n\nTindale Bank plc has set itself a limit of $1 billion for such "
        "projects. It lent Halvane Cells Ltd $90 million for a cell line.\n",
    ],
)
def test_a_valuation_a_budget_or_a_limit_is_no_investment(text):
    assert [value for _, _, value in _paid(text)] == [90e6]


def test_a_sum_a_lender_only_may_give_or_is_in_talks_to_give_is_not_committed():
    may = (
        "Orsby Cells SL will build a cell plant in Tarsk.\n\n"
        "The Halvik Development Bank has said it may lend up to EUR 80 million to the project.\n"
    )
    talks = (
        "Orsby Cells SL will build a cell plant in Tarsk.\n\n"
        "The Halvik Development Bank is in talks to lend a further EUR 80 million.\n"
    )
    for text in (may, talks):
        assert all(not r.amounts for r in _extract(text).investments)


def test_a_sum_a_lender_will_give_is_committed():
    text = (
        "Orsby Cells SL will build a cell plant in Tarsk.\n\n"
        "The Halvik Development Bank will lend EUR 80 million to the project.\n"
    )
    assert [r.amounts[0].value for r in _extract(text).investments if r.amounts] == [80e6]


@pytest.mark.parametrize(
    "text",
    [
        "Halvane Cells Ltd will invest $90 million in a cell line. Another, Osgood Cells' $700 "
        "million plant in Tindale, was cancelled in March.\n",
        "Halvane Cells Ltd will invest $90 million in a cell line. In 2023 it unveiled a "
        "400-million-dollar project in Fennmoor, dropped last year when the port could not "
        "offer enough land.\n",
        "Halvane Cells Ltd will invest $90 million in a cell line. Its $250 million refinery, "
        "which was shelved in 2024, is not part of the plan.\n",
        # The project named again after a semicolon, an adverb before the giving up.
        "Halvane Cells Ltd will invest $90 million in a cell line. The state had promised "
        "Osgood Cells $400 million for a larger project in 2022; that project was later "
        "abandoned.\n",
        "Halvane Cells Ltd will invest $90 million in a cell line. Osgood Cells earmarked "
        "$400 million for a cathode plant; the plant has since been scrapped.\n",
    ],
)
def test_a_project_given_up_commits_nothing(text):
    assert [value for _, _, value in _paid(text)] == [90e6]


def test_a_project_given_up_elsewhere_in_the_sentence_still_commits_its_sum():
    """The word of giving up must follow the sum's own project, not stand anywhere after it."""
    paid = _paid(
        "Halvane Cells Ltd will invest $90 million in a cell line in Tindale; the plan it "
        "dropped last year was smaller.\n"
    )
    assert [value for _, _, value in paid] == [90e6]


@pytest.mark.parametrize(
    "text",
    [
        "Halvane Cells Ltd will invest $90 million in a cell line. I got EUR 2,000 back under "
        "the regional retrofit incentive when I fitted its pack.\n",
        "Halvane Cells Ltd will invest $90 million in a cell line. Its Tindale Long Range costs "
        "$48,490, before the local excise tax exemption for electric cars.\n",
    ],
)
def test_a_sum_on_a_households_scale_is_no_investment(text):
    assert [value for _, _, value in _paid(text)] == [90e6]


def test_a_small_grant_in_the_hundreds_of_thousands_is_still_one():
    paid = _paid("The Fennmoor Development Agency awarded Halvane Cells Ltd a grant of $540,000.\n")
    assert [value for _, _, value in paid] == [540e3]


@pytest.mark.parametrize(
    "cost",
    [
        "The line will cost $310 million and employ 420 people.",
        "That phase costs $310 million and will employ 420 people.",
    ],
)
def test_the_cost_of_a_line_or_phase_told_without_its_maker_is_the_documents(cost):
    paid = _paid(
        "Quennel Cells Inc. launched its K46 cell on Tuesday. Quennel says the K46 reaches "
        "310 Wh/kg.\n\n"
        "The cells will be made on a dedicated line in Tellisford that will be able to produce "
        f"4 GWh a year when it starts in 2028. {cost}\n"
    )
    assert (("quennel-cells",), (), 310e6) in paid


def test_a_phase_that_costs_nothing_named_commits_nothing():
    paid = _paid(
        "Quennel Cells Inc. will invest $90 million in a cell line.\n\n"
        "The line-up of its cells costs less than rivals' and sells well.\n"
    )
    assert [value for _, _, value in paid] == [90e6]
