"""Dated entries: three bare dates or times or more, each alone on its line right over a
paragraph of the body, are the article's own headings; one alone is the page's dateline, and
a date with a name or a label beside it is left to the other forms."""

from __future__ import annotations

import pytest

from evkb.kb.extract import split_passages
from evkb.model import FURNITURE_KINDS

ENTRIES = (
    "Tervane Cells said its Delmere line would start making cells for buses in the spring.",
    "Bus makers in the region ordered 40 electric buses with packs of 350 kWh each.",
    "The ministry opened a second call for storage grants worth 20 million euros in all.",
    "Orlan Grid said its 100 MWh battery near Harnby had run its first full month.",
)


def _kinds(text: str) -> dict[str, str]:
    return {p.text: p.kind for p in split_passages("doc", text)}


def _page(dates: tuple[str, ...]) -> str:
    blocks = ["The week in batteries", "Every week we sum up the battery news of the week before."]
    blocks += [f"{date}\n{entry}" for date, entry in zip(dates, ENTRIES, strict=False)]
    return "\n\n".join(blocks)


@pytest.mark.parametrize(
    "dates",
    [
        ("Monday, 23 November", "Tuesday, 24 November", "Wednesday, 25 November"),
        # forms no corpus has: month first, a year, short day names, clock times
        ("November 23", "November 24, 2026", "Nov. 26", "Friday, November 27"),
        ("Mon 7 Dec", "Wed 9 Dec", "Thu 10 Dec"),
        ("17:48", "16:20", "9.45 am", "08:05"),
    ],
)
def test_three_dated_headings_over_paragraphs_are_the_articles(dates: tuple[str, ...]):
    kinds = _kinds(_page(dates))
    for date in dates:
        assert kinds[date] not in FURNITURE_KINDS, date


def test_one_or_two_dates_stay_datelines():
    kinds = _kinds(_page(("Monday, 23 November", "Tuesday, 24 November")))
    assert kinds["Monday, 23 November"] in FURNITURE_KINDS
    assert kinds["Tuesday, 24 November"] in FURNITURE_KINDS


def test_dates_with_a_label_or_over_short_lines_stay_furniture():
    labelled = ("Updated 23 November, 17:52", "Updated 24 November, 9:10", "Updated 25 November")
    kinds = _kinds(_page(labelled))
    assert all(kinds[line] in FURNITURE_KINDS for line in labelled)
    # bare dates over short lines (a list of posts, its dates and titles) are no entries
    listed = "\n\n".join(
        [ENTRIES[0], ENTRIES[1]]
        + [f"{d}\nA short title {i}" for i, d in enumerate(["3 May", "4 May", "5 May"])]
    )
    kinds = _kinds(listed)
    assert kinds["3 May"] in FURNITURE_KINDS
