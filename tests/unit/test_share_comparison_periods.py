"""Periods a figure does not take from what is around it: a period a figure is compared with
(its "from 35.1 per cent last year", "the same period of 2025") is not the one the next figures
are of, and a share that is a figure now ("its share is close to 30 per cent") is of none."""

from __future__ import annotations

from share_cases import dated_shares as _shares

from evkb.kb.extract import split_passages
from evkb.kb.records.context import body_sentences
from evkb.kb.records.periods import Dateline, dates
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
