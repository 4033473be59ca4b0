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
