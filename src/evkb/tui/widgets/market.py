"""The Market share pane: a bar chart and a table, bounds drawn as bounds, the rest as others."""

from __future__ import annotations

from itertools import groupby

from textual.app import ComposeResult
from textual.containers import Vertical
from textual.content import Content
from textual.widget import Widget

from evkb.model import KnowledgeBase, Share
from evkb.tui.literal import literal
from evkb.tui.widgets.cited import CitedList, Entry, copy_text, heading

MAX_LABEL = 28


def label_width(kb: KnowledgeBase) -> int:
    return min(MAX_LABEL, max((len(s.label) for s in kb.shares), default=6) + 2)


def _group_key(share: Share) -> tuple[str, str, str]:
    return (share.scope, share.metric, share.as_of)


def share_groups(kb: KnowledgeBase) -> list[tuple[tuple[str, str, str], list[Share]]]:
    """Shares that belong to one market picture: same scope, metric and date, largest first."""
    ordered = sorted(kb.shares, key=lambda s: (_group_key(s), -s.percent))
    return [(key, list(items)) for key, items in groupby(ordered, key=_group_key)]


def group_title(key: tuple[str, str, str]) -> str:
    scope, metric, as_of = key
    parts = [metric or "share", scope or "scope not stated"]
    return " · ".join(parts) + (f" · as of {as_of}" if as_of else " · date not stated")


def percent_text(share: Share) -> str:
    from evkb.kb.units import format_bound

    return format_bound(share.percent, share.bound)


def is_others(share: Share) -> bool:
    return not share.holder and "other" in share.label.casefold()


def remainder(shares: list[Share]) -> float | None:
    """What exact figures leave over, or None when bounds make it unknown."""
    if any(s.bound in ("<", ">") or is_others(s) for s in shares):
        return None
    rest = 100.0 - sum(s.percent for s in shares)
    return rest if rest > 0.05 else None


def bar(percent: float, bound: str, width: int) -> Content:
    """A horizontal bar: solid for a figure, shaded up to a ceiling for "<", an arrow for ">"."""
    cells = max(0, min(width, round(percent / 100 * width)))
    if bound == "<":
        return literal("░" * cells + "┤", "$text-muted")
    if bound == ">":
        return literal("█" * cells, "$text-primary") + literal("▶", "bold $text-primary")
    return literal("█" * cells, "$text-primary")


class ShareChart(Widget):
    """The chart part; redraws to its width."""

    def render(self) -> Content:
        kb: KnowledgeBase = self.app.kb
        label_cells = label_width(kb)
        width = max(4, self.size.width - label_cells - 12)
        lines: list[Content] = []
        for key, shares in share_groups(kb):
            lines.append(heading(group_title(key)))
            for share in shares:
                style = "$text-muted" if is_others(share) else ""
                label = literal(share.label[: label_cells - 1].ljust(label_cells), style)
                lines.append(
                    label
                    + bar(share.percent, share.bound, width)
                    + literal(" " + percent_text(share))
                )
            rest = remainder(shares)
            label = literal("others".ljust(label_cells), "italic $text-muted")
            if rest is not None:
                from evkb.kb.units import format_value

                dots = literal("·" * max(0, round(rest / 100 * width)), "$text-muted")
                lines.append(
                    label
                    + dots
                    + literal(
                        f" {format_value(rest, 'percent')}: not named (100% less the figures above)",
                        "$text-muted",
                    )
                )
            elif not any(is_others(s) for s in shares):
                lines.append(label + literal("the rest: not stated", "$text-muted"))
        if not lines:
            lines.append(literal("No market-share figures in this knowledge base.", "$text-muted"))
        return Content("\n").join(lines)

    def get_content_height(self, container, viewport, width: int) -> int:
        groups = share_groups(self.app.kb)
        return max(1, sum(2 + len(s) - any(is_others(x) for x in s) for _, s in groups))


def share_rows(kb: KnowledgeBase) -> list[Entry | Content]:
    cells_width = label_width(kb)
    title = "Holder".ljust(cells_width) + "Share       As of       Scope        Source"
    rows: list[Entry | Content] = [heading(title)]
    for share in sorted(kb.shares, key=lambda s: (_group_key(s), -s.percent)):
        cells = (
            share.label[: cells_width - 1].ljust(cells_width),
            percent_text(share).ljust(12),
            (share.as_of or "not stated").ljust(12),
            (share.scope or "not stated")[:12].ljust(13),
        )
        prompt = literal("".join(cells)) + literal(share.cite.source, "$text-muted")
        if share.text:
            prompt += literal(f"  “{share.text}”", "$text-muted")
        text = f"{share.label}: {percent_text(share)} ({share.metric or 'share'}, {share.scope}, {share.as_of})"
        rows.append(Entry(prompt, share.cite, copy_text(kb, text, share.cite)))
    return rows


class MarketPane(Vertical):
    def compose(self) -> ComposeResult:
        yield ShareChart(id="share-chart")
        yield CitedList(id="share-table", classes="detail")

    def on_mount(self) -> None:
        self.query_one("#share-table", CitedList).set_entries(share_rows(self.app.kb))

    def focus_main(self) -> None:
        self.query_one("#share-table").focus()

    @property
    def location(self) -> str | None:
        return None

    def select(self, item: str) -> None:
        """The market pane has one view: nothing to choose."""
