"""The key help: every binding active where `?` was pressed, generated from the bindings."""

from __future__ import annotations

from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import VerticalScroll
from textual.content import Content
from textual.screen import ModalScreen, Screen
from textual.widgets import Static

from evkb.tui.literal import literal


def _section(node: object, screen: Screen) -> str:
    if node is screen.app:
        return "Everywhere"
    if node is screen:
        return "On this screen"
    return f"In {type(node).__name__}"


def binding_rows(screen: Screen) -> list[tuple[str, str, str, str]]:
    """(section, keys, description, binding id) for each binding active on `screen`."""
    seen: dict[tuple[str, str, str], list[str]] = {}
    for key, active in screen.active_bindings.items():
        binding = active.binding
        if not binding.description:
            continue
        name = (
            _section(active.node, screen),
            binding.description,
            binding.id or binding.action,
        )
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
