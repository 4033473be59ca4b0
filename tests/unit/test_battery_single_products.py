"""A product named as the one thing a maker or its plant makes or sells ("sells a single
model, the Brisko S", "will make a single cell type, the lithium iron phosphate Corvel cell") is
a product of that maker; "one of", "a single plant" or a lower-case word after the comma is
none; a count of cycles read as 0 ("7 000 cycles" read by its last digits) is no cycle life."""

from __future__ import annotations

import pytest
from battery_cases import batteries, lexicon

from evkb.kb.records.battery_single import ONE_PRODUCT


@pytest.fixture(scope="module")
def lex():
    return lexicon()


HEAD = "A new plant for cells\nBy the Business Desk\n\n"


def test_a_single_model_sold_is_the_makers_product(tmp_path, lex):
    got = batteries(
        tmp_path,
        lex,
        HEAD + "Quelmar Motors, which started deliveries only in March, sells a single model, "
        "the Brisko S. The scooter uses a 3.1 kWh pack with a claimed range of 120 km.\n",
    )
    assert got["quelmar-motors/Brisko S"]["energy"] == [3.1]


def test_a_plants_single_cell_type_takes_its_chemistry_words_off_its_name(tmp_path, lex):
    got = batteries(
        tmp_path,
        lex,
        HEAD + "Tarnel Energy is building a cell plant near Dunhallow. It will make a single cell "
        "type, the lithium iron phosphate Corvel cell with 180 Wh/kg, rated for 7 000 cycles.\n",
    )
    corvel = got["tarnel-energy/Corvel"]
    assert corvel["energy_density"] == [180.0]
    assert 0.0 not in corvel.get("cycles", [])


@pytest.mark.parametrize(
    "text, name",
    [
        ("The line makes one product only, the Corvel cell.", "Corvel"),
        ("It sells a single model, the Brisko S.", "Brisko S"),
        ("The plant will produce one cell type: the Želva 2 cell.", "Želva 2"),
    ],
)
def test_the_name_after_the_one_product(text, name):
    found = ONE_PRODUCT.search(text)
    assert found is not None and found.group("name") == name


@pytest.mark.parametrize(
    "text",
    [
        "It is one of several cells, the company said.",  # "one of", no single product
        "It sells a single model, the cheapest on the market.",  # no name after the comma
        "The group runs a single plant, the largest in the region.",  # a plant, no product
        "Tarnel Energy makes one cell, and Quelmar Motors makes two.",  # no name after it
    ],
)
def test_no_product_without_a_name_after_the_one_product(text):
    assert ONE_PRODUCT.search(text) is None
