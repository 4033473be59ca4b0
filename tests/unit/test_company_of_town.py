"""A company's own name that goes on with "of" and the town it is from ("Acme Power of
Springvale"): the company is named without the town, where a body's name keeps its place
("Bank of ...", "Institute of ...", "... Corporation of ...") and a person "of" a company
stays a person."""

from __future__ import annotations

from test_company_rules import _names


def test_a_company_of_a_town_the_copy_knows_no_other_way_is_named_without_it():
    names = _names(
        "Brask Tidal Power of Quillmere launched a 300 kWh marine pack on Tuesday.\n\n"
        "The grant went to Ostvik Recycling of Farrowdale, which will recover copper from "
        "scrap.\n\n"
        "Tamsett Cells of Wendale, a maker of pouch cells since 2019, said orders doubled.\n"
    )
    assert {"Brask Tidal Power", "Ostvik Recycling", "Tamsett Cells"} <= names
    assert not any(" of " in n for n in names), names


def test_a_list_and_a_passive_give_the_company_without_its_town():
    names = _names(
        "Suppliers named in the tender: Harnell Batteries of Kelbourne, and two others.\n\n"
        "A line for 2 GWh was ordered from Brask Tidal Power of Quillmere by the port.\n"
    )
    assert {"Harnell Batteries", "Brask Tidal Power"} <= names
    assert not any(" of " in n for n in names), names


def test_bodies_that_keep_their_place_and_a_person_of_a_company_are_not_cut():
    names = _names(
        "The Development Bank of Quillmere lent €40 million to the maker.\n\n"
        "The Varnel Power Corporation of Quillmere bought the packs.\n\n"
        "The Institute of Materials will test the cells, said Anna Brask of Ostvik Energy.\n"
    )
    assert "Development Bank of Quillmere" in names
    assert "Varnel Power Corporation of Quillmere" in names
    assert "Varnel Power Corporation" not in names
    assert "Institute" not in names
    assert "Anna Brask" not in names and "Anna Brask of Ostvik Energy" not in names
