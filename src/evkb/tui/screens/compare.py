"""The compare screen: chosen battery generations side by side, exportable as Markdown or CSV."""

from __future__ import annotations

from collections.abc import Callable, Iterator
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
    Row,
    compare_batteries,
    to_csv,
    to_markdown,
)
from evkb.kb.files import write_atomic
from evkb.model import Fact, KnowledgeBase
from evkb.tui.literal import literal
from evkb.tui.widgets.cited import open_citations, origin_mark
from evkb.tui.widgets.finder.compare_table import CompareTable
from evkb.tui.widgets.finder.modals import FileNameModal, PickModal
from evkb.views.battery import maker_name
from evkb.views.common import origin_of
from evkb.views.names import source_title

FORMATS = {"markdown": (".md", "Markdown"), "csv": (".csv", "CSV")}
DEFAULT_NAME = "evkb-compare"
# Wider cells are cut short (with an ellipsis) rather than pushing the others off screen.
MAX_COLUMN = 22
# A range or a name needs a little more to say "≈998 km / exceeding 1,000 km".
MAX_WIDE = 30
# Below this width even a range or a name gets no more than MAX_COLUMN cells.
NARROW_TABLE = 100
# Below this width the generation picker starts hidden (`p` shows it), leaving the table room.
NARROW = 140
# Up to this many generations read best as columns; more read best as rows.
FEW = 3
# With generations as rows, the attributes people compare first come first.
ROW_ORDER = (
    "launch",
    "range",
    "charging",
    "cost_change",
    "chemistry",
    "type",
    "range_gain",
    "production",
    "plants",
    "used_in",
    "maker",
)


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
    if len(name) <= MAX_COLUMN or " " not in name:
        return literal(name, "bold")
    cut = name.rfind(" ", 0, MAX_COLUMN + 1)
    cut = cut if cut > 0 else MAX_COLUMN
    return literal(name[:cut].rstrip() + "\n" + name[cut:].lstrip(), "bold")


def ordered_rows(cmp: Comparison) -> list[Row]:
    rank = {a: i for i, a in enumerate(ROW_ORDER)}
    return sorted(cmp.rows, key=lambda r: rank.get(r.attribute, len(rank)))


def render_comparison(cmp: Comparison, fmt: str) -> str:
    return to_csv(cmp) if fmt == "csv" else to_markdown(cmp)


class CompareCommands(Provider):
    """Command-palette entries of the compare screen: export to a file, copy to the clipboard."""

    def _commands(self) -> Iterator[tuple[str, str, Callable[[], object]]]:
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
    """Battery generations side by side: as rows when there are many, as columns for a few."""

    TITLE = "Compare"
    CSS_PATH = "compare.tcss"
    COMMANDS: ClassVar[set[type[Provider] | Callable[[], type[Provider]]]] = {CompareCommands}
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape,backspace", "back", "Back", id="compare.back"),
        Binding("enter", "open_cell", "Source", id="compare.open", show=True),
        Binding("u", "toggle_units", "km/miles", id="compare.units"),
        Binding("m", "pick_maker", "Maker", id="compare.maker"),
        Binding("p", "toggle_picker", "Pick", id="compare.picker"),
        Binding("o", "turn", "Turn", id="compare.turn"),
        Binding("e", "export('markdown')", "Export", id="compare.export"),
    ]

    system: reactive[str] = reactive("metric", init=False)
    # "auto" (rows for many generations, columns for a few), "rows" or "columns".
    orientation: reactive[str] = reactive("auto", init=False)

    def __init__(self, kb: KnowledgeBase) -> None:
        super().__init__()
        self.kb = kb
        self.comparison: Comparison | None = None
        self.as_rows = False
        self._picker_set = False  # once the reader shows or hides the picker, it stays so

    def compose(self) -> ComposeResult:
        with Horizontal(id="compare-body"):
            yield SelectionList[str](
                *(
                    Selection(origin_mark(origin_of(b)) + literal(b.name), b.id, True)
                    for b in self.kb.batteries
                ),
                id="compare-pick",
            )
            with Vertical(id="compare-main"):
                yield Static(id="compare-status")
                yield CompareTable(id="compare-table", cursor_type="cell", zebra_stripes=True)
                yield Static(id="compare-cell")
        yield Footer()

    def on_resize(self, event: events.Resize) -> None:
        self.set_class(event.size.width < NARROW, "-narrow")
        if not self._picker_set:
            self.query_one("#compare-pick").display = event.size.width >= NARROW

    def on_mount(self) -> None:
        self.query_one("#compare-pick").border_title = "Generations (space)"
        self.refresh_comparison()
        self.query_one("#compare-table").focus()

    def chosen_ids(self) -> list[str]:
        selected = set(self.query_one("#compare-pick", SelectionList).selected)
        return [b.id for b in self.kb.batteries if b.id in selected]

    @on(SelectionList.SelectedChanged, "#compare-pick")
    def _picked(self) -> None:
        self.refresh_comparison()

    def watch_system(self) -> None:
        self.refresh_comparison()

    def watch_orientation(self) -> None:
        self.refresh_comparison()

    def refresh_comparison(self) -> None:
        table = self.query_one("#compare-table", DataTable)
        cursor = table.cursor_coordinate
        table.clear(columns=True)
        ids = self.chosen_ids()
        if not ids:
            self.comparison = None
            self._show_status("Pick at least one generation (p shows the list, space toggles).")
            return
        cmp = compare_batteries(self.kb, ids, self.system)
        self.comparison = cmp
        as_rows = self.orientation == "rows" or (
            self.orientation == "auto" and len(cmp.batteries) > FEW
        )
        if as_rows != self.as_rows:
            cursor = Coordinate(0, 1)
        self.as_rows = as_rows
        if as_rows:
            self._fill_rows(table, cmp)
        else:
            self._fill_columns(table, cmp)
        table.fixed_columns = 1
        # Keep the reader's place; column 0 holds the labels, so start on the first value.
        cursor = Coordinate(cursor.row, max(cursor.column, 1))
        table.cursor_coordinate = cursor if table.is_valid_coordinate(cursor) else Coordinate(0, 1)
        self.show_cell()
        units = "km" if self.system == "metric" else "miles"
        self._show_status(
            f"{len(cmp.batteries)} of {len(self.kb.batteries)} generations · in {units} · "
            f"{BEST_MARK} best  {CONFLICT_MARK} sources disagree  {APPROX} converted here"
        )

    @staticmethod
    def _add_columns(
        table: DataTable, header: list[Content], keys: list[str], grid, widest: int
    ) -> list[list[Content]]:
        """Columns as wide as their widest cell up to `widest`; longer cells end in "…".

        DataTable cannot measure Content (it would make every column one cell wide), and
        cuts without a mark, so the widths and the cuts are made here.
        """
        widths = []
        for column, (label, key) in enumerate(zip(header, keys)):
            cells = [*label.split("\n"), *(line[column] for line in grid)]
            width = min(max(c.cell_length for c in cells), widest)
            widths.append(width)
            # DataTable draws a Content label as given; its hint names only str and Text.
            table.add_column(label, key=key, width=width)  # type: ignore[arg-type]
        return [
            [c.truncate(w, ellipsis=True) if c.cell_length > w else c for c, w in zip(line, widths)]
            for line in grid
        ]

    def _fill_columns(self, table: DataTable, cmp: Comparison) -> None:
        """Attributes down, one column a generation (a few generations)."""
        table.header_height = 2
        header = [
            Content("Attribute"),
            *(origin_mark(origin_of(b)) + _header(b.name) for b in cmp.batteries),
        ]
        grid = [
            [literal(row.label, "bold"), *(cell_content(c) for c in row.cells)] for row in cmp.rows
        ]
        keys = ["attribute", *(b.id for b in cmp.batteries)]
        grid = self._add_columns(table, header, keys, grid, MAX_COLUMN)
        for row, line in zip(cmp.rows, grid):
            table.add_row(*line, key=row.attribute)

    def _fill_rows(self, table: DataTable, cmp: Comparison) -> None:
        """One row a generation, attributes across (many generations)."""
        table.header_height = 1
        rows = ordered_rows(cmp)
        header = [Content("Generation"), *(literal(r.label, "bold") for r in rows)]
        grid = [
            [
                origin_mark(origin_of(b)) + literal(b.name, "bold"),
                *(cell_content(r.cells[i]) for r in rows),
            ]
            for i, b in enumerate(cmp.batteries)
        ]
        keys = ["generation", *(r.attribute for r in rows)]
        widest = MAX_WIDE if self.size.width >= NARROW_TABLE else MAX_COLUMN
        grid = self._add_columns(table, header, keys, grid, widest)
        for battery, line in zip(cmp.batteries, grid):
            table.add_row(*line, key=battery.id)

    def _show_status(self, text: str) -> None:
        self.query_one("#compare-status", Static).update(Content(text))

    def action_toggle_units(self) -> None:
        self.system = "imperial" if self.system == "metric" else "metric"

    def action_turn(self) -> None:
        self.orientation = "columns" if self.as_rows else "rows"

    def action_toggle_picker(self) -> None:
        picker = self.query_one("#compare-pick", SelectionList)
        self._picker_set = True
        picker.display = not picker.display
        (picker if picker.display else self.query_one("#compare-table")).focus()

    def maker_sets(self) -> list[tuple[str, list[str]]]:
        """("Toyota Motor (6)", ids) for each maker, all generations first."""
        groups: dict[str, list[str]] = {}
        for battery in self.kb.batteries:
            groups.setdefault(maker_name(self.kb, battery) or "maker not stated", []).append(
                battery.id
            )
        every = [b.id for b in self.kb.batteries]
        sets = [(f"All generations ({len(every)})", every)]
        sets += [(f"{name} ({len(ids)})", ids) for name, ids in sorted(groups.items())]
        return sets

    def action_pick_maker(self) -> None:
        sets = self.maker_sets()

        def chosen(index: int | None) -> None:
            if index is not None:
                self.choose(sets[index][1])

        self.app.push_screen(
            PickModal(Content("Compare the generations of"), [literal(t) for t, _ in sets]), chosen
        )

    def choose(self, ids: list[str]) -> None:
        """Compare exactly `ids` (in the knowledge base's order)."""
        picker = self.query_one("#compare-pick", SelectionList)
        with picker.prevent(SelectionList.SelectedChanged):
            picker.deselect_all()
            for battery_id in ids:
                picker.select(battery_id)
        self.refresh_comparison()

    # --- tracing ----------------------------------------------------------------------------

    def selected_cell(self) -> Cell | None:
        cmp = self.comparison
        coordinate = self.query_one("#compare-table", DataTable).cursor_coordinate
        if cmp is None or coordinate.column < 1:
            return None
        if self.as_rows:
            rows = ordered_rows(cmp)
            if coordinate.column - 1 >= len(rows) or coordinate.row >= len(cmp.batteries):
                return None
            return rows[coordinate.column - 1].cells[coordinate.row]
        if coordinate.row >= len(cmp.rows):
            return None
        cells = cmp.rows[coordinate.row].cells
        return cells[coordinate.column - 1] if coordinate.column - 1 < len(cells) else None

    @on(DataTable.CellHighlighted, "#compare-table")
    def _cell_highlighted(self) -> None:
        self.show_cell()

    def show_cell(self) -> None:
        """Under the table, the cell the cursor is on in full, with its quotes."""
        cell = self.selected_cell()
        box = self.query_one("#compare-cell", Static)
        if cell is None or self.comparison is None:
            box.update("")
            return
        battery, label = self.cell_names()
        lines = [literal(f"{battery} · {label}: ", "bold") + cell_content(cell)]
        for fact in cell.facts:
            lines.append(
                literal(f"“{fact.cite.quote}”", "italic")
                + literal(f"  · {fact.cite.source}", "$text-muted")
            )
        if cell.unknown:
            lines.append(literal("No source states this.", "$text-muted"))
        elif not cell.facts:
            lines.append(literal("Named by the record; no sentence of its own.", "$text-muted"))
        box.update(Content("\n").join(lines))

    def cell_names(self) -> tuple[str, str]:
        """The generation's name and the attribute's label under the cursor."""
        cmp = self.comparison
        at = self.query_one("#compare-table", DataTable).cursor_coordinate
        assert cmp is not None
        if self.as_rows:
            return cmp.batteries[at.row].name, ordered_rows(cmp)[at.column - 1].label
        return cmp.batteries[at.column - 1].name, cmp.rows[at.row].label

    @on(DataTable.CellSelected, "#compare-table")
    def _cell_selected(self, event: DataTable.CellSelected) -> None:
        event.stop()
        self.action_open_cell()

    def action_open_cell(self) -> None:
        cell = self.selected_cell()
        if cell is None or not cell.facts:
            return
        open_citations(
            self, tuple(f.cite for f in cell.facts), [self._fact_choice(f) for f in cell.facts]
        )

    def _fact_choice(self, fact: Fact) -> Content:
        title = source_title(self.kb, fact.cite.source)
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
