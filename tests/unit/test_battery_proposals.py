"""Battery generations proposed by grammar: a vehicle model whose own pack a sentence states
(subject of a verb of having, an apposition naming a vehicle, "whose" pack) is its carmaker's
generation; a pack the sentence names as a product stays that product."""

from __future__ import annotations

import pytest
from battery_cases import batteries, lexicon


@pytest.fixture(scope="module")
def lex():
    return lexicon()


HEAD = "Two small cars tested\nBy the Motoring Desk\n"


@pytest.mark.parametrize(
    "sentence",
    [
        "The Brisa from Calder Motors is sold with a 52 kWh LFP pack and covers 390 km.",
        "Calder Motors says the Brisa has a 52 kWh LFP pack and a range of 390 km.",
        "Calder Motors credited its Brisa compact, which uses a 52 kWh LFP pack rated at 390 km.",
        "Sales rose on the Brisa hatchback of Calder Motors, whose 52 kWh LFP pack gives 390 km.",
    ],
)
def test_a_vehicle_whose_pack_the_sentence_states_is_a_generation(tmp_path, lex, sentence):
    got = batteries(tmp_path, lex, HEAD + sentence + "\n")
    brisa = got["calder-motors/Brisa"]
    assert brisa["energy"] == [52.0]
    assert brisa["range"] == [390.0]
    assert brisa["chemistry"] == ["LFP"]


def test_the_model_named_again_takes_its_figures(tmp_path, lex):
    got = batteries(
        tmp_path,
        lex,
        HEAD + "The Vanta E4 from Vanta Automotive uses a 64 kWh NMC battery.\n"
        "The E4 went 338 km in the cold test and charged from 10 to 80 percent in 33 minutes.\n",
    )
    e4 = got["vanta-automotive/E4"]
    assert e4["energy"] == [64.0]
    assert e4["range"] == [338.0]
    assert e4["charging"] == [33.0]


def test_a_pack_named_as_a_product_is_not_the_cars(tmp_path, lex):
    got = batteries(
        tmp_path,
        lex,
        HEAD + "The Brisa from Calder Motors uses Korvalt Energy's 52 kWh Tundra battery.\n",
    )
    assert not any(key.endswith("/Brisa") for key in got)


@pytest.mark.parametrize(
    ("sentence", "name", "attribute", "value"),
    [
        (
            "Its Poseidon MX system uses LTO cells rated for 20,000 cycles.",
            "Poseidon MX",
            "cycles",
            20000.0,
        ),
        (
            "The new Tessellate 2 container stores 5 MWh in LFP cells.",
            "Tessellate 2",
            "chemistry",
            "LFP",
        ),
        (
            "It also showed a sodium-ion cell for scooters, Helix Na, with 145 Wh/kg.",
            "Helix Na",
            "energy_density",
            145.0,
        ),
        (
            "A heavy-duty version, called NK46 HD, is rated for 5,000 cycles.",
            "NK46 HD",
            "cycles",
            5000.0,
        ),
    ],
)
def test_a_product_the_spec_sentence_is_about_by_grammar(
    tmp_path, lex, sentence, name, attribute, value
):
    got = batteries(
        tmp_path,
        lex,
        "Storage maker shows its line-up\nBy the Energy Desk\n"
        "Kystkraft Marine, a Norwegian battery maker, showed its products on Monday.\n"
        + sentence
        + "\n",
    )
    assert value in got[f"kystkraft-marine/{name}"][attribute]


def test_a_model_bought_in_is_not_a_generation(tmp_path, lex):
    got = batteries(
        tmp_path,
        lex,
        HEAD + "Hatsuhana Motor's current model, the Aoi, carries a 66 kWh pack bought from a "
        "Chinese supplier and is rated at 480 km.\n",
    )
    assert not any(key.endswith("/Aoi") for key in got)


def test_a_product_named_before_a_relative_clause_of_its_spec(tmp_path, lex):
    got = batteries(
        tmp_path,
        lex,
        "Ferry order\nBy the Maritime Desk\n"
        "Kystkraft Marine, a Norwegian battery maker, won the order on Monday.\n"
        "Kystkraft Marine will supply its SeaCore 2 system, which uses lithium titanate (LTO) "
        "cells.\n",
    )
    assert "LTO" in got["kystkraft-marine/SeaCore 2"]["chemistry"]


def test_a_vehicle_an_apposition_names_takes_the_pack_of_its_passive_clause(tmp_path, lex):
    got = batteries(
        tmp_path,
        lex,
        HEAD + "In March the Calder Motors Brisa, a mid-size electric saloon, was certified at "
        "702 km on the WLTP cycle from a 91 kWh pack.\n",
    )
    assert got["calder-motors/Brisa"]["energy"] == [91.0]


def test_a_cell_named_before_the_car_keeps_out_of_the_cars_pack(tmp_path, lex):
    got = batteries(
        tmp_path,
        lex,
        HEAD + "Calder Motors said its new cell, which it calls its Gen 2 LFP, will go into the "
        "Calder Brisa, a small crossover with a 58 kWh pack and 280 miles of range.\n",
    )
    assert got["calder-motors/Brisa"]["energy"] == [58.0]
    assert "energy" not in got["calder-motors/Gen 2"]
