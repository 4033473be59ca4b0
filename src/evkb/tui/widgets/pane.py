"""What every pane shares: a list of items that says which was chosen, and a detail beside it."""

from __future__ import annotations

from collections.abc import Sequence
from copy import copy
from dataclasses import dataclass
from typing import ClassVar

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.content import Content
from textual.css.styles import RulesMap
from textual.message import Message
from textual.strip import Strip
from textual.style import Style
from textual.visual import RenderOptions, Visual
from textual.widget import Widget
from textual.widgets import Input, OptionList, Static
from textual.widgets.option_list import Option, OptionDoesNotExist

from evkb.tui.literal import literal
from evkb.tui.widgets.finder.vim_list import VimOptionList

ELLIPSIS = "…"
# The name keeps at least this many cells; a tail that would leave it fewer is cut, then dropped.
MIN_NAME = 8


class NamedRow(Visual):
    """One line: a name cut short with an ellipsis, then a dimmed tail (its kind) at any width.

    Never wraps, so a list of a thousand rows is laid out without measuring text.
    """

    def __init__(self, name: str, tail: str = "", mark: Content | None = None) -> None:
        self.name = literal(name)
        self.tail = literal(tail, "$text-muted") if tail else Content("")
        self.mark = mark or Content("")

    def marked_to(self, width: int) -> NamedRow:
        """The row with its mark padded to `width` cells (itself when it is already)."""
        if self.mark.cell_length >= width:
            return self
        row = copy(self)
        row.mark = self.mark + Content(" " * (width - self.mark.cell_length))
        return row

    def get_optimal_width(self, rules: RulesMap, container_width: int) -> int:
        gap = 2 if self.tail else 0
        return self.mark.cell_length + self.name.cell_length + gap + self.tail.cell_length

    def get_height(self, rules: RulesMap, width: int) -> int:
        return 1

    def render_strips(
        self, width: int, height: int | None, style: Style, options: RenderOptions
    ) -> list[Strip]:
        strips = self.layout(width).render_strips(width, 1, style, options)
        return [strips[0].adjust_cell_length(width, style.rich_style)] if strips else []

    def layout(self, width: int) -> Content:
        """The row for `width` cells: the tail stays whole while the name keeps MIN_NAME cells."""
        room = width - self.mark.cell_length
        tail = self.tail
        name_needs = min(self.name.cell_length, MIN_NAME)
        if tail and room - tail.cell_length - 2 < name_needs:
            keep = room - name_needs - 2
            tail = tail.truncate(keep, ellipsis=True) if keep >= 4 else Content("")
        gap = 2 if tail else 0
        name_room = max(1, room - gap - tail.cell_length)
        name = (
            self.name.truncate(name_room, ellipsis=True)
            if self.name.cell_length > name_room
            else self.name
        )
        pad = (
            Content(" " * max(gap, room - name.cell_length - tail.cell_length))
            if tail
            else Content("")
        )
        return self.mark + name + pad + tail


class CutLines(Visual):
    """A few lines, each kept to one row and cut with an ellipsis at any width (a search hit,
    a conflict's side): the list's rows never wrap, as NamedRow's do not."""

    def __init__(self, lines: list[Content], indent: int = 0) -> None:
        self.lines = lines
        self.indent = Content(" " * indent)

    @property
    def plain(self) -> str:
        """The lines' whole text, uncut (as Content's `plain`)."""
        return "\n".join(line.plain for line in self.lines)

    def get_optimal_width(self, rules: RulesMap, container_width: int) -> int:
        return self.indent.cell_length + max((line.cell_length for line in self.lines), default=0)

    def get_height(self, rules: RulesMap, width: int) -> int:
        return len(self.lines)

    def render_strips(
        self, width: int, height: int | None, style: Style, options: RenderOptions
    ) -> list[Strip]:
        room = max(1, width - self.indent.cell_length)
        strips = []
        for line in self.lines[:height] if height is not None else self.lines:
            cut = line.truncate(room, ellipsis=True) if line.cell_length > room else line
            row = (self.indent + cut).render_strips(width, 1, style, options)
            strips.append(
                row[0].adjust_cell_length(width, style.rich_style)
                if row
                else Strip.blank(width, style.rich_style)
            )
        return strips


class ItemList(VimOptionList):
    """A pane's master list: one option per item id. It says which item the cursor is on
    (`Chosen`) and which one `enter` opened (`Opened`); the pane decides what that shows."""

    @dataclass
    class Chosen(Message):
        item_list: ItemList
        item: str | None

    @dataclass
    class Opened(Message):
        item_list: ItemList
        item: str | None

    @on(OptionList.OptionHighlighted)
    def _chosen(self, event: OptionList.OptionHighlighted) -> None:
        event.stop()
        self.post_message(self.Chosen(self, event.option.id))

    @on(OptionList.OptionSelected)
    def _opened(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        self.post_message(self.Opened(self, event.option.id))

    def set_items(self, rows: list[tuple[str, NamedRow]], keep: str | None = None) -> None:
        """Show `rows` (id, row), the cursor on `keep` when it is among them, else the first.

        When some rows carry a mark (extracted, not yet reviewed), the others get its width in
        blanks, so every name starts at the same cell.
        """
        marks = max((row.mark.cell_length for _, row in rows), default=0)
        self.set_options(Option(row.marked_to(marks), id=item) for item, row in rows)
        if not rows:
            return
        try:
            self.highlighted = self.get_option_index(keep) if keep else 0
        except OptionDoesNotExist:
            self.highlighted = 0

    @property
    def current(self) -> str | None:
        option = self.highlighted_option
        return option.id if option else None


class Pane(Widget):
    """A tab of the main screen: what it shows first, where the reader is, going to an item."""

    # What gets the focus when the pane is shown (a selector).
    MAIN = "OptionList"

    def focus_main(self) -> None:
        found = self.query(self.MAIN)
        if found:
            found.first().focus()
        else:  # mounted a moment ago: its children are composed on the next refresh
            self.call_after_refresh(self.focus_main)

    @property
    def location(self) -> str | None:
        return None

    def select(self, item: str) -> None:
        """Show `item` (from the palette, the history or a link); nothing to choose by default."""

    # Whether the pane shows records `a`/`r` can review (the keys are offered only there).
    REVIEWS = False

    def review_target(self) -> str | None:
        """The id of the extracted record in focus, which accept/reject act on."""
        return None

    def detail_place(self) -> int | None:
        """The row of the detail the reader is on, kept across a rebuild."""
        return None

    def restore_detail(self, row: int | None) -> None:
        """Go back to `row` of the detail after a rebuild."""


class MasterDetailPane(Pane):
    """A list of items beside the detail of the one the cursor is on.

    Subclasses compose one `ItemList` and a detail widget with the class `detail`, and say what
    an item shows in `show`.
    """

    MAIN = "ItemList"

    def show(self, item: str | None) -> None:
        raise NotImplementedError

    @property
    def listing(self) -> ItemList:
        return self.query_one(ItemList)

    @on(ItemList.Chosen)
    def _item_chosen(self, event: ItemList.Chosen) -> None:
        event.stop()
        self.show(event.item)
        self.screen.refresh_bindings()  # the review keys follow the record in focus

    @on(ItemList.Opened)
    def _item_opened(self, event: ItemList.Opened) -> None:
        event.stop()
        self.detail_focus().focus()

    def detail_focus(self) -> Widget:
        """What `enter` on the list moves to."""
        return self.query_one(".detail")

    def select(self, item: str) -> None:
        """Show `item` with the list on it. Focus is the screen's to give (`focus_main`)."""
        self.listing.highlighted = self.listing.get_option_index(item)
        self.show(item)

    @property
    def location(self) -> str | None:
        found = self.query(ItemList)  # none yet while the pane is being mounted
        return found.first().current if found else None

    def detail_place(self) -> int | None:
        detail = self.detail_focus()
        return detail.highlighted if isinstance(detail, OptionList) and detail.has_focus else None

    def restore_detail(self, row: int | None) -> None:
        detail = self.detail_focus()
        if row is not None and isinstance(detail, OptionList) and row < detail.option_count:
            detail.highlighted = row
            detail.focus()


class FilteredPane(MasterDetailPane):
    """A master-detail pane whose list filters as you type (`f`): a filter, a line saying how
    many items are shown, then the list.

    Subclasses say which items the list holds (`items`), the names an item answers to (`names`)
    and the note's words (`note`), and compose `side(...)` as their master.
    """

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("f", "focus_filter", "Filter", id="filter"),
    ]

    def side(self, name: str, listing: ItemList) -> ComposeResult:
        """The filter, the note and `listing`, with ids `NAME-filter` and `NAME-note`."""
        with Vertical(id=f"{name}-side", classes="side"):
            yield Input(
                placeholder="filter", id=f"{name}-filter", classes="list-filter", compact=True
            )
            yield Static(id=f"{name}-note", classes="list-note")
            yield listing

    def items(self) -> list[tuple[str, NamedRow]]:
        """Every item in the list's order, with its row."""
        raise NotImplementedError

    def names(self, item: str) -> Sequence[str]:
        """What a filter matches for `item`: its name and the other names it goes by."""
        raise NotImplementedError

    def note(self, count: str) -> str:
        """The line above the list, given how many rows it shows ("3" or "3 of 21")."""
        raise NotImplementedError

    @property
    def filter_input(self) -> Input:
        return self.query_one(".list-filter", Input)

    def on_mount(self) -> None:
        self.fill("")

    def fill(self, needle: str) -> None:
        """List the items one of whose names holds `needle` (any case), keeping the cursor's."""
        needle = needle.casefold().strip()
        every = self.items()
        rows = [
            (item, row)
            for item, row in every
            if not needle or any(needle in n.casefold() for n in self.names(item))
        ]
        note = self.note(f"{len(rows)} of {len(every)}" if needle else str(len(rows)))
        self.query_one(".list-note", Static).update(literal(note, "$text-muted"))
        self.listing.set_items(rows, keep=self.listing.current)
        if not rows:  # no row to be chosen: the detail of one filtered away would linger
            self.show(None)

    @on(Input.Changed, ".list-filter")
    def _filter(self, event: Input.Changed) -> None:
        self.fill(event.value)

    @on(Input.Submitted, ".list-filter")
    def _to_list(self) -> None:
        self.listing.focus()

    def select(self, item: str) -> None:
        """Show `item`, clearing a filter that hides it."""
        try:
            self.listing.get_option_index(item)
        except OptionDoesNotExist:
            self.filter_input.value = ""
            self.fill("")
        super().select(item)

    def action_focus_filter(self) -> None:
        # At once, not on the next turn as `focus()` would: keys typed right after `f` (one
        # write of "fcat") are already queued and must reach the filter, not the list.
        self.screen.set_focus(self.filter_input)
