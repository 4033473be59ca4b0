"""Battery specs and names in the forms unseen copy writes them: translated cycle counts, cathode
grades run into their letters, a line's size, names after their noun, storage products."""

from __future__ import annotations

import pytest
from battery_cases import batteries, lexicon


@pytest.fixture(scope="module")
def lex():
    return lexicon()


HEAD = "Cell makers show new products\nBy the Business Desk\n"


def test_cycles_counted_in_times_and_written_as_an_adjective(tmp_path, lex):
    got = batteries(
        tmp_path,
        lex,
        HEAD + 'Corvik Materials released its sodium-ion cell "Helix" on Monday.\n'
        "The energy density of the Helix cell reaches 165Wh/kg, and the cycle life exceeds "
        "6,000 times.\n"
        "Sunvale Battery's Crest cell reaches 180 Wh/kg and comes with a 7,000-cycle rating.\n",
    )
    assert got["corvik-materials/Helix"]["cycles"] == [6000.0]
    assert got["sunvale-battery/Crest"]["cycles"] == [7000.0]


@pytest.mark.parametrize(
    ("written", "label"),
    [
        ("an NCM811 cathode", "NCM"),
        ("a semi-solid electrolyte", "semi-solid-state"),
        ("an iron phosphate cathode", "LFP"),
        ("lithium iron manganese phosphate", "LMFP"),
    ],
)
def test_chemistry_written_as_a_grade_or_in_words(tmp_path, lex, written, label):
    got = batteries(
        tmp_path,
        lex,
        HEAD + f"Corvik Materials' Helix cell uses {written} and stores 280 Wh/kg.\n",
    )
    assert label in got["corvik-materials/Helix"]["chemistry"]


def test_a_lines_size_and_a_line_dedicated_to_the_product_are_its_capacity(tmp_path, lex):
    got = batteries(
        tmp_path,
        lex,
        HEAD + "Corvik Materials said its Helix cell stores 280 Wh/kg.\n"
        "The company plans a dedicated line with an annual production capacity of 12 "
        "gigawatt-hours.\n"
        "Sunvale Battery's Crest cell reaches 180 Wh/kg.\n"
        "Sunvale makes the cells on a 3 GWh line and will supply 1.2 GWh of them to a utility.\n",
    )
    assert got["corvik-materials/Helix"]["production"] == [12.0]
    assert got["sunvale-battery/Crest"]["production"] == [3.0]


def test_the_pack_and_range_of_the_car_that_carries_the_cell_are_the_cars(tmp_path, lex):
    got = batteries(
        tmp_path,
        lex,
        HEAD + "Corvik Materials' Helix cell stores 175 Wh/kg.\n"
        "The first model to use the Helix cell will be the Orla EV, which carries a 45kWh "
        "battery pack and has a range of 410km.\n",
    )
    helix = got["corvik-materials/Helix"]
    assert helix["energy_density"] == [175.0]
    assert "energy" not in helix and "range" not in helix


def test_a_name_written_after_its_noun_and_after_product(tmp_path, lex):
    got = batteries(
        tmp_path,
        lex,
        HEAD + "Corvik Materials presented its new prismatic cell VX-Prime at a fair in Munich.\n"
        "The VX-Prime stores 205 Wh/kg.\n"
        "Its older product, VX-One, uses lithium-iron-phosphate cells and reaches 160 Wh/kg.\n",
    )
    assert got["corvik-materials/VX-Prime"]["energy_density"] == [205.0]
    assert got["corvik-materials/VX-One"]["energy_density"] == [160.0]


def test_a_storage_system_is_a_product_and_a_newsletters_title_is_not(tmp_path, lex):
    got = batteries(
        tmp_path,
        lex,
        "The Cell Ledger: why storage is growing\n"
        "Corvik Materials will supply its GridStack storage systems to a utility.\n"
        "The cells, which use sodium-ion chemistry, are rated for 10,000 cycles.\n",
    )
    assert got["corvik-materials/GridStack"]["cycles"] == [10000.0]
    assert got["corvik-materials/GridStack"]["chemistry"] == ["sodium-ion"]
    assert not any(key.endswith("/Ledger") for key in got)


def test_a_plants_start_and_capacity_go_to_the_one_product_it_will_make(tmp_path, lex):
    got = batteries(
        tmp_path,
        lex,
        HEAD + "Corvik Materials will build a cell plant near Leeds.\n"
        "The plant, which will have a capacity of 12GWh a year, will begin production in 2029.\n"
        "The company will make its Helix cell, which reaches 190Wh/kg.\n"
        "Sunvale Battery's Crest cell reaches 180 Wh/kg.\n",
    )
    assert got["corvik-materials/Helix"]["launch"] == [2029]
    assert got["corvik-materials/Helix"]["production"] == [12.0]
    assert "launch" not in got["sunvale-battery/Crest"]


def test_the_company_saying_when_deliveries_begin_dates_the_product_just_named(tmp_path, lex):
    got = batteries(
        tmp_path,
        lex,
        "Corvik releases Helix cell\n2026-08-21 09:30\n"
        'On 20 August, Corvik Materials released its sodium-ion cell "Helix", which stores '
        "175Wh/kg.\n"
        "The company announced that mass delivery will begin in the fourth quarter of this "
        "year.\n",
    )
    assert got["corvik-materials/Helix"]["launch"] == [2026]


def test_a_version_the_car_comes_as_takes_the_battery_its_next_sentence_gives(tmp_path, lex):
    got = batteries(
        tmp_path,
        lex,
        "Four electric SUVs on test\nBy the Motoring Desk\n"
        "Kessler Automobile's Vela also comes as a Long Range model. Its 92 kWh NMC battery is "
        "rated at 355 miles (571 km).\n",
    )
    assert got["kessler-automobile/Long Range"]["energy"] == [92.0]
    assert not any(key.endswith("NMC battery") for key in got)


def test_a_cars_pack_set_against_the_cell_keeps_its_figure(tmp_path, lex):
    got = batteries(
        tmp_path,
        lex,
        HEAD + "Corvik Materials quotes 270Wh/kg for its Helix cell, though the Tide's complete "
        "pack manages about 175Wh/kg.\n",
    )
    assert got["corvik-materials/Helix"]["energy_density"] == [270.0]


@pytest.mark.parametrize(
    "later",
    [
        "It delivers 4,000+ cycles.",
        "The cell's energy density is 300Wh/kg, and it can be cycled 4,000 times.",
    ],
)
def test_cycles_with_a_plus_or_cycled_so_many_times(tmp_path, lex, later):
    got = batteries(
        tmp_path, lex, HEAD + f"Corvik Materials' Helix cell stores 190 Wh/kg.\n{later}\n"
    )
    assert got["corvik-materials/Helix"]["cycles"] == [4000.0]


def test_the_company_making_the_product_at_a_plant_of_a_capacity(tmp_path, lex):
    got = batteries(
        tmp_path,
        lex,
        HEAD + "Corvik Materials' Helix cell stores 190 Wh/kg.\n"
        "The company will make it at a plant with 20 GWh of annual capacity.\n",
    )
    assert got["corvik-materials/Helix"]["production"] == [20.0]


@pytest.mark.parametrize(
    "sentence",
    [
        "Corvik Materials will sell Helix-branded LFP cells that store 190 Wh/kg.",
        "Corvik Materials introduced its Helix series of LFP cells, which store 190 Wh/kg.",
        "Corvik Materials sells the cells under the Helix brand. They store 190 Wh/kg.",
        "Corvik Materials' new battery 'Helix' stores 190 Wh/kg.",
    ],
)
def test_a_product_named_as_a_brand_or_a_series(tmp_path, lex, sentence):
    got = batteries(tmp_path, lex, HEAD + sentence + "\n")
    assert got["corvik-materials/Helix"]["energy_density"] == [190.0]


def test_a_chemistry_written_before_the_name_is_no_part_of_it(tmp_path, lex):
    got = batteries(
        tmp_path,
        lex,
        HEAD + "Corvik Materials unveiled its LFP Helix cell, which stores 190 Wh/kg.\n",
    )
    assert got["corvik-materials/Helix"]["chemistry"] == ["LFP"]


def test_an_faq_and_a_podcast_answer_name_the_cell_and_give_its_specs(tmp_path, lex):
    got = batteries(
        tmp_path,
        lex,
        "FAQ: what is the Helix?\nWhat is the Helix?\n"
        "The Helix is Corvik Materials' new LFP cell.\nHow much energy does it store?\n"
        "It stores 180 Wh/kg.\n"
        "JANE ROE (Corvik Materials): Crest is our sodium-ion cell. It does 160 watt-hours "
        "per kilo.\n",
    )
    assert got["corvik-materials/Helix"]["energy_density"] == [180.0]
    assert got["corvik-materials/Helix"]["chemistry"] == ["LFP"]
    assert got["corvik-materials/Crest"]["energy_density"] == [160.0]


def test_a_company_is_no_cell_it_is_said_to_be_a_maker_of(tmp_path, lex):
    got = batteries(
        tmp_path,
        lex,
        HEAD
        + "Corvik Materials is a Finnish battery maker.\nChina is the largest battery market.\n",
    )
    assert got == {}


def test_a_transcripts_answer_after_the_speakers_label_speaks_of_the_product(tmp_path, lex):
    got = batteries(
        tmp_path,
        lex,
        "Corvik Materials Q3 2026 Earnings Call Transcript\n"
        "Operator: Welcome to the Corvik Materials third-quarter call.\n"
        "Jane Roe -- Chief Executive Officer: On the cell side, our Helix cell now reaches "
        "300 Wh/kg.\n"
        "Analyst: What about cycle life?\n"
        "Jane Roe -- Chief Executive Officer: We're seeing north of 3,000 cycles in validation.\n",
    )
    assert got["corvik-materials/Helix"]["cycles"] == [3000.0]


def test_a_generation_ordinal_gives_the_lines_chemistry_to_its_earlier_generation(tmp_path, lex):
    got = batteries(
        tmp_path,
        lex,
        "Cell maker shows its new cell\nBy the Industry Desk\n"
        "Velstra Energy presented its second-generation sodium-ion cell, Tormek 2, on Tuesday.\n"
        "The Tormek 2 reaches 175 Wh/kg, up from 150 Wh/kg for the first Tormek.\n",
    )
    assert got["velstra-energy/Tormek 2"]["chemistry"] == ["sodium-ion"]
    assert got["velstra-energy/Tormek"]["chemistry"] == ["sodium-ion"]
