"""The compare screen: chosen battery generations side by side, exportable as Markdown or CSV."""

from __future__ import annotations

from collections.abc import Iterator
from functools import partial
from pathlib import Path
from typing import ClassVar

from textual import events, on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.command import DiscoveryHit, Hit, Hits, Provider
from textual.containers import Horizontal, Vertical
from textual.content import Content
from textual.coordinate import Coordinate
from textual.reactive import reactive
from textual.screen import Screen
from textual.widgets import DataTable, Footer, SelectionList, Static
from textual.widgets.selection_list import Selection

from evkb.compare import (
    APPROX,
    BEST_MARK,
    CONFLICT_MARK,
    UNKNOWN,
    Cell,
    Comparison,
    compare_batteries,
    to_csv,
    to_markdown,
)
from evkb.kb.files import write_atomic
from evkb.model import Fact
from evkb.tui.literal import literal
from evkb.tui.widgets.finder.compare_table import CompareTable
from evkb.tui.widgets.finder.modals import FileNameModal, PickModal
from evkb.tui.widgets.finder.names import source_title

FORMATS = {"markdown": (".md", "Markdown"), "csv": (".csv", "CSV")}
DEFAULT_NAME = "evkb-compare"
# Wider cells are cut short rather than pushing the other generations off screen.
MAX_COLUMN = 22
# Below this width the generation picker shrinks to leave room for the table.
NARROW = 80


def cell_content(cell: Cell) -> Content:
    """A comparison cell as literal content: best marked, conflicts marked, unknown dimmed."""
    if cell.unknown:
        return literal(UNKNOWN, "dim italic")
    if cell.conflict:
        return literal(cell.text, "$text-warning") + literal(f" {CONFLICT_MARK}", "bold $warning")
    if cell.best:
        return literal(cell.text, "bold $text-success") + literal(f" {BEST_MARK}", "$success")
    return literal(cell.text)


def _header(name: str) -> Content:
    """A generation's name on up to two lines of MAX_COLUMN cells (the header is two high)."""
    if len(name) <= MAX_COLUMN:
        return literal(name, "bold")
    cut = name.rfind(" ", 0, MAX_COLUMN + 1)
    cut = cut if cut > 0 else MAX_COLUMN
    return literal(name[:cut].rstrip() + "\n" + name[cut:].lstrip(), "bold")


def render_comparison(cmp: Comparison, fmt: str) -> str:
    return to_csv(cmp) if fmt == "csv" else to_markdown(cmp)


class CompareCommands(Provider):
    """Command-palette entries of the compare screen: export to a file, copy to the clipboard."""

    def _commands(self) -> Iterator[tuple[str, str, object]]:
        screen = self.screen
        if not isinstance(screen, CompareScreen):
            return
        for fmt, (_suffix, name) in FORMATS.items():
            yield (
                f"Export comparison as {name}",
                f"Write the comparison to a {name} file",
                partial(screen.action_export, fmt),
            )
            yield (
                f"Copy comparison as {name}",
                f"Copy the comparison to the clipboard as {name}",
                partial(screen.action_copy, fmt),
            )

    async def discover(self) -> Hits:
        for title, help_text, callback in self._commands():
            yield DiscoveryHit(Content(title), callback, text=title, help=help_text)

    async def search(self, query: str) -> Hits:
        matcher = self.matcher(query)
        for title, help_text, callback in self._commands():
            score = matcher.match(title)
            if score > 0:
                yield Hit(score, matcher.highlight(title), callback, text=title, help=help_text)


class CompareScreen(Screen[None]):
    """Battery generations side by side: rows are attributes, columns are generations."""

    CSS_PATH = "compare.tcss"
    COMMANDS: ClassVar[set[type[Provider]]] = {CompareCommands}
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape,backspace", "back", "Back", id="compare.back"),
        Binding("u", "toggle_units", "km/miles", id="compare.units"),
        Binding("e", "export('markdown')", "Export", id="compare.export"),
        Binding("enter", "open_cell", "Source", id="compare.open", show=True),
    ]

    system: reactive[str] = reactive("metric", init=False)

    def __init__(self) -> None:
        super().__init__()
        self.comparison: Comparison | None = None

    def compose(self) -> ComposeResult:
        with Horizontal(id="compare-body"):
            yield SelectionList[str](
                *(Selection(literal(b.name), b.id, True) for b in self.app.kb.batteries),
                id="compare-pick",
            )
            with Vertical(id="compare-main"):
                yield Static(id="compare-status")
                yield CompareTable(
                    id="compare-table", cursor_type="cell", zebra_stripes=True, header_height=2
                )
        yield Footer()

    def on_resize(self, event: events.Resize) -> None:
        self.set_class(event.size.width < NARROW, "-narrow")

    def on_mount(self) -> None:
        self.query_one("#compare-pick").border_title = "Generations"
        self.refresh_comparison()
        self.query_one("#compare-table").focus()

    def chosen_ids(self) -> list[str]:
        selected = set(self.query_one("#compare-pick", SelectionList).selected)
        return [b.id for b in self.app.kb.batteries if b.id in selected]

    @on(SelectionList.SelectedChanged, "#compare-pick")
    def _picked(self) -> None:
        self.refresh_comparison()

    def watch_system(self) -> None:
        self.refresh_comparison()

    def refresh_comparison(self) -> None:
        table = self.query_one("#compare-table", DataTable)
        cursor = table.cursor_coordinate
        table.clear(columns=True)
        ids = self.chosen_ids()
        if not ids:
            self.comparison = None
            self._show_status("Pick at least one generation (space toggles).")
            return
        self.comparison = cmp = compare_batteries(self.app.kb, ids, self.system)
        header = [Content("Attribute"), *(_header(b.name) for b in cmp.batteries)]
        grid = [
            [literal(row.label, "bold"), *(cell_content(c) for c in row.cells)] for row in cmp.rows
        ]
        # DataTable cannot measure Content (it would make every column one cell wide), so
        # each column gets the width of its widest cell.
        for column, (label, key) in enumerate(
            zip(header, ["attribute", *(b.id for b in cmp.batteries)])
        ):
            cells = [*label.split("\n"), *(line[column] for line in grid)]
            width = max(c.cell_length for c in cells)
            table.add_column(label, key=key, width=min(width, MAX_COLUMN))
        for row, line in zip(cmp.rows, grid):
            table.add_row(*line, key=row.attribute)
        table.fixed_columns = 1
        # Keep the reader's place; column 0 holds the labels, so start on the first value.
        cursor = Coordinate(cursor.row, max(cursor.column, 1))
        table.cursor_coordinate = cursor if table.is_valid_coordinate(cursor) else Coordinate(0, 1)
        units = "km" if self.system == "metric" else "miles"
        self._show_status(
            f"{len(cmp.batteries)} generations · distances in {units} · "
            f"{BEST_MARK} best · {CONFLICT_MARK} sources disagree · {APPROX} converted here"
        )

    def _show_status(self, text: str) -> None:
        self.query_one("#compare-status", Static).update(Content(text))

    def action_toggle_units(self) -> None:
        self.system = "imperial" if self.system == "metric" else "metric"

    # --- tracing ----------------------------------------------------------------------------

    def selected_cell(self) -> Cell | None:
        cmp = self.comparison
        coordinate = self.query_one("#compare-table", DataTable).cursor_coordinate
        if cmp is None or coordinate.column < 1 or coordinate.row >= len(cmp.rows):
            return None
        cells = cmp.rows[coordinate.row].cells
        return cells[coordinate.column - 1] if coordinate.column - 1 < len(cells) else None

    @on(DataTable.CellSelected, "#compare-table")
    def _cell_selected(self, event: DataTable.CellSelected) -> None:
        event.stop()
        self.action_open_cell()

    def action_open_cell(self) -> None:
        cell = self.selected_cell()
        if cell is None or cell.unknown:
            return
        if len(cell.facts) == 1:
            self.app.open_citation(cell.facts[0].cite)
            return
        facts = cell.facts
        choices = [self._fact_choice(f) for f in facts]

        def chosen(index: int | None) -> None:
            if index is not None:
                self.app.open_citation(facts[index].cite)

        self.app.push_screen(PickModal(Content("Which source?"), choices), chosen)

    def _fact_choice(self, fact: Fact) -> Content:
        title = source_title(self.app.kb, fact.cite.source)
        return Content.assemble(
            literal(fact.text or str(fact.value), "bold"),
            ("  ", ""),
            literal(title, "$text-muted"),
            "\n",
            literal(f"\u201c{fact.cite.quote}\u201d", "italic"),
        )

    # --- export -----------------------------------------------------------------------------

    def action_export(self, fmt: str = "markdown") -> None:
        if self.comparison is None:
            self.notify("Nothing to export: pick at least one generation.", severity="warning")
            return
        suffix, name = FORMATS.get(fmt, FORMATS["markdown"])
        default = f"./{DEFAULT_NAME}{suffix}"

        def chosen(file_name: str | None) -> None:
            if file_name:
                self.export_to(Path(file_name).expanduser(), fmt)

        self.app.push_screen(FileNameModal(Content(f"Export as {name} to"), default), chosen)

    def export_to(self, path: Path, fmt: str = "markdown") -> None:
        """Write the comparison to `path`; a .csv or .md name decides the format."""
        if self.comparison is None:
            return
        by_suffix = {suffix: f for f, (suffix, _n) in FORMATS.items()}
        fmt = by_suffix.get(path.suffix.lower(), fmt)
        try:
            write_atomic(path, render_comparison(self.comparison, fmt))
        except OSError as error:
            self.notify(
                f"Could not write {path}: {error.strerror or error}",
                severity="error",
                markup=False,
            )
            return
        self.notify(f"Wrote {path}", title="Comparison exported", markup=False)

    def action_copy(self, fmt: str = "markdown") -> None:
        if self.comparison is None:
            self.notify("Nothing to copy: pick at least one generation.", severity="warning")
            return
        self.app.copy_to_clipboard(render_comparison(self.comparison, fmt))
        self.notify(f"Copied the comparison as {FORMATS[fmt][1]}", markup=False)

    def action_back(self) -> None:
        self.dismiss()
