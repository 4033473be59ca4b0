"""The records awaiting review: every extracted record, filtered as you type (`f`), the quote
of the one in focus below; `a`/`r` accept or reject it here (`u` undoes), `enter` shows it in
its pane. The verdicts are the main screen's: the same writes, rebuild and undo stack."""

from __future__ import annotations

from typing import ClassVar

from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.screen import Screen
from textual.widgets import Footer, Input, Static
from textual.worker import Worker

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


def matches(item: Pending, needle: str) -> bool:
    """Whether every word of `needle` is in the record's label, type or source (not its
    quote: "battery" would match almost every record)."""
    text = f"{item.label} {item.type} {item.source}".casefold()
    return all(word in text for word in needle.casefold().split())


class PendingList(ItemList):
    """The list of records awaiting review."""


class PendingScreen(Screen):
    TITLE = "Awaiting review"
    CSS_PATH = "pending.tcss"
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("f", "focus_filter", "Filter", id="filter"),
        Binding("a", "verdict('accept')", "Accept", id="review.accept"),
        Binding("r", "verdict('reject')", "Reject", id="review.reject"),
        Binding("u,ctrl+z", "undo", "Undo review", id="review.undo"),
    ]

    def __init__(self, kb: KnowledgeBase) -> None:
        super().__init__()
        self.kb = kb
        self.items = {p.id: p for p in pending(kb)}

    def compose(self) -> ComposeResult:
        yield Input(
            placeholder="filter: words of a record, its type or its source (f)",
            id="pending-filter",
            compact=True,
        )
        yield Static(id="pending-status")
        yield PendingList(id="pending-list")
        yield Static(id="pending-quote")
        yield Footer()

    def on_mount(self) -> None:
        self.fill("")
        self.query_one(PendingList).focus()

    def fill(self, needle: str) -> None:
        """List the records the filter's words all match, keeping the one in focus."""
        shown = [p for p in self.items.values() if matches(p, needle)]
        count = f"{len(shown)} of {len(self.items)}" if needle.strip() else str(len(shown))
        self.query_one("#pending-status", Static).update(
            literal(
                f"{count} extracted records await review: a accepts, r rejects (u undoes); "
                "enter shows one in its pane.",
                "$text-muted",
            )
        )
        listing = self.query_one(PendingList)
        listing.set_items(
            [
                (p.id, NamedRow(p.label, f"{p.type} {p.confidence:.2f}", origin_mark("extracted")))
                for p in shown
            ],
            keep=listing.current,
        )
        self._quote(listing.current)

    def _quote(self, ident: str | None) -> None:
        item = self.items.get(ident or "")
        text = f"{item.passage}: \u201c{item.quote}\u201d" if item else ""
        self.query_one("#pending-quote", Static).update(literal(text, "$text-muted"))

    @on(Input.Changed, "#pending-filter")
    def _filter(self, event: Input.Changed) -> None:
        self.fill(event.value)

    @on(Input.Submitted, "#pending-filter")
    def _to_list(self) -> None:
        self.query_one(PendingList).focus()

    @on(ItemList.Chosen)
    def _chosen(self, event: ItemList.Chosen) -> None:
        event.stop()
        self._quote(event.item)

    def action_focus_filter(self) -> None:
        self.set_focus(self.query_one("#pending-filter", Input))

    def _main(self):
        from evkb.tui.screens.main import MainScreen

        return next(s for s in self.app.screen_stack if isinstance(s, MainScreen))

    def action_verdict(self, verdict: str) -> None:
        record = self.query_one(PendingList).current
        if record is None:
            self.notify("Nothing to review here: the list is empty.", markup=False)
        elif self._main().may_review():
            self._follow(self._main().judge(verdict, record))

    def action_undo(self) -> None:
        self._follow(self._main().judge("undo", None))

    @work(group="pending-review")
    async def _follow(self, job: Worker[None] | None) -> None:
        """After the main screen's verdict or undo (None: it refused), this list read again
        from the new build, the highlight kept on the same row."""
        if job is None:
            return
        listing = self.query_one(PendingList)
        row = listing.highlighted
        await job.wait()
        main = self._main()
        self.kb = main.kb
        self.items = {p.id: p for p in pending(self.kb)}
        self.fill(self.query_one("#pending-filter", Input).value)
        if listing.option_count and row is not None:
            listing.highlighted = min(row, listing.option_count - 1)
            self._quote(listing.current)

    @on(ItemList.Opened)
    def _open(self, event: ItemList.Opened) -> None:
        event.stop()
        item = self.items.get(event.item or "")
        if item is not None:
            pane, target = where_shown(self.kb, item)
            self.post_message(GoTo(pane, target))
