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


def test_each_after_the_holders_apposition_or_a_verbs_few_words():
    _, shares = read(
        "Zorvex Cells and Pellwick Energy, the Tarnby-based maker in which Quorrin Energy is the "
        "largest shareholder, each held 6.0 per cent."
    )
    assert {("Zorvex Cells", 6.0), ("Pellwick Energy", 6.0)} <= shares
    _, shares = read("Zorvex Cells and Pellwick Energy shared third place, each with 7.4 percent.")
    assert {("Zorvex Cells", 7.4), ("Pellwick Energy", 7.4)} <= shares


def test_each_in_an_earlier_clause_or_a_name_outside_the_apposition_joins_no_one():
    _, shares = read(
        "Zorvex Cells and Pellwick Energy shared third place, each with 7.4 percent; a year "
        "earlier their figures were 8.1 percent and 9.0 percent respectively."
    )
    assert ("Zorvex Cells", 9.0) not in shares and ("Pellwick Energy", 8.1) not in shares
    _, shares = read(
        "Zorvex Cells and Pellwick Energy rose, and Quorrin Energy, a cell maker, each held 4.2 "
        "per cent."
    )
    assert ("Zorvex Cells", 4.2) not in shares
