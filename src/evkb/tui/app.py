"""The terminal app: browse a knowledge base and trace every figure to its sentence."""

from __future__ import annotations

from pathlib import Path
from typing import ClassVar

from textual import on
from textual.app import App, SystemCommand
from textual.binding import Binding, BindingType

from evkb.model import Citation, KnowledgeBase
from evkb.text import safe_line
from evkb.tui.commands import JumpCommands
from evkb.tui.messages import GoTo, KBRebuilt, OpenCitation, OpenPassage
from evkb.tui.screens.main import MainScreen
from evkb.tui.widgets.cited import citation_span


class EvkbApp(App):
    CSS_PATH = "app.tcss"
    TITLE = "evkb"
    COMMANDS = App.COMMANDS | {JumpCommands}
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("q", "quit", "Quit", id="quit"),
        Binding("question_mark", "help", "Help", id="help"),
        Binding("slash", "search", "Search", id="search"),
        Binding("c", "compare", "Compare", id="compare"),
        Binding("x", "conflicts", "Conflicts", id="conflicts"),
        Binding("v", "pending", "To review", show=False, id="pending"),
        # App-wide, so every screen (the finder's too) goes back the same way.
        Binding("escape,backspace", "back", "Back", show=False, id="back"),
    ]

    def __init__(
        self,
        kb_dir: Path,
        theme: str | None = None,
        mouse: bool = True,
        *,
        kb: KnowledgeBase | None = None,
    ) -> None:
        super().__init__()
        from evkb.kb.store import load_kb

        self.kb_dir = Path(kb_dir)
        self.kb = kb if kb is not None else load_kb(self.kb_dir)
        self.mouse = mouse
        self.requested_theme = theme
        self.notices: list[str] = []  # one line each, shown once the app is up
        self._search_index = None

    def copy_to_clipboard(self, text: str) -> None:
        """The clipboard gets the cleaned text the screen shows: no escape code or bidi
        override from a document reaches another program through a paste."""
        from evkb.text import safe_text

        super().copy_to_clipboard(safe_text(text))

    def get_default_screen(self) -> MainScreen:
        return MainScreen(self.kb, kb_title(self.kb_dir), self.kb_dir)

    def on_mount(self) -> None:
        from evkb.tui.config import apply_settings

        apply_settings(self, self.requested_theme)
        for notice in self.notices:  # a cache entry ignored and rebuilt, say
            self.notify(safe_line(notice), markup=False, severity="warning")

    def set_kb(self, kb: KnowledgeBase) -> None:
        """Use `kb` (rebuilt after a review) everywhere from now on."""
        self.kb = kb
        self._search_index = None

    @on(KBRebuilt)
    def _rebuilt(self, event: KBRebuilt) -> None:
        self.set_kb(event.kb)

    def search_index(self):
        if self._search_index is None:
            from evkb.search import SearchIndex

            self._search_index = SearchIndex.open(
                self.kb, self.kb_dir / "kb.toml", digest=self.kb.digest or None
            )
        return self._search_index

    def open_passage(self, passage_id: str, span: tuple[int, int] | None = None) -> None:
        from evkb.tui.screens.passage import PassageScreen

        try:
            self.kb.passage(passage_id)
        except KeyError:
            self.notify(
                f"No passage {passage_id} in this knowledge base.",
                markup=False,
                severity="error",
            )
            return
        self.push_screen(PassageScreen(self.kb, passage_id, span))

    def open_citation(self, cite: Citation) -> None:
        if not cite.passage:
            self.notify("This quote was not found in its source.", markup=False, severity="warning")
            return
        self.open_passage(cite.passage, citation_span(self.kb, cite))

    @on(OpenCitation)
    def _open_citation(self, event: OpenCitation) -> None:
        self.open_citation(event.cite)

    @on(OpenPassage)
    def _open_passage(self, event: OpenPassage) -> None:
        self.open_passage(event.passage_id, event.span)

    @on(GoTo)
    async def _go(self, event: GoTo) -> None:
        await self.go(event.pane, event.item)

    async def go(self, pane: str, item: str | None = None) -> None:
        """Show `item` in `pane` on the main screen, from wherever the reader is."""
        while not isinstance(self.screen, MainScreen) and len(self.screen_stack) > 1:
            await self.pop_screen()
        screen = self.screen
        if isinstance(screen, MainScreen):
            await screen.show(pane, item)

    async def action_back(self) -> None:
        if isinstance(self.screen, MainScreen):
            await self.screen.back()
        else:
            await self.pop_screen()

    def action_help(self) -> None:
        from evkb.tui.screens.help import HelpScreen, binding_rows

        self.push_screen(HelpScreen(binding_rows(self.screen)))

    def action_search(self) -> None:
        from evkb.tui.screens.search import SearchScreen

        self.push_screen(SearchScreen(self.kb, self.search_index))

    def action_compare(self) -> None:
        from evkb.tui.screens.compare import CompareScreen

        self.push_screen(CompareScreen(self.kb))

    def action_conflicts(self) -> None:
        from evkb.tui.screens.conflicts import ConflictsScreen

        self.push_screen(ConflictsScreen(self.kb))

    def action_pending(self) -> None:
        from evkb.tui.screens.pending import PendingScreen

        self.push_screen(PendingScreen(self.kb))

    def get_system_commands(self, screen):
        for command in super().get_system_commands(screen):
            yield (command._replace(title="Change theme") if command.title == "Theme" else command)
        yield SystemCommand("Search", "Search passages as you type (/)", self.action_search)
        yield SystemCommand("Compare", "Battery generations side by side (c)", self.action_compare)
        yield SystemCommand("Conflicts", "Where the sources disagree (x)", self.action_conflicts)
        yield SystemCommand(
            "Awaiting review", "Extracted records to accept or reject (v)", self.action_pending
        )
        yield SystemCommand("Help", "Every key (?)", self.action_help)


def kb_title(kb_dir: Path) -> str:
    """What the overview calls the knowledge base: its folder's name."""
    from evkb.paths import bundled_kb_dir

    if kb_dir.resolve() == bundled_kb_dir().resolve():
        return "The bundled knowledge base"
    return f"Knowledge base {kb_dir.resolve().name}"


def run_app(kb_dir: Path, theme: str | None, mouse: bool) -> int:
    """What `evkb` and `evkb tui` run: open the knowledge base, then the app.

    A knowledge base that cannot be opened raises before the terminal is taken over, so the
    command line reports it like any other command's problem.
    """
    from evkb.kb.store import load_kb

    notices: list[str] = []
    kb = load_kb(Path(kb_dir), notices)
    app = EvkbApp(Path(kb_dir), theme, mouse, kb=kb)
    app.notices = notices
    app.run(mouse=mouse)
    return app.return_code or 0
