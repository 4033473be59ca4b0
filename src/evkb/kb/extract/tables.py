"""Tables written as text: their caption, header cells and rows of cells, with offsets.

News copy and pasted pages write tables in many forms: Markdown pipes, columns aligned with
tabs or runs of spaces, cells split by " / ", numbered rows ("1. Company A 37.4% 36.8%"), rows
with dotted or dashed leaders ("Company A .......... 23.1%"), "Name: 12.3%" rows, and rows
written inline in one sentence or line ("Korea 41 per cent; China 36 per cent; ...", "Korea
41.2 | China 36.0 | ..."). This module only reads their structure; whether a table is the
article's own or page furniture is decided in `furniture`, and what a row states is for the
record rules.

The interface is small. `read_tables(lines, starts)` reads lines already split, such as an
article's passages, each row one passage (the splitter keeps rows apart):

    tables = read_tables([p.text for p in passages], [p.start for p in passages])

and `find_tables(text)` reads a whole text. Each `Table` has its `form`, `caption` (a cell or
None), `header` (cells, maybe none), `rows` (tuples of cells) and `lines` (the indices of the
lines or passages it covers). Every `Cell` carries its text exactly as stored, its offsets in
that text and `is_figure`, so a record rule can quote a row and cite its position.
`Table.labelled(row)` pairs each cell with the header cell above it (a header narrower than
its rows lines up with their last cells: no header over a rank) and `Table.unit(column,
width)` gives the unit a header or caption states for bare figures ("2025 (%)"). Only
passages of kind body should be read for records: the furniture stage has already made an
article's own tables body and left other tables (a markets box) furniture.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from evkb.kb.extract.furniture_forms import LIST_LABEL, ends_sentence
from evkb.kb.extract.table_cells import (
    BETWEEN_FIGURES,
    FIGURE,
    FIGURE_CELL,
    Cell,
    Row,
    cells_of,
    figure_spans,
)

# A rank before a row: "1.", "2)", "10", "No. 3", "#4".
_RANK = r"(?:(?:No\.\s?|#)?(?P<rank>\d{1,3})(?:[.)]|st|nd|rd|th)?\s+)"
# A bullet before a row: "- Company A: 37.4%", "\u2022 Company A 37.4%".
_BULLET = r"(?:[-*+\u2022\u2013\u2014]\s+)"
# A row's label: a name of a few words without figures ("Morvane Energy", "Others").
_LABEL = r"(?P<label>[^\W\d_][^\d:;|\t]{0,48}?)"
# "1. Company A 37.4% 36.8%", "Company A .......... 23.1%", "Name: 12.3%", "Name - 12.3%".
_LABELLED_ROW = re.compile(
    rf"(?i)^{_BULLET}?{_RANK}?{_LABEL}(?<!,)"
    r"(?P<sep>\s*(?:\.{3,}|-{3,}|\u2026+|_{3,}|:|(?<=\s)[\u2013\u2014-](?=\s))\s*|\s+)"
    rf"(?P<figures>{FIGURE}(?:{BETWEEN_FIGURES}{FIGURE})*)$"
)
# A unit named in a header or caption: in brackets, or after a comma or "in" at the end.
_STATED_UNIT = re.compile(
    r"(?i)(?:\(|,\s*|\bin\s+)(?P<unit>%|per\s?cent|percent|[A-Za-z]{0,2}Wh(?:/(?:kg|L|l))?|km|"
    r"miles|mi|min(?:utes)?|cycles|[$\u20ac\u00a3\u00a5]\s?(?:bn|m|billion|million)?)(?:\)|\s*$)"
)
_YEAR = re.compile(r"^(?:19|20)\d\d$")
# A header cell naming a column by its year and unit ("2026 GWh") reads like a figure with a unit.
_YEAR_UNIT = re.compile(r"^(?:19|20)\d\d\s+[A-Za-z]")
_RULE_CELL = re.compile(r"^:?-{3,}:?$")
_CAPTION = re.compile(
    r"(?i)^(?:table|chart|figure|fig\.|exhibit|graphic)\s*\d*\s*[:.\u2013\u2014-]"
)
_FIELD = re.compile(r"^[^\W\d_][\w -]{0,30}:\s+\S")

_MAX_LABEL_WORDS = 6
_MAX_ROW_CHARS = 160
# A labelled row ends with a figure, its unit, a bracket or a dash.
_ENDS_FIGURE = re.compile(
    r"(?i)(?:\d(?:[\d,.]*\d)?(?:\s?(?:per\s?cent|[^\W\d_]{1,7}(?:/\w{1,2})?))?%?\)?|[\u2013\u2014-]|n/?a)$"
)
_TAIL_CHARS = 24  # enough for the last figure and its unit
_DIGIT = re.compile(r"\d")
_MAX_CELL_CHARS = 60
_MAX_CAPTION_CHARS = 160
_MIN_INLINE_ROWS = 3
_MIN_STACKED_ROWS = 3

PIPES, TABS, SPACES, SLASHES, LABELLED, INLINE, STACKED = (
    "pipes",
    "tabs",
    "spaces",
    "slashes",
    "labelled",
    "inline",
    "stacked",
)


@dataclass(frozen=True)
class Table:
    """A table written as text.

    `lines` are the indices of the lines it covers (caption, header, a Markdown rule and rows,
    in order); `rows` hold the data rows, each a tuple of cells; `header` is empty when the
    table has none. An inline table's rows all lie on one line. `form` says how it was
    written (one of PIPES, TABS, SPACES, SLASHES, LABELLED, INLINE, STACKED: one cell a
    line, as tables copied from a web page come).
    """

    form: str
    lines: tuple[int, ...]
    rows: tuple[Row, ...]
    header: Row = ()
    caption: Cell | None = None

    def heading(self, column: int, width: int) -> Cell | None:
        """The header cell above a column of a row `width` cells wide, or None.

        A header narrower than its rows leaves out their first columns (no cell above a
        rank), so it lines up with their last cells.
        """
        column -= max(0, width - len(self.header))
        return self.header[column] if 0 <= column < len(self.header) else None

    def labelled(self, row: Row) -> list[tuple[str, Cell]]:
        """A row's cells with the header cell above each ("" where there is no header)."""
        headings = [self.heading(i, len(row)) for i in range(len(row))]
        return [(h.text if h else "", cell) for h, cell in zip(headings, row, strict=True)]

    def unit(self, column: int, width: int | None = None) -> str:
        """The unit of a column's bare figures as its header cell or the caption states it
        ("2025 (%)", "Share of installations (%)", "Capacity, GWh"), or "" when neither does.
        `width` is the row's number of cells (the header's when not given)."""
        above = self.heading(column, len(self.header) if width is None else width)
        texts = [above.text] if above else []
        texts += [self.caption.text] if self.caption is not None else []
        for text in texts:
            found = _STATED_UNIT.search(text)
            if found:
                return found.group("unit")
        return ""

    @property
    def row_lines(self) -> tuple[int, ...]:
        """The indices of the lines holding rows or the header (not the caption)."""
        return self.lines[1:] if self.caption is not None else self.lines


def _split(line: str, start: int, separator: re.Pattern[str]) -> Row:
    spans, previous = [], 0
    for found in separator.finditer(line):
        spans.append((previous, found.start()))
        previous = found.end()
    spans.append((previous, len(line)))
    return cells_of(line, start, spans)


_PIPE = re.compile(r"\|")
_TAB = re.compile(r"\s*\t\s*")
_RUN = re.compile(r" {2,}|\s*\t\s*")
_SLASH = re.compile(r" / ")
_SEMICOLON = re.compile(r";\s*")


def _ends_clause(text: str) -> bool:
    return ends_sentence(text) or text.endswith(";")


def _short(cells: Row) -> bool:
    return all(
        (
            len(c.text) <= _MAX_CELL_CHARS
            and (not _ends_clause(c.text) or _ABBREVIATED.search(c.text) is not None)
        )
        or c.is_figure
        for c in cells
    )


# A name cut short with a full stop ("Acme Energy Sol.", "Acme Battery Co."): a table's label,
# not the end of a clause.
_ABBREVIATED = re.compile(r"^[A-Z][\w&'’-]*(?:\s+[A-Z][\w&'’-]*){0,4}\s+[A-Z][a-z]{0,3}\.$")


def _labelled(text: str, start: int) -> Row | None:
    """A labelled row ("1. Company A 37.4% 36.8%", "Name: 12.3%") as cells, or None."""
    if (
        len(text) > _MAX_ROW_CHARS
        or text[-1] in ".!?,;:\"'\u201d"
        or not _DIGIT.search(text, len(text) - _TAIL_CHARS)
        or not _ENDS_FIGURE.search(text[-_TAIL_CHARS:])
    ):
        return None  # prose, or no figure at its end: spare the long pattern
    found = _LABELLED_ROW.match(text)
    if not found or len(found.group("label").split()) > _MAX_LABEL_WORDS:
        return None
    spans = []
    if found.group("rank"):
        spans.append(found.span("rank"))
    spans.append(found.span("label"))
    base = found.start("figures")
    spans += [(base + a, base + b) for a, b in figure_spans(found.group("figures"))]
    return cells_of(text, start, spans)


def _measured(text: str) -> bool:
    """A labelled row measuring ("Borel 7.9", "Cells 34%"), not a masthead's "Issue 47"."""
    row = _labelled(text, 0)
    return row is not None and not row[-1].text.isdigit()


def read_row(line: str, start: int = 0) -> tuple[str, Row] | None:
    """How one line reads as a row of a table (its form and cells), or None.

    `start` is the line's offset in the text, added to every cell's offsets. A Markdown rule
    ("|---|---|") reads as a PIPES row of no cells.
    """
    if "|" in line:
        # Pages and Markdown converted to text keep a row's cells split by " | ".
        cells = _split(line, start, _PIPE)
        if cells and all(_RULE_CELL.match(c.text) for c in cells):
            return PIPES, ()
        if len(cells) >= _MIN_INLINE_ROWS and all(_measured(c.text) for c in cells):
            return None  # rows written inline ("A 7.9 | B 6.2 | C 5.1"), not cells
        if len(cells) >= 2 and (line.count("|") >= 2 or line.startswith("|") or _short(cells)):
            return PIPES, cells
        return None
    if "\t" in line:
        cells = _split(line, start, _TAB)
        return (TABS, cells) if len(cells) >= 2 and _short(cells) else None
    if "  " in line:
        cells = _split(line, start, _RUN)
        if len(cells) >= 2 and _short(cells):
            return SPACES, cells
    if " / " in line:
        bracket = line.find("(")
        whole = _labelled(line, start) if -1 < bracket < line.find(" / ") else None
        if whole is not None:
            return LABELLED, whole  # "Name — 24.6% (21.3 / 22.0)": one row, figures in brackets
        cells = _split(line, start, _SLASH)
        if sum(_labelled(c.text, 0) is not None for c in cells) >= len(cells) - 1:
            return None  # rows written inline ("A 37.4% / B 17.2% / C 12.6%"), not cells
        if len(cells) >= 2 and _short(cells):
            return SLASHES, cells  # a header or a row: its table needs rows with figures
    labelled = _labelled(line, start)
    return (LABELLED, labelled) if labelled else None


def _inline_rows(line: str, start: int) -> tuple[Cell | None, tuple[Row, ...]]:
    """Rows written inline, one sentence or line ("Korea 41 per cent; China 36 per cent").

    A lead before a colon ("Imports by origin in 2025:") is the caption, unless the colon is
    a row's own ("Korea: 41%; China: 36%").
    """
    if (";" not in line and " / " not in line and " | " not in line) or not _DIGIT.search(line):
        return None, ()
    lead = line.find(":")
    if 0 < lead < _MAX_CAPTION_CHARS:
        rows = _inline_body(line, start, lead + 1)
        if rows:
            return cells_of(line, start, [(0, lead)])[0], rows
    return None, _inline_body(line, start, 0)


def _inline_body(line: str, start: int, offset: int) -> tuple[Row, ...]:
    """The rows of a line from `offset` on, split by semicolons, pipes or slashes, or none."""
    body = line[offset:].rstrip().rstrip(".")
    separator = _SEMICOLON if ";" in body else _PIPE if " | " in body else _SLASH
    rows = []
    for cell in _split(body, start + offset, separator):
        row = _labelled(cell.text, cell.start)
        if row is None:
            return ()
        rows.append(row)
    return tuple(rows) if len(rows) >= _MIN_INLINE_ROWS else ()


def _cell_kind(cell: Cell) -> str:
    if _YEAR.match(cell.text) or _YEAR_UNIT.match(cell.text):
        return "year"
    return "figure" if cell.is_figure else "text"


def _is_header(first: Row, second: Row) -> bool:
    """A first row naming columns: text or years above the figures of the rows below."""
    kinds = [_cell_kind(c) for c in first]
    if "figure" in kinds:
        return False
    if len(first) != len(second):
        return _has_figures(second)
    return any(kind != _cell_kind(c) for kind, c in zip(kinds, second, strict=True))


def _has_figures(row: Row, years: bool = True) -> bool:
    return any(c.is_figure and (years or not _YEAR.match(c.text)) for c in row)


def _caption(lines: Sequence[str], starts: Sequence[int], index: int) -> Cell | None:
    """The line above a table when it titles it ("Table 1: ...", or a short unterminated
    line); a line ending with a colon announces the table and is the article's sentence."""
    if index < 0:
        return None
    line = lines[index]
    if len(line) > _MAX_CAPTION_CHARS or read_row(line) is not None or LIST_LABEL.match(line):
        return None  # too long, a row itself, or the label of a list ("Most read")
    titled = bool(_CAPTION.match(line))
    if titled or not (_ends_clause(line) or line.endswith(":") or _FIELD.match(line)):
        return Cell(line, starts[index], starts[index] + len(line))
    return None  # a sentence, an announcement or a field of a spec list ("Chemistry: LFP")


def read_tables(lines: Sequence[str], starts: Sequence[int] | None = None) -> list[Table]:
    """The tables among consecutive lines (such as an article's passages), in order.

    `starts` are the lines' offsets in their text (0 for each when not given). A table is at
    least two rows of the same form and number of cells holding figures (a header and a
    Markdown rule may come first), or one line holding at least three inline rows.
    """
    starts = list(starts) if starts is not None else [0] * len(lines)
    read = [read_row(line, start) for line, start in zip(lines, starts, strict=True)]
    forms = [found[0] if found else "" for found in read]
    cells = [found[1] if found else () for found in read]
    tables: list[Table] = []
    index = 0
    while index < len(lines):
        form = forms[index]
        if not form:
            floor = tables[-1].lines[-1] + 1 if tables else 0
            stacked = _stacked(lines, starts, index, floor)
            if stacked is not None:
                tables.append(stacked)
                index = stacked.lines[-1] + 1
                continue
            caption, rows = _inline_rows(lines[index], starts[index])
            # Else a title on the line above ("Top holdings (% of assets)") is the caption.
            above = _caption(lines, starts, index - 1) if rows and index > floor else None
            if rows:
                covered = (index - 1, index) if above and not caption else (index,)
                tables.append(Table(INLINE, covered, rows, caption=caption or above))
            index += 1
            continue
        group = [index]
        widths = {len(cells[index])} - {0}
        end = index + 1
        while end < len(lines) and forms[end] == form:
            width = len(cells[end])
            if width and widths and width not in widths and form != LABELLED:
                if _unranked(cells[end], cells[end - 1]):
                    group.append(end)  # "Others" or "Total" under ranked rows: no rank cell
                    end += 1
                    continue
                if end != index + 1 or _has_figures(cells[index], years=False):
                    break  # columns change: another table (numbered rows may lack a rank)
                widths = set()  # a header of its own width (no cell above a rank column)
            widths |= {width} - {0}
            group.append(end)
            end += 1
        table = _table(form, [(i, cells[i]) for i in group], lines, starts)
        if table is not None:
            tables.append(table)
            index = end
        else:
            index += 1
    return tables


def _unranked(row: Row, above: Row) -> bool:
    """A row one cell narrower than the ranked row above it, starting with its label."""
    return (
        len(row) + 1 == len(above)
        and bool(row)
        and not row[0].is_figure
        and above[0].is_figure
        and not above[1].is_figure
    )


def _stacked(lines: Sequence[str], starts: Sequence[int], index: int, floor: int) -> Table | None:
    """A table pasted from a page one cell a line: a name, then the same number of figures,
    again and again, perhaps under as many header lines (and a caption) from `floor` on."""

    def figure(i: int) -> bool:
        return i < len(lines) and bool(FIGURE_CELL.fullmatch(lines[i]))

    def name(i: int) -> bool:
        return 0 <= i < len(lines) and _short(cells_of(lines[i], 0, [(0, len(lines[i]))]))

    if not (figure(index + 1) and not figure(index) and name(index)):
        return None  # the cheap test first: most lines are not followed by a lone figure
    width = 1
    while figure(index + width):
        width += 1
    rows: list[Row] = []
    line = index
    while name(line) and not figure(line) and all(figure(line + k) for k in range(1, width)):
        if figure(line + width):
            break  # a longer run of figures: not this table's row
        spans = [(line + k, starts[line + k]) for k in range(width)]
        rows.append(tuple(cells_of(lines[i], start, [(0, len(lines[i]))])[0] for i, start in spans))
        line += width
    if len(rows) < _MIN_STACKED_ROWS:
        return None
    covered = list(range(index, line))
    header: Row = ()
    above = range(index - width, index)
    if index - width >= floor and all(name(i) and not figure(i) for i in above):
        header = tuple(cells_of(lines[i], starts[i], [(0, len(lines[i]))])[0] for i in above)
        covered = list(above) + covered
    elif len(rows) > _MIN_STACKED_ROWS and _is_header(rows[0], rows[1]):
        header, rows = rows[0], rows[1:]  # years above figures: "Company", "2025", "2024"
    caption = _caption(lines, starts, covered[0] - 1) if covered[0] - 1 >= floor else None
    if caption is not None:
        covered.insert(0, covered[0] - 1)
    return Table(STACKED, tuple(covered), tuple(rows), header, caption)


def _table(
    form: str, body: list[tuple[int, Row]], lines: Sequence[str], starts: Sequence[int]
) -> Table | None:
    """A table from consecutive rows of one form, or None without two rows of figures."""
    group = [i for i, _row in body]
    header: Row = ()
    if form == PIPES and len(body) > 1 and not body[1][1]:
        header = body[0][1]
        body = body[2:]
    elif len(body) > 2 and _is_header(body[0][1], body[1][1]):
        header = body[0][1]
        body = body[1:]
    rows = tuple(row for _i, row in body if row)
    if len(rows) < 2 or not all(_has_figures(row, years=False) for row in rows):
        return None  # years alone ("Share 2025") are a header's, not a row's figures
    caption = _caption(lines, starts, group[0] - 1)
    covered = tuple(([group[0] - 1] if caption is not None else []) + group)
    return Table(form, covered, rows, header, caption)


def find_tables(text: str) -> list[Table]:
    """The tables written in a text, with cells' offsets in it; `lines` index its non-blank
    lines."""
    lines, starts = [], []
    position = 0
    for raw in text.split("\n"):
        stripped = raw.strip()
        if stripped:
            lines.append(stripped)
            starts.append(position + len(raw) - len(raw.lstrip()))
        position += len(raw) + 1
    return read_tables(lines, starts)
