"""Companies named bare: in a table, the column its header calls makers names them (a row
label, a country column and a table with no such header name none); in a list, a name listed
with a company is one (a list ending with a comma alone, a figure or a place is not)."""

from __future__ import annotations

from test_company_rules import _names

from evkb.kb.extract import split_passages
from evkb.kb.records.company_tables import company_cells


def test_a_cell_under_a_maker_header_names_a_company():
    names = _names(
        "Chinese makers took more of the market in the nine months, data showed.\n\n"
        "Rank | Maker | Country | Jan-Sep 2026 | Jan-Sep 2025\n"
        "1 | Ostkel | China | 38.4% | 37.1%\n"
        "2 | Varnholt | Germany | 16.9% | 16.4%\n"
        "3 | Pemric | Japan | 9.2% | 10.8%\n"
        "– | Others | – | 35.5% | 35.7%\n\n"
        "Ostkel kept first place.\n"
    )
    assert {"Ostkel", "Varnholt", "Pemric"} <= names
    assert not names & {"China", "Germany", "Japan"}


def test_a_row_label_under_a_maker_header_is_no_cell_of_a_company():
    text = "Rank | Maker | 2026\n1 | Ostkel | 38.4%\n2 | Varnholt | 16.9%\n– | Others | 44.7%\n"
    passages = split_passages("t", text)
    cells = {text[s:e] for s, e in company_cells(passages)}
    assert cells == {"Ostkel", "Varnholt"}


def test_a_header_pairing_two_kinds_names_both_in_each_cell():
    names = _names(
        "Our table ranks the brands by their share of registrations this year.\n\n"
        "Rank | Brand (importer) | 2026 | 2025\n"
        "1 | Zoltra (Brodmere Trading) | 29.5% | 33.1%\n"
        "2 | Tavisk (own imports) | 22.0% | 17.9%\n"
        "3 | Kelmora (Dunrow Holdings) | 11.2% | 12.6%\n"
    )
    assert {"Zoltra", "Brodmere Trading", "Tavisk", "Kelmora"} <= names
    assert "own imports" not in names


def test_a_table_whose_header_names_no_company_kind_names_none():
    names = _names(
        "Sales rose in every region this year, the association said.\n\n"
        "Rank | Region | 2026 | 2025\n"
        "1 | Quillane | 38.4% | 37.1%\n"
        "2 | Ravelin | 16.9% | 16.4%\n"
        "3 | Orsk | 9.2% | 10.8%\n"
    )
    assert not names & {"Quillane", "Ravelin", "Orsk"}


def test_a_name_listed_with_a_company_is_a_company():
    names = _names(
        "Halvark, Sundell Energy and Tarnow supplied most of the cells fitted in Britain.\n\n"
        "The plant is a supplier to Vessin Motors, Mellick and Pemric.\n\n"
        "Kelmora and Zoltra Cells, the Korean maker, each lost ground.\n"
    )
    assert {"Halvark", "Tarnow", "Mellick", "Pemric", "Kelmora"} <= names


def test_a_list_ends_with_and_or_or_and_holds_no_figure_or_place():
    names = _names(
        "In Quillane, Sundell Energy said sales rose.\n\n"
        "Sundell Energy builds cells in Germany, Ravelin and Orsk.\n\n"
        "The pack now holds 77kWh, up from 71kWh, and Sundell Energy quotes a longer range.\n"
    )
    assert "Sundell Energy" in names
    assert not names & {"Quillane", "Ravelin", "Orsk", "71kWh", "77kWh"}


def test_a_name_whose_clause_says_what_it_makes_is_a_company():
    names = _names(
        "Tarnow, whose factories in Quillane supply most carmakers, was second with 23%.\n\n"
        "Electric cars sold well, and Mellick, which makes cylindrical cells, gained.\n\n"
        "Halvark, which assembles buses at a former rail works, is only sixth.\n"
    )
    assert {"Tarnow", "Mellick", "Halvark"} <= names


def test_a_plain_word_or_a_clause_of_another_verb_makes_no_company():
    names = _names(
        "Overall, which makes sense, demand rose.\n\nRavelin, which hosted the fair, is a port.\n"
    )
    assert not names & {"Overall", "Ravelin"}


def test_whom_cells_are_bought_from_is_a_company():
    names = _names(
        "Margins fell because the cells we bought from Tarnow cost more in the quarter.\n\n"
        "The start-up buys its lithium iron phosphate cells from Mellick.\n\n"
        "The pack uses cells sourced from Halvark in Quillane.\n"
    )
    assert {"Tarnow", "Mellick", "Halvark"} <= names


def test_where_cells_come_from_or_who_fits_them_makes_no_company():
    names = _names(
        "The cells from Ravelin will be of the LFP type.\n\n"
        "The start-up buys its cells from China and its motors from March.\n\n"
        "The van uses cells supplied by Orsk, the fleet said.\n"
    )
    assert not names & {"Ravelin", "China", "March", "Orsk"}


def test_two_words_or_initials_that_cells_come_from_are_their_maker():
    # Neither name is described, and "(Tevalor Pennick cells)" reads like a product line's:
    # the cells coming from it make it their maker.
    names = _names(
        "The Standard Range uses a 60 kWh pack with cells from KVRN and is rated at 400 km.\n\n"
        "The Long Range gets a 90 kWh pack with cells from Tevalor Pennick.\n\n"
        "Battery: 90 kWh NMC (Tevalor Pennick cells)\n"
    )
    assert {"KVRN", "Tevalor Pennick"} <= names


def test_one_word_or_a_place_that_cells_come_from_is_no_maker():
    names = _names(
        "The pack uses cells from Morsund and cells from South Korea.\n\n"
        "Modules from Lower Saxony go to the bus plant.\n"
    )
    assert not names & {"Morsund", "South Korea", "Lower Saxony"}
