"""Companies named by the part they play beside a product or a company: whom a battery or
its cells come from ("a battery from TKRV", "cells supplied by TKRV"), and a unit named
between a determiner and a unit noun ("Quorant's Zerova unit", "through the Zerova unit")."""

from __future__ import annotations

from test_company_rules import _extract, _names


def test_whom_a_battery_or_its_cells_come_from_is_a_company():
    names = _names(
        "The cheaper Standard has a 64 kWh battery from TKRV and a range of 430 km.\n\n"
        "The roadster now runs on the RR-45 pack from Tovrik Skellan, a conversion firm.\n\n"
        "The buses will carry packs built from cells supplied by BRNC.\n"
    )
    assert {"TKRV", "Tovrik Skellan", "BRNC"} <= names


def test_one_word_or_a_place_a_battery_comes_from_is_no_company():
    names = _names(
        "The pack from Drevin reached the port in May.\n\n"
        "The test car carried a battery from South Korea.\n\n"
        "The van uses cells supplied by Marrish, the fleet said.\n"
    )
    assert not names & {"Drevin", "South Korea", "Marrish"}


def test_a_spec_row_naming_its_cells_supplier_stays_the_product_s():
    text = (
        "LONG-TERM TEST | MONTH 5 OF 6\n"
        "Pemberline Ellith EV Long Range: 9,840 km on the clock, and the summer is behind us\n"
        "Running log\n"
        "Car: Pemberline Motors Ellith EV Long Range (2026)\n"
        "Price as tested: SAR 189,000\n"
        "Battery: 82 kWh (usable), lithium nickel manganese cobalt cells supplied by TKRV\n"
        "Rated range: 560 km (348 miles), WLTP\n"
        "Pemberline Motors, which assembles the Ellith at its plant near the capital, was the "
        "second-best-selling electric car brand in the first half of 2026.\n"
    )
    extracted = _extract(text)
    assert {"TKRV", "Pemberline Motors"} <= {c.name for c in extracted.companies}
    (battery,) = extracted.batteries
    assert battery.maker == "pemberline-motors"
    assert [f.value for f in battery.values("energy")] == [82.0]
    assert 560.0 in [f.value for f in battery.values("range")]
