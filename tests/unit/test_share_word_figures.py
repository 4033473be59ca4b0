"""A share written in words, a fraction ("roughly a third of") or a ratio of counts ("one in
five", "two out of every five"), of what a market sells, installs, fits or delivers is share
talk as a figure in digits is; in its own sentence only, so it moves no period of the digit
figures around it. A fraction of one company's own business, a growth, a charge level, a
stake, a part of a cost or a target is no share; a summary line's fraction that a figure below
gives again is no second record."""

from __future__ import annotations

from share_cases import dated_shares
from share_cases import held_shares as _shares

from evkb.kb.records.share_word_figures import holds_part_in_words

HEAD = "Storage cells\n\n"


def test_a_third_of_a_market_s_deliveries_with_a_rival_in_digits():
    shares = _shares(
        HEAD + "Marrowby Cells had roughly a third of European storage cell deliveries in "
        "the quarter, and Vantrell Power about 19%."
    )
    assert ("Marrowby Cells", 33.33) in shares
    assert ("Vantrell Power", 19.0) in shares


def test_a_group_in_more_than_half_of_the_cars_sold():
    assert _shares(
        HEAD + "LFP batteries are now in more than half of new electric cars sold in Chile."
    ) == [("LFP batteries", 50.0)]


def test_other_orders_fractions_ratios_and_a_list_item():
    # a clause between the holder and the figure, a hyphened fraction
    assert ("Marrowby Cells", 66.67) in _shares(
        HEAD + "Marrowby Cells, which opened its second line in May, now makes two-thirds of "
        "the cells sold in Peru."
    )
    # a list's item, the figure opening on "a quarter"
    assert ("Vantrell Power", 25.0) in _shares(
        HEAD + "Suppliers of home batteries:\n\n- Vantrell Power: a quarter of the batteries "
        "installed in Lisbon homes this year."
    )
    # a ratio of counts, "out of every", after a place opening the sentence
    assert ("Tarnside Packs", 40.0) in _shares(
        HEAD + "In Kenya, Tarnside Packs now builds two out of every five packs fitted to "
        "electric buses."
    )


def test_the_pattern_takes_a_market_s_volume_only():
    assert holds_part_in_words("X had roughly a third of European cell deliveries.")
    assert holds_part_in_words("X fitted one in five of the buses registered in Varnholt.")
    assert holds_part_in_words("X made three out of every ten cells installed in Europe.")
    assert not holds_part_in_words("X shipped half of its cells sold abroad to Y.")
    assert not holds_part_in_words("X carries about a third of the port's battery cargo.")


def test_no_share_of_its_own_business_a_growth_a_level_a_stake_a_cost_or_a_target():
    assert not _shares(HEAD + "Marrowby Cells shipped half of its cells sold abroad to Vantrell.")
    assert not _shares(
        HEAD + "Marrowby Cells grew its deliveries by a third in 2025, and Vantrell Power by half."
    )
    assert not _shares(HEAD + "The Marrowby Cells pack charges to half in 12 minutes.")
    assert not _shares(HEAD + "The first half of deliveries sold went to Marrowby Cells.")
    assert not _shares(HEAD + "Marrowby Cells owns half of the Vantrell Power joint venture.")
    assert not _shares(HEAD + "The grant covers a third of the plant's cost at Marrowby Cells.")
    assert not _shares(
        HEAD + "Marrowby Cells wants to supply one in three batteries sold in Peru by 2030."
    )


def test_a_standfirst_in_words_moves_no_period_of_the_figures_below():
    text = (
        "Asian cells lead\n\nImports supplied more than four in five of the batteries fitted "
        "to local cars last year\n\nMon 9 Feb 2026\n\n"
        "Car plants bought more than 80 per cent of the cells they used in 2025 from abroad.\n\n"
        "Marrowby Cells was the largest supplier, with a 38.5 per cent share of cells, up from "
        "31.0 per cent in 2024."
    )
    assert ("Marrowby Cells", 38.5, "2025") in dated_shares(text)


def test_a_summary_line_the_text_below_gives_again_is_no_second_record():
    # a title over the body's own figure, held by a kind of vehicle the title does not name
    title = (
        "Marrowby Cells to build a pack plant as electric tricycles win one in three new sales\n\n"
        "Electric tricycles now account for one in three new registrations in the city."
    )
    assert ("Marrowby Cells", 33.33) not in _shares(title)
    # a highlight's item over the body's exact figure
    highlight = (
        "Highlights\n\n- Lithium batteries now make up almost half of home batteries sold in "
        "the towns surveyed.\n\n- Fires fell for a second quarter.\n\nOverview\n\n"
        "Lead-acid batteries made up 54% of home batteries sold in the quarter, and lithium "
        "iron phosphate batteries the other 46%."
    )
    assert not [s for s in _shares(highlight) if s[1] == 50.0]
    # a title no figure below gives again stays
    assert ("Vantrell Power", 33.33) in _shares(
        "Vantrell Power had a third of the cells sold in Peru\n\nThe maker opened a plant."
    )
