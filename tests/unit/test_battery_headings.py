"""A product a heading names after its maker: a brochure's or a buyer's guide's parts, whose
list items and paragraphs give that product's figures."""

from __future__ import annotations

import pytest
from battery_cases import batteries, lexicon

from evkb.kb.records.battery_headings import company_keys, heading_product


@pytest.fixture(scope="module")
def lex():
    return lexicon()


def test_a_brochures_headings_name_each_model_over_its_spec_lines(tmp_path, lex):
    got = batteries(
        tmp_path,
        lex,
        "Scooter guide\nBy the Desk\n"
        "Velstra Motors, a scooter maker in the capital, sells two models.\n"
        "Choose your scooter\n"
        "VELSTRA VM-3 (passenger)\n"
        "- Battery: 2.9 kWh lithium iron phosphate, swappable\n"
        "- Range: up to 95 km (59 miles) per battery\n"
        "- Battery life: 1,800 cycles\n"
        "VELSTRA VM-4 CARGO (goods)\n"
        "- Battery: 4.1 kWh lithium iron phosphate\n"
        "- Range: up to 120 km\n",
    )
    assert got["velstra-motors/VM-3"]["energy"] == [2.9]
    assert got["velstra-motors/VM-3"]["cycles"] == [1800.0]
    assert got["velstra-motors/VM-4 Cargo"]["range"] == [120.0]


def test_a_heading_with_a_price_names_the_product_its_paragraphs_are_about(tmp_path, lex):
    got = batteries(
        tmp_path,
        lex,
        "Five mopeds compared\nBy the Desk\n"
        "We rode five mopeds for two weeks each.\n"
        "Kestova Mobility Tormek S — EUR 3,490\n"
        "The Tormek S from Kestova Mobility carries a removable 2.0 kWh battery.\n"
        "A full charge from a household socket took six hours.\n",
    )
    assert got["kestova-mobility/Tormek S"]["energy"] == [2.0]
    assert got["kestova-mobility/Tormek S"]["charging"] == [360.0]


@pytest.mark.parametrize(
    "heading",
    [
        "Kestova Research: the quarter in review",
        "Kestova Mobility Co. (KSM) Q3 2026 Earnings Call Transcript",
        "Kestova Mobility Annual Report 2026",
        "Why Kestova Mobility wins",
    ],
)
def test_a_heading_that_names_no_model_names_no_product(heading):
    keys = company_keys({"kestova-mobility": "Kestova Mobility"})
    assert heading_product(heading, keys) is None


def test_a_heading_names_a_model_after_the_makers_name_or_its_first_word():
    keys = company_keys({"kestova-mobility": "Kestova Mobility"})
    assert heading_product("Kestova Mobility Qeld — EUR 3,150", keys) == (
        "kestova-mobility",
        "Qeld",
    )
    assert heading_product("KESTOVA KS-2 CARGO (goods)", keys) == ("kestova-mobility", "KS-2 Cargo")


def test_a_heading_names_a_cars_version_after_a_label_and_a_model_year():
    keys = company_keys({"quelmar-motors": "Quelmar Motors"})
    assert heading_product("SPEC BOX: 2027 Quelmar Brisko EV Long Range", keys) == (
        "quelmar-motors",
        "Brisko EV Long Range",
    )
    assert heading_product("Second place: Quelmar Brisko Standard", keys) == (
        "quelmar-motors",
        "Brisko Standard",
    )
    assert heading_product("Quelmar Tavaro Extended Range: the surprise", keys) == (
        "quelmar-motors",
        "Tavaro Extended Range",
    )


@pytest.mark.parametrize(
    "heading",
    [
        "Quelmar Motors: the year in review",
        "Verdict: Quelmar Long Range",  # a trim alone names no car
        "Quelmar EV Long Range",  # "EV" is no car's name
        "Our take: why Quelmar Motors wins",
    ],
)
def test_a_labelled_heading_without_a_car_names_no_version(heading):
    keys = company_keys({"quelmar-motors": "Quelmar Motors"})
    assert heading_product(heading, keys) is None


def test_a_spec_box_under_a_cars_version_gives_that_version_its_lines(tmp_path, lex):
    got = batteries(
        tmp_path,
        lex,
        "Road test: the Quelmar Brisko EV\nBy the Desk\n"
        "Quelmar Motors sells its Brisko EV with two batteries.\n"
        "SPEC BOX: 2027 Quelmar Brisko EV Long Range\n"
        "Battery: 84 kWh (usable), nickel-manganese-cobalt\n"
        "EPA range: 310 miles (499 km)\n"
        "Fast charging: 10-80% in 24 minutes\n",
    )
    box = got["quelmar-motors/Brisko EV Long Range"]
    assert box["energy"] == [84.0]
    assert sorted(box["range"]) == [310.0, 499.0]
    assert box["charging"] == [24.0]
