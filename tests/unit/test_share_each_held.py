"""Names joined by "and" that "each" or "both" hold a figure: two companies, a share each."""

from __future__ import annotations

from evkb.kb.documents import DocumentExtractor

LEAD = "Cell makers' shares\n\nQuorrin Energy led the market with 38 per cent in the nine months, the cell maker said. "


def read(sentence: str):
    products = DocumentExtractor([])("x", LEAD + sentence + "\n", "2026-11-20")
    companies = {c.name for c in products.extracted.companies}
    shares = {(s.label, s.percent) for s in products.extracted.shares}
    return companies, shares


def test_each_of_two_names_holds_the_figure():
    companies, shares = read(
        "Zorvex Cells and Pellwick Energy each held 5.1 percent of the market."
    )
    assert {"Zorvex Cells", "Pellwick Energy"} <= companies
    assert {("Zorvex Cells", 5.1), ("Pellwick Energy", 5.1)} <= shares


def test_a_short_name_before_and_is_one_of_the_two():
    companies, shares = read("SK Borel and Pellwick each held less than 3.5 per cent.")
    assert {"SK Borel", "Pellwick"} <= companies and "SK Borel and Pellwick" not in companies
    assert {("SK Borel", 3.5), ("Pellwick", 3.5)} <= shares


def test_names_that_hold_a_figure_together_do_not_each_hold_it():
    _, shares = read("Zorvex Cells and Pellwick Energy together held 40 percent of the market.")
    assert ("Zorvex Cells", 40.0) not in shares
