"""A name whose possessive is followed by a battery, a cell or a plant makes it ("Acme's new
LFP cells"), unless the words between are a phrase of their own: a place's hopes of a battery
cluster or its busiest place for battery investment make nothing."""

from __future__ import annotations

import pytest
from test_company_rules import _names


@pytest.mark.parametrize(
    "text",
    [
        "Brisca's hopes of a battery cluster suffer two setbacks in one week.",
        "Thanks to two new projects, Brisca's share of the nation's battery plants is now a third.",
        "Officials say Brisca's appeal to cell makers has grown since the tax change.",
        "- Brisca's bid for a gigafactory: shortlisted\n- Quillmoor's bid for a cell plant: dropped",
    ],
)
def test_a_possessive_with_a_phrase_before_the_battery_makes_nothing(text: str):
    names = _names(text + "\n")
    assert "Brisca" not in names and "Quillmoor" not in names, names


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Ardmore's new LFP cells go into buses from May.", "Ardmore"),
        ("Zandovia Power's second cell plant opened in May.", "Zandovia Power"),
        ("Workers at Ardmore Energy's Tarnholt battery factory voted to strike.", "Ardmore Energy"),
    ],
)
def test_a_possessive_before_its_product_still_names_the_maker(text: str, name: str):
    assert name in _names(text + "\n")
