"""A buyer of cells is an automaker where the text says the cells go into its vehicles
("cells for Quellbrook's American cars", "its cells go into Quellbrook cars", "a supply
agreement with Quellbrook, which will take the output for commercial vans"); a buyer the text
says nothing more of keeps no kind, and a company that is no buyer of cells takes no kind from
its buses."""

from __future__ import annotations

from evkb.kb.extract import split_passages
from evkb.kb.records import Lexicon, extract_records


def kinds(text: str) -> dict[str, str]:
    extracted = extract_records("doc", split_passages("doc", text), Lexicon([]))
    return {c.name: c.kind for c in extracted.companies}


def test_a_buyer_whose_vehicles_take_the_cells_is_an_automaker():
    found = kinds(
        "Skerrin Energy, the cell maker, makes cylindrical cells for Quellbrook's American cars.\n\n"
        "Tallowmere Cells has a supply agreement with Dunmarrow, which will take about "
        "two-thirds of the plant's output for commercial vans.\n"
    )
    assert found["Quellbrook"] == "automaker"
    assert found["Dunmarrow"] == "automaker"


def test_a_buyer_the_text_says_nothing_more_of_keeps_no_kind():
    found = kinds(
        "Skerrin Energy, the cell maker, makes cylindrical cells for Quellbrook in Nevada.\n\n"
        "Tallowmere Cells has a supply agreement with Dunmarrow.\n\n"
        "The operator Ferriby Transit runs its buses on cells from Skerrin Energy.\n"
    )
    assert found.get("Quellbrook", "other") == "other"
    assert found.get("Ferriby Transit", "other") == "other"
    assert found.get("Dunmarrow", "other") == "other"
