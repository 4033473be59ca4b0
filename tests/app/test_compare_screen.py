"""The compare screen: generations side by side, units, tracing, export and copy."""

from __future__ import annotations

from helpers.app import FinderApp, bundled_app, settle
from textual.coordinate import Coordinate
from textual.widgets import DataTable, Input, SelectionList

from evkb.compare import BEST_MARK, CONFLICT_MARK
from evkb.tui.screens.compare import CompareScreen


def _table(app: FinderApp) -> DataTable:
    return app.screen.query_one("#compare-table", DataTable)


def screen_text(app) -> str:
    """What the terminal shows, as plain text (read back from the screenshot)."""
    import html
    import re

    svg = app.export_screenshot()
    lines: dict[float, list[str]] = {}
    for match in re.finditer(r'<text[^>]*y="([\d.]+)"[^>]*>([^<]*)</text>', svg):
        text = html.unescape(match.group(2)).replace("\xa0", " ")
        lines.setdefault(float(match.group(1)), []).append(text)
    return "\n".join("".join(lines[y]) for y in sorted(lines))


def _cell(app: FinderApp, battery: str, attribute: str) -> str:
    """A cell's text, whichever way the table is turned."""
    table = _table(app)
    if app.screen.as_rows:
        return str(table.get_cell(battery, attribute))
    return str(table.get_cell(attribute, battery))


def _put_cursor(app: FinderApp, battery: str, attribute: str) -> None:
    table = _table(app)
    if app.screen.as_rows:
        table.cursor_coordinate = Coordinate(
            table.get_row_index(battery), table.get_column_index(attribute)
        )
    else:
        table.cursor_coordinate = Coordinate(
            table.get_row_index(attribute), table.get_column_index(battery)
        )


async def test_many_generations_as_rows_with_markers(finder_kb):
    app = FinderApp(finder_kb, CompareScreen)
    async with app.run_test(size=(120, 36)) as pilot:
        await pilot.pause()
        table = _table(app)
        assert app.screen.as_rows and table.row_count == 4
        labels = [str(c.label) for c in table.columns.values()]
        # The attributes people compare first come first; none that is unknown for all.
        assert labels[:4] == ["Generation", "Launch", "Range", "Charging time"]
        assert _cell(app, "performance", "launch") == f"2026 {BEST_MARK}"
        assert _cell(app, "solid-state", "charging") == f"10 min / 20 min {CONFLICT_MARK}"
        assert _cell(app, "performance", "charging") == "unknown"
        # Cells are content, never plain strings a table would read as markup.
        assert all(not isinstance(cell, str) for cell in table.get_row("performance"))


async def test_a_few_generations_as_columns_and_o_turns_the_table(finder_kb):
    app = FinderApp(finder_kb, CompareScreen)
    async with app.run_test(size=(120, 36)) as pilot:
        await pilot.pause()
        picker = app.screen.query_one("#compare-pick", SelectionList)
        picker.deselect("performance")
        picker.deselect("nissan-lfp")
        await pilot.pause()
        assert not app.screen.as_rows
        assert [str(c.label) for c in _table(app).columns.values()] == [
            "Attribute",
            "High Performance",
            "All-solid-state",
        ]
        await pilot.press("o")
        assert app.screen.as_rows and _table(app).row_count == 2
        picker.deselect_all()
        await pilot.pause()
        assert app.screen.comparison is None
        assert "Pick at least one" in str(app.screen.query_one("#compare-status").content)


async def test_u_switches_between_km_and_miles(finder_kb):
    app = FinderApp(finder_kb, CompareScreen)
    async with app.run_test(size=(120, 36)) as pilot:
        await pilot.pause()
        assert "km" in _cell(app, "high-performance", "range")
        await pilot.press("u")
        miles = _cell(app, "high-performance", "range")
        assert "mi" in miles and "km" not in miles
        assert "miles" in str(app.screen.query_one("#compare-status").content)
        await pilot.press("u")
        assert "km" in _cell(app, "high-performance", "range")


async def test_m_compares_one_makers_generations(finder_kb):
    app = FinderApp(finder_kb, CompareScreen)
    async with app.run_test(size=(120, 36)) as pilot:
        await pilot.pause()
        await pilot.press("m")
        await pilot.pause()
        choices = [str(o.prompt) for o in app.screen.query_one("#pick-list").options]
        assert choices[0] == "All generations (4)"
        await pilot.press("j", "enter")  # the first maker
        await pilot.pause()
        chosen = [b.id for b in app.screen.comparison.batteries]
        assert chosen and len(chosen) < 4


async def test_enter_on_a_cell_opens_its_source(finder_kb):
    app = FinderApp(finder_kb, CompareScreen)
    async with app.run_test(size=(120, 36)) as pilot:
        await pilot.pause()
        _put_cursor(app, "performance", "launch")
        await pilot.press("enter")
        ((kind, cite),) = app.opened
        assert kind == "citation" and cite.quote == "release in 2026"


async def test_a_cell_with_several_sources_offers_a_choice(finder_kb):
    app = FinderApp(finder_kb, CompareScreen)
    async with app.run_test(size=(120, 36)) as pilot:
        await pilot.pause()
        _put_cursor(app, "solid-state", "charging")
        await pilot.press("enter")
        await pilot.pause()
        await pilot.press("j", "enter")
        await pilot.pause()
        ((_kind, cite),) = app.opened
        assert cite.quote == "rapid charging in 20 minutes"
        assert isinstance(app.screen, CompareScreen)


async def test_unknown_cells_open_nothing(finder_kb):
    app = FinderApp(finder_kb, CompareScreen)
    async with app.run_test(size=(120, 36)) as pilot:
        await pilot.pause()
        _put_cursor(app, "performance", "charging")
        await pilot.press("enter")
        assert app.opened == []


async def test_export_writes_markdown_and_csv(finder_kb, tmp_path):
    app = FinderApp(finder_kb, CompareScreen)
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
        assert markdown.startswith("| attribute | High Performance |")
        assert "rapid charging in 20 minutes" in markdown
        # The format follows the file name.
        app.screen.export_to(tmp_path / "cmp.csv")
        csv = (tmp_path / "cmp.csv").read_text(encoding="utf-8")
        assert csv.startswith("attribute,High Performance")
        assert not list(tmp_path.glob(".*.tmp"))


async def test_export_to_an_unwritable_place_notifies(finder_kb, tmp_path):
    app = FinderApp(finder_kb, CompareScreen)
    async with app.run_test(size=(120, 36)) as pilot:
        await pilot.pause()
        app.screen.export_to(tmp_path / "missing" / "cmp.md")
        await pilot.pause()
        assert any("Could not write" in n for n in app.notices)


async def test_palette_commands_export_and_copy(finder_kb, tmp_path):
    app = FinderApp(finder_kb, CompareScreen)
    async with app.run_test(size=(120, 36)) as pilot:
        await pilot.pause()
        await pilot.press("ctrl+p")
        await pilot.pause()
        await pilot.press(*"copy comparison as csv")
        await settle(pilot)  # the palette has gathered its hits
        await pilot.press("enter")
        await pilot.pause()
        assert app.copied and app.copied[-1].startswith("attribute,High Performance")
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


async def test_escape_goes_back_and_small_terminals_work(finder_kb):
    app = FinderApp(finder_kb, CompareScreen)
    async with app.run_test(size=(40, 12)) as pilot:
        await pilot.pause()
        await pilot.press("u", "j", "l")
        await pilot.press("escape")
        assert not isinstance(app.screen, CompareScreen)


async def test_in_the_app_c_compares_and_enter_traces_to_the_quote(finder_folder):
    from evkb.tui.app import EvkbApp
    from evkb.tui.screens.passage import PassageScreen

    app = EvkbApp(finder_folder)
    async with app.run_test(size=(120, 36)) as pilot:
        await pilot.press("c")
        assert isinstance(app.screen, CompareScreen)
        await pilot.press("enter")  # Launch of the first generation
        await pilot.pause()
        assert isinstance(app.screen, PassageScreen)
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, CompareScreen)


async def test_bundled_kb_all_generations_fit_and_units(tmp_path):
    app = bundled_app(tmp_path)
    async with app.run_test(size=(120, 36)) as pilot:
        await pilot.press("c")
        await pilot.pause()
        table = _table(app)
        assert table.row_count == len(app.kb.batteries)
        # Every generation and Toyota's roadmap ranges are on screen together.
        shown = screen_text(app)
        for battery in app.kb.batteries:
            assert battery.name[:15] in shown
        for figure in ("800 km", "600 km", "1,000 km"):
            assert figure in shown
        # The maker by company name, never the article's nickname.
        assert _cell(app, "toyota-900-mile", "maker") == "Toyota Motor"
        assert "Nippon" not in shown
        await pilot.press("u")
        ranges = [str(table.get_cell(b.id, "range")) for b in app.kb.batteries]
        assert any(" mi" in c for c in ranges) and not any(" km" in c for c in ranges)
