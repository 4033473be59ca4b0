"""Which way an investment's money goes: who gives it and who receives it, as the sentence's
verb and the story around it say."""

from __future__ import annotations

from test_company_rules import _extract, _paid


def _sum(text: str, value: float) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """Who gives and who receives the sum of `value` proposed from `text`."""
    found = [(by, to) for by, to, v in _paid(text) if v == value]
    assert found, _paid(text)
    return found[0]


def test_money_raised_in_a_currency_code_is_received_from_the_one_named_after_from():
    by, to = _sum(
        "Tavrin Cells AG makes solid-state cells in a pilot line near Basel.\n\n"
        "It has just raised CHF 35 million from Oskarby Capital to expand the line.\n",
        35e6,
    )
    assert to == ("tavrin-cells",) and by == ("oskarby-capital",)


def test_a_round_closed_and_led_by_an_investor_is_the_investors_money():
    by, to = _sum(
        "Tavrin Cells AG said on Monday it had closed a EUR 28 million Series A round led by "
        "Oskarby Capital.\n",
        28e6,
    )
    assert to == ("tavrin-cells",) and by == ("oskarby-capital",)


def test_a_name_before_the_verb_of_receiving_gives_nothing():
    # "The spin-out from X has raised": X is where the company comes from, not its investor.
    by, to = _sum(
        "Tavrin Cells AG, the spin-out from the Quellmont Institute, has raised CHF 18 million "
        "and is building a pilot line.\n",
        18e6,
    )
    assert to == ("tavrin-cells",) and "quellmont-institute" not in by


def test_raising_a_figure_is_no_money_received():
    # "raises its output to 400 MWh": no sum, and the sum of the plant stays its builder's
    by, to = _sum(
        "Tavrin Cells AG will invest CHF 40 million in a plant in Basel that raises its "
        "output to 400 MWh a year.\n",
        40e6,
    )
    assert by == ("tavrin-cells",) and to == ()


def test_money_secured_by_a_guarantee_or_a_supply_secured_is_no_money_received():
    by, to = _sum(
        "Tavrin Cells AG will invest 180 billion yen to build a cell plant in Kameoka.\n\n"
        "The Ministry of Industry will cover up to a third of the cost, or as much as 60 "
        "billion yen, under a programme to secure domestic supply of cells.\n",
        60e9,
    )
    assert to == ("tavrin-cells",)
    by, to = _sum(
        "Tavrin Cells AG is building a cell plant in Kameoka.\n\n"
        "The regional bank Brisko Bank granted a loan of EUR 25 million in 2023 that was "
        "partly secured by a state guarantee.\n",
        25e6,
    )
    assert by == ("brisko-bank",) and to == ("tavrin-cells",)


def test_a_loan_secured_is_received():
    by, to = _sum("Tavrin Cells AG has secured a $90 million loan from Brisko Bank.\n", 90e6)
    assert by == ("brisko-bank",) and to == ("tavrin-cells",)


def test_a_second_giver_in_the_sentence_is_no_receiver():
    _, to = _sum(
        "Tavrin Cells AG will build its first cell factory at Kameoka at a cost of EUR 900 "
        "million.\n\n"
        "The Quellmont Fund granted EUR 40 million towards the project, and the lender Brisko "
        "Bank will provide a loan of EUR 310 million.\n",
        40e6,
    )
    assert "brisko-bank" not in to


def test_money_granted_is_aid_for_the_project_told_of():
    by, to = _sum(
        "Tavrin Cells AG will build a cathode plant at Kameoka with an investment of EUR 540 "
        "million.\n\n"
        "Selvik Agency has granted EUR 38 million for the project.\n",
        38e6,
    )
    assert by == ("selvik-agency",) and to == ("tavrin-cells",)


def test_a_loan_granted_stays_a_loan():
    investments = _extract(
        "Tavrin Cells AG is building a cell plant in Kameoka.\n\n"
        "Brisko Bank granted a loan of EUR 25 million to the company.\n"
    ).investments
    assert [i.kind for i in investments if i.amounts and i.amounts[0].value == 25e6] == ["loan"]


_STORY = (
    "Corvath Motors picks a cathode partner for its next car.\n\n"
    "Corvath Motors has chosen a Finnish supplier for the cathodes of its next model.\n\n"
    "Ardwyn Materials Oy will build a cathode plant at Pelkola with an investment of EUR 540 "
    "million.\n\n"
)


def test_a_loan_naming_no_receiver_is_for_the_project_just_told_of():
    by, to = _sum(_STORY + "The Istrane Fund has approved a loan of EUR 150 million.\n", 150e6)
    assert by == ("istrane-fund",) and to == ("ardwyn-materials",)


def test_a_story_gone_on_to_another_company_leaves_the_loan_to_the_one_it_is_about():
    _, to = _sum(
        _STORY
        + "Marrowfen Energy, which runs buses in the city, ordered 300 cars from Corvath Motors.\n\n"
        + "Corvath Motors said the order was its largest.\n\n"
        + "The Istrane Fund has approved a loan of EUR 150 million.\n",
        150e6,
    )
    assert to == ("corvath-motors",)


def test_a_lender_that_will_lend_us_dollars_gives_them():
    by, to = _sum(
        "Tavrin Cells AG will invest US$25 million in a storage site at Kameoka.\n\n"
        "Brisko Bank, the private-sector arm of a development lender, will lend US$20 million "
        "for the project.\n",
        20e6,
    )
    assert by == ("brisko-bank",) and to == ("tavrin-cells",)


def test_lending_us_is_money_received_by_the_one_speaking():
    _, to = _sum(
        "Tavrin Cells AG is building its second phase at Kameoka.\n\n"
        "“Brisko Bank is lending us 150 million euros for it,” said Tavrin's chief executive.\n",
        150e6,
    )
    assert to == ("tavrin-cells",) and "brisko-bank" not in to


def test_a_debt_facility_is_a_loan_from_the_bank_that_leads_it():
    investments = _extract(
        "Tavrin Cells AG will build a cathode plant at Kameoka for A$1.1 billion.\n\n"
        "The rest will be funded from cash and a new A$250 million debt facility with a "
        "syndicate of banks led by Brisko Banking Corporation.\n"
    ).investments
    loan = next(i for i in investments if i.amounts and i.amounts[0].value == 250e6)
    assert loan.kind == "loan" and loan.to == ("tavrin-cells",)


def test_a_plant_facility_keeps_its_cost_as_an_investment():
    investments = _extract(
        "Tavrin Cells AG will build a $300 million storage facility at Kameoka.\n"
    ).investments
    assert [i.kind for i in investments if i.amounts] == ["investment"]


_RAISE = (
    "Tavrin Cells AG raises S$42 million as riders ditch charging cables.\n\n"
    "Tavrin Cells said the round was led by Oskarby Capital.\n\n"
)


def test_a_partner_putting_money_in_puts_it_into_the_company_the_text_is_about():
    by, to = _sum(_RAISE + "Selvik Motor will put in RM25 million of the total.\n", 25e6)
    assert by == ("selvik-motor",) and to == ("tavrin-cells",)
    by, to = _sum(
        _RAISE + "Selvik Motor contributes process equipment and about US$15 million in cash.\n",
        15e6,
    )
    assert by == ("selvik-motor",) and to == ("tavrin-cells",)


def test_a_partner_spending_on_its_own_plant_receives_nothing_from_itself():
    by, to = _sum(_RAISE + "Selvik Motor will invest RM90 million in its own plant.\n", 90e6)
    assert by == ("selvik-motor",) and to == ()


_VENTURE = (
    "Corvath Motors and Ardwyn Battery will build a cell plant in Pelkola.\n\n"
    "Quellmont Cells is the joint venture of Corvath Motors and Ardwyn Battery.\n\n"
)


def test_the_joint_venture_that_spends_is_the_venture_the_text_named():
    by, _ = _sum(_VENTURE + "The joint venture is spending $640 million on the plant.\n", 640e6)
    assert by == ("quellmont-cells",)


def test_a_loan_to_the_joint_venture_is_for_the_venture_the_text_named():
    by, to = _sum(
        _VENTURE + "Brisko Bank has agreed to lend the joint venture $200 million.\n", 200e6
    )
    assert by == ("brisko-bank",) and to == ("quellmont-cells",)


def test_a_venture_of_two_named_partners_is_not_the_venture_the_text_named():
    # "a joint venture of X and Y" names the partners, not the venture the sentence speaks of
    by, _ = _sum(
        _VENTURE + "Ardwyn Battery will spend $90 million on a joint venture with Selvik.\n",
        90e6,
    )
    assert by == ("ardwyn-battery",)


def test_the_plant_a_sentence_opens_on_is_the_one_just_told_of_whoever_it_names():
    investments = _extract(
        "Tavrin Cells AG will invest €380 million in a plant in Pelkola.\n\n"
        "The plant, next to Corvath Motors' paint shop, will have a capacity of 12 GWh a year "
        "and employ about 900 people.\n"
    ).investments
    assert [(i.by, i.kind) for i in investments] == [(("tavrin-cells",), "investment")]
    facts = {(f.attribute, f.value) for f in investments[0].facts}
    assert {("capacity", 12.0), ("jobs", 900.0)} <= facts


def test_a_plant_of_another_company_told_later_stays_its_own():
    investments = _extract(
        "Tavrin Cells AG will invest €380 million in a plant in Pelkola.\n\n"
        "Corvath Motors said its own plant in Selvik employs 900 people.\n"
    ).investments
    assert ("tavrin-cells",) in [i.by for i in investments]
    assert all(
        ("jobs", 900.0) not in {(f.attribute, f.value) for f in i.facts}
        for i in investments
        if i.by == ("tavrin-cells",)
    )


def test_a_financing_or_round_another_leads_is_money_its_subject_receives():
    by, to = _sum(
        "Pellmark Cells Inc. makes cylindrical cells in Ohio.\n\n"
        "Pellmark Cells Inc. said it had closed a $90 million Series B financing led by "
        "Varrow Capital.\n",
        90e6,
    )
    assert to == ("pellmark-cells",) and by == ("varrow-capital",)


def test_an_investor_that_leads_a_round_in_a_company_still_gives():
    by, to = _sum(
        "Varrow Capital led a $90 million funding round in Pellmark Cells Inc., a maker of "
        "cylindrical cells.\n",
        90e6,
    )
    assert by == ("varrow-capital",) and to == ("pellmark-cells",)


def test_the_company_named_after_to_receives_what_is_lent_or_granted():
    by, to = _sum(
        "The state will lend 140 million euros to Pellmark Cells Inc., which runs a cell "
        "plant near the port.\n",
        140e6,
    )
    assert by == () and to == ("pellmark-cells",)
    by, to = _sum(
        "The regional fund approved a grant of USD 3 million to the local maker Pellmark Cells "
        "Inc. for a pack line.\n",
        3e6,
    )
    assert to == ("pellmark-cells",) and "pellmark-cells" not in by


def test_a_giver_named_before_the_sum_stays_the_giver_of_what_goes_to_another():
    by, to = _sum("Varrow Capital will lend $50 million to Pellmark Cells Inc.\n", 50e6)
    assert by == ("varrow-capital",) and to == ("pellmark-cells",)


def _kinds(text: str) -> list[tuple[str, tuple[str, ...], tuple[str, ...], float]]:
    return [
        (i.kind, i.by, i.to, i.amounts[0].value) for i in _extract(text).investments if i.amounts
    ]


_TESKOV = (
    "Teskov Cells Ltd will build a cell plant in Varnholt with a capacity of 6 GWh a year.\n\n"
)


def test_a_lenders_sum_for_or_of_the_plant_is_a_loan_to_its_builder():
    # "for the plant", "of the plant's cost" say what the money pays, not what the plant costs
    for sentence in (
        "Pellina Bank has agreed to lend $150 million for the plant's power connections.\n",
        "The Kelbridge Development Fund will finance up to $150 million of the plant's cost "
        "through a soft loan.\n",
        "Under the deal, Pellina Bank is to lend the company $150 million for the new plant.\n",
        "Pellina Bank will provide USD 150m towards the plant as a ten-year loan.\n",
    ):
        found = [k for k in _kinds(_TESKOV + sentence) if k[3] == 150e6]
        assert found and found[0][0] == "loan", (sentence, found)
        assert found[0][2] == ("teskov-cells",), (sentence, found)


def test_a_sum_that_prices_the_plant_is_still_the_plants_cost():
    # the sum before the plant's own noun, with no "of" or "for" between, is what it costs
    for sentence in (
        "Pellina Bank will lend money for a $900 million battery plant in Dunreave.\n",
        "Teskov Cells will build a $900 million cell plant near Dunreave with a state loan.\n",
    ):
        found = [k for k in _kinds(sentence) if k[3] == 900e6]
        assert found and found[0][0] == "investment", (sentence, found)
