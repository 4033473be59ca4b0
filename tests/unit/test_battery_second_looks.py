"""Battery products a text names in a second look: a generation numbered in Roman numerals after
its line's plain name, and the maker a product's sentence leaves to its neighbours."""

from __future__ import annotations

import pytest
from battery_cases import batteries, extract, lexicon


@pytest.fixture(scope="module")
def lex():
    return lexicon()


HEAD = "A maker's long road\nBy the Business Desk\n"


def test_a_roman_numeral_after_a_plain_name_is_the_next_generation(tmp_path, lex):
    got = batteries(
        tmp_path,
        lex,
        HEAD + "In 2012 Corvik Materials launched the Brook, a lithium-ion pack for scooters.\n"
        "Five years later the company switched to lithium iron phosphate with the Brook II.\n"
        "The Brook II was rated for 3,000 cycles and 150 Wh/kg.\n",
    )
    assert got["corvik-materials/Brook II"]["cycles"] == [3000.0]
    assert "cycles" not in got["corvik-materials/Brook"]


def test_a_state_that_grants_money_is_not_the_maker_of_the_cell_named_next(tmp_path, lex):
    got = batteries(
        tmp_path,
        lex,
        HEAD + "Corvik Materials will build a cell plant near the river port.\n"
        "The State of Nordmark has also approved a grant of $95 million for roads.\n"
        "The plant will make the Brook cell, a nickel-rich design.\n"
        "The Brook stores 260 Wh/kg.\n",
    )
    assert "corvik-materials/Brook" in got
    assert not [key for key in got if key.startswith("state-of")]


def test_the_maker_stating_figures_right_after_naming_its_cell_states_the_cells(tmp_path, lex):
    got = batteries(
        tmp_path,
        lex,
        HEAD + "Corvik Materials will build a cell plant near the river port.\n"
        "The Brook is a pouch cell with a nickel-rich cathode.\n"
        "Corvik Materials quotes an energy density of 285 Wh/kg and a charge from 10 to 80 "
        "percent in 17 minutes.\n"
        "Sunvale Battery says its rival cell charges in 25 minutes.\n",
    )
    brook = got["corvik-materials/Brook"]
    assert brook["energy_density"] == [285.0]
    assert brook["charging"] == [17.0]


def test_both_after_a_sentence_naming_two_products_gives_each_the_figure(tmp_path, lex):
    got = batteries(
        tmp_path,
        lex,
        HEAD + "Corvik Materials sells two scooter packs.\n"
        "Its factory makes the Brook pack and a larger pack, the Brook 2, which stores 5 kWh.\n"
        "Both use lithium iron phosphate cells bought abroad.\n",
    )
    assert got["corvik-materials/Brook"]["chemistry"] == ["LFP"]
    assert got["corvik-materials/Brook 2"]["chemistry"] == ["LFP"]


def test_the_current_product_compared_in_a_bare_number_is_the_older_generation(tmp_path, lex):
    got = batteries(
        tmp_path,
        lex,
        HEAD + "Corvik Materials showed its next cell on Monday.\n"
        "Our second-generation cell, Brook 2, enters production in 2027.\n"
        "It reaches 210 Wh/kg, against 170 for the current Brook, and lasts 5,000 cycles.\n"
        "The current Brook is rated for 3,500 cycles.\n",
    )
    assert got["corvik-materials/Brook 2"]["energy_density"] == [210.0]
    assert got["corvik-materials/Brook 2"]["cycles"] == [5000.0]
    assert got["corvik-materials/Brook"]["energy_density"] == [170.0]
    assert got["corvik-materials/Brook"]["cycles"] == [3500.0]


def test_a_version_written_after_a_models_code_keeps_the_code_in_a_name(tmp_path, lex):
    text = (
        HEAD + "A consumer group drove four small cars on a hot day.\n\n"
        "Pelto K4 Standard. The carmaker Pelto Motors quotes a range of 380 km from a 55 kWh "
        "battery. A charge from 10 to 80 per cent took 30 minutes.\n"
    )
    path = tmp_path / "article.txt"
    path.write_text(text, encoding="utf-8")
    found = {b.name: b for b in extract(path, lex)[0].batteries}
    assert "K4 Standard" in found["Standard"].aliases


def test_a_paragraph_under_a_run_in_head_gives_its_figures_to_the_product(tmp_path, lex):
    got = batteries(
        tmp_path,
        lex,
        HEAD + "A consumer group drove four small cars on a hot day.\n\n"
        "Pelto Motors Vika. Finland's Pelto Motors sells the Vika with a 44 kWh lithium iron "
        "phosphate battery. It managed 251 km on the test route. A charge from 10 to 80 per "
        "cent took 39 minutes.\n\n"
        "Ostrava Auto Bren 300. The carmaker Ostrava Auto rates this hatchback at 300 km. "
        "Its 52 kWh battery took 29 minutes to charge.\n",
    )
    vika = got["pelto-motors/Vika"]
    assert vika["energy"] == [44.0]
    assert vika["chemistry"] == ["LFP"]
    assert vika["charging"] == [39.0]
    bren = got["ostrava-auto/Bren 300"]
    assert bren["energy"] == [52.0]
    assert bren["range"] == [300.0]


def test_a_version_labelling_a_row_under_the_headline_product_is_that_version(tmp_path, lex):
    got = batteries(
        tmp_path,
        lex,
        "Pelto Motors: two cell makers chosen for the K4 platform, a pack plant next door\n"
        "By the Business Desk\n"
        "Pelto Motors named the cell suppliers for its second electric platform, K4.\n"
        "Varkaus Cells will supply lithium iron phosphate cells for the K4 Standard.\n"
        "The first K4 models will be built from 2027:\n"
        "- K4 Long Range: 82 kWh pack, up to 590 km WLTP, 10-80 per cent in 21 minutes\n"
        "- K4 Standard: 60 kWh LFP pack, up to 430 km WLTP, 10-80 per cent in 27 minutes\n",
    )
    assert got["pelto-motors/Long Range"]["energy"] == [82.0]
    assert got["pelto-motors/Standard"]["energy"] == [60.0]


def test_a_makers_best_seller_named_in_apposition_is_its_product(tmp_path, lex):
    got = batteries(
        tmp_path,
        lex,
        HEAD + "Pelto Motors sold 9,000 electric rickshaws last year.\n"
        "Pelto's best seller, the Tuk, carries a 6.8 kWh battery pack and is rated for 130 km "
        "on a charge.\n",
    )
    assert got["pelto-motors/Tuk"]["energy"] == [6.8]


def test_a_code_numbered_after_its_hyphen_is_the_lines_next_generation(tmp_path, lex):
    got = batteries(
        tmp_path,
        lex,
        HEAD + "Pelto Cells makes sodium-ion cells for small cars.\n"
        "Pelto's first product, the PX-1, is a cylindrical sodium-ion cell with an energy "
        "density of 150 Wh/kg.\n"
        "The second generation.\n"
        "PX-2, due in 2028, should reach 170 Wh/kg.\n",
    )
    assert got["pelto-cells/PX-2"]["energy_density"] == [170.0]
    assert got["pelto-cells/PX-1"]["energy_density"] == [150.0]


def test_the_company_stating_what_a_product_does_next_is_its_maker(tmp_path, lex):
    got = batteries(
        tmp_path,
        lex,
        HEAD + "Pelto Cells will build its first cell factory on the coast.\n\n"
        "The power company Vindkraft Nord will supply 150 megawatts under a long contract. "
        "The first product will be a prismatic cell called Skerry, aimed at trucks and ferries. "
        "Pelto Cells says the cell reaches 172 Wh/kg and lasts 4,500 cycles.\n",
    )
    assert got["pelto-cells/Skerry"]["energy_density"] == [172.0]
    assert not [key for key in got if key.startswith("vindkraft")]


def test_an_xl_version_of_a_product_is_its_makers(tmp_path, lex):
    got = batteries(
        tmp_path,
        lex,
        HEAD + "Pelto Cycles is raising money for its first e-bike battery.\n"
        "Pelto Cycles makes the Trail One, a 640 Wh pack that fits most frames.\n"
        "Inside are 40 cylindrical cells from Varkaus Cells, which rates them at 265 Wh/kg.\n"
        "At the next goal we will offer an 880 Wh version, Trail One XL, for cargo bikes.\n",
    )
    assert got["pelto-cycles/Trail One"]["energy"] == [0.64]
    assert got["pelto-cycles/Trail One XL"]["energy"] == [0.88]


def test_the_one_product_named_again_keeps_the_next_sentences_cell_figures(tmp_path, lex):
    body = (
        "Lyrian Power has put its Brook home battery on sale.\n"
        "The Brook stores 12 kWh in lithium iron phosphate cells.\n"
        "The price is 6,000 pounds with fitting.\n"
        "Installers say demand is strong this autumn.\n"
        "Shops in the north have waiting lists.\n"
    )
    again = "In our tests the Brook returned 90 per cent of the energy we put in.\n"
    charge = "From empty, it charged to full in 2 hours 10 minutes.\n"
    got = batteries(tmp_path, lex, HEAD + body + again + charge)
    assert got["lyrian-power/Brook"]["charging"] == [130.0]
    # Not named again, the product is out of view five sentences on.
    got = batteries(tmp_path, lex, HEAD + body + "Our test house has a solar array.\n" + charge)
    assert "charging" not in got["lyrian-power/Brook"]


def test_a_sentence_about_the_first_generation_gives_that_one_its_figures(tmp_path, lex):
    lead = (
        "Lyrian Power will start making its second-generation sodium-ion cell, the Brook 2, "
        "next spring.\n"
        "The cell reaches 175 Wh/kg and keeps 80% of its capacity after 4,000 cycles.\n"
    )
    got = batteries(
        tmp_path,
        lex,
        HEAD + lead + "The first-generation Brook, launched in 2024, managed 145 Wh/kg.\n",
    )
    assert got["lyrian-power/Brook 2"]["energy_density"] == [175.0]
    assert got["lyrian-power/Brook"]["energy_density"] == [145.0]
    assert got["lyrian-power/Brook"]["launch"] == [2024]
    # "The original Brook" as well; an older product of another line is none of the Brook's.
    got = batteries(tmp_path, lex, HEAD + lead + "The original Brook held 140 Wh/kg.\n")
    assert got["lyrian-power/Brook"]["energy_density"] == [140.0]
    got = batteries(tmp_path, lex, HEAD + lead + "The original Wendle held 140 Wh/kg.\n")
    assert not [key for key in got if "Wendle" in key]


def test_a_code_of_the_same_letters_replaced_is_an_older_model_of_the_line(tmp_path, lex):
    lead = (
        "Wendle Batteries Ltd has shown its new pack for double-deck buses, the QT-520, which "
        "stores 520 kWh and is rated for 4,500 cycles.\n"
    )
    got = batteries(
        tmp_path,
        lex,
        HEAD + lead + "The QT-520 replaces the QT-400, the 400 kWh pack that Wendle "
        "introduced in 2023 and which now runs in 1,200 buses.\n",
    )
    assert named(got, "QT-400")["energy"] == [400.0]
    assert named(got, "QT-400")["launch"] == [2023]
    assert named(got, "QT-520")["energy"] == [520.0]
    got = batteries(
        tmp_path,
        lex,
        HEAD + lead + "It holds 25 per cent more than the previous model, the QT-280, which was "
        "rated for 3,000 cycles.\n",
    )
    assert named(got, "QT-280")["cycles"] == [3000.0]
    # A code of other letters is another line, none of this one's generations.
    got = batteries(
        tmp_path,
        lex,
        HEAD + lead + "The QT-520 replaces the ZR-400, the 400 kWh pack that Wendle "
        "introduced in 2023 and which now runs in 1,200 buses.\n",
    )
    assert not [key for key in got if key.endswith("/ZR-400")]


def named(got: dict[str, dict[str, list]], name: str) -> dict[str, list]:
    """The one product of that name, whichever form of its maker's name the text gave last."""
    (key,) = [key for key in got if key.endswith("/" + name)]
    return got[key]
