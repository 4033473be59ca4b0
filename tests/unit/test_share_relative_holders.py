"""A figure in a relative clause that runs on to it is the clause's antecedent's, whatever the
sentence named or described before: "lost ground to X, which climbed into third place with
11.8%", "behind the Chinese leaders, which together shipped more than 70%"."""

from __future__ import annotations

from share_cases import held_shares

HEAD = "Cells in Europe\nPublished 12 November 2026\n\n"


def test_the_antecedent_holds_the_figure_not_the_description_before():
    # the name after "to" is no company the text made: its name is the holder's label
    text = HEAD + (
        "Tessmark Cells kept second place with 21.4% of installations in the first nine "
        "months. The Korean firm has lost ground to Vexo, which climbed into third place with "
        "11.8% of installations.\n"
    )
    found = held_shares(text)
    assert ("Vexo", 11.8) in found
    assert ("Tessmark Cells", 11.8) not in found


def test_the_figure_compared_with_in_the_clause_is_the_antecedents_too():
    text = HEAD + (
        "Tessmark Cells kept second place with 21.4% of installations in the first nine "
        "months. The Korean firm has lost ground to Vexo, which climbed into third place with "
        "11.8% of installations from 7.6%.\n"
    )
    found = held_shares(text)
    assert ("Vexo", 7.6) in found and ("Tessmark Cells", 7.6) not in found


def test_an_antecedent_group_holds_the_figure_after_another_relative_clause():
    text = HEAD + (
        "Ostravel Membrane held 8% of the separator market in 2025. That is still well behind "
        "Japan's Quorvale Film, which it puts at 11% of the same market last year, and behind "
        "the Chinese leaders, which together shipped more than 70% of all wet-process film.\n"
    )
    found = held_shares(text)
    assert ("Chinese leaders", 70.0) in found
    assert ("Quorvale Film", 70.0) not in found and ("Quorvale Film", 11.0) in found


def test_a_place_or_a_month_before_the_clause_is_no_holder():
    text = HEAD + (
        "Tessmark Cells held 21.4% of installations. Sales moved to Poland, which climbed to "
        "11.8% of installations.\n"
    )
    assert all(name != "Poland" for name, _ in held_shares(text))


def test_a_relative_clause_closed_before_the_figure_changes_nothing():
    # "X, which supplies Y, held 9%": the clause ends before the figure, X's subject holds it
    text = HEAD + (
        "Brindlow Power, which supplies Tessmark Cells, held 9.2% of the European market in "
        "the first nine months.\n"
    )
    found = held_shares(text)
    assert ("Brindlow Power", 9.2) in found and ("Tessmark Cells", 9.2) not in found
