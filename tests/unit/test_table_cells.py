"""A table's cells: footnote marks after a name or a figure, missing values, a header naming
months of a year."""

from __future__ import annotations

import pytest
from share_cases import dated_shares as _shares

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
        ("Varnet Cells[a]", 3),
        ("31.5[2]", 3),
        ("n/a[c]", 3),
        ("Helsig [a]", 0),  # after a space: the label's own
        ("[12]", 0),
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


def test_a_header_naming_months_of_a_year_is_one_cell():
    found = read_row("Supplier      Rank   9M 2026   1H 2025")
    assert found is not None
    assert [c.text for c in found[1]] == ["Supplier", "Rank", "9M 2026", "1H 2025"]
    row = read_row("Varnet    9m 12m")  # figures, not a period: two cells
    assert row is not None and [c.text for c in row[1]] == ["Varnet", "9m", "12m"]


MARKED = """Cell suppliers in the region
Varnet Cells led the market in the first nine months of 2026, according to Dorval Analytics.
The table below ranks suppliers by their share of installations.

Supplier        Rank   9M 2026   9M 2025
Helsig Power    1      31.2%     28.4%
Varnet Cells\u00b9   2      22.5%     24.0%(a)
Torrane         3      9.1%      n.a.
All others      \u2013      37.2%     47.6%

\u00b9 Includes a joint venture.
(a) Revised.

Helsig Power said demand held up."""


def test_a_marked_table_gives_each_column_its_period():
    # The holder's name keeps its mark where the name stage reads it ("Varnet Cells\u00b9"),
    # which is not this table reader's; the figures and periods are the cells'.
    shares = [(h.rstrip("\u00b9"), v, p) for h, v, p in _shares(MARKED)]
    assert ("Varnet Cells", 22.5, "2026-09") in shares
    assert ("Varnet Cells", 24.0, "2025-09") in shares
    assert ("Helsig Power", 28.4, "2025-09") in shares
    assert ("Torrane", 9.1, "2026-09") in shares
    assert not [s for s in shares if s[2] == "2025-09" and s[0] == "Torrane"]  # "n.a."
    assert not [s for s in shares if s[1] in (1.0, 2.0, 3.0)]  # ranks and marks


BRACKET_MARKED = """Cell suppliers in the region
Helsig Power kept its lead in the third quarter, according to Dorval Analytics.

| Supplier | Q3 2026, share of GWh (%) | Q3 2025, share of GWh (%) |
| --- | --- | --- |
| Helsig Power | 30.8 | 29.9[1] |
| Fenwick Power[a] | 14.6 | \u2013 |
| Others[b] | 54.6 | 70.1 |

[a] Began deliveries in 2026.
[b] Eleven makers.
[1] Revised.

Helsig Power said demand held up."""


def test_marks_in_square_brackets_leave_the_name_and_the_figure():
    found = read_row("| Fenwick Power[a] | 14.6 | 29.9[1] | n/a[c] |")
    assert found is not None
    assert [(c.text, c.is_figure) for c in found[1]] == [
        ("Fenwick Power", False),
        ("14.6", True),
        ("29.9", True),
        ("n/a", True),
    ]
    shares = _shares(BRACKET_MARKED)
    assert ("Helsig Power", 29.9, "2025-09") in shares
    assert ("Fenwick Power", 14.6, "2026-09") in shares  # a name the table alone gives
    assert ("Others", 54.6, "2026-09") in shares
    assert not [s for s in shares if s[0] == "Fenwick Power" and s[2] == "2025-09"]
    assert not [s for s in shares if "[" in s[0] or s[1] in (1.0, 291.0)]
