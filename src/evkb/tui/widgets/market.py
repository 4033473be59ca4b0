"""The Market share pane: one chart a period and metric, picked from a list, never two mixed."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical
from textual.content import Content
from textual.widget import Widget

from evkb.kb.units import format_value
from evkb.model import KnowledgeBase, Share
from evkb.tui.literal import literal
from evkb.tui.widgets.cited import (
    EXTRACTED_MARK,
    CitedList,
    Entry,
    copy_text,
    heading,
    origin_mark,
)
from evkb.tui.widgets.pane import CutLines, ItemList, MasterDetailPane, NamedRow
from evkb.views.common import CURATED, origin_of
from evkb.views.names import source_title
from evkb.views.shares import ShareGroup, is_others, percent_text, share_groups

MAX_LABEL = 28
OVERLAP_NOTE = "groups, which hold some of the figures above:"


def label_width(shares: tuple[Share, ...]) -> int:
    return min(MAX_LABEL, max((len(s.label) for s in shares), default=6) + 2)


def bar(percent: float, bound: str, width: int) -> Content:
    """A horizontal bar: solid for a figure, shaded up to a ceiling for "<", an arrow for ">"."""
    cells = max(0, min(width, round(percent / 100 * width)))
    if bound == "<":
        return literal("░" * cells + "┤", "$text-muted")
    if bound == ">":
        return literal("█" * cells, "$text-primary") + literal("▶", "bold $text-primary")
    return literal("█" * cells, "$text-primary")


def chart_lines(group: ShareGroup, width: int) -> list[Content]:
    """The group's bars at `width` cells, and what the figures leave for others."""
    label_cells = label_width(group.shares)
    bars = max(4, width - label_cells - 12)
    lines = [heading(group.title)]

    def bar_line(share: Share, style: str) -> Content:
        label = literal(share.label[: label_cells - 1].ljust(label_cells), style)
        return label + bar(share.percent, share.bound, bars) + literal(" " + percent_text(share))

    for share in group.parts:
        lines.append(bar_line(share, "$text-muted" if is_others(share) else ""))
    label = literal("others".ljust(label_cells), "italic $text-muted")
    if group.rest is not None:
        dots = literal("·" * max(0, round(group.rest / 100 * bars)), "$text-muted")
        note = f" {format_value(group.rest, 'percent')}: not named (100% less the figures above)"
        lines.append(label + dots + literal(note, "$text-muted"))
    elif not group.has_others:
        lines.append(label + literal("the rest: not stated", "$text-muted"))
    if group.overlapping:
        lines.append(literal(OVERLAP_NOTE, "italic $text-muted"))
        lines.extend(bar_line(share, "italic") for share in group.overlapping)
    return lines


class ShareChart(Widget):
    """The chart of one group; redraws to its width."""

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.group: ShareGroup | None = None

    def show_group(self, group: ShareGroup | None) -> None:
        self.group = group
        self.refresh(layout=True)

    def render(self) -> Content:
        if self.group is None:
            return literal("No market-share figures in this knowledge base.", "$text-muted")
        width = self.size.width
        lines = chart_lines(self.group, width)
        # One line a holder: a note longer than the pane is cut, never wrapped off the chart.
        return Content("\n").join(
            line.truncate(width, ellipsis=True) if line.cell_length > width else line
            for line in lines
        )

    def get_content_height(self, container, viewport, width: int) -> int:
        if self.group is None:
            return 1
        overlapping = len(self.group.overlapping)
        return 2 + len(self.group.shares) - self.group.has_others + (overlapping > 0)


def fit(text: str, width: int) -> str:
    """`text` in exactly `width` cells: cut with an ellipsis when longer, padded when shorter."""
    if len(text) > width - 1:
        text = text[: width - 2] + "…"
    return text.ljust(width)


def share_rows(kb: KnowledgeBase, group: ShareGroup) -> list[Entry | CutLines]:
    """The group's figures as a table: each row one line with its source and quote.

    When any row carries the extracted mark, the others get its width in blanks, so the
    Holder, Share and Source columns start at the same cell on every row.
    """
    cells_width = max(label_width(group.shares), len("Holder") + 2)
    marked = any(origin_of(s) != CURATED for s in group.shares)
    blank = Content(" " * len(EXTRACTED_MARK) if marked else "")
    share_width = max(len("Share"), *(len(percent_text(s)) for s in group.shares)) + 2
    rows: list[Entry | CutLines] = [
        CutLines(
            [blank + heading(fit("Holder", cells_width) + fit("Share", share_width) + "Source")]
        )
    ]
    for share in group.shares:
        cells = fit(share.label, cells_width) + percent_text(share).ljust(share_width)
        mark = origin_mark(origin_of(share)) if origin_of(share) != CURATED else blank
        prompt = mark + literal(cells) + literal(share.cite.source, "$text-muted")
        if share.text:
            prompt += literal(f"  “{share.text}”", "$text-muted")
        text = f"{share.label}: {percent_text(share)} ({group.title})"
        record = share.id if origin_of(share) == "extracted" else ""
        rows.append(
            Entry(CutLines([prompt]), (share.cite,), copy_text(kb, text, share.cite), record)
        )
    return rows


def period_label(kb: KnowledgeBase, group: ShareGroup) -> str:
    """A picture's row: its date and market first, then the one source an unscoped one has."""
    parts = (group.market, source_title(kb, group.source) if group.source else "")
    return " · ".join((group.short_period, *(part for part in parts if part)))


class PeriodList(ItemList):
    """The Market share list of periods and metrics."""


class MarketPane(MasterDetailPane):
    def __init__(self, kb: KnowledgeBase, *, classes: str | None = None) -> None:
        super().__init__(classes=classes)
        self.kb = kb
        self.groups = {g.key: g for g in share_groups(kb)}

    def compose(self) -> ComposeResult:
        with Horizontal():
            yield PeriodList(id="period-list", classes="master")
            with Vertical(classes="detail", id="market-detail"):
                yield ShareChart(id="share-chart")
                yield CitedList(id="share-table")

    def on_mount(self) -> None:
        self.listing.border_title = f"{len(self.groups)} charts"
        self.listing.set_items(
            [
                (key, NamedRow(period_label(self.kb, g), f"{len(g.shares)}"))
                for key, g in self.groups.items()
            ]
        )
        if not self.groups:
            self.show(None)

    REVIEWS = True

    def review_target(self) -> str | None:
        """The figure the table is on, when extraction proposed it."""
        entry = self.query_one("#share-table", CitedList).current
        return entry.record if entry is not None and entry.record else None

    def detail_focus(self) -> Widget:
        return self.query_one("#share-table")

    def show(self, key: str | None) -> None:
        group = self.groups.get(key) if key else None
        self.query_one("#share-chart", ShareChart).show_group(group)
        table = self.query_one("#share-table", CitedList)
        table.set_entries(share_rows(self.kb, group) if group else [])
