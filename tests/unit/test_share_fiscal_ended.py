"""A fiscal year said to have ended in a month of no stated year ("fiscal 2025, which ended in
March"): the date of writing says which March, and so how the copy names its fiscal years;
"the figure" of a sentence going on from a share is that share's holder's."""

from __future__ import annotations

from share_cases import dated_shares as shares

from evkb.kb.records.fiscal import FiscalYear, ended_by_writing

HEAD = "Cells ranked\nNovember 16, 2026 07:00 JST\n\n"


def test_the_latest_such_month_before_the_writing_ends_the_named_fiscal_year() -> None:
    text = "Its share was 7.8% in fiscal 2025, which ended in March, up from 6.5%."
    assert ended_by_writing(text, "2026-11") == FiscalYear(3, 1, 1)
    assert ended_by_writing(text, "2026-02") == FiscalYear(3, 0, 0)  # not yet: March 2025
    # "fiscal 2025 as a whole, that closed in June": named by the year it ends in
    assert ended_by_writing(
        "For fiscal 2025 as a whole, that closed in June, sales rose.", "2025-10"
    ) == FiscalYear(6, 0, 0)


def test_no_month_a_stated_year_or_no_date_of_writing_leaves_it_alone() -> None:
    assert ended_by_writing("Its share was 7.8% in fiscal 2025, the firm said.", "2026-11") is None
    # the year is stated: the text's own reading (fiscal_year) serves
    assert ended_by_writing("in fiscal 2025, which ended in March 2026", "2026-11") is None
    assert ended_by_writing("in fiscal 2025, which ended in March", "2026") is None
    # two years off is no fiscal year's name
    assert ended_by_writing("in fiscal 2022, which ended in March", "2026-11") is None


def test_a_share_of_a_fiscal_year_ended_in_march_is_dated_to_that_march() -> None:
    text = HEAD + (
        "Ostkel Energy's share of the home market for hybrid-car packs was 8.3% in fiscal "
        "2025, which ended in March, up from 6.5% a year earlier.\n"
    )
    assert shares(text) == [("Ostkel Energy", 6.5, "2025-03"), ("Ostkel Energy", 8.3, "2026-03")]


def test_the_figure_going_on_from_a_share_is_its_holders() -> None:
    text = HEAD + (
        "HOLMVIK -- Ostkel Energy's share of the cells bought by bus makers slipped to 36.5% in "
        "the April-September first half of fiscal 2026 from 39.2% a year earlier.\n\n"
        "For fiscal 2025 as a whole, which ended in March, the figure had been 37.9%.\n\n"
        "Varnholt Power took 21.4% in the half.\n"
    )
    found = shares(text)
    assert ("Ostkel Energy", 37.9, "2026-03") in found
    assert ("Ostkel Energy", 36.5, "2026-09") in found and len(found) == 4


def test_the_figure_of_something_else_or_a_change_is_no_holders() -> None:
    opening = (
        "Ostkel Energy's share of cells shipped to carmakers in Japan fell to 38.5% in the "
        "first half.\n\n"
    )
    for after in (
        "The figure of merit for its cells improved by 4.0% over the year.\n",  # "of": not it
        "The figure of 4.0% for the industry's growth was a record.\n",
    ):
        assert shares(HEAD + opening + after) == [("Ostkel Energy", 38.5, "2026-06")], after


def test_a_fiscal_year_glossed_as_the_year_that_ended_in_a_month_ends_there() -> None:
    text = "We had about 12 per cent of the market in fiscal 2025, the year that ended in March."
    assert ended_by_writing(text, "2026-11") == FiscalYear(3, 1, 1)
    assert ended_by_writing(
        "Fiscal 2026, the year which closed in June, was strong.", "2026-11"
    ) == FiscalYear(6, 0, 0)
    shares_text = HEAD + (
        "Vardemo Cells had about 12 per cent of the home market for van packs in fiscal 2025, "
        "the year that ended in March.\n"
    )
    assert shares(shares_text) == [("Vardemo Cells", 12.0, "2026-03")]


def test_the_year_of_something_else_is_no_fiscal_years_gloss() -> None:
    # no fiscal year before it: "the year that ended in March" alone dates nothing
    assert ended_by_writing("Sales in the year that ended in March rose 4%.", "2026-11") is None
    # the gloss of a stated year is the text's own (fiscal_year)
    assert ended_by_writing("in fiscal 2025, the year that ended in March 2026", "2026-11") is None
