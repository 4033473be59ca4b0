"""A maker named before its model's code ("the Vendrall US5000, 4.8 kWh"): the words before the
code name a company where the sentence gives the model's specification; a product line another
company owns or names is no maker."""

from __future__ import annotations

from test_company_rules import _extract, _names

from evkb.kb.records.company_products import maker_head


def test_a_name_before_a_models_code_with_its_specification_is_its_maker():
    names = _names(
        "The shop has the Vendrall US5000 module in stock: 4.8 kWh, 6,000 cycles.\n\n"
        "The garage holds a golf cart, the Koskela Carts E4 Lithium, with a 6.1 kWh pack.\n"
    )
    assert {"Vendrall", "Koskela Carts"} <= names
    assert "Koskela Carts E4 Lithium" not in names


def test_a_product_line_owned_named_or_described_is_no_maker():
    names = _names(
        "Norrik Cells presents its Ostrell L600 cell with 230 Wh/kg.\n\n"
        "The buses are the Kavlo E12, a 12-metre model that Norrik Cells builds, with 350 kWh.\n\n"
        "The Tagus-built V3 carries a 2.1 kWh battery.\n\n"
        "Launch of the BC-50 module: 5.1 kWh, 6,000 cycles.\n\n"
        "The Vendrall Q9 arrived in the showroom in May.\n"
    )
    assert not {"Ostrell", "Kavlo", "Tagus-built", "Launch", "Vendrall"} & names


def test_a_tables_row_gives_the_maker_its_own_cell():
    names = _names(
        "Pelbrin R2 | Wrenvale Motors | LFP, 4.2 kWh | 130 km\n\n"
        "Galmo 300 | Kestrow Mobility | NMC, 3.1 kWh | 85 km\n\n"
        "The Pelbrin R2 is the one we would buy.\n"
    )
    assert "Pelbrin" not in names


def test_a_name_only_ever_after_an_article_or_a_possessive_is_a_thing():
    names = _names(
        "Halvane Motors does not say much about the Ondrel's battery beyond its size, 99 kWh.\n\n"
        "A charge took 27 minutes, and the Ondrel's display said the pack was full.\n"
    )
    assert "Halvane Motors" in names
    assert "Ondrel" not in names


def test_a_name_standing_alone_or_before_a_models_code_keeps_its_company():
    names = _names(
        "Two of my customers use the Travik LX-40, which stores 15 kWh in three modules.\n\n"
        "Pellor's cells went into the pack, and Pellor's plant in Brisca doubled output.\n\n"
        "Quorrin's packs are made in Tellwyn, and Quorrin expects to double output.\n"
    )
    assert {"Travik", "Pellor", "Quorrin"} <= names


def test_a_line_named_with_its_models_code_before_a_product_noun_is_no_maker():
    names = _names(
        "Halvern Cells unveils Pellwyn P2 pack for electric buses.\n\n"
        "The Pellwyn P2 stores 540 kWh and reaches 172 Wh/kg at pack level.\n\n"
        "It succeeds the Pellwyn P1, a 420 kWh pack launched in 2023.\n"
    )
    assert "Halvern Cells" in names
    assert "Pellwyn" not in names


def test_a_product_set_beside_its_chemistry_is_no_company():
    names = _names(
        "Halvern Cells unveils Vellora Pro LMFP cell with 215 Wh/kg.\n\n"
        "Halvern Cells on Sunday launched the Vellora Pro, a lithium manganese iron phosphate "
        "(LMFP) cell that lets mid-priced cars reach 700 km.\n\n"
        "The Vellora Pro will be made on a dedicated 12 GWh line.\n"
    )
    assert "Halvern Cells" in names
    assert "Vellora Pro" not in names


def test_a_company_set_beside_a_longer_description_stays_a_company():
    names = _names(
        "Halvern Cells, a Swiss battery systems specialist, will build a plant.\n\n"
        "Halvern Cells said it would invest $300 million.\n"
    )
    assert "Halvern Cells" in names


def test_a_maker_before_its_models_code_and_a_battery_noun_nobody_launches_stays_a_maker():
    names = _names(
        "The shop has the Vendrall US5000 battery in stock: 4.8 kWh, 6,000 cycles.\n\n"
        "The garage holds a golf cart.\n"
    )
    assert "Vendrall" in names


def test_a_product_noun_after_a_makers_head_word_is_the_makers_product():
    # "the Tarrowind Motors crossover", "a pack with Felbrook Energy Solution cells": the name
    # ends with a maker's head word, so the noun after it is what the maker makes
    names = _names(
        "The C9 cell gave the Tarrowind Motors crossover that used it 300 miles of range.\n\n"
        "The Long Range has an 82kWh pack with Felbrook Energy Solution cells.\n"
    )
    assert {"Tarrowind Motors", "Felbrook Energy Solution"} <= names


def test_a_product_noun_after_other_capitalised_words_still_names_a_product():
    # no maker's head word: "Quenley Power" and "Ostmere Max" name the pack and the battery
    names = _names(
        "The Quenley Power pack stores 60 kWh.\n\nThe new Ostmere Max battery holds 131 kWh.\n"
    )
    assert not {"Quenley Power", "Ostmere Max"} & names


def test_maker_head_reads_the_names_last_word():
    assert maker_head(["Tarrowind", "Motors"])
    assert maker_head(["Felbrook", "Energy", "Solution"])
    assert not maker_head(["Motors"])  # one word: the head alone names no one
    assert not maker_head(["Quenley", "Power"])


def test_its_after_a_sentence_opening_on_a_clause_is_the_main_clauses_company():
    # the customer named in the "When ..." clause is not whom the next "its" means
    shares = _extract(
        "Harrowmede Cells makes cells for buses.\n\n"
        "When its largest customer, Tarrowind Motors, moved to a cheaper supplier in 2023, "
        "Harrowmede Cells lost 60% of its revenue in a year. Its share of the US market was "
        "below 1% last year.\n"
    ).shares
    assert [(s.holder, s.percent) for s in shares] == [("harrowmede-cells", 1.0)]
