"""The Sources pane: each document, its passages by kind, figures and known companies marked."""

from __future__ import annotations

from collections import Counter

from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical
from textual.widgets import Static
from textual.widgets.option_list import Option

from evkb.model import PASSAGE_KINDS
from evkb.tui.literal import literal
from evkb.tui.widgets.finder.names import source_title
from evkb.tui.widgets.finder.vim_list import VimOptionList
from evkb.tui.widgets.pane import ListPane
from evkb.tui.widgets.passages import PassageView


class SourceList(VimOptionList):
    """The pane's list (its name heads its keys in the help)."""


class SourcesPane(ListPane, Horizontal):
    LIST = "#source-list"
    DETAIL = "#source-passages"

    def compose(self) -> ComposeResult:
        yield SourceList(id="source-list", classes="master")
        with Vertical(classes="detail"):
            yield Static(id="source-head")
            yield PassageView(id="source-passages")

    def on_mount(self) -> None:
        kb = self.app.kb
        listing = self.query_one("#source-list", SourceList)
        listing.set_options(Option(literal(source_title(kb, s.id)), id=s.id) for s in kb.sources)
        if kb.sources:
            listing.highlighted = 0

    def show(self, source_id: str | None) -> None:
        if source_id is None:
            return
        kb = self.app.kb
        source = kb.source(source_id)
        passages = kb.passages_of(source_id)
        counts = Counter(p.kind for p in passages)
        kinds = ", ".join(f"{counts[k]} {k}" for k in PASSAGE_KINDS if counts[k])
        head = literal(source.title or source.id, "bold")
        details = [d for d in (source.id, source.publisher, source.published, source.url) if d]
        head += literal("\n" + " · ".join(details), "$text-muted")
        head += literal(f"\n{len(passages)} passages: {kinds}", "$text-muted")
        for warning in source.warnings:
            head += literal(f"\n⚠ {warning}", "$text-warning")
        self.query_one("#source-head", Static).update(head)
        self.query_one("#source-passages", PassageView).show_passages(passages)
