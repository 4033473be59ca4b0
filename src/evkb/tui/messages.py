"""What widgets ask for, as messages that bubble up to whoever navigates (the app)."""

from __future__ import annotations

from dataclasses import dataclass

from textual.message import Message

from evkb.model import Citation, KnowledgeBase


@dataclass
class OpenCitation(Message):
    """Show the passage that states `cite`, the quote highlighted."""

    cite: Citation


@dataclass
class OpenPassage(Message):
    """Show a passage in its context, `span` (offsets in the passage) highlighted."""

    passage_id: str
    span: tuple[int, int] | None = None


@dataclass
class GoTo(Message):
    """Show `item` in `pane` on the main screen (from the overview, a link, the palette)."""

    pane: str
    item: str | None = None


@dataclass
class KBRebuilt(Message):
    """The knowledge base was rebuilt (after a review): `kb` is what every screen shows now."""

    kb: KnowledgeBase
