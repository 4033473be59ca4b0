"""The search screen: passages ranked as you type, matches highlighted, a preview beside them."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, ClassVar

from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, VerticalScroll
from textual.content import Content
from textual.reactive import reactive
from textual.screen import Screen
from textual.widgets import Footer, Input, OptionList, Static
from textual.widgets.option_list import Option

from evkb.model import KnowledgeBase
from evkb.tui.literal import highlighted, literal
from evkb.tui.messages import OpenPassage
from evkb.tui.widgets.finder.snippet import snippet
from evkb.tui.widgets.finder.vim_list import VimOptionList
from evkb.tui.widgets.pane import CutLines
from evkb.views.names import source_title

if TYPE_CHECKING:
    from evkb.search import Hit, SearchIndex

# Lists stay cheap (an OptionList of a few dozen options paints at once); nobody reads past this.
MAX_HITS = 50
# Typing pauses shorter than this do not start a search.
DEBOUNCE = 0.15
MATCH_STYLE = "bold reverse"
# Below this width the preview is hidden.
NARROW = 80


def _hit_option(hit: Hit, title: str, width: int) -> Option:
    passage = hit.passage
    text, spans = snippet(passage.text, hit.spans, width)
    where = Content.assemble(
        literal(passage.kind, "italic $text-muted"),
        (" · ", "$text-muted"),
        literal(passage.id, "$text-muted"),
        (" · ", "$text-muted"),
        literal(title, "$text-muted"),
    )
    # Two rows, each cut with an ellipsis at whatever width the list has, never wrapped.
    return Option(CutLines([highlighted(text, spans, MATCH_STYLE), where]))


class SearchScreen(Screen[None]):
    """Fuzzy search over passages, ranked as you type."""

    CSS_PATH = "search.tcss"
    # Too narrow for two columns: the list alone, the preview one keystroke away (enter).
    # The same rule as the main screen's: Textual sets the class from the width.
    HORIZONTAL_BREAKPOINTS = [(0, "-narrow"), (NARROW, "-normal")]  # noqa: RUF012
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "back", "Back", id="search.back"),
        Binding("enter", "open", "Open", id="search.open", show=True),
        Binding("ctrl+t", "toggle_all", "All kinds", id="search.toggle_all"),
        Binding("down", "move(1)", "Next hit", show=False, id="search.next"),
        Binding("up", "move(-1)", "Previous hit", show=False, id="search.previous"),
    ]

    include_all: reactive[bool] = reactive(False)

    TITLE = "Search"

    def __init__(
        self, kb: KnowledgeBase, open_index: Callable[[], SearchIndex] | None = None
    ) -> None:
        super().__init__()
        self.kb = kb
        # The app opens its cached index; without one, the index is built from `kb` in memory.
        self._open_index = open_index or self._build_index
        self._hits: list[Hit] = []
        self._index: SearchIndex | None = None
        self._index_lock = asyncio.Lock()
        self._titles: dict[str, str] = {}

    def compose(self) -> ComposeResult:
        yield Input(placeholder="Search passages (typos are fine)", id="search-input")
        yield Static(id="search-status")
        with Horizontal(id="search-body"):
            yield VimOptionList(id="search-results")
            with VerticalScroll(id="search-preview-box"):
                yield Static(id="search-preview")
        yield Footer()

    def on_mount(self) -> None:
        self.query_one("#search-input", Input).focus()
        self._show_status()
        self.query_one("#search-preview-box").border_title = "Preview"
        self.query_one("#search-results").border_title = "Passages"

    # --- searching ------------------------------------------------------------------------

    @on(Input.Changed, "#search-input")
    def _query_changed(self, event: Input.Changed) -> None:
        self.run_search(event.value, self.include_all)

    def watch_include_all(self, include_all: bool) -> None:
        self.set_class(include_all, "-all-kinds")
        if self.is_mounted:
            self.run_search(self.query_one("#search-input", Input).value, include_all)

    def _build_index(self) -> SearchIndex:
        from evkb.search import SearchIndex

        return SearchIndex.build(self.kb)

    async def _search_index(self) -> SearchIndex:
        # The index is built on first use; build it off the event loop, once.
        async with self._index_lock:
            if self._index is None:
                self._index = await asyncio.to_thread(self._open_index)
            return self._index

    @work(exclusive=True, group="search")
    async def run_search(self, query: str, include_all: bool) -> None:
        """Search after a pause in typing; a newer call cancels this one (newest query wins)."""
        await asyncio.sleep(DEBOUNCE)
        if not query.strip():
            self._show_hits(query, [])
            return
        try:
            index = await self._search_index()
            # In a thread, so a slow query (or one that releases the GIL) never freezes typing.
            hits = await asyncio.to_thread(
                index.search, query, limit=MAX_HITS, include_all=include_all
            )
        except Exception as error:
            self._show_hits(query, [])
            message = f"Search failed: {error.__class__.__name__}: {error}"
            self.query_one("#search-status", Static).update(literal(message, "$text-error"))
            return
        if query != self.query_one("#search-input", Input).value:
            return  # typed on since: a newer search is under way
        self._show_hits(query, list(hits)[:MAX_HITS])

    def _title(self, source_id: str) -> str:
        title = self._titles.get(source_id)
        if title is None:
            title = self._titles[source_id] = source_title(self.kb, source_id)
        return title

    def _show_hits(self, query: str, hits: list[Hit]) -> None:
        self._hits = hits
        results = self.query_one("#search-results", OptionList)
        width = max(results.size.width - 4, 30)
        results.set_options(
            _hit_option(hit, self._title(hit.passage.source), width) for hit in hits
        )
        if hits:
            results.highlighted = 0
        self._show_preview()
        self._show_status(query)

    def _show_status(self, query: str = "") -> None:
        kinds = "all passage kinds" if self.include_all else "body passages"
        if not query.strip():
            text = f"Type to search {kinds}."
        elif not self._hits:
            text = f"No matches in {kinds}."
        else:
            count = len(self._hits)
            more = "+" if count >= MAX_HITS else ""
            noun = "match" if count == 1 else "matches"
            text = f"{count}{more} {noun} in {kinds} · enter opens the highlighted one"
        status = Content(text)
        if query.strip():
            from evkb.search import bounded_query

            _, cut = bounded_query(query)  # what the index searched for, as it cuts a query
            if cut:
                status += literal(f" · {cut}", "$text-warning")
        self.query_one("#search-status", Static).update(status)

    # --- preview and navigation -----------------------------------------------------------

    def _current(self) -> Hit | None:
        index = self.query_one("#search-results", OptionList).highlighted
        if index is None or not 0 <= index < len(self._hits):
            return None
        return self._hits[index]

    @on(OptionList.OptionHighlighted, "#search-results")
    def _highlight_moved(self) -> None:
        self._show_preview()

    def _show_preview(self) -> None:
        preview = self.query_one("#search-preview", Static)
        hit = self._current()
        if hit is None:
            preview.update(Content(""))
            return
        passage = hit.passage
        heading = Content.assemble(
            literal(self._title(passage.source), "bold"),
            "\n",
            literal(f"{passage.id} · {passage.kind}", "$text-muted"),
            "\n\n",
        )
        preview.update(heading + highlighted(passage.text, hit.spans, MATCH_STYLE))
        self.query_one("#search-preview-box", VerticalScroll).scroll_home(animate=False)

    def action_move(self, step: int) -> None:
        results = self.query_one("#search-results", OptionList)
        if step > 0:
            results.action_cursor_down()
        else:
            results.action_cursor_up()

    def action_toggle_all(self) -> None:
        self.include_all = not self.include_all

    @on(Input.Submitted, "#search-input")
    @on(OptionList.OptionSelected, "#search-results")
    def _chosen(self, event: Any) -> None:
        event.stop()
        self.action_open()

    def action_open(self) -> None:
        hit = self._current()
        if hit is None:
            return
        span = (hit.spans[0][0], hit.spans[0][1]) if hit.spans else None
        self.post_message(OpenPassage(hit.passage.id, span))

    def action_back(self) -> None:
        self.dismiss()
