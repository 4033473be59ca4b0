"""A product's name that its maker's word opens ("the Quarrow Skiff 300" of Quarrow Marine) is
a product's, named by its designation ("Skiff 300") with the name as written another of its
names; the maker's word before the name of a vehicle ("the Zorrin Z9 scooter") names no
battery, and a company's name alone no product."""

from __future__ import annotations

import pytest
from battery_cases import batteries, extract, lexicon


@pytest.fixture(scope="module")
def lex():
    return lexicon()


_HEAD = "Coastal Business\n\n"


def test_a_name_its_makers_word_opens_is_the_products(tmp_path, lex):
    got = batteries(
        tmp_path,
        lex,
        _HEAD + "Quarrow Marine launched the Quarrow Skiff 300, a 300 kWh marine pack with LFP "
        "cells. The Skiff 300 charges from 10 to 80 per cent in 40 minutes.\n",
    )
    product = got["quarrow-marine/Skiff 300"]
    assert product["energy"] == [300.0]
    # named again by its designation alone, it still takes the figures
    assert product["charging"] == [40.0]


@pytest.mark.parametrize(
    ("text", "key", "attribute", "value"),
    [
        # a clause between the maker and the product, the name in an apposition
        (
            "Brisvane Cells, which was founded in 2019 by two chemists, will build a plant. "
            "It will make one product, the Brisvane K7, a prismatic LFP cell rated for 6,000 "
            "cycles.\n",
            "brisvane-cells/K7",
            "cycles",
            6000.0,
        ),
        # a list of the maker's products, each opened by its word
        (
            "Halvik Power sells home batteries. Its range:\n"
            "- Halvik Tern 12: 12 kWh, 8,000 cycles, LFP\n"
            "- Halvik Tern 18: 18 kWh, 8,000 cycles, LFP\n",
            "halvik-power/Tern 18",
            "energy",
            18.0,
        ),
        # the maker in full in the same sentence, the product after it
        (
            "Quarrow Marine on Monday unveiled the Quarrow Skiff 300, a pack of 300 kWh.\n",
            "quarrow-marine/Skiff 300",
            "energy",
            300.0,
        ),
    ],
)
def test_names_opened_by_the_maker_in_other_forms(tmp_path, lex, text, key, attribute, value):
    got = batteries(tmp_path, lex, _HEAD + text)
    assert got[key][attribute] == [value]


def test_the_name_as_written_is_kept(tmp_path, lex):
    path = tmp_path / "article.txt"
    path.write_text(
        _HEAD + "Tembrel Energy showed its new cell on Tuesday. The Tembrel Vorna-4, a "
        "sodium-ion cell, reaches 165 Wh/kg.\n",
        encoding="utf-8",
    )
    extracted, _ = extract(path, lex)
    assert [(b.name, b.aliases) for b in extracted.batteries] == [("Vorna-4", ("Tembrel Vorna-4",))]


def test_a_vehicle_opened_by_its_makers_word_is_no_battery(tmp_path, lex):
    got = batteries(
        tmp_path,
        lex,
        _HEAD + "Zorrin Motors builds scooters. The company's new Zorrin Z9 scooter, launched in "
        "September, carries a 4.2 kWh pack that gives a range of 212 km.\n",
    )
    assert not any(key.endswith("Zorrin Z9") for key in got)


def test_a_company_name_alone_is_no_product(tmp_path, lex):
    got = batteries(
        tmp_path,
        lex,
        _HEAD + "Quarrow Marine makes marine packs. The Quarrow Marine battery plant opens in "
        "2027 with 2 GWh a year.\n",
    )
    assert not any(key.startswith("quarrow-marine/Quarrow") for key in got)
