"""What one cell of a table written as text is: a figure or a label, and where it ends.

A figure as tables write it ("37.4%", "9,8 %", "$1.2bn", "(2.1)", a dash or "n/a" for a
missing value) and a run of figures in one span ("37.4 38.1 36.8") read as figures, one cell
each. A footnote mark after a cell's text ("24.6%¹", "17.9%(b)", "n/a(c)", "Others*",
"Acme Cells†", "Acme Cells[a]", "31.5[2]") points to a note under the table and is no part of
the cell: the cell ends before it, so a figure stays a figure, a name stays the name, and the
mark is never read as a digit. `tables` reads rows into these cells.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

__all__ = [
    "BETWEEN_FIGURES",
    "FIGURE",
    "FIGURE_CELL",
    "Cell",
    "Row",
    "cells_of",
    "figure_spans",
    "footnote_mark",
]

# A figure as tables write it: "37.4", "37.4%", "9,8 %", "38.0 per cent", "$1.2bn", "190 Wh/kg",
# "-0.6", "(2.1)", or a dash, "n/a" or "n.a." for a missing value.
_UNIT = (
    r"(?:(?:\s?%|\s?per\s?cent|\s?percent|\s?pc|\s?pp|\s?pts?|bn|m|k|x|\s?\u00b0C|"
    r"\s?(?:[A-Za-z]{1,3}h(?:/(?:kg|L|l))?|km|miles|mi|kW|MW|GW|V|Ah|minutes|mins|min|hours|"
    r"hrs|h|cycles|tonnes|t|units))(?![A-Za-z]))"
)
FIGURE = (
    rf"(?:\(?[-+\u2212]?[$\u20ac\u00a3\u00a5]?\d[\d,]*(?:\.\d+)?{_UNIT}?\)?|"
    r"n\.a\.|n/?a|[\u2013\u2014-])"
)
FIGURE_CELL = re.compile(rf"(?i){FIGURE}")
_FIGURES = re.compile(rf"(?i){FIGURE}(?:\s+{FIGURE})*")
# Figures of a row follow each other with spaces, or in brackets with "; " or " / " between:
# "39.4% (37.2%; 38.0%)", "24.6 per cent (21.3 / 22.0)", "37.9% vs 36.8%".
BETWEEN_FIGURES = r"(?:\s*[;/]\s*|\s+(?:vs\.?|versus|against)\s+|\s+)"
_BETWEEN = re.compile(rf"(?i){BETWEEN_FIGURES}")
# A header naming months of a year ("9M 2026", "1H 2025") reads like a run of figures ("9m" and
# "2026"): it is one cell, the period of the column under it.
_PART_OF_YEAR = re.compile(r"(?:[1-9]|1[01])M\s(?:19|20)\d\d|[12]H\s(?:19|20)\d\d")
# A footnote mark closing a cell, straight after its text: superscript digits, a letter in
# brackets, asterisks, daggers. What it follows must end a word, a figure or a bracket.
_MARK = re.compile(
    r"(?<=[^\W_]|[%.)])(?:[\u00b9\u00b2\u00b3\u2070-\u2079]{1,2}|\([a-z]\)|\[(?:[a-z]|\d{1,2})\]|"
    r"\*{1,2}|[\u2020\u2021])$"
)


@dataclass(frozen=True)
class Cell:
    """One cell: its text as stored and its offsets in the text given to the reader."""

    text: str
    start: int
    end: int

    @property
    def is_figure(self) -> bool:
        return bool(FIGURE_CELL.fullmatch(self.text))


Row = tuple[Cell, ...]


def footnote_mark(text: str) -> int:
    """The length of the footnote mark ending a cell's text ("SK¹", "17.9%(b)", "SK[a]"), or 0.
    A cell that opens with an asterisk ("**Acme**", Markdown's bold) closes it, no mark."""
    found = _MARK.search(text)
    if found is None or (text.startswith("*") and found.group().startswith("*")):
        return 0
    return found.end() - found.start()


def figure_spans(figures: str) -> list[tuple[int, int]]:
    """The spans of the figures in a run of them ("38.0 per cent 33.5 per cent")."""
    spans, position = [], 0
    while position < len(figures):
        found = FIGURE_CELL.match(figures, position)
        if not found or found.end() == position:
            break
        spans.append(found.span())
        position = found.end()
        between = _BETWEEN.match(figures, position)
        position = between.end() if between else position
    return spans


def cells_of(line: str, start: int, spans: Sequence[tuple[int, int]]) -> Row:
    """Cells from spans of a line, each stripped of surrounding space and of a footnote mark
    after its text; a span holding a run of figures ("37.4 38.1 36.8", single spaces between)
    is one cell a figure."""
    cells = []
    for a, b in spans:
        raw = line[a:b]
        text = raw.strip()
        if not text:
            continue
        offset = a + len(raw) - len(raw.lstrip())
        mark = footnote_mark(text)
        if mark and len(text) > mark:
            text = text[:-mark].rstrip()
        run = _FIGURES.fullmatch(text) and not _PART_OF_YEAR.fullmatch(text)
        figures = figure_spans(text) if run else [(0, len(text))]
        for x, y in figures:
            cells.append(Cell(text[x:y], start + offset + x, start + offset + y))
    return tuple(cells)
