"""How battery generations and their specs are read from sentences written in ordinary news copy."""

from __future__ import annotations

import pytest
from battery_cases import batteries, extract, lexicon


@pytest.fixture(scope="module")
def lex():
    return lexicon()


HEAD = "Cell makers show new products\nBy the Business Desk\n"


def test_two_makers_compared_in_one_sentence_keep_their_own_figures(tmp_path, lex):
    got = batteries(
        tmp_path,
        lex,
        HEAD + "Corvik Materials, the Finnish cell maker, shipped samples of its Helix cell.\n"
        "Compared with rivals, Corvik's Helix cell stores 280 Wh/kg, while Sunvale Battery's "
        "Crest cell reaches 180 Wh/kg but lasts 8,000 cycles.\n",
    )
    assert got["corvik-materials/Helix"]["energy_density"] == [280.0]
    assert "cycles" not in got["corvik-materials/Helix"]
    assert got["sunvale-battery/Crest"]["energy_density"] == [180.0]
    assert got["sunvale-battery/Crest"]["cycles"] == [8000.0]


@pytest.mark.parametrize(
    ("later", "launch"),
    [
        # A maker the article credits with one product says when production starts.
        (
            "Analysts at a bank were unimpressed.\nCorvik expects to start volume production in 2027.",
            [2027],
        ),
        # A plant's start dates the plant, not the product.
        ("Corvik expects its new plant to start production in 2027.", None),
    ],
)
def test_when_a_makers_production_starts_dates_its_one_product(tmp_path, lex, later, launch):
    got = batteries(
        tmp_path,
        lex,
        HEAD + "Corvik Materials said its Helix cell reaches 280 Wh/kg.\n" + later + "\n",
    )
    assert got["corvik-materials/Helix"].get("launch") == launch


def test_starting_to_produce_a_chemistry_is_a_dated_line(tmp_path, lex):
    got = batteries(
        tmp_path,
        lex,
        HEAD + "Orvik Energy plans to start producing LFP batteries in 2026.\n"
        "Orvik Energy makes NMC cells.\n",
    )
    assert got == {
        "orvik-energy/LFP battery": {
            "maker": ["Orvik Energy"],
            "launch": [2026],
            "chemistry": ["LFP"],
        }
    }


def test_a_new_named_battery_carries_the_figures_of_the_sentence_introducing_it(tmp_path, lex):
    got = batteries(
        tmp_path,
        lex,
        HEAD + "Harlan Motors said its pickup will offer a new Max Pack battery with a range "
        "of 320 miles (515 km), up from 270 miles.\n",
    )
    assert sorted(got["harlan-motors/Max Pack"]["range"]) == [320.0, 515.0]


def test_a_pack_of_them_is_built_of_the_cells_just_named(tmp_path, lex):
    got = batteries(
        tmp_path,
        lex,
        HEAD
        + "Natrion Cells, the Portuguese cell maker, says its Saltline cell stores 160 Wh/kg.\n"
        "A 50 kWh pack of them would give a small car about 350 km (217 miles) of range.\n",
    )
    assert got["natrion-cells/Saltline"]["energy"] == [50.0]
    assert sorted(got["natrion-cells/Saltline"]["range"]) == [217.0, 350.0]


def test_minutes_quicker_is_a_difference_not_a_charging_time(tmp_path, lex):
    got = batteries(
        tmp_path,
        lex,
        HEAD + "Talon Motors says its Vela battery stores 77 kWh.\n"
        "The battery charged from 10 to 80 percent in 31 minutes, four minutes quicker than "
        "a rival's.\n",
    )
    assert got["talon-motors/Vela"]["charging"] == [31.0]


def test_an_older_figure_after_up_from_or_against_ends_with_its_clause(tmp_path, lex):
    got = batteries(
        tmp_path,
        lex,
        HEAD + "Carmaker Ostrava Motors sells the Kite in two versions.\n"
        "The Long Range version now carries a 77kWh battery, up from 71kWh, and Ostrava quotes "
        "a range of 342 miles (550km).\n"
        "Its new Brisa cell stores 265 Wh/kg, against 240 Wh/kg for the old one, and it lasts "
        "2,500 cycles.\n",
    )
    assert got["ostrava-motors/Long Range"]["energy"] == [77.0]
    assert got["ostrava-motors/Long Range"]["range"] == [342.0, 550.0]
    assert got["ostrava-motors/Brisa"]["energy_density"] == [265.0]
    assert got["ostrava-motors/Brisa"]["cycles"] == [2500.0]


def test_figures_in_brackets_after_circa(tmp_path, lex):
    got = batteries(
        tmp_path,
        lex,
        HEAD + "Corvik Materials leads. Its all-solid-state cells (c.400 Wh/kg; 1,000 cycles) "
        "are guided for production in 2028.\n",
    )
    assert got["corvik-materials/all-solid-state cells"]["energy_density"] == [400.0]


@pytest.mark.parametrize(
    ("first", "again"),
    [
        ("Corvik Materials showed its second-generation Ember cell.", "The Gen 2 cell"),
        ("Corvik Materials showed its Ember Gen 2 cell.", "The second-generation Ember cell"),
        (
            "Corvik Materials showed its second-generation Ember cell.",
            "The new-generation Ember cell",
        ),
        ("Corvik Materials said its second-generation battery pack is ready.", "The Gen 2 pack"),
    ],
)
def test_one_generation_written_several_ways_is_one_product(tmp_path, lex, first, again):
    got = batteries(tmp_path, lex, HEAD + f"{first}\n{again} stores 265 Wh/kg.\n")
    assert len(got) == 1, got
    assert next(iter(got.values()))["energy_density"] == [265.0]


def test_a_pack_named_again_by_its_energy_takes_the_figures(tmp_path, lex):
    got = batteries(
        tmp_path,
        lex,
        HEAD + "Carmaker Ostrava Motors sells the Kite in two versions.\n"
        "The Long Range version carries a 77kWh battery.\n"
        "The Standard Range version carries a 52kWh battery.\n"
        "On a fast charger the 77kWh battery went from 10 to 80 per cent in 24 minutes.\n",
    )
    assert got["ostrava-motors/Long Range"]["charging"] == [24.0]
    assert "charging" not in got["ostrava-motors/Standard Range"]


def test_a_table_written_as_text_reads_each_row_by_its_header(tmp_path, lex):
    got = batteries(
        tmp_path,
        lex,
        HEAD + "Corvik Materials, the Finnish cell maker, presented two cells.\n"
        "| Cell | Chemistry | Fast charge (10-80%) | Start of production |\n"
        "| Ember cylindrical | NMC | 15 min | 2027 |\n"
        "| Flint | LFP | 20 min | 2028 |\n"
        "The Flint cell keeps 90 percent of its capacity at -20°C.\n",
    )
    assert got["corvik-materials/Ember"]["charging"] == [15.0]
    assert got["corvik-materials/Ember"]["launch"] == [2027]
    assert got["corvik-materials/Flint"]["chemistry"] == ["LFP"]
    assert len(got) == 2


def test_a_car_that_uses_a_battery_is_not_the_battery(tmp_path, lex):
    got = batteries(
        tmp_path,
        lex,
        HEAD + "Ostrava Motors' Kite uses the company's 77 kWh LFP battery, rated at 280 miles.\n"
        "On a fast charger the Kite charged from 10 to 80 percent in 31 minutes.\n",
    )
    assert list(got) == ["ostrava-motors/LFP battery"]
    assert got["ostrava-motors/LFP battery"]["charging"] == [31.0]


def test_a_product_without_a_maker_in_view_is_not_proposed(tmp_path, lex):
    got = batteries(
        tmp_path, lex, HEAD + "The Standard pack is a 68 kWh LFP unit rated at 262 miles.\n"
    )
    assert got == {}


def test_a_maker_rating_it_gives_the_named_products_range(tmp_path, lex):
    got = batteries(
        tmp_path,
        lex,
        HEAD + "Kestrel Auto fits the Vanta with a 100 kWh battery pack it calls Long Range.\n"
        "Kestrel rates it at 360 miles (579 km).\n",
    )
    assert got["kestrel-auto/Long Range"]["range"] == [360.0, 579.0]


@pytest.mark.parametrize(
    "text",
    [
        "Carmaker Selby Motors offers the Orla with two batteries.\n"
        "The Orla Long Range's 87 kWh battery is rated at 330 miles (531 km).\n",
        "Selby Motors' Orla Long Range has an 87 kWh pack rated at 330 miles (531 km).\n",
        "Selby Motors sent its best seller.\n"
        "- Selby Orla Long Range: 87 kWh, rated 330 miles (531 km), tested 298 miles\n",
    ],
)
def test_a_cars_version_names_its_battery_generation(tmp_path, lex, text):
    got = batteries(tmp_path, lex, HEAD + text)
    assert list(got) == ["selby-motors/Long Range"], got
    assert got["selby-motors/Long Range"]["energy"] == [87.0]
    assert {330.0, 531.0} <= set(got["selby-motors/Long Range"]["range"])


def test_a_pack_of_a_chemistry_in_a_sentence_naming_its_maker_is_its_line(tmp_path, lex):
    got = batteries(
        tmp_path,
        lex,
        HEAD + "Tavi Motors sells the Tavi 5 with one battery, a 79 kWh NMC pack rated at 301 "
        "miles.\nA 60 kWh LFP pack costs less to make.\n",
    )
    assert list(got) == ["tavi-motors/NMC battery"]


def test_a_maker_referred_to_as_the_company_or_by_its_kind_keeps_its_lines(tmp_path, lex):
    got = batteries(
        tmp_path,
        lex,
        HEAD + "SEOUL -- Hanjin Energy Solutions is not used to playing catch-up.\n"
        "South Korea's second-largest battery maker built its business on pouch cells.\n"
        "The Korean cell giant's NCMA pouch cells reach 300 Wh/kg.\n"
        "But buyers now want cheaper batteries. The company said it would start "
        "mass-producing LFP batteries at its plant in 2026, with an annual capacity of 16 GWh.\n"
        "Chinese rivals have a head start: their LFP packs already reach 160 Wh/kg.\n",
    )
    assert got["hanjin-energy-solutions/NCMA cells"]["energy_density"] == [300.0]
    assert got["hanjin-energy-solutions/LFP battery"]["launch"] == [2026]
    assert "energy_density" not in got["hanjin-energy-solutions/LFP battery"]


def test_a_line_named_by_its_format_and_a_version_whose_maker_is_not_known(tmp_path, lex):
    got = batteries(
        tmp_path,
        lex,
        HEAD + "Hanjin Energy Solutions is developing its 46-series cylindrical cells, with "
        "production from 2027.\n"
        "Kestrel Vanta Long Range — 100 kWh battery, rated 360 miles (579 km)\n",
    )
    assert list(got) == ["hanjin-energy-solutions/46-series cells"]
    assert got["hanjin-energy-solutions/46-series cells"]["launch"] == [2027]
    assert "chemistry" not in got["hanjin-energy-solutions/46-series cells"]


def test_a_plant_that_will_make_a_chemistry_dates_its_makers_line(tmp_path, lex):
    got = batteries(
        tmp_path,
        lex,
        HEAD
        + "Voltwerk Batterien AG will build a cell factory near Leipzig for 2.1 billion euros.\n"
        "The plant, which will make LFP cells for entry-level cars, is due to open in 2027 with "
        "an annual capacity of 20 GWh.\n",
    )
    assert got["voltwerk-batterien/LFP cells"]["launch"] == [2027]
    assert got["voltwerk-batterien/LFP cells"]["production"] == [20.0]


def test_the_writers_own_estimate_is_not_the_makers_figure(tmp_path, lex):
    got = batteries(
        tmp_path,
        lex,
        HEAD + "Tamsin Motors says its Gen 3 battery (105 kWh) will reach production in 2027, "
        "but we model 2028.\n",
    )
    assert got["tamsin-motors/Gen 3"]["launch"] == [2027]


def test_a_makers_products_named_by_format_or_by_unveiling_them_with_a_date(tmp_path, lex):
    got = batteries(
        tmp_path,
        lex,
        HEAD + "Hanjin Energy Solutions is South Korea's second-largest battery maker.\n"
        "It began supplying its P6 cells to European carmakers in 2024.\n"
        "The company plans to mass-produce 46-series cylindrical batteries from 2026.\n"
        "In March it unveiled an LFP battery for mid-priced EVs, which it will produce from 2027.\n"
        "It also unveiled an NMC battery for vans.\n",
    )
    assert got["hanjin-energy-solutions/P6"]["launch"] == [2024]
    assert got["hanjin-energy-solutions/46-series battery"]["launch"] == [2026]
    assert "chemistry" not in got["hanjin-energy-solutions/46-series battery"]
    assert got["hanjin-energy-solutions/LFP battery"]["launch"] == [2027]
    assert "hanjin-energy-solutions/NMC battery" not in got  # no date, no specs: no record


def test_a_pack_design_after_the_name_is_not_another_product(tmp_path, lex):
    got = batteries(
        tmp_path,
        lex,
        HEAD + "Ningfeng New Energy released its third-generation Tianma CTP pack.\n"
        "The third-generation Tianma pack reaches 255 Wh/kg.\n",
    )
    assert list(got) == ["ningfeng-new-energy/third-generation Tianma"]


def test_a_figure_of_the_car_that_gets_the_cells_is_the_cars(tmp_path, lex):
    got = batteries(
        tmp_path,
        lex,
        HEAD + "Corvik Materials showed its Ember cell, which stores 265 Wh/kg.\n"
        "Kessler will fit the cells to its Vela crossover, which offers 600 km of range.\n",
    )
    assert got["corvik-materials/Ember"]["energy_density"] == [265.0]
    assert "range" not in got["corvik-materials/Ember"]


def test_a_name_right_after_its_maker_and_a_cut_in_cost(tmp_path, lex):
    got = batteries(
        tmp_path,
        lex,
        HEAD + "Corvik Materials is the youngest of the makers.\n"
        "The Corvik M5 is an NMC cell with 270 Wh/kg that the company says cuts pack cost by "
        "18 percent.\n",
    )
    assert got["corvik-materials/M5"]["cost_change"] == [-18.0]


def test_also_called_names_one_product_and_a_longer_name_is_not_the_shorter(tmp_path, lex):
    got = batteries(
        tmp_path,
        lex,
        HEAD + "Corvik Materials said its Helix pack gives 400 km of range.\n"
        "The second-generation Helix, also called the Helix 2, is not affected.\n"
        "Corvik said the Helix 2 charges from 10 to 80 percent in 24 minutes.\n",
    )
    assert "charging" not in got["corvik-materials/Helix"]
    assert got["corvik-materials/second-generation Helix"]["charging"] == [24.0]


def test_the_chemistry_a_cell_replaces_is_not_its_own(tmp_path, lex):
    got = batteries(
        tmp_path,
        lex,
        HEAD + "Corvik Materials showed its Helix cell.\n"
        "A: The Helix uses LMFP chemistry instead of the LFP of older cells, so it reaches "
        "205 Wh/kg.\n",
    )
    assert got["corvik-materials/Helix"]["chemistry"] == ["LMFP"]


def test_a_product_of_a_subject_not_read_as_a_company_is_nobody_elses(tmp_path, lex):
    got = batteries(
        tmp_path,
        lex,
        HEAD + "Corvik Materials makes the Helix cell, which stores 270 Wh/kg.\n"
        "Finally, Halden Cellworks is sampling the Fjord cell, a design of 350 Wh/kg.\n",
    )
    assert "corvik-materials/Fjord" not in got


def test_a_generation_of_a_named_product_is_its_makers_and_another_numbering_an_alias(
    tmp_path, lex
):
    got = batteries(
        tmp_path,
        lex,
        HEAD + "Corvik Materials said its Helix pack, built with cells from Sunvale Battery, "
        "gives 400 km of range.\n"
        "The second-generation Helix, also called the Helix 2, is not affected.\n",
    )
    assert "corvik-materials/second-generation Helix" in got
    assert not any(k.startswith("sunvale-battery/") for k in got)


def test_the_new_product_of_the_second_generation_of_an_older_one(tmp_path, lex):
    path = tmp_path / "article.txt"
    path.write_text(
        HEAD + "Corvik Materials today presented the Lumen 2, the second generation of its "
        "cylindrical Lumen cell, at its technology day.\n"
        "The second-generation Lumen stores 230 Wh/kg.\n",
        encoding="utf-8",
    )
    (battery,) = extract(path, lex)[0].batteries
    assert (battery.name, battery.aliases) == ("Lumen 2", ("second-generation Lumen",))


def test_the_chemistry_a_maker_just_chose_is_its_next_named_products(tmp_path, lex):
    got = batteries(
        tmp_path,
        lex,
        HEAD + "Across the border, Corvik Materials has doubled down on LFP.\n"
        "Its Terrace cell, launched in 2025, reaches 190 Wh/kg.\n",
    )
    assert got["corvik-materials/Terrace"]["chemistry"] == ["LFP"]


def test_a_next_generation_and_its_name_in_apposition_are_one_new_product(tmp_path, lex):
    path = tmp_path / "article.txt"
    path.write_text(
        HEAD + "Corvik Materials said its Keystone cell stores 180 Wh/kg.\n"
        "The next-generation Keystone, Keystone Plus, moves to LMFP.\n"
        "Start of production is planned for 2028.\n",
        encoding="utf-8",
    )
    found = {b.name: b for b in extract(path, lex)[0].batteries}
    assert found["Keystone Plus"].aliases == ("next-generation Keystone",)
    assert [f.value for f in found["Keystone Plus"].values("launch")] == [2028]
    assert not found["Keystone"].values("chemistry")
