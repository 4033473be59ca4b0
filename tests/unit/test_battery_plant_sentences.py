"""A plant's start and size read whatever its sentence writes before the verb (a sum with a
decimal point, "will produce 2 GWh of lithium iron phosphate cells"), given to the product the
plant makes (said before its name or after it, a line named by what it makes no product), but
not as the launch of a cell the maker has already."""

from __future__ import annotations

import pytest
from battery_cases import batteries, lexicon

from evkb.kb.records.battery_plants import _COUNTED


@pytest.fixture(scope="module")
def lex():
    return lexicon()


def test_a_plant_priced_with_a_decimal_dates_and_sizes_its_only_product(tmp_path, lex) -> None:
    got = batteries(
        tmp_path,
        lex,
        "Cell plant for the north\nBy the Business Desk | 3 March 2026\n"
        "Velsk Cells will build a cell factory on the site of a former steelworks.\n"
        "The plant will cost EUR 1.4 billion, have an annual capacity of 16 GWh and start "
        "production in 2028.\n"
        "Its plant will build only the second-generation storage cell, the Sovra 280, a "
        "280 Ah cell rated for 10,000 cycles.\n",
    )
    cell = got["velsk-cells/Sovra 280"]
    assert cell["production"] == [16.0]
    assert cell["launch"] == [2028]


def test_a_plant_that_will_produce_gwh_of_a_kind_of_cells(tmp_path, lex) -> None:
    got = batteries(
        tmp_path,
        lex,
        "Forklift battery maker builds cells\nBy the Business Desk | 3 March 2026\n"
        "Kelvane Batteries will build its first cell factory north of the city.\n"
        "The plant, worth EUR 210 million, will produce 2 GWh of lithium iron phosphate cells "
        "a year from 2027 and employ 380 people.\n"
        "The new factory will make the KV3 cell, a prismatic cell rated for 8,000 cycles.\n",
    )
    cell = got["kelvane-batteries/KV3"]
    assert cell["production"] == [2.0]
    assert cell["launch"] == [2027]


def test_a_plant_making_a_named_products_cells_is_no_unnamed_plant(tmp_path, lex) -> None:
    # "of Oskarvik cells" names a product: the sentence is not a plant's plain start.
    got = batteries(
        tmp_path,
        lex,
        "Cell plant for the north\nBy the Business Desk | 3 March 2026\n"
        "Brenlow Cells said on Monday that its Oskarvik cell stores 150 Wh/kg.\n"
        "The other plant will produce 3 GWh of Istra cells a year from 2029.\n"
        "The company will also make the Oskarvik at its older site.\n",
    )
    assert "production" not in got["brenlow-cells/Oskarvik"]


def test_a_new_plant_making_the_latest_cell_does_not_launch_it(tmp_path, lex) -> None:
    got = batteries(
        tmp_path,
        lex,
        "Cell plant for the north\nBy the Business Desk | 3 March 2026\n"
        "Velsk Cells will build a cell factory on the site of a former steelworks.\n"
        "The plant will cost EUR 1.4 billion, have an annual capacity of 16 GWh and start "
        "production in 2028.\n"
        "The factory will make the company's latest cell, the Sovra 280, a 280 Ah cell rated "
        "for 10,000 cycles.\n",
    )
    assert "launch" not in got["velsk-cells/Sovra 280"]
    assert "production" not in got["velsk-cells/Sovra 280"]  # the new plant's size, not its


@pytest.mark.parametrize("so_far", ["so far", "to date", "yet"])
def test_the_companys_only_product_so_far_is_not_the_plants(tmp_path, lex, so_far: str) -> None:
    # A plant planned years ago, and the one product the company has made: not launched by it.
    got = batteries(
        tmp_path,
        lex,
        "Cell maker files for insolvency\nBy the Business Desk | 3 March 2026\n"
        "Sedrin Power, a cell maker, filed for insolvency on Monday.\n"
        "In 2023 the company announced a cell factory with 4 GWh a year, which was to start "
        "production in 2026.\n"
        f"The company's only product {so_far}, the OR-21, is a cylindrical cell of 250 Wh/kg.\n",
    )
    assert got["sedrin-power/OR-21"]["energy_density"] == [250.0]
    assert "launch" not in got["sedrin-power/OR-21"]
    assert "production" not in got["sedrin-power/OR-21"]


# A sentence opening on production alone dates the plant of the sentences before it: the
# first product named after it starts then, the only one takes the plant's size too.
_PLANT = (
    "Cells for the coast\nBy the Business Desk | 3 March 2026\n"
    "Brandmoor Energy will build a factory near Ridgeholm with an annual capacity of "
    "9 GWh.\n"
)


@pytest.mark.parametrize(
    "start",
    [
        "Production is to start in 2028, with full output two years later.",
        "Production is pencilled in for 2028, subject to consent from Yelvik District Council.",
        "Production, the company says, will begin in the second half of 2028.",
        "Production begins in 2028; 600 jobs are to follow.",
        "Production is now scheduled for early 2028.",
    ],
)
def test_production_opening_a_sentence_dates_the_plant_before(tmp_path, lex, start) -> None:
    got = batteries(
        tmp_path,
        lex,
        _PLANT + start + "\nThe factory's first product will be the TQ-7, a cell of 190 Wh/kg.\n",
    )
    cell = got["brandmoor-energy/TQ-7"]
    assert cell["launch"] == [2028]
    assert "production" not in cell  # the first product is not the whole plant's output


def test_production_opening_a_sentence_sizes_the_plants_single_product(tmp_path, lex) -> None:
    got = batteries(
        tmp_path,
        lex,
        _PLANT + "Production will commence in 2029.\n"
        "The plant will make a single product, the OV-40 cell, rated for 6,000 cycles.\n",
    )
    cell = got["brandmoor-energy/OV-40"]
    assert cell["launch"] == [2029]
    assert cell["production"] == [9.0]


@pytest.mark.parametrize(
    "said",
    [
        "Production rose by a fifth in 2025.",  # how it went, not when it starts
        "Production capacity doubled in 2025.",
        "Tarvessa Motors said production of its vans fell in 2025.",
    ],
)
def test_production_that_went_on_dates_no_plant(tmp_path, lex, said) -> None:
    got = batteries(
        tmp_path,
        lex,
        "Cells for the coast\nBy the Business Desk | 3 March 2026\n"
        "Brandmoor Energy makes cells for vans.\n"
        + said
        + "\nIts first cell, the TQ-7, stores 190 Wh/kg.\n",
    )
    assert "launch" not in got["brandmoor-energy/TQ-7"]


def test_a_plants_output_of_packs_in_the_plural_names_no_product(tmp_path, lex) -> None:
    got = batteries(
        tmp_path,
        lex,
        "Packs for buses\nBy the Business Desk | 3 March 2026\n"
        "Brandmoor Energy will invest EUR 90 million in an assembly hall near Ridgeholm.\n"
        "Production is due to begin in 2027, with an annual output of 2 GWh of bus packs.\n"
        "The first product, the TQ-7 pack, stores 350 kWh.\n",
    )
    pack = got["brandmoor-energy/TQ-7"]
    assert pack["launch"] == [2027]
    assert "production" not in pack


# A line named by what it makes ("a 1 GWh cell line") names no product, and a product said,
# after its name or in the sentence after it, to be all a plant makes takes the plant's start
# and size.
@pytest.mark.parametrize(
    ("plant", "product"),
    [
        (
            "- Ostvolt Kft: EUR 12 million for a 1 GWh LFP cell line in Gyorvar, which is to "
            "start production in 2028.",
            "The company's first cell, the OV-12, a cell of 180 Wh/kg, will be the line's only "
            "product.",
        ),
        (
            "Ostvolt Kft will add a pack assembly line with 1 GWh of annual capacity; "
            "production is to start in 2028.",
            "Ostvolt's new pack, sold as the OV-12, stores 60 kWh. The line will assemble only "
            "this pack.",
        ),
        (
            "Ostvolt Kft plans a factory with an annual capacity of 1 GWh. Production begins "
            "in 2028.",
            "Its cells go on sale as the OV-12 and store 180 Wh/kg. The plant will make only "
            "this cell.",
        ),
        (
            "Ostvolt Kft said its battery production line, with a capacity of 1 GWh a year, "
            "would start production in 2028.",
            "The OV-12 cell (180 Wh/kg, 4,000 cycles) is to be the sole product of the factory.",
        ),
    ],
)
def test_the_only_product_of_a_plant_said_after_its_name(tmp_path, lex, plant, product) -> None:
    got = batteries(
        tmp_path,
        lex,
        "Cells for the plains\nBy the Business Desk | 3 March 2026\n"
        + plant
        + "\n"
        + product
        + "\n",
    )
    cell = got["ostvolt/OV-12"]
    assert cell["production"] == [1.0]
    assert cell["launch"] == [2028]


@pytest.mark.parametrize(
    "product",
    [
        # the product is the maker's only one so far, not the plant's
        "The OV-12 cell, the company's only product so far, stores 180 Wh/kg.",
        # the product named two sentences before is not the one the plant makes
        "The OV-12 cell stores 180 Wh/kg. Kettara Power also showed a van. The plant will make "
        "only this cell.",
    ],
)
def test_a_product_not_said_to_be_all_the_plant_makes(tmp_path, lex, product) -> None:
    got = batteries(
        tmp_path,
        lex,
        "Cells for the plains\nBy the Business Desk | 3 March 2026\n"
        "Ostvolt Kft plans a factory with an annual capacity of 1 GWh. Production begins "
        "in 2028.\n" + product + "\n",
    )
    assert "production" not in got["ostvolt/OV-12"]


@pytest.mark.parametrize(
    "plant",
    [
        # the plant named by what it makes, in apposition
        "The first site, a pack factory of 6 GWh a year, is to start production in 2029.",
        # what the output is worth, counted in units, with a clause between
        "The plant, which Sedrin says will cost EUR 900 million, will have a capacity of "
        "6 GWh a year, sufficient for some 90.000 storage batteries, when production begins "
        "in 2029.",
        # the count in another number style, before the capacity
        "Enough for 90 000 bus packs a year, the battery plant's 6 GWh of capacity comes on "
        "stream as production starts in 2029.",
    ],
)
def test_a_plant_named_by_its_kind_or_counting_its_output_dates_its_product(
    tmp_path, lex, plant: str
) -> None:
    got = batteries(
        tmp_path,
        lex,
        "Pack plant for the coast\nBy the Business Desk | 3 March 2026\n"
        "Sedrin Power will build a plant near the port of Kestrup.\n"
        f"{plant}\n"
        "The factory will make a single product, the Orvelle 90, a 90 kWh pack for buses.\n",
    )
    assert got["sedrin-power/Orvelle 90"]["launch"] == [2029]


def test_a_counted_or_kind_named_plant_does_not_launch_a_pack_made_already(tmp_path, lex) -> None:
    # The plant is read as a plant, but a pack the maker sells today is not launched by it.
    got = batteries(
        tmp_path,
        lex,
        "Pack plant for the coast\nBy the Business Desk | 3 March 2026\n"
        "Sedrin Power will build a plant near the port of Kestrup.\n"
        "The pack factory will have a capacity of 6 GWh a year, enough for 90,000 packs, "
        "when production begins in 2029.\n"
        "The factory will make the company's current pack, the Orvelle 60.\n",
    )
    assert "launch" not in got["sedrin-power/Orvelle 60"]


@pytest.mark.parametrize(
    ("text", "left"),
    [
        ("enough for some 90.000 storage batteries a year", "enough for some  a year"),
        ("packs for 12 000 buses and 3,500 cells", "packs for 12 000 buses and "),
        ("enough for 40,000 Lundvik packs", "enough for 40,000 Lundvik packs"),  # named: kept
        ("the 90 kWh battery", "the 90 kWh battery"),  # one product's size, not a count
        ("rated for 4,000 cycles", "rated for 4,000 cycles"),
    ],
)
def test_a_count_of_units_is_taken_out_but_not_a_named_products(text: str, left: str) -> None:
    assert _COUNTED.sub("", text) == left


@pytest.mark.parametrize(
    "launched",
    [
        # a timeline's entry
        "2024: Sedrin Power launches the OR-9, a sodium-ion cell of 150 Wh/kg.",
        # a sentence with a clause between, the month before the year
        "The OR-9, which Sedrin Power put on sale in May 2024, is a sodium-ion cell of 150 Wh/kg.",
        # a dated list item
        "- OR-9 (sodium-ion cell, 150 Wh/kg): launched by Sedrin Power in 2024",
    ],
)
def test_a_product_out_before_the_plant_starts_does_not_take_its_size(
    tmp_path, lex, launched: str
) -> None:
    got = batteries(
        tmp_path,
        lex,
        "Cell maker plans a plant\nBy the Business Desk | 3 March 2026\n"
        f"{launched}\n"
        "The board approved a EUR 500 million cell plant in Kestrup with a capacity of 5 GWh; "
        "production is to start in 2029.\n",
    )
    cell = got["sedrin-power/OR-9"]
    assert 2024 in cell["launch"]
    assert "production" not in cell  # the plant's 5 GWh are not the older cell's


def test_a_product_not_yet_out_takes_the_size_of_the_plant_after_it(tmp_path, lex) -> None:
    # The product comes with the plant: the plant named right after it makes it.
    got = batteries(
        tmp_path,
        lex,
        "Cell maker plans a plant\nBy the Business Desk | 3 March 2026\n"
        "Sedrin Power showed the OR-9, a sodium-ion cell of 150 Wh/kg, on Monday.\n"
        "The company will build a cell plant in Kestrup with a capacity of 5 GWh; production "
        "is to start in 2029.\n",
    )
    cell = got["sedrin-power/OR-9"]
    assert cell["production"] == [5.0]
    assert cell["launch"] == [2029]
