"""Investments as one project: the output and staff a sum pays for, the project's zone, staff that
are not new jobs, a sum told again as its parts, and the year it starts."""

from __future__ import annotations

from test_company_rules import _extract


def _facts(text: str) -> list[tuple[float, list[tuple[str, object]]]]:
    """Each investment's first amount and its details, in order."""
    return [
        (i.amounts[0].value if i.amounts else 0.0, [(f.attribute, f.value) for f in i.facts])
        for i in _extract(text).investments
    ]


def test_the_output_and_staff_a_sum_pays_for_are_its_project_and_the_story_goes_on():
    text = (
        "Kestrel Cells Oy makes battery cells for work machines.\n\n"
        "Kestrel Cells Oy is building a second phase, which adds 8 GWh and will cost about "
        "650 million euros. It will create roughly 500 jobs when it starts in 2027.\n"
    )
    ((value, facts),) = _facts(text)
    assert value == 650e6 and ("capacity", 8.0) in facts and ("jobs", 500.0) in facts


def test_a_zone_named_by_its_place_is_the_place():
    text = (
        "Motos Andinas S.A.S. will invest $44 million in an assembly plant in the Cauca Alto "
        "free-trade zone, its chief executive said.\n"
    )
    ((_, facts),) = _facts(text)
    assert ("place", "Cauca Alto free-trade zone") in facts


def test_staff_let_go_are_no_plant():
    text = (
        "Harrow Batteries Inc. spent $500 million on a plant at Lake Orrin in 2016.\n\n"
        "Harrow Batteries Inc. sold its last plant in the spring and its final 120 staff "
        "were let go in August.\n"
    )
    assert [value for value, _ in _facts(text)] == [500e6]


def test_a_sum_told_again_as_its_forms_is_one_record():
    text = (
        "The Commission approved €740 million of state aid for Tatra Cellworks s.r.o. to build "
        "a battery cell plant.\n\n"
        "The aid will take the form of a direct grant of €580 million and a tax credit of "
        "€160 million.\n"
    )
    assert [value for value, _ in _facts(text)] == [740e6]


def test_a_sum_for_each_of_a_class_is_a_rate_not_an_investment():
    text = (
        "Lusomoto Lda imports electric mopeds.\n\n"
        "The government's incentive of up to EUR 350 per moped has been renewed, Lusomoto Lda "
        "said.\n"
    )
    assert _facts(text) == []


def test_the_staff_a_company_employs_are_no_plant_but_a_plants_are_its_jobs():
    company = "Donaucell GmbH makes cells.\n\nThe company employs 210 people at its pilot plant.\n"
    plant = (
        "Donaucell GmbH spent €260 million on a cell plant in Ybbsfeld.\n\n"
        "The plant employs 450 people.\n"
    )
    assert _facts(company) == []
    assert ("jobs", 450.0) in _facts(plant)[0][1]


def test_it_after_a_plant_is_the_plant_of_the_company_the_text_is_about():
    expansion = (
        "Norrick Cells Inc. reported higher sales in the third quarter.\n\n"
        "Norrick Cells Inc. said the board has approved the expansion of its Osgood Falls site "
        "from 8 GWh to 14 GWh a year. It will cost $300 million and add 600 jobs.\n"
    )
    running = (
        "Halvane Lithium Ltd runs a refinery at Osgood Bay.\n\n"
        "The plant turns ore into lithium sulphate. It was commissioned in 2025 at a cost of "
        "$200 million.\n"
    )
    assert 300e6 in [value for value, _ in _facts(expansion)]
    assert 200e6 in [value for value, _ in _facts(running)]


def _years(text: str) -> list[str]:
    return [i.year for i in _extract(text).investments if i.amounts]


def test_a_start_told_as_due_is_the_plants_year():
    assert _years(
        "Tavrin Cells AG plans to invest 12 billion rubles in a second line at its Kameoka "
        "site, creating 1,200 jobs, with the first cars due in 2028.\n"
    ) == ["2028"]


def test_a_year_far_from_the_sum_and_from_any_start_is_no_year_of_the_plant():
    assert _years(
        "Tavrin Cells AG plans to invest 12 billion rubles in a second line at its Kameoka "
        "site, creating 1,200 jobs, its chief executive told a conference held in 2025.\n"
    ) == [""]


def test_the_year_an_output_is_reached_is_the_plants_year():
    assert _years(
        "Tavrin Cells AG will spend 12 billion rubles to expand its factory in Kameoka, north "
        "of the capital, raising its capacity to 40 GWh by 2027 and adding 1,200 jobs.\n"
    ) == ["2027"]
    assert _years(
        "Tavrin Cells AG will spend 12 billion rubles on a new building at its Kameoka site, "
        "raising output from 2,500 tonnes of batteries a year to 7,500 tonnes by the end of "
        "2027.\n"
    ) == ["2027"]


def test_a_target_that_is_no_output_or_staff_gives_no_year():
    assert _years(
        "Tavrin Cells AG will spend 12 billion rubles to expand its factory in Kameoka, north "
        "of the capital, and aims to lift its market share in the region to 15% by 2027.\n"
    ) == [""]


def test_a_places_area_or_zone_is_the_place():
    for text in (
        "Quillmere Cells Ltd will invest 140 million euros in a cathode plant in the Brackenfold "
        "area.\n",
        "Quillmere Cells Ltd will invest 140 million euros in a module plant in the Brackenfold "
        "zone.\n",
    ):
        ((_, facts),) = _facts(text)
        assert ("place", "Brackenfold") in facts


def test_an_area_of_no_named_place_is_no_place():
    text = "Quillmere Cells Ltd will invest 140 million euros in a cathode plant in the area.\n"
    ((_, facts),) = _facts(text)
    assert not [v for a, v in facts if a == "place"]


def test_permanent_roles_are_jobs_of_the_plant_not_of_its_debt_facility():
    text = (
        "Quillmere Cells Ltd has committed $900 million to a cathode refinery in Brackenfold.\n\n"
        "The rest will be funded from cash and a new $250 million debt facility with a "
        "syndicate of banks led by Skarnes Development Bank.\n\n"
        "Construction is expected to employ 350 people at its peak, with 180 permanent roles "
        "once the plant is running.\n"
    )
    first, *rest = _facts(text)
    assert first[0] == 900e6 and ("jobs", 180.0) in first[1]
    assert all(("jobs", 180.0) not in facts for _, facts in rest)


def test_a_credit_facility_is_no_plant():
    from evkb.kb.records.investment_places import plant_in

    assert plant_in("It signed a new $250 million revolving credit facility.") is None
    match = plant_in("It signed a term loan facility to build a new facility in Brackenfold.")
    assert match is not None and match.start() > 30


def test_a_plant_or_campus_called_by_its_place_with_two_words_of_what_it_makes():
    for text in (
        "Quillmere Cells Ltd has made a final investment decision on its Brackenfold lithium "
        "hydroxide refinery, committing $640 million to the project.\n",
        "Quillmere Cells Ltd will build a 1.5 GWh line at its Brackenfold campus, costing "
        "$280 million.\n",
    ):
        ((_, facts),) = _facts(text)
        assert ("place", "Brackenfold") in facts


def test_three_words_between_the_name_and_the_plant_are_no_plant_name():
    text = (
        "Quillmere Cells Ltd will spend $640 million on its Brackenfold lithium hydroxide cathode "
        "refinery.\n"
    )
    ((_, facts),) = _facts(text)
    assert ("place", "Brackenfold") not in facts


def test_a_plant_sized_by_its_cost_is_the_cost_of_the_plant_just_told():
    text = (
        "Marrowby Cells Ltd is preparing to build a 4 GWh cell plant in Tarsk.\n\n"
        "The Dh1.5 billion ($400 million) plant is due to open in 2029 and will employ "
        "500 people.\n"
    )
    ((value, facts),) = _facts(text)
    assert value == 1.5e9 and ("jobs", 500.0) in facts and ("capacity", 4.0) in facts
    assert ("place", "Tarsk") in facts


def test_a_priced_plant_after_a_grant_for_it_is_the_receivers():
    text = (
        "The regional agency announced a $5-million grant to Kelvane Recycling Inc. for a "
        "battery recycling plant in Dunmere.\n\n"
        "The $30-million plant will employ 45 people and open in 2028.\n"
    )
    records = _extract(text).investments
    plant = [r for r in records if r.amounts and r.amounts[0].value == 30e6]
    assert len(plant) == 1 and plant[0].by == ("kelvane-recycling",)
    assert ("place", "Dunmere") in [(f.attribute, f.value) for f in plant[0].facts]


def test_a_sum_that_opens_on_a_loan_or_stands_alone_is_no_plant_cost():
    loan = (
        "Marrowby Cells Ltd is preparing to build a 4 GWh cell plant in Tarsk.\n\n"
        "The $40 million loan facility was approved on Monday.\n"
    )
    assert [value for value, _ in _facts(loan)] == [0.0]  # the plant, told without a sum
    alone = "The $30-million plant will employ 45 people and open in 2028.\n"
    assert _facts(alone) == []


def test_a_place_keeps_the_particle_inside_its_name():
    text = (
        "Orsby Cells SL will build a 10 GWh cell plant in Castrillo del Monte, with an "
        "investment of EUR 900 million.\n\n"
        "Sollet Batteries s.r.o. will invest EUR 200 million in a plant in Halvik on Monday "
        "next year.\n"
    )
    places = [dict(facts).get("place") for _, facts in _facts(text)]
    assert places == ["Castrillo del Monte", "Halvik"]


def test_a_plant_told_after_the_one_sum_its_builder_spends_is_that_sum():
    text = (
        "Halvik Cathodes Inc. confirmed on Thursday an investment of $1.2 billion to produce "
        "cathode material in Tarsk.\n\n"
        "The plant will create 300 permanent jobs, Halvik Cathodes said.\n"
    )
    ((value, facts),) = _facts(text)
    assert value == 1.2e9 and ("jobs", 300.0) in facts and ("place", "Tarsk") in facts


def test_a_plant_stays_apart_from_a_stake_or_a_sum_at_odds():
    stake = (
        "Orsby Capital will pay $200 million for a stake in Sollet Batteries s.r.o.\n\n"
        "Orsby Capital also plans a 5 GWh plant in Tarsk.\n"
    )
    assert sorted(value for value, _ in _facts(stake)) == [0.0, 200e6]
    at_odds = (
        "Halvik Cathodes Inc. will invest $1.2 billion in a 10 GWh plant in Tarsk.\n\n"
        "Halvik Cathodes Inc. also runs a 2 GWh plant in Dunmere.\n"
    )
    assert sorted(value for value, _ in _facts(at_odds)) == [0.0, 1.2e9]


def test_a_place_where_partners_or_buyers_are_is_not_the_plants():
    text = (
        "Orsby Cells SL will invest EUR 90 million in a pack plant in Tarsk, with a partner in "
        "Halvik.\n\n"
        "Sollet Batteries s.r.o. will invest EUR 40 million in a line for cathode makers in "
        "Dunmere.\n"
    )
    places = [dict(facts).get("place") for _, facts in _facts(text)]
    assert places == ["Tarsk", None]
