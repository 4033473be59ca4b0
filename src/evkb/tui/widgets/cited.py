"""A list whose entries carry their citations: `enter` opens an entry's passage, `y` copies it."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import ClassVar

from textual import on
from textual.binding import Binding, BindingType
from textual.content import Content
from textual.visual import Visual
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from evkb.model import Citation, KnowledgeBase
from evkb.tui.literal import literal
from evkb.tui.messages import OpenCitation
from evkb.views.common import CURATED, Statement
from evkb.views.names import source_title

# Bindings every list in the app shares: vim keys plus the arrow keys OptionList brings.
LIST_BINDINGS: list[BindingType] = [
    Binding("j", "cursor_down", "Down", show=False, id="list.down"),
    Binding("k", "cursor_up", "Up", show=False, id="list.up"),
    Binding("g", "first", "First", show=False, id="list.first"),
    Binding("G", "last", "Last", show=False, id="list.last"),
]


EXTRACTED_MARK = "◇ "


@dataclass(frozen=True, slots=True)
class Entry:
    """One row: what is shown, every quote stating it, and the plain text `y` copies."""

    prompt: object  # Content, or a Visual that lays a row out
    cites: tuple[Citation, ...] = ()
    copy: str = ""
    record: str = ""  # the extracted record the row states, which `a`/`r` review

    @property
    def cite(self) -> Citation | None:
        return self.cites[0] if self.cites else None


def citation_span(kb: KnowledgeBase, cite: Citation) -> tuple[int, int] | None:
    """The quote's offsets inside its passage (citations carry offsets into the source)."""
    try:
        passage = kb.passage(cite.passage)
    except KeyError:
        return None
    if cite.start >= 0:
        return (cite.start - passage.start, cite.end - passage.start)
    at = passage.text.find(cite.quote) if cite.quote else -1
    return (at, at + len(cite.quote)) if at >= 0 else None  # a quote without offsets


def copy_text(kb: KnowledgeBase, label: str, cite: Citation | None) -> str:
    """The text `y` puts on the clipboard: the statement and where it comes from."""
    if cite is None:
        return label
    where = source_title(kb, cite.source)
    if cite.passage:
        where += f", {cite.passage}"
    return f"{label}\n— {where}: “{cite.quote}”"


def source_tag(cite: Citation | None, more: int = 0) -> Content:
    """The short source mark after an entry (the source id: readable and unique)."""
    if cite is None:
        return Content("")
    also = f" +{more} more" if more else ""
    return literal(f"  · {cite.source}{also}", "$text-muted")


def origin_mark(origin: str) -> Content:
    """A mark in front of what extraction proposed and nobody has reviewed yet."""
    return Content("") if origin == CURATED else literal(EXTRACTED_MARK, "$text-secondary")


def statement_entry(kb: KnowledgeBase, statement: Statement) -> Entry | Content:
    """A view's statement as a row; one without quotes (a conflict's message) is a note."""
    style = "$text-warning" if statement.tone == "warning" else ""
    if not statement.cites:
        return literal(statement.text, style)
    prompt = origin_mark(statement.origin) + literal(statement.text, style)
    prompt += source_tag(statement.cite, len(statement.cites) - 1)
    return Entry(
        prompt, statement.cites, copy_text(kb, statement.text, statement.cite), statement.record
    )


def quote_choice(cite: Citation) -> Content:
    """A quote as one of several to pick from."""
    return literal(f"“{cite.quote}”", "italic") + literal(f"  · {cite.source}", "$text-muted")


def open_citations(
    widget, cites: tuple[Citation, ...], choices: list[Content] | None = None
) -> None:
    """Ask to open the one quote, or let the reader pick among several first."""
    if not cites:
        widget.notify("This entry has no source passage of its own.", severity="warning")
        return
    if len(cites) == 1:
        widget.post_message(OpenCitation(cites[0]))
        return
    from evkb.tui.widgets.finder.modals import PickModal

    def chosen(index: int | None) -> None:
        if index is not None:
            widget.post_message(OpenCitation(cites[index]))

    choices = choices or [quote_choice(c) for c in cites]
    title = Content(f"{len(cites)} quotes state this. Open which?")
    widget.app.push_screen(PickModal(title, choices), chosen)


def heading(text: str) -> Content:
    return literal(text, "bold $text-accent")


class CitedList(OptionList):
    """Entries with citations; headings between them are disabled options the cursor skips."""

    BINDINGS: ClassVar[list[BindingType]] = [
        *LIST_BINDINGS,
        Binding("enter", "select", "Open source", id="open"),
        Binding("y", "copy_entry", "Copy", id="copy"),
    ]

    def __init__(self, *, id: str | None = None, classes: str | None = None) -> None:
        super().__init__(id=id, classes=classes)
        self._entries: dict[int, Entry] = {}

    def set_entries(self, rows: Sequence[Entry | Content | Visual]) -> None:
        """Show `rows`: an `Entry` is selectable, anything else is a heading or note."""
        options = []
        self._entries = {}
        for index, row in enumerate(rows):
            if isinstance(row, Entry):
                self._entries[index] = row
                options.append(Option(row.prompt))  # type: ignore[arg-type]
            else:
                options.append(Option(row, disabled=True))
        self.set_options(options)
        first = next(iter(self._entries), None)
        self.highlighted = first

    @property
    def current(self) -> Entry | None:
        if self.highlighted is None:
            return None
        return self._entries.get(self.highlighted)

    @on(OptionList.OptionSelected)
    def _trace(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        entry = self._entries.get(event.option_index)
        if entry is not None:
            open_citations(self, entry.cites)

    def action_copy_entry(self) -> None:
        entry = self.current
        if entry is None:
            return
        self.app.copy_to_clipboard(entry.copy)
        self.notify("Copied with its citation.", markup=False)
