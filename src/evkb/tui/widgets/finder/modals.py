"""Small modal dialogs: pick one of several items, or type a file name."""

from __future__ import annotations

from collections.abc import Sequence
from typing import ClassVar

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import Input, Label, OptionList
from textual.widgets.option_list import Option

from evkb.tui.widgets.finder.vim_list import VimOptionList


class PickModal(ModalScreen[int | None]):
    """Choose one of several items; dismisses with its index, or None on escape."""

    DEFAULT_CSS = """
    PickModal { align: center middle; }
    PickModal > Vertical {
        width: 80%; max-width: 100; height: auto; max-height: 80%;
        border: round $primary; background: $panel; padding: 0 1;
    }
    PickModal OptionList { height: auto; max-height: 20; }
    """
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "cancel", "Cancel", id="pick.cancel")
    ]

    def __init__(self, title: Content, choices: Sequence[Content]) -> None:
        super().__init__()
        self._title = title
        self._choices = list(choices)

    def compose(self) -> ComposeResult:
        with Vertical():
            yield Label(self._title)
            yield VimOptionList(*(Option(c) for c in self._choices), id="pick-list")

    @on(OptionList.OptionSelected, "#pick-list")
    def _picked(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        self.dismiss(event.option_index)

    def action_cancel(self) -> None:
        self.dismiss(None)


class FileNameModal(ModalScreen[str | None]):
    """Ask for a file name; dismisses with it, or None on escape or an empty name."""

    DEFAULT_CSS = """
    FileNameModal { align: center middle; }
    FileNameModal > Vertical {
        width: 70%; max-width: 90; height: auto;
        border: round $primary; background: $panel; padding: 0 1;
    }
    """
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "cancel", "Cancel", id="filename.cancel")
    ]

    def __init__(self, title: Content, default: str) -> None:
        super().__init__()
        self._title = title
        self._default = default

    def compose(self) -> ComposeResult:
        with Vertical():
            yield Label(self._title)
            yield Input(value=self._default, id="filename-input", select_on_focus=False)

    @on(Input.Submitted, "#filename-input")
    def _submitted(self, event: Input.Submitted) -> None:
        event.stop()
        name = event.value.strip()
        self.dismiss(name or None)

    def action_cancel(self) -> None:
        self.dismiss(None)
