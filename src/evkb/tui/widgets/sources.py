"""The Sources pane: each document, its passages by kind, figures and known companies marked."""

from __future__ import annotations

from collections import Counter

from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical
from textual.widgets import Static

from evkb.model import PASSAGE_KINDS, KnowledgeBase
from evkb.tui.literal import literal
from evkb.tui.widgets.pane import ItemList, MasterDetailPane, NamedRow
from evkb.tui.widgets.passages import PassageView, passage_painter
from evkb.views.names import source_title


class SourceList(ItemList):
    """The Sources list."""


class SourcesPane(MasterDetailPane):
    def __init__(self, kb: KnowledgeBase, *, classes: str | None = None) -> None:
        super().__init__(classes=classes)
        self.kb = kb

    def compose(self) -> ComposeResult:
        with Horizontal():
            yield SourceList(id="source-list", classes="master")
            with Vertical(classes="detail"):
                yield Static(id="source-head")
                yield PassageView(passage_painter(self.kb), id="source-passages")

    def on_mount(self) -> None:
        self.listing.set_items(
            [(s.id, NamedRow(source_title(self.kb, s.id), s.published)) for s in self.kb.sources]
        )

    def detail_focus(self) -> PassageView:
        return self.query_one("#source-passages", PassageView)

    def show(self, source_id: str | None) -> None:
        if source_id is None:
            return
        kb = self.kb
        source = kb.source(source_id)
        passages = kb.passages_of(source_id)
        counts = Counter(p.kind for p in passages)
        kinds = ", ".join(f"{counts[k]} {k}" for k in PASSAGE_KINDS if counts[k])
        head = literal(source.title or source.id, "bold")
        author = f"by {source.author}" if source.author else ""
        details = [
            d for d in (source.id, author, source.publisher, source.published, source.url) if d
        ]
        head += literal("\n" + " · ".join(details), "$text-muted")
        head += literal(f"\n{len(passages)} passages: {kinds}", "$text-muted")
        for warning in source.warnings:
            head += literal(f"\n⚠ {warning}", "$text-warning")
        self.query_one("#source-head", Static).update(head)
        self.query_one("#source-passages", PassageView).show_passages(
            passages, source_title(kb, source_id)
        )
