"""A printed page's number and a site's menu are page furniture by their form; a table's
header row, which reads like a menu, stays the article's own."""

from __future__ import annotations

import pytest

from evkb.kb.extract import split_passages
from evkb.kb.extract.furniture_forms import form_kind
from evkb.model import BODY, BOILERPLATE, FURNITURE_KINDS, HEADING


@pytest.mark.parametrize(
    "line",
    [
        "Page 3 of 8",
        "PAGE 2 OF 2",
        "Page 1/4 | Draft for comment",
        "Kestrel Freight plc | Annual review | Page 12 of 40",
        "Marlow Cycles | Shop | Service | About us | Contact",
        "Start | Products | Dealers | Careers | Press",
    ],
)
def test_page_numbers_and_menus_are_boilerplate(line: str):
    assert form_kind(line) == BOILERPLATE


@pytest.mark.parametrize(
    "line",
    [
        "Page 3 of the report puts the pack's cost at 92 dollars a kWh.",
        "Range | 410 km | Charging | 28 minutes",
        "Marlow Cycles | Shop | Service",
    ],
)
def test_sentences_and_rows_with_figures_are_not(line: str):
    assert form_kind(line) is None


def test_a_table_s_header_row_stays_with_its_table():
    text = (
        "Marlow Cycles | Shop | Service | About us | Contact\n\n"
        "Three scooter makers sell most of the country's electric two-wheelers, the registry "
        "figures show.\n\n"
        "The table below lists their best-selling models:\n\n"
        "Model | Maker | Battery | Range | Price\n\n"
        "Tern S1 | Tern Motors | 2.2 kWh LFP | 80 km | 1,450 dollars\n\n"
        "Brisa 2 | Brisa Moto | 3.0 kWh LFP | 105 km | 1,900 dollars\n\n"
        "Vela C | Vela Works | 1.8 kWh NMC | 65 km | 1,200 dollars\n\n"
        "The cheapest of them costs less than a used petrol scooter.\n"
    )
    kinds = {p.text: p.kind for p in split_passages("doc", text)}
    assert kinds["Model | Maker | Battery | Range | Price"] in (BODY, HEADING)
    assert kinds["Marlow Cycles | Shop | Service | About us | Contact"] in FURNITURE_KINDS
