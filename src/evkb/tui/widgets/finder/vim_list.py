"""An OptionList that also moves with vim keys (j/k/g/G)."""

from __future__ import annotations

from typing import ClassVar

from textual.binding import BindingType
from textual.widgets import OptionList

from evkb.tui.widgets.cited import LIST_BINDINGS


class VimOptionList(OptionList):
    """OptionList with j/k/g/G beside the arrow keys, each binding with an id."""

    BINDINGS: ClassVar[list[BindingType]] = LIST_BINDINGS
