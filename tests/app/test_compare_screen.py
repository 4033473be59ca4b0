"""The compare screen: generations side by side, units, tracing, export and copy."""

from __future__ import annotations

from conftest_finder import FinderApp, bundled_app, make_evkb_app, make_kb, settle
from textual.coordinate import Coordinate
from textual.widgets import DataTable, Input, SelectionList

from evkb.compare import BEST_MARK, CONFLICT_MARK
from evkb.tui.screens.compare import CompareScreen


def _table(app: FinderApp) -> DataTable:
    return app.screen.query_one("#compare-table", DataTable)


def _row(app: FinderApp, attribute: str) -> list[str]:
    table = _table(app)
    return [str(cell) for cell in table.get_row(attribute)]


async def test_all_generations_side_by_side_with_markers():
    app = FinderApp(make_kb(), CompareScreen)
    async with app.run_test(size=(120, 36)) as pilot:
        await pilot.pause()
        table = _table(app)
        assert [str(c.label) for c in table.columns.values()] == [
            "Attribute",
            "Performance",
            "High Performance",
            "All-solid-state",
            "Nissan LFP",
        ]
        launch = _row(app, "launch")
        assert launch[1] == f"2026 {BEST_MARK}"
        charging = _row(app, "charging")
        assert charging[3] == f"10 min / 20 min {CONFLICT_MARK}"
        assert charging[1] == "unknown"
        # Cells are content, never plain strings a table would read as markup.
        assert all(not isinstance(cell, str) for cell in table.get_row("charging"))


async def test_u_switches_between_km_and_miles():
    app = FinderApp(make_kb(), CompareScreen)
    async with app.run_test(size=(120, 36)) as pilot:
        await pilot.pause()
        assert "km" in _row(app, "range")[2]
        await pilot.press("u")
        assert "mi" in _row(app, "range")[2] and "km" not in _row(app, "range")[2]
        assert "miles" in str(app.screen.query_one("#compare-status").content)
        await pilot.press("u")
        assert "km" in _row(app, "range")[2]


async def test_picking_generations_changes_the_columns():
    app = FinderApp(make_kb(), CompareScreen)
    async with app.run_test(size=(120, 36)) as pilot:
        await pilot.pause()
        picker = app.screen.query_one("#compare-pick", SelectionList)
        picker.deselect("performance")
        picker.deselect("nissan-lfp")
        await pilot.pause()
        assert [str(c.label) for c in _table(app).columns.values()] == [
            "Attribute",
            "High Performance",
            "All-solid-state",
        ]
        picker.deselect_all()
        await pilot.pause()
        assert app.screen.comparison is None
        assert "Pick at least one" in str(app.screen.query_one("#compare-status").content)


async def test_enter_on_a_cell_opens_its_source():
    app = FinderApp(make_kb(), CompareScreen)
    async with app.run_test(size=(120, 36)) as pilot:
        await pilot.pause()
        table = _table(app)
        table.cursor_coordinate = Coordinate(table.get_row_index("launch"), 1)
        await pilot.press("enter")
        ((kind, cite),) = app.opened
        assert kind == "citation" and cite.quote == "release in 2026"


async def test_a_cell_with_several_sources_offers_a_choice():
    app = FinderApp(make_kb(), CompareScreen)
    async with app.run_test(size=(120, 36)) as pilot:
        await pilot.pause()
        table = _table(app)
        table.cursor_coordinate = Coordinate(table.get_row_index("charging"), 3)
        await pilot.press("enter")
        await pilot.pause()
        await pilot.press("j", "enter")
        await pilot.pause()
        ((_kind, cite),) = app.opened
        assert cite.quote == "rapid charging in 20 minutes"
        assert isinstance(app.screen, CompareScreen)


async def test_unknown_cells_open_nothing():
    app = FinderApp(make_kb(), CompareScreen)
    async with app.run_test(size=(120, 36)) as pilot:
        await pilot.pause()
        table = _table(app)
        table.cursor_coordinate = Coordinate(table.get_row_index("charging"), 1)
        await pilot.press("enter")
        assert app.opened == []


async def test_export_writes_markdown_and_csv(tmp_path):
    app = FinderApp(make_kb(), CompareScreen)
    async with app.run_test(size=(120, 36)) as pilot:
        await pilot.pause()
        await pilot.press("e")
        await pilot.pause()
        field = app.screen.query_one("#filename-input", Input)
        assert field.value == "./evkb-compare.md"
        field.value = str(tmp_path / "cmp.md")
        await pilot.press("enter")
        await pilot.pause()
        markdown = (tmp_path / "cmp.md").read_text(encoding="utf-8")
        assert markdown.startswith("| attribute | Performance |")
        assert "rapid charging in 20 minutes" in markdown
        # The format follows the file name.
        app.screen.export_to(tmp_path / "cmp.csv")
        assert (
            (tmp_path / "cmp.csv").read_text(encoding="utf-8").startswith("attribute,Performance")
        )
        assert not list(tmp_path.glob(".*.tmp"))


async def test_export_to_an_unwritable_place_notifies(tmp_path):
    app = FinderApp(make_kb(), CompareScreen)
    async with app.run_test(size=(120, 36)) as pilot:
        await pilot.pause()
        app.screen.export_to(tmp_path / "missing" / "cmp.md")
        await pilot.pause()
        assert any("Could not write" in n for n in app.notices)


async def test_palette_commands_export_and_copy(tmp_path):
    app = FinderApp(make_kb(), CompareScreen)
    async with app.run_test(size=(120, 36)) as pilot:
        await pilot.pause()
        await pilot.press("ctrl+p")
        await pilot.pause()
        await pilot.press(*"copy comparison as csv")
        await settle(pilot)  # the palette has gathered its hits
        await pilot.press("enter")
        await pilot.pause()
        assert app.copied and app.copied[-1].startswith("attribute,Performance")
        await pilot.press("ctrl+p")
        await pilot.pause()
        await pilot.press(*"export comparison as markdown")
        await settle(pilot)  # the palette has gathered its hits
        await pilot.press("enter")
        await pilot.pause()
        field = app.screen.query_one("#filename-input", Input)
        field.value = str(tmp_path / "out.md")
        await pilot.press("enter")
        await pilot.pause()
        assert (tmp_path / "out.md").exists()


async def test_escape_goes_back_and_small_terminals_work():
    app = FinderApp(make_kb(), CompareScreen)
    async with app.run_test(size=(40, 12)) as pilot:
        await pilot.pause()
        await pilot.press("u", "j", "l")
        await pilot.press("escape")
        assert not isinstance(app.screen, CompareScreen)


async def test_in_the_app_c_compares_and_enter_traces_to_the_quote(tmp_path):
    from evkb.tui.screens.passage import PassageScreen

    app = make_evkb_app(tmp_path)
    async with app.run_test(size=(120, 36)) as pilot:
        await pilot.press("c")
        assert isinstance(app.screen, CompareScreen)
        await pilot.press("j", "j", "enter")  # Launch of the first generation
        await pilot.pause()
        assert isinstance(app.screen, PassageScreen)
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, CompareScreen)


async def test_bundled_kb_all_generations_and_units(tmp_path):
    app = bundled_app(tmp_path)
    async with app.run_test(size=(120, 36)) as pilot:
        await pilot.press("c")
        table = _table(app)
        assert len(table.columns) == len(app.kb.batteries) + 1
        assert any(" km" in cell for cell in _row(app, "range"))
        await pilot.press("u")
        assert any(" mi" in cell for cell in _row(app, "range"))
        assert not any(" km" in cell for cell in _row(app, "range"))
