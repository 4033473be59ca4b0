"""Which list-like and table-like lines of a page are the article's own, so no furniture: its
body and headings outside any list, its tables written as text (columns under a header row,
whatever their cells hold, a table the article announces or titles, or whose rows name what
its body names), and its lists
of figures (the items under "Key figures", and in an article that speaks of shares, a run of
lines each naming a holder and its share). `furniture.py` measures the other runs against
what this leaves."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

from evkb.kb.extract.furniture_forms import LIST_LABEL, form_kind
from evkb.kb.extract.furniture_rows import FIGURES_LABEL, is_share_row
from evkb.kb.extract.relatedness import (
    CONTENT,
    relatedness,
    term_of,
    vocabulary,
)
from evkb.kb.extract.tables import LABELLED, PIPES, SPACES, Table, read_row, read_tables
from evkb.model import BODY, BOILERPLATE, CAPTION, COMMENT, HEADING

# Below this share of its terms in the body, an unlabelled run is about other things.
_UNRELATED_BELOW = 0.4
_MIN_UNLABELLED = 3
_SKIPPED = (BOILERPLATE, CAPTION, COMMENT)


def _outside(kinds: list[str], runs: list[list[int]]) -> set[int]:
    """The article's own lines: body and headings outside any list of two lines or more."""
    in_runs = {i for run in runs if len(run) > 1 for i in run}
    return {i for i, kind in enumerate(kinds) if kind in (BODY, HEADING) and i not in in_runs}


def _figure_lists(lines: Sequence[str], kinds: list[str], runs: list[list[int]]) -> set[int]:
    """The lines of the article's own lists of figures among runs of list-like lines: the
    items under a label such as "Key figures", and, in an article that speaks of shares, three
    or more consecutive items each naming a holder and its share ("Name: 31.4%", "1. Name —
    31.4% (30.2%)", "Name   31.4%   30.2%"). A list of other stories carries a figure now and
    then, never a share on every line after a name."""
    found: set[int] = set()
    stretches: list[list[int]] = []
    for run in runs:
        labelled = run[0] > 0 and bool(FIGURES_LABEL.match(lines[run[0] - 1]))
        stretch: list[int] = []
        for position, index in enumerate(run):
            line = lines[index]
            if FIGURES_LABEL.match(line):
                labelled = True
                found.add(index)
                continue
            if labelled and not LIST_LABEL.match(line):
                found.add(index)
                continue
            labelled = False
            adjacent = bool(stretch) and stretch[-1] == run[position - 1] == index - 1
            if is_share_row(line) and (adjacent or not stretch):
                stretch.append(index)
                continue
            stretches.append(stretch)
            stretch = [index] if is_share_row(line) else []
        stretches.append(stretch)
    long = [stretch for stretch in stretches if len(stretch) >= _MIN_UNLABELLED]
    if long and _speaks_of_shares(lines, kinds, runs):
        found.update(index for stretch in long for index in stretch)
    return found


# An article that speaks of shares or of a ranking owns a list of names and percents.
_SHARE_WORD = re.compile(r"(?i)\bshares?\b|\brank(?:ed|ing|s)?\b|\bleague\s+table\b")


def _speaks_of_shares(lines: Sequence[str], kinds: list[str], runs: list[list[int]]) -> bool:
    return any(_SHARE_WORD.search(lines[i]) for i in _outside(kinds, runs))


# A line under a table naming where its figures come from: the table's own.
_TABLE_NOTE = re.compile(r"(?i)^(?:sources?|notes?|data|figures)\s*:\s*\S")
# Words by which an article announces a table of its own.
_ANNOUNCES = re.compile(
    r"(?i)\b(?:table|chart|ranking|league|breakdown|(?:as\s+)?follows|following|below|"
    r"market\s+shares?|shares?\s+of)\b"
)


# A table one row in this many of whose rows names what the article names is the article's
# own (a ranking of ten companies whose text discusses three), if it has half as many rows.
_NAMED_ROWS = 4


def _named_rows(table: Table, body: Counter[str]) -> int:
    """How many of a table's rows name something (a capitalised word) the body names too."""
    named = 0
    for row in table.rows:
        terms = [
            term_of(token) for c in row if not c.is_figure for token in CONTENT.findall(c.text)
        ]
        named += any(t and t[1] > 1 and not t[0][0].isdigit() and body[t[0]] for t in terms)
    return named


# A control of the page with its count ("Comment 112", "Replies (4)"), a row of no table.
_CONTROL_COUNT = re.compile(r"(?i)^(?:comments?|repl(?:y|ies)|likes?)\s*\(?\d[\d,]*\)?$")


def _is_control(line: str) -> bool:
    """A page's control by its form alone: a share or gift button, a reading time, a count."""
    return form_kind(line) == BOILERPLATE or bool(_CONTROL_COUNT.match(line))


_MIN_COLUMNS = 3
# A header row between bars whose first cell, over the labels' column, is empty ("| | A | B |").
_CORNER = re.compile(r"^\s*\|\s*\|")
# A line above columns that titles them as a table ("Table: ...", "Table 2 - ...").
_TABLE_TITLE = re.compile(r"(?i)^table\s*(?:\d{1,2}(?:\.\d{1,2})?)?\s*[:.\u2013\u2014-]\s*\S")


def _columns(lines: Sequence[str], read: set[int]) -> tuple[set[int], set[int]]:
    """Columns under a header that no table reads, whatever their cells hold, and their
    titles and header rows: three or more rows of one form (cells between bars or runs of
    spaces) and one number of cells (three or more), under a Markdown rule, a header one cell
    narrower between runs of spaces (no cell over the labels' column) or between bars after
    an empty first cell ("| | A | B |": products across, their specs down the side), or a
    line titling them a table. Cells that are
    ranges ("160-205 Wh/kg") or words ("Prismatic") are no figures to a table of figures, and
    a list of other stories is never written so."""
    rows = [None if i in read else read_row(line) for i, line in enumerate(lines)]
    own: set[int] = set()
    titles: set[int] = set()
    index = 0
    while index < len(lines):
        found = rows[index]
        if found is None or found[0] not in (PIPES, SPACES) or len(found[1]) < _MIN_COLUMNS - 1:
            index += 1
            continue
        form, width = found[0], len(found[1])
        block, ruled, narrow = [index], False, False
        corner = form == PIPES and bool(_CORNER.match(lines[index]))
        end = index + 1
        while end < len(lines) and (row := rows[end]) is not None and row[0] == form:
            cells = len(row[1])
            if end == index + 1 and form == PIPES and not cells:
                ruled = True
            elif end == index + 1 and form == SPACES and cells == width + 1:
                narrow, width = True, cells
            elif corner and end == index + 1 + ruled and cells == width + 1:
                narrow, width = True, cells  # products across, labels down: an empty corner
            elif cells != width:
                break
            block.append(end)
            end += 1
        above = index - 1
        titled = above >= 0 and bool(_TABLE_TITLE.match(lines[above]))
        if (
            width >= _MIN_COLUMNS
            and len(block) - ruled >= _MIN_COLUMNS
            and (ruled or narrow or titled)
        ):
            own.update(block)
            titles.add(index)
            if titled:
                own.add(above)
                titles.add(above)
            if end < len(lines) and _TABLE_NOTE.match(lines[end]):
                own.add(end)  # where its figures come from
        index = end
    return own, titles


def _own_tables(lines: Sequence[str], kinds: list[str]) -> tuple[set[int], set[int]]:
    """The lines of tables written as text that are the article's own (with their captions
    and source notes), and which of those lines title it (captions and header rows).

    A table is the article's own when it has columns under a header row, when its names and
    words recur in the rest of the article (or a quarter of its rows name what the article
    names), or when the article announces it (a line ending
    with a colon, or naming a table, a ranking or what follows) or titles it ("Table 1: ...").
    Lists of other stories, most-read boxes and tickers do not read as tables, and when one
    does, its words are not the article's.
    """
    tables = read_tables(lines)
    inside = {i for table in tables for i in table.lines}
    own, captions = _columns(lines, inside)
    if not tables:
        return own, captions
    rest = [lines[i] for i in range(len(lines)) if i not in inside and kinds[i] in (BODY, HEADING)]
    body = vocabulary(rest)
    for table in tables:
        words = [c.text for row in table.rows for c in row if not c.is_figure]
        words += [c.text for c in table.header]
        first = table.lines[0]
        if first > 0 and LIST_LABEL.match(lines[first - 1]):
            continue  # rows under "Most read" or "More from us" are other stories
        if all(_is_control(lines[i]) for i in table.row_lines):
            continue  # the page's controls, one under another ("Listen 7 min", "Comment 112")
        before = first - 1
        while before >= 0 and kinds[before] in _SKIPPED:
            before -= 1
        announced = before >= 0 and (
            lines[before].rstrip().endswith(":") or bool(_ANNOUNCES.search(lines[before]))
        )
        titled = table.caption is not None and _ANNOUNCES.search(table.caption.text)
        # Columns under a header row are a table by their form: no list of stories has them.
        columns = bool(table.header) and table.form != LABELLED
        if (
            announced
            or titled
            or columns
            or _NAMED_ROWS * _named_rows(table, body) >= len(table.rows) >= _NAMED_ROWS // 2
            or relatedness(" ".join(words), body) >= _UNRELATED_BELOW
        ):
            own.update(table.lines)
            captions.update(table.lines[: 1 if table.caption is not None else 0])
            if table.header:
                captions.add(table.row_lines[0])
            after = table.lines[-1] + 1
            if after < len(lines) and _TABLE_NOTE.match(lines[after]):
                own.add(after)
    return own, captions
