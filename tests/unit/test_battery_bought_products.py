"""A product a buyer says they chose from its maker ("I chose the RR-9 pack from Quelmar
Motors", "We went with the Brisko 48 from Tarnel Pack Co.") is that maker's, whoever made its
cells; a name with no model number, or a "from" naming no company, makes none."""

from __future__ import annotations

import pytest
from battery_cases import batteries, lexicon


@pytest.fixture(scope="module")
def lex():
    return lexicon()


HEAD = "Six months with our camper battery\nBy a reader\n\n"


def test_the_product_chosen_from_a_company_is_its_product(tmp_path, lex):
    got = batteries(
        tmp_path,
        lex,
        HEAD + "We went with the Brisko 48 from Tarnel Pack Co., a small firm near Dunhallow. "
        "It is a 48 kWh LFP pack built from cells they buy in.\n",
    )
    assert got["tarnel-pack/Brisko 48"]["energy"] == [48.0]


def test_the_seller_is_the_maker_not_the_cell_maker(tmp_path, lex):
    got = batteries(
        tmp_path,
        lex,
        HEAD + "I chose the RR-9 pack from Quelmar Motors because it fits under the seats. "
        "The pack stores 9 kWh and is built from pouch cells made by Corvel Energy.\n",
    )
    assert "quelmar-motors/RR-9" in got
    assert not any(k.startswith("corvel-energy/") for k in got)


@pytest.mark.parametrize(
    "sentence",
    [
        "We bought the Camper from Tarnel Pack Co., a small firm near Dunhallow.",  # no model number
        "I bought the QX-12 kit from a dealer in Dunhallow, who fitted it in a day.",  # no company
    ],
)
def test_no_product_without_a_model_number_or_a_named_company(tmp_path, lex, sentence):
    got = batteries(tmp_path, lex, HEAD + sentence + " It stores 12 kWh.\n")
    assert not any(k.endswith(("/Camper", "/QX-12")) for k in got)


@pytest.mark.parametrize(
    "sentence",
    [
        "Last spring I replaced it with the Vesko 36 from Tarnel Pack Co., a workshop near "
        "Dunhallow that rebuilds packs.",
        "When the old one died we swapped the tired camper battery for a Vesko 36 from Tarnel "
        "Pack Co.",
        "The pack, as regular readers will guess, is the Vesko 36 from Tarnel Pack Co.",
        "My replacement was the Vesko 36 from Tarnel Pack Co.; it took a day to fit.",
        "After two winters we upgraded to the Vesko 36 pack from Tarnel Pack Co.",
    ],
)
def test_the_product_put_in_instead_or_said_to_be_the_pack_is_the_sellers(tmp_path, lex, sentence):
    got = batteries(tmp_path, lex, HEAD + sentence + "\nIt stores 36 kWh.\n")
    assert got["tarnel-pack/Vesko 36"]["energy"] == [36.0]


@pytest.mark.parametrize(
    "sentence",
    [
        "Last spring I replaced it with the Camper from Tarnel Pack Co.",  # no model number
        "The pack is the Vesko 36 from a workshop near Dunhallow.",  # no company named
        "The van is the Vesko 36 from Tarnel Pack Co., which we hire.",  # not a battery spoken of
    ],
)
def test_no_product_put_in_without_a_model_number_a_company_or_a_battery(tmp_path, lex, sentence):
    got = batteries(tmp_path, lex, HEAD + sentence + " It stores 36 kWh.\n")
    assert not any(k.endswith(("/Camper", "/Vesko 36")) for k in got)


@pytest.mark.parametrize(
    "sentence",
    [
        "The original 24 kWh battery had worn out, so I replaced it with the Vesko 36 from "
        "Tarnel Pack Co., which stores 36 kWh.",
        "My old 24-kWh pack was down to nine bars; we went with the Vesko 36 from Tarnel Pack "
        "Co. and its 36 kWh.",
        "After the previous 24 kWh lithium pack gave up, I ordered the Vesko 36 from Tarnel Pack "
        "Co.: 36 kWh in the same box.",
    ],
)
def test_the_size_of_the_battery_it_replaced_is_not_the_products(tmp_path, lex, sentence):
    got = batteries(tmp_path, lex, HEAD + sentence + "\n")
    assert got["tarnel-pack/Vesko 36"]["energy"] == [36.0]


def test_the_size_of_a_new_battery_is_read(tmp_path, lex):
    got = batteries(
        tmp_path,
        lex,
        HEAD + "I ordered the Vesko 36 from Tarnel Pack Co., a new 36 kWh battery for the van.\n",
    )
    assert got["tarnel-pack/Vesko 36"]["energy"] == [36.0]
