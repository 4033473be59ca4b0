"""The unit table: kinds, conversions, surface words and the one figure formatter."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from evkb.kb.units import UNIT_KINDS, UNIT_WORDS, convert, format_number, format_value, unit_kind


def test_kinds_of_canonical_units():
    assert unit_kind("USD") == unit_kind("JPY") == unit_kind("EUR") == "money"
    assert unit_kind("percent") == "percent"
    assert unit_kind("GWh") == "energy"
    assert unit_kind("km") == unit_kind("mi") == "distance"
    assert unit_kind("min") == "duration"
    assert unit_kind("count") == "count"
    assert unit_kind("year") == unit_kind("month") == "time"
    assert unit_kind("furlong") == ""


def test_every_canonical_unit_has_surface_words():
    assert set(UNIT_WORDS) == set(UNIT_KINDS) - {"AUD", "CAD", "CHF", "HKD", "SGD"}
    assert {"km", "kilometre", "kilometres", "kilometer", "kilometers"} <= set(UNIT_WORDS["km"])
    assert {"mi", "mile", "miles"} <= set(UNIT_WORDS["mi"])
    assert "per cent" in UNIT_WORDS["percent"]


def test_convert_distance_and_scaled_units():
    assert convert(1, "mi", "km") == pytest.approx(1.609344)
    assert convert(1000, "km", "mi") == pytest.approx(621.371, abs=1e-3)
    assert convert(600, "km", "km") == 600
    assert convert(1.5, "h", "min") == 90
    assert convert(2, "TWh", "GWh") == 2000
    assert convert(500, "MWh", "GWh") == 0.5


@pytest.mark.parametrize(
    ("unit", "to"), [("km", "USD"), ("USD", "JPY"), ("percent", "min"), ("km", "x")]
)
def test_convert_refuses_other_kinds(unit, to):
    with pytest.raises(ValueError):
        convert(1, unit, to)


@pytest.mark.parametrize(
    ("args", "kwargs", "expected"),
    [
        ((853e6, "USD"), {}, "$853 million"),
        ((120e9, "JPY"), {}, "¥120 billion"),
        ((1e12, "JPY"), {}, "¥1 trillion"),
        ((1.7e9, "USD"), {}, "$1.7 billion"),
        ((3.5e9, "EUR"), {}, "€3.5 billion"),
        ((45e6, "GBP"), {}, "£45 million"),
        ((5e9, "CNY"), {}, "5 billion CNY"),
        ((37.6, "percent"), {}, "37.6%"),
        ((0.375, "percent"), {}, "0.375%"),
        ((150, "GWh"), {}, "150 GWh"),
        ((1000, "km"), {}, "1,000 km"),
        ((620, "mi"), {}, "620 mi"),
        ((20, "min"), {}, "20 min"),
        ((2026, "year"), {}, "2026"),
        ((2026, "year"), {"value_to": 2027}, "2026–2027"),
        ((80, "GWh"), {"value_to": 120}, "80–120 GWh"),
        ((29282, "count"), {}, "29,282"),
        ((600, "mi"), {"qualifier": "about"}, "about 600 mi"),
        ((10, "percent"), {"qualifier": "less than"}, "less than 10%"),
        ((2024, "month"), {"iso": "2024-06"}, "June 2024"),
        ((-40, "percent"), {}, "-40%"),
        (("LFP", ""), {}, "LFP"),
    ],
)
def test_format_value(args, kwargs, expected):
    assert format_value(*args, **kwargs) == expected


def test_format_value_converts_distances_for_display():
    assert format_value(620, "mi", system="metric") == "998 km"
    assert format_value(1000, "km", system="imperial") == "621 mi"
    assert format_value(965, "km", system="imperial", qualifier="around") == "around 600 mi"
    assert format_value(600, "km", system="metric") == "600 km"
    assert format_value(150, "GWh", system="imperial") == "150 GWh"


def test_no_float_noise():
    assert format_value(0.1 + 0.2, "percent") == "0.3%"
    assert format_value(2026.0, "year") == "2026"
    assert format_number(1234.5) == "1,234.5"
    assert not format_value(12.0, "GWh").endswith(".0 GWh")


@given(st.floats(min_value=-1e9, max_value=1e9, allow_nan=False))
def test_format_number_has_no_trailing_zero_or_noise(value):
    text = format_number(value)
    assert not text.endswith(".") and not (("." in text) and text.endswith("0"))
    assert abs(float(text.replace(",", "")) - value) <= 1e-9 * max(1.0, abs(value))
