"""A bare host app for testing the search, compare and conflicts screens, and the bundled app."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

from textual import on
from textual.app import App
from textual.screen import Screen
from textual.widget import Widget

from evkb.model import KnowledgeBase
from evkb.tui.messages import OpenCitation, OpenPassage

W = TypeVar("W", bound=Widget)

# The one theme every snapshot is taken in.
SNAPSHOT_THEME = "evkb-harbour"


class FinderApp(App[None]):
    """Hosts one screen, built with the knowledge base, and records what it asks for.

    A screen gets its data when it is made and asks for passages by message, so this app
    only has to answer those messages.
    """

    def __init__(
        self, kb: KnowledgeBase, screen: Callable[[KnowledgeBase], Screen], **kwargs: Any
    ) -> None:
        super().__init__(**kwargs)
        self.kb = kb
        self._screen = screen
        self.opened: list[tuple] = []
        self.copied: list[str] = []
        self.notices = record_notices(self)

    def on_mount(self) -> None:
        self.push_screen(self._screen(self.kb))

    @on(OpenPassage)
    def _passage(self, event: OpenPassage) -> None:
        self.opened.append(("passage", event.passage_id, event.span))

    @on(OpenCitation)
    def _citation(self, event: OpenCitation) -> None:
        self.opened.append(("citation", event.cite))

    def copy_to_clipboard(self, text: str) -> None:
        self.copied.append(text)
        super().copy_to_clipboard(text)


def bundled_app(tmp_path, theme: str | None = None):
    """The real app over a copy of the repo's bundled knowledge base (data/), as `evkb` opens it.

    A copy, because opening a knowledge base caches beside its kb.toml; tests write only to
    tmp_path.
    """
    import shutil

    from evkb.paths import bundled_kb_dir
    from evkb.tui.app import EvkbApp

    kb_dir = tmp_path / "bundled"
    shutil.copytree(bundled_kb_dir(), kb_dir, ignore=shutil.ignore_patterns(".evkb-cache"))
    return EvkbApp(kb_dir, theme=theme)


def bundled_app_in_place(theme: str | None = SNAPSHOT_THEME):
    """The real app over the repo's bundled knowledge base where it is, as `evkb` shows it
    (its title, read-only for review), for screens that write no cache: the knowledge base is
    read with read_kb, which leaves nothing beside the bundled data."""
    from evkb.kb.store import KB_FILE, read_kb
    from evkb.paths import bundled_kb_dir
    from evkb.tui.app import EvkbApp

    kb_dir = bundled_kb_dir()
    return EvkbApp(kb_dir, theme=theme, kb=read_kb(kb_dir / KB_FILE))


def record_notices(app: App) -> list[str]:
    """Every notification the app is asked to show from now on, as plain text, in order.

    Wraps the app's public `notify` (screens and widgets notify through it) and still shows
    each one; Textual keeps the shown notifications to itself."""
    seen: list[str] = []
    show = app.notify

    def notify(message, *args: Any, **kwargs: Any) -> None:
        seen.append(getattr(message, "plain", None) or str(message))
        show(message, *args, **kwargs)

    app.notify = notify  # type: ignore[method-assign]
    return seen


async def settle(pilot) -> None:
    """Until the app is idle: messages handled and every worker (a debounced search, the command
    palette gathering its hits) finished. A condition to wait on, not a fixed sleep."""
    await pilot.pause()
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()


async def until(pilot, ready: Callable[[], object], pauses: int = 1500) -> None:
    """Pause until `ready()` holds (a pane mounted, a screen pushed): on a busy machine one
    pause may come before the app has got there. A condition to wait on, with a generous
    bound (1,500 pauses of 20 ms: a load of 9 on two cores once needed more than 500) so that
    a broken app still fails rather than hangs."""
    for _ in range(pauses):
        if ready():
            return
        await pilot.pause(0.02)
    raise AssertionError("the app never got there")


async def started(pilot) -> None:
    """Until the app is up: its first pane focused, and that focus heard by the tabs (they
    follow the focus, by a message a key pressed before it arrives can be undone by)."""
    await until(pilot, lambda: pilot.app.screen.focused is not None)
    await pilot.pause(0.1)


async def laid_out(pilot, selector: str, kind: type[W]) -> W:
    """The widget `selector` names on the current screen once it is mounted and has a size
    (panes other than the first are mounted when first shown)."""

    def found() -> W | None:
        widgets = pilot.app.screen.query(selector)
        widget = widgets.first(kind) if widgets else None
        return widget if widget is not None and widget.size.height else None

    await until(pilot, found)
    widget = found()
    assert widget is not None
    return widget


async def in_pane(pilot) -> None:
    """Until the focus is inside the main screen's current pane (it moves there after a pane is
    shown; a key pressed before then goes to whatever had the focus)."""

    def focused() -> bool:
        screen, widget = pilot.app.screen, pilot.app.screen.focused
        return widget is not None and screen.current_pane() in widget.ancestors_with_self

    await until(pilot, focused)
