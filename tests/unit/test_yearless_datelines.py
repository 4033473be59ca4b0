"""The date of writing of copy that does not state it whole: a dateline that names the day but
not the year ("BRANTSEA, Dec 1 (Wire) -"), dated by a copyright notice or by the latest month
the body names as past; and a copyright notice's year alone, when it fits what the body names.
A year the text does not bound stays unknown."""

from __future__ import annotations

import pytest

from evkb.kb.extract import split_passages
from evkb.kb.records import Lexicon, extract_records
from evkb.kb.records.dateline import article_date, copyright_year
from evkb.kb.records.sentences import body_sentences


def _written(text: str) -> tuple[str, bool]:
    passages = split_passages("doc", text)
    date = article_date(passages, "", body_sentences(passages, None))
    return date.period, date.stated


def _shares(text: str) -> dict[float, str]:
    extracted = extract_records("doc", split_passages("doc", text), Lexicon([]))
    return {s.percent: s.as_of for s in extracted.shares}


@pytest.mark.parametrize(
    ("dateline", "body", "period"),
    [
        # the notice's year
        (
            "BRANTSEA, Dec 1 (Droskel Wire) - ",
            "Cell makers shipped more in the first ten months of the year.",
            "2026-12",
        ),
        # the first such month after the latest month named: March after September 2025
        (
            "OSTERVALE, 3 March: ",
            "Quillmoor Cells reported sales for the year to September 2025 on Monday.",
            "2026-03",
        ),
        # a full stop after the month, an em dash, a day after the month named in the body
        (
            "HALVENBY, Nov. 24 \u2014 ",
            "Tarnwick Power said its October 2026 output was a record.",
            "2026-11",
        ),
        # the day with its ordinal, no agency
        (
            "CORBISH, June 2nd - ",
            "Quillmoor Cells said deliveries in April 2026 doubled.",
            "2026-06",
        ),
    ],
)
def test_a_dateline_without_its_year_takes_it_from_a_notice_or_the_body(dateline, body, period):
    notice = "\u00a9 Droskel Wire 2026. All rights reserved." if "Droskel" in dateline else ""
    text = f"Cells gain ground\n\n{dateline}{body}\n\n{notice}\n"
    assert _written(text) == (period, True)


@pytest.mark.parametrize(
    "text",
    [
        # nothing bounds the year
        "Cells gain ground\n\nBRANTSEA, Dec 1 (Droskel Wire) - Quillmoor Cells held 9% of the "
        "market in the first ten months of the year.\n",
        # a month the body names only as a plan's bounds nothing
        "Cells gain ground\n\nBRANTSEA, Feb 2 - Quillmoor Cells said its line starts in March "
        "2027.\n",
        # no dateline: a sentence's "Dec 1 -" in the body
        "Cells gain ground\n\nQuillmoor Cells held 9% of the market.\n\nThe offer runs from "
        "Dec 1 - Dec 24 this year.\n",
    ],
)
def test_a_year_nothing_bounds_is_not_guessed(text):
    assert _written(text)[1] is False


@pytest.mark.parametrize(
    "body",
    [
        # a plan's year that no word of the future marks
        "Quillmoor Cells held 9% of the market in January-October. Its deliveries rise to 6 GWh "
        "a year from 2031.",
        # the latest year named is last year's
        "Quillmoor Cells held 9% of the market in January-October, against 11% in the whole of "
        "2025.",
        # a launch year ahead, in a sentence of its own
        "The Brantsea Mk2 goes on sale in 2029. Quillmoor Cells held 9% of the market this year "
        "to October.",
    ],
)
def test_a_yearless_datelines_year_is_not_the_bodys_latest(body):
    text = f"Cells gain ground\n\nBRANTSEA, Dec. 2 (QCW) -- {body}\n"
    assert _written(text) == ("", False)
    assert _shares(text)[9.0] == ""


@pytest.mark.parametrize(
    ("line", "year"),
    [
        ("\u00a9 2026 Tarnwick Media | Privacy | Terms", "2026"),
        ("Copyright \u00a9 2019-2026 Tarnwick Media. All rights reserved.", "2026"),
        ("(c) Tarnwick Media 2026", "2026"),
        ("Copyright 2025, Tarnwick Media Ltd.", "2025"),
        ("Copyright \u00a9 Tarnwick Media. All rights reserved.", ""),
        ("Photo: \u00a9 Tarnwick Media 2019", ""),  # a credit, not a notice opening its line
    ],
)
def test_a_notice_opening_its_line_names_the_year_of_the_page(line, year):
    text = f"Cells gain ground\n\nQuillmoor Cells grew.\n\n{line}\n"
    assert copyright_year(split_passages("doc", text)) == year


def test_a_notice_year_dates_last_years_figure():
    text = (
        "Cells gain ground\n\nQuillmoor Cells held 12 per cent of the home-battery market last "
        "year, its chief executive said.\n\n\u00a9 2026 Tarnwick Media\n"
    )
    assert _written(text) == ("2026", True)
    assert _shares(text) == {12.0: "2025"}


@pytest.mark.parametrize(
    "body",
    [
        # a notice years older than a month the body names as past: a footer not updated
        "Quillmoor Cells held 12 per cent of the market in October 2026.",
        # a notice years after the body's latest date: a page shown long after it was written
        "Quillmoor Cells held 12 per cent of the market in 2019.",
    ],
)
def test_a_notice_the_body_contradicts_dates_nothing(body):
    notice = "2023" if "2026" in body else "2026"
    text = f"Cells gain ground\n\n{body}\n\n\u00a9 {notice} Tarnwick Media\n"
    assert _written(text)[1] is False


def test_a_quarter_in_copy_known_only_by_its_year_is_no_plan():
    # "July to September 2026" is not after a writing known only to be of 2026.
    text = (
        "Cells gain ground\n\nQuillmoor Cells held 27% of the market in July to September 2026, "
        "up from 19% a year earlier.\n\n\u00a9 2026 Tarnwick Media\n"
    )
    assert _shares(text) == {27.0: "2026-09", 19.0: "2025-09"}


def _written_added(text: str, added: str) -> tuple[str, bool]:
    passages = split_passages("doc", text)
    date = article_date(passages, "", body_sentences(passages, None), added)
    return date.period, date.stated


@pytest.mark.parametrize(
    ("text", "added", "period"),
    [
        # nothing in the text bounds the year: the last Dec 2 up to the day it was added
        (
            "Cells gain ground\n\nBRANTSEA, Dec. 2 (Droskel) -- Quillmoor Cells held 9% of the "
            "market from January to October, data showed.\n",
            "2026-12-05",
            "2026-12",
        ),
        (
            "Cells gain ground\n\nBRANTSEA, Dec 2 - Quillmoor Cells held 9%.\n",
            "2026-11-30",
            "2025-12",
        ),
        # of the last two, the one on the weekday the paragraph names (2 Dec 2026 a Wednesday)
        (
            "Cells gain ground\n\nBRANTSEA, 2 December - Quillmoor Cells held 9% of the market, "
            "data showed on Wednesday.\n",
            "2027-12-20",
            "2026-12",
        ),
    ],
)
def test_a_yearless_dateline_is_dated_by_the_day_it_was_added(text, added, period):
    assert _written_added(text, added) == (period, True)
    assert _written(text) == ("", False)  # without the day it was added, no year


def test_a_weekday_that_fits_neither_of_the_last_two_years_leaves_the_year_unknown():
    text = (
        "Cells gain ground\n\nBRANTSEA, Dec 2 - Quillmoor Cells held 9% of the market, data "
        "showed on Friday.\n"
    )
    assert _written_added(text, "2026-12-05") == ("", False)


def test_the_weekday_comes_before_an_older_month_the_body_names():
    # "January-October 2025" is the comparison; 2 December is a Wednesday in 2026
    text = (
        "Cells gain ground\n\nFENWICK, Dec 2 (Droskel) - Data released on Wednesday showed "
        "Quillmoor Cells held 43.2% in January-October, against 44.6% in January-October "
        "2025. The first quarter of 2027 will look weak, analysts said.\n"
    )
    assert _written(text) == ("2026-12", True)


@pytest.mark.parametrize(
    ("head", "period"),
    [
        ("14:05, 2 DEC 2026", "2026-12"),
        ("06:00, 1 DECEMBER 2026", "2026-12"),
        ("Updated 21 SEPT 2025, 9:30", "2025-09"),
    ],
)
def test_a_month_printed_in_capitals_dates_the_article(head, period):
    text = (
        f"Cells gain ground\n\nBy Tom Lister, Business Reporter\n{head}\n\n"
        "Quillmoor Cells held 9% of the market in the first ten months of the year.\n"
    )
    assert _written(text) == (period, True)


def test_a_yearless_dateline_with_its_month_in_capitals_takes_the_notice_s_year():
    text = (
        "Cells gain ground\n\nBRANTSEA, DEC 1 (Droskel Wire) - Cell makers shipped more in the "
        "first ten months of the year.\n\n\u00a9 Droskel Wire 2026. All rights reserved.\n"
    )
    assert _written(text) == ("2026-12", True)
