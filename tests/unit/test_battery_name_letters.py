"""A product's name may open a word on a capital with a mark or of another alphabet's Latin
letters ("Ørnes", "Čas", "Élan"): the name is read whole, as one in plain capitals is."""

from __future__ import annotations

import pytest
from test_company_rules import _extract


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Vardby Celler AB makes sodium-ion cells in Sweden.\n\n"
            "The company's new pack, the Ørnes 40, stores 40 kWh and lasts 6,000 cycles.\n",
            "Ørnes 40",
        ),
        (
            "Kelvor Energija d.o.o. builds packs for buses.\n\nUsed packs will be rebuilt into "
            "storage units under the name KV Luna Čas, rated for 2,500 cycles.\n",
            "KV Luna Čas",
        ),
        (
            "Brisko Batteries Ltd unveiled the Élan 75 pack on Monday, a 75 kWh LFP pack with a "
            "range of 480 km.\n",
            "Élan 75",
        ),
    ],
)
def test_a_name_with_a_marked_capital_is_read_whole(text, name):
    assert [b.name for b in _extract(text).batteries] == [name]


def test_a_marked_capital_opens_no_product_where_a_plain_one_would_not():
    text = "Brisko Batteries Ltd said Éric Lamy would lead its pack business from Monday.\n"
    assert _extract(text).batteries == []
