"""Who approves a loan or a grant gives it, and a name set in apposition to a lender's or an
investor's noun lends: the receiver is then the company the money is for, not the approver."""

from __future__ import annotations

from types import SimpleNamespace

from test_company_rules import _paid

from evkb.kb.records.investment_receivers import approves_sum, to_unknown


def _sum(text: str, value: float) -> tuple[tuple[str, ...], tuple[str, ...]]:
    found = [(by, to) for by, to, v in _paid(text) if v == value]
    assert found, _paid(text)
    return found[0]


def test_a_body_that_approves_a_grant_gives_it_to_the_company_before():
    by, to = _sum(
        "Valmora Cells said it will spend $300 million to add a line in Kestrow.\n\n"
        "The Kestrow Department of Trade approved a $12 million grant for the expansion last "
        "month.\n",
        12e6,
    )
    assert by == ("kestrow-department-of-trade",) and to == ("valmora-cells",)


def test_a_corporation_with_its_initials_that_approves_a_subsidy_gives_it():
    by, to = _sum(
        "Valmora Cells will invest $300 million in a cell plant in Kestrow.\n\n"
        "The Kestrow Industrial Development Corporation (KIDC) has approved a capital subsidy "
        "of $24 million for the project.\n",
        24e6,
    )
    assert by == ("kestrow-industrial-development",) and to == ("valmora-cells",)


def test_approving_a_sum_is_told_from_approving_a_plan():
    assert approves_sum(" has approved a loan of $60 million", 0)
    assert approves_sum(" (KIDC) has approved a capital subsidy", 0)
    assert approves_sum(", the state lender, agreed a loan of $5 million", 0)
    assert approves_sum(" has sanctioned a term loan", 0)
    # approving a plant, a tax break vote, or a loan approved by someone else: no giver here
    assert not approves_sum(" approved the construction of a plant", 0)
    assert not approves_sum(" voted to approve a tax abatement", 0)
    assert not approves_sum(" secured a loan of $60 million", 0)


def test_a_council_that_approves_a_plan_still_spends_nothing():
    # "approved" with no loan or grant after it: the council only permits
    found = _paid(
        "Valmora Cells will invest $300 million in a cell plant in Kestrow, after the Kestrow "
        "County Council approved the plans on Monday.\n"
    )
    assert all("kestrow-county-council" not in by for by, _, _ in found)


def test_a_name_in_apposition_to_a_lender_is_the_lender():
    by, to = _sum(
        "Valmora Cells will build a $900 million cell plant in Kestrow.\n\n"
        "Orlendi, the regional development lender, has approved a loan of $60 million.\n",
        60e6,
    )
    assert by == ("orlendi",) and "orlendi" not in to


def test_a_maker_in_apposition_to_a_maker_noun_receives_its_loan():
    # the apposition names no lender: the maker's own loan is one it gets
    by, to = _sum(
        "Valmora Cells, the Kestrow cell maker, secured a loan of $60 million from Orlendi "
        "Capital.\n",
        60e6,
    )
    assert to == ("valmora-cells",) and by == ("orlendi-capital",)


def _said(text: str, mentions: list, sums: list) -> SimpleNamespace:
    """A sentence with its company mentions and its sums (unit, start, end) alone."""
    quantities = [SimpleNamespace(unit=u, start=s, end=e) for u, s, e in sums]
    return SimpleNamespace(
        text=text, mentions=mentions, quantities=quantities, local=lambda q: (q.start, q.end)
    )


def test_a_sum_lent_to_a_name_no_company_matches_names_an_unknown_receiver():
    text = "Orlendi agreed a loan of $37 million (about 30 million euros) to Pruvane to finance it."
    sums = [("USD", 25, 36), ("EUR", 44, 60)]
    assert to_unknown(_said(text, [("orlendi", 0, 7)], sums))
    # the receiver is a company the text knows, or no name follows "to": nothing unknown
    assert not to_unknown(_said(text, [("orlendi", 0, 7), ("pruvane", 65, 72)], sums))
    plain = "Orlendi agreed a loan of $37 million to the bus operator."
    assert not to_unknown(_said(plain, [("orlendi", 0, 7)], [("USD", 25, 36)]))


def test_a_company_named_after_a_sum_and_its_equivalent_in_brackets_receives_it():
    by, to = _sum(
        "Dunstrel Cells is building a cell plant in Kestrow.\n\n"
        "Orlendi Capital, the regional development investor, agreed a loan of 37 million "
        "euros (about $40 million) to Pruvane Mobility to finance 9,000 bikes.\n",
        37e6,
    )
    assert by == ("orlendi-capital",) and to == ("pruvane-mobility",)


def test_a_loan_to_an_unknown_name_goes_to_no_plant_told_after_it():
    by, to = _sum(
        "Dunstrel Cells makes battery packs for motorcycles.\n\n"
        "In September, Orlendi Capital, the regional development investor, agreed a loan of 37 "
        "million euros (about $40 million) to Pruvane to finance 9,000 bikes. Dunstrel Cells is "
        "building a second assembly line at its Kestrow plant, due in 2027.\n",
        37e6,
    )
    assert by == ("orlendi-capital",) and to == ()
