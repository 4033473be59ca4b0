"""The year of a dateline that names the day but not the year, from the weekday its paragraph
names and the years the body names: one such year near them is taken, none where the weekday,
the years or a single fit are wanting."""

from __future__ import annotations

import pytest

from evkb.kb.extract import split_passages
from evkb.kb.records import Lexicon, extract_records
from evkb.kb.records.dateline import article_date
from evkb.kb.records.dateline_weekdays import weekday_year
from evkb.kb.records.sentences import body_sentences


def _written(text: str) -> tuple[str, bool]:
    passages = split_passages("doc", text)
    date = article_date(passages, "", body_sentences(passages, None))
    return date.period, date.stated


@pytest.mark.parametrize(
    ("text", "period"),
    [
        # day first, a colon, the weekday after "on", a plan's year two years on
        (
            "Cells gain ground\n\nOSTRELLE, 5 March (Pellmoor Press): Quorvath Cells told "
            "investors on Thursday that it would open a second line in 2028.\n",
            "2026-03",
        ),
        # an ordinal day, the weekday opening the sentence, a past and a planned year
        (
            "Plant news\n\nVINDHOLLOW, July 14th -- On Tuesday, Trasko Energy said output rose "
            "after its 2025 upgrade and that a new hall follows in 2027.\n",
            "2026-07",
        ),
        # an em dash, the weekday at the end of a clause, a year only in a later paragraph
        (
            "League\n\nWEXBURY, Nov. 19 \u2014 A tracker said Wednesday that Quorvath Cells "
            "gained ground.\n\nThe company plans a plant from 2027.\n",
            "2025-11",
        ),
        # an evening's news under the next day's dateline: Tuesday's, Wednesday's dateline
        (
            "League\n\nWEXBURY, Nov. 19 \u2014 Quorvath Cells said in a filing on Tuesday "
            "evening that it plans a plant from 2027.\n",
            "2025-11",
        ),
    ],
)
def test_the_weekday_of_the_dateline_day_gives_its_year(text, period):
    assert _written(text) == (period, True)


@pytest.mark.parametrize(
    "text",
    [
        # no weekday
        "Cells\n\nWEXBURY, Nov. 19 \u2014 Quorvath Cells plans a plant from 2027.\n",
        # another week's day
        "Cells\n\nWEXBURY, Nov. 19 \u2014 Quorvath Cells said last Wednesday it plans a plant "
        "from 2027.\n",
        # a weekday but no year named anywhere
        "Cells\n\nWEXBURY, Nov. 19 \u2014 Quorvath Cells said on Wednesday it gained ground.\n",
        # the years named span three fits of Thursday (2015, 2020, 2026)
        "Cells\n\nWEXBURY, Nov. 19 \u2014 Quorvath Cells, founded in 2016, said on Thursday "
        "that its 2026 output doubled.\n",
        # the day falls on no weekday named near the years
        "Cells\n\nWEXBURY, Nov. 19 \u2014 Quorvath Cells said on Saturday it plans a plant "
        "from 2027.\n",
        # late on a Tuesday: a Tuesday (2024) or a Wednesday (2025) dateline, both near
        "Cells\n\nWEXBURY, Nov. 19 \u2014 Quorvath Cells said late on Tuesday that its 2026 "
        "output doubled and that it plans a plant from 2027.\n",
        # the weekday in another paragraph than the dateline's
        "Cells\n\nWEXBURY, Nov. 19 \u2014 Quorvath Cells plans a plant from 2027.\n\n"
        "Its board meets on Wednesday.\n",
    ],
)
def test_a_weekday_that_does_not_fix_one_year_dates_nothing(text):
    assert _written(text)[1] is False


def test_weekday_year_reads_only_the_fits_near_the_years():
    assert weekday_year(11, 19, "said on Wednesday", [2027]) == "2025"
    assert weekday_year(11, 19, "said on Wednesday", [2030]) == "2031"
    assert weekday_year(2, 29, "said Thursday", [2025]) == "2024"
    assert weekday_year(2, 29, "said Monday", [2025]) == ""
    assert weekday_year(11, 19, "said on Wednesday", []) == ""


def test_shares_in_months_of_no_year_take_the_year_the_weekday_gives():
    text = (
        "League\n\nWEXBURY, Nov. 19 (Kelderwick Wire) \u2014 Quorvath Cells held 11.5 per cent "
        "of the market in January-October, up from 9.8 per cent a year earlier, a tracker said "
        "Wednesday.\n\nQuorvath Cells plans a second plant from 2027.\n"
    )
    extracted = extract_records("doc", split_passages("doc", text), Lexicon([]))
    assert sorted((s.percent, s.as_of) for s in extracted.shares) == [
        (9.8, "2024-10"),
        (11.5, "2025-10"),
    ]
