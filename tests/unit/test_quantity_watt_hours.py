"""A small pack's energy written in watt-hours ("a 720 Wh pack") is read in kWh; the watt-hours
of an energy density ("160 Wh/kg", "300 Wh per kilogram") stay a density."""

from __future__ import annotations

import pytest

from evkb.kb.extract.quantities import extract_quantities


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("The scooter's 720 Wh pack fits under the seat.", 0.72, "kWh"),
        ("A cargo version stores 1,200 Wh.", 1.2, "kWh"),
        ("The tool battery holds 90Wh.", 0.09, "kWh"),
        ("The cell reaches 160 Wh/kg.", 160.0, "Wh/kg"),
        ("The cell reaches 300 Wh per kilogram.", 300.0, "Wh/kg"),
        ("The cell reaches 640 Wh/L.", 640.0, "Wh/L"),
    ],
)
def test_watt_hours_are_a_packs_energy_unless_per_mass_or_volume(text, value, unit):
    (quantity,) = extract_quantities(text)
    assert (quantity.value, quantity.unit) == (pytest.approx(value), unit)
