"""A unit's trade from the noun its apposition or its parent's sentence gives it: "Skerrin
Energy, the battery unit of the Tallowmere group," and "Tallowmere, parent of battery unit
Skerrin Energy," make cells; "the cathode arm of" makes materials; a unit named by its parent's
nationality or nothing ("the Korean unit of", "a subsidiary of") takes no trade from it."""

from __future__ import annotations

from evkb.kb.extract import split_passages
from evkb.kb.records import Lexicon, extract_records
from evkb.kb.records.company_units import unit_role


def kinds(text: str) -> dict[str, str]:
    extracted = extract_records("doc", split_passages("doc", text), Lexicon([]))
    return {c.name: c.kind for c in extracted.companies}


def test_the_noun_of_a_units_apposition_gives_its_trade():
    assert unit_role("Skerrin", "", "", ", the battery unit of the Tallowmere group,") == "battery"
    assert unit_role("Skerrin", "", "", ", the cathode materials arm of Tallowmere") == "materials"
    assert unit_role("Skerrin", "", "", ", the Korean unit of Tallowmere,") == "Korean"
    assert unit_role("Skerrin", "", "", ", a subsidiary of Tallowmere,") == ""


def test_a_unit_named_after_of_takes_the_trade_before_it():
    found = kinds(
        "Tallowmere Holdings, parent of battery unit Skerrin Power, gained 1.3 percent.\n\n"
        "Quellbrook Power, the battery unit of the energy group Dunmarrow, held 7.9 per cent "
        "of EV battery installations in Europe.\n"
    )
    assert found["Skerrin Power"] == "cell maker"
    assert found["Quellbrook Power"] == "cell maker"


def test_a_unit_of_no_trade_gets_no_kind_from_its_apposition():
    found = kinds("Skerrin Power, the Korean unit of Tallowmere Holdings, opened an office.\n")
    assert found.get("Skerrin Power", "other") == "other"
