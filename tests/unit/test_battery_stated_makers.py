"""The company that states, rates or guarantees what a product just named does is its maker,
not the company in view before it nor the customer the product is for."""

from __future__ import annotations

import pytest
from battery_cases import batteries, lexicon


@pytest.fixture(scope="module")
def lex():
    return lexicon()


HEAD = "Cell makers\nBy the Industry Desk\n"


def test_the_customer_a_cell_is_for_does_not_make_it(tmp_path, lex):
    got = batteries(
        tmp_path,
        lex,
        HEAD + "Velkor Zellen GmbH has won an order from Ardane Motors to supply cylindrical "
        "cells for the carmaker's next electric models.\n"
        "Velkor will supply about a fifth of Ardane's cells from 2028.\n"
        "The cell for Ardane, called VZ-4680, has a diameter of 46 millimetres. "
        "Velkor states an energy density of 290 Wh/kg and 700 Wh/l.\n",
    )
    assert not [k for k in got if k.startswith("ardane")]
    assert got["velkor-zellen/VZ-4680"]["energy_density"] == [290.0, 700.0]


def test_the_company_guaranteeing_a_pack_makes_it(tmp_path, lex):
    got = batteries(
        tmp_path,
        lex,
        HEAD + "The operator has ordered 80 buses from the coach builder Tarnow Coach.\n"
        "The packs come from Halsvik Batteries, a pack maker in which Tarnow holds a stake. "
        "Each bus uses six of its Norrpack 3 packs. "
        "A Norrpack 3 is an NMC pack of 70 kWh, and Halsvik guarantees it for 6,000 cycles. "
        "The previous Norrpack 2 managed 151 Wh/kg.\n",
    )
    assert not [k for k in got if k.startswith("tarnow")]
    assert got["halsvik-batteries/Norrpack 3"]["cycles"] == [6000.0]
    # The chemistry said of the product in view is not its predecessor's.
    assert "chemistry" not in got["halsvik-batteries/Norrpack 2"]


def test_a_company_stating_no_figure_does_not_take_the_product(tmp_path, lex):
    # The next sentence names a company doing something else: the product stays its maker's.
    got = batteries(
        tmp_path,
        lex,
        HEAD + "Velkor Zellen GmbH has won an order from Ardane Motors.\n"
        "Velkor will make a new cylindrical cell. The new cell, called VZ-4680, has a "
        "diameter of 46 millimetres. Ardane states that deliveries begin in 2028.\n",
    )
    assert "velkor-zellen/VZ-4680" in got
    assert not [k for k in got if k.startswith("ardane")]


def test_a_maker_named_in_the_sentence_is_not_overruled(tmp_path, lex):
    got = batteries(
        tmp_path,
        lex,
        HEAD + "Velkor Zellen GmbH will build a plant in the north.\n"
        "Velkor's VZ-4680 cell goes into Ardane Motors' next car. "
        "Ardane states an energy density of 290 Wh/kg for its car's pack.\n",
    )
    assert "velkor-zellen/VZ-4680" in got
    assert not [k for k in got if k.startswith("ardane")]
