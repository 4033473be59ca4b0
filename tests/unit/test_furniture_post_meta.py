"""A post's row of fields, with a count of its audience among them (views, replies, likes,
reposts, a reading volume), is page furniture by its form; a table's row, a row of figures of
another kind and a sentence that counts readers stay the article's own."""

from __future__ import annotations

import pytest

from evkb.kb.extract import split_passages
from evkb.kb.extract.furniture_bars import is_post_meta
from evkb.model import FURNITURE_KINDS


@pytest.mark.parametrize(
    "line",
    [
        "Thread started by kelvale_rider · 3 Dec 2026 · 12,480 views · 41 replies",
        "Posts: 2,017 | Joined: October 2021 | Kelvale",
        "@QuillmereWatch | Posted from Kelvale, 3 December 2026 | 980 reposts | 2.1K likes",
        "2026-12-03 14:05 | Reading volume: 8,311",
        # forms no corpus has: the count before its label, a list with bullets, one part a date
        "Views: 3,204 • Replies: 17 • Last post 4 December 2026",
        "*Asked 2 Dec 2026 · 640 views*",
        "Followers 12K | Member since 2019",
    ],
)
def test_a_post_s_row_of_fields_with_an_audience_count_is_post_meta(line: str):
    assert is_post_meta(line)


@pytest.mark.parametrize(
    "line",
    [
        "Quillmere | 41.2% | 38.5%",  # a table's row of shares
        "Plant | 2,000 jobs | 2027",  # a figure of another kind
        "Price: $45.20 | 1,200 views",  # a price beside the count
        "The post drew 12,480 views and 41 replies in a day.",  # a sentence
        "Kelvale | Delmere | Ostvald",  # no count at all
        "640 views",  # a count alone: no row of fields
    ],
)
def test_rows_that_are_no_post_s_fields_are_not_post_meta(line: str):
    assert not is_post_meta(line)


def test_a_post_s_row_over_its_text_is_furniture_and_the_text_stays():
    post = (
        "Quillmere put out its quarterly figures today: the Kelvale plant made 2 GWh of cells "
        "in the third quarter, up from 1.4 GWh a year earlier."
    )
    row = "Thread started by kelvale_rider · 3 Dec 2026 · 12,480 views · 41 replies"
    text = f"Who makes the cells?\n\n{row}\n\n{post}\n\nAnyone seen the Ostvald numbers?\n"
    kinds = {p.text: p.kind for p in split_passages("doc", text)}
    assert kinds[row] in FURNITURE_KINDS
    assert kinds[post] not in FURNITURE_KINDS
