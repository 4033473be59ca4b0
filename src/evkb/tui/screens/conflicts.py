"""The conflicts screen: every disagreement the knowledge base found, with both quotes."""

from __future__ import annotations

from typing import ClassVar

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.content import Content
from textual.screen import Screen
from textual.widgets import Footer, OptionList, Static
from textual.widgets.option_list import Option

from evkb.compare import LABELS
from evkb.model import Conflict, ConflictSide, KnowledgeBase
from evkb.tui.literal import literal
from evkb.tui.messages import OpenPassage
from evkb.tui.widgets.finder.vim_list import VimOptionList
from evkb.tui.widgets.pane import CutLines
from evkb.views.names import conflict_kind, source_title, subject_name

SIDE_INDENT = 4


def quote_span(kb: KnowledgeBase, side: ConflictSide) -> tuple[int, int] | None:
    """Where the side's quote sits in its passage (offsets into the passage text), if found."""
    try:
        text = kb.passage(side.passage).text
    except KeyError:
        return None
    start = text.find(side.quote)
    if start < 0:
        start = text.casefold().find(side.quote.casefold())
    return (start, start + len(side.quote)) if start >= 0 and side.quote else None


def _heading(kb: KnowledgeBase, number: int, conflict: Conflict) -> Content:
    attribute = LABELS.get(conflict.attribute, conflict.attribute.replace("_", " "))
    about = " · ".join(part for part in (subject_name(kb, conflict.subject), attribute) if part)
    return Content.assemble(
        literal(f"{number}. ", "bold"),
        literal(conflict_kind(conflict.kind), "bold $text-warning"),
        ("  ", ""),
        literal(about, "bold"),
        "\n",
        literal(conflict.message, "italic"),
    )


def _side(kb: KnowledgeBase, side: ConflictSide) -> Content:
    title = source_title(kb, side.source)
    where = f"{side.passage} · {title}" if side.passage else title
    return Content.assemble(
        ("▸ ", "$text-muted"),
        literal(side.value, "bold"),
        "\n  ",
        literal("\u201c", "$text-muted"),
        literal(side.quote, "italic"),
        literal("\u201d", "$text-muted"),
        "\n  ",
        literal(where, "$text-muted"),
    )


class ConflictsScreen(Screen[None]):
    """Each conflict with its sides; enter opens the selected side's passage."""

    CSS_PATH = "conflicts.tcss"
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape,backspace", "back", "Back", id="conflicts.back"),
        Binding("enter", "open", "Open source", id="conflicts.open", show=True),
    ]

    TITLE = "Conflicts"

    def __init__(self, kb: KnowledgeBase) -> None:
        super().__init__()
        self.kb = kb
        # What each option shows, and the side it opens (None for a conflict's heading).
        self.entries: list[tuple[Content, ConflictSide | None]] = []

    def compose(self) -> ComposeResult:
        yield Static(id="conflicts-status")
        yield VimOptionList(id="conflicts-list")
        yield Footer()

    def on_mount(self) -> None:
        kb = self.kb
        options: list[Option | None] = []
        self.entries = []
        for number, conflict in enumerate(kb.conflicts, 1):
            if options:
                options.append(None)  # a divider line between conflicts
            heading = _heading(kb, number, conflict)
            # Every line one row, cut with an ellipsis; enter opens a side in full.
            options.append(Option(CutLines(heading.split()), disabled=True))
            self.entries.append((heading, None))
            for side in conflict.sides:
                content = _side(kb, side)
                options.append(Option(CutLines(content.split(), indent=SIDE_INDENT)))
                self.entries.append((content, side))
        listing = self.query_one("#conflicts-list", OptionList)
        listing.add_options(options)
        listing.border_title = "Conflicts"
        count = len(kb.conflicts)
        noun = "conflict or inconsistency" if count == 1 else "conflicts and inconsistencies"
        status = (
            f"{count} {noun} found in the sources. Enter opens the selected side in its source."
            if count
            else "No conflicts found in the sources."
        )
        self.query_one("#conflicts-status", Static).update(Content(status))
        listing.action_first()
        listing.focus()

    def selected_side(self) -> ConflictSide | None:
        index = self.query_one("#conflicts-list", OptionList).highlighted
        if index is None or not 0 <= index < len(self.entries):
            return None
        return self.entries[index][1]

    @on(OptionList.OptionSelected, "#conflicts-list")
    def _chosen(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        self.action_open()

    def action_open(self) -> None:
        side = self.selected_side()
        if side is None:
            return
        if not side.passage:
            self.notify("This side has no passage to open.", severity="warning")
            return
        self.post_message(OpenPassage(side.passage, quote_span(self.kb, side)))

    def action_back(self) -> None:
        self.dismiss()
