"""The records awaiting review: every extracted record, `enter` shows it where `a`/`r` act."""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.screen import Screen
from textual.widgets import Footer, Static

from evkb.kb.review import Pending, pending
from evkb.model import KnowledgeBase
from evkb.tui.literal import literal
from evkb.tui.messages import GoTo
from evkb.tui.widgets.cited import origin_mark
from evkb.tui.widgets.pane import ItemList, NamedRow
from evkb.views.shares import share_groups


def where_shown(kb: KnowledgeBase, item: Pending) -> tuple[str, str | None]:
    """The pane and item that show a pending record (a share: its period's chart)."""
    if item.type == "company":
        return "companies", item.id
    if item.type == "battery":
        return "batteries", item.id
    if item.type == "share":
        group = next((g for g in share_groups(kb) if any(s.id == item.id for s in g.shares)), None)
        return "market", group.key if group else None
    investment = next((i for i in kb.investments if i.id == item.id), None)
    company = next(iter((*investment.by, *investment.to)), None) if investment else None
    return "companies", company


class PendingList(ItemList):
    """The list of records awaiting review."""


class PendingScreen(Screen):
    TITLE = "Awaiting review"
    CSS_PATH = "pending.tcss"

    def __init__(self, kb: KnowledgeBase) -> None:
        super().__init__()
        self.kb = kb
        self.items = {p.id: p for p in pending(kb)}

    def compose(self) -> ComposeResult:
        count = len(self.items)
        yield Static(
            literal(
                f"{count} extracted records await review. enter shows one in its pane, "
                "where a accepts and r rejects it.",
                "$text-muted",
            ),
            id="pending-status",
        )
        yield PendingList(id="pending-list")
        yield Footer()

    def on_mount(self) -> None:
        listing = self.query_one(PendingList)
        listing.set_items(
            [
                (
                    p.id,
                    NamedRow(
                        p.label,
                        f"{p.type} {p.confidence:.2f}",
                        origin_mark("extracted"),
                    ),
                )
                for p in self.items.values()
            ]
        )
        listing.focus()

    @on(ItemList.Opened)
    def _open(self, event: ItemList.Opened) -> None:
        event.stop()
        item = self.items.get(event.item or "")
        if item is not None:
            pane, target = where_shown(self.kb, item)
            self.post_message(GoTo(pane, target))
