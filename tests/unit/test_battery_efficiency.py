"""A distance per unit of energy is a car's efficiency, not its battery's range: "we averaged
3.9 miles per kWh" gives the pack no range of 3.9 miles, while "312 miles per charge" is a
range."""

from __future__ import annotations

import pytest
from battery_cases import batteries, lexicon


@pytest.fixture(scope="module")
def lex():
    return lexicon()


_HEAD = (
    "Road test\nBy the Motoring Desk\n\nOstler Motors sells the Marram with its Capstan 61 pack. "
)


@pytest.mark.parametrize(
    "text",
    [
        "The Capstan 61 pack stores 61 kWh, and over a week we averaged 3.9 miles per kWh.",
        "The Capstan 61 pack stores 61 kWh; on the motorway it managed 5.8 km/kWh.",
        "The Capstan 61 pack stores 61 kWh, and in town it returned 4.4 miles a kilowatt-hour, "
        "better than we expected.",
    ],
)
def test_a_distance_per_kwh_is_no_range(tmp_path, lex, text):
    got = batteries(tmp_path, lex, _HEAD + text + "\n")
    pack = next(v for k, v in got.items() if k.endswith("/Capstan 61"))
    assert pack["energy"] == [61.0]
    assert not pack.get("range"), pack


@pytest.mark.parametrize(
    "text",
    [
        "The Capstan 61 pack stores 61 kWh and gives 312 miles per charge.",
        "The Capstan 61 pack stores 61 kWh for a range of 312 miles, or 3.9 miles per kWh.",
    ],
)
def test_a_range_beside_an_efficiency_stays(tmp_path, lex, text):
    got = batteries(tmp_path, lex, _HEAD + text + "\n")
    pack = next(v for k, v in got.items() if k.endswith("/Capstan 61"))
    assert pack["range"] == [312.0], pack
