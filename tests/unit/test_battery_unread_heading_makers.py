"""A heading that names a product after a maker the text reads as no company ("Brisken Scooters
V3 — EUR 2,990", "Second place: Velmar Trovo Extended Range"): the paragraph under it is about
that product, whose maker is the heading's words before the model, not the company of the
paragraph before."""

from __future__ import annotations

import pytest
from battery_cases import batteries, lexicon

from evkb.kb.records.battery_headings import unread_heading_product


@pytest.fixture(scope="module")
def lex():
    return lexicon()


def test_a_priced_heading_gives_its_model_its_maker_not_the_last_company(tmp_path, lex):
    got = batteries(
        tmp_path,
        lex,
        "Three mopeds compared\nBy the Desk\n"
        "We rode three mopeds for two weeks each.\n"
        "Holvane Mobility Corra S — EUR 3,490\n"
        "The Corra S from Holvane Mobility carries a removable 2.0 kWh battery.\n"
        "Brisken Scooters V3 — EUR 2,990\n"
        "The Lisbon-built V3 is the cheapest here, with 2.3 kWh of LFP cells rated for 2,000 "
        "cycles.\n",
    )
    assert got["brisken-scooters/V3"]["energy"] == [2.3]
    assert got["brisken-scooters/V3"]["cycles"] == [2000.0]
    assert not [k for k in got if k.startswith("holvane") and "V3" in k]


def test_a_labelled_heading_gives_a_cars_version_its_maker(tmp_path, lex):
    got = batteries(
        tmp_path,
        lex,
        "Two crossovers compared\nBy the Desk\n"
        "Third place: Holvane Ostra Standard\n"
        "Holvane Mobility is the newcomer here. The Ostra has a 52 kWh battery pack.\n"
        "Second place: Velmar Trovo Extended Range\n"
        "The Trovo is the heaviest car here, and its 91 kWh pack of LFP cells is the biggest.\n",
    )
    assert [k for k in got if k.startswith("velmar/Trovo")]
    assert not [k for k in got if k.startswith("holvane") and "Trovo" in k]


NAMED = [("V3", 4, 6, "named")]


@pytest.mark.parametrize(
    "heading",
    [
        "The New V3 — a first ride",  # no maker's name before the model
        "BATTERY DATA V3",  # a heading in capitals
        "Market update Q3",  # a word in lower case
        "Brisken Scooters Q3 results",  # the model the sentence names is not the heading's
    ],
)
def test_a_heading_that_is_no_makers_model_gives_none(heading):
    assert unread_heading_product(heading, NAMED) is None


def test_a_heading_over_a_sentence_naming_no_product_gives_none():
    assert unread_heading_product("Brisken Scooters V3 — EUR 2,990", []) is None
    assert unread_heading_product("Brisken Scooters V3 — EUR 2,990", NAMED) == (
        "brisken-scooters",
        "V3",
    )
