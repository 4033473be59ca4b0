"""The Timeline pane: every dated statement under its year, each traced to its source."""

from __future__ import annotations

from textual import getters
from textual.app import ComposeResult
from textual.content import Content
from textual.css.styles import RulesMap
from textual.strip import Strip
from textual.style import Style
from textual.visual import RenderOptions, Visual

from evkb.model import KnowledgeBase
from evkb.timeline import TimelineRow, by_year, merge_same, timeline_entries
from evkb.tui.literal import literal
from evkb.tui.widgets.cited import (
    CitedList,
    Entry,
    copy_text,
    heading,
    origin_mark,
    source_tag,
)
from evkb.tui.widgets.pane import Pane
from evkb.views.common import CURATED

# The date column is as wide as its longest date, up to this many cells (longer ones wrap in it).
MAX_WHEN = 20
# Below this many cells for the text beside the dates, the two run on as one paragraph.
MIN_TEXT = 24


class DatedRow(Visual):
    """A date column and the text beside it, which wraps under itself, not under the date."""

    def __init__(self, when: Content, text: Content, when_width: int) -> None:
        self.when = when
        self.text = text
        self.when_width = when_width

    def _run_on(self) -> Content:
        return self.when + Content(" ") + self.text

    def _split(self, width: int) -> bool:
        return width - self.when_width >= MIN_TEXT

    def get_optimal_width(self, rules: RulesMap, container_width: int) -> int:
        return self.when_width + self.text.get_optimal_width(rules, container_width)

    def get_height(self, rules: RulesMap, width: int) -> int:
        if not self._split(width):
            return self._run_on().get_height(rules, width)
        return max(
            self.when.get_height(rules, self.when_width),
            self.text.get_height(rules, width - self.when_width),
        )

    def render_strips(
        self, width: int, height: int | None, style: Style, options: RenderOptions
    ) -> list[Strip]:
        if not self._split(width):
            return self._run_on().render_strips(width, height, style, options)
        text_width = width - self.when_width
        left = self.when.render_strips(self.when_width, None, style, options)
        right = self.text.render_strips(text_width, None, style, options)
        rows = max(len(left), len(right))
        blank = style.rich_style
        left += [Strip.blank(self.when_width, blank)] * (rows - len(left))
        right += [Strip.blank(text_width, blank)] * (rows - len(right))
        strips = [
            Strip.join([a.adjust_cell_length(self.when_width, blank), b])
            for a, b in zip(left, right)
        ]
        return strips if height is None else strips[:height]


def _entry(kb: KnowledgeBase, row: TimelineRow, width: int) -> Entry:
    entry = row.entry
    when = literal("  " + entry.when, "bold")
    text = origin_mark("extracted" if entry.review else CURATED) + literal(entry.what)
    if entry.stated and entry.stated.casefold() != entry.when.casefold():
        text += literal(f"  “{entry.stated}”", "$text-muted")
    text += source_tag(entry.cite, len(row.cites) - 1)
    return Entry(
        DatedRow(when, text, width + 3),
        row.cites,
        copy_text(kb, f"{entry.when}: {entry.what}", entry.cite),
        entry.review,
    )


def timeline_rows(kb: KnowledgeBase) -> list[Entry | Content]:
    """A heading per year, then one row per statement (its quotes kept together) that year;
    a range sits under its first year."""
    entries = timeline_entries(kb)
    if not entries:
        return [literal("No dated statements in this knowledge base.", "$text-muted")]
    width = min(MAX_WHEN, max(len(e.when) for e in entries))
    rows: list[Entry | Content] = []
    for year, items in by_year(entries):
        rows.append(heading(str(year)))
        rows += [_entry(kb, row, width) for row in merge_same(items)]
    return rows


class TimelinePane(Pane):
    MAIN = "#timeline-list"
    listing = getters.query_one("#timeline-list", CitedList)

    def __init__(self, kb: KnowledgeBase, *, classes: str | None = None) -> None:
        super().__init__(classes=classes)
        self.kb = kb

    def compose(self) -> ComposeResult:
        yield CitedList(id="timeline-list", classes="detail")

    def on_mount(self) -> None:
        self.listing.set_entries(timeline_rows(self.kb))

    @property
    def location(self) -> str | None:
        """The highlighted row, so going back returns to the same entry (none while the pane
        is still being composed: the reader may leave it that fast)."""
        found = self.query(self.MAIN)
        at = found.first(CitedList).highlighted if found else None
        return None if at is None else str(at)

    REVIEWS = True

    def review_target(self) -> str | None:
        entry = self.listing.current
        return entry.record if entry is not None and entry.record else None

    def select(self, item: str) -> None:
        if item.isdigit() and int(item) < self.listing.option_count:
            self.listing.highlighted = int(item)
