"""A share's compared twin: the figure a change starts from, undated, is of the period the
ranking compares with, else of the same part of the year before; the figure it changed to keeps
the period in view."""

from __future__ import annotations

from share_cases import dated_shares as _shares

from evkb.kb.records.share_twins import opens_a_change, year_before

HEAD = "Cell suppliers\nPublished 3 December 2026\n"


def test_a_change_from_one_figure_to_another_dates_the_start_a_year_back():
    text = HEAD + (
        "In January-October, Quillmere Cells slipped from 2.5% to 1.8% of installations.\n"
    )
    found = _shares(text)
    assert ("Quillmere Cells", 2.5, "2025-10") in found
    assert ("Quillmere Cells", 1.8, "2026-10") in found


def test_the_change_is_read_in_other_orders_and_number_styles():
    # the period after both figures, "per cent" spelled out, a hedge before the end figure
    text = HEAD + (
        "Dovra Energy's share of the storage market fell from 15 per cent to about 12 per "
        "cent in the first nine months of 2026.\n"
    )
    found = _shares(text)
    assert ("Dovra Energy", 15, "2025-09") in found
    assert ("Dovra Energy", 12, "2026-09") in found
    # "to" first and "from" after, with a clause between the holder and the figures
    text = HEAD + (
        "Pendrake Power, which builds packs for buses, saw its share of the bus market in "
        "January-September shrink to 8.9 percent from 10.2 percent.\n"
    )
    found = _shares(text)
    assert ("Pendrake Power", 8.9, "2026-09") in found
    assert ("Pendrake Power", 10.2, "2025-09") in found


def test_a_bracketed_from_in_a_ranking_list_is_the_year_before():
    text = HEAD + (
        "Grid batteries installed in January-October: Tamberlin Storage was first with 21.4% "
        "(from 16.8%), Fenwright Power second with 13.6% (from 7.1%).\n"
    )
    found = _shares(text)
    assert ("Tamberlin Storage", 16.8, "2025-10") in found
    assert ("Fenwright Power", 7.1, "2025-10") in found
    assert ("Fenwright Power", 13.6, "2026-10") in found


def test_a_change_that_dates_its_start_keeps_that_date():
    # "from 8.1% in the previous quarter": the comparison says which period
    text = HEAD + (
        "Brisket Batteries held 9.3% of the market in the three months to September 2026, "
        "from 8.1% in the previous quarter.\n"
    )
    assert ("Brisket Batteries", 8.1, "2026-06") in _shares(text)


def test_what_is_no_change_of_a_share():
    # a range "of 25% to 30%" opens with no "from"
    assert not opens_a_change("growth of 25% to 30% a year", [(10, 13), (17, 20)], 0, 0)
    # "from 4.0% in 2024 to 6.1%": a date between the figures is the start's own
    text = "from 4.0% in 2024 to 6.1%"
    assert not opens_a_change(text, [(5, 9), (21, 25)], 0, 0)
    assert opens_a_change("from 4.0% to 6.1%", [(5, 9), (13, 17)], 0, 0)
    # the last figure of a sentence opens nothing
    assert not opens_a_change("from 4.0%", [(5, 9)], 0, 0)
    assert year_before("2026-10") == "2025-10"
    assert year_before("2026") == "2025"
    assert year_before("") == ""
    # a charge from one level to another is a change, but of no share
    assert opens_a_change("charged from 10% to 80% in 12 minutes", [(13, 16), (20, 23)], 0, 0)
    text = HEAD + "The Tamberlin T3 pack charges from 10% to 80% in 18 minutes.\n"
    assert _shares(text) == []


def test_a_bare_bracket_or_another_holders_figure_is_no_twin():
    # "21.4% (17.2%)" with no legend and no "from": which period is not said
    text = HEAD + (
        "Grid batteries installed in January-October: Tamberlin Storage took 21.4% (17.2%) "
        "of the market.\n"
    )
    assert all(as_of != "2025-10" for _, _, as_of in _shares(text))
    # "against 15% for Y": another holder's figure of the same period, not a year back
    text = HEAD + (
        "In January-October Quillmere Cells held 20% of the market, against 15% for "
        "Fenwright Power.\n"
    )
    assert all(as_of != "2025-10" for _, _, as_of in _shares(text))


def test_the_same_holders_twin_after_words_of_its_own_is_the_year_before():
    # "with 11.8% of installations from 7.6%": words between the figure and its twin
    text = HEAD + (
        "Quillmere Cells climbed into third place in January-September with 11.8% of "
        "installations from 7.6%, on the back of bus orders.\n"
    )
    found = _shares(text)
    assert ("Quillmere Cells", 11.8, "2026-09") in found
    assert ("Quillmere Cells", 7.6, "2025-09") in found
    # the partner's date between it and the twin, with or without a comma
    text = HEAD + (
        "Dovra Energy's share of the grid battery market rose to 9.2 per cent in "
        "January-October from about 6.1 per cent.\n"
    )
    found = _shares(text)
    assert ("Dovra Energy", 9.2, "2026-10") in found
    assert ("Dovra Energy", 6.1, "2025-10") in found
    text = HEAD + (
        "Dovra Energy took 9.2 per cent of the grid battery market in January-October, from "
        "6.1 per cent.\n"
    )
    assert ("Dovra Energy", 6.1, "2025-10") in _shares(text)
    # a date between the figure and "from" is the twin's own business: not a year back
    text = HEAD + (
        "Pendrake Power held 14.0% of the market in January-October, from 12.0% in June.\n"
    )
    assert ("Pendrake Power", 12.0, "2025-10") not in _shares(text)
