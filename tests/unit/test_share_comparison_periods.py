"""Periods a figure does not take from what is around it: a period a figure is compared with
(its "from 35.1 per cent last year", "the same period of 2025") is not the one the next figures
are of, and a share that is a figure now ("its share is close to 30 per cent") is of none."""

from __future__ import annotations

from share_cases import dated_shares as _shares

from evkb.kb.extract import split_passages
from evkb.kb.records.context import body_sentences
from evkb.kb.records.periods import Dateline, dates
from evkb.kb.records.share_clauses import compared_date
from evkb.kb.records.share_periods import period_in_view

WRITTEN = Dateline("2026-11", True)


def test_a_figure_compared_from_last_year_leaves_the_ranking_period_in_view():
    text = (
        "Storage cells, a quiet boom\n"
        "Published 20 November 2026\n"
        "Tarnwick Cells led the storage cell market in the first nine months of 2026 with "
        "31.2 per cent.\n"
        "Its share has slipped from 35.1 per cent last year as rivals cut prices.\n"
        "Pellago Energy is a clear second.\n"
        "Quorvan Power held 6.0 per cent.\n"
    )
    assert ("Quorvan Power", 6.0, "2026-09") in _shares(text)
    assert ("Tarnwick Cells", 35.1, "2025") in _shares(text)


def test_a_sentence_that_only_compares_with_the_same_period_keeps_the_period_in_view():
    text = (
        "Imports of cells, January-September 2026\n"
        "Published 18 November 2026\n"
        "In January-September 2026, importers cleared 2,914 electric cars, compared with "
        "1,872 in the same period of 2025. "
        "Cells reached 1,204 tonnes, almost double the figure for the same period of 2025. "
        "Cells made by Brimble Batteries accounted for 62 percent of this value.\n"
    )
    assert ("Brimble Batteries", 62, "2026-09") in _shares(text)


def test_only_a_date_that_is_compared_with_is_passed_over():
    def in_view(sentence: str, percents: bool = False) -> str:
        (only,) = body_sentences(split_passages("doc", sentence))
        quantities = [q for q in only.quantities if q.unit == "percent"] if percents else []
        return period_in_view(only, dates(only, "", WRITTEN), quantities, "2026-09")

    assert in_view("Sales reached 1,204 tonnes, almost double the figure for 2025.") == "2026-09"
    assert in_view("Output was 910 tonnes, compared with 640 tonnes in 2025.") == "2026-09"
    assert in_view("Its share slipped from 35.1 per cent last year.", True) == "2026-09"
    # its own period, not a comparison's
    assert in_view("In 2025 the company sold 1,204 tonnes.") == "2025"
    assert in_view("It held 44 per cent in 2025, up from 41 per cent.", True) == "2025"
    # "from" that opens no compared figure
    assert in_view("Figures from the association for 2025 show the same order.") == "2025"


def test_a_share_that_is_a_figure_now_takes_no_period_from_the_sentences_before():
    text = (
        "Brimble Batteries\n"
        "Published 30 October 2026\n"
        "Brimble Batteries held 12.4 per cent of the market for traction batteries in 2025. "
        "In forklift batteries its share is close to 30 per cent, the company said.\n"
    )
    found = _shares(text)
    assert ("Brimble Batteries", 30, "") in found
    assert ("Brimble Batteries", 12.4, "2025") in found
    text = (
        "Cells\n"
        "Published 30 October 2026\n"
        "LFP cells made up 46 percent of EV batteries installed worldwide last year. "
        "In Europe it's lower, maybe 20 percent, but climbing.\n"
    )
    assert [as_of for _, percent, as_of in _shares(text) if percent == 20] == [""]


def test_a_name_that_is_ranked_goes_on_with_the_rankings_period():
    text = (
        "Storage cells\n"
        "Published 30 October 2026\n"
        "In the first nine months of 2026 Tarnwick Cells had 27.5 percent of storage cell "
        "shipments. Number two is Pellago Energy at 18.2 percent.\n"
    )
    assert ("Pellago Energy", 18.2, "2026-09") in _shares(text)


def _quarter_text(comparison: str) -> str:
    return (
        "Acme Energy lifts outlook\n"
        "By Ivo Wenbrook | 1 December 2026\n"
        "Acme Energy raised its outlook after third-quarter revenue rose 12 per cent.\n"
        f"Its share of home-storage sales {comparison}, the company said. "
        "That put it second behind Borel Battery, which held 19.5 per cent.\n"
    )


def test_the_period_a_figure_is_compared_with_is_not_the_articles_frame():
    for comparison, now, then in (
        (
            "rose to 14.5 per cent in the quarter from 12.0 per cent in the third quarter of 2025",
            14.5,
            12.0,
        ),
        ("climbed to 14.5% in the quarter, compared with 12.0% in Q3 2025", 14.5, 12.0),
        (
            "was 14.5 per cent in the quarter against 12.0 per cent in the July-September "
            "quarter of 2025",
            14.5,
            12.0,
        ),
    ):
        shares = _shares(_quarter_text(comparison))
        assert ("Acme Energy", now, "2026-09") in shares, comparison
        assert ("Acme Energy", then, "2025-09") in shares, comparison
        assert ("Borel Battery", 19.5, "2026-09") in shares, comparison
        assert not [s for s in shares if s[1] in (now, 19.5) and s[2] == "2025-09"]


def test_the_quarter_itself_named_with_its_year_stays_the_frame():
    shares = _shares(_quarter_text("rose to 14.5 per cent in the third quarter of 2026"))
    assert ("Acme Energy", 14.5, "2026-09") in shares


def _half_text(earlier: str) -> str:
    return (
        "Cell suppliers in the first half\n"
        "Corvenne, 28 November 2026\n"
        "Acme Energy led the market in the first half of 2026 with 21.0% of sales.\n"
        f"{earlier}\n"
        "Of the others, Cantor Cells took 6.4% and Dorval Power 5.2%.\n"
    )


def test_a_figure_of_the_same_part_of_another_year_leaves_the_period_in_view():
    for earlier in (
        "Second came Borel Battery at 13.1%, whose share had been 10.2% in the same half of 2025.",
        "Borel Battery was second at 13.1%; its share had been 10.2% during the same six "
        "months of 2025.",
        "At 13.1%, second was Borel Battery; it had 10.2% over the same period in 2025.",
    ):
        shares = _shares(_half_text(earlier))
        assert ("Cantor Cells", 6.4, "2026-06") in shares, earlier
        assert ("Dorval Power", 5.2, "2026-06") in shares, earlier
        assert [s for s in shares if s[:2] == ("Borel Battery", 10.2) and s[2][:4] == "2025"]


def test_a_date_of_its_own_is_no_comparison_and_a_same_period_without_a_year_is_in_view():
    text = "Acme Energy held 21.0% in the first half of 2025 and 23.5% in the same period."
    p = text.index("the first half")
    assert not compared_date(text, p)
    assert not compared_date(text, text.index("the same period"))
    earlier = "it had 10.2% in the same half of 2025"
    assert compared_date(earlier, earlier.index("the same"))


def _ranking_text(third: str) -> str:
    return (
        "Cell suppliers in the first half\nCorvenne, 28 November 2026\n\n"
        "At 21.0%, the biggest slice of the cell market in the first half of 2026 went to "
        "Acme Energy, according to Dorval Analytics. Second place, with 14.1%, was taken by "
        f"Borel Battery.\n\n{third} The firm builds packs for vans.\n\n"
        "Of the rest, Egret Power took 7.9% and Fablon Cells 7.1%.\n"
    )


def test_a_figure_of_the_same_part_of_another_year_does_not_date_the_ranking():
    for third in (
        "In third place at 8.7% came the Corvenne assembler Cantor Cells, whose share had been "
        "6.2% in the same half of 2025.",
        "Third, at 8.7%, was Cantor Cells, which held 6.2% during the same six months of 2025.",
        "Cantor Cells came third at 8.7% (6.2% in the same half in 2025).",
    ):
        shares = _shares(_ranking_text(third))
        assert ("Egret Power", 7.9, "2026-06") in shares, third
        assert ("Fablon Cells", 7.1, "2026-06") in shares, third
        assert not [s for s in shares if s[1] in (7.9, 7.1) and s[2] != "2026-06"]
