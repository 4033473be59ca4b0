"""What every master-detail pane shares: a list of items, showing one, and where the reader is."""

from __future__ import annotations

from textual.widgets import OptionList


class ListPane:
    """Mixed into a pane widget whose list (`LIST`, a selector) has one option per item id."""

    LIST = ""

    def show(self, item: str | None) -> None:
        raise NotImplementedError

    @property
    def listing(self) -> OptionList:
        return self.query_one(self.LIST, OptionList)

    def select(self, item: str) -> None:
        """Show `item` (from the palette, the history or a link) with the list on it.

        Focus is the screen's to give once the pane is shown (`focus_main`).
        """
        self.listing.highlighted = self.listing.get_option_index(item)
        self.show(item)

    @property
    def location(self) -> str | None:
        option = self.listing.highlighted_option
        return option.id if option else None

    def focus_main(self) -> None:
        self.listing.focus()
