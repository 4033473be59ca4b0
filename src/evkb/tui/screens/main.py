"""The main screen: the panes as tabs, and the history `escape`/`backspace` walk back."""

from __future__ import annotations

import asyncio
from contextlib import suppress
from pathlib import Path
from typing import ClassVar

from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.screen import Screen
from textual.widget import AwaitMount
from textual.widgets import Footer, TabbedContent, TabPane
from textual.widgets.option_list import OptionDoesNotExist
from textual.worker import Worker

from evkb.model import KnowledgeBase
from evkb.text import safe_line
from evkb.tui.messages import GoTo, KBRebuilt
from evkb.tui.widgets.pane import Pane

# pane id -> (tab title, binding key)
PANES = {
    "overview": ("Overview", "0"),
    "companies": ("Companies", "1"),
    "batteries": ("Batteries", "2"),
    "market": ("Market share", "3"),
    "sources": ("Sources", "4"),
    "timeline": ("Timeline", "5"),
}


def make_pane(pane: str, kb: KnowledgeBase, name: str = "") -> Pane:
    """The pane's widget, given its data; imported here so panes not shown cost nothing."""
    if pane == "overview":
        from evkb.tui.widgets.overview import OverviewPane

        return OverviewPane(kb, name, classes="pane")
    if pane == "batteries":
        from evkb.tui.widgets.batteries import BatteriesPane

        return BatteriesPane(kb, classes="pane")
    if pane == "market":
        from evkb.tui.widgets.market import MarketPane

        return MarketPane(kb, classes="pane")
    if pane == "sources":
        from evkb.tui.widgets.sources import SourcesPane

        return SourcesPane(kb, classes="pane")
    if pane == "timeline":
        from evkb.tui.widgets.timeline import TimelinePane

        return TimelinePane(kb, classes="pane")
    from evkb.tui.widgets.companies import CompaniesPane

    return CompaniesPane(kb, classes="pane")


class MainScreen(Screen):
    # Classes the stylesheet uses to give small terminals a narrower list and shorter headers.
    # Textual declares the breakpoints as instance attributes, so no ClassVar here.
    HORIZONTAL_BREAKPOINTS = [  # noqa: RUF012
        (0, "-narrow"),
        (70, "-normal"),
    ]
    VERTICAL_BREAKPOINTS = [  # noqa: RUF012
        (0, "-short"),
        (20, "-tall"),
    ]
    # Not in the footer: the tabs already show each pane's key, and five of them would push
    # search, compare and conflicts off an 80- or 120-column footer. Help still lists them.
    BINDINGS: ClassVar[list[BindingType]] = [
        *(
            Binding(key, f"show_pane('{pane}')", title, show=False, id=f"pane.{pane}")
            for pane, (title, key) in PANES.items()
        ),
        Binding("a", "review('accept')", "Accept", id="review.accept"),
        Binding("r", "review('reject')", "Reject", id="review.reject"),
        Binding("u,ctrl+z", "undo_review", "Undo review", id="review.undo"),
    ]

    TITLE = "Panes"
    FIRST = "overview"

    def __init__(self, kb: KnowledgeBase, name: str = "", kb_dir: Path | None = None) -> None:
        super().__init__()
        self.kb = kb
        self.kb_name = name
        # The folder reviews write to and rebuild; without one, nothing here can be reviewed.
        self.kb_dir = kb_dir
        self.history: list[tuple[str, str | None]] = []
        self._current = self.FIRST
        self._mounting: dict[str, AwaitMount] = {}  # panes mounted but maybe not composed yet
        self.undo_stack: list[tuple[str, set[str]]] = []  # (verdict, ids written) of this run
        # A verdict or undo whose write and rebuild still run: a second one started meanwhile
        # would read and rewrite curated/reviewed.toml beside it, and one write could be lost.
        self.judging = False

    def make_pane(self, pane: str) -> Pane:
        return make_pane(pane, self.kb, self.kb_name)

    def compose(self) -> ComposeResult:
        with TabbedContent(initial=self.FIRST, id="panes"):
            for pane, (title, key) in PANES.items():
                with TabPane(f"{key} {title}", id=pane):
                    if pane == self.FIRST:
                        yield self.make_pane(pane)
        yield Footer()

    def on_mount(self) -> None:
        self.call_after_refresh(self._focus_current)

    def _focus_current(self) -> None:
        """Focus the current pane (keys may have switched panes since this was scheduled)."""
        self.pane_widget(self._current).focus_main()

    def pane_widget(self, pane: str) -> Pane:
        """The pane's widget, mounted the first time it is asked for."""
        holder = self.query_one(f"#{pane}", TabPane)
        found = holder.query(Pane)
        if found:
            return found.first()
        widget = self.make_pane(pane)
        self._mounting[pane] = holder.mount(widget)
        return widget

    def location(self) -> tuple[str, str | None]:
        found = self.query_one(f"#{self._current}", TabPane).query(Pane)
        return (self._current, found.first().location if found else None)

    @on(TabbedContent.TabActivated, "#panes")
    def _activated(self, event: TabbedContent.TabActivated) -> None:
        pane = event.pane.id or self.FIRST
        if pane == self._current:
            return
        self.history.append(self.location())
        self._current = pane
        self.pane_widget(pane)
        self.call_after_refresh(self._focus_current)

    def action_show_pane(self, pane: str) -> None:
        self._switch(pane)

    def _switch(self, pane: str) -> None:
        # Blur first: Textual would move focus from a hidden list to its hidden sibling (the
        # filter box), and the tabs follow focus, so they would switch straight back.
        self.set_focus(None)
        self.query_one("#panes", TabbedContent).active = pane

    async def show(self, pane: str, item: str | None = None, *, remember: bool = True) -> None:
        """Go to `pane` (and `item` in it), remembering where the reader was."""
        if remember and (pane, item) != self.location():
            self.history.append(self.location())
        self._current = pane  # set first, so the tab message does not record this move again
        self.pane_widget(pane)
        mounting = self._mounting.pop(pane, None)
        if mounting is not None:
            await mounting  # its list must exist before an item can be chosen in it
        self._switch(pane)
        if item is not None:
            # Chosen now, so the screen is where it says it is as soon as this returns; only
            # the focus waits for the tab to be shown.
            self.pane_widget(pane).select(item)
        self.call_after_refresh(self._focus_current)

    # --- review: accept, reject, undo -----------------------------------------------------

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "review":
            return self.current_pane().REVIEWS
        if action == "undo_review":
            return bool(self.undo_stack)  # offered once there is something to undo
        return True

    def current_pane(self) -> Pane:
        return self.pane_widget(self._current)

    def may_review(self) -> bool:
        """Whether this knowledge base takes verdicts; says why not when it does not."""
        from evkb.tui.reviewing import READ_ONLY, read_only

        if self.kb_dir is None or read_only(self.kb_dir):
            self.notify(READ_ONLY, title="Read-only", markup=False, severity="warning")
            return False
        return True

    def action_review(self, verdict: str) -> None:
        if not self.may_review():
            return
        target = self.current_pane().review_target()
        if target is None:
            self.notify(
                "Nothing to review here: move to a record marked ◇ (extracted).", markup=False
            )
            return
        self.judge(verdict, target)

    def action_undo_review(self) -> None:
        self.judge("undo", None)

    def judge(self, verdict: str, record: str | None) -> Worker[None] | None:
        """Start `verdict` ("accept", "reject") on `record`, or "undo" (record None) of the last
        verdict: the write and the rebuild run in a worker, which is returned. Refused with a
        notice (None returned) while the last one still runs, or with nothing to undo."""
        if self.judging:
            self.notify("Still applying the last verdict.", markup=False)
            return None
        if record is None and not self.undo_stack:
            self.notify("Nothing to undo.", markup=False)
            return None
        self.judging = True
        return self._undo() if record is None else self._review(verdict, record)

    def _place(self) -> tuple[str, str | None, int | None]:
        pane, item = self.location()
        return pane, item, self.current_pane().detail_place()

    @work(group="review")
    async def _review(self, verdict: str, record: str) -> None:
        from evkb.errors import KBError, UserError
        from evkb.tui.reviewing import apply_verdict

        assert self.kb_dir is not None  # action_review offers nothing without a folder
        place = self._place()
        try:
            kb, written = await asyncio.to_thread(
                apply_verdict, self.kb_dir, self.kb, verdict, [record]
            )
            self.undo_stack.append((verdict, written))
            await self.reload(kb, place)
        except (KBError, UserError) as error:
            self.notify(safe_line(str(error)), markup=False, severity="error")
            return
        finally:
            self.judging = False
        done = "Accepted into curated/reviewed.toml" if verdict == "accept" else "Rejected"
        self.notify(f"{done}: {record}. u undoes.", markup=False)

    @work(group="review")
    async def _undo(self) -> None:
        from evkb.errors import KBError, UserError
        from evkb.tui.reviewing import apply_undo

        assert self.kb_dir is not None  # only a review of this folder is on the undo stack
        place = self._place()
        verdict, ids = self.undo_stack[-1]
        try:
            kb = await asyncio.to_thread(apply_undo, self.kb_dir, ids)
            self.undo_stack.pop()
            await self.reload(kb, place)
        except (KBError, UserError) as error:
            self.notify(safe_line(str(error)), markup=False, severity="error")
            return
        finally:
            self.judging = False
        self.notify(f"Undone: the {verdict} of {', '.join(sorted(ids))}.", markup=False)

    async def reload(self, kb: KnowledgeBase, place: tuple[str, str | None, int | None]) -> None:
        """Show `kb` (rebuilt) in every pane, the reader kept on the same pane, item and row."""
        self.kb = kb
        self.post_message(KBRebuilt(kb))  # for the screens opened from here on
        for holder in self.query(TabPane):
            await holder.query(Pane).remove()
        pane, item, row = place
        await self.show(pane, None, remember=False)
        widget = self.pane_widget(pane)
        if item is not None:
            # A rejected record is gone from the list, which then stays at its top.
            with suppress(OptionDoesNotExist, KeyError):
                widget.select(item)
        self.call_after_refresh(widget.restore_detail, row)
        self.refresh_bindings()

    @on(GoTo)
    async def _go(self, event: GoTo) -> None:
        event.stop()
        await self.show(event.pane, event.item)

    async def back(self) -> bool:
        """Return to the previous location; False when there is none."""
        if not self.history:
            return False
        pane, item = self.history.pop()
        await self.show(pane, item, remember=False)
        return True
