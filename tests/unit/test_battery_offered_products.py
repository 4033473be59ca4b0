"""Products named where notices, filings and lists name them: a model offered with its pack."""

from __future__ import annotations

import pytest
from battery_cases import batteries, lexicon


@pytest.fixture(scope="module")
def lex():
    return lexicon()


HEAD = "Notice of award for electric trucks\nBy the Procurement Office\n"


def test_a_model_under_an_article_with_its_pack_is_the_models_battery(tmp_path, lex):
    got = batteries(
        tmp_path,
        lex,
        HEAD + "The second bidder, Norvale Trucks GmbH (Austria), offered the Tarn 18 with a "
        "412 kWh lithium iron phosphate pack and a range of 330 km.\n",
    )
    assert got["norvale-trucks/Tarn 18"]["energy"] == [412.0]
    assert got["norvale-trucks/Tarn 18"]["range"] == [330.0]


def test_a_company_with_a_pack_is_still_no_model(tmp_path, lex):
    got = batteries(
        tmp_path,
        lex,
        HEAD + "Norvale Trucks GmbH with a 412 kWh pack was the only bidder to meet the range.\n",
    )
    assert not any(key.endswith("/Norvale Trucks") for key in got)


FILING = (
    "Regulatory announcement\nIssued by the Company Secretary\n"
    '"the Company" means Orrin Storage plc;\n'
    '"KCW" means Kestrel Cell Works Ltd, a subsidiary of the Company;\n'
    "Orrin Storage plc has approved a plant to be built by KCW, with Delmar Grid Ltd as a "
    "customer.\n"
    "Delmar Grid Ltd will buy power from the plant.\n"
    "The plant will make the Company's OS-90 prismatic cell, rated for 7,000 cycles.\n"
)


def test_a_product_after_a_defined_terms_possessive_is_that_companys(tmp_path, lex):
    got = batteries(tmp_path, lex, FILING)
    assert got["orrin-storage/OS-90"]["cycles"] == [7000.0]
    assert not any(key.endswith("/OS-90") and key != "orrin-storage/OS-90" for key in got)


def test_a_short_name_defined_as_a_company_is_no_product(tmp_path, lex):
    got = batteries(tmp_path, lex, FILING)
    assert not any(key.endswith("/KCW") for key in got)


def test_a_party_named_in_apposition_to_its_role_owns_what_the_role_owns(tmp_path, lex):
    got = batteries(
        tmp_path,
        lex,
        "Claim filed\nCivil registry\n"
        "The claimant, Tovar Solar S.L., sues the defendant, Brisk Energia S.A., a maker of "
        "home batteries.\n"
        "Annex 1 covers the defendant's VoltNest 9 home battery with 9.6 kWh of usable energy.\n"
        "Annex 2 lists 210 VoltNest 9 units delivered between May 2022 and June 2025.\n"
        "Annex 3 is a survey of VoltNest 9 sales dated March 2026.\n",
    )
    assert got["brisk-energia/VoltNest 9"]["energy"] == [9.6]
    # A document's date and a period of deliveries date no launch.
    assert "launch" not in got["brisk-energia/VoltNest 9"]


def test_a_listed_model_after_its_makers_name_takes_the_packs_figures(tmp_path, lex):
    got = batteries(
        tmp_path,
        lex,
        "Port arrivals this week\nHarbour desk\n"
        "Ostra Motors Ltd and Kessel Auto GmbH shipped electric cars through the port.\n"
        "Cars unloaded:\n"
        "- 30 Ostra Motors Lumo, 60.5 kWh, 420 km;\n"
        "- 12 Kessel Auto Brio 2, each with a 44.9 kWh battery and a range of 330 km;\n",
    )
    assert got["ostra-motors/Lumo"]["energy"] == [60.5]
    assert got["ostra-motors/Lumo"]["range"] == [420.0]
    assert got["kessel-auto/Brio 2"]["energy"] == [44.9]


def test_counted_units_of_a_model_take_the_figures_each_unit_is_given(tmp_path, lex):
    got = batteries(
        tmp_path,
        lex,
        "Storage site opens\nGrid desk\n"
        "The site holds 12 GridVault 900 containers supplied by Arvo Storage Ltd of Norway.\n"
        "Each container holds 1,900 kWh of lithium iron phosphate cells and is rated for "
        "7,000 cycles.\n"
        "The depot's fleet: all 30 buses are Ostra Motors T12 EV buses, built in Spain.\n"
        "Each carries a 320 kWh pack and is rated for 280 km on a charge.\n",
    )
    assert got["arvo-storage/GridVault 900"]["energy"] == [1900.0]
    assert got["arvo-storage/GridVault 900"]["cycles"] == [7000.0]
    assert got["ostra-motors/T12 EV"]["energy"] == [320.0]
    assert got["ostra-motors/T12 EV"]["range"] == [280.0]


def test_counted_units_without_a_model_number_name_nothing(tmp_path, lex):
    got = batteries(
        tmp_path,
        lex,
        "Fleet news\nCity desk\n"
        "The city bought 30 Electric City buses built by Ostra Motors Ltd.\n"
        "Each carries a 320 kWh pack.\n",
    )
    assert not any("Electric City" in key for key in got)


def test_a_place_before_battery_materials_or_a_refinery_names_no_product(tmp_path, lex):
    got = batteries(
        tmp_path,
        lex,
        "Refinery approved\nBy the Minister\n"
        "For ten years we have dug nickel in Korrin and sent it overseas.\n"
        "Last month the National Executive Council approved the Korrin battery materials "
        "refinery, to be built and run by Korrin Battery Metals Ltd, a joint venture of the "
        "state's Arun Minerals Holdings and Teval New Energy Materials of China.\n",
    )
    assert not any(key.endswith("/Korrin") for key in got)


def test_a_cell_apposed_with_its_chemistry_in_words_is_the_ventures_not_its_owners(tmp_path, lex):
    got = batteries(
        tmp_path,
        lex,
        "Cell plant approved\nIndustry desk\n"
        "The cabinet approved the plant of Arvo Cells Ltd, a joint venture of Tarn Holding "
        "Ltd and Kelso Energy Co., Ltd.\n"
        "Kelso Energy will hold 40 percent of the venture.\n"
        "The plant's only product will be the AC-P90, a 90 Ah prismatic lithium iron "
        "phosphate cell with an energy density of 175 Wh/kg.\n",
    )
    assert got["arvo-cells/AC-P90"]["energy_density"] == [175.0]
    assert got["arvo-cells/AC-P90"]["chemistry"] == ["LFP"]


def test_a_car_sold_here_keeps_its_pack_made_of_a_named_cell(tmp_path, lex):
    got = batteries(
        tmp_path,
        lex,
        "Ask the workshop\nMotoring desk\n"
        "Kelso Energy Ltd makes cells and Kelso Auto Ltd sells cars.\n"
        "Q: Should I buy a used Kelso Auto Brio 3 from an importer?\n"
        "A: The Brio 3 sold here carries a 58.2 kWh battery made of Kelso Energy's Tarn "
        "cells, which use lithium iron phosphate chemistry.\n"
        "I have Brio 3s in the workshop with 90,000 km on them.\n",
    )
    assert got["kelso-auto/Brio 3"]["energy"] == [58.2]
    assert got["kelso-energy/Tarn"]["chemistry"] == ["LFP"]
    assert "energy" not in got["kelso-energy/Tarn"]
    assert not any(key.endswith("/Brio 3s") for key in got)


def test_a_plants_only_product_takes_the_plants_start_and_capacity(tmp_path, lex):
    got = batteries(
        tmp_path,
        lex,
        "Plant decision\nCompany announcement\n"
        "Orrin Storage plc has approved the construction of its cell plant.\n"
        "The Plant will have an annual production capacity of 6 GWh of cells, and the first "
        "cells are scheduled for 2029.\n"
        "The Plant will make a single product, the OS-300 prismatic cell: a lithium iron "
        "phosphate cell rated for 7,000 cycles.\n",
    )
    assert got["orrin-storage/OS-300"]["production"] == [6.0]
    assert got["orrin-storage/OS-300"]["launch"] == [2029]


def test_a_figure_named_as_a_rules_minimum_is_no_packs(tmp_path, lex):
    got = batteries(
        tmp_path,
        lex,
        HEAD + "The third bidder, Norvale Trucks GmbH (Austria), offered the Tarn 18 with a "
        "396 kWh lithium iron phosphate pack and a range of 300 km.\n"
        "The bid was rejected because the pack was below the 400 kWh minimum.\n",
    )
    assert got["norvale-trucks/Tarn 18"]["energy"] == [396.0]


def test_the_year_a_share_was_held_is_no_launch(tmp_path, lex):
    got = batteries(
        tmp_path,
        lex,
        "Home storage\nEnergy desk\n"
        "Brisk Energia S.A. says its VoltNest 9 home battery stores 9.6 kWh.\n"
        "VoltNest batteries held 23 percent of home-battery installations in the region in "
        "2025.\n",
    )
    assert "launch" not in got.get("brisk-energia/VoltNest 9", {})
    assert not any("launch" in facts for facts in got.values())
