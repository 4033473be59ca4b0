"""Columns under a header are the article's own table whatever their cells hold: ranges
("160-205 Wh/kg") and words ("Prismatic") are no figures to a table of figures, yet a Markdown
rule, a header one cell narrower or a line titling them a table make them a table by their form.
Rows without such a header, or too few of them, are weighed as any other run of lines."""

from __future__ import annotations

import pytest

from evkb.kb.extract import split_passages
from evkb.model import FURNITURE_KINDS

HEAD = (
    "Three cells, side by side\n\n"
    "Tervane and Delmere showed new cells at the Kelvale fair. We compared them with an older "
    "design from Quillmere, which is still sold in buses.\n\n"
)
TAIL = "\n\nThe Tervane cell is due in 2027; Delmere did not give a date.\n"


def _kinds(table: str) -> dict[str, str]:
    return {p.text: p.kind for p in split_passages("doc", HEAD + table + TAIL)}


def _rows(table: str) -> list[str]:
    return [line.strip() for line in table.split("\n") if line.strip()]


@pytest.mark.parametrize(
    "table",
    [
        # cells of ranges and words under a Markdown rule
        "| Chemistry | Density | Cycle life | Cold |\n"
        "|---|---|---|---|\n"
        "| LMFP | 180-210 Wh/kg | 3,000-6,000 | fair |\n"
        "| NCA | 240-260 Wh/kg | 1,500-2,000 | good |\n"
        "| Sodium-ion | 120-150 Wh/kg | 4,000+ | very good |",
        # another form: the table turned on its side, makers across and fields down, under a
        # narrower header
        "                 Tervane T4     Delmere D2     Quillmere Q1\n"
        "Format           Pouch          Prismatic      Cylindrical\n"
        "Chemistry        LMFP           NMC            LFP\n"
        "Density          high           highest        low",
        # another order: the title above, words in every cell, a source note under it
        "Table 2 - What the makers say\n\n"
        "Tervane T4     Pouch          20 to 25 min\n"
        "Delmere D2     Prismatic      under 18 min\n"
        "Quillmere Q1   Cylindrical    about 40 min\n"
        "Source: the makers' datasheets.",
        # products across between bars, the corner over the labels left empty, words and
        # figures in the cells
        "| | Tervane T4 Long Range | Delmere D2 Plus |\n"
        "|---|---|---|\n"
        "| Battery | 74.2 kWh NMC | 61.0 kWh LFP |\n"
        "| Cell supplier | Quillmere | Delmere (own cells) |\n"
        "| Range | 480 km | 415 km |",
        # the same without a Markdown rule, two products and a price row
        "| | Tervane T4 | Delmere D2 |\n"
        "| Cell supplier | Quillmere | Delmere |\n"
        "| Charging, 10-80% | 24 min | 31 min |\n"
        "| Price | EUR 41,900 | EUR 38,500 |",
    ],
)
def test_columns_whose_cells_hold_no_single_figures_are_body(table):
    kinds = _kinds(table)
    assert all(kinds[row] not in FURNITURE_KINDS for row in _rows(table))


def test_a_list_of_other_stories_between_bars_stays_furniture():
    # no rule, no title, no narrower header: weighed as a run of other stories
    stories = (
        "Read more\n"
        "| Harbour ferries go electric | Weekend | Travel |\n"
        "| Ten gardens to visit in spring | Weekend | Homes |\n"
        "| A chef's guide to winter soups | Weekend | Food |"
    )
    kinds = _kinds(stories)
    assert all(kinds[row] in FURNITURE_KINDS for row in _rows(stories)[1:])


def test_bars_of_a_page_s_head_under_a_narrower_bar_stay_furniture():
    # between bars a header keeps its empty cell: one cell fewer is another line, no header
    text = (
        "Kelvale tender portal | Notice 2026-0311\n\n"
        "Published 3 March 2026 | Procedure: open | Language: English\n\n"
        "Print | Save as PDF | Subscribe to alerts for this buyer\n\n"
        "Tervane Cells won the tender for 40 bus packs of 350 kWh each, the portal says.\n"
    )
    kinds = {p.text: p.kind for p in split_passages("doc", text)}
    assert kinds["Print | Save as PDF | Subscribe to alerts for this buyer"] in FURNITURE_KINDS


def test_bars_under_an_empty_corner_as_wide_as_it_stay_furniture():
    # an empty first cell makes a header narrower only over rows one cell wider than it
    stories = (
        "Read more\n"
        "| | Harbour ferries go electric | Travel |\n"
        "| Ten gardens to visit in spring | Homes |\n"
        "| A chef's guide to winter soups | Food |\n"
        "| Five walks along the coast | Travel |"
    )
    kinds = _kinds(stories)
    assert all(kinds[row] in FURNITURE_KINDS for row in _rows(stories)[1:])
