"""A master list with some rows marked extracted: every name still starts at the same cell."""

from __future__ import annotations

from textual.app import App, ComposeResult

from evkb.tui.widgets.cited import EXTRACTED_MARK, origin_mark
from evkb.tui.widgets.pane import ItemList, NamedRow


class ListApp(App):
    def __init__(self, rows: list[tuple[str, NamedRow]]) -> None:
        super().__init__()
        self.rows = rows

    def compose(self) -> ComposeResult:
        yield ItemList(id="items")

    def on_mount(self) -> None:
        self.query_one(ItemList).set_items(self.rows)


async def test_unmarked_rows_are_padded_to_the_mark():
    rows = [
        ("a", NamedRow("Albion Motor Company", "automaker", origin_mark("extracted"))),
        ("b", NamedRow("Argus", "media")),
    ]
    app = ListApp(rows)
    async with app.run_test(size=(60, 8)) as pilot:
        await pilot.pause()
        items = app.query_one(ItemList)
        shown = [
            items.get_option_at_index(i).prompt.layout(40).plain  # type: ignore[union-attr]
            for i in range(items.option_count)
        ]
        assert shown[0].startswith(EXTRACTED_MARK + "Albion")
        assert shown[1].startswith(" " * len(EXTRACTED_MARK) + "Argus")
        assert all(len(line) == 40 for line in shown)
        assert rows[1][1].mark.cell_length == 0  # the caller's row is left as it was


async def test_a_list_without_marks_is_not_indented():
    app = ListApp([("b", NamedRow("Argus", "media"))])
    async with app.run_test(size=(60, 8)) as pilot:
        await pilot.pause()
        items = app.query_one(ItemList)
        assert items.get_option_at_index(0).prompt.layout(40).plain.startswith("Argus")  # type: ignore[union-attr]
