"""The Overview pane, the first screen: what the knowledge base holds and where to start."""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.content import Content
from textual.widgets import Static

from evkb.model import KnowledgeBase
from evkb.tui.literal import literal
from evkb.tui.messages import GoTo
from evkb.tui.widgets.companies import mention_tails
from evkb.tui.widgets.pane import ItemList, NamedRow, Pane
from evkb.views.overview import Overview, overview

# Which pane or key shows each count, as the reader would press it.
WHERE = {
    "sources": "4",
    "companies": "1",
    "battery generations": "2",
    "market-share figures": "3",
    "conflicts": "x",
    "investments": "1",
}
START = (
    ("1-5", "the panes (tabs above)"),
    ("/", "search as you type"),
    ("c", "compare battery generations"),
    ("x", "where the sources disagree"),
    ("v", "extracted records to review"),
    ("enter", "a figure's sentence"),
    ("?", "every key"),
    ("ctrl+p", "every command"),
)


def summary(view: Overview, name: str) -> Content:
    width = max(len(str(n)) for _, n in view.counts)
    lines = [literal(f"{name} holds", "bold $text-accent")]
    for label, count in view.counts:
        style = "$text-warning" if label == "conflicts" and count else ""
        line = literal(str(count).rjust(width) + "  ", "bold " + style) + literal(label, style)
        if label in WHERE:
            line += literal(f"  → {WHERE[label]}", "$text-muted")
        lines.append(line)
    return Content("\n").join(lines)


def start_text() -> Content:
    keys = max(len(k) for k, _ in START) + 2
    lines = [literal("Start here", "bold $text-accent")]
    lines += [literal(k.ljust(keys), "bold $text-accent") + literal(text) for k, text in START]
    return Content("\n").join(lines)


def kinds_text(view: Overview) -> Content:
    lines = [literal("Companies by kind", "bold $text-accent")]
    width = max((len(str(n)) for _, n in view.kinds), default=1)
    lines += [literal(str(n).rjust(width) + "  ", "bold") + literal(kind) for kind, n in view.kinds]
    return Content("\n").join(lines)


class MentionList(ItemList):
    """The Overview's most mentioned companies."""


class OverviewPane(Pane):
    MAIN = "MentionList"

    def __init__(self, kb: KnowledgeBase, name: str, *, classes: str | None = None) -> None:
        super().__init__(classes=classes)
        self.view = overview(kb)
        self.title = name

    def compose(self) -> ComposeResult:
        with VerticalScroll(id="overview-body"):
            with Horizontal(classes="overview-row"):
                yield Static(summary(self.view, self.title), id="overview-summary")
                yield Static(start_text(), id="overview-start")
            with Horizontal(classes="overview-row"):
                yield Static(kinds_text(self.view), id="overview-kinds")
                with Vertical(id="overview-mentioned"):
                    yield Static(literal("Most mentioned (enter opens)", "bold $text-accent"))
                    yield MentionList(id="overview-companies")

    def on_mount(self) -> None:
        rows = self.view.most_mentioned
        tails = mention_tails(rows)
        self.query_one(MentionList).set_items(
            [(r.id, NamedRow(r.name, tail)) for r, tail in zip(rows, tails)]
        )

    @on(ItemList.Chosen)
    def _moved(self, event: ItemList.Chosen) -> None:
        event.stop()

    @on(ItemList.Opened)
    def _open(self, event: ItemList.Opened) -> None:
        event.stop()
        if event.item:
            self.post_message(GoTo("companies", event.item))
