"""The key help: every binding active where `?` was pressed, generated from the bindings."""

from __future__ import annotations

from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import VerticalScroll
from textual.content import Content
from textual.screen import ModalScreen, Screen
from textual.widget import Widget
from textual.widgets import Static, TabPane

from evkb.tui.literal import literal


def _part(node: Widget) -> str:
    """What a reader calls the widget holding a key: the list, the detail, the filter..."""
    from textual.widgets import DataTable, Input, SelectionList

    from evkb.tui.widgets.cited import CitedList
    from evkb.tui.widgets.pane import ItemList, Pane
    from evkb.tui.widgets.passages import PassageView

    for kind, name in (
        (ItemList, "list"),
        (CitedList, "details"),
        (Input, "filter"),
        (PassageView, "passages"),
        (DataTable, "table"),
        (SelectionList, "generation list"),
        (Pane, ""),
    ):
        if isinstance(node, kind):
            return name
    return ""


def _section(node: object, screen: Screen) -> str:
    """The title the reader sees where a key works: "Everywhere", "Compare", "Companies list"."""
    if node is screen.app:
        return "Everywhere"
    title = getattr(screen, "TITLE", None) or "This screen"
    if node is screen or not isinstance(node, Widget):
        return title
    tab = next((a for a in node.ancestors if isinstance(a, TabPane)), None)
    if tab is not None:
        from evkb.tui.screens.main import PANES

        title = PANES.get(tab.id or "", (title,))[0]
    part = _part(node)
    return f"{title} {part}".strip() if part else f"{title} pane"


def binding_rows(screen: Screen) -> list[tuple[str, str, str, str]]:
    """(section, keys, description, binding id or "") for each binding active on `screen`."""
    seen: dict[tuple[str, str, str], list[str]] = {}
    for key, active in screen.active_bindings.items():
        binding = active.binding
        if not binding.description:
            continue
        # Only a binding id can be rebound in the keymap; an action name means nothing to a user.
        name = (_section(active.node, screen), binding.description, binding.id or "")
        seen.setdefault(name, []).append(screen.app.get_key_display(binding.with_key(key)))
    return [(section, " ".join(keys), text, ident) for (section, text, ident), keys in seen.items()]


class HelpScreen(ModalScreen):
    """A modal listing keys; any of `escape`, `?` or `q` closes it."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape,question_mark,q", "dismiss", "Close", id="help.close")
    ]

    def __init__(self, rows: list[tuple[str, str, str, str]]) -> None:
        super().__init__()
        self.rows = rows

    def compose(self) -> ComposeResult:
        width = max((len(keys) for _, keys, _, _ in self.rows), default=4) + 2
        lines = [literal("Keys", "bold")]
        section = None
        for where, keys, description, ident in self.rows:
            if where != section:
                section = where
                lines += [Content(""), literal(where, "bold $text-primary")]
            line = literal(keys.ljust(width), "bold $text-accent") + literal(description)
            if ident:
                line += literal(f"  ({ident})", "$text-muted")
            lines.append(line)
        lines += [
            Content(""),
            literal(
                'Rebind a key in config.toml: [keymap] binding-id = "keys"',
                "$text-muted",
            ),
        ]
        with VerticalScroll(id="help-body"):
            yield Static(Content("\n").join(lines))

    def on_mount(self) -> None:
        self.query_one("#help-body").focus()
