"""The Market share table: one line a figure at any width, columns that line up whether or not
a row carries the extracted mark, and long quotes and names cut with an ellipsis."""

from __future__ import annotations

from dataclasses import replace

import pytest
from textual.app import App, ComposeResult
from textual.style import Style
from textual.visual import Visual, visualize

from evkb.tui.widgets.cited import EXTRACTED_MARK, CitedList
from evkb.tui.widgets.market import share_rows
from evkb.views.shares import ShareGroup

LONG_QUOTE = "in second place with 16.1% of the market, well ahead of every other maker " * 2


def shown_lines(table: CitedList, width: int) -> list[str]:
    """Each option of the table as the terminal shows it at `width` cells."""
    lines = []
    for index in range(table.option_count):
        visual = visualize(table, table.get_option_at_index(index).prompt)
        lines += [strip.text for strip in Visual.to_strips(table, visual, width, None, Style())]
    return lines


class TableApp(App):
    def __init__(self, kb, group: ShareGroup) -> None:
        super().__init__()
        self.kb = kb
        self.group = group

    def compose(self) -> ComposeResult:
        yield CitedList(id="table")

    def on_mount(self) -> None:
        self.query_one(CitedList).set_entries(share_rows(self.kb, self.group))


def a_group(shell_kb) -> ShareGroup:
    first, second, *_ = shell_kb.shares
    shares = (
        replace(first, label="Curated Holder", text=LONG_QUOTE, percent=37.6, bound="="),
        replace(
            second,
            label="An extracted holder with a name far longer than the column",
            text="16.1 per cent",
            percent=16.1,
            bound="=",
            id="share-x",
            origin="extracted",
        ),
    )
    return ShareGroup("global", "market share", "2024", shares, None)


@pytest.mark.parametrize("width", [120, 80, 50])
async def test_rows_stay_one_line_and_columns_align(shell_kb, width):
    group = a_group(shell_kb)
    app = TableApp(shell_kb, group)
    async with app.run_test(size=(width, 10)) as pilot:
        await pilot.pause()
        table = app.query_one(CitedList)
        lines = shown_lines(table, width - 4)
        assert len(lines) == 3  # the heading and two figures, each one line
        heading, curated, extracted = (line.rstrip() for line in lines)
        assert extracted.startswith(EXTRACTED_MARK)
        # Holder, Share and Source start at the same cell on every row.
        assert heading.index("Holder") == curated.index("Curated") == len(EXTRACTED_MARK)
        assert heading.index("Share") == curated.index("37.6%") == extracted.index("16.1%")
        source = group.shares[0].cite.source
        assert heading.index("Source") == curated.index(source[:4]) == extracted.index(source[:4])
        # The long name and the long quote are cut with an ellipsis, never wrapped.
        assert "An extracted holder with a" in extracted and "longer" not in extracted
        assert curated.endswith("…") and len(curated) <= width - 4
