"""Rows of fields between bars ("Label: value | Label: value") are a record the article gives:
they split a run of short lines, and are never weighed as a list of other stories."""

from __future__ import annotations

import pytest

from evkb.kb.extract import split_passages
from evkb.kb.extract.furniture_rows import is_field_row, outside_bulleted_lists
from evkb.model import BODY, BOILERPLATE, FURNITURE_KINDS, HEADING


@pytest.mark.parametrize(
    "line",
    [
        "Project: Ferry terminal, phase two | Location: Quillmar",
        "Site: Marrowby harbour | Jobs: 400 | Start: 2028",
        "Budget: 40 million euros (44 million dollars) | Term: 2027-2029",
        "Q1: 12.0 | Q2: 13.4 | Q3: 15.1 | Q4: 16.2",
        "2024: 55.8 | 2025: 58.4 | Jan-Sep 2026: 61.0",
        "Grade: 3 (high) on a 1-5 scale | Status: open | Date of review: 4 May 2027",
    ],
)
def test_rows_of_fields(line: str):
    assert is_field_row(line)


@pytest.mark.parametrize(
    "line",
    [
        "Most read: Harbour fares rise in April | Quillmar opens a ferry terminal",
        "Tervane Cells | 31.4% | 29.8%",
        "Read also: Marrowby port handles record volumes",
        "Location: Delmere",
        "Print | Email | Text size",
        "Posts: 1,204 | Joined: May 2020 | Marrowby",
    ],
)
def test_headlines_bars_and_single_fields_are_no_rows_of_fields(line: str):
    assert not is_field_row(line)


def test_a_record_of_fields_below_the_article_stays_body():
    rows = [
        "Beneficiary: Quillmar Harbour Works",
        "Project: Ferry terminal, phase two | Location: Quillmar",
        "Cost: 52 million euros | Grant: 14 million euros",
        "Capacity: 900 passengers a day | Jobs: 60 | Completion: 2029",
    ]
    text = (
        "Delmere council approves four harbour grants\n\n"
        "The council of Delmere approved grants for four harbour projects on Tuesday, worth "
        "120 million euros in all, after a review of the appeals lodged in the summer.\n\n"
        + "\n".join(rows)
        + "\n\nMost read\n\n"
        "Rain delays the grape harvest\nPelvane Bank cuts its rate\nHarbour strike ends\n"
    )
    kinds = {p.text: p.kind for p in split_passages("doc", text)}
    assert all(kinds[row] not in FURNITURE_KINDS for row in rows[1:])
    assert kinds["Pelvane Bank cuts its rate"] in FURNITURE_KINDS


def test_a_row_of_fields_under_a_byline_is_the_writers_not_a_record():
    lines = [
        "Re: Finished! My roadster runs on a new pack",
        "Posted by harbour_volt » Tue 3 Mar 2027, 20:42",
        "Posts: 312 | Joined: June 2022 | Messages: 40",
        "Re: Finished! My roadster runs on a new pack",
    ]
    kinds = [BODY, BOILERPLATE, HEADING, BODY]
    # under the byline the row stays in the run of the page's lines
    assert outside_bulleted_lists(lines, kinds, [0, 2, 3]) == [[0, 2, 3]]
    # under a line of the article it splits the run
    kinds = [BODY, BODY, HEADING, BODY]
    assert outside_bulleted_lists(lines, kinds, [0, 1, 2, 3]) == [[0, 1], [3]]
