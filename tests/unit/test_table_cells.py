"""A table's cells: footnote marks after a name or a figure, missing values."""

from __future__ import annotations

import pytest

from evkb.kb.extract.table_cells import footnote_mark
from evkb.kb.extract.tables import read_row


@pytest.mark.parametrize(
    ("text", "mark"),
    [
        ("Varnet Cells\u00b9", 1),
        ("17.9%(b)", 3),
        ("n/a(c)", 3),
        ("Others*", 1),
        ("Helsig Power\u2020", 1),
        ("12.0%\u00b2\u00b3", 2),
        ("Varnet Cells", 0),
        ("(2.1)", 0),  # a negative figure in brackets, no mark
        ("Helsig (a)", 0),  # a letter after a space is the label's own
        ("**Varnet**", 0),  # Markdown's bold closing
        ("*", 0),
    ],
)
def test_a_footnote_mark_ends_a_cell(text: str, mark: int):
    assert footnote_mark(text) == mark


def test_a_row_drops_its_marks_and_keeps_offsets():
    line = "Varnet Cells\u00b9   3   16.1%   18.6%(b)"
    found = read_row(line)
    assert found is not None
    cells = found[1]
    assert [c.text for c in cells] == ["Varnet Cells", "3", "16.1%", "18.6%"]
    assert all(line[c.start : c.end] == c.text for c in cells)
    assert all(c.is_figure for c in cells[1:])


def test_a_missing_value_written_n_a_is_a_figure_cell():
    found = read_row("Torrane      7      2.2%      n.a.")
    assert found is not None
    assert [(c.text, c.is_figure) for c in found[1]] == [
        ("Torrane", False),
        ("7", True),
        ("2.2%", True),
        ("n.a.", True),
    ]
