"""A battery's figures written in apposition to a model's name ("the KV-12/80, a 9 kWh LFP
battery") are that model's, not a line of its maker's named by its chemistry."""

from __future__ import annotations

import pytest
from battery_cases import batteries, lexicon


@pytest.fixture(scope="module")
def lex():
    return lexicon()


HEAD = "Market notes\nBy the Trade Desk\n"


def test_a_battery_apposed_to_a_model_is_that_model(tmp_path, lex):
    got = batteries(
        tmp_path,
        lex,
        HEAD + "Brelvik Packs opened a second assembly line this year.\n"
        "The best-selling model in the survey was the KV-12/80, a 9 kWh lithium iron phosphate "
        "battery assembled by Brelvik Packs from imported cells.\n",
    )
    assert "brelvik-packs/LFP battery" not in got
    assert got["brelvik-packs/KV-12/80"]["energy"] == [9.0]
    assert got["brelvik-packs/KV-12/80"]["chemistry"] == ["LFP"]


def test_a_vehicle_apposed_to_its_pack_names_the_pack(tmp_path, lex):
    got = batteries(
        tmp_path,
        lex,
        HEAD + "The state maker Brelvik Packs sells the Zest 4, an electric tricycle with a "
        "4.1 kWh lithium iron phosphate pack that gives about 80 km.\n",
    )
    assert "brelvik-packs/LFP battery" not in got
    assert got["brelvik-packs/Zest 4"]["energy"] == [4.1]


def test_a_battery_apposed_to_no_name_stays_the_makers_line(tmp_path, lex):
    got = batteries(
        tmp_path,
        lex,
        HEAD + "Brelvik Packs sells a 9 kWh lithium iron phosphate battery for tricycles.\n",
    )
    assert got["brelvik-packs/LFP battery"]["energy"] == [9.0]
