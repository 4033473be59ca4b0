"""The year a title or a standfirst gives the plant the body announces without one."""

from __future__ import annotations

import pytest
from test_company_rules import _extract


def _years(text: str) -> dict[float, str]:
    """Each investment's first amount and its year."""
    return {i.amounts[0].value: i.year for i in _extract(text).investments if i.amounts}


@pytest.mark.parametrize(
    "title",
    [
        # the year written before the word of starting, the place named
        "Corvat Cells targets 2028 production in Quenby",
        # "from" the year, the company named
        "Corvat Cells to make pouch cells from 2028",
        # the plant's place, "to start in"
        "Quenby line to start in 2028; state support follows",
        # another word order and a launch
        "A 2028 launch for Quenby: Corvat's new line",
    ],
)
def test_a_titles_start_year_is_the_plants(title):
    text = (
        f"{title}\n\n"
        "Corvat Cells will invest $310 million in a cell line in Quenby that will employ 420 "
        "people.\n"
    )
    assert _years(text)[310e6] == "2028"


def test_a_year_the_body_states_is_kept():
    text = (
        "Corvat Cells targets 2028 production in Quenby\n\n"
        "Corvat Cells will invest $310 million in a cell line in Quenby that opens in 2029.\n"
    )
    assert _years(text)[310e6] == "2029"


def test_a_title_naming_neither_the_place_nor_the_company_gives_no_year():
    text = (
        "Cell makers target 2028 production across the region\n\n"
        "Corvat Cells will invest $310 million in a cell line in Quenby.\n"
    )
    assert _years(text)[310e6] == ""


@pytest.mark.parametrize(
    "title",
    [
        "Corvat Cells plans 2028 launch for high-energy cells with 600-mile range",
        "Corvat Cells: a 2028 launch for its solid-state pack",
        "Why Corvat Cells bets on a 2028 launch",
    ],
)
def test_a_launch_in_a_title_naming_only_the_company_is_a_products(title):
    text = f"{title}\n\nCorvat Cells is investing $310 million in more cell output at home.\n"
    assert _years(text)[310e6] == ""


def test_a_loan_takes_no_year_from_a_title():
    text = (
        "Corvat Cells to make pouch cells in Quenby from 2028\n\n"
        "The Druvel Development Bank will lend Corvat Cells $90 million for the Quenby line.\n"
    )
    assert _years(text)[90e6] == ""


def test_a_sentence_of_the_body_is_no_title():
    text = (
        "Corvat Cells said on Monday that it had sold its first packs from 2028 stock.\n\n"
        "Corvat Cells will invest $310 million in a cell line in Quenby.\n"
    )
    assert _years(text)[310e6] == ""
