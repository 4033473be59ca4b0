"""A passage in its source: the quote highlighted, the neighbouring passages around it."""

from __future__ import annotations

from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import VerticalScroll
from textual.content import Content
from textual.screen import Screen
from textual.widgets import Footer, Static

from evkb.model import FURNITURE_KINDS, KnowledgeBase
from evkb.tui.literal import highlighted, literal
from evkb.views.names import source_title

# How many passages to show on each side of the traced one.
CONTEXT = 2
DIMMED_KINDS = FURNITURE_KINDS


class PassageScreen(Screen):
    """Where a figure comes from. `escape`/`backspace` go back to where the reader was."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape,backspace", "app.back", "Back", id="back"),  # shown in the footer here
        Binding("y", "copy_quote", "Copy", id="copy"),
        Binding("j", "scroll_by(1)", "Down", show=False, id="list.down"),
        Binding("k", "scroll_by(-1)", "Up", show=False, id="list.up"),
    ]

    TITLE = "Passage"

    def __init__(
        self, kb: KnowledgeBase, passage_id: str, span: tuple[int, int] | None = None
    ) -> None:
        super().__init__()
        self.kb = kb
        self.passage_id = passage_id
        self.span = span

    def compose(self) -> ComposeResult:
        kb = self.kb
        passage = kb.passage(self.passage_id)
        source = kb.source(passage.source)
        head = literal(source_title(kb, source.id), "bold")
        details = [d for d in (source.publisher, source.published, source.url) if d]
        if details:
            head += literal("  " + " · ".join(details), "$text-muted")
        yield Static(head, id="passage-source")
        siblings = kb.passages_of(passage.source)
        at = next((i for i, p in enumerate(siblings) if p.id == passage.id), 0)
        with VerticalScroll(id="passage-context"):
            for other in siblings[max(0, at - CONTEXT) : at + CONTEXT + 1]:
                label = literal(f"{other.id} · {other.kind}", "$text-muted")
                if other.id == passage.id:
                    spans = [self.span] if self.span else []
                    text = highlighted(other.text, spans, "bold reverse")
                    yield Static(label + Content("\n") + text, classes="passage -target")
                else:
                    classes = "passage"
                    if other.kind in DIMMED_KINDS:
                        classes += " -dim"
                    yield Static(label + Content("\n") + literal(other.text), classes=classes)
        yield Footer()

    def on_mount(self) -> None:
        self.query_one("#passage-context").focus()
        target = self.query_one(".-target")
        self.call_after_refresh(target.scroll_visible, animate=False, top=True)

    def action_scroll_by(self, lines: int) -> None:
        self.query_one("#passage-context").scroll_relative(y=lines, animate=False)

    def action_copy_quote(self) -> None:
        kb = self.kb
        passage = kb.passage(self.passage_id)
        quote = passage.text[self.span[0] : self.span[1]] if self.span else passage.text
        where = f"{source_title(kb, passage.source)}, {passage.id}"
        self.app.copy_to_clipboard(f"“{quote}”\n— {where}")
        self.notify("Copied with its citation.", markup=False)
