"""Products that are not a car's battery, named the way their makers name them: a word and a
model number ("Tern Pack 240"), a maker's short name before it, set after its noun by a comma
or a copula ("the pack offered, the ...", "the battery system is the ...")."""

from __future__ import annotations

import pytest
from battery_cases import batteries, extract, lexicon


@pytest.fixture(scope="module")
def lex():
    return lexicon()


HEAD = "Suppliers named for new fleets\nBy the Transport Desk\n"


def test_a_word_and_a_three_figure_number_set_after_its_noun(tmp_path, lex):
    got = batteries(
        tmp_path,
        lex,
        HEAD + "The first lot goes to Wrenfield Energy Systems SA, a maker of bus packs.\n"
        "The pack offered, the Tern Power 480, uses lithium iron phosphate cells and stores "
        "480 kWh at 160 Wh/kg.\n",
    )
    assert got["wrenfield-energy-systems/Tern Power 480"]["energy"] == [480.0]
    assert "wrenfield-energy-systems/Tern Power 480" in got
    assert not any(key.startswith("tern-power/") for key in got)


def test_a_name_whose_own_word_is_a_battery_noun(tmp_path, lex):
    got = batteries(
        tmp_path,
        lex,
        HEAD + "The operator will buy ferries fitted with the Harbour Pack 300 from Kestrel "
        "Marine Batteries, a Danish supplier.\n"
        "The pack uses lithium iron phosphate cells and stores 300 kWh.\n",
    )
    assert got["kestrel-marine-batteries/Harbour Pack 300"]["energy"] == [300.0]


def test_a_name_after_a_copula_and_its_noun(tmp_path, lex):
    got = batteries(
        tmp_path,
        lex,
        HEAD + "The battery system is the Skua 3 from Kestrel Marine Batteries, a Danish "
        "supplier.\n"
        "It uses lithium iron phosphate cells and is rated for 9,000 cycles.\n",
    )
    assert "kestrel-marine-batteries/Skua 3" in got


def test_a_home_battery_named_with_its_makers_short_name(tmp_path, lex):
    got = batteries(
        tmp_path,
        lex,
        HEAD + "Ostrava Solar Mobility sells chargers and panels.\n"
        "In May Ostrava launched its home battery, the Ostrava Home 12. It stores 12.5 kWh "
        "and is rated for 6,000 cycles.\n",
    )
    # named by its designation, "Ostrava Home 12" another of its names
    assert got["ostrava-solar-mobility/Home 12"]["energy"] == [12.5]


def test_a_number_that_is_a_lot_or_a_route_names_no_product(tmp_path, lex):
    got = batteries(
        tmp_path,
        lex,
        HEAD + "Buses on Route 120 carry a battery of 350 kWh, the operator said.\n",
    )
    assert not got


def test_a_comparison_tables_rows_under_a_header_out_of_the_body(tmp_path, lex):
    got = batteries(
        tmp_path,
        lex,
        HEAD + "We compared three electric scooters sold by dealers in the capital.\n"
        "\n## The comparison\n\n"
        "Tern R2 | Wrenfield Motors | LFP, 4.2 kWh | 130 km (81 mi) | 20-80% in 2 hours\n"
        "Skua 300 | Kestrel Mobility | NMC, 3.1 kWh swap pack | 85 km (53 mi) | swap in 3 minutes\n"
        "\nThe Tern R2 is the one we would buy.\n",
    )
    assert got["wrenfield-motors/Tern R2"]["energy"] == [4.2]
    assert got["wrenfield-motors/Tern R2"]["charging"] == [120.0]
    assert got["kestrel-mobility/Skua 300"]["energy"] == [3.1]
    assert "charging" not in got["kestrel-mobility/Skua 300"]


def test_a_row_without_a_makers_cell_or_a_packs_energy_names_nothing(tmp_path, lex):
    got = batteries(
        tmp_path,
        lex,
        HEAD + "\n## Prices\n\n"
        "Tern R2 | 130 km | MWK 3.9 million\n"
        "Skua 300 | 85 km | MWK 2.6 million\n",
    )
    assert not got


def test_a_makers_first_product_set_in_apposition_is_no_company(tmp_path, lex):
    text = (
        HEAD + "Corvane Technologies, a start-up, raised new money this week.\n"
        "What is the K-7?\n"
        "Corvane's first product, the K-7, is a solid-state cell that reaches 410 Wh/kg.\n"
        "The K-7 will be made on a line that Corvane is building.\n"
    )
    got = batteries(tmp_path, lex, text)
    assert got["corvane-technologies/K-7"]["energy_density"] == [410.0]
    path = tmp_path / "article.txt"
    extracted, _ = extract(path, lex)
    assert [c.id for c in extracted.companies] == ["corvane-technologies"]


def test_a_vehicle_that_carries_a_pack_is_not_the_pack(tmp_path, lex):
    got = batteries(
        tmp_path,
        lex,
        HEAD + "Wrenfield Motors will assemble the buses in its plant.\n"
        "Each W12E carries a 400 kWh pack and is rated for a range of 280 kilometres.\n",
    )
    assert not any(key.endswith("W12E") for key in got)


def test_a_generation_numbered_with_a_decimal_and_a_noun_heading_its_apposition(tmp_path, lex):
    got = batteries(
        tmp_path,
        lex,
        HEAD + "Wrenfield Motors builds delivery motorcycles in its own plant.\n"
        "The plant will first make the Tarn 1.5, the pack that goes into the company's "
        "cargo motorcycle. The pack stores 1.5 kWh and uses lithium iron phosphate cells.\n",
    )
    assert got["wrenfield-motors/Tarn 1.5"]["energy"] == [1.5]


def test_a_figure_with_a_decimal_after_a_word_is_no_name(tmp_path, lex):
    got = batteries(
        tmp_path,
        lex,
        HEAD + "Wrenfield Motors said the pack of its cargo motorcycle grew to 2.5 kWh from "
        "Monday 1.5 kWh packs, a cell maker said.\n",
    )
    assert not any("1.5" in key for key in got)
