"""Names listed before a list of as many figures, the two meeting at one verb, are paired in
order even with an aside on each name ("X, in third place, and Y, in fourth, followed with
12.6% and 10.4%") or with the figures written as shares of a period ("X and Y followed with
October shares of 3.2% and 2.9%")."""

from __future__ import annotations

from share_cases import held_shares

HEAD = "Storage cells in 2026\nPublished 12 November 2026\n\n"


def test_asides_on_the_names_keep_the_lists_paired():
    text = HEAD + (
        "Quorvale Energy led the storage market with 31.0 percent in the first nine months. "
        "Tessmark Cells, in third place, and Brindlow Power, in fourth, followed with 12.6 "
        "percent and 10.4 percent.\n"
    )
    found = held_shares(text)
    assert ("Tessmark Cells", 12.6) in found and ("Brindlow Power", 10.4) in found
    assert ("Brindlow Power", 12.6) not in found


def test_figures_written_as_shares_of_a_period_are_paired():
    text = HEAD + (
        "Quorvale Energy led with 41.0% of October installations. Tessmark Cells and Brindlow "
        "Power followed with October shares of 3.2% and 2.9%.\n"
    )
    found = held_shares(text)
    assert ("Tessmark Cells", 3.2) in found and ("Brindlow Power", 2.9) in found
    assert ("Brindlow Power", 3.2) not in found


def test_a_name_with_an_aside_and_another_verb_is_no_list():
    # the second name has its own verb: the figures are not paired across the two clauses
    text = HEAD + (
        "Tessmark Cells, in third place, grew fastest, and Brindlow Power held 10.4 percent "
        "of the market.\n"
    )
    found = held_shares(text)
    assert ("Brindlow Power", 10.4) in found
    assert ("Tessmark Cells", 10.4) not in found
