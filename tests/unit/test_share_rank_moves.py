"""Ranks beyond the figure they are stated with: a place kept over the periods compared, a place
left for the earlier figure ("fourth from sixth"), the rivals a holder is ranked behind, the
leader a "second" in the next sentence implies; and the words that say a leader with no
ordinal ("far ahead", "the best-selling", "led ... with")."""

from __future__ import annotations

import pytest
from test_share_ranks import HEAD, _ranks

from evkb.kb.records.share_words import rank_after, rank_moves, rank_of


@pytest.mark.parametrize(
    ("words", "rank"),
    [
        ("stayed far ahead with 42.3%", 1),
        ("was still well in front, on 38 per cent", 1),
        ("remained comfortably ahead of all its rivals", 1),
        ("the island's best-selling electric brand", 1),
        ("the province's most popular van maker", 1),
        ("led electric van deliveries in the third quarter with 31%", 1),
        ("led two-wheeler sales in the first half with a share of 34 percent", 1),
        ("still on top", 1),
        ("far ahead of Brellix Power", 0),  # says only that the other is lower
        ("a round led by Brellix Power with 40%", 0),
        ("its best-selling model", 0),
    ],
)
def test_a_leader_is_read_without_an_ordinal(words: str, rank: int):
    assert rank_of(words) == rank


@pytest.mark.parametrize(
    ("words", "rank", "moves"),
    [
        ("remained the largest supplier over both periods", 1, (True, 0)),
        ("kept the No. 2 spot", 2, (True, 0)),
        ("held on to third place", 3, (True, 0)),
        ("with 17.2%, second place again went to it", 2, (True, 0)),
        ("climbed to fourth from sixth", 4, (False, 6)),
        ("fell to No. 5 from No. 2", 5, (False, 2)),
        ("slid from second place to fifth", 5, (False, 2)),
        ("still had 8.2% of the market, fifth", 5, (False, 0)),  # "still" ranks nothing
        ("rose to fourth place", 4, (False, 0)),
    ],
)
def test_a_rank_says_whether_it_was_kept_or_which_place_it_left(words, rank, moves):
    assert rank_moves(words, rank) == moves


def test_a_place_kept_ranks_the_earlier_figure_too():
    ranks = _ranks(
        HEAD + "Quorvane Cells remained the largest supplier of storage cells, with a 31.2% share "
        "of the market in January-September against 33.5% a year earlier, the tracker said.\n"
        "Brellix Power's share rose to 18.4% from 16.9% a year earlier, and it kept second "
        "place.\n"
        "Pellwick Energy slipped to 6.1% from 7.0% a year earlier and finished fifth.\n"
    )
    assert ranks[("Quorvane Cells", 31.2)] == 1
    assert ranks[("Quorvane Cells", 33.5)] == 1
    assert ranks[("Brellix Power", 18.4)] == 2
    assert ranks[("Brellix Power", 16.9)] == 2
    assert ranks[("Pellwick Energy", 7.0)] == 0  # "finished fifth" says nothing of before


def test_a_place_left_ranks_the_earlier_figure():
    ranks = _ranks(
        HEAD + "Zintara Batteries' share of the storage market rose to 8.7% in the first half "
        "from 7.9% a year earlier, lifting it to fourth place from sixth.\n"
        "Kelmar Energy held 5.2% in the first half, against 6.6% a year earlier.\n"
        "It dropped from third to fifth.\n"
    )
    assert ranks[("Zintara Batteries", 8.7)] == 4
    assert ranks[("Zintara Batteries", 7.9)] == 6
    assert ranks[("Kelmar Energy", 5.2)] == 5
    assert ranks[("Kelmar Energy", 6.6)] == 3


def test_the_rivals_a_rank_is_behind_take_the_places_above_it():
    ranks = _ranks(
        HEAD + "Duvessa Storage had 14.3 per cent of the home-battery market in the third "
        "quarter. It ranks second behind Brellix Power, which held 21.7 per cent.\n"
        "Ardlow Cells' share reached 12.0% in the first half. That made it the third-largest "
        "supplier, behind Quorvane Cells and Pellwick Energy, which held 24.1% and 15.5% "
        "respectively.\n"
    )
    assert ranks[("Duvessa Storage", 14.3)] == 2
    assert ranks[("Brellix Power", 21.7)] == 1
    assert ranks[("Ardlow Cells", 12.0)] == 3
    assert ranks[("Quorvane Cells", 24.1)] == 1
    assert ranks[("Pellwick Energy", 15.5)] == 2


def test_rivals_fewer_than_the_places_above_take_none():
    ranks = _ranks(
        HEAD + "Duvessa Storage had 9.1 per cent of the home-battery market in the third "
        "quarter. It ranks fourth, behind Brellix Power, which held 21.7 per cent.\n"
    )
    assert ranks[("Brellix Power", 21.7)] == 0


def test_a_second_in_the_next_sentence_makes_the_one_before_first():
    ranks = _ranks(
        HEAD + "Kelmar Motors took 22.6% of new electric van registrations in January-September."
        " Ardlow Vans was second with 14.1% and Duvessa Mobility third with 9.8%.\n"
    )
    assert ranks[("Kelmar Motors", 22.6)] == 1
    assert ranks[("Ardlow Vans", 14.1)] == 2


def test_a_second_leaves_a_first_place_taken_already():
    ranks = _ranks(
        HEAD + "Kelmar Motors remained the largest seller with 29.8% of electric van sales in "
        "January-September. Its share in September alone was 28.9%.\n"
        "Ardlow Vans was second with 14.1% in January-September.\n"
    )
    assert ranks[("Kelmar Motors", 29.8)] == 1
    assert ranks[("Kelmar Motors", 28.9)] == 0


def test_a_leader_still_on_top_after_its_list_keeps_both_periods():
    found = rank_after("Brellix Power still on top thanks to one carmaker, but it is slipping.")
    assert found is not None and found[0] == 1
    assert rank_after("Brellix Power stayed far ahead of Quorvane Cells.") is None


def test_a_rank_after_a_list_goes_to_the_named_holders_row():
    ranks = _ranks(
        HEAD + "Shares of storage-cell deliveries in the third quarter, a year earlier in "
        "brackets:\n\n"
        "- Quorvane Cells 28.4% (31.0%)\n"
        "- Brellix Power 24.9% (21.7%)\n"
        "- Pellwick Energy 14.2% (15.5%)\n"
        "- Zintara Batteries 10.6% (11.8%)\n"
        "- Kelmar Energy 8.1% (7.4%)\n"
        "- Ardlow Cells 5.0% (3.9%)\n\n"
        "Quorvane Cells still on top, but Brellix Power is closing in. Pellwick Energy slipped "
        "to third from second.\n"
    )
    assert ranks[("Quorvane Cells", 28.4)] == 1
    assert ranks[("Quorvane Cells", 31.0)] == 1
    assert ranks[("Brellix Power", 24.9)] == 0  # "closing in" ranks nothing


def test_a_rank_after_a_table_goes_to_the_named_holders_row():
    ranks = _ranks(
        HEAD + "Installations rose 31 per cent in the first nine months, the tracker said.\n\n"
        "The table below gives the shares of the largest suppliers in January-September 2026 "
        "and January-September 2025.\n\n"
        "Supplier | Jan-Sep 2026 | Jan-Sep 2025\n"
        "Quorvane Cells | 38.6 | 37.4\n"
        "Brellix Power | 17.1 | 16.6\n"
        "Pellwick Energy | 9.4 | 11.2\n"
        "Zintara Batteries | 4.8 | 4.3\n"
        "Figures in per cent.\n\n"
        "Quorvane Cells stayed well ahead of the field. Pellwick Energy remained third, but it "
        "has lost almost two points in a year.\n"
    )
    assert ranks[("Quorvane Cells", 38.6)] == 1
    assert ranks[("Quorvane Cells", 37.4)] == 1
    assert ranks[("Pellwick Energy", 9.4)] == 3
    assert ranks[("Pellwick Energy", 11.2)] == 3
    assert ranks[("Zintara Batteries", 4.8)] == 0


def test_a_rank_in_the_holders_apposition_yields_to_its_predicates():
    ranks = _ranks(
        HEAD + "Market shares of cathode foil, 2025.\n"
        "Zintara Batteries, the largest producer outside its home region, held 4.2 percent of "
        "the global market in 2025, ranking fifth.\n"
        "Kelmar Energy, once the leader thanks to a single carmaker, is down to sixth place with "
        "3.1% of the market in 2025.\n"
        "Ardlow Cells, the clear leader, had 41.3% of the market in 2025.\n"
        "Brellix Power, in second place, and Pellwick Energy, in third, followed with 12.6 "
        "percent and 10.4 percent respectively.\n"
    )
    assert ranks[("Zintara Batteries", 4.2)] == 5
    assert ranks[("Kelmar Energy", 3.1)] == 6
    assert ranks[("Ardlow Cells", 41.3)] == 1  # no later rank: the apposition's stands
    assert ranks[("Brellix Power", 12.6)] == 2  # the later rank is another holder's
