"""A product's start dated by a month written without its year, against the day of writing."""

from __future__ import annotations

import pytest
from battery_cases import batteries, lexicon

from evkb.kb.records.battery_launches import day_launches, month_launches
from evkb.kb.records.periods import Dateline

WRITTEN = Dateline("2026-09", True)


@pytest.mark.parametrize(
    ("text", "year"),
    [
        ("Its second-generation cell, the K2, entered production in July.", 2026),
        ("In January, the company started mass production of the Salt-1 cell.", 2026),
        ("The company will start shipping the cell in March.", 2027),
        ("Deliveries of the pack are scheduled to start in November.", 2026),
    ],
)
def test_a_start_in_a_month_takes_the_year_of_writing(text: str, year: int) -> None:
    assert [y for _, y, _ in month_launches(text, WRITTEN)] == [year]


@pytest.mark.parametrize(
    "text",
    [
        "Sales of the cell rose in July.",  # no start
        "It entered production in July 2025.",  # the year is written: read as a date
        "In May, the company said the cell was ready.",  # a month, but no start of anything
    ],
)
def test_no_start_or_a_written_year_is_left_to_others(text: str) -> None:
    assert month_launches(text, WRITTEN) == []


def test_only_a_stated_day_of_writing_dates_the_month() -> None:
    # The latest date a body names may be years before the writing.
    assert month_launches("The cell entered production in July.", Dateline("2024", False)) == []


@pytest.fixture(scope="module")
def lex():
    return lexicon()


def test_the_product_the_sentence_names_takes_the_year(tmp_path, lex) -> None:
    got = batteries(
        tmp_path,
        lex,
        "Cell makers show new products\nBy the Business Desk | 29 December 2025\n"
        "In January, Corvik Materials started mass production of Helix, a sodium-ion cell "
        "with 160 Wh/kg.\n",
    )
    assert got["corvik-materials/Helix"]["launch"] == [2025]


def test_a_makers_first_product_starts_with_its_plant(tmp_path, lex) -> None:
    # The plant's start is the first product's launch; the plant's capacity is not its own.
    got = batteries(
        tmp_path,
        lex,
        "Cell maker picks site\nBy the Business Desk | 3 March 2026\n"
        "Corvik Materials said the plant would begin making cells in 2028 and reach a "
        "capacity of 18 gigawatt hours a year by the end of the decade.\n"
        "Corvik's first product, a lithium iron phosphate cell it calls Helix, stores 185 "
        "watt-hours per kilogram.\n",
    )
    helix = got["corvik-materials/Helix"]
    assert helix["launch"] == [2028]
    assert "production" not in helix


def test_another_things_start_is_not_the_products(tmp_path, lex) -> None:
    got = batteries(
        tmp_path,
        lex,
        "Ferry operator orders batteries\nBy the Business Desk | 3 March 2026\n"
        "The shipping company Waddenvaart has ordered battery systems for new ferries from the "
        "Norwegian supplier Fjordcell, the company announced on Wednesday.\n"
        "For its freight vessel, Waddenvaart chose Fjordcell's Atlas system with "
        "nickel-manganese-cobalt cells, which stores 165 Wh/kg at pack level.\n"
        "The ferries are being built at a yard in Harlingen and should enter service in 2028.\n",
    )
    atlas = got["fjordcell/Atlas"]
    assert atlas["energy_density"] == [165.0]
    assert "launch" not in atlas


def test_a_model_sold_since_a_year_was_launched_that_year(tmp_path, lex):
    got = batteries(
        tmp_path,
        lex,
        "Fire began in a pallet of home batteries\nBy the Claims Desk\n"
        "The units were Vesta 8 batteries made by the manufacturer Corvik Power.\n"
        "Each Vesta 8 stores 8.2 kWh in lithium iron phosphate cells; the model has been sold "
        "since 2023.\n",
    )
    assert got["corvik-power/Vesta 8"]["launch"] == [2023]


PLANT = (
    "Wendle Batteries Ltd breaks ground on a cell plant\nBy the Business Desk\n"
    "Wendle Batteries Ltd broke ground on a lithium-ion cell factory on Monday.\n"
    "The first phase, with an annual capacity of 8 GWh, is due to start production in 2027.\n"
)
CELLS = "The cells, named QT-5, store 175 Wh/kg and are rated for 6,000 cycles.\n"


def test_the_cells_a_sentence_before_says_will_be_made_start_with_the_first_phase(
    tmp_path,
) -> None:
    made = "Wendle will make lithium iron phosphate prismatic cells there under licence.\n"
    got = batteries(tmp_path, lexicon(), PLANT + made + CELLS)
    (cell,) = [facts for key, facts in got.items() if key.endswith("/QT-5")]
    assert cell["launch"] == [2027]
    assert "production" not in cell  # a phase's capacity is not the product's
    # Nothing said of what the plant makes: the cells are not dated by it.
    got = batteries(tmp_path, lexicon(), PLANT + "Wendle hired 300 people.\n" + CELLS)
    (cell,) = [facts for key, facts in got.items() if key.endswith("/QT-5")]
    assert "launch" not in cell


@pytest.mark.parametrize(
    "text",
    [
        "The company on Tuesday began shipping the Tavisk 7, a home battery.",
        "Pemmaro Cells started production on Monday at its plant in the north.",
        "The group this week began deliveries of its Quellor pack.",
        "Vostin commenced commercial production of the cell yesterday.",
    ],
)
def test_a_start_in_the_days_around_the_writing_takes_its_year(text: str) -> None:
    assert [y for _, y, _ in day_launches(text, WRITTEN)] == [2026]


@pytest.mark.parametrize(
    "text",
    [
        "The company on Tuesday unveiled the Tavisk 7.",  # shown, not started
        "Pemmaro Cells will start production on Monday.",  # ahead: no "started"
        "Production started in 2024, the company said on Tuesday.",  # the saying is dated
        "Sales of the pack rose on Monday.",
    ],
)
def test_a_showing_or_a_start_ahead_is_no_start_in_those_days(text: str) -> None:
    assert day_launches(text, WRITTEN) == []


def test_only_a_stated_day_of_writing_dates_those_days() -> None:
    text = "The company on Tuesday began shipping the Tavisk 7."
    assert day_launches(text, Dateline("2026", False)) == []


def test_the_product_shipped_on_a_weekday_takes_the_year(tmp_path, lex) -> None:
    got = batteries(
        tmp_path,
        lex,
        "Home battery maker starts shipping\nBy the Business Desk | 4 November 2026\n"
        "Pemmaro Cells on Tuesday began shipping the Tavisk 7, a home battery that stores "
        "7.2 kWh in lithium iron phosphate cells.\n",
    )
    assert got["pemmaro-cells/Tavisk 7"]["launch"] == [2026]


def test_a_plant_started_on_a_weekday_dates_its_first_cells(tmp_path, lex) -> None:
    # "started production at its plant" names the plant after the start; "cell maker" and
    # "battery base" only say what the business makes.
    got = batteries(
        tmp_path,
        lex,
        "Cell maker opens its plant\nBy the Business Desk | 4 November 2026\n"
        "Swedish cell maker Pemmaro Cells on Monday started production at its SEK 2.5 billion "
        "plant in Kelmar.\n"
        "Its first cells are the Quellor P2, a lithium iron phosphate cell of 170 Wh/kg.\n",
    )
    assert got["pemmaro-cells/Quellor P2"]["launch"] == [2026]
    got = batteries(
        tmp_path,
        lex,
        "Battery base starts production\nBy the Business Desk | 4 November 2026\n"
        "A new-energy battery base with a total investment of 2 billion yuan started "
        "production on Tuesday in Kelmar.\n"
        "The base was built by Pemmaro Cells.\n"
        "The first production line makes the company's sodium-ion cell, Quellor 3.\n"
        "The cell reaches an energy density of 165 watt-hours per kilogram.\n",
    )
    (cell,) = [facts for key, facts in got.items() if key.endswith("/Quellor 3")]
    assert cell["launch"] == [2026]


def test_a_plant_planned_or_a_cell_factory_dated_ahead_is_no_start(tmp_path, lex) -> None:
    # No day of starting: the plant's plans date nothing the plant does not say it makes.
    got = batteries(
        tmp_path,
        lex,
        "Cell maker plans a plant\nBy the Business Desk | 4 November 2026\n"
        "Swedish cell maker Pemmaro Cells on Monday announced a plant in Kelmar.\n"
        "Its first cells are the Quellor P2, a lithium iron phosphate cell of 170 Wh/kg.\n",
    )
    assert "launch" not in got["pemmaro-cells/Quellor P2"]
