"""Battery generations as calls, spec sheets and fleet copy write them: names given by
"christened", "codenamed" and "It's called X.", a speaker's label that is neither a spec row nor
the maker, "Label: value" rows, a pack's cell supplier, bought-in packs, older generations."""

from __future__ import annotations

import pytest
from battery_cases import batteries, lexicon


@pytest.fixture(scope="module")
def lex():
    return lexicon()


HEAD = "Cell makers show new products\nBy the Business Desk\n"


@pytest.mark.parametrize(
    "named",
    [
        "Corvik Materials said its first product, an LFP cell it has christened Helix, "
        "stores 190 Wh/kg.\n",
        "Corvik Materials said its LFP cell, codenamed Helix, stores 190 Wh/kg.\n",
        "Corvik Materials is building a sodium-ion cell for storage. It's called Helix. "
        "They claim 190 watt-hours per kilogram.\n",
    ],
)
def test_a_name_given_by_a_naming_verb(tmp_path, lex, named):
    got = batteries(tmp_path, lex, HEAD + named)
    assert got["corvik-materials/Helix"]["energy_density"] == [190.0]


def test_a_speakers_label_is_no_spec_row_and_their_firm_no_maker(tmp_path, lex):
    got = batteries(
        tmp_path,
        lex,
        "Corvik Materials Q3 Earnings Call Transcript\n"
        "Operator: Welcome to the third-quarter call of Corvik Materials, the cell maker.\n"
        "Dana Reyes: Our new cell, which we call Helix, delivers 265 watt-hours per kilogram.\n"
        "Oliver Grant, Bramhall Securities: Can you talk about the Summit cell?\n"
        "Dana Reyes: The automaker quotes 560 kilometers with an 84-kilowatt-hour pack.\n",
    )
    assert got["corvik-materials/Helix"]["energy_density"] == [265.0]
    assert not any(key.endswith("/Dana Reyes") for key in got)
    assert not any(key.startswith("bramhall-securities/") for key in got)


def test_label_value_rows_under_a_spec_sheet_heading(tmp_path, lex):
    got = batteries(
        tmp_path,
        lex,
        HEAD + "Corvik Materials on Friday unveiled the Helix, a swappable battery pack.\n"
        "Technical data at a glance\n"
        "Chemistry: LFP (cylindrical cells)\n"
        "Nominal energy: 2.6 kWh\n"
        "Charge time (0-100%): 90 minutes\n"
        "Cycle life: 3,000 cycles\n",
    )
    helix = got["corvik-materials/Helix"]
    assert helix["energy"] == [2.6] and helix["charging"] == [90.0]
    assert helix["cycles"] == [3000.0] and helix["chemistry"] == ["LFP"]


def test_a_packs_maker_is_not_its_cell_supplier(tmp_path, lex):
    got = batteries(
        tmp_path,
        lex,
        HEAD + "Kestrel Motors builds the Gen 3 battery pack, which we design in-house using "
        "cells from our partner Sunvale Battery. Gen 3 uses LMFP chemistry and stores 82 kWh.\n",
    )
    assert not any(key.startswith("sunvale-battery/") for key in got)


def test_a_pack_bought_from_a_supplier_is_no_line_of_the_carmaker(tmp_path, lex):
    got = batteries(
        tmp_path,
        lex,
        HEAD + "Kestrel Motors' current model carries a 66 kWh lithium-ion pack bought from "
        "a Chinese supplier and is rated at 480 km.\n",
    )
    assert not got


def test_an_older_generation_named_in_a_comparison_takes_its_clause(tmp_path, lex):
    got = batteries(
        tmp_path,
        lex,
        HEAD + 'Corvik Materials released its sodium-ion cell "Helix 2.0" on Monday.\n'
        "The energy density of Helix 2.0 reaches 175Wh/kg, compared with the first "
        "generation product Helix, whose energy density was 150Wh/kg.\n",
    )
    assert got["corvik-materials/Helix 2.0"]["energy_density"] == [175.0]
    assert got["corvik-materials/Helix"]["energy_density"] == [150.0]


def test_a_storage_unit_holding_mwh_has_that_energy(tmp_path, lex):
    got = batteries(
        tmp_path,
        lex,
        HEAD + "Corvik Materials showed a new storage container. The new product, Helix 2, is "
        "a 20-foot container that holds 5 MWh, against 3.7 MWh in the first Helix.\n",
    )
    assert got["corvik-materials/Helix 2"]["energy"] == [5000.0]
    assert got["corvik-materials/Helix"]["energy"] == [3700.0]


def test_a_cell_introduced_by_its_chemistry_then_named(tmp_path, lex):
    got = batteries(
        tmp_path,
        lex,
        HEAD + "Corvik Materials said it will begin mass production of a lithium-metal cell "
        "for aircraft.\n"
        "The cell, code-named Helix, achieves an energy density of 420 Wh/kg.\n",
    )
    assert got["corvik-materials/Helix"]["chemistry"] == ["lithium-metal"]


def test_a_releases_spec_sheet_is_its_headline_products_after_an_older_one(tmp_path, lex):
    # The older generation named on the way does not take the sheet, and a row's label
    # ("Reference pack") names no product.
    got = batteries(
        tmp_path,
        lex,
        "Corvik Materials launches Tarn 3 sodium-ion cell\n"
        "Corvik Materials today launched Tarn 3, its third-generation sodium-ion cell.\n"
        "Tarn 3 succeeds Tarn 2, the cell Corvik introduced in 2024, which stores 150 Wh/kg.\n"
        "Tarn 3 raises energy density by 12%, the company said.\n"
        "Key specifications\n"
        "Energy density: 168 Wh/kg\n"
        "Cycle life: 5,000 cycles\n"
        "Reference pack: 55 kWh, CLTC range 410 km\n"
        "Start of mass production: first quarter of 2027\n",
    )
    tarn = got["corvik-materials/Tarn 3"]
    assert tarn["energy_density"] == [168.0]
    assert tarn["cycles"] == [5000.0]
    assert tarn["energy"] == [55.0]
    assert tarn["launch"] == [2027]
    assert got["corvik-materials/Tarn 2"]["energy_density"] == [150.0]
    assert not any(key.endswith("/Reference") for key in got)


def test_a_cell_named_after_its_buyer_is_the_cell_makers(tmp_path, lex):
    # The carmaker named last buys or fits the cells; the cell maker the text spoke of
    # before it makes them.
    got = batteries(
        tmp_path,
        lex,
        HEAD + "Corvik Materials, the cell maker, will build a factory in Tarnow.\n"
        "Its anchor customer is Brenna Motors, the carmaker.\n"
        "Brenna Motors will take half of the output under a supply agreement.\n"
        "The factory will make LFP cells of the company's second generation, which it calls "
        "Helix. The Helix cell stores 190 Wh/kg.\n",
    )
    assert got["corvik-materials/Helix"]["energy_density"] == [190.0]
    assert not any(key.startswith("brenna-motors/") for key in got)


def test_a_pronoun_a_compared_cell_and_a_bought_in_cell_are_no_products(tmp_path, lex):
    got = batteries(
        tmp_path,
        lex,
        HEAD + "Corvik Materials builds cells for forklifts.\n"
        "Our third-generation cell, which we call Helix. It is an NCMA cell with 285 Wh/kg, "
        "15 percent more than the HX-2 cell we make today. It is rated for 2,000 cycles.\n"
        "The current packs use the Brio cell, bought from a Chinese supplier, with 150 Wh/kg.\n",
    )
    helix = got["corvik-materials/Helix"]
    assert helix["energy_density"] == [285.0]
    assert helix["cycles"] == [2000.0]
    assert not any(key.endswith(("/It", "/HX-2", "/Brio")) for key in got)


def test_a_chemistry_likeness_is_not_the_cells_chemistry(tmp_path, lex):
    got = batteries(
        tmp_path,
        lex,
        HEAD + "Corvik Materials launched Helix, an LMFP cell with 210 Wh/kg that gives long "
        "range at an LFP-like cost.\n",
    )
    assert got["corvik-materials/Helix"]["chemistry"] == ["LMFP"]


INTERVIEW = (
    "Q&A: the grid battery start-up Zerrat Storage\nBy the Business Desk\n"
    "Zerrat Storage builds battery containers for solar farms in Kelmar.\n"
    "Q: Who makes your cells?\n"
    "A: We buy lithium iron phosphate cells from Pemmaro Cells. Nobody here makes a cell at "
    "the price yet.\n"
    "Q: Tell us about the new product.\n"
)


@pytest.mark.parametrize(
    ("named", "key"),
    [
        # The article and the maker's own name before the product's.
        ("A: It's called the Tavisk 7.", "zerrat-storage/Tavisk 7"),
        ("A: It's called the Zerrat Tavisk 7.", "zerrat-storage/Tavisk 7"),
    ],
)
def test_a_name_given_in_a_sentence_of_its_own_is_the_speakers_companys(tmp_path, lex, named, key):
    # The seller of the cells named just before makes no product of the speaker's.
    got = batteries(
        tmp_path,
        lex,
        INTERVIEW + named + " It stores 5,000 kWh and we rate it for 8,000 cycles.\n",
    )
    assert got[key]["cycles"] == [8000.0]
    assert not any(k.startswith("pemmaro-cells/") for k in got)


def test_a_seller_named_otherwise_is_still_in_view(tmp_path, lex):
    # "uses Pemmaro's cells" says nothing of buying: no seller's role is read into it, and
    # "It's" is "it is", no reference to a company.
    got = batteries(
        tmp_path,
        lex,
        "Pack news\nBy the Business Desk\n"
        "Pemmaro Cells is showing a new pack.\n"
        "It's called the Tavisk 7. It stores 60 kWh.\n",
    )
    assert got["pemmaro-cells/Tavisk 7"]["energy"] == [60.0]
