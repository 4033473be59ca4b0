"""Initials written bare before the cells, batteries, packs or modules they make name the maker
("a pack built from KRVX cells"); a chemistry's, a use's or a code's letters, a product line a
determiner owns and a plant after the noun do not."""

from __future__ import annotations

from test_company_rules import _names

from evkb.kb.records.company_cells import cells_maker


def test_initials_before_the_cells_they_make_name_a_company():
    names = _names(
        "The base Pellory uses a 58 kWh pack built from KRVX cells, rated at 410 km.\n\n"
        "TQLM batteries equipped 27.4 per cent of the vans registered in the first half.\n\n"
        "Both trims, the dealer says, take modules with WZN battery cells inside them.\n"
    )
    assert {"KRVX", "TQLM", "WZN"} <= names


def test_the_slot_is_read_in_forms_no_article_uses():
    # a list of suppliers, a clause between, a figure with a decimal comma, a bullet
    assert cells_maker("KRVX", "the buses take either ", " packs or Dravenko modules")
    assert cells_maker("TQLM", "- ", " modules: 4,2 kWh each")
    assert cells_maker("WZN", "which, after the recall, switched to ", " cells in March")


def test_letters_of_a_chemistry_a_use_or_a_code_make_no_maker():
    assert not cells_maker("LFP", "a pack of ", " cells")
    assert not cells_maker("LMR", "with ", " cells")
    assert not cells_maker("ESS", "the ", " batteries")
    assert not cells_maker("ESS", "orders for ", " batteries rose")
    assert not cells_maker("EV", "", " batteries are cheaper")
    assert not cells_maker("Q7720", "from ", " cells")  # a cell's code
    assert not cells_maker("UK", "from ", " cells")


def test_owned_lines_short_letters_and_plants_are_not_read_as_makers():
    assert not cells_maker("KRVX", "its ", " cells")  # a line the company owns
    assert not cells_maker("KRVX", "the ", " packs")
    assert not cells_maker("SK", "has ", " cells")  # two letters: a brand's short form as often
    assert not cells_maker("KRVX", "a new ", " battery plant")
    assert not cells_maker("TQLM", "", " battery plants will open")
    assert not cells_maker("Ostrelli", "from ", " cells")  # a word: a product line as often
    names = _names("The Ostrelli uses Pellory cells from a plant in the south.\n")
    assert "Pellory" not in names
