"""What every master-detail pane shares: a list of items, showing one, and where the reader is."""

from __future__ import annotations

from textual.widgets import OptionList


class ListPane:
    """Mixed into a pane widget whose list (`LIST`, a selector) has one option per item id.

    Moving in the list shows the item; `enter` on it moves to its detail (`DETAIL`).
    """

    LIST = ""
    DETAIL = ""

    def show(self, item: str | None) -> None:
        raise NotImplementedError

    def on_option_list_option_highlighted(self, event: OptionList.OptionHighlighted) -> None:
        if event.option_list is self.listing:
            self.show(event.option.id)

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        if event.option_list is self.listing:
            self.query_one(self.DETAIL).focus()

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
